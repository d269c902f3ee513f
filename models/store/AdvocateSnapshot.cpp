// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvocateSnapshot.h"

#include <cstring>
#include <functional>

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include "IdChunks.h"
#include "SqlSupport.h"

namespace grapevine::store {

using Rows = AdvocateSnapshot::Rows;

namespace {

const QString kId = QStringLiteral("id");

QString quoted(const QString& identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString columnList(const QStringList& columns)
{
    QStringList names;
    names.reserve(columns.size());
    for (const QString& column : columns)
        names << quoted(column);
    return names.join(QLatin1String(", "));
}

/// The columns of `table` that hold stored values. SELECT * would also do, but table_xinfo
/// tells generated columns apart (hidden 2 and 3), and those cannot be inserted back.
Result<QStringList> storedColumns(const QSqlDatabase& db, const QString& table, const QString& doing)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_xinfo(%1)").arg(quoted(table))))
        return storageError(q.lastError(), doing);
    QStringList columns;
    while (q.next()) {
        if (q.value(6).toInt() == 0)
            columns << q.value(1).toString();
    }
    return columns;
}

// A captured row is one byte array: per column a storage class tag, then the value. A delete
// of a few hundred thousand advocates captures millions of rows; as QVariant lists they would
// take about ten times the memory, and an undo stack keeps them for the whole session.
enum StorageClass : char {
    Null,
    Integer, // zigzag varint
    Real, // 8 bytes as in memory
    Text, // varint byte length, UTF-8
    Blob // varint byte length, bytes
};

void appendVarint(QByteArray& out, quint64 value)
{
    while (value >= 0x80) {
        out += static_cast<char>((value & 0x7f) | 0x80);
        value >>= 7;
    }
    out += static_cast<char>(value);
}

quint64 takeVarint(const char*& p)
{
    quint64 value = 0;
    for (int shift = 0;; shift += 7) {
        const auto byte = static_cast<unsigned char>(*p++);
        value |= static_cast<quint64>(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0)
            return value;
    }
}

void appendBytes(QByteArray& out, StorageClass storage, const QByteArray& bytes)
{
    out += storage;
    appendVarint(out, static_cast<quint64>(bytes.size()));
    out += bytes;
}

/// The current row of `q`, encoded.
QByteArray encodeRow(const QSqlQuery& q, int columnCount)
{
    QByteArray out;
    for (int i = 0; i < columnCount; ++i) {
        const QVariant v = q.value(i);
        if (v.isNull()) {
            out += StorageClass::Null;
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int: {
            const qint64 n = v.toLongLong();
            out += StorageClass::Integer;
            appendVarint(out, (static_cast<quint64>(n) << 1) ^ static_cast<quint64>(n >> 63));
            break;
        }
        case QMetaType::Double: {
            const double d = v.toDouble();
            out += StorageClass::Real;
            out.append(reinterpret_cast<const char*>(&d), sizeof d);
            break;
        }
        case QMetaType::QByteArray:
            appendBytes(out, StorageClass::Blob, v.toByteArray());
            break;
        default:
            appendBytes(out, StorageClass::Text, v.toString().toUtf8());
            break;
        }
    }
    return out;
}

/// The values of an encoded row, typed as Qt's SQLite driver reads and binds them.
QVariantList decodeRow(const QByteArray& row)
{
    QVariantList values;
    const char* p = row.constData();
    const char* const end = p + row.size();
    while (p < end) {
        const auto storage = static_cast<StorageClass>(*p++);
        switch (storage) {
        case StorageClass::Null:
            values << QVariant(QMetaType::fromType<QString>());
            break;
        case StorageClass::Integer: {
            const quint64 z = takeVarint(p);
            values << static_cast<qint64>((z >> 1) ^ (~(z & 1) + 1));
            break;
        }
        case StorageClass::Real: {
            double d = 0;
            std::memcpy(&d, p, sizeof d);
            p += sizeof d;
            values << d;
            break;
        }
        case StorageClass::Text:
        case StorageClass::Blob: {
            const auto size = static_cast<qsizetype>(takeVarint(p));
            if (storage == StorageClass::Text)
                values << QString::fromUtf8(p, size);
            else
                values << QByteArray(p, size);
            p += size;
            break;
        }
        }
    }
    return values;
}

/// The distinct non-NULL values of one column, sorted.
QList<qint64> columnValues(const Rows& rows, const QString& column)
{
    const qsizetype index = rows.columns.indexOf(column);
    QList<qint64> ids;
    ids.reserve(static_cast<qsizetype>(rows.values.size()));
    for (const QByteArray& encoded : rows.values) {
        const QVariant value = decodeRow(encoded).at(index);
        if (!value.isNull())
            ids << value.toLongLong();
    }
    return distinctIds(ids);
}

/// Appends the rows of `rows.table` whose `key` is one of `keys`. With `seen`, rows whose id
/// is in it already are skipped (and their ids added), so two queries can fill one list.
Status readRows(const QSqlDatabase& db, Rows& rows, const QString& key, const QList<qint64>& keys, QSet<qint64>* seen,
    const QString& doing)
{
    const qsizetype idIndex = rows.columns.indexOf(kId);
    const int columnCount = static_cast<int>(rows.columns.size());
    return forEachIdChunk(
        db, keys,
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
            .arg(columnList(rows.columns), quoted(rows.table), quoted(key), QStringLiteral("%1")),
        {}, {},
        [&](QSqlQuery& q) -> Status {
            while (q.next()) {
                if (seen) {
                    const qint64 id = q.value(static_cast<int>(idIndex)).toLongLong();
                    if (seen->contains(id))
                        continue;
                    seen->insert(id);
                }
                rows.values.push_back(encodeRow(q, columnCount));
            }
            return {};
        },
        doing);
}

/// Copies `rows` into a temporary table, which has no column types, so each value keeps the
/// storage class it was read with; gives the table's name. Writing the real table from there
/// takes one statement instead of one per row, which matters for advocates: FTS5 writes its
/// pending index entries to disk at every statement savepoint, so row-by-row inserts would write
/// one index segment per advocate (about five times slower, and a fragmented index).
/// The table is emptied and reused rather than dropped, because SQLite refuses DROP TABLE while
/// any other statement on the connection is still reading (a caller's unfinished query).
/// `adjust` may change a row first.
Result<QString> stage(
    const QSqlDatabase& db, const Rows& rows, const std::function<void(QVariantList&)>& adjust, const QString& doing)
{
    // One table per column list, so that the whole and the link-only rows of a table each have
    // their own.
    const QString name = QStringLiteral("advocate_snapshot_%1_%2")
                             .arg(rows.table)
                             .arg(qHash(rows.columns.join(QLatin1Char(',')), 0), 0, 16);
    const QString staging = QStringLiteral("temp.") + quoted(name);
    QStringList definitions;
    QStringList marks;
    for (const QString& column : rows.columns) {
        // The key makes the lookups of updateChangedColumns() direct.
        definitions << (column == kId ? quoted(column) + QStringLiteral(" INTEGER PRIMARY KEY") : quoted(column));
        marks << QStringLiteral("?");
    }
    QSqlQuery q(db);
    QStringList existing;
    if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_info(%1, 'temp')").arg(quoted(name))))
        return storageError(q.lastError(), doing);
    while (q.next())
        existing << q.value(0).toString();
    q.finish();
    // Only after a schema change can an existing table have other columns.
    if (!existing.isEmpty() && existing != rows.columns && !q.exec(QStringLiteral("DROP TABLE %1").arg(staging)))
        return storageError(q.lastError(), doing);
    if (!q.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2)").arg(staging, definitions.join(QLatin1String(", "))))
        || !q.exec(QStringLiteral("DELETE FROM %1").arg(staging)))
        return storageError(q.lastError(), doing);
    if (!q.prepare(QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(staging, marks.join(QLatin1Char(',')))))
        return storageError(q.lastError(), doing);
    for (const QByteArray& encoded : rows.values) {
        QVariantList row = decodeRow(encoded);
        if (adjust)
            adjust(row);
        for (int i = 0; i < row.size(); ++i)
            q.bindValue(i, row.at(i));
        if (!q.exec())
            return storageError(q.lastError(), doing);
    }
    return staging;
}

/// Empties a staging table: its rows are personal data and have no reason to stay.
Status clearStaging(const QSqlDatabase& db, const QString& staging, const QString& doing)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM %1").arg(staging)))
        return storageError(q.lastError(), doing);
    return {};
}

/// INSERTs every row with its stored values; `adjust` may change a row's values first.
Status insertRows(
    const QSqlDatabase& db, const Rows& rows, const std::function<void(QVariantList&)>& adjust, const QString& doing)
{
    if (rows.values.empty())
        return {};
    const auto staging = stage(db, rows, adjust, doing);
    if (!staging)
        return staging.error();
    const QString columns = columnList(rows.columns);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM %3 ORDER BY rowid")
                    .arg(quoted(rows.table), columns, staging.value())))
        return storageError(q.lastError(), doing);
    return clearStaging(db, staging.value(), doing);
}

/// Writes back the columns whose value differs from the captured one, in rows that still
/// exist (nothing is left to link back to a row deleted since). Only the columns that differ
/// somewhere are SET, so the search-index trigger (AFTER UPDATE OF the name columns) and the
/// indexes of unchanged columns are left alone; each row is written whole at once, so a CHECK
/// over several columns never sees half of it.
Status updateChangedColumns(const QSqlDatabase& db, const Rows& rows, const QString& doing)
{
    if (rows.values.empty())
        return {};
    const auto staging = stage(db, rows, {}, doing);
    if (!staging)
        return staging.error();
    const QString table = quoted(rows.table);
    // IS NOT tells NULL from a value, which <> does not.
    const auto differs = [](const QString& column) { return QStringLiteral("s.%1 IS NOT x.%1").arg(quoted(column)); };
    QStringList changed;
    QSqlQuery q(db);
    for (const QString& column : rows.columns) {
        if (column == kId)
            continue;
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 s JOIN main.%2 x ON x.id = s.id WHERE %3)")
                        .arg(staging.value(), table, differs(column)))
            || !q.next())
            return storageError(q.lastError(), doing);
        if (q.value(0).toBool())
            changed << column;
        q.finish();
    }
    if (!changed.isEmpty()) {
        QStringList sources;
        QStringList conditions;
        for (const QString& column : changed) {
            sources << QStringLiteral("s.") + quoted(column);
            conditions << differs(column);
        }
        if (!q.exec(QStringLiteral("UPDATE main.%1 SET (%2) = (SELECT %3 FROM %4 s WHERE s.id = %1.id) "
                                   "WHERE id IN (SELECT s.id FROM %4 s JOIN main.%1 x ON x.id = s.id WHERE %5)")
                        .arg(table, columnList(changed), sources.join(QLatin1String(", ")), staging.value(),
                            conditions.join(QLatin1String(" OR ")))))
            return storageError(q.lastError(), doing);
    }
    return clearStaging(db, staging.value(), doing);
}

/// A read transaction for the duration of a capture, so the rows of all tables belong to the same
/// moment. A SAVEPOINT starts one on its own, or nests in the caller's write transaction.
class ReadTransaction final
{
public:
    explicit ReadTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        m_started = QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT advocate_snapshot_read"));
    }
    ~ReadTransaction()
    {
        if (m_started)
            QSqlQuery(m_db).exec(QStringLiteral("RELEASE advocate_snapshot_read"));
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    QSqlDatabase m_db;
    bool m_started = false;
};

} // namespace

Result<AdvocateSnapshot> AdvocateSnapshot::capture(QSqlDatabase db, const QList<qint64>& advocateIds)
{
    AdvocateSnapshot snapshot;
    {
        ReadTransaction read(db);
        if (Status collected = snapshot.collect(db, advocateIds); !collected)
            return collected.error();
    }
    return snapshot;
}

Result<AdvocateSnapshot> AdvocateSnapshot::remove(QSqlDatabase db, const QList<qint64>& advocateIds)
{
    WriteTransaction tx(db);
    if (!tx.started())
        return tx.startError();
    AdvocateSnapshot snapshot;
    if (Status collected = snapshot.collect(db, advocateIds); !collected)
        return collected.error();
    if (Status removed = snapshot.removeAdvocates(db); !removed)
        return removed.error();
    if (Status done = tx.commit(); !done)
        return done.error();
    return snapshot;
}

Status AdvocateSnapshot::removeCaptured(QSqlDatabase db) const
{
    WriteTransaction tx(db);
    if (!tx.started())
        return tx.startError();
    AdvocateSnapshot now;
    if (Status collected = now.collect(db, m_advocateIds); !collected)
        return collected;
    if (!sameRowsAs(now))
        return Error {Error::Code::InUse,
            tr("The advocates changed since they were selected (an import or another window may have added "
               "referrals or rewards). Nothing was deleted; select them again and retry.")};
    if (Status removed = removeAdvocates(db); !removed)
        return removed;
    return tx.commit();
}

Status AdvocateSnapshot::restore(QSqlDatabase db) const
{
    const QString doing = tr("Restoring the deleted advocates");
    WriteTransaction tx(db);
    if (!tx.started())
        return tx.startError();

    // Tags are few, so row by row. A tag can have been created again under another id since (by
    // name, which is unique): the links then follow the tag of that name.
    QHash<qint64, qint64> tagIds;
    {
        const int idIndex = static_cast<int>(m_tags.columns.indexOf(kId));
        const int nameIndex = static_cast<int>(m_tags.columns.indexOf(QStringLiteral("name")));
        QStringList marks;
        for (qsizetype i = 0; i < m_tags.columns.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery find(db);
        find.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (%1) VALUES (%2)")
                           .arg(columnList(m_tags.columns), marks.join(QLatin1Char(','))));
        for (const QByteArray& encoded : m_tags.values) {
            QVariantList tag = decodeRow(encoded);
            const qint64 capturedId = tag.at(idIndex).toLongLong();
            // With the captured id first; when that id is taken by another tag, with a new one.
            for (const bool newId : {false, true}) {
                if (newId)
                    tag[idIndex] = QVariant(QMetaType::fromType<qint64>());
                for (int i = 0; i < tag.size(); ++i)
                    insert.bindValue(i, tag.at(i));
                if (!insert.exec())
                    return storageError(insert.lastError(), doing);
                find.bindValue(0, tag.at(nameIndex));
                if (!find.exec())
                    return storageError(find.lastError(), doing);
                if (find.next()) {
                    tagIds.insert(capturedId, find.value(0).toLongLong());
                    find.finish();
                    break;
                }
            }
        }
    }

    // Advocates go in with one statement, so one referred by another restored advocate needs no
    // particular order: SQLite checks immediate foreign keys at the end of each statement.
    Status inserted = insertRows(db, m_advocates, {}, doing);
    if (!inserted)
        return inserted;
    const qsizetype tagIdIndex = m_advocateTags.columns.indexOf(QStringLiteral("tag_id"));
    inserted = insertRows(
        db, m_advocateTags, [&](QVariantList& row) { row[tagIdIndex] = tagIds.value(row.at(tagIdIndex).toLongLong()); },
        doing);
    if (!inserted)
        return inserted;
    for (const Rows* rows : {&m_referrals, &m_history, &m_flags, &m_rewards, &m_entries}) {
        if (Status done = insertRows(db, *rows, {}, doing); !done)
            return done;
    }

    // Last, every column the inserts left different: the links set to NULL by the delete, and
    // counters that triggers on referrals and rewards keep (the delete counted down, or not; the
    // inserts above counted up again on top of the captured values). Setting the captured values
    // gives the exact previous state whichever way the triggers count.
    for (const Rows* rows : {&m_advocates, &m_countedAdvocates, &m_referredBy, &m_linkedReferrals, &m_linkedMentions,
             &m_linkedDuplicates}) {
        if (Status done = updateChangedColumns(db, *rows, doing); !done)
            return done;
    }
    return tx.commit();
}

qsizetype AdvocateSnapshot::rowCount() const
{
    qsizetype count = 0;
    for (const Rows* rows : allRows())
        count += static_cast<qsizetype>(rows->values.size());
    return count;
}

std::vector<const Rows*> AdvocateSnapshot::allRows() const
{
    return {&m_tags, &m_advocates, &m_advocateTags, &m_referrals, &m_history, &m_flags, &m_rewards, &m_entries,
        &m_countedAdvocates, &m_referredBy, &m_linkedReferrals, &m_linkedMentions, &m_linkedDuplicates};
}

Status AdvocateSnapshot::collect(const QSqlDatabase& db, const QList<qint64>& advocateIds)
{
    const QString doing = tr("Reading the advocates to delete");
    const std::pair<Rows*, const char*> tables[]
        = {{&m_tags, "tags"}, {&m_advocates, "advocates"}, {&m_advocateTags, "advocate_tags"},
            {&m_referrals, "referrals"}, {&m_history, "referral_status_history"}, {&m_flags, "referral_flags"},
            {&m_rewards, "rewards"}, {&m_entries, "reward_entries"}, {&m_countedAdvocates, "advocates"}};
    for (const auto& [rows, table] : tables) {
        rows->table = QString::fromLatin1(table);
        auto columns = storedColumns(db, rows->table, doing);
        if (!columns)
            return columns.error();
        rows->columns = columns.value();
        rows->values.clear();
    }
    // ON DELETE SET NULL changes only the link itself (no trigger reacts to these columns; a
    // test checks that), so only the link is kept: the advocates they referred can be most of
    // the file.
    const struct
    {
        Rows* rows;
        const char* table;
        const char* column;
    } links[] = {{&m_referredBy, "advocates", "referred_by_id"}, {&m_linkedReferrals, "referrals", "friend_id"},
        {&m_linkedMentions, "mentions", "advocate_id"}, {&m_linkedDuplicates, "referrals", "duplicate_of_id"}};
    for (const auto& link : links) {
        link.rows->table = QString::fromLatin1(link.table);
        link.rows->columns = QStringList {kId, QString::fromLatin1(link.column)};
        link.rows->values.clear();
    }

    if (Status s = readRows(db, m_advocates, kId, distinctIds(advocateIds), nullptr, doing); !s)
        return s;
    m_advocateIds = columnValues(m_advocates, kId);
    if (Status s = readRows(db, m_advocateTags, QStringLiteral("advocate_id"), m_advocateIds, nullptr, doing); !s)
        return s;
    if (Status s = readRows(db, m_tags, kId, columnValues(m_advocateTags, QStringLiteral("tag_id")), nullptr, doing);
        !s)
        return s;
    if (Status s = readRows(db, m_referrals, QStringLiteral("referrer_id"), m_advocateIds, nullptr, doing); !s)
        return s;
    const QList<qint64> referralIds = columnValues(m_referrals, kId);
    if (Status s = readRows(db, m_history, QStringLiteral("referral_id"), referralIds, nullptr, doing); !s)
        return s;
    if (Status s = readRows(db, m_flags, QStringLiteral("referral_id"), referralIds, nullptr, doing); !s)
        return s;
    // The rewards they receive, and both sides' rewards of the referrals they made.
    QSet<qint64> seen;
    if (Status s = readRows(db, m_rewards, QStringLiteral("advocate_id"), m_advocateIds, &seen, doing); !s)
        return s;
    if (Status s = readRows(db, m_rewards, QStringLiteral("referral_id"), referralIds, &seen, doing); !s)
        return s;
    if (Status s = readRows(db, m_entries, QStringLiteral("reward_id"), columnValues(m_rewards, kId), nullptr, doing);
        !s)
        return s;

    // Referrals of other advocates where they are the friend (theirs are restored whole).
    seen = QSet<qint64>(referralIds.cbegin(), referralIds.cend());
    if (Status s = readRows(db, m_linkedReferrals, QStringLiteral("friend_id"), m_advocateIds, &seen, doing); !s)
        return s;
    if (Status s = readRows(db, m_linkedMentions, QStringLiteral("advocate_id"), m_advocateIds, nullptr, doing); !s)
        return s;
    // Referrals of others marked as duplicates of the ones that go.
    seen = QSet<qint64>(referralIds.cbegin(), referralIds.cend());
    if (Status s = readRows(db, m_linkedDuplicates, QStringLiteral("duplicate_of_id"), referralIds, &seen, doing); !s)
        return s;
    seen = QSet<qint64>(m_advocateIds.cbegin(), m_advocateIds.cend());
    if (Status s = readRows(db, m_referredBy, QStringLiteral("referred_by_id"), m_advocateIds, &seen, doing); !s)
        return s;
    // Other advocates whose counters triggers may change when these referrals and rewards go:
    // the friends and the reward recipients of the deleted rows.
    seen = QSet<qint64>(m_advocateIds.cbegin(), m_advocateIds.cend());
    const QList<qint64> counted = columnValues(m_referrals, QStringLiteral("friend_id"))
        + columnValues(m_rewards, QStringLiteral("advocate_id"));
    return readRows(db, m_countedAdvocates, kId, distinctIds(counted), &seen, doing);
}

Status AdvocateSnapshot::removeAdvocates(const QSqlDatabase& db) const
{
    if (m_advocateIds.isEmpty())
        return Error {Error::Code::NotFound, tr("The advocates no longer exist.")};
    const QString doing = tr("Deleting the advocates");
    if (Status deleted = forEachIdChunk(
            db, m_advocateIds, QStringLiteral("DELETE FROM advocates WHERE id IN (%1)"), {}, {}, {}, doing);
        !deleted)
        return deleted;
    // Tags nobody uses any more would clutter the tag filter (as AdvocateStore::remove does). Only
    // the captured tags are looked at: restore() brings back exactly those.
    return forEachIdChunk(db, columnValues(m_tags, kId),
        QStringLiteral("DELETE FROM tags WHERE id IN (%1) AND NOT EXISTS "
                       "(SELECT 1 FROM advocate_tags WHERE tag_id = tags.id)"),
        {}, {}, {}, doing);
}

bool AdvocateSnapshot::sameRowsAs(const AdvocateSnapshot& other) const
{
    if (m_advocateIds != other.m_advocateIds)
        return false;
    const std::vector<const Rows*> mine = allRows();
    const std::vector<const Rows*> theirs = other.allRows();
    for (std::size_t i = 0; i < mine.size(); ++i) {
        if (mine[i]->values.size() != theirs[i]->values.size())
            return false;
    }
    return true;
}

} // namespace grapevine::store
