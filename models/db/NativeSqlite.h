// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include "domain/Result.h"

struct sqlite3;
struct sqlite3_stmt;

/// SQLite's own API on a connection Qt opened, for the few hot loops where Qt's driver costs
/// more than the query (every fetched value becomes a QVariant, every text UTF-16): the CSV
/// export and the metrics' referral chains (bench/README.md has the figures).
namespace grapevine::native {

/// The connection's SQLite handle, when this program's SQLite may be used on it; nullptr when
/// not (read through Qt's driver then). Qt's installers for Windows and macOS build the driver
/// with a copy of SQLite of its own, and another copy's functions would corrupt its state.
sqlite3* handleOf(const QSqlDatabase& db);

struct StatementDeleter
{
    void operator()(sqlite3_stmt* statement) const;
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

/// SQLite's last message on `handle` as a storage error; `doing` says what the user asked for.
Error errorOf(sqlite3* handle, int code, const QString& doing);

/// Prepares `sql` and binds `binds` in order: null, text (as UTF-8) or a 64-bit integer.
Result<Statement> prepare(sqlite3* handle, const QString& sql, const QVariantList& binds, const QString& doing);

} // namespace grapevine::native
