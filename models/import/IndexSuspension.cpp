// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndexSuspension.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "store/SqlSupport.h"

namespace grapevine::importing {

Result<IndexSuspension> IndexSuspension::suspend(
    QSqlDatabase db, const QString& table, const QStringList& triggers, const QStringList& keep)
{
    IndexSuspension s(db);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
                       "AND (type = 'index' OR (type = 'trigger' AND name IN (SELECT value FROM json_each(?))))"));
    q.addBindValue(table);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(triggers)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return store::storageError(q.lastError(), tr("Preparing the import"));
    QStringList drops;
    while (q.next()) {
        const QString type = q.value(0).toString();
        if (keep.contains(q.value(1).toString()))
            continue;
        // Names come from sqlite_master; quoted so that any name is safe.
        const QString name = q.value(1).toString().replace(QLatin1Char('"'), QLatin1String("\"\""));
        drops << (type == QLatin1String("index") ? QStringLiteral("DROP INDEX \"%1\"")
                                                 : QStringLiteral("DROP TRIGGER \"%1\""))
                     .arg(name);
        s.m_definitions << q.value(2).toString();
    }
    for (const QString& drop : drops) {
        if (!q.exec(drop))
            return store::storageError(q.lastError(), tr("Preparing the import"));
    }
    return s;
}

Status IndexSuspension::restore()
{
    QSqlQuery q(m_db);
    for (const QString& definition : m_definitions) {
        if (!q.exec(definition))
            return store::storageError(q.lastError(), tr("Rebuilding the indexes after the import"));
    }
    m_definitions.clear();
    return {};
}

} // namespace grapevine::importing
