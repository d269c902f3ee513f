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

/// Pending → Approved (after the hold period) → Issued. Voided (taken back before it was
/// issued) and Reversed (a refund) end it; Withheld never started: a cap or the budget stopped
/// it, and the reason says which.
enum class RewardStatus {
    Pending,
    Approved,
    Issued,
    Voided,
    Reversed,
    Withheld
};

/// The kinds of entries in the append-only rewards ledger.
enum class LedgerEntryKind {
    Earn,
    Approve,
    Issue,
    Void,
    Reverse,
    Adjust
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
        {RewardStatus::Approved, "approved"}, {RewardStatus::Issued, "issued"}, {RewardStatus::Voided, "voided"},
        {RewardStatus::Reversed, "reversed"}, {RewardStatus::Withheld, "withheld"}};
};

template <>
struct EnumKeys<LedgerEntryKind>
{
    static constexpr std::pair<LedgerEntryKind, const char*> table[] = {{LedgerEntryKind::Earn, "earn"},
        {LedgerEntryKind::Approve, "approve"}, {LedgerEntryKind::Issue, "issue"}, {LedgerEntryKind::Void, "void"},
        {LedgerEntryKind::Reverse, "reverse"}, {LedgerEntryKind::Adjust, "adjust"}};
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
    QString withheldReason; ///< why a cap or the budget withheld it
    QString payoutReference; ///< what the payout was recorded under when issued
    std::optional<int> milestoneThreshold; ///< the ladder step a milestone reward is for
    QDateTime createdAt;
    QDateTime dueAt; ///< end of the hold period
    QDateTime approvedAt;
    QDateTime issuedAt;
    QDateTime voidedAt;
    QDateTime reversedAt;
    QDateTime updatedAt;

    Status validate() const;
    /// Still owed or paid: counts towards caps, budget and the ledger's balance.
    bool isLive() const
    {
        return status == RewardStatus::Pending || status == RewardStatus::Approved || status == RewardStatus::Issued;
    }

    static QString sideName(RewardSide side);
    static QString statusName(RewardStatus status);
};

/// One line of the ledger: a signed change to a reward, never edited afterwards.
struct LedgerEntry
{
    Q_DECLARE_TR_FUNCTIONS(LedgerEntry)

public:
    qint64 id = 0;
    qint64 rewardId = 0;
    LedgerEntryKind kind = LedgerEntryKind::Earn;
    qint64 value = 0; ///< signed change, in the reward's unit
    qint64 costMinor = 0; ///< signed change of the cost to the business
    QDateTime at;
    QString note;

    static QString kindName(LedgerEntryKind kind);
};

} // namespace grapevine::domain
