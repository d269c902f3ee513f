// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QSqlDatabase>

#include "domain/Result.h"
#include "domain/Reward.h"

namespace grapevine {
class Clock;
}

namespace grapevine::store {

/// Reads rewards and their ledger entries, and records rewards that already happened (an
/// import, a hand-entered past reward). Changes to a stored reward go through RewardLedger,
/// which appends entries: a reward is never edited or deleted on its own.
class RewardStore final
{
    Q_DECLARE_TR_FUNCTIONS(RewardStore)

public:
    RewardStore(QSqlDatabase db, const Clock& clock);

    /// Stores a new reward with the ledger entries its status implies (earn, then approve,
    /// issue, void or reverse as dated on it); fills in id and timestamps.
    Status create(domain::Reward& reward);
    Result<domain::Reward> get(qint64 id) const;
    /// The reward's ledger entries, oldest first.
    Result<std::vector<domain::LedgerEntry>> entries(qint64 rewardId) const;
    /// The rewards promised for one referral (both sides), oldest first.
    Result<std::vector<domain::Reward>> listForReferral(qint64 referralId) const;
    /// The rewards an advocate receives, oldest first.
    Result<std::vector<domain::Reward>> listForAdvocate(qint64 advocateId) const;

    /// Writes the entries implied by status and dates for every reward with id ≥ fromRewardId
    /// that has none yet (bulk writers such as the demo generator call it once at the end).
    static Status writeEntriesImpliedByStatus(const QSqlDatabase& db, qint64 fromRewardId);

private:
    Status validateForSave(const domain::Reward& reward) const;
    Result<std::vector<domain::Reward>> list(const QString& where, qint64 id) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace grapevine::store
