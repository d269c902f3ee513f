// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Campaign.h"

#include <set>

namespace grapevine::domain {

namespace {

Error invalid(const QString& field, const QString& message)
{
    return Error {Error::Code::Invalid, message, field};
}

} // namespace

bool Campaign::offersIncentive() const
{
    return advocateReward.isIncentive() || friendReward.isIncentive() || !milestones.empty();
}

Status Campaign::validate() const
{
    if (name.trimmed().isEmpty())
        return invalid(QStringLiteral("name"), tr("Give the campaign a name."));
    if (startsOn.isValid() && endsOn.isValid() && endsOn < startsOn)
        return invalid(QStringLiteral("ends_on"), tr("The campaign must end on or after the day it starts."));
    const struct
    {
        const RewardOffer& offer;
        const char* field;
    } offers[] = {{advocateReward, "advocate_reward"}, {friendReward, "friend_reward"}};
    for (const auto& [offer, field] : offers) {
        if (offer.value < 0)
            return invalid(QString::fromLatin1(field), tr("A reward value cannot be negative."));
        if (offer.kind == RewardKind::PercentDiscount && offer.value > 10000)
            return invalid(QString::fromLatin1(field), tr("A percentage discount can be at most 100%."));
    }
    if (minOrderMinor < 0)
        return invalid(QStringLiteral("min_order"), tr("The minimum order value cannot be negative."));
    if (maxRewardsPerAdvocate && *maxRewardsPerAdvocate < 0)
        return invalid(QStringLiteral("max_rewards_per_advocate"), tr("The cap on rewards cannot be negative."));
    if (budgetMinor && *budgetMinor < 0)
        return invalid(QStringLiteral("budget"), tr("The budget cannot be negative."));
    if (holdDays < 0)
        return invalid(QStringLiteral("hold_days"), tr("The hold period cannot be negative."));
    if (attributionDays < 0)
        return invalid(QStringLiteral("attribution_days"), tr("The attribution window cannot be negative."));
    std::set<int> thresholds;
    for (const Milestone& m : milestones) {
        if (m.threshold < 1)
            return invalid(QStringLiteral("milestones"), tr("A milestone needs at least 1 converted referral."));
        if (m.kind == RewardKind::None)
            return invalid(QStringLiteral("milestones"), tr("A milestone needs a reward."));
        if (m.value < 0 || (m.kind == RewardKind::PercentDiscount && m.value > 10000))
            return invalid(QStringLiteral("milestones"), tr("A milestone reward value is out of range."));
        if (!thresholds.insert(m.threshold).second)
            return invalid(QStringLiteral("milestones"),
                tr("Two milestones are set at %Ln converted referral(s).", nullptr, m.threshold));
    }
    // Undisclosed incentives are deceptive (and unlawful in many places): an active campaign
    // that rewards anyone must say so.
    if (status == CampaignStatus::Active && offersIncentive() && disclosureText.trimmed().isEmpty())
        return invalid(QStringLiteral("disclosure_text"),
            tr("This campaign offers a reward, so it needs a disclosure text before it can be activated."));
    return {};
}

QString Campaign::statusName(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Draft:
        return tr("Draft");
    case CampaignStatus::Active:
        return tr("Active");
    case CampaignStatus::Paused:
        return tr("Paused");
    case CampaignStatus::Ended:
        return tr("Ended");
    }
    return {};
}

QString Campaign::rewardKindName(RewardKind kind)
{
    switch (kind) {
    case RewardKind::None:
        return tr("No reward");
    case RewardKind::Points:
        return tr("Points");
    case RewardKind::StoreCredit:
        return tr("Store credit");
    case RewardKind::PercentDiscount:
        return tr("Percentage discount");
    case RewardKind::FixedDiscount:
        return tr("Fixed discount");
    case RewardKind::Cash:
        return tr("Cash");
    case RewardKind::Gift:
        return tr("Gift");
    }
    return {};
}

} // namespace grapevine::domain
