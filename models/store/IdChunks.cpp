// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdChunks.h"

#include <algorithm>

#include <QSqlQuery>

#include "SqlSupport.h"

namespace grapevine::store {

namespace {

QString placeholders(qsizetype count)
{
    QString list;
    list.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            list += QLatin1Char(',');
        list += QLatin1Char('?');
    }
    return list;
}

} // namespace

Status forEachIdChunk(const QSqlDatabase& db, const QList<qint64>& ids, const QString& statement,
    const QVariantList& leading, const QVariantList& trailing, const std::function<Status(QSqlQuery&)>& onChunk,
    const QString& doing)
{
    // Every chunk but the last has the full size, so that statement is prepared once and reused.
    QSqlQuery full(db);
    full.setForwardOnly(true);
    bool fullPrepared = false;
    for (qsizetype start = 0; start < ids.size(); start += kIdChunkSize) {
        const qsizetype count = std::min(kIdChunkSize, ids.size() - start);
        QSqlQuery last(db);
        last.setForwardOnly(true);
        QSqlQuery& q = count == kIdChunkSize ? full : last;
        if (&q == &last || !fullPrepared) {
            if (!q.prepare(statement.arg(placeholders(count))))
                return storageError(q.lastError(), doing);
            fullPrepared = fullPrepared || &q == &full;
        }
        int position = 0;
        for (const QVariant& value : leading)
            q.bindValue(position++, value);
        for (qsizetype i = start; i < start + count; ++i)
            q.bindValue(position++, ids.at(i));
        for (const QVariant& value : trailing)
            q.bindValue(position++, value);
        if (!q.exec())
            return storageError(q.lastError(), doing);
        if (onChunk) {
            if (Status handled = onChunk(q); !handled)
                return handled;
        }
        q.finish();
    }
    return {};
}

QList<qint64> distinctIds(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace grapevine::store
