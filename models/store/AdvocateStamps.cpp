// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvocateStamps.h"

#include <QSqlQuery>

#include "SqlSupport.h"

namespace grapevine::store {

Result<AdvocateStamps> AdvocateStamps::capture(const QSqlDatabase& db, const QList<qint64>& ids)
{
    AdvocateStamps stamps;
    QSqlQuery row(db);
    row.prepare(QStringLiteral("SELECT kind, updated_at FROM advocates WHERE id = ?"));
    QSqlQuery tags(db);
    tags.prepare(QStringLiteral("SELECT t.id, t.name FROM advocate_tags at JOIN tags t ON t.id = at.tag_id "
                                "WHERE at.advocate_id = ?"));
    for (const qint64 id : ids) {
        row.addBindValue(id);
        if (!row.exec())
            return storageError(row.lastError(), tr("Remembering the advocates before the change"));
        if (!row.next())
            continue;
        Entry entry {row.value(0).toString(), row.value(1).toLongLong(), {}};
        tags.addBindValue(id);
        if (!tags.exec())
            return storageError(tags.lastError(), tr("Remembering the advocates before the change"));
        while (tags.next()) {
            entry.tagIds << tags.value(0).toLongLong();
            stamps.m_tagNames.insert(tags.value(0).toLongLong(), tags.value(1).toString());
        }
        stamps.m_entries.insert(id, entry);
    }
    return stamps;
}

Status AdvocateStamps::restore(const QSqlDatabase& db, const AdvocateStamps* expected) const
{
    WriteTransaction tx(db);
    if (!tx.started())
        return tx.startError();
    const QString doing = tr("Undoing the change");
    QSqlQuery q(db);
    if (expected) {
        q.prepare(QStringLiteral("SELECT updated_at FROM advocates WHERE id = ?"));
        int changed = 0;
        for (auto it = expected->m_entries.cbegin(); it != expected->m_entries.cend(); ++it) {
            q.addBindValue(it.key());
            if (!q.exec())
                return storageError(q.lastError(), doing);
            if (q.next() && q.value(0).toLongLong() != it.value().updatedAt)
                ++changed;
        }
        q.finish();
        if (changed > 0)
            return Error {Error::Code::Stale,
                tr("%Ln of these advocates were changed elsewhere (in another Grapevine window or by an "
                   "import) after this step, so undoing or redoing it now would throw those changes away. "
                   "Nothing was changed.",
                    nullptr, changed)};
    }
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (id, name) VALUES (?, ?)"));
    for (auto it = m_tagNames.cbegin(); it != m_tagNames.cend(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec())
            return storageError(q.lastError(), doing);
    }
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM advocate_tags WHERE advocate_id = ?"));
    QSqlQuery link(db);
    link.prepare(QStringLiteral("INSERT INTO advocate_tags (advocate_id, tag_id) VALUES (?, ?)"));
    QSqlQuery row(db);
    row.prepare(QStringLiteral("UPDATE advocates SET kind = ?, updated_at = ? WHERE id = ?"));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        clear.addBindValue(it.key());
        if (!clear.exec())
            return storageError(clear.lastError(), doing);
        for (const qint64 tag : it.value().tagIds) {
            link.addBindValue(it.key());
            link.addBindValue(tag);
            if (!link.exec())
                return storageError(link.lastError(), doing);
        }
        row.addBindValue(it.value().kind);
        row.addBindValue(it.value().updatedAt);
        row.addBindValue(it.key());
        if (!row.exec())
            return storageError(row.lastError(), doing);
    }
    if (!q.exec(QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM advocate_tags)")))
        return storageError(q.lastError(), doing);
    return tx.commit();
}

} // namespace grapevine::store
