// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvocateBulkEditor.h"

#include <map>

#include <QSqlQuery>

#include "IdChunks.h"
#include "SqlSupport.h"
#include "domain/Clock.h"

namespace grapevine::store {

using domain::AdvocateKind;

AdvocateBulkEditor::AdvocateBulkEditor(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Status AdvocateBulkEditor::checkTag(const QString& tag)
{
    if (tag.trimmed().isEmpty())
        return Error {Error::Code::Invalid, tr("Type the name of the tag."), QStringLiteral("tag")};
    return {};
}

Status AdvocateBulkEditor::addTag(const QList<qint64>& ids, const QString& rawTag)
{
    if (Status valid = checkTag(rawTag); !valid)
        return valid;
    // Stored trimmed, as AdvocateStore stores the tags of one advocate.
    const QString tag = rawTag.trimmed();
    const QString doing = tr("Adding the tag \"%1\"").arg(tag);
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"));
    q.addBindValue(tag);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    q.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    q.addBindValue(tag);
    if (!q.exec() || !q.next())
        return storageError(q.lastError(), doing);
    const qint64 tagId = q.value(0).toLongLong();
    q.finish();

    const QList<qint64> targets = distinctIds(ids);
    // updated_at first, while "has it already" can still be told from the links.
    Status done = forEachIdChunk(m_db, targets,
        QStringLiteral("UPDATE advocates SET updated_at = max(?, updated_at + 1) WHERE id IN (%1) AND NOT EXISTS "
                       "(SELECT 1 FROM advocate_tags WHERE advocate_id = advocates.id AND tag_id = ?)"),
        {m_clock.nowSeconds()}, {tagId}, {}, doing);
    if (!done)
        return done;
    // Selecting from advocates skips ids that no longer exist instead of failing the foreign key.
    done = forEachIdChunk(m_db, targets,
        QStringLiteral("INSERT OR IGNORE INTO advocate_tags (advocate_id, tag_id) "
                       "SELECT id, ? FROM advocates WHERE id IN (%1)"),
        {tagId}, {}, {}, doing);
    if (!done)
        return done;
    // Nobody may have got it (all ids gone): an unused tag would clutter the tag filter.
    q.prepare(QStringLiteral("DELETE FROM tags WHERE id = ? AND NOT EXISTS "
                             "(SELECT 1 FROM advocate_tags WHERE tag_id = tags.id)"));
    q.addBindValue(tagId);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    return tx.commit();
}

Status AdvocateBulkEditor::removeTag(const QList<qint64>& ids, const QString& rawTag)
{
    if (Status valid = checkTag(rawTag); !valid)
        return valid;
    const QString tag = rawTag.trimmed();
    const QString doing = tr("Removing the tag \"%1\"").arg(tag);
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    q.addBindValue(tag);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    if (!q.next())
        return tx.commit(); // nobody has it: nothing to do
    const qint64 tagId = q.value(0).toLongLong();
    q.finish();

    const QList<qint64> targets = distinctIds(ids);
    Status done = forEachIdChunk(m_db, targets,
        QStringLiteral("UPDATE advocates SET updated_at = max(?, updated_at + 1) WHERE id IN (%1) AND EXISTS "
                       "(SELECT 1 FROM advocate_tags WHERE advocate_id = advocates.id AND tag_id = ?)"),
        {m_clock.nowSeconds()}, {tagId}, {}, doing);
    if (!done)
        return done;
    done = forEachIdChunk(m_db, targets,
        QStringLiteral("DELETE FROM advocate_tags WHERE tag_id = ? AND advocate_id IN (%1)"), {tagId}, {}, {}, doing);
    if (!done)
        return done;
    q.prepare(QStringLiteral("DELETE FROM tags WHERE id = ? AND NOT EXISTS "
                             "(SELECT 1 FROM advocate_tags WHERE tag_id = tags.id)"));
    q.addBindValue(tagId);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    return tx.commit();
}

Status AdvocateBulkEditor::setKindIn(const QList<qint64>& ids, AdvocateKind kind, qint64 now)
{
    const QString key = domain::toKey(kind);
    // "kind <> ?" leaves advocates that already have it as they are, updated_at included.
    return forEachIdChunk(m_db, ids,
        QStringLiteral(
            "UPDATE advocates SET kind = ?, updated_at = max(?, updated_at + 1) WHERE id IN (%1) AND kind <> ?"),
        {key, now}, {key}, {}, tr("Changing the kind of the advocates"));
}

Status AdvocateBulkEditor::setKind(const QList<qint64>& ids, AdvocateKind kind)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status done = setKindIn(distinctIds(ids), kind, m_clock.nowSeconds()); !done)
        return done;
    return tx.commit();
}

Status AdvocateBulkEditor::setKinds(const QHash<qint64, AdvocateKind>& kinds)
{
    // One statement per kind rather than one per advocate.
    std::map<AdvocateKind, QList<qint64>> byKind;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        byKind[it.value()] << it.key();
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    const qint64 now = m_clock.nowSeconds();
    for (const auto& [kind, ids] : byKind) {
        if (Status done = setKindIn(distinctIds(ids), kind, now); !done)
            return done;
    }
    return tx.commit();
}

Result<QHash<qint64, AdvocateKind>> AdvocateBulkEditor::kinds(const QList<qint64>& ids) const
{
    QHash<qint64, AdvocateKind> result;
    const QList<qint64> targets = distinctIds(ids);
    result.reserve(targets.size());
    const Status read = forEachIdChunk(
        m_db, targets, QStringLiteral("SELECT id, kind FROM advocates WHERE id IN (%1)"), {}, {},
        [&](QSqlQuery& q) -> Status {
            while (q.next()) {
                result.insert(q.value(0).toLongLong(),
                    domain::fromKey<AdvocateKind>(q.value(1).toString()).value_or(AdvocateKind::Other));
            }
            return {};
        },
        tr("Reading the kind of the advocates"));
    if (!read)
        return read.error();
    return result;
}

Result<QList<qint64>> AdvocateBulkEditor::idsWithTag(const QList<qint64>& ids, const QString& rawTag) const
{
    QList<qint64> result;
    if (rawTag.trimmed().isEmpty())
        return result;
    const Status read = forEachIdChunk(
        m_db, distinctIds(ids),
        QStringLiteral("SELECT at.advocate_id FROM advocate_tags at JOIN tags t ON t.id = at.tag_id "
                       "WHERE t.name = ? AND at.advocate_id IN (%1)"),
        {rawTag.trimmed()}, {},
        [&](QSqlQuery& q) -> Status {
            while (q.next())
                result << q.value(0).toLongLong();
            return {};
        },
        tr("Reading the tags of the advocates"));
    if (!read)
        return read.error();
    return distinctIds(result);
}

} // namespace grapevine::store
