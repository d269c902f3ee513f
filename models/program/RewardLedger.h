// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "domain/Result.h"
#include "domain/Reward.h"

namespace grapevine {
class Clock;
}

namespace grapevine::program {

/// What a bulk ledger action did: how many rewards changed, and a sentence for each one it
/// left alone (still in its hold period, waiting for review, already issued…).
struct LedgerOutcome
{
    int changed = 0;
    QStringList skipped;
};

/// An advocate's points: what they hold now (issued, not reversed) and all they were ever issued.
struct PointsBalance
{
    qint64 current = 0;
    qint64 lifetime = 0;
};

/// The only way a stored reward changes: every change is a new ledger entry (earn, approve,
/// issue, void, reverse, adjust), written in the same transaction as the reward's new status,
/// so the reward always equals the sum of its entries. Nothing is edited or deleted.
class RewardLedger final
{
    Q_DECLARE_TR_FUNCTIONS(RewardLedger)

public:
    RewardLedger(QSqlDatabase db, const Clock& clock);

    /// Pending → approved, for each reward whose hold period is over and whose referral is not
    /// waiting for review; the others are listed in `skipped` with the reason.
    Result<LedgerOutcome> approve(const QList<qint64>& rewardIds, const QString& note = QString());
    /// Approved → issued, recording the payout reference.
    Result<LedgerOutcome> issue(const QList<qint64>& rewardIds, const QString& reference);
    /// Takes back a reward not yet issued (a mistake, a rejected referral).
    Status voidReward(qint64 rewardId, const QString& reason);
    /// Reverses a live reward (a refund). A reward is reversed at most once.
    Status reverse(qint64 rewardId, const QString& note);
    /// Corrects a live reward's value or cost by a signed amount (a percentage discount whose
    /// order became known, a gift that cost more).
    Status adjust(qint64 rewardId, qint64 valueDelta, qint64 costDeltaMinor, const QString& note);

    Result<PointsBalance> points(qint64 advocateId) const;
    /// Rewards whose value or cost differs from the sum of their entries; empty when the
    /// ledger and the rewards agree (they always should).
    Result<QList<qint64>> disagreements() const;

private:
    struct Current;
    Result<Current> read(qint64 rewardId) const;
    /// One transaction: appends a `kind` entry to each reward for which `whyNot` gives no
    /// reason (the reasons are the outcome's `skipped`), then moves their referrals along.
    Result<LedgerOutcome> applyToEach(const QList<qint64>& rewardIds, domain::LedgerEntryKind kind, const QString& note,
        const std::function<QString(const Current&)>& whyNot);
    struct Entry;
    /// One transaction for one reward: `decide` reads its current state and returns the entry
    /// to append, nothing (no change to record), or the error that refuses the change.
    Status applyToOne(qint64 rewardId, const std::function<Result<std::optional<Entry>>(const Current&)>& decide);
    Status append(qint64 rewardId, domain::LedgerEntryKind kind, qint64 value, qint64 costMinor, const QString& note);

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace grapevine::program
