// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace grapevine::db {

Migrator::Migrator(QString directory)
    : m_directory(std::move(directory))
{ }

QStringList Migrator::migrationFiles() const
{
    const QDir dir(m_directory);
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString& f : files)
        f = dir.filePath(f);
    return files;
}

int Migrator::latestVersion() const
{
    return static_cast<int>(migrationFiles().size());
}

QStringList Migrator::splitStatements(const QString& script)
{
    // sqlite3_complete() knows SQLite's grammar for "is this a whole statement", including
    // CREATE TRIGGER ... BEGIN ...; END; and semicolons inside strings and comments.
    QStringList statements;
    QByteArray pending;
    const QList<QByteArray> lines = script.toUtf8().split('\n');
    for (const QByteArray& line : lines) {
        pending += line;
        pending += '\n';
        if (sqlite3_complete(pending.constData())) {
            const QString statement = QString::fromUtf8(pending).trimmed();
            if (!statement.isEmpty() && statement != QLatin1String(";"))
                statements << statement;
            pending.clear();
        }
    }
    // Whatever is left is comments or whitespace; a real statement without ';' is an error
    // in the migration file and should fail loudly.
    QString rest = QString::fromUtf8(pending).trimmed();
    QStringList restLines = rest.split(QLatin1Char('\n'));
    restLines.removeIf(
        [](const QString& l) { return l.trimmed().isEmpty() || l.trimmed().startsWith(QLatin1String("--")); });
    if (!restLines.isEmpty())
        statements << rest;
    return statements;
}

Status Migrator::migrate(QSqlDatabase& db, int fromVersion) const
{
    const QStringList files = migrationFiles();
    QSqlQuery q(db);
    for (int version = fromVersion + 1; version <= files.size(); ++version) {
        const QString path = files.at(version - 1);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error {Error::Code::Storage,
                tr("The update step %1 is missing from this program (%2).").arg(version).arg(path)};
        }
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));

        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        const auto fail = [&](const QString& what, const QSqlError& error) {
            QSqlQuery rollback(db);
            rollback.exec(QStringLiteral("ROLLBACK"));
            rollback.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            return Error {Error::Code::Storage,
                tr("Updating the database to version %1 failed, and it was left as it was. %2: %3")
                    .arg(version)
                    .arg(what, error.databaseText())};
        };
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return fail(tr("Could not start the update"), q.lastError());
        for (const QString& statement : statements) {
            if (!q.exec(statement))
                return fail(tr("Step failed"), q.lastError());
        }
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return fail(tr("Could not check references"), q.lastError());
        if (q.next()) {
            return fail(tr("References broken"), QSqlError(QString(), tr("table %1").arg(q.value(0).toString())));
        }
        q.finish();
        if (version == 1 && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
            return fail(tr("Could not stamp the file"), q.lastError());
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return fail(tr("Could not record the version"), q.lastError());
        if (!q.exec(QStringLiteral("COMMIT")))
            return fail(tr("Could not save the update"), q.lastError());
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    return {};
}

} // namespace grapevine::db
