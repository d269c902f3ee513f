// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlSupport.h"

#include <QHash>
#include <QSqlQuery>

namespace grapevine::store {

namespace {

// Nesting depth per connection. A connection is used by one thread only (a Qt SQL rule), so a
// thread-local table is enough and needs no lock.
thread_local QHash<QString, int> t_depth;

} // namespace

Error storageError(const QSqlError& error, const QString& what)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (ok) {
        switch (code) {
        case 8: // SQLITE_READONLY
            return Error {Error::Code::ReadOnly,
                QCoreApplication::translate("grapevine::store", "%1 is not possible: the database is read-only.")
                    .arg(what)};
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return Error {Error::Code::Busy,
                QCoreApplication::translate(
                    "grapevine::store", "%1 failed: another program is using the database. Try again in a moment.")
                    .arg(what)};
        case 13: // SQLITE_FULL
            return Error {Error::Code::Storage,
                QCoreApplication::translate("grapevine::store",
                    "%1 failed: the disk is full. Free some space and try again; nothing was changed.")
                    .arg(what)};
        case 10: // SQLITE_IOERR: a write refused by the system (disk full, file too large, medium gone)
            return Error {Error::Code::Storage,
                QCoreApplication::translate("grapevine::store",
                    "%1 failed: the database file could not be written (the disk may be full, removed or "
                    "failing). Nothing of it was saved; check the disk and try again.")
                    .arg(what)};
        case 19: // SQLITE_CONSTRAINT
            return Error {Error::Code::Invalid,
                QCoreApplication::translate("grapevine::store", "%1 failed: a value is not allowed (%2).")
                    .arg(what, detail)};
        default:
            break;
        }
    }
    return Error {
        Error::Code::Storage, QCoreApplication::translate("grapevine::store", "%1 failed: %2.").arg(what, detail)};
}

Status selectById(QSqlQuery& q, const QString& table, const QString& columns, qint64 id, const QString& doing,
    const QString& notFound)
{
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns, table));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    if (!q.next())
        return Error {Error::Code::NotFound, notFound};
    return {};
}

Status deleteRow(const QSqlDatabase& db, const QString& table, qint64 id, const QString& doing, const QString& notFound)
{
    WriteTransaction tx(db);
    if (!tx.started())
        return tx.startError();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    if (q.numRowsAffected() == 0)
        return Error {Error::Code::NotFound, notFound};
    return tx.commit();
}

Status refuseIfChangedSince(const QSqlDatabase& db, const QString& table, qint64 id, const QDateTime& seen,
    const QString& doing, const QString& message)
{
    if (!seen.isValid())
        return {};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT updated_at FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    // Whole seconds, as stored: a copy just saved still carries the clock's milliseconds.
    if (q.next() && (q.value(0).isNull() || q.value(0).toLongLong() != seen.toSecsSinceEpoch()))
        return Error {Error::Code::Stale, message};
    return {};
}

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_depth(t_depth.value(m_db.connectionName()))
{
    QSqlQuery q(m_db);
    // IMMEDIATE takes the write lock up front, so a read-then-write never fails half-way
    // with SQLITE_BUSY when another connection wrote in between.
    const QString begin
        = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    m_started = q.exec(begin);
    if (m_started)
        t_depth[m_db.connectionName()] = m_depth + 1;
    else
        m_error = storageError(q.lastError(), tr("Starting the change"));
}

WriteTransaction::~WriteTransaction()
{
    if (!m_started || m_done)
        return;
    QSqlQuery q(m_db);
    if (m_depth == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_depth));
        q.exec(QStringLiteral("RELEASE sp%1").arg(m_depth));
    }
    t_depth[m_db.connectionName()] = m_depth;
}

Status WriteTransaction::commit(const QString& what)
{
    if (!m_started)
        return m_error;
    QSqlQuery q(m_db);
    const QString end = m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth);
    if (!q.exec(end))
        return storageError(q.lastError(), what.isEmpty() ? tr("Saving the change") : what);
    m_done = true;
    t_depth[m_db.connectionName()] = m_depth;
    return {};
}

namespace sql {

bool run(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace sql

} // namespace grapevine::store
