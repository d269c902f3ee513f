// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <vector>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace grapevine::db {

/// The full health report `grapevine-cli check` prints.
struct CheckReport
{
    int schemaVersion = 0;
    QStringList integrityProblems; ///< empty when PRAGMA integrity_check says ok
    QStringList foreignKeyProblems; ///< one line per row whose reference points nowhere
    std::vector<std::pair<QString, qint64>> tableCounts; ///< user tables, by name
    QString error; ///< a check could not run at all

    bool healthy() const { return error.isEmpty() && integrityProblems.isEmpty() && foreignKeyProblems.isEmpty(); }
};

/// Runs SQLite's integrity and foreign-key checks and counts the rows of every table.
class DatabaseCheck final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    static CheckReport run(const QSqlDatabase& db);
};

} // namespace grapevine::db
