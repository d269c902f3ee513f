// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <algorithm>

#include "ProgramFixture.h"
#include "program/FraudCheck.h"
#include "rules/DisposableDomains.h"
#include "store/ReferralStore.h"

using namespace grapevine;
using domain::FraudFlagKind;
using domain::ReferralStatus;

namespace {

bool has(const std::vector<domain::FraudFlag>& flags, FraudFlagKind kind)
{
    return std::any_of(flags.begin(), flags.end(), [&](const domain::FraudFlag& f) { return f.kind == kind; });
}

class FraudCheckTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    void SetUp() override
    {
        m_campaign = addCampaign();
        m_anna = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna.berg@example.com"),
            [](domain::Advocate& a) {
                a.phone = QStringLiteral("+44 7700 900123");
                a.address = QStringLiteral("12 Mill Lane,\nYork");
            });
    }
    qint64 m_campaign = 0;
    qint64 m_anna = 0;
};

TEST_F(FraudCheckTest, AClearReferralIsNotFlagged)
{
    const auto step = record(m_campaign, m_anna, QStringLiteral("Bea Lund"), QStringLiteral("bea@example.org"));
    EXPECT_TRUE(step.flags.empty());
    EXPECT_EQ(step.referral.reviewState, domain::ReviewState::None);
}

TEST_F(FraudCheckTest, SelfReferralBySameNormalisedEmailIsFlagged)
{
    const auto step = record(m_campaign, m_anna, QStringLiteral("A. B."), QStringLiteral("  ANNA.Berg@Example.com "));
    ASSERT_TRUE(has(step.flags, FraudFlagKind::SelfEmail));
    EXPECT_EQ(step.referral.reviewState, domain::ReviewState::Flagged);
    EXPECT_EQ(step.referral.status, ReferralStatus::Pending) << "flagged, never blocked";
    const auto stored = store::ReferralStore(db(), clock()).flags(step.referral.id);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored.value().size(), 1u);
    EXPECT_TRUE(stored.value()[0].reason.contains(QStringLiteral("anna.berg@example.com")));
    EXPECT_EQ(stored.value()[0].flaggedAt, test::fixedNow());
}

TEST_F(FraudCheckTest, SelfReferralBySamePhoneIsFlaggedWhateverTheFormatting)
{
    const auto step = record(m_campaign, m_anna, QStringLiteral("Someone"), QString(),
        [](program::ReferralDraft& d) { d.friendPhone = QStringLiteral("+44 (7700) 900-123"); });
    EXPECT_TRUE(has(step.flags, FraudFlagKind::SelfPhone));
    EXPECT_EQ(program::FraudCheck::normalisePhone(QStringLiteral("0044 7700 900123")),
        program::FraudCheck::normalisePhone(QStringLiteral("+44 7700-900123")));
}

TEST_F(FraudCheckTest, AHouseholdIsFlaggedNotRejected)
{
    // Anna's partner, same surname, same address spelled a little differently.
    const auto step = record(m_campaign, m_anna, QStringLiteral("Erik Berg"), QStringLiteral("erik@example.org"),
        [](program::ReferralDraft& d) { d.friendAddress = QStringLiteral("12 mill lane, york"); });
    ASSERT_TRUE(has(step.flags, FraudFlagKind::Household));
    EXPECT_EQ(step.referral.status, ReferralStatus::Pending);
    EXPECT_EQ(step.referral.reviewState, domain::ReviewState::Flagged);

    // It converts and earns its rewards like any other; they wait for the review.
    auto converted = workflow().convert(step.referral.id, 5000);
    ASSERT_TRUE(converted.ok()) << converted.error().message.toStdString();
    EXPECT_EQ(converted.value().referral.status, ReferralStatus::Converted);
    ASSERT_EQ(converted.value().rewards.size(), 2u);
    EXPECT_EQ(converted.value().rewards[0].status, domain::RewardStatus::Pending);

    // Someone else at another address is not a household.
    const auto other = record(m_campaign, m_anna, QStringLiteral("Ida Berg"), QStringLiteral("ida@example.org"),
        [](program::ReferralDraft& d) { d.friendAddress = QStringLiteral("3 High Street, Leeds"); });
    EXPECT_FALSE(has(other.flags, FraudFlagKind::Household));
}

TEST_F(FraudCheckTest, TheSameNameAndAddressIsCalledOutAsPossiblyTheReferrer)
{
    const auto step = record(m_campaign, m_anna, QStringLiteral("Anna Berg"), QStringLiteral("other@example.org"),
        [](program::ReferralDraft& d) { d.friendAddress = QStringLiteral("12 Mill Lane York"); });
    ASSERT_TRUE(has(step.flags, FraudFlagKind::Household));
    EXPECT_TRUE(step.flags.front().reason.contains(QStringLiteral("possibly the referrer")));
}

TEST_F(FraudCheckTest, AFriendWhoWasAlreadyACustomerIsFlagged)
{
    clock().advanceSeconds(-86400 * 10);
    const qint64 cara = addAdvocate(QStringLiteral("Cara"), QStringLiteral("Holm"), QStringLiteral("cara@example.org"),
        [](domain::Advocate& a) { a.orderCount = 2; });
    clock().advanceSeconds(86400 * 10);
    const auto byLink
        = record(m_campaign, m_anna, QString(), QString(), [&](program::ReferralDraft& d) { d.friendId = cara; });
    EXPECT_TRUE(has(byLink.flags, FraudFlagKind::ExistingCustomer));
    // Found by e-mail too, when the referral only names the address.
    const auto byEmail = record(addCampaign(), m_anna, QStringLiteral("Cara"), QStringLiteral("CARA@example.org"));
    EXPECT_TRUE(has(byEmail.flags, FraudFlagKind::ExistingCustomer));
    // Someone in the records without orders is not a customer yet.
    const qint64 dan = addAdvocate(QStringLiteral("Dan"), QStringLiteral("Ek"), QStringLiteral("dan@example.org"));
    const auto noOrders
        = record(m_campaign, m_anna, QString(), QString(), [&](program::ReferralDraft& d) { d.friendId = dan; });
    EXPECT_FALSE(has(noOrders.flags, FraudFlagKind::ExistingCustomer));
}

TEST_F(FraudCheckTest, ManyReferralsInAShortTimeAreFlagged)
{
    for (int i = 1; i <= program::FraudCheck::kVelocityLimit; ++i) {
        const auto step = record(
            m_campaign, m_anna, QStringLiteral("Friend %1").arg(i), QStringLiteral("friend%1@example.org").arg(i));
        EXPECT_FALSE(has(step.flags, FraudFlagKind::Velocity)) << "referral " << i;
        clock().advanceSeconds(600);
    }
    const auto sixth = record(m_campaign, m_anna, QStringLiteral("Friend 6"), QStringLiteral("friend6@example.org"));
    ASSERT_TRUE(has(sixth.flags, FraudFlagKind::Velocity));
    EXPECT_TRUE(sixth.flags.front().reason.contains(QStringLiteral("6 referrals")))
        << sixth.flags.front().reason.toStdString();
    // A day later the window has moved on.
    clock().advanceSeconds(86400);
    const auto later = record(m_campaign, m_anna, QStringLiteral("Friend 7"), QStringLiteral("friend7@example.org"));
    EXPECT_FALSE(has(later.flags, FraudFlagKind::Velocity));
}

TEST_F(FraudCheckTest, DisposableEmailDomainsAreFlagged)
{
    EXPECT_GT(rules::DisposableDomains::shipped().size(), 50);
    const auto step = record(m_campaign, m_anna, QStringLiteral("Throw Away"), QStringLiteral("x@mailinator.com"));
    EXPECT_TRUE(has(step.flags, FraudFlagKind::DisposableEmail));
    const auto sub = record(m_campaign, m_anna, QStringLiteral("Sub Domain"), QStringLiteral("y@eu.yopmail.com"));
    EXPECT_TRUE(has(sub.flags, FraudFlagKind::DisposableEmail)) << "a subdomain of a listed domain";
    const auto fine = record(m_campaign, m_anna, QStringLiteral("Real Person"), QStringLiteral("z@mailinator.org"));
    EXPECT_FALSE(has(fine.flags, FraudFlagKind::DisposableEmail));

    const auto custom = rules::DisposableDomains::fromText(QStringLiteral("# comment\n\n  Temp.Example \n"));
    EXPECT_EQ(custom.size(), 1);
    EXPECT_TRUE(custom.matches(QStringLiteral("a@temp.example")));
    EXPECT_FALSE(custom.matches(QStringLiteral("not an address")));
}

} // namespace
