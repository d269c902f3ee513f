// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseCheck.h"

#include <QSqlError>
#include <QSqlQuery>

namespace grapevine::db {

CheckReport DatabaseCheck::run(const QSqlDatabase& db)
{
    CheckReport report;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        report.error = tr("The schema version could not be read: %1").arg(q.lastError().text());
        return report;
    }
    report.schemaVersion = q.value(0).toInt();

    if (!q.exec(QStringLiteral("PRAGMA integrity_check(100)"))) {
        report.error = tr("The integrity check could not run: %1").arg(q.lastError().text());
        return report;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            report.integrityProblems << line;
    }

    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        report.error = tr("The foreign-key check could not run: %1").arg(q.lastError().text());
        return report;
    }
    while (q.next()) {
        report.foreignKeyProblems << tr("%1 row %2 refers to a missing row in %3")
                                         .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }

    // Virtual tables and their shadow tables are internals of the search index, not data.
    if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                               "AND name NOT LIKE 'sqlite_%' ORDER BY name"))) {
        report.error = tr("The tables could not be listed: %1").arg(q.lastError().text());
        return report;
    }
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString& table : tables) {
        QSqlQuery count(db);
        // The name comes from sqlite_master, not from a user; quoted all the same.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (!count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted)) || !count.next()) {
            report.error = tr("The rows of %1 could not be counted: %2").arg(table, count.lastError().text());
            return report;
        }
        report.tableCounts.emplace_back(table, count.value(0).toLongLong());
    }
    return report;
}

} // namespace grapevine::db
