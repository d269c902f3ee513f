// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "domain/Result.h"

namespace grapevine::store {

/// Conversions between domain values and the schema's conventions (see 0001_initial.sql).
namespace sql {

/// Prepares `sql` forward-only, binds `values` to its `?` in order and runs it.
bool run(QSqlQuery& q, const QString& sql, const QVariantList& values);

/// An instant as seconds since the epoch (UTC), NULL when invalid.
inline QVariant instant(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime toInstant(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

/// A calendar date as 'YYYY-MM-DD', NULL when invalid.
inline QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDate toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

template <typename T>
QVariant nullable(const std::optional<T>& v)
{
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType::fromType<T>());
}

template <typename T>
std::optional<T> toOptional(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.value<T>();
}

/// Text columns are NOT NULL DEFAULT ''; a null QString would bind as NULL.
inline QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

} // namespace sql

/// Turns a failed statement into an Error a user can act on; `what` says what was being done
/// ("Saving the advocate").
Error storageError(const QSqlError& error, const QString& what);

/// Deletes the row `id` of `table` (a name from code, never from a user) in its own
/// transaction, or the caller's; NotFound with `notFound` when there was no such row.
Status deleteRow(
    const QSqlDatabase& db, const QString& table, qint64 id, const QString& doing, const QString& notFound);

/// Runs `SELECT columns FROM table WHERE id = ?` on `q` and leaves it on that row; NotFound
/// with `notFound` when there is none. `table` and `columns` come from code, never from a user.
Status selectById(QSqlQuery& q, const QString& table, const QString& columns, qint64 id, const QString& doing,
    const QString& notFound);

/// Optimistic locking for two windows (or an import) on one file: Stale with `message` when the
/// stored `updated_at` of row `id` is no longer `seen`, the stamp of the copy about to be saved,
/// because saving that copy would silently undo the other save. An invalid `seen` (a copy not
/// read from the file) is not checked; a row that is gone is left to the caller's NotFound.
Status refuseIfChangedSince(const QSqlDatabase& db, const QString& table, qint64 id, const QDateTime& seen,
    const QString& doing, const QString& message);

/// BEGIN IMMEDIATE … COMMIT on the outermost use on a connection, SAVEPOINTs when nested, so
/// a store call inside a larger operation (an import) joins its transaction. Rolls back unless
/// commit() succeeded.
class WriteTransaction final
{
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)

public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    /// False when the transaction could not even start (read-only file, locked).
    bool started() const { return m_started; }
    const Error& startError() const { return m_error; }
    /// `what` names the change in the error ("Saving the import of …"); "Saving the change" when empty.
    Status commit(const QString& what = QString());

private:
    QSqlDatabase m_db;
    int m_depth = 0;
    bool m_started = false;
    bool m_done = false;
    Error m_error;
};

} // namespace grapevine::store
