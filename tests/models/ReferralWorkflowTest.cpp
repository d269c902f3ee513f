// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ProgramFixture.h"
#include "store/ReferralStore.h"
#include "store/RewardStore.h"

using namespace grapevine;
using domain::ReferralStatus;
using domain::RewardKind;
using domain::RewardSide;
using domain::RewardStatus;

namespace {

constexpr qint64 kDay = 86400;

class ReferralWorkflowTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    void SetUp() override
    {
        m_anna = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"),
            [](domain::Advocate& a) { a.referralCode = QStringLiteral("ANNA-7KQ"); });
        m_bo = addAdvocate(QStringLiteral("Bo"), QStringLiteral("Lind"), QStringLiteral("bo@example.com"),
            [](domain::Advocate& a) { a.referralCode = QStringLiteral("BO-22X"); });
    }

    std::vector<domain::Reward> rewardsOf(qint64 referralId)
    {
        return store::RewardStore(db(), clock()).listForReferral(referralId).value();
    }

    void expectLedgerAgrees()
    {
        const auto disagreements = ledger().disagreements();
        ASSERT_TRUE(disagreements.ok());
        EXPECT_TRUE(disagreements.value().isEmpty())
            << "rewards whose entries do not add up: " << disagreements.value().size();
    }

    qint64 m_anna = 0;
    qint64 m_bo = 0;
};

// ---- Attribution -------------------------------------------------------------------------

TEST_F(ReferralWorkflowTest, TheCodeDecidesTheReferrer)
{
    const qint64 campaign = addCampaign();
    const auto step = record(campaign, m_bo, QStringLiteral("Cleo"), QStringLiteral("cleo@example.org"),
        [](program::ReferralDraft& d) { d.code = QStringLiteral(" anna-7kq "); });
    EXPECT_EQ(step.referral.referrerId, m_anna);
    EXPECT_EQ(step.referral.code, QStringLiteral("ANNA-7KQ"));
    ASSERT_FALSE(step.notices.isEmpty());
    EXPECT_TRUE(step.notices.front().contains(QStringLiteral("code decides")));

    // Without a code the chosen referrer is credited and their own code recorded.
    const auto byName = record(campaign, m_bo, QStringLiteral("Dina"), QStringLiteral("dina@example.org"));
    EXPECT_EQ(byName.referral.referrerId, m_bo);
    EXPECT_EQ(byName.referral.code, QStringLiteral("BO-22X"));

    program::ReferralDraft unknown;
    unknown.campaignId = campaign;
    unknown.code = QStringLiteral("NOBODY-1");
    unknown.friendName = QStringLiteral("Eve");
    const auto refused = workflow().record(unknown);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("code"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("NOBODY-1")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM referrals")), 2) << "nothing half-written";
}

TEST_F(ReferralWorkflowTest, ALaterReferralOfTheSameFriendWithinTheWindowIsADuplicate)
{
    const qint64 campaign = addCampaign();
    const auto first = record(campaign, m_anna, QStringLiteral("Finn"), QStringLiteral("finn@example.org"));
    clock().advanceSeconds(10 * kDay);
    const auto second = record(campaign, m_bo, QStringLiteral("Finn"), QStringLiteral("FINN@example.org "));
    EXPECT_EQ(second.referral.duplicateOfId, first.referral.id);
    EXPECT_TRUE(second.referral.duplicateReason.contains(QStringLiteral("Anna Berg")))
        << second.referral.duplicateReason.toStdString();
    EXPECT_TRUE(second.referral.duplicateReason.contains(QStringLiteral("30-day")));
    EXPECT_FALSE(first.referral.isDuplicate());

    // The duplicate converts but earns nothing; the first referral still can.
    const auto converted = workflow().convert(second.referral.id, 4000);
    ASSERT_TRUE(converted.ok());
    EXPECT_TRUE(converted.value().rewards.empty());
    EXPECT_TRUE(rewardsOf(second.referral.id).empty());

    // Another campaign is a fresh start for the same friend.
    const auto elsewhere = record(addCampaign(), m_bo, QStringLiteral("Finn"), QStringLiteral("finn@example.org"));
    EXPECT_FALSE(elsewhere.referral.isDuplicate());
}

TEST_F(ReferralWorkflowTest, AfterTheWindowAnUnconvertedReferralNoLongerHoldsTheFriend)
{
    const qint64 campaign = addCampaign([](domain::Campaign& c) { c.attributionDays = 14; });
    const auto first = record(campaign, m_anna, QStringLiteral("Gus"), QStringLiteral("gus@example.org"));
    clock().advanceSeconds(15 * kDay);
    const auto second = record(campaign, m_bo, QStringLiteral("Gus"), QStringLiteral("gus@example.org"));
    EXPECT_FALSE(second.referral.isDuplicate()) << second.referral.duplicateReason.toStdString();
}

TEST_F(ReferralWorkflowTest, AFriendAlreadyCreditedStaysCreditedWhateverTheWindow)
{
    const qint64 campaign = addCampaign([](domain::Campaign& c) { c.attributionDays = 7; });
    const auto first = record(campaign, m_anna, QStringLiteral("Hal"), QStringLiteral("hal@example.org"));
    ASSERT_TRUE(workflow().convert(first.referral.id, 3000).ok());
    clock().advanceSeconds(60 * kDay);
    const auto second = record(campaign, m_bo, QStringLiteral("Hal"), QStringLiteral("hal@example.org"));
    EXPECT_EQ(second.referral.duplicateOfId, first.referral.id);
    EXPECT_TRUE(second.referral.duplicateReason.contains(QStringLiteral("already credited")));
}

TEST_F(ReferralWorkflowTest, ARejectedReferralDoesNotHoldTheFriend)
{
    const qint64 campaign = addCampaign();
    const auto first = record(campaign, m_anna, QStringLiteral("Ivy"), QStringLiteral("ivy@example.org"));
    ASSERT_TRUE(workflow().reject(first.referral.id, QStringLiteral("Test entry")).ok());
    const auto second = record(campaign, m_bo, QStringLiteral("Ivy"), QStringLiteral("ivy@example.org"));
    EXPECT_FALSE(second.referral.isDuplicate());
}

// ---- Rewards on the trigger --------------------------------------------------------------

TEST_F(ReferralWorkflowTest, TheFirstPurchaseCreatesBothSidesAsPending)
{
    const qint64 campaign = addCampaign([](domain::Campaign& c) { c.holdDays = 14; });
    const auto step = record(campaign, m_anna, QStringLiteral("Jo"), QStringLiteral("jo@example.org"));
    auto signedUp = workflow().markSignedUp(step.referral.id);
    ASSERT_TRUE(signedUp.ok());
    EXPECT_TRUE(signedUp.value().rewards.empty()) << "this campaign rewards the purchase, not the sign-up";

    clock().advanceSeconds(3600);
    const auto converted = workflow().convert(step.referral.id, 8900, QStringLiteral("#1001"));
    ASSERT_TRUE(converted.ok()) << converted.error().message.toStdString();
    EXPECT_EQ(converted.value().referral.status, ReferralStatus::Converted);
    EXPECT_EQ(converted.value().referral.orderValueMinor, 8900);
    EXPECT_EQ(converted.value().referral.orderReference, QStringLiteral("#1001"));
    const auto rewards = rewardsOf(step.referral.id);
    ASSERT_EQ(rewards.size(), 2u);
    EXPECT_EQ(rewards[0].side, RewardSide::Advocate);
    EXPECT_EQ(rewards[0].advocateId, m_anna);
    EXPECT_EQ(rewards[0].kind, RewardKind::StoreCredit);
    EXPECT_EQ(rewards[0].costMinor, 1000);
    EXPECT_EQ(rewards[0].status, RewardStatus::Pending);
    EXPECT_EQ(rewards[0].dueAt, clock().nowUtc().addSecs(14 * kDay)) << "the hold period";
    EXPECT_EQ(rewards[1].side, RewardSide::Friend);
    EXPECT_FALSE(rewards[1].advocateId.has_value()) << "the friend is not an advocate";
    EXPECT_EQ(rewards[1].costMinor, 500);

    // Converting again is not possible, so nothing is granted twice.
    EXPECT_FALSE(workflow().convert(step.referral.id, 100).ok());
    EXPECT_EQ(rewardsOf(step.referral.id).size(), 2u);
    expectLedgerAgrees();
}

TEST_F(ReferralWorkflowTest, ASignUpCampaignRewardsTheSignUpOnce)
{
    const qint64 campaign = addCampaign([](domain::Campaign& c) {
        c.trigger = domain::RewardTrigger::SignUp;
        c.advocateReward = {RewardKind::Points, 500, QStringLiteral("500 points")};
        c.friendReward = {RewardKind::PercentDiscount, 1500, QStringLiteral("15% off")};
    });
    const auto step = record(campaign, m_anna, QStringLiteral("Kai"), QStringLiteral("kai@example.org"));
    const auto signedUp = workflow().markSignedUp(step.referral.id);
    ASSERT_TRUE(signedUp.ok());
    ASSERT_EQ(signedUp.value().rewards.size(), 2u);
    EXPECT_EQ(signedUp.value().rewards[0].costMinor, 1000) << "500 points at 2 cents";
    EXPECT_EQ(signedUp.value().rewards[1].costMinor, 0) << "15% of an order not yet known";
    const auto converted = workflow().convert(step.referral.id, 4000);
    ASSERT_TRUE(converted.ok());
    EXPECT_TRUE(converted.value().rewards.empty());
    EXPECT_EQ(rewardsOf(step.referral.id).size(), 2u);

    // Bought without signing up: the sign-up campaign rewards it at the purchase.
    const auto direct = record(campaign, m_anna, QStringLiteral("Lia"), QStringLiteral("lia@example.org"));
    const auto bought = workflow().convert(direct.referral.id, 2000);
    ASSERT_TRUE(bought.ok());
    ASSERT_EQ(bought.value().rewards.size(), 2u);
    EXPECT_EQ(bought.value().rewards[1].costMinor, 300) << "15% of €20.00";
    EXPECT_TRUE(bought.value().referral.signedUpAt.isValid());
}

TEST_F(ReferralWorkflowTest, AnOrderBelowTheMinimumWithholdsTheRewardsWithTheReason)
{
    const qint64 campaign = addCampaign([](domain::Campaign& c) { c.minOrderMinor = 2500; });
    const auto step = record(campaign, m_anna, QStringLiteral("Mo"), QStringLiteral("mo@example.org"));
    const auto converted = workflow().convert(step.referral.id, 2499);
    ASSERT_TRUE(converted.ok());
    const auto rewards = rewardsOf(step.referral.id);
    ASSERT_EQ(rewards.size(), 2u);
    for (const auto& w : rewards) {
        EXPECT_EQ(w.status, RewardStatus::Withheld);
        EXPECT_TRUE(w.withheldReason.contains(QStringLiteral("minimum"))) << w.withheldReason.toStdString();
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM reward_entries")), 0) << "withheld never enters the ledger";
    EXPECT_EQ(scalar(QStringLiteral("SELECT rewards_earned_minor FROM advocates WHERE id = %1").arg(m_anna)), 0);

    const auto enough = record(campaign, m_anna, QStringLiteral("Nia"), QStringLiteral("nia@example.org"));
    ASSERT_TRUE(workflow().convert(enough.referral.id, 2500).ok());
    EXPECT_EQ(rewardsOf(enough.referral.id)[0].status, RewardStatus::Pending) << "exactly the minimum qualifies";
}

TEST_F(ReferralWorkflowTest, NewCustomersOnlyWithholdsForAnExistingCustomer)
{
    const qint64 campaign = addCampaign();
    clock().advanceSeconds(-30 * kDay);
    const qint64 old = addAdvocate(QStringLiteral("Ola"), QStringLiteral("Nord"), QStringLiteral("ola@example.no"),
        [](domain::Advocate& a) { a.orderCount = 4; });
    clock().advanceSeconds(30 * kDay);
    const auto step
        = record(campaign, m_anna, QString(), QString(), [&](program::ReferralDraft& d) { d.friendId = old; });
    ASSERT_TRUE(workflow().convert(step.referral.id, 5000).ok());
    const auto rewards = rewardsOf(step.referral.id);
    ASSERT_EQ(rewards.size(), 2u);
    EXPECT_EQ(rewards[0].status, RewardStatus::Withheld);
    EXPECT_TRUE(rewards[0].withheldReason.contains(QStringLiteral("new customers only")));
    EXPECT_EQ(rewards[1].advocateId, old) << "the friend side goes to the friend's record";

    const qint64 open = addCampaign([](domain::Campaign& c) { c.newCustomersOnly = false; });
    const auto welcome
        = record(open, m_anna, QString(), QString(), [&](program::ReferralDraft& d) { d.friendId = old; });
    ASSERT_TRUE(workflow().convert(welcome.referral.id, 5000).ok());
    EXPECT_EQ(rewardsOf(welcome.referral.id)[0].status, RewardStatus::Pending);
}

TEST_F(ReferralWorkflowTest, APurchaseAfterTheAttributionWindowEarnsNothing)
{
    const qint64 campaign = addCampaign([](domain::Campaign& c) { c.attributionDays = 30; });
    const auto step = record(campaign, m_anna, QStringLiteral("Pia"), QStringLiteral("pia@example.org"));
    clock().advanceSeconds(31 * kDay);
    ASSERT_TRUE(workflow().convert(step.referral.id, 5000).ok());
    const auto rewards = rewardsOf(step.referral.id);
    ASSERT_EQ(rewards.size(), 2u);
    EXPECT_EQ(rewards[0].status, RewardStatus::Withheld);
    EXPECT_TRUE(rewards[0].withheldReason.contains(QStringLiteral("attribution window")));
}

TEST_F(ReferralWorkflowTest, TheCapPerAdvocateWithholdsTheAdvocateSideOnly)
{
    const qint64 campaign = addCampaign([](domain::Campaign& c) { c.maxRewardsPerAdvocate = 2; });
    for (int i = 1; i <= 3; ++i) {
        const auto step
            = record(campaign, m_anna, QStringLiteral("Friend %1").arg(i), QStringLiteral("f%1@example.org").arg(i));
        ASSERT_TRUE(workflow().convert(step.referral.id, 5000).ok());
        const auto rewards = rewardsOf(step.referral.id);
        ASSERT_EQ(rewards.size(), 2u);
        if (i <= 2) {
            EXPECT_EQ(rewards[0].status, RewardStatus::Pending) << i;
        } else {
            EXPECT_EQ(rewards[0].status, RewardStatus::Withheld);
            EXPECT_TRUE(rewards[0].withheldReason.contains(QStringLiteral("2 rewards")))
                << rewards[0].withheldReason.toStdString();
            EXPECT_EQ(rewards[1].status, RewardStatus::Pending) << "the friend still gets their welcome";
        }
    }
    // Bo has a cap of his own.
    const auto bos = record(campaign, m_bo, QStringLiteral("Q"), QStringLiteral("q@example.org"));
    ASSERT_TRUE(workflow().convert(bos.referral.id, 5000).ok());
    EXPECT_EQ(rewardsOf(bos.referral.id)[0].status, RewardStatus::Pending);
}

TEST_F(ReferralWorkflowTest, TheBudgetWithholdsWhatWouldExceedIt)
{
    // €10 + €5 per conversion against a €25 budget: the first fits, the second's advocate
    // side fits (€25), its friend side does not.
    const qint64 campaign = addCampaign([](domain::Campaign& c) { c.budgetMinor = 2500; });
    const auto first = record(campaign, m_anna, QStringLiteral("R1"), QStringLiteral("r1@example.org"));
    ASSERT_TRUE(workflow().convert(first.referral.id, 5000).ok());
    const auto second = record(campaign, m_bo, QStringLiteral("R2"), QStringLiteral("r2@example.org"));
    ASSERT_TRUE(workflow().convert(second.referral.id, 5000).ok());
    const auto rewards = rewardsOf(second.referral.id);
    ASSERT_EQ(rewards.size(), 2u);
    EXPECT_EQ(rewards[0].status, RewardStatus::Pending);
    EXPECT_EQ(rewards[1].status, RewardStatus::Withheld);
    EXPECT_TRUE(rewards[1].withheldReason.contains(QStringLiteral("budget")))
        << rewards[1].withheldReason.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT sum(cost_minor) FROM rewards WHERE status = 'pending'")), 2500);

    // Voiding frees budget again.
    ASSERT_TRUE(workflow().reject(first.referral.id, QStringLiteral("Fake order")).ok());
    const auto third = record(campaign, m_bo, QStringLiteral("R3"), QStringLiteral("r3@example.org"));
    ASSERT_TRUE(workflow().convert(third.referral.id, 5000).ok());
    EXPECT_EQ(rewardsOf(third.referral.id)[1].status, RewardStatus::Pending);
}

TEST_F(ReferralWorkflowTest, TheMilestoneLadderPaysEachStepOnce)
{
    const qint64 campaign = addCampaign([](domain::Campaign& c) {
        c.milestones = {{0, 1, RewardKind::Points, 100, QString()}, {0, 3, RewardKind::Points, 300, QString()},
            {0, 5, RewardKind::Gift, 2500, QStringLiteral("Dinner for two")}};
    });
    QList<int> milestonesAt;
    for (int i = 1; i <= 6; ++i) {
        const auto step
            = record(campaign, m_anna, QStringLiteral("M%1").arg(i), QStringLiteral("m%1@example.org").arg(i));
        const auto converted = workflow().convert(step.referral.id, 5000);
        ASSERT_TRUE(converted.ok());
        for (const auto& w : converted.value().rewards) {
            if (w.milestoneThreshold)
                milestonesAt << i;
        }
    }
    EXPECT_EQ(milestonesAt, (QList<int> {1, 3, 5}));
    EXPECT_EQ(scalar(QStringLiteral("SELECT cost_minor FROM rewards WHERE milestone_threshold = 3")), 600);
    EXPECT_EQ(scalar(QStringLiteral("SELECT cost_minor FROM rewards WHERE milestone_threshold = 5")), 2500);
}

// ---- Status changes, the ledger and the review -----------------------------------------

TEST_F(ReferralWorkflowTest, TheWholeLoopEndsRewardedAndTheLedgerAddsUp)
{
    const qint64 campaign = addCampaign([](domain::Campaign& c) {
        c.holdDays = 7;
        c.advocateReward = {RewardKind::Points, 1000, QString()};
    });
    const auto step = record(campaign, m_anna, QStringLiteral("Sam"), QStringLiteral("sam@example.org"));
    ASSERT_TRUE(workflow().convert(step.referral.id, 6000).ok());
    auto rewards = rewardsOf(step.referral.id);
    QList<qint64> ids {rewards[0].id, rewards[1].id};

    // Still in the hold: nothing is approved, and the outcome says until when.
    auto approved = ledger().approve(ids);
    ASSERT_TRUE(approved.ok());
    EXPECT_EQ(approved.value().changed, 0);
    ASSERT_EQ(approved.value().skipped.size(), 2);
    EXPECT_TRUE(approved.value().skipped[0].contains(QStringLiteral("held until")));
    auto early = workflow().approve(step.referral.id);
    ASSERT_TRUE(early.ok()) << "the referral itself can be confirmed";
    EXPECT_EQ(early.value().referral.status, ReferralStatus::Approved);
    EXPECT_EQ(rewardsOf(step.referral.id)[0].status, RewardStatus::Pending) << "its rewards wait for the hold";

    clock().advanceSeconds(7 * kDay);
    approved = ledger().approve(ids);
    ASSERT_TRUE(approved.ok());
    EXPECT_EQ(approved.value().changed, 2);
    // Issuing needs approval first; issuing both marks the referral rewarded.
    auto issued = ledger().issue({ids[0]}, QStringLiteral("Payout 2026-03"));
    ASSERT_TRUE(issued.ok());
    EXPECT_EQ(store::ReferralStore(db(), clock()).get(step.referral.id).value().status, ReferralStatus::Approved);
    issued = ledger().issue(ids, QStringLiteral("Payout 2026-03"));
    ASSERT_TRUE(issued.ok());
    EXPECT_EQ(issued.value().changed, 1);
    EXPECT_EQ(issued.value().skipped.size(), 1) << "the first was already issued";
    const domain::Referral done = store::ReferralStore(db(), clock()).get(step.referral.id).value();
    EXPECT_EQ(done.status, ReferralStatus::Rewarded);
    const auto history = store::ReferralStore(db(), clock()).history(step.referral.id).value();
    ASSERT_EQ(history.size(), 4u);
    EXPECT_EQ(history.back().to, ReferralStatus::Rewarded);
    EXPECT_EQ(history.back().note, QStringLiteral("Every reward was issued"));

    rewards = rewardsOf(step.referral.id);
    EXPECT_EQ(rewards[0].payoutReference, QStringLiteral("Payout 2026-03"));
    const auto entries = store::RewardStore(db(), clock()).entries(rewards[0].id).value();
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].kind, domain::LedgerEntryKind::Earn);
    EXPECT_EQ(entries[1].kind, domain::LedgerEntryKind::Approve);
    EXPECT_EQ(entries[2].kind, domain::LedgerEntryKind::Issue);

    const auto points = ledger().points(m_anna);
    ASSERT_TRUE(points.ok());
    EXPECT_EQ(points.value().current, 1000);
    EXPECT_EQ(points.value().lifetime, 1000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT points_balance FROM advocates WHERE id = %1").arg(m_anna)), 1000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT rewards_earned_minor FROM advocates WHERE id = %1").arg(m_anna)), 2000);
    expectLedgerAgrees();
}

TEST_F(ReferralWorkflowTest, ARefundReversesTheRewardsExactlyOnce)
{
    const qint64 campaign = addCampaign([](domain::Campaign& c) {
        c.advocateReward = {RewardKind::Points, 1000, QString()};
    });
    const auto step = record(campaign, m_anna, QStringLiteral("Tea"), QStringLiteral("tea@example.org"));
    ASSERT_TRUE(workflow().convert(step.referral.id, 6000).ok());
    const auto rewards = rewardsOf(step.referral.id);
    ASSERT_TRUE(ledger().approve({rewards[0].id, rewards[1].id}).ok());
    ASSERT_TRUE(ledger().issue({rewards[0].id}, QStringLiteral("P1")).ok());
    ASSERT_EQ(ledger().points(m_anna).value().current, 1000);

    const auto reversed = workflow().reverse(step.referral.id, QStringLiteral("Order refunded"));
    ASSERT_TRUE(reversed.ok()) << reversed.error().message.toStdString();
    EXPECT_EQ(reversed.value().referral.status, ReferralStatus::Reversed);
    for (const auto& w : rewardsOf(step.referral.id))
        EXPECT_EQ(w.status, RewardStatus::Reversed);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM reward_entries WHERE kind = 'reverse'")), 2);

    const auto again = workflow().reverse(step.referral.id, QStringLiteral("Refunded twice?"));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("reversed"))) << again.error().message.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM reward_entries WHERE kind = 'reverse'")), 2)
        << "no second reversal entry";
    EXPECT_FALSE(ledger().reverse(rewards[0].id, QStringLiteral("again")).ok());

    const auto points = ledger().points(m_anna).value();
    EXPECT_EQ(points.current, 0) << "the reversed points are gone from the balance";
    EXPECT_EQ(points.lifetime, 1000) << "but they were issued once";
    EXPECT_EQ(scalar(QStringLiteral("SELECT points_balance FROM advocates WHERE id = %1").arg(m_anna)), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT points_lifetime FROM advocates WHERE id = %1").arg(m_anna)), 1000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT rewards_earned_minor FROM advocates WHERE id = %1").arg(m_anna)), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT coalesce(sum(value), 0) FROM reward_entries")), 0);
    expectLedgerAgrees();
}

TEST_F(ReferralWorkflowTest, IllegalStepsAreRefusedAndChangeNothing)
{
    const qint64 campaign = addCampaign();
    const auto step = record(campaign, m_anna, QStringLiteral("Uma"), QStringLiteral("uma@example.org"));
    const qint64 id = step.referral.id;
    EXPECT_FALSE(workflow().approve(id).ok()) << "pending cannot be approved";
    EXPECT_FALSE(workflow().reverse(id, QStringLiteral("x")).ok()) << "nothing to refund yet";
    EXPECT_FALSE(workflow().reopen(id).ok());
    const auto noReason = workflow().reject(id, QStringLiteral("  "));
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().field, QStringLiteral("rejection_reason"));
    EXPECT_FALSE(workflow().convert(id, -5).ok());
    EXPECT_EQ(store::ReferralStore(db(), clock()).get(id).value().status, ReferralStatus::Pending);
    EXPECT_EQ(store::ReferralStore(db(), clock()).history(id).value().size(), 1u);

    ASSERT_TRUE(workflow().reject(id, QStringLiteral("Test")).ok());
    const auto reopened = workflow().reopen(id, QStringLiteral("Was real after all"));
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(reopened.value().referral.status, ReferralStatus::Pending);
    EXPECT_TRUE(reopened.value().referral.rejectionReason.isEmpty());

    ASSERT_TRUE(workflow().convert(id, 5000).ok());
    const auto rewards = rewardsOf(id);
    ASSERT_TRUE(ledger().approve({rewards[0].id}).ok());
    ASSERT_TRUE(ledger().issue({rewards[0].id}, QString()).ok());
    const auto voided = ledger().voidReward(rewards[0].id, QStringLiteral("oops"));
    ASSERT_FALSE(voided.ok());
    EXPECT_TRUE(voided.error().message.contains(QStringLiteral("reverse it instead")));
    const auto rejectLate = workflow().reject(id, QStringLiteral("too late"));
    ASSERT_FALSE(rejectLate.ok());
    EXPECT_TRUE(rejectLate.error().message.contains(QStringLiteral("Reverse it instead")));
}

TEST_F(ReferralWorkflowTest, RejectingVoidsTheRewardsNotYetIssued)
{
    const qint64 campaign = addCampaign();
    const auto step = record(campaign, m_anna, QStringLiteral("Vic"), QStringLiteral("vic@example.org"));
    ASSERT_TRUE(workflow().convert(step.referral.id, 5000).ok());
    const auto rejected = workflow().reject(step.referral.id, QStringLiteral("Order cancelled"));
    ASSERT_TRUE(rejected.ok());
    EXPECT_EQ(rejected.value().referral.rejectionReason, QStringLiteral("Order cancelled"));
    for (const auto& w : rewardsOf(step.referral.id))
        EXPECT_EQ(w.status, RewardStatus::Voided);
    expectLedgerAgrees();
}

TEST_F(ReferralWorkflowTest, FlaggedRewardsWaitForTheReview)
{
    const qint64 campaign = addCampaign();
    // Anna refers herself under another address of hers? No: her own address.
    const auto flagged = record(campaign, m_anna, QStringLiteral("Anna B"), QStringLiteral("anna@example.com"));
    const auto other = record(campaign, m_anna, QStringLiteral("Wyn"), QStringLiteral("wyn@mailinator.com"));
    ASSERT_EQ(flagged.referral.reviewState, domain::ReviewState::Flagged);
    ASSERT_EQ(other.referral.reviewState, domain::ReviewState::Flagged);
    ASSERT_TRUE(workflow().convert(flagged.referral.id, 5000).ok());
    ASSERT_TRUE(workflow().convert(other.referral.id, 5000).ok());

    const auto rewards = rewardsOf(flagged.referral.id);
    const auto approved = ledger().approve({rewards[0].id});
    ASSERT_TRUE(approved.ok());
    EXPECT_EQ(approved.value().changed, 0);
    EXPECT_TRUE(approved.value().skipped.value(0).contains(QStringLiteral("waiting for review")));
    const auto refused = workflow().approve(flagged.referral.id);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("review")));

    // Bulk: let one through, reject the other.
    const auto cleared = workflow().clearReview({flagged.referral.id}, QStringLiteral("Her partner's account"));
    ASSERT_TRUE(cleared.ok());
    EXPECT_EQ(cleared.value(), 1);
    EXPECT_TRUE(workflow().approve(flagged.referral.id).ok());
    EXPECT_EQ(rewardsOf(flagged.referral.id)[0].status, RewardStatus::Approved);

    const auto rejected = workflow().rejectInReview({other.referral.id}, QStringLiteral("Throw-away address"));
    ASSERT_TRUE(rejected.ok());
    const domain::Referral gone = store::ReferralStore(db(), clock()).get(other.referral.id).value();
    EXPECT_EQ(gone.status, ReferralStatus::Rejected);
    EXPECT_EQ(gone.reviewState, domain::ReviewState::Reviewed);
    for (const auto& w : rewardsOf(other.referral.id))
        EXPECT_EQ(w.status, RewardStatus::Voided);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM referrals WHERE review_state = 'flagged'")), 0)
        << "the queue is empty";
}

TEST_F(ReferralWorkflowTest, AdjustmentsAreNewEntriesAndKeepTheBalance)
{
    const qint64 campaign = addCampaign([](domain::Campaign& c) {
        c.friendReward = {RewardKind::PercentDiscount, 1000, QString()};
        c.trigger = domain::RewardTrigger::SignUp;
    });
    const auto step = record(campaign, m_anna, QStringLiteral("Xan"), QStringLiteral("xan@example.org"));
    ASSERT_TRUE(workflow().markSignedUp(step.referral.id).ok());
    const qint64 friendReward = rewardsOf(step.referral.id)[1].id;
    EXPECT_EQ(rewardsOf(step.referral.id)[1].costMinor, 0);
    EXPECT_FALSE(ledger().adjust(friendReward, 0, 420, QString()).ok()) << "an adjustment says why";
    EXPECT_FALSE(ledger().adjust(friendReward, 0, -1, QStringLiteral("x")).ok()) << "never negative";
    ASSERT_TRUE(ledger().adjust(friendReward, 0, 420, QStringLiteral("10% of the €42.00 first order")).ok());
    EXPECT_EQ(rewardsOf(step.referral.id)[1].costMinor, 420);
    EXPECT_EQ(store::RewardStore(db(), clock()).entries(friendReward).value().size(), 2u);
    expectLedgerAgrees();
}

} // namespace
