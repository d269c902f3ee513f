// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <set>
#include <utility>

#include "domain/Referral.h"
#include "rules/ReferralTransitions.h"

using namespace grapevine;
using domain::ReferralStatus;
using rules::ReferralTransitions;

namespace {

using S = ReferralStatus;

// The whole table, written out: every pair not listed here must be refused.
const std::set<std::pair<S, S>> kAllowed = {
    {S::Pending, S::SignedUp},
    {S::Pending, S::Converted},
    {S::Pending, S::Rejected},
    {S::SignedUp, S::Converted},
    {S::SignedUp, S::Rejected},
    {S::Converted, S::Approved},
    {S::Converted, S::Rejected},
    {S::Converted, S::Reversed},
    {S::Approved, S::Rewarded},
    {S::Approved, S::Reversed},
    {S::Rewarded, S::Reversed},
    {S::Rejected, S::Pending},
};

TEST(ReferralTransitions, EveryPairIsAllowedOrRefusedWithAMessage)
{
    int refused = 0;
    for (const S from : domain::allValues<S>()) {
        for (const S to : domain::allValues<S>()) {
            const bool expected = kAllowed.count({from, to}) > 0;
            const std::string pair = domain::toKey(from).toStdString() + " -> " + domain::toKey(to).toStdString();
            EXPECT_EQ(ReferralTransitions::isAllowed(from, to), expected) << pair;
            const Status s = ReferralTransitions::check(from, to);
            EXPECT_EQ(s.ok(), expected) << pair;
            if (!expected) {
                ++refused;
                EXPECT_EQ(s.error().code, Error::Code::Invalid) << pair;
                EXPECT_EQ(s.error().field, QStringLiteral("status")) << pair;
                EXPECT_FALSE(s.error().message.isEmpty()) << pair;
            }
        }
    }
    EXPECT_EQ(refused, 49 - static_cast<int>(kAllowed.size()));
}

TEST(ReferralTransitions, RefusalsSayWhatToDoInstead)
{
    EXPECT_TRUE(ReferralTransitions::check(S::Rewarded, S::Rejected)
                    .error()
                    .message.contains(QStringLiteral("Reverse it instead")));
    EXPECT_TRUE(
        ReferralTransitions::check(S::Reversed, S::Reversed).error().message.contains(QStringLiteral("already")));
    EXPECT_TRUE(ReferralTransitions::check(S::Reversed, S::Pending).error().message.contains(QStringLiteral("refund")));
    EXPECT_TRUE(ReferralTransitions::check(S::Pending, S::Reversed)
                    .error()
                    .message.contains(QStringLiteral("Only a converted referral")));
    EXPECT_TRUE(ReferralTransitions::check(S::Approved, S::Pending)
                    .error()
                    .message.contains(QStringLiteral("Only a rejected referral can be reopened")));
    EXPECT_TRUE(ReferralTransitions::check(S::Converted, S::SignedUp)
                    .error()
                    .message.contains(QStringLiteral("cannot become signed up")));
}

} // namespace
