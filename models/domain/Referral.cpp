// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Referral.h"

#include "Email.h"

namespace grapevine::domain {

Status Referral::validate() const
{
    const auto invalid = [](const char* field, const QString& message) {
        return Error {Error::Code::Invalid, message, QString::fromLatin1(field)};
    };
    if (campaignId <= 0)
        return invalid("campaign", tr("Choose the campaign this referral belongs to."));
    if (referrerId <= 0)
        return invalid("referrer", tr("Choose the advocate who made this referral."));
    if (friendId && *friendId == referrerId)
        return invalid("friend", tr("An advocate cannot refer themselves."));
    if (!friendId && friendName.trimmed().isEmpty() && friendEmail.trimmed().isEmpty())
        return invalid("friend", tr("Give the friend's name or email address, or pick an existing advocate."));
    if (!friendEmail.trimmed().isEmpty()) {
        const QString problem = Email::problem(friendEmail);
        if (!problem.isEmpty())
            return invalid("friend_email", problem);
    }
    if (orderValueMinor && *orderValueMinor < 0)
        return invalid("order_value", tr("The order value cannot be negative."));
    if (status == ReferralStatus::Rejected && rejectionReason.trimmed().isEmpty())
        return invalid("rejection_reason", tr("Say why the referral is rejected."));
    return {};
}

QString Referral::channelName(ReferralChannel channel)
{
    switch (channel) {
    case ReferralChannel::Email:
        return tr("Email");
    case ReferralChannel::Social:
        return tr("Social media");
    case ReferralChannel::InPerson:
        return tr("In person");
    case ReferralChannel::Phone:
        return tr("Phone");
    case ReferralChannel::Other:
        return tr("Other");
    }
    return {};
}

QString Referral::statusName(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Pending:
        return tr("Invited");
    case ReferralStatus::SignedUp:
        return tr("Signed up");
    case ReferralStatus::Converted:
        return tr("Converted");
    case ReferralStatus::Approved:
        return tr("Approved");
    case ReferralStatus::Rewarded:
        return tr("Rewarded");
    case ReferralStatus::Rejected:
        return tr("Rejected");
    case ReferralStatus::Reversed:
        return tr("Reversed");
    }
    return {};
}

QString FraudFlag::kindName(FraudFlagKind kind)
{
    switch (kind) {
    case FraudFlagKind::SelfEmail:
        return tr("Self-referral (same e-mail)");
    case FraudFlagKind::SelfPhone:
        return tr("Self-referral (same phone)");
    case FraudFlagKind::Household:
        return tr("Same household");
    case FraudFlagKind::ExistingCustomer:
        return tr("Already a customer");
    case FraudFlagKind::Velocity:
        return tr("Many referrals in a short time");
    case FraudFlagKind::DisposableEmail:
        return tr("Disposable e-mail address");
    }
    return {};
}

} // namespace grapevine::domain
