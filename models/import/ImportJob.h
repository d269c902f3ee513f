// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <any>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include "ImportPreview.h"
#include "ImportTypes.h"
#include "domain/ImportBatch.h"
#include "domain/Result.h"

class QIODevice;

namespace grapevine {
class Clock;
}

namespace grapevine::exporting {
class CsvWriter;
}

namespace grapevine::importing {

/// What every kind of import does the same way: read the file with the settled encoding and
/// dialect, run in one transaction as one batch, reject rows with their reasons (kept with the
/// batch, and written to the rejected-rows file), report progress, stop on cancel, and roll
/// everything back on cancel, failure or a dry run. A kind says how it maps the file and what
/// it does with one row.
class ImportJob
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)

public:
    ImportJob(QSqlDatabase db, const Clock& clock, ImportSettings settings, QString fileName, domain::ImportKind kind);
    virtual ~ImportJob();
    ImportJob(const ImportJob&) = delete;
    ImportJob& operator=(const ImportJob&) = delete;

    Result<ImportSummary> run(
        QIODevice& device, const ImportProgressCallback& progress, const ImportCancelFlag* cancel);

protected:
    /// Settles what else the kind needs from the start of the file, once the columns and the
    /// date order are settled (m_columns, m_dateOrder); an error refuses the file. Adds to
    /// `mappingJson` for the history.
    virtual Status configure(const ImportPreview& preview, QJsonObject& mappingJson) = 0;
    /// Inside the transaction, once the batch exists.
    virtual Status begin(const ImportPreview& preview) = 0;
    /// Reads one row into what importRow() needs; runs on the reading thread, a little ahead of
    /// importRow(), so it must only read state that configure() settled.
    virtual std::any parseRow(const csv::CsvRow&) const { return {}; }
    /// `parsed`: what parseRow() made of this row.
    virtual Status importRow(const csv::CsvRow& row, std::any& parsed) = 0;
    /// After the last row, before the batch is finished.
    virtual Status finish() { return {}; }

    Status reject(const csv::CsvRow& row, const std::vector<ImportIssue>& issues);
    /// Whether report() still keeps rows: callers skip composing the detail when it does not.
    bool reporting() const { return m_summary.reports.size() < ImportSummary::kMaxReports; }
    void report(qint64 row, RowOutcome outcome, const QString& detail);
    void notice(qint64 row, const QString& column, const QString& message);
    /// Remembers the values a record had before this import changed it, for the undo. A record
    /// changed twice keeps its values from before the first change.
    Status recordChange(const QString& table, qint64 id, const QJsonObject& before, const QJsonObject& after);
    /// The file's heading of `column`.
    QString heading(std::optional<int> column) const;
    /// The column of the field `key`, and the row's cleaned value in it (empty when none).
    std::optional<int> column(const QString& key) const;
    QString cell(const csv::CsvRow& row, const QString& key) const;
    /// What the reader found wrong with the row (too few or too many values, bad bytes).
    static std::vector<ImportIssue> readerIssues(const csv::CsvRow& row);

    QSqlDatabase m_db;
    const Clock& m_clock;
    ImportSettings m_settings;
    QString m_fileName;
    ImportSummary m_summary;
    domain::ImportBatch m_batch;
    QStringList m_header;
    std::map<QString, int> m_columns; ///< field key → column
    csv::DateOrder m_dateOrder = csv::DateOrder::YearMonthDay;
    QDateTime m_now;
    qint64 m_nowSecs = 0;

private:
    std::unique_ptr<exporting::CsvWriter> m_rejectedFile;
    QSqlQuery m_rowError;
    QSqlQuery m_change;
};

} // namespace grapevine::importing
