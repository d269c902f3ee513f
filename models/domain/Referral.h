// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "EnumKeys.h"
#include "Result.h"

namespace grapevine::domain {

enum class ReferralChannel {
    Email,
    Social,
    InPerson,
    Phone,
    Other
};

/// Pending → SignedUp → Converted → Approved → Rewarded; Rejected and Reversed stand apart.
enum class ReferralStatus {
    Pending,
    SignedUp,
    Converted,
    Approved,
    Rewarded,
    Rejected,
    Reversed
};

/// Where a referral stands in fraud review: nothing suspicious, flagged (waiting for a person
/// to look), or reviewed by that person. Whether they let it through or rejected it is the
/// referral's own status.
enum class ReviewState {
    None,
    Flagged,
    Reviewed
};

/// The reasons a referral can be flagged for review; flags never block anything.
enum class FraudFlagKind {
    SelfEmail,
    SelfPhone,
    Household,
    ExistingCustomer,
    Velocity,
    DisposableEmail
};

template <>
struct EnumKeys<ReviewState>
{
    static constexpr std::pair<ReviewState, const char*> table[]
        = {{ReviewState::None, "none"}, {ReviewState::Flagged, "flagged"}, {ReviewState::Reviewed, "reviewed"}};
};

template <>
struct EnumKeys<FraudFlagKind>
{
    static constexpr std::pair<FraudFlagKind, const char*> table[]
        = {{FraudFlagKind::SelfEmail, "self_email"}, {FraudFlagKind::SelfPhone, "self_phone"},
            {FraudFlagKind::Household, "household"}, {FraudFlagKind::ExistingCustomer, "existing_customer"},
            {FraudFlagKind::Velocity, "velocity"}, {FraudFlagKind::DisposableEmail, "disposable_email"}};
};

template <>
struct EnumKeys<ReferralChannel>
{
    static constexpr std::pair<ReferralChannel, const char*> table[] = {{ReferralChannel::Email, "email"},
        {ReferralChannel::Social, "social"}, {ReferralChannel::InPerson, "in_person"},
        {ReferralChannel::Phone, "phone"}, {ReferralChannel::Other, "other"}};
};

template <>
struct EnumKeys<ReferralStatus>
{
    static constexpr std::pair<ReferralStatus, const char*> table[] = {{ReferralStatus::Pending, "pending"},
        {ReferralStatus::SignedUp, "signed_up"}, {ReferralStatus::Converted, "converted"},
        {ReferralStatus::Approved, "approved"}, {ReferralStatus::Rewarded, "rewarded"},
        {ReferralStatus::Rejected, "rejected"}, {ReferralStatus::Reversed, "reversed"}};
};

/// One friend referred by one advocate within one campaign.
struct Referral
{
    Q_DECLARE_TR_FUNCTIONS(Referral)

public:
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 referrerId = 0;
    std::optional<qint64> friendId; ///< when the friend is (or became) an advocate
    QString friendName;
    QString friendEmail;
    QString friendPhone;
    QString friendAddress;
    QString code; ///< the referral code the friend used
    ReferralChannel channel = ReferralChannel::Other;
    ReferralStatus status = ReferralStatus::Pending;
    QDateTime createdAt;
    QDateTime signedUpAt;
    QDateTime convertedAt;
    QDateTime approvedAt;
    QDateTime rewardedAt;
    QDateTime rejectedAt;
    QDateTime reversedAt;
    std::optional<qint64> orderValueMinor;
    QString orderReference;
    QString rejectionReason;
    QString notes;
    std::optional<qint64> importBatchId;
    QDateTime updatedAt;
    /// The referral that already credits this friend in this campaign; a duplicate earns nothing.
    std::optional<qint64> duplicateOfId;
    QString duplicateReason;
    ReviewState reviewState = ReviewState::None;
    QDateTime reviewedAt;
    QString reviewNote;

    Status validate() const;
    bool isDuplicate() const { return duplicateOfId.has_value() || !duplicateReason.isEmpty(); }

    static QString channelName(ReferralChannel channel);
    static QString statusName(ReferralStatus status);
};

/// One reason a referral was flagged for review.
struct FraudFlag
{
    Q_DECLARE_TR_FUNCTIONS(FraudFlag)

public:
    FraudFlagKind kind = FraudFlagKind::SelfEmail;
    QString reason; ///< for the reviewer: what matched what
    QDateTime flaggedAt;

    static QString kindName(FraudFlagKind kind);
};

/// One dated step in a referral's history.
struct ReferralStatusChange
{
    std::optional<ReferralStatus> from; ///< empty for the creation
    ReferralStatus to = ReferralStatus::Pending;
    QDateTime changedAt;
    QString note;
};

} // namespace grapevine::domain
