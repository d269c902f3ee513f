// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "domain/Result.h"

namespace grapevine::store {

/// Everything a delete of some advocates removes or changes, copied column by column as stored,
/// so that undo puts the file back exactly: the advocates, their tags, the referrals they made
/// with their history and rewards, the rewards they receive, and the links the schema sets to
/// NULL (whom they referred, referrals where they are the friend, mentions). A delete command is
/// remove() (or capture() then removeCaptured()); its undo is restore(), its redo removeCaptured().
/// Rows are held compactly (about 100-250 bytes each); deleting 100,000 advocates of a
/// million-advocate file captures some 1.5 million rows in about 350 MB and takes a minute or so
/// each way, so large deletes belong off the GUI thread.
class AdvocateSnapshot final
{
    Q_DECLARE_TR_FUNCTIONS(AdvocateSnapshot)

public:
    /// Rows of one table as stored: the column names, then each row's values in that order,
    /// encoded compactly with their storage class (see AdvocateSnapshot.cpp).
    struct Rows
    {
        QString table;
        QStringList columns;
        std::vector<QByteArray> values;
    };

    AdvocateSnapshot() = default;

    /// Copies every row a delete of `advocateIds` would remove or change; ids of advocates that
    /// do not exist are left out.
    static Result<AdvocateSnapshot> capture(QSqlDatabase db, const QList<qint64>& advocateIds);
    /// capture() and removeCaptured() in one transaction, so nothing can change in between.
    static Result<AdvocateSnapshot> remove(QSqlDatabase db, const QList<qint64>& advocateIds);

    /// Deletes the captured advocates (the schema cascades to the rest) and the tags only they
    /// used. Refused, changing nothing, when rows were added or removed since the capture (an
    /// import on another connection added a referral, say), because undo could not bring them
    /// back.
    Status removeCaptured(QSqlDatabase db) const;
    /// Puts every captured row back with its id and values, in one transaction.
    Status restore(QSqlDatabase db) const;

    /// The advocates captured, sorted.
    const QList<qint64>& advocateIds() const { return m_advocateIds; }
    /// Rows held, over all tables.
    qsizetype rowCount() const;

private:
    Status collect(const QSqlDatabase& db, const QList<qint64>& advocateIds);
    Status removeAdvocates(const QSqlDatabase& db) const;
    bool sameRowsAs(const AdvocateSnapshot& other) const;
    std::vector<const Rows*> allRows() const;

    QList<qint64> m_advocateIds;
    // Removed by the delete; listed in an order in which they can be inserted back.
    Rows m_tags;
    Rows m_advocates;
    Rows m_advocateTags;
    Rows m_referrals;
    Rows m_history;
    Rows m_flags;
    Rows m_rewards;
    Rows m_entries; ///< the ledger entries of those rewards
    // Kept by the delete but changed by it: put back column by column after the inserts.
    Rows m_countedAdvocates; ///< whole rows of others whose counters triggers may change
    Rows m_referredBy; ///< (id, referred_by_id) of the people they referred: SET NULL
    Rows m_linkedReferrals; ///< (id, friend_id) of others' referrals where they are the friend: SET NULL
    Rows m_linkedMentions; ///< (id, advocate_id) of mentions linked to them: SET NULL
    Rows m_linkedDuplicates; ///< (id, duplicate_of_id) of others' referrals repeating theirs: SET NULL
};

} // namespace grapevine::store
