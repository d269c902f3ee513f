// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QSqlError>
#include <QSqlQuery>

#include "TestDatabase.h"
#include "metrics/CampaignSummary.h"
#include "store/AdvocateStore.h"
#include "store/CampaignCostStore.h"
#include "store/CampaignStore.h"

using namespace grapevine;
using metrics::CampaignFigures;
using metrics::CampaignSummary;

namespace {

/// A small business whose figures are worked out by hand below. Referrals and rewards go in
/// as SQL rows, so the test depends on the schema only, not on the stores' rules.
class CampaignSummaryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store::AdvocateStore advocates(m_db.connection(), m_db.clock());
        for (const char* name : {"ana", "bo"}) {
            domain::Advocate a;
            a.firstName = QLatin1String(name);
            a.email = QLatin1String(name) + QStringLiteral("@example.com");
            ASSERT_TRUE(advocates.create(a).ok());
            m_advocates << a.id;
        }
    }

    qint64 campaign(const QString& name)
    {
        domain::Campaign c;
        c.name = name;
        const Status created = store::CampaignStore(m_db.connection(), m_db.clock()).create(c);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        return c.id;
    }

    qint64 referral(qint64 campaignId, const char* status, std::optional<qint64> orderValue)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO referrals (campaign_id, referrer_id, status, order_value_minor, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, 1773480000, 1773480000)"));
        q.addBindValue(campaignId);
        q.addBindValue(m_advocates.first());
        q.addBindValue(QLatin1String(status));
        q.addBindValue(orderValue ? QVariant(*orderValue) : QVariant(QMetaType::fromType<qint64>()));
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
        return q.lastInsertId().toLongLong();
    }

    void reward(qint64 campaignId, const char* status, qint64 costMinor)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO rewards (campaign_id, advocate_id, side, kind, value, cost_minor, "
                                 "status, created_at, updated_at) VALUES (?, ?, 'advocate', 'store_credit', ?, ?, ?, "
                                 "1773480000, 1773480000)"));
        q.addBindValue(campaignId);
        q.addBindValue(m_advocates.last());
        q.addBindValue(costMinor);
        q.addBindValue(costMinor);
        q.addBindValue(QLatin1String(status));
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }

    void cost(qint64 campaignId, qint64 amountMinor)
    {
        domain::CampaignCost cost;
        cost.campaignId = campaignId;
        cost.incurredOn = QDate(2026, 3, 1);
        cost.description = QStringLiteral("Flyers");
        cost.amountMinor = amountMinor;
        EXPECT_TRUE(store::CampaignCostStore(m_db.connection(), m_db.clock()).create(cost).ok());
    }

    QHash<qint64, CampaignFigures> compute()
    {
        auto figures = CampaignSummary::compute(m_db.connection());
        EXPECT_TRUE(figures.ok()) << figures.error().message.toStdString();
        return figures ? figures.value() : QHash<qint64, CampaignFigures>();
    }

    test::TestDatabase m_db;
    QList<qint64> m_advocates;
};

TEST_F(CampaignSummaryTest, CountsRevenueAndCostAsDesignSays)
{
    const qint64 spring = campaign(QStringLiteral("Spring"));
    referral(spring, "pending", std::nullopt);
    referral(spring, "signed_up", std::nullopt);
    referral(spring, "converted", 12000);
    referral(spring, "approved", 8000);
    referral(spring, "rewarded", 5000);
    referral(spring, "rejected", 9900); // never converted: not revenue
    referral(spring, "reversed", 7000); // refunded: no longer converted, not revenue
    reward(spring, "approved", 1000);
    reward(spring, "issued", 1000);
    reward(spring, "pending", 500); // not earned yet: no cost
    cost(spring, 3000);
    cost(spring, 2500);

    const auto figures = compute();
    ASSERT_TRUE(figures.contains(spring));
    const CampaignFigures f = figures.value(spring);
    EXPECT_EQ(f.referrals, 7);
    EXPECT_EQ(f.converted, 3);
    EXPECT_EQ(f.revenueMinor, 12000 + 8000 + 5000);
    EXPECT_EQ(f.rewardCostMinor, 1000 + 1000);
    EXPECT_EQ(f.otherCostMinor, 3000 + 2500);
    EXPECT_EQ(f.costMinor(), 7500);
    ASSERT_TRUE(f.roi().has_value());
    EXPECT_DOUBLE_EQ(*f.roi(), (25000.0 - 7500.0) / 7500.0);
    ASSERT_TRUE(f.conversionRate().has_value());
    EXPECT_DOUBLE_EQ(*f.conversionRate(), 3.0 / 7.0);
}

TEST_F(CampaignSummaryTest, KeepsCampaignsApart)
{
    // Several rewards and costs on each side: a join before grouping would multiply the sums.
    const qint64 a = campaign(QStringLiteral("A"));
    const qint64 b = campaign(QStringLiteral("B"));
    for (int i = 0; i < 3; ++i) {
        referral(a, "converted", 1000);
        reward(a, "issued", 100);
        cost(a, 10);
    }
    referral(b, "approved", 4000);
    referral(b, "pending", std::nullopt);
    reward(b, "approved", 700);
    cost(b, 300);
    cost(b, 200);

    const auto figures = compute();
    EXPECT_EQ(figures.value(a).referrals, 3);
    EXPECT_EQ(figures.value(a).revenueMinor, 3000);
    EXPECT_EQ(figures.value(a).costMinor(), 330);
    EXPECT_EQ(figures.value(b).referrals, 2);
    EXPECT_EQ(figures.value(b).converted, 1);
    EXPECT_EQ(figures.value(b).revenueMinor, 4000);
    EXPECT_EQ(figures.value(b).rewardCostMinor, 700);
    EXPECT_EQ(figures.value(b).otherCostMinor, 500);
    EXPECT_DOUBLE_EQ(*figures.value(b).roi(), (4000.0 - 1200.0) / 1200.0);
}

TEST_F(CampaignSummaryTest, RoiIsUndefinedWithoutCostNeverZero)
{
    const qint64 quiet = campaign(QStringLiteral("Quiet"));
    const qint64 free = campaign(QStringLiteral("Free"));
    const qint64 loss = campaign(QStringLiteral("Loss"));
    referral(free, "converted", 4000);
    reward(free, "pending", 300);
    cost(loss, 1000);

    const auto figures = compute();
    ASSERT_EQ(figures.size(), 3) << "every campaign is listed, with or without activity";
    const CampaignFigures q = figures.value(quiet);
    EXPECT_EQ(q.referrals, 0);
    EXPECT_EQ(q.costMinor(), 0);
    EXPECT_FALSE(q.roi().has_value());
    EXPECT_FALSE(q.conversionRate().has_value());
    EXPECT_EQ(figures.value(free).revenueMinor, 4000);
    EXPECT_FALSE(figures.value(free).roi().has_value()) << "revenue without cost is not an infinite or zero ROI";
    ASSERT_TRUE(figures.value(loss).roi().has_value());
    EXPECT_DOUBLE_EQ(*figures.value(loss).roi(), -1.0);
}

TEST(CampaignSummary, ReturnOnInvestment)
{
    EXPECT_FALSE(metrics::returnOnInvestment(5000, 0).has_value());
    EXPECT_FALSE(metrics::returnOnInvestment(0, 0).has_value());
    EXPECT_DOUBLE_EQ(*metrics::returnOnInvestment(3000, 1000), 2.0);
    EXPECT_DOUBLE_EQ(*metrics::returnOnInvestment(500, 1000), -0.5);
}

TEST_F(CampaignSummaryTest, FailsWithAMessageOnABrokenFile)
{
    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TABLE campaign_costs")));
    const auto figures = CampaignSummary::compute(m_db.connection());
    ASSERT_FALSE(figures.ok());
    EXPECT_TRUE(figures.error().message.contains(QStringLiteral("Adding up the campaigns' results")))
        << figures.error().message.toStdString();
}

} // namespace
