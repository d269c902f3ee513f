// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "TestDatabase.h"
#include "domain/CampaignTemplates.h"
#include "store/AdvocateStore.h"
#include "store/CampaignCostStore.h"
#include "store/CampaignSnapshot.h"
#include "store/CampaignStore.h"

using namespace grapevine;
using store::CampaignSnapshot;

namespace {

QStringList rows(const QSqlDatabase& db, const QString& sql)
{
    QStringList lines;
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
    while (q.next()) {
        QStringList values;
        for (int c = 0; c < q.record().count(); ++c)
            values << (q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
        lines << values.join(QLatin1Char('|'));
    }
    return lines;
}

QStringList campaignState(const QSqlDatabase& db)
{
    return rows(db, QStringLiteral("SELECT * FROM campaigns ORDER BY id"))
        + rows(db, QStringLiteral("SELECT * FROM campaign_milestones ORDER BY id"))
        + rows(db, QStringLiteral("SELECT * FROM campaign_costs ORDER BY id"))
        + rows(db, QStringLiteral("SELECT id, campaign_id FROM mentions ORDER BY id"));
}

class CampaignSnapshotTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_campaign = domain::CampaignTemplates::make(domain::CampaignTemplate::MilestoneLadder, QStringLiteral("USD"));
        ASSERT_TRUE(store().create(m_campaign).ok());
        domain::CampaignCost cost;
        cost.campaignId = m_campaign.id;
        cost.incurredOn = QDate(2026, 2, 1);
        cost.amountMinor = 4200;
        ASSERT_TRUE(store::CampaignCostStore(m_db.connection(), m_db.clock()).create(cost).ok());
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO mentions (occurred_at, channel, sentiment, campaign_id, created_at, "
                                 "updated_at) VALUES (1, 'instagram', 'positive', ?, 1, 1)"));
        q.addBindValue(m_campaign.id);
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }

    store::CampaignStore store() { return store::CampaignStore(m_db.connection(), m_db.clock()); }

    test::TestDatabase m_db;
    domain::Campaign m_campaign;
};

TEST_F(CampaignSnapshotTest, RestoresADeletedCampaignExactly)
{
    const QStringList before = campaignState(m_db.connection());
    auto removed = CampaignSnapshot::remove(m_db.connection(), m_db.clock(), m_campaign.id);
    ASSERT_TRUE(removed.ok()) << removed.error().message.toStdString();
    EXPECT_EQ(removed->name(), m_campaign.name);
    EXPECT_EQ(store().get(m_campaign.id).error().code, Error::Code::NotFound);
    EXPECT_NE(campaignState(m_db.connection()), before);

    m_db.clock().advanceSeconds(3600);
    ASSERT_TRUE(removed->restore(m_db.connection()).ok());
    EXPECT_EQ(campaignState(m_db.connection()), before) << "same ids, timestamps, milestones, costs and mentions";
}

TEST_F(CampaignSnapshotTest, OverwritePutsBackBothVersionsOfAnEdit)
{
    const auto before = CampaignSnapshot::capture(m_db.connection(), m_campaign.id);
    ASSERT_TRUE(before.ok());
    const QStringList original = campaignState(m_db.connection());
    m_db.clock().advanceSeconds(3600);
    domain::Campaign edited = m_campaign;
    edited.name = QStringLiteral("Bigger ladder");
    edited.milestones.pop_back();
    ASSERT_TRUE(store().update(edited).ok());
    const auto after = CampaignSnapshot::capture(m_db.connection(), m_campaign.id);
    ASSERT_TRUE(after.ok());
    const QStringList changed = campaignState(m_db.connection());
    ASSERT_NE(changed, original);

    ASSERT_TRUE(before->overwrite(m_db.connection()).ok());
    EXPECT_EQ(campaignState(m_db.connection()), original);
    ASSERT_TRUE(after->overwrite(m_db.connection()).ok());
    EXPECT_EQ(campaignState(m_db.connection()), changed);
}

TEST_F(CampaignSnapshotTest, RefusesACampaignWithReferralsAndChangesNothing)
{
    domain::Advocate a;
    a.firstName = QStringLiteral("Ana");
    ASSERT_TRUE(store::AdvocateStore(m_db.connection(), m_db.clock()).create(a).ok());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO referrals (campaign_id, referrer_id, created_at, updated_at) "
                             "VALUES (?, ?, 1, 1)"));
    q.addBindValue(m_campaign.id);
    q.addBindValue(a.id);
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    const QStringList before = campaignState(m_db.connection());

    const auto removed = CampaignSnapshot::remove(m_db.connection(), m_db.clock(), m_campaign.id);
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().code, Error::Code::InUse);
    EXPECT_TRUE(removed.error().message.contains(QStringLiteral("end it instead")))
        << removed.error().message.toStdString();
    EXPECT_EQ(campaignState(m_db.connection()), before);
}

TEST_F(CampaignSnapshotTest, SaysWhenTheCampaignIsGone)
{
    EXPECT_EQ(CampaignSnapshot::capture(m_db.connection(), 4242).error().code, Error::Code::NotFound);
    EXPECT_EQ(CampaignSnapshot().overwrite(m_db.connection()).error().code, Error::Code::NotFound);
}

} // namespace
