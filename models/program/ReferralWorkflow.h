// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "domain/Referral.h"
#include "domain/Result.h"
#include "domain/Reward.h"

namespace grapevine {
class Clock;
}

namespace grapevine::program {

/// A referral as a person enters it: the campaign, who referred (or just the code the friend
/// used) and who the friend is.
struct ReferralDraft
{
    qint64 campaignId = 0;
    std::optional<qint64> referrerId; ///< as chosen; the code wins when both are given
    QString code; ///< the referral code the friend used
    std::optional<qint64> friendId; ///< an existing advocate
    QString friendName;
    QString friendEmail;
    QString friendPhone;
    QString friendAddress;
    domain::ReferralChannel channel = domain::ReferralChannel::Other;
    QString notes;
    QDateTime createdAt; ///< invalid: now
};

/// What one step did, for the user to read: the referral as it now is, flags it got, rewards
/// it created (pending, or withheld with the reason) and sentences worth showing.
struct StepResult
{
    domain::Referral referral;
    std::vector<domain::FraudFlag> flags;
    std::vector<domain::Reward> rewards;
    QStringList notices;
};

/// Runs referrals through the pipeline with the same rules wherever they are used (the
/// Referrals page, quick entry, imports):
///   * attribution: the code decides the referrer; a friend is credited to one referrer per
///     campaign — the first referral within the attribution window (or one already credited)
///     wins, later ones are recorded as duplicates with the reason and earn nothing;
///   * fraud checks flag for review (FraudCheck), never block; rewards of a flagged referral
///     wait until a person has reviewed it;
///   * reaching the campaign's trigger creates the rewards of both sides as pending, or as
///     withheld with the reason (minimum order, new customers only, attribution window,
///     per-advocate cap, budget), and the milestone rewards the referrer has reached;
///   * status changes follow ReferralTransitions; rejecting voids, a refund reverses, once.
/// Each call is one transaction.
class ReferralWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(ReferralWorkflow)

public:
    ReferralWorkflow(QSqlDatabase db, const Clock& clock);

    Result<StepResult> record(const ReferralDraft& draft);
    Result<StepResult> markSignedUp(qint64 referralId, const QString& note = QString());
    /// The friend's first purchase; the order value decides the minimum-order rule and the
    /// cost of a percentage discount.
    Result<StepResult> convert(qint64 referralId, qint64 orderValueMinor, const QString& orderReference = QString(),
        const QString& note = QString());
    /// Confirms a converted referral and approves those of its rewards whose hold is over.
    Result<StepResult> approve(qint64 referralId, const QString& note = QString());
    Result<StepResult> reject(qint64 referralId, const QString& reason);
    /// A refund: the referral and every live reward of it are reversed. Refused the second time.
    Result<StepResult> reverse(qint64 referralId, const QString& note);
    Result<StepResult> reopen(qint64 referralId, const QString& note = QString());

    /// The review queue: let flagged referrals through, or reject them, in bulk.
    Result<int> clearReview(const QList<qint64>& referralIds, const QString& note = QString());
    Result<int> rejectInReview(const QList<qint64>& referralIds, const QString& reason);

    /// The advocate who owns `code`, if any.
    Result<std::optional<qint64>> referrerForCode(const QString& code) const;

    /// Moves a referral along when its rewards moved: approved once a reward is approved,
    /// rewarded once every live reward is issued. Called by RewardLedger in its transaction.
    static Status followRewards(const QSqlDatabase& db, const Clock& clock, qint64 referralId);

private:
    Result<StepResult> changeStatus(qint64 referralId, domain::ReferralStatus to, const QString& note,
        const std::function<Status(domain::Referral&, StepResult&)>& before,
        const std::function<Status(domain::Referral&, StepResult&)>& after);
    Status findDuplicate(domain::Referral& referral, int attributionDays) const;
    Status grantRewards(domain::Referral& referral, StepResult& result);
    Status endRewards(qint64 referralId, bool refund, const QString& note, StepResult& result);

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace grapevine::program
