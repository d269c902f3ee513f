// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <optional>

#include <QSqlQuery>

#include "TestDatabase.h"
#include "store/CampaignCostStore.h"
#include "store/CampaignStore.h"

using namespace grapevine;
using namespace grapevine::domain;

namespace {

class CampaignCostStoreTest : public ::testing::Test
{
protected:
    qint64 addCampaign(const QString& name)
    {
        Campaign c;
        c.name = name;
        const Status s = store::CampaignStore(m_db.connection(), m_db.clock()).create(c);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
        return c.id;
    }

    CampaignCost cost(qint64 campaignId, QDate on, qint64 amount) const
    {
        CampaignCost c;
        c.campaignId = campaignId;
        c.incurredOn = on;
        c.amountMinor = amount;
        c.description = QStringLiteral("Flyers, 500 × A5");
        return c;
    }

    /// As a restart of the app: nothing may hold the old connection.
    void reopen()
    {
        m_storeHolder.reset();
        m_db.reopen();
        m_storeHolder.emplace(m_db.connection(), m_db.clock());
    }

    store::CampaignCostStore& store() { return *m_storeHolder; }

    test::TestDatabase m_db;
    std::optional<store::CampaignCostStore> m_storeHolder {std::in_place, m_db.connection(), m_db.clock()};
};

TEST_F(CampaignCostStoreTest, RoundTripsEveryField)
{
    CampaignCost c;
    c.campaignId = addCampaign(QStringLiteral("Spring"));
    c.incurredOn = QDate(2026, 2, 28);
    c.description = QStringLiteral("Printing: 500 flyers\nand posters");
    c.amountMinor = 12345;
    c.createdAt = QDateTime(QDate(2026, 3, 1), QTime(12, 30, 15), Qt::UTC);
    ASSERT_TRUE(store().create(c).ok());
    ASSERT_GT(c.id, 0);

    reopen();
    const Result<CampaignCost> read = store().get(c.id);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const CampaignCost& r = read.value();
    EXPECT_EQ(r.id, c.id);
    EXPECT_EQ(r.campaignId, c.campaignId);
    EXPECT_EQ(r.incurredOn, QDate(2026, 2, 28));
    EXPECT_EQ(r.description, c.description);
    EXPECT_EQ(r.amountMinor, 12345);
    EXPECT_EQ(r.createdAt, QDateTime(QDate(2026, 3, 1), QTime(12, 30, 15), Qt::UTC))
        << "a createdAt the caller set is kept";

    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT incurred_on FROM campaign_costs")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2026-02-28")) << "dates are stored as YYYY-MM-DD";
}

TEST_F(CampaignCostStoreTest, CreatedAtComesFromTheClock)
{
    CampaignCost c = cost(addCampaign(QStringLiteral("Spring")), QDate(2026, 3, 1), 100);
    ASSERT_TRUE(store().create(c).ok());
    EXPECT_EQ(c.createdAt, test::fixedNow());
    EXPECT_EQ(store().get(c.id).value().createdAt, test::fixedNow());
}

TEST_F(CampaignCostStoreTest, UpdatesAndDeletes)
{
    const qint64 spring = addCampaign(QStringLiteral("Spring"));
    const qint64 summer = addCampaign(QStringLiteral("Summer"));
    CampaignCost c = cost(spring, QDate(2026, 3, 1), 100);
    ASSERT_TRUE(store().create(c).ok());
    m_db.clock().advanceSeconds(3600);
    c.campaignId = summer;
    c.incurredOn = QDate(2026, 6, 1);
    c.description = QStringLiteral("Moved to summer");
    c.amountMinor = 0;
    c.createdAt = QDateTime(); // a hand-built copy: the stored creation time stays
    ASSERT_TRUE(store().update(c).ok());
    EXPECT_EQ(c.createdAt, test::fixedNow());
    const CampaignCost r = store().get(c.id).value();
    EXPECT_EQ(r.campaignId, summer);
    EXPECT_EQ(r.incurredOn, QDate(2026, 6, 1));
    EXPECT_EQ(r.description, QStringLiteral("Moved to summer"));
    EXPECT_EQ(r.amountMinor, 0);
    EXPECT_EQ(r.createdAt, test::fixedNow());

    ASSERT_TRUE(store().remove(c.id).ok());
    EXPECT_EQ(store().get(c.id).error().code, Error::Code::NotFound);
    EXPECT_EQ(store().remove(c.id).error().code, Error::Code::NotFound);
    EXPECT_EQ(store().update(c).error().code, Error::Code::NotFound);
    CampaignCost unsaved = cost(spring, QDate(2026, 3, 1), 1);
    EXPECT_EQ(store().update(unsaved).error().code, Error::Code::NotFound);
}

TEST_F(CampaignCostStoreTest, ListsACampaignsCostsByDayThenId)
{
    const qint64 spring = addCampaign(QStringLiteral("Spring"));
    const qint64 other = addCampaign(QStringLiteral("Other"));
    CampaignCost late = cost(spring, QDate(2026, 4, 1), 3);
    CampaignCost early = cost(spring, QDate(2026, 3, 1), 1);
    CampaignCost sameDay = cost(spring, QDate(2026, 4, 1), 4);
    CampaignCost elsewhere = cost(other, QDate(2026, 1, 1), 9);
    for (CampaignCost* c : {&late, &early, &sameDay, &elsewhere})
        ASSERT_TRUE(store().create(*c).ok());
    const auto list = store().listForCampaign(spring);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list.value().size(), 3u);
    EXPECT_EQ(list.value()[0].id, early.id);
    EXPECT_EQ(list.value()[1].id, late.id);
    EXPECT_EQ(list.value()[2].id, sameDay.id);
    EXPECT_TRUE(store().listForCampaign(4242).value().empty());
}

TEST_F(CampaignCostStoreTest, RejectsInvalidValuesWithTheField)
{
    const qint64 spring = addCampaign(QStringLiteral("Spring"));
    CampaignCost c = cost(spring, QDate(), 100);
    Status s = store().create(c);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Invalid);
    EXPECT_EQ(s.error().field, QStringLiteral("incurred_on"));
    EXPECT_FALSE(s.error().message.isEmpty());

    c = cost(spring, QDate(2026, 3, 1), -1);
    EXPECT_EQ(store().create(c).error().field, QStringLiteral("amount"));
    c = cost(0, QDate(2026, 3, 1), 1);
    EXPECT_EQ(store().create(c).error().field, QStringLiteral("campaign"));

    // A campaign that does not exist is named, not reported as a raw foreign-key failure.
    c = cost(4242, QDate(2026, 3, 1), 1);
    s = store().create(c);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Invalid);
    EXPECT_EQ(s.error().field, QStringLiteral("campaign"));
    EXPECT_FALSE(s.error().message.contains(QStringLiteral("FOREIGN KEY"))) << s.error().message.toStdString();
    EXPECT_TRUE(store().listForCampaign(spring).value().empty());
}

TEST_F(CampaignCostStoreTest, HostileTextRoundTripsUnchanged)
{
    const qint64 spring = addCampaign(QStringLiteral("Spring"));
    for (const char16_t* text : {u"Robert'); DROP TABLE advocates;--", u"Zoë 🍇🎉 👩‍👩‍👧",
             u"王芳 山田太郎 김민준", u"مريم العربي שלום", u"evil\u202Etxt.exe", u"O'Brien \"Bob\" `x`"}) {
        const QString value = QString::fromUtf16(text);
        CampaignCost c = cost(spring, QDate(2026, 3, 1), 1);
        c.description = value;
        ASSERT_TRUE(store().create(c).ok());
        EXPECT_EQ(store().get(c.id).value().description, value);
    }
    QSqlQuery q(m_db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM advocates")) && q.next())
        << "the advocates table is still there";
}

} // namespace
