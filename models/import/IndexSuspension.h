// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include "domain/Result.h"

namespace grapevine::importing {

/// Takes a table's secondary indexes and some of its triggers away for a bulk load and puts
/// them back after: the rows are then written once, and each index is built in one sorted pass
/// instead of being updated a row at a time (several times faster on a large load).
/// Must run inside the load's transaction: if the load rolls back, so does the suspension,
/// and other connections never see the table without its indexes.
class IndexSuspension final
{
    Q_DECLARE_TR_FUNCTIONS(IndexSuspension)

public:
    /// Drops the indexes of `table` that were created by CREATE INDEX (a UNIQUE column keeps
    /// its own) except those named in `keep`, and the named triggers.
    static Result<IndexSuspension> suspend(
        QSqlDatabase db, const QString& table, const QStringList& triggers, const QStringList& keep = {});

    /// Creates everything that suspend() dropped, exactly as it was defined.
    Status restore();

private:
    explicit IndexSuspension(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    QSqlDatabase m_db;
    QStringList m_definitions; ///< CREATE statements, as stored in sqlite_master
};

} // namespace grapevine::importing
