// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "TestDatabase.h"
#include "domain/CampaignTemplates.h"
#include "store/CampaignStore.h"

using namespace grapevine;
using namespace grapevine::domain;

namespace {

const QLocale kUs(QLocale::English, QLocale::UnitedStates);

TEST(CampaignTemplates, EachValidatesAndCanBeActivatedAsIs)
{
    test::TestDatabase db;
    store::CampaignStore store(db.connection(), db.clock());
    for (const CampaignTemplate which : CampaignTemplates::all()) {
        Campaign c = CampaignTemplates::make(which, QStringLiteral("USD"));
        SCOPED_TRACE(CampaignTemplates::name(which).toStdString());
        EXPECT_FALSE(c.name.trimmed().isEmpty());
        EXPECT_EQ(c.status, CampaignStatus::Draft);
        const Status valid = c.validate();
        EXPECT_TRUE(valid.ok()) << valid.error().message.toStdString();
        if (which != CampaignTemplate::Blank) {
            EXPECT_TRUE(c.offersIncentive());
            EXPECT_FALSE(c.disclosureText.isEmpty()) << "an incentive comes with its disclosure";
            Campaign active = c;
            active.status = CampaignStatus::Active;
            EXPECT_TRUE(active.validate().ok());
        }
        const Status created = store.create(c);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        const auto stored = store.get(c.id);
        ASSERT_TRUE(stored.ok());
        EXPECT_EQ(stored->milestones, c.milestones);
    }
}

TEST(CampaignTemplates, ReferAFriendIsDoubleSidedOnFirstPurchase)
{
    const Campaign c = CampaignTemplates::make(CampaignTemplate::ReferAFriend, QStringLiteral("USD"));
    EXPECT_EQ(c.advocateReward.kind, RewardKind::StoreCredit);
    EXPECT_EQ(c.advocateReward.value, 1000);
    EXPECT_EQ(c.friendReward.kind, RewardKind::FixedDiscount);
    EXPECT_GT(c.friendReward.value, 0);
    EXPECT_EQ(c.trigger, RewardTrigger::FirstPurchase);
}

TEST(CampaignTemplates, MoneyValuesFollowTheCurrency)
{
    // The yen has no minor unit: ten yen is 10, not 1000.
    const Campaign yen = CampaignTemplates::make(CampaignTemplate::ReferAFriend, QStringLiteral("JPY"));
    EXPECT_EQ(yen.advocateReward.value, 10);
    const Campaign dinar = CampaignTemplates::make(CampaignTemplate::ReferAFriend, QStringLiteral("KWD"));
    EXPECT_EQ(dinar.advocateReward.value, 10000);
}

TEST(CampaignTemplates, LadderHasMilestonesAtOneThreeAndFive)
{
    const Campaign c = CampaignTemplates::make(CampaignTemplate::MilestoneLadder, QStringLiteral("USD"));
    ASSERT_EQ(c.milestones.size(), 3u);
    EXPECT_EQ(c.milestones[0].threshold, 1);
    EXPECT_EQ(c.milestones[1].threshold, 3);
    EXPECT_EQ(c.milestones[2].threshold, 5);
    for (const Milestone& m : c.milestones) {
        EXPECT_NE(m.kind, RewardKind::None);
        EXPECT_GT(m.value, 0);
    }
    EXPECT_LT(c.milestones[0].value, c.milestones[1].value) << "a ladder climbs";
}

TEST(CampaignTemplates, StaffAdvocacyRewardsSignUpsWithPointsAndAPercentage)
{
    const Campaign c = CampaignTemplates::make(CampaignTemplate::StaffAdvocacy, QStringLiteral("USD"));
    EXPECT_EQ(c.advocateReward.kind, RewardKind::Points);
    EXPECT_EQ(c.friendReward.kind, RewardKind::PercentDiscount);
    EXPECT_LE(c.friendReward.value, 10000);
    EXPECT_EQ(c.trigger, RewardTrigger::SignUp);
}

TEST(CampaignTemplates, DisclosureIsWordedFromTheOffers)
{
    Campaign c;
    c.name = QStringLiteral("Spring");
    c.advocateReward = {RewardKind::StoreCredit, 1000, QString()};
    c.friendReward = {RewardKind::PercentDiscount, 1250, QString()};
    c.trigger = RewardTrigger::FirstPurchase;
    EXPECT_EQ(CampaignTemplates::defaultDisclosure(c, QStringLiteral("USD"), kUs),
        QStringLiteral("I get $10.00 in store credit when you make your first purchase through my link. "
                       "You get 12.5% off on your first purchase."));

    c.trigger = RewardTrigger::SignUp;
    c.advocateReward = {RewardKind::Points, 1, QString()};
    c.friendReward = {};
    EXPECT_EQ(CampaignTemplates::defaultDisclosure(c, QStringLiteral("USD"), kUs),
        QStringLiteral("I get 1 point when you sign up through my link."));

    c.advocateReward = {};
    c.milestones = {{0, 3, RewardKind::Gift, 5000, QString()}, {0, 1, RewardKind::Cash, 500, QString()}};
    EXPECT_EQ(CampaignTemplates::defaultDisclosure(c, QStringLiteral("USD"), kUs),
        QStringLiteral("I earn rewards when friends I refer become customers: $5.00 in cash after 1 friend and a "
                       "gift worth $50.00 after 3 friends."));

    c.milestones.clear();
    c.friendReward = {RewardKind::FixedDiscount, 500, QString()};
    EXPECT_EQ(CampaignTemplates::defaultDisclosure(c, QStringLiteral("USD"), kUs),
        QStringLiteral("This is my referral link. You get $5.00 off when you sign up."));

    c.friendReward = {};
    EXPECT_FALSE(c.offersIncentive());
    EXPECT_FALSE(CampaignTemplates::defaultDisclosure(c, QStringLiteral("USD"), kUs).isEmpty());
}

} // namespace
