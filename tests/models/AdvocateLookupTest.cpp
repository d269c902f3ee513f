// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ProgramFixture.h"
#include "store/AdvocateLookup.h"

using namespace grapevine;
using store::AdvocateLookup;

namespace {

class AdvocateLookupTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    void SetUp() override
    {
        m_anna = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"),
            [](domain::Advocate& a) { a.referralCode = QStringLiteral("ANNA-7KQ"); });
        m_inactive = addAdvocate(QStringLiteral("Annika"), QStringLiteral("Holm"), QStringLiteral("annika@example.com"),
            [](domain::Advocate& a) { a.status = domain::AdvocateStatus::Inactive; });
        m_percent = addAdvocate(QStringLiteral("50%"), QStringLiteral("Club"), QStringLiteral("club@example.com"));
    }

    std::vector<qint64> ids(const char* typed, AdvocateLookup::Who who = AdvocateLookup::Who::NotErased)
    {
        const auto found = AdvocateLookup::suggest(db(), QString::fromUtf8(typed), who);
        EXPECT_TRUE(found.ok());
        std::vector<qint64> out;
        for (const auto& s : found.value())
            out.push_back(s.id);
        return out;
    }

    qint64 m_anna = 0;
    qint64 m_inactive = 0;
    qint64 m_percent = 0;
};

TEST_F(AdvocateLookupTest, FindsByTheStartOfNameEmailOrCode)
{
    EXPECT_EQ(ids("ann"), (std::vector<qint64> {m_anna, m_inactive})) << "by last name: Berg, Holm";
    EXPECT_EQ(ids("anna b"), std::vector<qint64> {m_anna}) << "the full name";
    EXPECT_EQ(ids("BERG"), std::vector<qint64> {m_anna});
    EXPECT_EQ(ids("anna-7"), std::vector<qint64> {m_anna}) << "the code";
    EXPECT_EQ(ids("annika@"), std::vector<qint64> {m_inactive}) << "the e-mail";
    EXPECT_TRUE(ids("a").empty()) << "one character is too few to suggest";
    const auto found = AdvocateLookup::suggest(db(), QStringLiteral("anna-"), AdvocateLookup::Who::NotErased);
    ASSERT_EQ(found.value().size(), 1u);
    EXPECT_EQ(found.value()[0].label, QStringLiteral("Anna Berg · anna@example.com · ANNA-7KQ"));
}

TEST_F(AdvocateLookupTest, OnlyActiveOnesCanReferAndWildcardsAreText)
{
    EXPECT_EQ(ids("ann", AdvocateLookup::Who::Active), std::vector<qint64> {m_anna}) << "an inactive one cannot refer";
    EXPECT_EQ(ids("50%"), std::vector<qint64> {m_percent});
    EXPECT_TRUE(ids("5_").empty()) << "'_' is not a wildcard";
    EXPECT_TRUE(ids("%%").empty()) << "'%' is not a wildcard";
    EXPECT_EQ(AdvocateLookup::likePrefix(QStringLiteral("a\\b%c_")), QStringLiteral("a\\\\b\\%c\\_%"));
    EXPECT_TRUE(
        AdvocateLookup::suggest(QSqlDatabase(), QStringLiteral("anna"), AdvocateLookup::Who::Active).value().empty())
        << "no database: no suggestions, no crash";
}

} // namespace
