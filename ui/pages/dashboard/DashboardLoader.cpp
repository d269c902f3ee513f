// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardLoader.h"

#include <QSqlError>
#include <QSqlQuery>

#include "db/Database.h"
#include "domain/Clock.h"
#include "store/SettingsStore.h"

namespace grapevine::ui {

DashboardLoader::DashboardLoader(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_runner(QStringLiteral("dashboard"))
{
    qRegisterMetaType<DashboardData>();
}

DashboardLoader::~DashboardLoader() = default;

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
    m_runner.stop();
}

void DashboardLoader::resetCache()
{
    stop();
    m_cache = std::make_shared<metrics::MetricsCache>();
}

qint64 DashboardLoader::request(const db::Database& database, const metrics::MetricsQuery& query)
{
    const db::Database* db = &database;
    const Clock& clock = m_clock;
    const std::shared_ptr<metrics::MetricsCache> cache = m_cache;
    auto result = std::make_shared<DashboardData>();
    const qint64 generation = m_runner.generation() + 1;
    result->generation = generation;
    m_runner.run(
        [db, query, &clock, cache, result] {
            const QString name = QStringLiteral("dashboard-%1").arg(result->generation);
            {
                QSqlDatabase connection = db->addConnection(name);
                if (connection.isOpen()) {
                    const qint64 generation = result->generation;
                    *result = read(connection, query, clock, cache.get());
                    result->generation = generation;
                } else {
                    result->error
                        = DashboardLoader::tr("The database cannot be read: %1").arg(connection.lastError().text());
                }
                connection.close();
            }
            QSqlDatabase::removeDatabase(name);
        },
        [this, result] { emit loaded(*result); });
    return generation;
}

} // namespace grapevine::ui
