// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

#include "ProgramFixture.h"
#include "itemmodels/LeaderboardModel.h"

using namespace grapevine;
using itemmodels::LeaderboardEntry;
using itemmodels::LeaderboardModel;

namespace {

/// Four advocates referring friends in two campaigns; the figures each test expects are worked
/// out next to the referrals that make them.
class LeaderboardTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    void SetUp() override
    {
        m_anna = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"));
        m_bo = addAdvocate(QStringLiteral("Bo"), QStringLiteral("Lind"), QStringLiteral("bo@example.com"));
        m_dina = addAdvocate(QStringLiteral("Dina"), QStringLiteral("Ek"), QStringLiteral("dina@example.com"));
        m_eve = addAdvocate(QStringLiteral("Eve"), QStringLiteral("Ng"), QStringLiteral("eve@example.com"));
        addAdvocate(QStringLiteral("Cleo"), QStringLiteral("Idle"), QStringLiteral("cleo@example.com"));
        m_spring = addCampaign();
        m_summer = addCampaign();

        // Spring: Anna 3 referrals, 2 converted (80 + 40); Bo 2 referrals, 2 converted (30 + 50).
        refer(m_spring, m_anna, 8000);
        refer(m_spring, m_anna, 4000);
        refer(m_spring, m_anna, -1);
        refer(m_spring, m_bo, 3000);
        refer(m_spring, m_bo, 5000);
        // Summer: Bo 2 referrals, both converted (10 + 15); Anna 1 converted (20); Dina and Eve
        // one unconverted referral each.
        refer(m_summer, m_bo, 1000);
        refer(m_summer, m_bo, 1500);
        refer(m_summer, m_anna, 2000);
        refer(m_summer, m_dina, -1);
        refer(m_summer, m_eve, -1);

        // Anna's advocate-side rewards are approved (€10 each): two in Spring, one in Summer.
        QList<qint64> annas;
        QSqlQuery q(db());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT id FROM rewards WHERE advocate_id = %1").arg(m_anna)));
        while (q.next())
            annas << q.value(0).toLongLong();
        EXPECT_EQ(annas.size(), 3);
        const auto approved = ledger().approve(annas);
        EXPECT_TRUE(approved.ok() && approved->changed == 3);
    }

    void refer(qint64 campaign, qint64 referrer, qint64 orderMinor)
    {
        const QString name = QStringLiteral("Friend %1").arg(++m_friends);
        const auto step = record(campaign, referrer, name, QStringLiteral("friend%1@example.org").arg(m_friends));
        if (orderMinor >= 0) {
            ASSERT_TRUE(workflow().convert(step.referral.id, orderMinor).ok());
        }
    }

    static std::vector<LeaderboardEntry> entries(const LeaderboardModel& model)
    {
        std::vector<LeaderboardEntry> all;
        for (int row = 0; row < model.rowCount(); ++row)
            all.push_back(*model.entryAt(row));
        return all;
    }

    qint64 m_anna = 0;
    qint64 m_bo = 0;
    qint64 m_dina = 0;
    qint64 m_eve = 0;
    qint64 m_spring = 0;
    qint64 m_summer = 0;
    int m_friends = 0;
};

TEST_F(LeaderboardTest, OverallRanksByConversionsThenReferrals)
{
    LeaderboardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.load(db(), QStringLiteral("EUR")).ok());
    const auto board = entries(model);
    ASSERT_EQ(board.size(), 4u) << "Cleo made no referral and is not on the board";

    // Bo: 4 conversions of 4; Anna: 3 of 4; Dina and Eve: 0 of 1, tied.
    EXPECT_EQ(board[0].advocateId, m_bo);
    EXPECT_EQ(board[0].rank, 1);
    EXPECT_EQ(board[0].name, QStringLiteral("Bo Lind"));
    EXPECT_EQ(board[0].referrals, 4);
    EXPECT_EQ(board[0].converted, 4);
    EXPECT_EQ(board[0].revenueMinor, 3000 + 5000 + 1000 + 1500);
    EXPECT_EQ(board[0].rewardsMinor, 0) << "Bo's rewards are still pending";

    EXPECT_EQ(board[1].advocateId, m_anna);
    EXPECT_EQ(board[1].rank, 2);
    EXPECT_EQ(board[1].referrals, 4);
    EXPECT_EQ(board[1].converted, 3);
    EXPECT_EQ(board[1].revenueMinor, 8000 + 4000 + 2000);
    EXPECT_EQ(board[1].rewardsMinor, 3 * 1000);

    EXPECT_EQ(board[2].rank, 3);
    EXPECT_EQ(board[3].rank, 3) << "a tie shares the rank";
    EXPECT_EQ(board[2].advocateId, m_dina) << "the earlier advocate first among equals";
    EXPECT_EQ(board[3].advocateId, m_eve);

    EXPECT_EQ(model.data(model.index(0, LeaderboardModel::Rank)).toString(), QStringLiteral("1"));
    EXPECT_EQ(model.data(model.index(0, LeaderboardModel::Advocate)).toString(), QStringLiteral("Bo Lind"));
    EXPECT_EQ(model.data(model.index(1, LeaderboardModel::Rewards), LeaderboardModel::RawValueRole).toLongLong(), 3000);
    EXPECT_EQ(model.data(model.index(1, 0), LeaderboardModel::AdvocateIdRole).toLongLong(), m_anna);

    ASSERT_TRUE(model.load(db(), QStringLiteral("EUR"), std::nullopt, 2).ok());
    EXPECT_EQ(model.rowCount(), 2) << "the limit";
}

TEST_F(LeaderboardTest, OneCampaignCountsOnlyItsReferralsAndRewards)
{
    LeaderboardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_TRUE(model.load(db(), QStringLiteral("EUR"), m_spring).ok());
    auto board = entries(model);
    ASSERT_EQ(board.size(), 2u);
    // Both converted two; Anna made three referrals to Bo's two.
    EXPECT_EQ(board[0].advocateId, m_anna);
    EXPECT_EQ(board[0].rank, 1);
    EXPECT_EQ(board[0].referrals, 3);
    EXPECT_EQ(board[0].converted, 2);
    EXPECT_EQ(board[0].revenueMinor, 12000);
    EXPECT_EQ(board[0].rewardsMinor, 2000) << "her two approved Spring rewards, not the Summer one";
    EXPECT_EQ(board[1].advocateId, m_bo);
    EXPECT_EQ(board[1].rank, 2);
    EXPECT_EQ(board[1].referrals, 2);
    EXPECT_EQ(board[1].revenueMinor, 8000);

    ASSERT_TRUE(model.load(db(), QStringLiteral("EUR"), m_summer).ok());
    board = entries(model);
    ASSERT_EQ(board.size(), 4u);
    EXPECT_EQ(board[0].advocateId, m_bo);
    EXPECT_EQ(board[0].converted, 2);
    EXPECT_EQ(board[0].revenueMinor, 2500);
    EXPECT_EQ(board[1].advocateId, m_anna);
    EXPECT_EQ(board[1].revenueMinor, 2000);
    EXPECT_EQ(board[1].rewardsMinor, 1000);
    EXPECT_EQ(board[2].rank, 3);
    EXPECT_EQ(board[3].rank, 3);
    EXPECT_EQ(board[3].converted, 0);
    EXPECT_EQ(board[3].revenueMinor, 0) << "an unconverted referral brings no revenue";
}

} // namespace
