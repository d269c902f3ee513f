// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportJob.h"

#include "CustomerRowParser.h"
#include "ImportKinds.h"
#include "RowPipeline.h"

#include <utility>

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

#include "domain/Clock.h"
#include "export/CsvWriter.h"
#include "store/ImportBatchStore.h"
#include "store/SqlSupport.h"

namespace grapevine::importing {

using store::storageError;

namespace {

constexpr qint64 kProgressEveryRows = 1000;

QString dateOrderKey(csv::DateOrder order)
{
    switch (order) {
    case csv::DateOrder::DayMonthYear:
        return QStringLiteral("dmy");
    case csv::DateOrder::MonthDayYear:
        return QStringLiteral("mdy");
    case csv::DateOrder::YearMonthDay:
        break;
    }
    return QStringLiteral("ymd");
}

/// A CSV line of the row's fields as they were read, for the batch's list of rejected rows.
QString rawLine(const QStringList& fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString& f : fields) {
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
            || f.contains(QLatin1Char('\r')))
            cells << QLatin1Char('"') + QString(f).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        else
            cells << f;
    }
    return cells.join(QLatin1Char(','));
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

ImportJob::ImportJob(
    QSqlDatabase db, const Clock& clock, ImportSettings settings, QString fileName, domain::ImportKind kind)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_fileName(std::move(fileName))
{
    m_batch.kind = kind;
}

ImportJob::~ImportJob() = default;

QString ImportJob::heading(std::optional<int> column) const
{
    return column ? m_header.value(*column) : QString();
}

std::optional<int> ImportJob::column(const QString& key) const
{
    const auto it = m_columns.find(key);
    return it == m_columns.end() ? std::nullopt : std::optional<int>(it->second);
}

QString ImportJob::cell(const csv::CsvRow& row, const QString& key) const
{
    const std::optional<int> c = column(key);
    return c && *c < row.fields.size() ? CustomerRowParser::cleanCell(row.fields.at(*c)) : QString();
}

std::vector<ImportIssue> ImportJob::readerIssues(const csv::CsvRow& row)
{
    std::vector<ImportIssue> issues;
    for (const csv::CsvRowProblem& p : row.problems)
        issues.push_back({row.row, p.column, p.message});
    return issues;
}

void ImportJob::report(qint64 row, RowOutcome outcome, const QString& detail)
{
    if (m_summary.reports.size() < ImportSummary::kMaxReports)
        m_summary.reports.push_back({row, outcome, detail});
}

void ImportJob::notice(qint64 row, const QString& column, const QString& message)
{
    if (m_summary.notices.size() < ImportSummary::kMaxIssues)
        m_summary.notices.push_back({row, column, message});
    else
        ++m_summary.issuesLeftOut;
}

Status ImportJob::reject(const csv::CsvRow& row, const std::vector<ImportIssue>& issues)
{
    ++m_summary.rejected;
    QStringList reasons;
    for (const ImportIssue& issue : issues) {
        if (m_summary.errors.size() < ImportSummary::kMaxIssues)
            m_summary.errors.push_back(issue);
        else
            ++m_summary.issuesLeftOut;
        reasons << (issue.column.isEmpty() ? issue.message : issue.column + QLatin1String(": ") + issue.message);
        m_rowError.bindValue(0, m_batch.id);
        m_rowError.bindValue(1, issue.row);
        m_rowError.bindValue(2, store::sql::text(issue.column));
        m_rowError.bindValue(3, issue.message);
        m_rowError.bindValue(4, rawLine(row.fields));
        if (!m_rowError.exec())
            return storageError(m_rowError.lastError(), tr("Listing the rejected rows"));
    }
    report(row.row, RowOutcome::Rejected, reasons.join(QLatin1String("; ")));
    // The reason first: a row with too few or too many values keeps them exactly as they were
    // (and is rejected again until fixed), and the reason still lines up with its heading.
    if (m_rejectedFile)
        m_rejectedFile->writeRow(QStringList {reasons.join(QLatin1String("; "))} + row.fields);
    return {};
}

Status ImportJob::recordChange(const QString& table, qint64 id, const QJsonObject& before, const QJsonObject& after)
{
    m_change.bindValue(0, m_batch.id);
    m_change.bindValue(1, table);
    m_change.bindValue(2, id);
    m_change.bindValue(3, json(before));
    m_change.bindValue(4, json(after));
    if (m_change.exec())
        return {};
    const QString doing = tr("Recording the change for undo");
    if (!m_change.lastError().databaseText().contains(QLatin1String("UNIQUE")))
        return storageError(m_change.lastError(), doing);
    // The record came up again in this import: the values before it stay those of the first
    // time, the values after it are the latest; lists of what was added grow.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT before_json, after_json FROM import_changes "
                             "WHERE batch_id = ? AND table_name = ? AND record_id = ?"));
    q.addBindValue(m_batch.id);
    q.addBindValue(table);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return storageError(q.lastError(), doing);
    QJsonObject mergedBefore = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    QJsonObject mergedAfter = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    q.finish();
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!mergedBefore.contains(it.key()))
            mergedBefore.insert(it.key(), it.value());
    }
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it.value().isArray()) {
            QJsonArray list = mergedAfter.value(it.key()).toArray();
            for (const QJsonValue& v : it.value().toArray())
                list.append(v);
            mergedAfter.insert(it.key(), list);
        } else {
            mergedAfter.insert(it.key(), it.value());
        }
    }
    q.prepare(QStringLiteral("UPDATE import_changes SET before_json = ?, after_json = ? "
                             "WHERE batch_id = ? AND table_name = ? AND record_id = ?"));
    q.addBindValue(json(mergedBefore));
    q.addBindValue(json(mergedAfter));
    q.addBindValue(m_batch.id);
    q.addBindValue(table);
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    return {};
}

Result<ImportSummary> ImportJob::run(
    QIODevice& device, const ImportProgressCallback& progress, const ImportCancelFlag* cancel)
{
    // The preview matches the fields of this kind, whatever the caller's settings say.
    ImportSettings readSettings = m_settings;
    readSettings.kind = m_batch.kind;
    auto preview = ImportPreview::read(device, readSettings);
    if (!preview)
        return preview.error();
    m_header = preview->header;
    m_columns = preview->columns;
    if (const QString missing = ImportKinds::missing(m_batch.kind, m_columns); !missing.isEmpty())
        return Error {Error::Code::Invalid, missing, QStringLiteral("mapping")};
    const auto dateOrder = preview->dateOrder(m_settings);
    if (!dateOrder)
        return dateOrder.error();
    m_dateOrder = dateOrder.value();
    QJsonObject columns;
    for (const auto& [key, c] : m_columns)
        columns.insert(key, c);
    QJsonObject mapping {
        {QStringLiteral("mapping"), columns}, {QStringLiteral("date_order"), dateOrderKey(m_dateOrder)}};
    if (Status configured = configure(preview.value(), mapping); !configured)
        return configured.error();
    if (!device.seek(0))
        return Error {Error::Code::Storage, tr("The file cannot be read again from its start.")};
    csv::CsvReader reader(device, preview->readOptions());
    if (Status opened = reader.open(); !opened)
        return opened.error();
    m_summary.encoding = reader.encoding().name;
    m_summary.delimiter = QLatin1Char(reader.dialect().dialect.delimiter);
    m_summary.dryRun = m_settings.dryRun;

    if (!m_settings.rejectedOutPath.isEmpty()) {
        m_rejectedFile = std::make_unique<exporting::CsvWriter>(m_settings.rejectedOutPath);
        if (Status opened = m_rejectedFile->open(); !opened)
            return opened.error();
        m_rejectedFile->writeRow(QStringList {tr("Import problem")} + m_header);
    }

    store::WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    QSqlQuery pragma(m_db);
    // A large import builds indexes of hundreds of megabytes: a bigger page cache for this
    // connection saves most of the re-reading (put back below; the connection outlives us).
    pragma.exec(QStringLiteral("PRAGMA cache_size"));
    const QVariant cacheSize = pragma.next() ? pragma.value(0) : QVariant(-2000);
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    struct CacheReset
    {
        QSqlQuery& q;
        QVariant size;
        ~CacheReset() { q.exec(QStringLiteral("PRAGMA cache_size = ") + size.toString()); }
    } cacheReset {pragma, cacheSize};

    m_now = m_clock.nowUtc();
    m_nowSecs = m_now.toSecsSinceEpoch();
    m_batch.fileName = m_fileName;
    m_batch.encoding = m_summary.encoding;
    m_batch.delimiter = m_summary.delimiter;
    mapping.insert(QStringLiteral("header"), QJsonArray::fromStringList(m_header));
    m_batch.mappingJson = json(mapping);
    store::ImportBatchStore batches(m_db, m_clock);
    if (Status created = batches.create(m_batch); !created)
        return created.error();
    m_rowError = QSqlQuery(m_db);
    m_change = QSqlQuery(m_db);
    if (!m_rowError.prepare(QStringLiteral("INSERT INTO import_row_errors (batch_id, row_number, column_name, "
                                           "message, raw_line) VALUES (?, ?, ?, ?, ?)"))
        || !m_change.prepare(QStringLiteral("INSERT INTO import_changes (batch_id, table_name, record_id, "
                                            "before_json, after_json) VALUES (?, ?, ?, ?, ?)")))
        return storageError(m_change.lastError(), tr("Preparing the import"));
    if (Status begun = begin(preview.value()); !begun)
        return begun.error();

    const qint64 bytesTotal = preview->fileBytes;
    qint64 bytesRead = 0;
    {
        RowPipeline rows(reader, [this](const csv::CsvRow& row) { return parseRow(row); });
        RowPipeline::Item item;
        while (rows.next(item)) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                m_summary.cancelled = true;
                break;
            }
            ++m_summary.rows;
            bytesRead = item.bytesRead;
            if (Status done = importRow(item.row, item.parsed); !done)
                return done.error();
            if (progress && m_summary.rows % kProgressEveryRows == 0)
                progress({m_summary.rows, bytesRead, bytesTotal});
        }
        if (const QString failed = rows.error(); !m_summary.cancelled && !failed.isEmpty())
            return Error {Error::Code::Storage, failed};
    }
    if (m_summary.cancelled) {
        // The transaction rolls back as `tx` goes: nothing of this import stays.
        m_summary = ImportSummary {};
        m_summary.cancelled = true;
        if (m_rejectedFile)
            m_rejectedFile->cancel();
        return m_summary;
    }
    if (Status finished = finish(); !finished)
        return finished.error();
    if (progress)
        progress({m_summary.rows, bytesRead, bytesTotal});

    m_batch.status = domain::ImportStatus::Completed;
    m_batch.rowsTotal = m_summary.rows;
    m_batch.rowsInserted = m_summary.created;
    m_batch.rowsUpdated = m_summary.updated;
    m_batch.rowsSkipped = m_summary.skipped;
    m_batch.rowsFailed = m_summary.rejected;
    m_batch.finishedAt = m_clock.nowUtc();
    if (Status saved = batches.update(m_batch); !saved)
        return saved.error();
    if (m_rejectedFile) {
        if (Status written = m_rejectedFile->commit(); !written)
            return written.error();
    }
    if (m_settings.dryRun)
        return m_summary; // `tx` rolls everything back
    if (Status committed = tx.commit(tr("Saving the import of \"%1\"").arg(m_fileName)); !committed)
        return committed.error();
    m_summary.batchId = m_batch.id;
    return m_summary;
}

} // namespace grapevine::importing
