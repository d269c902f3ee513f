// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralWorkflow.h"

#include <algorithm>

#include <QLocale>
#include <QSqlQuery>

#include "FraudCheck.h"
#include "RewardLedger.h"
#include "domain/Campaign.h"
#include "domain/Clock.h"
#include "domain/Email.h"
#include "domain/Money.h"
#include "domain/ReferralCode.h"
#include "rules/ReferralTransitions.h"
#include "rules/RewardCost.h"
#include "store/CampaignStore.h"
#include "store/ReferralStore.h"
#include "store/RewardStore.h"
#include "store/SettingsStore.h"
#include "store/SqlSupport.h"

namespace grapevine::program {

using domain::Campaign;
using domain::Referral;
using domain::ReferralStatus;
using domain::Reward;
using domain::RewardStatus;

namespace {

constexpr qint64 kDay = 24 * 3600;

QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

bool isConverted(ReferralStatus s)
{
    return s == ReferralStatus::Converted || s == ReferralStatus::Approved || s == ReferralStatus::Rewarded;
}

QString formatDate(qint64 secs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

ReferralWorkflow::ReferralWorkflow(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Result<std::optional<qint64>> ReferralWorkflow::referrerForCode(const QString& code) const
{
    const QString normal = domain::ReferralCode::normalise(code);
    if (normal.isEmpty())
        return std::optional<qint64>();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM advocates WHERE referral_code = ? AND status <> 'erased'"));
    q.addBindValue(normal);
    if (!q.exec())
        return store::storageError(q.lastError(), tr("Looking up the referral code"));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<StepResult> ReferralWorkflow::record(const ReferralDraft& draft)
{
    store::WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    const Result<Campaign> campaign = store::CampaignStore(m_db, m_clock).get(draft.campaignId);
    if (!campaign)
        return Error {
            Error::Code::Invalid, tr("Choose the campaign this referral belongs to."), QStringLiteral("campaign")};

    StepResult result;
    Referral r;
    r.campaignId = draft.campaignId;
    r.code = domain::ReferralCode::normalise(draft.code);
    if (!r.code.isEmpty()) {
        const Result<std::optional<qint64>> owner = referrerForCode(r.code);
        if (!owner)
            return owner.error();
        if (!owner.value())
            return Error {
                Error::Code::Invalid, tr("No advocate has the referral code %1.").arg(r.code), QStringLiteral("code")};
        r.referrerId = *owner.value();
        if (draft.referrerId && *draft.referrerId != r.referrerId)
            result.notices << tr("The code %1 belongs to another advocate, so the referral is credited to them: the "
                                 "code decides who referred.")
                                  .arg(r.code);
    } else if (draft.referrerId) {
        r.referrerId = *draft.referrerId;
    } else {
        return Error {Error::Code::Invalid, tr("Choose who made the referral, or enter the code the friend used."),
            QStringLiteral("referrer")};
    }
    r.friendId = draft.friendId;
    r.friendName = draft.friendName.trimmed();
    r.friendEmail = draft.friendEmail.trimmed();
    r.friendPhone = draft.friendPhone.trimmed();
    r.friendAddress = draft.friendAddress.trimmed();
    if (r.friendId && (r.friendName.isEmpty() || r.friendEmail.isEmpty())) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT trim(first_name || ' ' || last_name), email FROM advocates WHERE id = ?"));
        q.addBindValue(*r.friendId);
        if (q.exec() && q.next()) {
            if (r.friendName.isEmpty())
                r.friendName = q.value(0).toString();
            if (r.friendEmail.isEmpty())
                r.friendEmail = q.value(1).toString();
        }
    }
    r.channel = draft.channel;
    r.notes = draft.notes;
    r.status = ReferralStatus::Pending;
    r.createdAt = draft.createdAt.isValid() ? draft.createdAt : m_clock.nowUtc();
    if (Status valid = r.validate(); !valid)
        return valid.error();
    if (r.code.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT referral_code FROM advocates WHERE id = ?"));
        q.addBindValue(r.referrerId);
        if (q.exec() && q.next())
            r.code = q.value(0).toString();
    }

    if (Status s = findDuplicate(r, campaign.value().attributionDays); !s)
        return s.error();
    if (r.isDuplicate())
        result.notices << r.duplicateReason;

    const Result<std::vector<domain::FraudFlag>> flags = FraudCheck(m_db).check(r);
    if (!flags)
        return flags.error();
    result.flags = flags.value();
    const QDateTime now = m_clock.nowUtc();
    for (domain::FraudFlag& f : result.flags)
        f.flaggedAt = now;
    if (!result.flags.empty()) {
        r.reviewState = domain::ReviewState::Flagged;
        result.notices << tr("Flagged for review: %1").arg(result.flags.front().reason);
    }

    store::ReferralStore referrals(m_db, m_clock);
    if (Status s = referrals.create(r); !s)
        return s.error();
    if (Status s = referrals.addFlags(r.id, result.flags); !s)
        return s.error();
    if (Status done = tx.commit(); !done)
        return done.error();
    result.referral = r;
    return result;
}

Status ReferralWorkflow::findDuplicate(Referral& r, int attributionDays) const
{
    QString norm = domain::Email::normalise(r.friendEmail);
    QSqlQuery q(m_db);
    if (norm.isEmpty() && r.friendId) {
        q.prepare(QStringLiteral("SELECT coalesce(email_norm, '') FROM advocates WHERE id = ?"));
        q.addBindValue(*r.friendId);
        if (q.exec() && q.next())
            norm = q.value(0).toString();
        q.finish();
    }
    if (norm.isEmpty() && !r.friendId)
        return {}; // a name alone identifies nobody
    // The earliest referral of the same friend in the campaign that still counts: one already
    // credited (converted or beyond), or one made within the attribution window before this.
    q.prepare(QStringLiteral(
        "SELECT r.id, r.created_at, r.status, r.referrer_id, "
        "coalesce(nullif(trim(a.first_name || ' ' || a.last_name), ''), a.email) "
        "FROM referrals r JOIN advocates a ON a.id = r.referrer_id "
        "WHERE r.campaign_id = :campaign AND r.id <> :id AND r.duplicate_of_id IS NULL AND r.duplicate_reason = '' "
        "AND r.status NOT IN ('rejected', 'reversed') "
        "AND ((:friend IS NOT NULL AND r.friend_id = :friend) OR (:norm IS NOT NULL AND r.friend_email_norm = :norm)) "
        "AND r.created_at <= :at "
        "AND (r.status IN ('converted', 'approved', 'rewarded') OR :window = 0 OR r.created_at >= :at - :window * "
        "86400) "
        "ORDER BY r.created_at, r.id LIMIT 1"));
    q.bindValue(QStringLiteral(":campaign"), r.campaignId);
    q.bindValue(QStringLiteral(":id"), r.id);
    q.bindValue(QStringLiteral(":friend"), store::sql::nullable(r.friendId));
    q.bindValue(QStringLiteral(":norm"), nullableText(norm));
    q.bindValue(QStringLiteral(":at"), r.createdAt.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":window"), attributionDays);
    if (!q.exec())
        return store::storageError(q.lastError(), tr("Checking who the friend is credited to"));
    if (!q.next())
        return {};
    const QString friendName = r.friendName.isEmpty() ? norm : r.friendName;
    r.duplicateOfId = q.value(0).toLongLong();
    const QString when = formatDate(q.value(1).toLongLong());
    const ReferralStatus firstStatus
        = domain::fromKey<ReferralStatus>(q.value(2).toString()).value_or(ReferralStatus::Pending);
    const QString firstReferrer = q.value(4).toString();
    if (q.value(3).toLongLong() == r.referrerId)
        r.duplicateReason = tr("Duplicate: %1 was already referred by the same advocate on %2.").arg(friendName, when);
    else if (isConverted(firstStatus))
        r.duplicateReason = tr("Duplicate: %1 is already credited to %2 (referred on %3); a friend counts for one "
                               "referrer per campaign.")
                                .arg(friendName, firstReferrer, when);
    else
        r.duplicateReason = tr("Duplicate: %1 was first referred by %2 on %3, within the %Ln-day attribution window; "
                               "the first referral gets the credit.",
            nullptr, attributionDays)
                                .arg(friendName, firstReferrer, when);
    return {};
}

Result<StepResult> ReferralWorkflow::changeStatus(qint64 referralId, ReferralStatus to, const QString& note,
    const std::function<Status(Referral&, StepResult&)>& before,
    const std::function<Status(Referral&, StepResult&)>& after)
{
    store::WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    store::ReferralStore referrals(m_db, m_clock);
    Result<Referral> read = referrals.get(referralId);
    if (!read)
        return read.error();
    Referral r = read.value();
    if (Status allowed = rules::ReferralTransitions::check(r.status, to); !allowed) {
        Error e = allowed.error();
        e.relatedId = referralId;
        return e;
    }
    StepResult result;
    if (before) {
        if (Status s = before(r, result); !s)
            return s.error();
    }
    r.status = to;
    if (Status s = referrals.update(r, note.trimmed()); !s)
        return s.error();
    if (after) {
        if (Status s = after(r, result); !s)
            return s.error();
    }
    // What `after` changed (rewards moving the referral along) is read back.
    read = referrals.get(referralId);
    if (!read)
        return read.error();
    if (Status done = tx.commit(); !done)
        return done.error();
    result.referral = read.value();
    return result;
}

Result<StepResult> ReferralWorkflow::markSignedUp(qint64 referralId, const QString& note)
{
    return changeStatus(referralId, ReferralStatus::SignedUp, note, nullptr,
        [this](Referral& r, StepResult& result) { return grantRewards(r, result); });
}

Result<StepResult> ReferralWorkflow::convert(
    qint64 referralId, qint64 orderValueMinor, const QString& orderReference, const QString& note)
{
    if (orderValueMinor < 0)
        return Error {Error::Code::Invalid, tr("The order value cannot be negative."), QStringLiteral("order_value")};
    return changeStatus(
        referralId, ReferralStatus::Converted, note,
        [&](Referral& r, StepResult&) {
            r.orderValueMinor = orderValueMinor;
            if (!orderReference.trimmed().isEmpty())
                r.orderReference = orderReference.trimmed();
            // Bought without signing up first: the sign-up happened with the purchase.
            if (!r.signedUpAt.isValid())
                r.signedUpAt = m_clock.nowUtc();
            return Status();
        },
        [this](Referral& r, StepResult& result) { return grantRewards(r, result); });
}

Result<StepResult> ReferralWorkflow::approve(qint64 referralId, const QString& note)
{
    return changeStatus(
        referralId, ReferralStatus::Approved, note,
        [](Referral& r, StepResult&) -> Status {
            if (r.reviewState == domain::ReviewState::Flagged)
                return Error {Error::Code::Invalid,
                    tr("This referral is waiting for review: let it through in the review queue first."),
                    QStringLiteral("review"), r.id};
            return {};
        },
        [this](Referral& r, StepResult& result) -> Status {
            const Result<std::vector<Reward>> rewards = store::RewardStore(m_db, m_clock).listForReferral(r.id);
            if (!rewards)
                return rewards.error();
            QList<qint64> pending;
            for (const Reward& w : rewards.value()) {
                if (w.status == RewardStatus::Pending)
                    pending << w.id;
            }
            if (pending.isEmpty())
                return {};
            const Result<LedgerOutcome> outcome = RewardLedger(m_db, m_clock).approve(pending);
            if (!outcome)
                return outcome.error();
            result.notices << outcome.value().skipped;
            return {};
        });
}

Result<StepResult> ReferralWorkflow::reject(qint64 referralId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error {
            Error::Code::Invalid, tr("Say why the referral is rejected."), QStringLiteral("rejection_reason")};
    return changeStatus(
        referralId, ReferralStatus::Rejected, reason,
        [&](Referral& r, StepResult&) {
            r.rejectionReason = reason.trimmed();
            return Status();
        },
        [this, reason](Referral& r, StepResult& result) { return endRewards(r.id, false, reason, result); });
}

Result<StepResult> ReferralWorkflow::reverse(qint64 referralId, const QString& note)
{
    const QString why = note.trimmed().isEmpty() ? tr("Refund") : note.trimmed();
    return changeStatus(referralId, ReferralStatus::Reversed, why, nullptr,
        [this, why](Referral& r, StepResult& result) { return endRewards(r.id, true, why, result); });
}

Result<StepResult> ReferralWorkflow::reopen(qint64 referralId, const QString& note)
{
    return changeStatus(
        referralId, ReferralStatus::Pending, note,
        [](Referral& r, StepResult&) {
            r.rejectionReason.clear();
            r.rejectedAt = QDateTime();
            return Status();
        },
        nullptr);
}

Status ReferralWorkflow::endRewards(qint64 referralId, bool refund, const QString& note, StepResult& result)
{
    const Result<std::vector<Reward>> rewards = store::RewardStore(m_db, m_clock).listForReferral(referralId);
    if (!rewards)
        return rewards.error();
    RewardLedger ledger(m_db, m_clock);
    int ended = 0;
    for (const Reward& w : rewards.value()) {
        if (!w.isLive())
            continue;
        if (Status s = refund ? ledger.reverse(w.id, note) : ledger.voidReward(w.id, note); !s)
            return s;
        ++ended;
    }
    if (ended > 0)
        result.notices << (refund ? tr("%Ln reward(s) reversed.", nullptr, ended)
                                  : tr("%Ln reward(s) voided.", nullptr, ended));
    return {};
}

Status ReferralWorkflow::grantRewards(Referral& r, StepResult& result)
{
    const Result<Campaign> read = store::CampaignStore(m_db, m_clock).get(r.campaignId);
    if (!read)
        return read.error();
    const Campaign& campaign = read.value();
    const bool signUpStep = r.status == ReferralStatus::SignedUp;
    if (signUpStep && campaign.trigger != domain::RewardTrigger::SignUp)
        return {}; // rewards wait for the first purchase
    if (r.isDuplicate()) {
        result.notices << tr("No rewards: %1").arg(r.duplicateReason);
        return {};
    }

    store::RewardStore rewards(m_db, m_clock);
    const Result<std::vector<Reward>> existing = rewards.listForReferral(r.id);
    if (!existing)
        return existing.error();
    const bool alreadyGranted = !existing.value().empty();

    const Result<domain::BusinessSettings> settings = store::SettingsStore(m_db).load();
    if (!settings)
        return settings.error();
    const QString currency = settings.value().currency;
    const auto money = [&](qint64 minor) { return domain::Money(minor, currency).format(); };
    const QDateTime now = m_clock.nowUtc();

    // Reasons that withhold both sides.
    QString withheld;
    if (campaign.trigger == domain::RewardTrigger::FirstPurchase && campaign.minOrderMinor > 0
        && r.orderValueMinor.value_or(0) < campaign.minOrderMinor) {
        withheld = tr("The order of %1 is below the campaign's minimum of %2.")
                       .arg(money(r.orderValueMinor.value_or(0)), money(campaign.minOrderMinor));
    } else if (campaign.newCustomersOnly) {
        const Result<bool> customer = FraudCheck(m_db).friendWasCustomer(r);
        if (!customer)
            return customer.error();
        if (customer.value())
            withheld = tr("The friend was already a customer, and the campaign rewards new customers only.");
    }
    if (withheld.isEmpty() && campaign.attributionDays > 0) {
        const qint64 days = r.createdAt.secsTo(now) / kDay;
        if (days > campaign.attributionDays)
            withheld = tr("The friend %1 %Ln day(s) after the referral, outside the campaign's %2-day attribution "
                          "window.",
                nullptr, static_cast<int>(days))
                           .arg(signUpStep ? tr("signed up") : tr("bought"))
                           .arg(campaign.attributionDays);
    }

    QSqlQuery q(m_db);
    const auto committed = [&]() -> Result<qint64> {
        q.prepare(QStringLiteral("SELECT coalesce(sum(cost_minor), 0) FROM rewards WHERE campaign_id = ? "
                                 "AND status IN ('pending', 'approved', 'issued')"));
        q.addBindValue(campaign.id);
        if (!q.exec() || !q.next())
            return store::storageError(q.lastError(), tr("Reading the campaign's budget"));
        const qint64 sum = q.value(0).toLongLong();
        q.finish();
        return sum;
    };
    const auto overBudget = [&](qint64 cost) -> Result<QString> {
        if (!campaign.budgetMinor)
            return QString();
        const Result<qint64> spent = committed();
        if (!spent)
            return spent.error();
        if (spent.value() + cost <= *campaign.budgetMinor)
            return QString();
        return tr("This reward (%1) would take the campaign over its budget of %2; %3 is already committed.")
            .arg(money(cost), money(*campaign.budgetMinor), money(spent.value()));
    };
    const auto write = [&](Reward w, const QString& reason) -> Status {
        w.campaignId = campaign.id;
        if (reason.isEmpty()) {
            w.status = RewardStatus::Pending;
            w.dueAt = now.addSecs(qint64(campaign.holdDays) * kDay);
        } else {
            w.status = RewardStatus::Withheld;
            w.withheldReason = reason;
            result.notices << tr("Reward withheld: %1").arg(reason);
        }
        if (Status s = rewards.create(w); !s)
            return s;
        result.rewards.push_back(w);
        return {};
    };

    if (!alreadyGranted) {
        if (campaign.advocateReward.isIncentive()) {
            Reward w;
            w.referralId = r.id;
            w.advocateId = r.referrerId;
            w.side = domain::RewardSide::Advocate;
            w.kind = campaign.advocateReward.kind;
            w.value = campaign.advocateReward.value;
            w.description = campaign.advocateReward.description;
            w.costMinor = rules::rewardCostMinor(w.kind, w.value, r.orderValueMinor, settings.value().pointValueMinor);
            QString reason = withheld;
            if (reason.isEmpty() && campaign.maxRewardsPerAdvocate) {
                q.prepare(QStringLiteral("SELECT count(*) FROM rewards WHERE campaign_id = ? AND advocate_id = ? "
                                         "AND side = 'advocate' AND referral_id IS NOT NULL "
                                         "AND status IN ('pending', 'approved', 'issued')"));
                q.addBindValue(campaign.id);
                q.addBindValue(r.referrerId);
                if (!q.exec() || !q.next())
                    return store::storageError(q.lastError(), tr("Counting the advocate's rewards"));
                const qint64 given = q.value(0).toLongLong();
                q.finish();
                if (given >= *campaign.maxRewardsPerAdvocate)
                    reason = tr("The advocate already has %Ln reward(s) from this campaign, the most it gives one "
                                "advocate.",
                        nullptr, static_cast<int>(given));
            }
            if (reason.isEmpty()) {
                const Result<QString> budget = overBudget(w.costMinor);
                if (!budget)
                    return budget.error();
                reason = budget.value();
            }
            if (Status s = write(w, reason); !s)
                return s;
        }
        if (campaign.friendReward.isIncentive()) {
            Reward w;
            w.referralId = r.id;
            w.advocateId = r.friendId;
            w.side = domain::RewardSide::Friend;
            w.kind = campaign.friendReward.kind;
            w.value = campaign.friendReward.value;
            w.description = campaign.friendReward.description;
            w.costMinor = rules::rewardCostMinor(w.kind, w.value, r.orderValueMinor, settings.value().pointValueMinor);
            QString reason = withheld;
            if (reason.isEmpty()) {
                const Result<QString> budget = overBudget(w.costMinor);
                if (!budget)
                    return budget.error();
                reason = budget.value();
            }
            if (Status s = write(w, reason); !s)
                return s;
        }
    }

    // The ladder counts converted referrals, so only a conversion can reach a step.
    if (r.status != ReferralStatus::Converted || campaign.milestones.empty())
        return {};
    q.prepare(QStringLiteral("SELECT count(*) FROM referrals WHERE campaign_id = ? AND referrer_id = ? "
                             "AND status IN ('converted', 'approved', 'rewarded') AND duplicate_of_id IS NULL "
                             "AND duplicate_reason = ''"));
    q.addBindValue(campaign.id);
    q.addBindValue(r.referrerId);
    if (!q.exec() || !q.next())
        return store::storageError(q.lastError(), tr("Counting the advocate's conversions"));
    const qint64 converted = q.value(0).toLongLong();
    q.finish();
    for (const domain::Milestone& m : campaign.milestones) {
        if (m.threshold > converted)
            continue;
        q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM rewards WHERE campaign_id = ? AND advocate_id = ? "
                                 "AND milestone_threshold = ? AND status NOT IN ('voided', 'reversed'))"));
        q.addBindValue(campaign.id);
        q.addBindValue(r.referrerId);
        q.addBindValue(m.threshold);
        if (!q.exec() || !q.next())
            return store::storageError(q.lastError(), tr("Reading the milestone rewards"));
        const bool reached = q.value(0).toBool();
        q.finish();
        if (reached)
            continue;
        Reward w;
        w.advocateId = r.referrerId;
        w.side = domain::RewardSide::Advocate;
        w.kind = m.kind;
        w.value = m.value;
        w.milestoneThreshold = m.threshold;
        w.description = m.description.isEmpty() ? tr("Milestone: %Ln converted referral(s)", nullptr, m.threshold)
                                                : m.description;
        w.costMinor = rules::rewardCostMinor(w.kind, w.value, r.orderValueMinor, settings.value().pointValueMinor);
        const Result<QString> budget = overBudget(w.costMinor);
        if (!budget)
            return budget.error();
        if (Status s = write(w, budget.value()); !s)
            return s;
    }
    return {};
}

Result<int> ReferralWorkflow::clearReview(const QList<qint64>& referralIds, const QString& note)
{
    store::WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE referrals SET review_state = 'reviewed', reviewed_at = :now, review_note = :note, "
                             "updated_at = max(:now, updated_at + 1) WHERE id = :id AND review_state = 'flagged'"));
    int cleared = 0;
    for (const qint64 id : referralIds) {
        q.bindValue(QStringLiteral(":now"), m_clock.nowUtc().toSecsSinceEpoch());
        q.bindValue(QStringLiteral(":note"),
            store::sql::text(note.trimmed().isEmpty() ? tr("Let through after review") : note.trimmed()));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return store::storageError(q.lastError(), tr("Recording the review"));
        cleared += q.numRowsAffected();
    }
    if (Status done = tx.commit(); !done)
        return done.error();
    return cleared;
}

Result<int> ReferralWorkflow::rejectInReview(const QList<qint64>& referralIds, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error {
            Error::Code::Invalid, tr("Say why the referrals are rejected."), QStringLiteral("rejection_reason")};
    store::WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    int rejected = 0;
    QSqlQuery q(m_db);
    for (const qint64 id : referralIds) {
        const Result<StepResult> step = reject(id, reason);
        if (!step)
            return step.error();
        q.prepare(QStringLiteral("UPDATE referrals SET review_state = 'reviewed', reviewed_at = :now, "
                                 "review_note = :note WHERE id = :id"));
        q.bindValue(QStringLiteral(":now"), m_clock.nowUtc().toSecsSinceEpoch());
        q.bindValue(QStringLiteral(":note"), tr("Rejected after review: %1").arg(reason.trimmed()));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return store::storageError(q.lastError(), tr("Recording the review"));
        ++rejected;
    }
    if (Status done = tx.commit(); !done)
        return done.error();
    return rejected;
}

Status ReferralWorkflow::followRewards(const QSqlDatabase& db, const Clock& clock, qint64 referralId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT sum(status = 'pending'), sum(status = 'approved'), sum(status = 'issued') "
                             "FROM rewards WHERE referral_id = ?"));
    q.addBindValue(referralId);
    if (!q.exec() || !q.next())
        return store::storageError(q.lastError(), tr("Reading the referral's rewards"));
    const qint64 pending = q.value(0).toLongLong();
    const qint64 approved = q.value(1).toLongLong();
    const qint64 issued = q.value(2).toLongLong();
    q.finish();

    store::ReferralStore referrals(db, clock);
    Result<Referral> read = referrals.get(referralId);
    if (!read)
        return read.error();
    Referral r = read.value();
    if (r.status == ReferralStatus::Converted && approved + issued > 0) {
        r.status = ReferralStatus::Approved;
        if (Status s = referrals.update(r, tr("A reward was approved")); !s)
            return s;
    }
    if (r.status == ReferralStatus::Approved && pending + approved == 0 && issued > 0) {
        r.status = ReferralStatus::Rewarded;
        if (Status s = referrals.update(r, tr("Every reward was issued")); !s)
            return s;
    }
    return {};
}

} // namespace grapevine::program
