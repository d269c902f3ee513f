// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include "Campaign.h"

namespace grapevine::domain {

/// The starting points offered for a new campaign.
enum class CampaignTemplate {
    Blank,
    ReferAFriend, ///< double-sided: credit for the advocate, a discount for the friend
    MilestoneLadder, ///< extra rewards at 1, 3 and 5 converted referrals
    StaffAdvocacy ///< employees share with friends and family
};

/// Ready-made campaigns with sensible values, and the wording of incentive disclosures.
class CampaignTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignTemplates)

public:
    /// Every template, blank first, in the order a menu shows them.
    static std::array<CampaignTemplate, 4> all();
    static QString name(CampaignTemplate which);
    /// One sentence on what the template is for, for menus and tooltips.
    static QString summary(CampaignTemplate which);
    /// A draft campaign from `which`; money values are in minor units of `currency`. Every
    /// template that rewards anyone comes with its disclosure text already written.
    static Campaign make(CampaignTemplate which, const QString& currency);

    /// What an advocate can say so that friends know they are rewarded, worded from the
    /// campaign's offers: "I get $10.00 in store credit when you make your first purchase…".
    static QString defaultDisclosure(
        const Campaign& campaign, const QString& currency = QStringLiteral("USD"), const QLocale& locale = QLocale());
    /// An offer in words: "500 points", "15% off", "$10.00 in store credit"; empty for none.
    static QString offerText(
        const RewardOffer& offer, const QString& currency = QStringLiteral("USD"), const QLocale& locale = QLocale());
};

} // namespace grapevine::domain
