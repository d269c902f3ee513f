// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>

#include "domain/Referral.h"
#include "domain/Result.h"

namespace grapevine::rules {

/// Which status a referral may move to from which: forward along the pipeline (a step may be
/// skipped when the friend bought without signing up first), rejected before any reward was
/// approved, reversed (a refund) once converted, and a rejected one reopened. Everything else
/// is refused with a message that says why.
class ReferralTransitions final
{
    Q_DECLARE_TR_FUNCTIONS(ReferralTransitions)

public:
    static std::vector<domain::ReferralStatus> allowedFrom(domain::ReferralStatus from);
    static bool isAllowed(domain::ReferralStatus from, domain::ReferralStatus to);
    /// Ok when allowed, else Error::Code::Invalid with a sentence for the user.
    static Status check(domain::ReferralStatus from, domain::ReferralStatus to);
};

} // namespace grapevine::rules
