// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRunner.h"

#include <atomic>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSqlError>
#include <QThread>

#include "db/Database.h"
#include "domain/Clock.h"
#include "import/ImportKinds.h"

namespace grapevine::ui {

/// One run: what it was asked, its own cancel flag (a new run must not inherit the old one's),
/// and what it returned.
struct ImportRunner::Run
{
    QString path;
    importing::ImportSettings settings;
    importing::ImportCancelFlag cancel {false};
    std::optional<Result<importing::ImportSummary>> result;
};

namespace {

/// The progress to show, from the import's own report and the time it has run.
ImportRunProgress progressFrom(const importing::ImportProgress& p, qint64 elapsedMs)
{
    ImportRunProgress out;
    out.rows = p.rows;
    if (elapsedMs > 0)
        out.rowsPerSecond = static_cast<double>(p.rows) * 1000.0 / static_cast<double>(elapsedMs);
    if (p.bytesTotal > 0) {
        out.fraction = qBound(0.0, static_cast<double>(p.bytesRead) / static_cast<double>(p.bytesTotal), 1.0);
        out.finishing = p.bytesRead >= p.bytesTotal;
        // The first second says little about the speed of the rest.
        if (out.fraction > 0 && elapsedMs >= 1000 && !out.finishing)
            out.secondsLeft = static_cast<qint64>(
                static_cast<double>(elapsedMs) * (1.0 - out.fraction) / out.fraction / 1000.0 + 0.5);
    }
    return out;
}

} // namespace

ImportRunner::ImportRunner(const db::Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{ }

ImportRunner::~ImportRunner()
{
    m_pending.reset();
    if (m_thread) {
        m_run->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportRunner::isRunning() const
{
    return m_thread != nullptr;
}

void ImportRunner::start(const QString& path, const importing::ImportSettings& settings)
{
    auto run = std::make_shared<Run>();
    run->path = path;
    run->settings = settings;
    m_result.reset();
    if (m_thread) {
        // The running one stops first: two writers would only wait for each other.
        m_run->cancel = true;
        m_pending = std::move(run);
        return;
    }
    m_run = std::move(run);
    launch();
}

void ImportRunner::cancel()
{
    m_pending.reset();
    if (m_run)
        m_run->cancel = true;
}

void ImportRunner::launch()
{
    static std::atomic<int> counter {0};
    const QString name = QStringLiteral("grapevine-import-%1").arg(++counter);
    const std::shared_ptr<Run> run = m_run;
    const db::Database& database = m_database;
    const Clock& clock = m_clock;
    // Posted events die with their receiver, and the destructor waits for the thread, so the
    // worker may post to `self` for as long as it runs.
    QPointer<ImportRunner> self(this);

    m_thread = QThread::create([run, name, self, &database, &clock] {
        QElapsedTimer timer;
        timer.start();
        qint64 lastPosted = -1000;
        // At most ten reports a second reach the GUI thread, however fast the rows go.
        const importing::ImportProgressCallback progress
            = [run, self, &timer, &lastPosted](const importing::ImportProgress& p) {
                  const qint64 elapsed = timer.elapsed();
                  const bool last = p.bytesTotal > 0 && p.bytesRead >= p.bytesTotal;
                  if (elapsed - lastPosted < 100 && !last)
                      return;
                  lastPosted = elapsed;
                  const ImportRunProgress shown = progressFrom(p, elapsed);
                  QMetaObject::invokeMethod(
                      self,
                      [self, run, shown] {
                          if (self && self->m_run == run && !self->m_pending) {
                              emit self->progressed(shown);
                          }
                      },
                      Qt::QueuedConnection);
              };
        {
            QSqlDatabase connection = database.addConnection(name);
            QFile file(run->path);
            if (!connection.isOpen()) {
                run->result = Result<importing::ImportSummary>(Error(Error::Code::Storage,
                    ImportRunner::tr("The database cannot be opened for the import: %1")
                        .arg(connection.lastError().text())));
            } else if (!file.open(QIODevice::ReadOnly)) {
                run->result = Result<importing::ImportSummary>(Error(Error::Code::Storage,
                    ImportRunner::tr("“%1” cannot be read: %2")
                        .arg(QDir::toNativeSeparators(run->path), file.errorString())));
            } else {
                run->result = importing::ImportKinds::run(run->settings.kind, connection, clock, file,
                    QFileInfo(run->path).fileName(), run->settings, progress, &run->cancel);
            }
            connection.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    m_thread->setObjectName(QStringLiteral("import"));
    connect(m_thread, &QThread::finished, this, &ImportRunner::onThreadFinished);
    m_thread->start();
}

void ImportRunner::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Run> done = std::move(m_run);
    if (m_pending) {
        // The run that was replaced has rolled back; its outcome is nobody's business now.
        m_run = std::move(m_pending);
        launch();
        return;
    }
    m_result = done->result;
    if (!m_result)
        m_result
            = Result<importing::ImportSummary>(Error(Error::Code::Storage, tr("The import stopped unexpectedly.")));
    emit finished();
}

} // namespace grapevine::ui
