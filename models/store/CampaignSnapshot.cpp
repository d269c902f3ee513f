// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignSnapshot.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include "CampaignStore.h"
#include "SqlSupport.h"

namespace grapevine::store {

using Rows = CampaignSnapshot::Rows;

namespace {

QString quoted(const QString& identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

/// The stored (not generated) columns of `table`, as table_xinfo tells them apart.
Result<QStringList> storedColumns(const QSqlDatabase& db, const QString& table, const QString& doing)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_xinfo(%1)").arg(quoted(table))))
        return storageError(q.lastError(), doing);
    QStringList columns;
    while (q.next()) {
        if (q.value(6).toInt() == 0)
            columns << q.value(1).toString();
    }
    return columns;
}

/// Reads the rows of `rows.table` whose `key` is `id`; `table` and `key` come from code.
Status readRows(
    const QSqlDatabase& db, Rows& rows, const QString& table, const QString& key, qint64 id, const QString& doing)
{
    rows.table = table;
    auto columns = storedColumns(db, table, doing);
    if (!columns)
        return columns.error();
    rows.columns = columns.value();
    QStringList names;
    for (const QString& c : std::as_const(rows.columns))
        names << quoted(c);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY id")
                  .arg(names.join(QLatin1String(", ")), quoted(table), quoted(key)));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    rows.values.clear();
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < rows.columns.size(); ++i)
            row << q.value(i);
        rows.values << row;
    }
    return {};
}

Status insertRows(const QSqlDatabase& db, const Rows& rows, const QString& doing)
{
    if (rows.values.isEmpty())
        return {};
    QStringList names;
    QStringList marks;
    for (const QString& c : rows.columns) {
        names << quoted(c);
        marks << QStringLiteral("?");
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(quoted(rows.table), names.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    for (const QVariantList& row : rows.values) {
        for (int i = 0; i < row.size(); ++i)
            q.bindValue(i, row.at(i));
        if (!q.exec())
            return storageError(q.lastError(), doing);
    }
    return {};
}

} // namespace

Result<CampaignSnapshot> CampaignSnapshot::capture(QSqlDatabase db, qint64 id)
{
    CampaignSnapshot snapshot;
    if (Status s = snapshot.collect(db, id); !s)
        return s.error();
    return snapshot;
}

Status CampaignSnapshot::collect(const QSqlDatabase& db, qint64 id)
{
    const QString doing = tr("Reading the campaign");
    m_id = id;
    if (Status s = readRows(db, m_campaign, QStringLiteral("campaigns"), QStringLiteral("id"), id, doing); !s)
        return s;
    if (m_campaign.values.isEmpty())
        return Error {Error::Code::NotFound, tr("The campaign no longer exists.")};
    const QString campaignId = QStringLiteral("campaign_id");
    if (Status s = readRows(db, m_milestones, QStringLiteral("campaign_milestones"), campaignId, id, doing); !s)
        return s;
    if (Status s = readRows(db, m_costs, QStringLiteral("campaign_costs"), campaignId, id, doing); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM mentions WHERE campaign_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    m_mentionIds.clear();
    while (q.next())
        m_mentionIds << q.value(0).toLongLong();
    return {};
}

Result<CampaignSnapshot> CampaignSnapshot::remove(QSqlDatabase db, const Clock& clock, qint64 id)
{
    WriteTransaction tx(db);
    if (!tx.started())
        return tx.startError();
    auto snapshot = capture(db, id);
    if (!snapshot)
        return snapshot.error();
    if (Status removed = CampaignStore(db, clock).remove(id); !removed)
        return removed.error();
    if (Status done = tx.commit(); !done)
        return done.error();
    return snapshot;
}

Status CampaignSnapshot::restore(QSqlDatabase db) const
{
    const QString doing = tr("Putting the campaign back");
    WriteTransaction tx(db);
    if (!tx.started())
        return tx.startError();
    for (const Rows* rows : {&m_campaign, &m_milestones, &m_costs}) {
        if (Status done = insertRows(db, *rows, doing); !done)
            return done;
    }
    // Only mentions that are still unlinked: one linked to another campaign since keeps it.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE mentions SET campaign_id = ? WHERE id = ? AND campaign_id IS NULL"));
    for (const qint64 mention : m_mentionIds) {
        q.bindValue(0, m_id);
        q.bindValue(1, mention);
        if (!q.exec())
            return storageError(q.lastError(), doing);
    }
    return tx.commit();
}

Status CampaignSnapshot::overwrite(QSqlDatabase db, const CampaignSnapshot* expected) const
{
    const QString doing = tr("Saving the campaign");
    if (m_campaign.values.isEmpty())
        return Error {Error::Code::NotFound, tr("The campaign no longer exists.")};
    WriteTransaction tx(db);
    if (!tx.started())
        return tx.startError();
    if (expected) {
        const QVariant stamp = expected->updatedAt();
        const QDateTime seen = stamp.isNull() ? QDateTime() : sql::toInstant(stamp);
        if (Status fresh = refuseIfChangedSince(db, QStringLiteral("campaigns"), m_id, seen, doing,
                tr("The campaign “%1” was changed elsewhere (in another Grapevine window) after this step, so "
                   "undoing or redoing it now would throw that change away. Nothing was changed; edit the "
                   "campaign by hand if needed.")
                    .arg(name()));
            !fresh)
            return fresh;
    }
    QStringList assignments;
    for (const QString& c : m_campaign.columns)
        assignments << quoted(c) + QStringLiteral(" = ?");
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE campaigns SET %1 WHERE id = ?").arg(assignments.join(QLatin1String(", "))));
    const QVariantList& row = m_campaign.values.first();
    for (int i = 0; i < row.size(); ++i)
        update.bindValue(i, row.at(i));
    update.bindValue(static_cast<int>(row.size()), m_id);
    if (!update.exec())
        return storageError(update.lastError(), doing);
    if (update.numRowsAffected() == 0)
        return Error {Error::Code::NotFound, tr("The campaign no longer exists.")};
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM campaign_milestones WHERE campaign_id = ?"));
    clear.addBindValue(m_id);
    if (!clear.exec())
        return storageError(clear.lastError(), doing);
    if (Status done = insertRows(db, m_milestones, doing); !done)
        return done;
    return tx.commit();
}

QString CampaignSnapshot::name() const
{
    const qsizetype index = m_campaign.columns.indexOf(QStringLiteral("name"));
    if (index < 0 || m_campaign.values.isEmpty())
        return {};
    return m_campaign.values.first().at(index).toString();
}

QVariant CampaignSnapshot::updatedAt() const
{
    const qsizetype index = m_campaign.columns.indexOf(QStringLiteral("updated_at"));
    if (index < 0 || m_campaign.values.isEmpty())
        return {};
    return m_campaign.values.first().at(index);
}

} // namespace grapevine::store
