// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardLoader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include "db/Database.h"
#include "domain/Clock.h"
#include "store/SettingsStore.h"

namespace grapevine::ui {

struct DashboardLoader::Request
{
    const db::Database* database = nullptr;
    metrics::MetricsQuery query;
    qint64 generation = 0;
    DashboardData result;
};

DashboardLoader::DashboardLoader(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    qRegisterMetaType<DashboardData>();
}

DashboardLoader::~DashboardLoader()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

DashboardData DashboardLoader::read(
    QSqlDatabase db, const metrics::MetricsQuery& query, const Clock& clock, metrics::MetricsCache* cache)
{
    DashboardData data;
    if (const auto business = store::SettingsStore(db).load()) {
        data.currency = business->currency;
        data.channels = business->mentionChannels;
    }
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id, name FROM campaigns ORDER BY name COLLATE NOCASE, id"))) {
        while (q.next())
            data.campaigns.push_back({q.value(0).toLongLong(), q.value(1).toString()});
    }
    auto figures = metrics::ProgramMetrics::compute(db, query, clock.nowUtc(), cache);
    if (!figures) {
        data.error = figures.error().message;
        return data;
    }
    data.figures = std::move(figures).value();
    if (const auto counts = mentions::ResponseWorkflow(db, clock).counts())
        data.queue = counts.value();
    return data;
}

void DashboardLoader::stop()
{
    m_pending.reset();
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_running.reset();
    ++m_generation;
}

void DashboardLoader::resetCache()
{
    stop();
    m_cache = std::make_shared<metrics::MetricsCache>();
}

qint64 DashboardLoader::request(const db::Database& database, const metrics::MetricsQuery& query)
{
    auto request = std::make_shared<Request>();
    request->database = &database;
    request->query = query;
    request->generation = ++m_generation;
    if (m_thread)
        m_pending = std::move(request);
    else {
        m_running = std::move(request);
        launch();
    }
    return m_generation;
}

void DashboardLoader::launch()
{
    const std::shared_ptr<Request> request = m_running;
    const Clock& clock = m_clock;
    const std::shared_ptr<metrics::MetricsCache> cache = m_cache;
    m_thread = QThread::create([request, &clock, cache] {
        const QString name = QStringLiteral("dashboard-%1").arg(request->generation);
        {
            QSqlDatabase connection = request->database->addConnection(name);
            if (connection.isOpen())
                request->result = read(connection, request->query, clock, cache.get());
            else
                request->result.error
                    = DashboardLoader::tr("The database cannot be read: %1").arg(connection.lastError().text());
            connection.close();
        }
        QSqlDatabase::removeDatabase(name);
        request->result.generation = request->generation;
    });
    m_thread->setObjectName(QStringLiteral("dashboard"));
    connect(m_thread, &QThread::finished, this, &DashboardLoader::onThreadFinished);
    m_thread->start();
}

void DashboardLoader::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Request> done = std::move(m_running);
    if (m_pending) {
        m_running = std::move(m_pending);
        launch();
        return;
    }
    emit loaded(done->result);
}

} // namespace grapevine::ui
