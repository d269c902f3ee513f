// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignTemplates.h"

#include <algorithm>
#include <climits>

#include <QStringList>

#include "Money.h"

namespace grapevine::domain {

namespace {

/// `major` whole units of `currency` in minor units (10 → 1000 cents, 10 → 10 yen).
qint64 major(qint64 amount, const QString& currency)
{
    qint64 minor = amount;
    for (int i = 0; i < Money::minorDigits(currency); ++i)
        minor *= 10;
    return minor;
}

} // namespace

std::array<CampaignTemplate, 4> CampaignTemplates::all()
{
    return {CampaignTemplate::Blank, CampaignTemplate::ReferAFriend, CampaignTemplate::MilestoneLadder,
        CampaignTemplate::StaffAdvocacy};
}

QString CampaignTemplates::name(CampaignTemplate which)
{
    switch (which) {
    case CampaignTemplate::Blank:
        return tr("Blank Campaign");
    case CampaignTemplate::ReferAFriend:
        return tr("Refer a Friend");
    case CampaignTemplate::MilestoneLadder:
        return tr("Milestone Ladder");
    case CampaignTemplate::StaffAdvocacy:
        return tr("Staff Advocacy");
    }
    return {};
}

QString CampaignTemplates::summary(CampaignTemplate which)
{
    switch (which) {
    case CampaignTemplate::Blank:
        return tr("Start from an empty campaign and set every rule yourself.");
    case CampaignTemplate::ReferAFriend:
        return tr("Both sides win: store credit for the advocate, a discount on the friend's first order.");
    case CampaignTemplate::MilestoneLadder:
        return tr("Growing rewards for advocates at 1, 3 and 5 friends who became customers.");
    case CampaignTemplate::StaffAdvocacy:
        return tr("Your employees share a friends-and-family discount and earn points for each sign-up.");
    }
    return {};
}

Campaign CampaignTemplates::make(CampaignTemplate which, const QString& currency)
{
    Campaign c;
    c.status = CampaignStatus::Draft;
    switch (which) {
    case CampaignTemplate::Blank:
        c.name = tr("New campaign");
        return c;
    case CampaignTemplate::ReferAFriend:
        c.name = tr("Refer a friend");
        c.description = tr("Advocates share their personal link; when a friend places a first order, the friend "
                           "saves on it and the advocate earns store credit.");
        c.advocateReward = {RewardKind::StoreCredit, major(10, currency), tr("Store credit for each friend who buys")};
        c.friendReward = {RewardKind::FixedDiscount, major(10, currency), tr("Off the first order")};
        c.trigger = RewardTrigger::FirstPurchase;
        c.newCustomersOnly = true;
        c.minOrderMinor = major(25, currency);
        c.maxRewardsPerAdvocate = 10;
        // Long enough for the usual return period, so a returned order earns nothing.
        c.holdDays = 14;
        c.attributionDays = 30;
        c.utmCampaign = QStringLiteral("refer-a-friend");
        break;
    case CampaignTemplate::MilestoneLadder:
        c.name = tr("Milestone ladder");
        c.description = tr("The more friends an advocate brings, the bigger the thank-you: rewards at 1, 3 and "
                           "5 friends who became customers.");
        c.friendReward = {RewardKind::PercentDiscount, 1000, tr("Off the first order")};
        c.trigger = RewardTrigger::FirstPurchase;
        c.newCustomersOnly = true;
        c.holdDays = 14;
        c.attributionDays = 60;
        c.milestones = {
            {0, 1, RewardKind::StoreCredit, major(5, currency), tr("Thank-you credit for the first friend")},
            {0, 3, RewardKind::StoreCredit, major(20, currency), tr("Credit for three friends")},
            {0, 5, RewardKind::Gift, major(50, currency), tr("A gift box for five friends")},
        };
        c.utmCampaign = QStringLiteral("milestone-ladder");
        break;
    case CampaignTemplate::StaffAdvocacy:
        c.name = tr("Staff advocacy");
        c.description = tr("Employees share a friends-and-family discount with the people they know and earn "
                           "points for each friend who signs up.");
        c.advocateReward = {RewardKind::Points, 500, tr("Points for each friend who signs up")};
        c.friendReward = {RewardKind::PercentDiscount, 1500, tr("Friends-and-family discount")};
        c.trigger = RewardTrigger::SignUp;
        c.newCustomersOnly = true;
        c.maxRewardsPerAdvocate = 50;
        c.attributionDays = 90;
        c.utmCampaign = QStringLiteral("staff-advocacy");
        break;
    }
    c.utmSource = QStringLiteral("referral");
    c.utmMedium = QStringLiteral("word-of-mouth");
    c.disclosureText = defaultDisclosure(c, currency);
    return c;
}

QString CampaignTemplates::offerText(const RewardOffer& offer, const QString& currency, const QLocale& locale)
{
    const QString money = Money(offer.value, currency).format(locale);
    switch (offer.kind) {
    case RewardKind::None:
        return {};
    case RewardKind::Points:
        return tr("%Ln point(s)", nullptr, static_cast<int>(std::min<qint64>(offer.value, INT_MAX)));
    case RewardKind::StoreCredit:
        return tr("%1 in store credit").arg(money);
    case RewardKind::PercentDiscount: {
        // Basis points: 1250 is 12.5 %; whole percentages show no decimals.
        const int decimals = offer.value % 100 == 0 ? 0 : (offer.value % 10 == 0 ? 1 : 2);
        const QString percent = locale.toString(static_cast<double>(offer.value) / 100.0, 'f', decimals);
        //: %1 is a number, e.g. "15" or "12.5"
        return tr("%1% off").arg(percent);
    }
    case RewardKind::FixedDiscount:
        return tr("%1 off").arg(money);
    case RewardKind::Cash:
        return tr("%1 in cash").arg(money);
    case RewardKind::Gift:
        if (offer.value > 0)
            return tr("a gift worth %1").arg(money);
        if (!offer.description.trimmed().isEmpty())
            return tr("a gift (%1)").arg(offer.description.trimmed());
        return tr("a gift");
    }
    return {};
}

QString CampaignTemplates::defaultDisclosure(const Campaign& c, const QString& currency, const QLocale& locale)
{
    const bool onSignUp = c.trigger == RewardTrigger::SignUp;
    QStringList sentences;
    if (c.advocateReward.isIncentive()) {
        const QString offer = offerText(c.advocateReward, currency, locale);
        sentences << (onSignUp ? tr("I get %1 when you sign up through my link.").arg(offer)
                               : tr("I get %1 when you make your first purchase through my link.").arg(offer));
    }
    if (!c.milestones.empty()) {
        std::vector<Milestone> ladder = c.milestones;
        std::sort(ladder.begin(), ladder.end(),
            [](const Milestone& a, const Milestone& b) { return a.threshold < b.threshold; });
        QStringList steps;
        for (const Milestone& m : ladder) {
            const QString offer = offerText({m.kind, m.value, m.description}, currency, locale);
            //: One step of a reward ladder: "$5.00 in store credit after 1 friend"
            steps << tr("%1 after %Ln friend(s)", nullptr, m.threshold).arg(offer);
        }
        //: %1 lists the steps, e.g. "$5.00 in store credit after 1 friend, and a gift after 5 friends"
        sentences
            << tr("I earn rewards when friends I refer become customers: %1.").arg(locale.createSeparatedList(steps));
    }
    if (c.friendReward.isIncentive()) {
        const QString offer = offerText(c.friendReward, currency, locale);
        sentences << (onSignUp ? tr("You get %1 when you sign up.").arg(offer)
                               : tr("You get %1 on your first purchase.").arg(offer));
    }
    if (sentences.isEmpty())
        return tr("I recommend this because I like it; I get nothing for it.");
    if (c.advocateReward.isIncentive() || !c.milestones.empty())
        return sentences.join(QLatin1Char(' '));
    // Only the friend is rewarded: still say the link is part of a referral program.
    return tr("This is my referral link. %1").arg(sentences.join(QLatin1Char(' ')));
}

} // namespace grapevine::domain
