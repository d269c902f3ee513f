// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseState.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include "db/Database.h"
#include "db/DatabaseCheck.h"

namespace grapevine::test {

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

QString fingerprint(const QSqlDatabase& db)
{
    QStringList lines;
    QSqlQuery q(db);
    auto add = [&](const QString& label, const QString& sql) {
        if (!q.exec(sql)) {
            lines << label + QStringLiteral(": ") + q.lastError().text();
            return;
        }
        QStringList values;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            values << row.join(u'=');
        }
        lines << label + QStringLiteral(": ") + values.join(u',');
    };
    QCryptographicHash schema(QCryptographicHash::Sha256);
    if (q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"))) {
        while (q.next())
            schema.addData((q.value(0).toString() + q.value(1).toString() + q.value(2).toString()).toUtf8());
    }
    lines << QStringLiteral("schema: ") + QString::fromLatin1(schema.result().toHex().left(16));
    QStringList tables;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "AND name NOT LIKE '%fts%' ORDER BY name"))) {
        while (q.next())
            tables << q.value(0).toString();
    }
    for (const QString& table : tables)
        add(table, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
    add(QStringLiteral("kinds"), QStringLiteral("SELECT kind, count(*) FROM advocates GROUP BY kind ORDER BY kind"));
    add(QStringLiteral("renamed"), QStringLiteral("SELECT count(*) FROM advocates WHERE first_name = 'Renamed'"));
    add(QStringLiteral("tagged"),
        QStringLiteral("SELECT t.name, count(*) FROM advocate_tags a JOIN tags t ON t.id = a.tag_id "
                       "GROUP BY t.name ORDER BY t.name"));
    add(QStringLiteral("batches"),
        QStringLiteral("SELECT status, count(*) FROM import_batches GROUP BY status ORDER BY status"));
    add(QStringLiteral("search"), QStringLiteral("SELECT count(*) FROM advocates_fts"));
    return lines.join(u'\n');
}

CheckedFile openAndCheck(const QString& path)
{
    CheckedFile result;
    grapevine::db::OpenFailure failure;
    auto database = db::Database::open(path, {}, &failure);
    if (!database) {
        result.problem = QStringLiteral("cannot open: ") + failure.message;
        return result;
    }
    const grapevine::db::CheckReport report = grapevine::db::DatabaseCheck::run(database->connection());
    if (!report.healthy()) {
        result.problem = report.error + report.integrityProblems.join(u'\n') + report.foreignKeyProblems.join(u'\n');
        return result;
    }
    QSqlQuery q(database->connection());
    if (!q.exec(QStringLiteral("INSERT INTO advocates_fts (advocates_fts, rank) VALUES ('integrity-check', 1)"))) {
        result.problem = QStringLiteral("search index: ") + q.lastError().text();
        return result;
    }
    result.fingerprint = fingerprint(database->connection());
    return result;
}

} // namespace grapevine::test
