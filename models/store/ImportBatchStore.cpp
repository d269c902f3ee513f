// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportBatchStore.h"

#include <utility>

#include <QJsonDocument>
#include <QSqlQuery>

#include "SqlSupport.h"
#include "domain/Clock.h"

namespace grapevine::store {

using domain::ImportBatch;
using domain::ImportRowError;

namespace {

const QString kColumns = QStringLiteral(
    "id, kind, file_name, encoding, delimiter, mapping_json, status, rows_total, rows_inserted, rows_updated, "
    "rows_skipped, rows_failed, started_at, finished_at, undone_at");

void bindFields(QSqlQuery& q, const ImportBatch& b)
{
    q.bindValue(QStringLiteral(":kind"), domain::toKey(b.kind));
    q.bindValue(QStringLiteral(":file_name"), sql::text(b.fileName));
    q.bindValue(QStringLiteral(":encoding"), sql::text(b.encoding));
    q.bindValue(QStringLiteral(":delimiter"), sql::text(b.delimiter));
    q.bindValue(QStringLiteral(":mapping_json"), sql::text(b.mappingJson));
    q.bindValue(QStringLiteral(":status"), domain::toKey(b.status));
    q.bindValue(QStringLiteral(":rows_total"), b.rowsTotal);
    q.bindValue(QStringLiteral(":rows_inserted"), b.rowsInserted);
    q.bindValue(QStringLiteral(":rows_updated"), b.rowsUpdated);
    q.bindValue(QStringLiteral(":rows_skipped"), b.rowsSkipped);
    q.bindValue(QStringLiteral(":rows_failed"), b.rowsFailed);
    q.bindValue(QStringLiteral(":started_at"), sql::instant(b.startedAt));
    q.bindValue(QStringLiteral(":finished_at"), sql::instant(b.finishedAt));
    q.bindValue(QStringLiteral(":undone_at"), sql::instant(b.undoneAt));
}

ImportBatch fromRow(const QSqlQuery& q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.kind = domain::fromKey<domain::ImportKind>(q.value(1).toString()).value_or(domain::ImportKind::Advocates);
    b.fileName = q.value(2).toString();
    b.encoding = q.value(3).toString();
    b.delimiter = q.value(4).toString();
    b.mappingJson = q.value(5).toString();
    b.status = domain::fromKey<domain::ImportStatus>(q.value(6).toString()).value_or(domain::ImportStatus::Failed);
    b.rowsTotal = q.value(7).toLongLong();
    b.rowsInserted = q.value(8).toLongLong();
    b.rowsUpdated = q.value(9).toLongLong();
    b.rowsSkipped = q.value(10).toLongLong();
    b.rowsFailed = q.value(11).toLongLong();
    b.startedAt = sql::toInstant(q.value(12));
    b.finishedAt = sql::toInstant(q.value(13));
    b.undoneAt = sql::toInstant(q.value(14));
    return b;
}

} // namespace

ImportBatchStore::ImportBatchStore(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Status ImportBatchStore::validate(const ImportBatch& b) const
{
    // ImportBatch is written by the importer, not typed by a person, so these mostly catch
    // bugs; they still name the field, like every other store.
    const struct
    {
        qint64 count;
        const char* field;
    } counts[] = {{b.rowsTotal, "rows_total"}, {b.rowsInserted, "rows_inserted"}, {b.rowsUpdated, "rows_updated"},
        {b.rowsSkipped, "rows_skipped"}, {b.rowsFailed, "rows_failed"}};
    for (const auto& [count, field] : counts) {
        if (count < 0)
            return Error {
                Error::Code::Invalid, tr("A row count of an import cannot be negative."), QString::fromLatin1(field)};
    }
    // The column mapping is read back to repeat an import, so it must stay parseable.
    if (!QJsonDocument::fromJson(b.mappingJson.toUtf8()).isObject())
        return Error {Error::Code::Invalid, tr("The column mapping of an import is not a valid JSON object."),
            QStringLiteral("mapping_json")};
    return {};
}

Status ImportBatchStore::create(ImportBatch& b)
{
    if (Status valid = validate(b); !valid)
        return valid;
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    ImportBatch stored = b;
    if (!stored.startedAt.isValid())
        stored.startedAt = m_clock.nowUtc();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO import_batches (kind, file_name, encoding, delimiter, mapping_json, status, rows_total, "
        "rows_inserted, rows_updated, rows_skipped, rows_failed, started_at, finished_at, undone_at) VALUES (:kind, "
        ":file_name, :encoding, :delimiter, :mapping_json, :status, :rows_total, :rows_inserted, :rows_updated, "
        ":rows_skipped, :rows_failed, :started_at, :finished_at, :undone_at)"));
    bindFields(q, stored);
    if (!q.exec())
        return storageError(q.lastError(), tr("Saving the import"));
    stored.id = q.lastInsertId().toLongLong();
    if (Status done = tx.commit(); !done)
        return done;
    b = std::move(stored);
    return {};
}

Result<ImportBatch> ImportBatchStore::get(qint64 id) const
{
    QSqlQuery q(m_db);
    if (Status found = selectById(q, QStringLiteral("import_batches"), kColumns, id, tr("Reading the import"),
            tr("The import no longer exists."));
        !found)
        return found.error();
    return fromRow(q);
}

Status ImportBatchStore::update(ImportBatch& b)
{
    if (b.id <= 0)
        return Error {Error::Code::NotFound, tr("The import has not been saved yet.")};
    if (Status valid = validate(b); !valid)
        return valid;
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    ImportBatch stored = b;
    QSqlQuery q(m_db);
    // COALESCE keeps the stored start time when the caller's copy has none.
    q.prepare(QStringLiteral(
        "UPDATE import_batches SET kind = :kind, file_name = :file_name, encoding = :encoding, "
        "delimiter = :delimiter, mapping_json = :mapping_json, status = :status, rows_total = :rows_total, "
        "rows_inserted = :rows_inserted, rows_updated = :rows_updated, rows_skipped = :rows_skipped, "
        "rows_failed = :rows_failed, started_at = COALESCE(:started_at, started_at), finished_at = :finished_at, "
        "undone_at = :undone_at WHERE id = :id RETURNING started_at"));
    bindFields(q, stored);
    q.bindValue(QStringLiteral(":id"), stored.id);
    if (!q.exec())
        return storageError(q.lastError(), tr("Saving the import"));
    if (!q.next())
        return Error {Error::Code::NotFound, tr("The import no longer exists.")};
    stored.startedAt = sql::toInstant(q.value(0));
    q.finish();
    if (Status done = tx.commit(); !done)
        return done;
    b = std::move(stored);
    return {};
}

Status ImportBatchStore::remove(qint64 id)
{
    return deleteRow(
        m_db, QStringLiteral("import_batches"), id, tr("Deleting the import"), tr("The import no longer exists."));
}

Status ImportBatchStore::addRowError(ImportRowError& e)
{
    if (e.rowNumber < 0)
        return Error {Error::Code::Invalid, tr("A row number cannot be negative."), QStringLiteral("row_number")};
    if (e.message.trimmed().isEmpty())
        return Error {Error::Code::Invalid, tr("Say what is wrong with the row."), QStringLiteral("message")};
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    QSqlQuery check(m_db);
    check.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM import_batches WHERE id = ?)"));
    check.addBindValue(e.batchId);
    if (!check.exec() || !check.next())
        return storageError(check.lastError(), tr("Checking the import"));
    if (!check.value(0).toBool())
        return Error {
            Error::Code::Invalid, tr("The import this row belongs to no longer exists."), QStringLiteral("batch")};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO import_row_errors (batch_id, row_number, column_name, message, raw_line) "
                             "VALUES (:batch_id, :row_number, :column_name, :message, :raw_line)"));
    q.bindValue(QStringLiteral(":batch_id"), e.batchId);
    q.bindValue(QStringLiteral(":row_number"), e.rowNumber);
    q.bindValue(QStringLiteral(":column_name"), sql::text(e.columnName));
    q.bindValue(QStringLiteral(":message"), sql::text(e.message));
    q.bindValue(QStringLiteral(":raw_line"), sql::text(e.rawLine));
    if (!q.exec())
        return storageError(q.lastError(), tr("Recording the problem in row %1").arg(e.rowNumber));
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status done = tx.commit(); !done)
        return done;
    e.id = id;
    return {};
}

Result<std::vector<ImportRowError>> ImportBatchStore::rowErrors(qint64 batchId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, batch_id, row_number, column_name, message, raw_line FROM import_row_errors "
                             "WHERE batch_id = ? ORDER BY row_number, id"));
    q.addBindValue(batchId);
    if (!q.exec())
        return storageError(q.lastError(), tr("Reading the import's row errors"));
    std::vector<ImportRowError> errors;
    while (q.next()) {
        ImportRowError e;
        e.id = q.value(0).toLongLong();
        e.batchId = q.value(1).toLongLong();
        e.rowNumber = q.value(2).toLongLong();
        e.columnName = q.value(3).toString();
        e.message = q.value(4).toString();
        e.rawLine = q.value(5).toString();
        errors.push_back(std::move(e));
    }
    return errors;
}

} // namespace grapevine::store
