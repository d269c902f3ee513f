// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportUndo.h"

#include <optional>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "IndexSuspension.h"
#include "domain/Clock.h"
#include "domain/ImportBatch.h"
#include "store/ImportBatchStore.h"
#include "store/SqlSupport.h"

namespace grapevine::importing {

using store::storageError;

namespace {

/// Tables an import writes and the columns an undo may put back: names from here only, never
/// from the stored JSON, go into SQL.
const QHash<QString, QStringList>& restorableColumns()
{
    static const QHash<QString, QStringList> columns = {
        {QStringLiteral("advocates"),
            {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                QStringLiteral("phone"), QStringLiteral("company"), QStringLiteral("address"), QStringLiteral("notes"),
                QStringLiteral("consent"), QStringLiteral("consent_at"), QStringLiteral("consent_source"),
                QStringLiteral("total_spent_minor"), QStringLiteral("order_count"), QStringLiteral("created_at"),
                QStringLiteral("referred_by_id"), QStringLiteral("nps_score"), QStringLiteral("nps_at")}},
        {QStringLiteral("referrals"),
            {QStringLiteral("status"), QStringLiteral("signed_up_at"), QStringLiteral("converted_at"),
                QStringLiteral("order_value_minor"), QStringLiteral("order_reference")}},
    };
    return columns;
}

/// Below this many deletions the indexes stay: rebuilding them would cost more than it saves.
constexpr qint64 kBulkDeleteRows = 5000;

const QStringList kImportTables
    = {QStringLiteral("advocates"), QStringLiteral("referrals"), QStringLiteral("mentions")};

} // namespace

ImportUndo::ImportUndo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Status ImportUndo::checkBatch(qint64 batchId) const
{
    store::ImportBatchStore batches(m_db, m_clock);
    auto batch = batches.get(batchId);
    if (!batch)
        return Error {Error::Code::NotFound, tr("There is no import number %1.").arg(batchId)};
    switch (batch->status) {
    case domain::ImportStatus::Completed:
        return {};
    case domain::ImportStatus::Undone:
        return Error {Error::Code::Invalid,
            tr("The import of %1 was already undone on %2.")
                .arg(batch->fileName, batch->undoneAt.toLocalTime().toString(Qt::ISODate))};
    default:
        return Error {
            Error::Code::Invalid, tr("The import of %1 did not finish; it left nothing to undo.").arg(batch->fileName)};
    }
}

Result<UndoCheck> ImportUndo::check(qint64 batchId) const
{
    if (Status ok = checkBatch(batchId); !ok)
        return ok.error();
    const QString doing = tr("Checking what the undo would do");
    UndoCheck c;
    QSqlQuery q(m_db);
    for (const QString& table : kImportTables) {
        // Table names from the list above.
        q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE import_batch_id = ?").arg(table));
        q.addBindValue(batchId);
        if (!q.exec() || !q.next())
            return storageError(q.lastError(), doing);
        c.created += q.value(0).toLongLong();
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM import_changes WHERE batch_id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return storageError(q.lastError(), doing);
    c.changed = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(a.updated_at > b.finished_at), 0) FROM advocates a "
                             "JOIN import_batches b ON b.id = a.import_batch_id WHERE a.import_batch_id = ?1"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return storageError(q.lastError(), doing);
    c.editedSince = q.value(1).toLongLong();
    q.prepare(QStringLiteral("SELECT count(*) FROM advocates a WHERE a.import_batch_id = ?1 AND ("
                             "EXISTS (SELECT 1 FROM referrals r WHERE r.referrer_id = a.id) OR "
                             "EXISTS (SELECT 1 FROM rewards w WHERE w.advocate_id = a.id))"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return storageError(q.lastError(), doing);
    c.inUse = q.value(0).toLongLong();
    // A reward paid out cannot be taken back by deleting it: the referral it came from stays.
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM rewards w WHERE w.status = 'issued' AND (w.referral_id IN (SELECT id FROM referrals "
        "WHERE import_batch_id = ?) OR w.id IN (SELECT j.value FROM import_changes c, json_each(c.after_json, "
        "'$.rewards_created') j WHERE c.batch_id = ? AND c.table_name = 'referrals'))"));
    q.addBindValue(batchId);
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return storageError(q.lastError(), doing);
    c.inUse += q.value(0).toLongLong();
    return c;
}

Result<UndoResult> ImportUndo::undo(qint64 batchId)
{
    store::WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    const auto c = check(batchId);
    if (!c)
        return c.error();
    if (c->inUse > 0)
        return Error {Error::Code::InUse,
            tr("Records from this import have been built on since (%n in all): advocates who made referrals or "
               "earned rewards, or rewards already paid out. Undoing the import would take those too, so it is not "
               "undone.",
                nullptr, static_cast<int>(c->inUse))};

    const QString doing = tr("Undoing the import");
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    UndoResult result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT table_name, record_id, before_json, after_json FROM import_changes "
                             "WHERE batch_id = ? ORDER BY table_name, record_id"));
    q.addBindValue(batchId);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    QHash<QString, QSqlQuery> restores;
    QSqlQuery untag(m_db);
    untag.prepare(QStringLiteral(
        "DELETE FROM advocate_tags WHERE advocate_id = ? AND tag_id = (SELECT id FROM tags WHERE name = ?)"));
    while (q.next()) {
        const QString table = q.value(0).toString();
        const qint64 id = q.value(1).toLongLong();
        const QString before = q.value(2).toString();
        const QString after = q.value(3).toString();
        const QJsonObject afterObject = QJsonDocument::fromJson(after.toUtf8()).object();
        bool restoredAny = false;
        for (const QString& column : restorableColumns().value(table)) {
            if (!afterObject.contains(column))
                continue;
            const QString key = table + QLatin1Char('.') + column;
            auto it = restores.find(key);
            if (it == restores.end()) {
                QSqlQuery r(m_db);
                // Put back only a value that is still the one the import wrote: a later edit stays.
                if (!r.prepare(QStringLiteral(
                        "UPDATE %1 SET %2 = json_extract(?1, '$.%2'), updated_at = max(?2, updated_at + 1) "
                        "WHERE id = ?3 AND %2 IS json_extract(?4, '$.%2')")
                                   .arg(table, column)))
                    return storageError(r.lastError(), doing);
                it = restores.insert(key, r);
            }
            QSqlQuery& r = it.value();
            r.bindValue(0, before);
            r.bindValue(1, now);
            r.bindValue(2, id);
            r.bindValue(3, after);
            if (!r.exec())
                return storageError(r.lastError(), doing);
            if (r.numRowsAffected() > 0)
                restoredAny = true;
            else
                ++result.keptEdits;
        }
        for (const QJsonValue& reward : afterObject.value(QStringLiteral("rewards_created")).toArray()) {
            QSqlQuery d(m_db);
            d.prepare(QStringLiteral("DELETE FROM rewards WHERE id = ?"));
            d.addBindValue(reward.toInteger());
            if (!d.exec())
                return storageError(d.lastError(), doing);
        }
        if (afterObject.contains(QStringLiteral("history_after"))) {
            QSqlQuery d(m_db);
            d.prepare(QStringLiteral("DELETE FROM referral_status_history WHERE referral_id = ? AND id > ?"));
            d.addBindValue(id);
            d.addBindValue(afterObject.value(QStringLiteral("history_after")).toInteger());
            if (!d.exec())
                return storageError(d.lastError(), doing);
        }
        for (const QJsonValue& tag : afterObject.value(QStringLiteral("tags_added")).toArray()) {
            untag.bindValue(0, id);
            untag.bindValue(1, tag.toString());
            if (!untag.exec())
                return storageError(untag.lastError(), doing);
            restoredAny = restoredAny || untag.numRowsAffected() > 0;
        }
        if (restoredAny)
            ++result.restored;
    }
    // Taking back a large first import deletes most of the table: row by row that updates 20
    // indexes and the search index a million times (minutes). Without them, and the indexes
    // rebuilt over what is left, it is one pass (inside this transaction, as in the import).
    std::optional<IndexSuspension> suspension;
    {
        QSqlQuery sizes(m_db);
        sizes.prepare(QStringLiteral("SELECT (SELECT count(*) FROM advocates WHERE import_batch_id = ?), "
                                     "(SELECT count(*) FROM advocates)"));
        sizes.addBindValue(batchId);
        if (!sizes.exec() || !sizes.next())
            return storageError(sizes.lastError(), doing);
        const qint64 leaving = sizes.value(0).toLongLong();
        const qint64 all = sizes.value(1).toLongLong();
        sizes.finish();
        if (leaving >= kBulkDeleteRows && leaving * 2 > all) {
            // Each deleted advocate is looked for as someone's referrer (ON DELETE SET NULL): that
            // index stays, or every deletion would scan the whole table.
            auto suspended = IndexSuspension::suspend(m_db, QStringLiteral("advocates"),
                {QStringLiteral("advocates_fts_delete"), QStringLiteral("advocates_fts_update")},
                {QStringLiteral("advocates_referred_by"), QStringLiteral("advocates_batch")});
            if (!suspended)
                return suspended.error();
            suspension.emplace(std::move(suspended).value());
        }
    }
    for (const QString& table : kImportTables) {
        // In slices: SQLite keeps a statement's undo journal in memory (temp_store = MEMORY),
        // and one statement deleting a million advocates held 390 MB.
        QSqlQuery d(m_db);
        d.prepare(QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT id FROM %1 WHERE import_batch_id = ? LIMIT 20000)")
                      .arg(table));
        for (;;) {
            d.bindValue(0, batchId);
            if (!d.exec())
                return storageError(d.lastError(), doing);
            const int removed = d.numRowsAffected();
            result.deleted += removed;
            if (removed <= 0)
                break;
        }
    }
    if (suspension) {
        QSqlQuery rebuild(m_db);
        if (!rebuild.exec(QStringLiteral("INSERT INTO advocates_fts (advocates_fts) VALUES ('rebuild')")))
            return storageError(rebuild.lastError(), doing);
        if (Status restored = suspension->restore(); !restored)
            return restored.error();
    }
    // The old values were only kept for this undo, and they are personal data.
    QSqlQuery forget(m_db);
    forget.prepare(QStringLiteral("DELETE FROM import_changes WHERE batch_id = ?"));
    forget.addBindValue(batchId);
    if (!forget.exec())
        return storageError(forget.lastError(), doing);

    store::ImportBatchStore batches(m_db, m_clock);
    auto found = batches.get(batchId);
    if (!found)
        return found.error();
    domain::ImportBatch batch = std::move(found).value();
    batch.status = domain::ImportStatus::Undone;
    batch.undoneAt = m_clock.nowUtc();
    if (Status saved = batches.update(batch); !saved)
        return saved.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace grapevine::importing
