// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QSet>

#include "ProgramFixture.h"
#include "itemmodels/ReferralListModel.h"

using namespace grapevine;
using itemmodels::ReferralFilter;
using itemmodels::ReferralListModel;

namespace {

class ReferralListModelTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    void SetUp() override
    {
        m_campaign = addCampaign();
        const qint64 anna
            = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"),
                [](domain::Advocate& a) { a.referralCode = QStringLiteral("ANNA-7KQ"); });
        const qint64 marta = addAdvocate(QStringLiteral("Marta"), QStringLiteral("O'Neil \"Mo\""),
            QStringLiteral("m@example.com"), [](domain::Advocate& a) { a.referralCode = QStringLiteral("MARTA-1"); });
        m_byAnna
            = record(m_campaign, anna, QStringLiteral("Cleo Lund"), QStringLiteral("cleo@example.org")).referral.id;
        clock().advanceSeconds(60);
        m_byMarta
            = record(m_campaign, marta, QStringLiteral("100% Dan"), QStringLiteral("dan_x@example.org")).referral.id;
    }

    QSet<qint64> found(const QString& search)
    {
        ReferralFilter f;
        f.search = search;
        ReferralListModel model;
        const Status loaded = model.load(db(), f);
        EXPECT_TRUE(loaded.ok()) << search.toStdString() << ": "
                                 << (loaded.ok() ? "" : loaded.error().message.toStdString());
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.referralId(row));
        return ids;
    }

    qint64 m_campaign = 0;
    qint64 m_byAnna = 0;
    qint64 m_byMarta = 0;
};

TEST_F(ReferralListModelTest, SearchFindsFriendCodeAndReferrerByTheStartOfAWord)
{
    EXPECT_EQ(found(QStringLiteral("cle")), QSet<qint64>({m_byAnna})) << "the friend's name";
    EXPECT_EQ(found(QStringLiteral("CLEO@")), QSet<qint64>({m_byAnna})) << "the friend's e-mail, any case";
    EXPECT_EQ(found(QStringLiteral("anna-7")), QSet<qint64>({m_byAnna})) << "the code";
    EXPECT_EQ(found(QStringLiteral("ann")), QSet<qint64>({m_byAnna})) << "the referrer's first name";
    EXPECT_EQ(found(QStringLiteral("ber")), QSet<qint64>({m_byAnna})) << "the referrer's last name";
    EXPECT_EQ(found(QStringLiteral("anna be")), QSet<qint64>({m_byAnna})) << "both names, each a prefix";
    EXPECT_EQ(found(QStringLiteral("anna lund")), QSet<qint64>()) << "the words belong to different people";
    EXPECT_EQ(found(QStringLiteral("nobody")), QSet<qint64>());
}

TEST_F(ReferralListModelTest, WhatIsTypedIsMatchedLiterally)
{
    EXPECT_EQ(found(QStringLiteral("100%")), QSet<qint64>({m_byMarta}));
    EXPECT_EQ(found(QStringLiteral("%")), QSet<qint64>()) << "'%' is not a wildcard";
    EXPECT_EQ(found(QStringLiteral("dan_")), QSet<qint64>({m_byMarta}));
    EXPECT_EQ(found(QStringLiteral("da_")), QSet<qint64>()) << "'_' is not a wildcard";
    // Quotes, colons, stars and FTS words are text, never query syntax.
    EXPECT_EQ(found(QStringLiteral("\"mo")), QSet<qint64>({m_byMarta}));
    for (const char* hostile : {"\"", "*", "NEAR(", "a OR b", "{first_name}:", "'); DROP TABLE referrals; --", "-"})
        EXPECT_TRUE(found(QString::fromUtf8(hostile)).isEmpty()) << hostile;
    EXPECT_EQ(found(QString()).size(), 2);
}

TEST_F(ReferralListModelTest, CountsEachStageAndTheReviewQueuePerCampaign)
{
    const qint64 other = addCampaign();
    const qint64 bo = addAdvocate(QStringLiteral("Bo"), QStringLiteral("Lind"), QStringLiteral("bo@example.com"));
    record(other, bo, QStringLiteral("Bo again"), QStringLiteral("BO@example.com")); // self-referral: flagged
    ASSERT_TRUE(workflow().convert(m_byAnna, 5000).ok());

    ReferralListModel model;
    ASSERT_TRUE(model.load(db(), {}).ok());
    qint64 queue = -1;
    const auto all = model.countByStatus(queue);
    ASSERT_TRUE(all.ok());
    const auto countOf = [](const auto& counts, domain::ReferralStatus s) {
        for (const auto& [status, n] : counts) {
            if (status == s)
                return n;
        }
        return qint64(-1);
    };
    EXPECT_EQ(countOf(all.value(), domain::ReferralStatus::Pending), 2);
    EXPECT_EQ(countOf(all.value(), domain::ReferralStatus::Converted), 1);
    EXPECT_EQ(countOf(all.value(), domain::ReferralStatus::Rejected), 0);
    EXPECT_EQ(queue, 1);

    ReferralFilter first;
    first.campaignId = m_campaign;
    ASSERT_TRUE(model.load(db(), first).ok());
    const auto one = model.countByStatus(queue);
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(countOf(one.value(), domain::ReferralStatus::Pending), 1);
    EXPECT_EQ(queue, 0) << "the flagged one is in the other campaign";
}

} // namespace
