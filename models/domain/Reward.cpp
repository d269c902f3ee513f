// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reward.h"

namespace grapevine::domain {

Status Reward::validate() const
{
    const auto invalid = [](const char* field, const QString& message) {
        return Error {Error::Code::Invalid, message, QString::fromLatin1(field)};
    };
    if (campaignId <= 0)
        return invalid("campaign", tr("A reward must belong to a campaign."));
    if (!referralId && !advocateId)
        return invalid("advocate", tr("A reward needs a referral or an advocate who receives it."));
    if (kind == RewardKind::None)
        return invalid("kind", tr("Choose what kind of reward this is."));
    if (value < 0)
        return invalid("value", tr("A reward value cannot be negative."));
    if (kind == RewardKind::PercentDiscount && value > 10000)
        return invalid("value", tr("A percentage discount can be at most 100%."));
    if (costMinor < 0)
        return invalid("cost", tr("The cost of a reward cannot be negative."));
    if (status == RewardStatus::Withheld && withheldReason.trimmed().isEmpty())
        return invalid("withheld_reason", tr("A withheld reward needs the reason it was withheld."));
    if (milestoneThreshold && *milestoneThreshold < 1)
        return invalid("milestone", tr("A milestone is reached after at least one converted referral."));
    return {};
}

QString Reward::sideName(RewardSide side)
{
    return side == RewardSide::Advocate ? tr("Advocate") : tr("Friend");
}

QString Reward::statusName(RewardStatus status)
{
    switch (status) {
    case RewardStatus::Pending:
        return tr("Pending");
    case RewardStatus::Approved:
        return tr("Approved");
    case RewardStatus::Issued:
        return tr("Issued");
    case RewardStatus::Voided:
        return tr("Voided");
    case RewardStatus::Reversed:
        return tr("Reversed");
    case RewardStatus::Withheld:
        return tr("Withheld");
    }
    return {};
}

QString LedgerEntry::kindName(LedgerEntryKind kind)
{
    switch (kind) {
    case LedgerEntryKind::Earn:
        return tr("Earned");
    case LedgerEntryKind::Approve:
        return tr("Approved");
    case LedgerEntryKind::Issue:
        return tr("Issued");
    case LedgerEntryKind::Void:
        return tr("Voided");
    case LedgerEntryKind::Reverse:
        return tr("Reversed");
    case LedgerEntryKind::Adjust:
        return tr("Adjusted");
    }
    return {};
}

} // namespace grapevine::domain
