// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralTransitions.h"

#include <algorithm>

namespace grapevine::rules {

using domain::Referral;
using domain::ReferralStatus;

std::vector<ReferralStatus> ReferralTransitions::allowedFrom(ReferralStatus from)
{
    switch (from) {
    case ReferralStatus::Pending:
        return {ReferralStatus::SignedUp, ReferralStatus::Converted, ReferralStatus::Rejected};
    case ReferralStatus::SignedUp:
        return {ReferralStatus::Converted, ReferralStatus::Rejected};
    case ReferralStatus::Converted:
        return {ReferralStatus::Approved, ReferralStatus::Rejected, ReferralStatus::Reversed};
    case ReferralStatus::Approved:
        return {ReferralStatus::Rewarded, ReferralStatus::Reversed};
    case ReferralStatus::Rewarded:
        return {ReferralStatus::Reversed};
    case ReferralStatus::Rejected:
        return {ReferralStatus::Pending};
    case ReferralStatus::Reversed:
        return {};
    }
    return {};
}

bool ReferralTransitions::isAllowed(ReferralStatus from, ReferralStatus to)
{
    const std::vector<ReferralStatus> allowed = allowedFrom(from);
    return std::find(allowed.begin(), allowed.end(), to) != allowed.end();
}

Status ReferralTransitions::check(ReferralStatus from, ReferralStatus to)
{
    if (isAllowed(from, to))
        return {};
    const QString fromName = Referral::statusName(from);
    const QString toName = Referral::statusName(to);
    QString message;
    if (from == to)
        message = tr("The referral is already %1.").arg(fromName.toLower());
    else if (from == ReferralStatus::Reversed)
        message = tr("The referral was reversed after a refund; a reversed referral cannot change again. Record a "
                     "new referral if the friend comes back.");
    else if (to == ReferralStatus::Rejected)
        message = tr("A referral that is %1 cannot be rejected: its rewards were approved. Reverse it instead if "
                     "the order was refunded.")
                      .arg(fromName.toLower());
    else if (to == ReferralStatus::Reversed)
        message = tr("Only a converted referral can be reversed (a refund); this one is %1.").arg(fromName.toLower());
    else if (to == ReferralStatus::Pending)
        message = tr("Only a rejected referral can be reopened; this one is %1.").arg(fromName.toLower());
    else
        message = tr("A referral that is %1 cannot become %2.").arg(fromName.toLower(), toName.toLower());
    return Error {Error::Code::Invalid, message, QStringLiteral("status")};
}

} // namespace grapevine::rules
