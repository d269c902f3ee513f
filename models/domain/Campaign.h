// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include "EnumKeys.h"
#include "Result.h"

namespace grapevine::domain {

enum class CampaignStatus {
    Draft,
    Active,
    Paused,
    Ended
};

enum class RewardKind {
    None,
    Points,
    StoreCredit,
    PercentDiscount,
    FixedDiscount,
    Cash,
    Gift
};

enum class RewardTrigger {
    SignUp,
    FirstPurchase
};

template <>
struct EnumKeys<CampaignStatus>
{
    static constexpr std::pair<CampaignStatus, const char*> table[] = {{CampaignStatus::Draft, "draft"},
        {CampaignStatus::Active, "active"}, {CampaignStatus::Paused, "paused"}, {CampaignStatus::Ended, "ended"}};
};

template <>
struct EnumKeys<RewardKind>
{
    static constexpr std::pair<RewardKind, const char*> table[]
        = {{RewardKind::None, "none"}, {RewardKind::Points, "points"}, {RewardKind::StoreCredit, "store_credit"},
            {RewardKind::PercentDiscount, "percent_discount"}, {RewardKind::FixedDiscount, "fixed_discount"},
            {RewardKind::Cash, "cash"}, {RewardKind::Gift, "gift"}};
};

template <>
struct EnumKeys<RewardTrigger>
{
    static constexpr std::pair<RewardTrigger, const char*> table[]
        = {{RewardTrigger::SignUp, "signup"}, {RewardTrigger::FirstPurchase, "first_purchase"}};
};

/// What one side of a referral earns. `value` is points for Points, basis points (1/100 %) for
/// PercentDiscount, and minor units of money for every other kind.
struct RewardOffer
{
    RewardKind kind = RewardKind::None;
    qint64 value = 0;
    QString description;

    bool isIncentive() const { return kind != RewardKind::None; }
    friend bool operator==(const RewardOffer& a, const RewardOffer& b)
    {
        return a.kind == b.kind && a.value == b.value && a.description == b.description;
    }
};

/// An extra advocate reward once `threshold` of their referrals have converted.
struct Milestone
{
    qint64 id = 0;
    int threshold = 1;
    RewardKind kind = RewardKind::Points;
    qint64 value = 0;
    QString description;

    friend bool operator==(const Milestone& a, const Milestone& b)
    {
        return a.threshold == b.threshold && a.kind == b.kind && a.value == b.value && a.description == b.description;
    }
};

/// A refer-a-friend program: what each side earns, when, under which rules.
struct Campaign
{
    Q_DECLARE_TR_FUNCTIONS(Campaign)

public:
    qint64 id = 0;
    QString name;
    QString description;
    CampaignStatus status = CampaignStatus::Draft;
    QDate startsOn; ///< invalid: open-ended
    QDate endsOn;
    RewardOffer advocateReward;
    RewardOffer friendReward;
    RewardTrigger trigger = RewardTrigger::FirstPurchase;
    bool newCustomersOnly = true;
    qint64 minOrderMinor = 0;
    std::optional<int> maxRewardsPerAdvocate;
    std::optional<qint64> budgetMinor;
    int holdDays = 0;
    int attributionDays = 30;
    QString landingUrl;
    QString utmSource;
    QString utmMedium;
    QString utmCampaign;
    QString disclosureText;
    QString messageTemplate;
    std::vector<Milestone> milestones;
    QDateTime createdAt;
    QDateTime updatedAt;

    /// True when either side or a milestone earns something, so the incentive must be disclosed.
    bool offersIncentive() const;

    /// Checks every field and the disclosure rule; the error names the first field that is wrong.
    Status validate() const;

    static QString statusName(CampaignStatus status);
    static QString rewardKindName(RewardKind kind);
};

} // namespace grapevine::domain
