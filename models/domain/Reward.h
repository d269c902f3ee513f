// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "Campaign.h"
#include "EnumKeys.h"
#include "Result.h"

namespace grapevine::domain {

enum class RewardSide {
    Advocate,
    Friend
};

enum class RewardStatus {
    Pending,
    Approved,
    Issued,
    Cancelled
};

template <>
struct EnumKeys<RewardSide>
{
    static constexpr std::pair<RewardSide, const char*> table[]
        = {{RewardSide::Advocate, "advocate"}, {RewardSide::Friend, "friend"}};
};

template <>
struct EnumKeys<RewardStatus>
{
    static constexpr std::pair<RewardStatus, const char*> table[] = {{RewardStatus::Pending, "pending"},
        {RewardStatus::Approved, "approved"}, {RewardStatus::Issued, "issued"}, {RewardStatus::Cancelled, "cancelled"}};
};

/// One line of the rewards ledger: what one side was promised, what it costs the business.
struct Reward
{
    Q_DECLARE_TR_FUNCTIONS(Reward)

public:
    qint64 id = 0;
    qint64 campaignId = 0;
    std::optional<qint64> referralId; ///< empty for milestone rewards
    std::optional<qint64> advocateId; ///< the recipient when they are an advocate
    RewardSide side = RewardSide::Advocate;
    RewardKind kind = RewardKind::Points;
    qint64 value = 0; ///< as RewardOffer::value
    qint64 costMinor = 0; ///< what it costs the business, in minor units
    RewardStatus status = RewardStatus::Pending;
    QString description;
    QDateTime createdAt;
    QDateTime dueAt; ///< end of the hold period
    QDateTime approvedAt;
    QDateTime issuedAt;
    QDateTime cancelledAt;
    QDateTime updatedAt;

    Status validate() const;

    static QString sideName(RewardSide side);
    static QString statusName(RewardStatus status);
};

} // namespace grapevine::domain
