// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include "domain/Result.h"

namespace grapevine {
class Clock;
}

namespace grapevine::store {

/// One campaign as stored, column by column, with what goes or changes when it is deleted:
/// its milestones and recorded costs, and the mentions linked to it (the schema sets their
/// link to NULL). Copied as stored rather than as domain::Campaign, so undo puts back the
/// exact timestamps and ids, and columns a later schema adds come back too.
class CampaignSnapshot final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignSnapshot)

public:
    /// Rows of one table: the column names, then each row's values in that order.
    struct Rows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> values;
    };

    CampaignSnapshot() = default;

    /// Copies campaign `id` with its milestones, costs and linked mentions.
    static Result<CampaignSnapshot> capture(QSqlDatabase db, qint64 id);
    /// capture() and CampaignStore::remove() in one transaction, so nothing changes in between.
    /// A campaign with referrals or rewards is refused (Error::Code::InUse), changing nothing.
    static Result<CampaignSnapshot> remove(QSqlDatabase db, const Clock& clock, qint64 id);

    /// Puts a removed campaign back with every captured row, ids included, in one transaction.
    Status restore(QSqlDatabase db) const;
    /// Writes the captured campaign row and milestones over the stored ones (costs and mentions
    /// are left alone): both sides of an edit, for undo and redo. With `expected` (the side the
    /// undo step left), refuses with Stale, changing nothing, when the campaign was saved
    /// elsewhere since, rather than undo that save.
    Status overwrite(QSqlDatabase db, const CampaignSnapshot* expected = nullptr) const;

    qint64 campaignId() const { return m_id; }
    /// The campaign's name as captured, for the undo history.
    QString name() const;
    /// The captured `updated_at`, as stored (seconds since the epoch); null when not captured.
    QVariant updatedAt() const;

private:
    Status collect(const QSqlDatabase& db, qint64 id);

    qint64 m_id = 0;
    Rows m_campaign;
    Rows m_milestones;
    Rows m_costs;
    QList<qint64> m_mentionIds;
};

} // namespace grapevine::store
