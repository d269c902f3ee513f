// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignCost.h"

namespace grapevine::domain {

Status CampaignCost::validate() const
{
    if (campaignId <= 0)
        return Error {Error::Code::Invalid, tr("A cost must belong to a campaign."), QStringLiteral("campaign")};
    if (!incurredOn.isValid())
        return Error {
            Error::Code::Invalid, tr("Say on which day the cost was incurred."), QStringLiteral("incurred_on")};
    if (amountMinor < 0)
        return Error {Error::Code::Invalid, tr("A cost cannot be negative."), QStringLiteral("amount")};
    return {};
}

} // namespace grapevine::domain
