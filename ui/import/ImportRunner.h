// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QString>

#include "domain/Result.h"
#include "import/ImportTypes.h"

class QThread;

namespace grapevine {
class Clock;
namespace db {
class Database;
}
} // namespace grapevine

namespace grapevine::ui {

/// How far an import has got, as the wizard shows it.
struct ImportRunProgress
{
    qint64 rows = 0;
    double fraction = -1; ///< 0…1 of the file read; -1 when the size is not known
    double rowsPerSecond = 0;
    qint64 secondsLeft = -1; ///< -1 until there is enough to go on
    bool finishing = false; ///< every row is read; the import is saving
};

/// Runs an import of any kind (or its dry run) on a thread of its own with a connection of its
/// own, so the window stays responsive on a file of a million rows. Progress and the end are
/// reported on the GUI thread; the worker never touches a widget. Cancel stops it between two
/// rows, and the import then rolls back: the database is exactly as it was.
class ImportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunner)

public:
    ImportRunner(const db::Database& database, const Clock& clock, QObject* parent = nullptr);
    /// Cancels a run still going and waits for it to let go of the file and the database.
    ~ImportRunner() override;

    /// Starts importing `path`. A run still going is cancelled first, and this one starts once it
    /// has rolled back; only this run's progress and end are reported.
    void start(const QString& path, const importing::ImportSettings& settings);
    /// Asks the run to stop; finished() follows once it has rolled back.
    void cancel();
    bool isRunning() const;

    /// The last run's outcome; empty while it runs.
    const std::optional<Result<importing::ImportSummary>>& result() const { return m_result; }

signals:
    void progressed(const grapevine::ui::ImportRunProgress& progress);
    /// The run ended (done, cancelled or failed): see result().
    void finished();

private:
    struct Run;
    void launch();
    void onThreadFinished();

    const db::Database& m_database;
    const Clock& m_clock;
    QThread* m_thread = nullptr;
    std::shared_ptr<Run> m_run; ///< the run on m_thread
    std::shared_ptr<Run> m_pending; ///< started while another was still stopping
    std::optional<Result<importing::ImportSummary>> m_result;
};

} // namespace grapevine::ui

Q_DECLARE_METATYPE(grapevine::ui::ImportRunProgress)
