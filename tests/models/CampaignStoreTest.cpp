// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <optional>

#include <QSqlQuery>

#include "TestDatabase.h"
#include "store/AdvocateStore.h"
#include "store/CampaignCostStore.h"
#include "store/CampaignStore.h"
#include "store/ReferralStore.h"
#include "store/RewardStore.h"

using namespace grapevine;
using namespace grapevine::domain;

namespace {

int countRows(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

class CampaignStoreTest : public ::testing::Test
{
protected:
    static Campaign fullCampaign()
    {
        Campaign c;
        c.name = QStringLiteral("Spring 2026");
        c.description = QStringLiteral("Give €10, get €10.\nSecond line.");
        c.status = CampaignStatus::Paused;
        c.startsOn = QDate(2026, 3, 1);
        c.endsOn = QDate(2026, 5, 31);
        c.advocateReward = {RewardKind::StoreCredit, 1000, QStringLiteral("€10 store credit")};
        c.friendReward = {RewardKind::PercentDiscount, 1500, QStringLiteral("15% off the first order")};
        c.trigger = RewardTrigger::SignUp;
        c.newCustomersOnly = false;
        c.minOrderMinor = 2500;
        c.maxRewardsPerAdvocate = 10;
        c.budgetMinor = 500000;
        c.holdDays = 14;
        c.attributionDays = 60;
        c.landingUrl = QStringLiteral("https://example.com/spring?x=1&y=2");
        c.utmSource = QStringLiteral("referral");
        c.utmMedium = QStringLiteral("email");
        c.utmCampaign = QStringLiteral("spring-2026");
        c.disclosureText = QStringLiteral("I get €10 credit when you order.");
        c.messageTemplate = QStringLiteral("Hi {friend}, use {code}!");
        c.milestones = {Milestone {0, 5, RewardKind::Gift, 3000, QStringLiteral("Tote bag")},
            Milestone {0, 1, RewardKind::Points, 100, QStringLiteral("First friend bonus")}};
        c.createdAt = QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);
        return c;
    }

    /// As a restart of the app: nothing may hold the old connection.
    void reopen()
    {
        m_storeHolder.reset();
        m_db.reopen();
        m_storeHolder.emplace(m_db.connection(), m_db.clock());
    }

    store::CampaignStore& store() { return *m_storeHolder; }

    qint64 addAdvocate(const QString& firstName)
    {
        Advocate a;
        a.firstName = firstName;
        const Status s = store::AdvocateStore(m_db.connection(), m_db.clock()).create(a);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
        return a.id;
    }

    qint64 addReferral(qint64 campaignId, qint64 referrerId)
    {
        Referral r;
        r.campaignId = campaignId;
        r.referrerId = referrerId;
        r.friendName = QStringLiteral("Friend");
        const Status s = store::ReferralStore(m_db.connection(), m_db.clock()).create(r);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
        return r.id;
    }

    test::TestDatabase m_db;
    std::optional<store::CampaignStore> m_storeHolder {std::in_place, m_db.connection(), m_db.clock()};
};

TEST_F(CampaignStoreTest, RoundTripsEveryField)
{
    Campaign c = fullCampaign();
    ASSERT_TRUE(store().create(c).ok());
    ASSERT_GT(c.id, 0);
    EXPECT_EQ(c.updatedAt, test::fixedNow());
    EXPECT_EQ(c.createdAt, QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC)) << "a createdAt the caller set is kept";
    ASSERT_EQ(c.milestones.size(), 2u);
    EXPECT_GT(c.milestones[0].id, 0);
    EXPECT_GT(c.milestones[1].id, 0);

    reopen();
    const Result<Campaign> read = store().get(c.id);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const Campaign& r = read.value();
    EXPECT_EQ(r.id, c.id);
    EXPECT_EQ(r.name, c.name);
    EXPECT_EQ(r.description, c.description);
    EXPECT_EQ(r.status, CampaignStatus::Paused);
    EXPECT_EQ(r.startsOn, QDate(2026, 3, 1));
    EXPECT_EQ(r.endsOn, QDate(2026, 5, 31));
    EXPECT_EQ(r.advocateReward.kind, RewardKind::StoreCredit);
    EXPECT_EQ(r.advocateReward.value, 1000);
    EXPECT_EQ(r.advocateReward.description, c.advocateReward.description);
    EXPECT_EQ(r.friendReward.kind, RewardKind::PercentDiscount);
    EXPECT_EQ(r.friendReward.value, 1500);
    EXPECT_EQ(r.friendReward.description, c.friendReward.description);
    EXPECT_EQ(r.trigger, RewardTrigger::SignUp);
    EXPECT_FALSE(r.newCustomersOnly);
    EXPECT_EQ(r.minOrderMinor, 2500);
    EXPECT_EQ(r.maxRewardsPerAdvocate, 10);
    EXPECT_EQ(r.budgetMinor, 500000);
    EXPECT_EQ(r.holdDays, 14);
    EXPECT_EQ(r.attributionDays, 60);
    EXPECT_EQ(r.landingUrl, c.landingUrl);
    EXPECT_EQ(r.utmSource, c.utmSource);
    EXPECT_EQ(r.utmMedium, c.utmMedium);
    EXPECT_EQ(r.utmCampaign, c.utmCampaign);
    EXPECT_EQ(r.disclosureText, c.disclosureText);
    EXPECT_EQ(r.messageTemplate, c.messageTemplate);
    EXPECT_EQ(r.createdAt, c.createdAt);
    EXPECT_EQ(r.updatedAt, test::fixedNow());
    ASSERT_EQ(r.milestones.size(), 2u);
    // Read back in threshold order, whatever order they were given in.
    EXPECT_EQ(r.milestones[0], c.milestones[1]);
    EXPECT_EQ(r.milestones[1], c.milestones[0]);
    EXPECT_EQ(r.milestones[0].id, c.milestones[1].id);
    EXPECT_EQ(r.milestones[0].description, QStringLiteral("First friend bonus"));
}

TEST_F(CampaignStoreTest, DefaultsAndEmptyOptionalsRoundTrip)
{
    Campaign c;
    c.name = QStringLiteral("Plain");
    ASSERT_TRUE(store().create(c).ok());
    EXPECT_EQ(c.createdAt, test::fixedNow());
    const Campaign r = store().get(c.id).value();
    EXPECT_FALSE(r.startsOn.isValid());
    EXPECT_FALSE(r.endsOn.isValid());
    EXPECT_FALSE(r.maxRewardsPerAdvocate.has_value());
    EXPECT_FALSE(r.budgetMinor.has_value());
    EXPECT_EQ(r.advocateReward, RewardOffer());
    EXPECT_EQ(r.friendReward, RewardOffer());
    EXPECT_EQ(r.trigger, RewardTrigger::FirstPurchase);
    EXPECT_TRUE(r.newCustomersOnly);
    EXPECT_EQ(r.attributionDays, 30);
    EXPECT_TRUE(r.milestones.empty());
}

TEST_F(CampaignStoreTest, UpdatesReplaceMilestonesAndDeletes)
{
    Campaign c = fullCampaign();
    ASSERT_TRUE(store().create(c).ok());
    m_db.clock().advanceSeconds(90);
    c.name = QStringLiteral("Spring 2026 (extended)");
    c.endsOn = QDate(2026, 6, 30);
    c.budgetMinor.reset();
    c.maxRewardsPerAdvocate.reset();
    c.milestones = {Milestone {0, 3, RewardKind::Cash, 2000, QStringLiteral("€20")}};
    ASSERT_TRUE(store().update(c).ok());
    EXPECT_EQ(c.updatedAt, test::fixedNow().addSecs(90));
    ASSERT_EQ(c.milestones.size(), 1u);
    EXPECT_GT(c.milestones[0].id, 0);

    const Campaign r = store().get(c.id).value();
    EXPECT_EQ(r.name, QStringLiteral("Spring 2026 (extended)"));
    EXPECT_EQ(r.endsOn, QDate(2026, 6, 30));
    EXPECT_FALSE(r.budgetMinor.has_value());
    EXPECT_FALSE(r.maxRewardsPerAdvocate.has_value());
    EXPECT_EQ(r.createdAt, fullCampaign().createdAt);
    EXPECT_EQ(r.updatedAt, test::fixedNow().addSecs(90));
    ASSERT_EQ(r.milestones.size(), 1u);
    EXPECT_EQ(r.milestones[0], c.milestones[0]);
    EXPECT_EQ(countRows(m_db.connection(), QStringLiteral("SELECT count(*) FROM campaign_milestones")), 1)
        << "the old milestones are gone, not kept beside the new ones";

    // A copy without createdAt (built by hand, say) keeps the stored one.
    Campaign copy = r;
    copy.createdAt = QDateTime();
    ASSERT_TRUE(store().update(copy).ok());
    EXPECT_EQ(copy.createdAt, fullCampaign().createdAt);
    EXPECT_EQ(store().get(c.id).value().createdAt, fullCampaign().createdAt);

    ASSERT_TRUE(store().remove(c.id).ok());
    EXPECT_EQ(store().get(c.id).error().code, Error::Code::NotFound);
    EXPECT_EQ(store().remove(c.id).error().code, Error::Code::NotFound);
    EXPECT_EQ(countRows(m_db.connection(), QStringLiteral("SELECT count(*) FROM campaign_milestones")), 0);

    Campaign gone = fullCampaign();
    gone.id = c.id;
    EXPECT_EQ(store().update(gone).error().code, Error::Code::NotFound);
    Campaign unsaved = fullCampaign();
    EXPECT_EQ(store().update(unsaved).error().code, Error::Code::NotFound);
}

TEST_F(CampaignStoreTest, ListsAllCampaignsByName)
{
    for (const char* name : {"beta", "Alpha", "gamma", "Beta"}) {
        Campaign c;
        c.name = QString::fromLatin1(name);
        if (c.name == QLatin1String("gamma"))
            c.milestones = {Milestone {0, 2, RewardKind::Points, 50, QString()}};
        ASSERT_TRUE(store().create(c).ok());
    }
    const auto list = store().list();
    ASSERT_TRUE(list.ok());
    QStringList names;
    for (const Campaign& c : list.value())
        names << c.name;
    EXPECT_EQ(names,
        (QStringList {
            QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("Beta"), QStringLiteral("gamma")}));
    EXPECT_EQ(list.value()[3].milestones.size(), 1u) << "list() carries the milestones too";
    EXPECT_TRUE(list.value()[0].milestones.empty());
}

TEST_F(CampaignStoreTest, RemoveIsRefusedWhileReferralsExist)
{
    Campaign c;
    c.name = QStringLiteral("Busy");
    ASSERT_TRUE(store().create(c).ok());
    const qint64 anna = addAdvocate(QStringLiteral("Anna"));
    std::vector<qint64> referrals;
    for (int i = 0; i < 12; ++i)
        referrals.push_back(addReferral(c.id, anna));

    const Status removed = store().remove(c.id);
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().code, Error::Code::InUse);
    EXPECT_TRUE(removed.error().message.contains(QStringLiteral("12"))) << removed.error().message.toStdString();
    EXPECT_TRUE(removed.error().message.contains(QStringLiteral("end it"))) << "says what to do instead";
    EXPECT_TRUE(store().get(c.id).ok());

    store::ReferralStore referralStore(m_db.connection(), m_db.clock());
    for (const qint64 id : referrals)
        ASSERT_TRUE(referralStore.remove(id).ok());
    EXPECT_TRUE(store().remove(c.id).ok());
}

TEST_F(CampaignStoreTest, RemoveIsRefusedWhileRewardsExist)
{
    Campaign c;
    c.name = QStringLiteral("Milestones only");
    ASSERT_TRUE(store().create(c).ok());
    Reward milestoneReward;
    milestoneReward.campaignId = c.id;
    milestoneReward.advocateId = addAdvocate(QStringLiteral("Anna"));
    ASSERT_TRUE(store::RewardStore(m_db.connection(), m_db.clock()).create(milestoneReward).ok());

    const Status removed = store().remove(c.id);
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().code, Error::Code::InUse);
    EXPECT_TRUE(removed.error().message.contains(QStringLiteral("1 reward"))) << removed.error().message.toStdString();
}

TEST_F(CampaignStoreTest, RemoveTakesCostsAlong)
{
    Campaign c;
    c.name = QStringLiteral("Printed flyers");
    ASSERT_TRUE(store().create(c).ok());
    CampaignCost cost;
    cost.campaignId = c.id;
    cost.incurredOn = QDate(2026, 3, 2);
    cost.amountMinor = 4900;
    ASSERT_TRUE(store::CampaignCostStore(m_db.connection(), m_db.clock()).create(cost).ok());
    ASSERT_TRUE(store().remove(c.id).ok());
    EXPECT_EQ(countRows(m_db.connection(), QStringLiteral("SELECT count(*) FROM campaign_costs")), 0);
}

TEST_F(CampaignStoreTest, RejectsInvalidValuesWithTheField)
{
    Campaign c = fullCampaign();
    c.name = QStringLiteral("   ");
    Status s = store().create(c);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Invalid);
    EXPECT_EQ(s.error().field, QStringLiteral("name"));
    EXPECT_FALSE(s.error().message.isEmpty());

    c = fullCampaign();
    c.endsOn = c.startsOn.addDays(-1);
    EXPECT_EQ(store().create(c).error().field, QStringLiteral("ends_on"));
    c = fullCampaign();
    c.friendReward.value = 10001;
    EXPECT_EQ(store().create(c).error().field, QStringLiteral("friend_reward"));
    c = fullCampaign();
    c.milestones.push_back(Milestone {0, 5, RewardKind::Points, 1, QString()});
    EXPECT_EQ(store().create(c).error().field, QStringLiteral("milestones"));
    c = fullCampaign();
    c.holdDays = -1;
    EXPECT_EQ(store().create(c).error().field, QStringLiteral("hold_days"));
    c = fullCampaign();
    c.status = CampaignStatus::Active;
    c.disclosureText.clear();
    EXPECT_EQ(store().create(c).error().field, QStringLiteral("disclosure_text"));
    EXPECT_EQ(countRows(m_db.connection(), QStringLiteral("SELECT count(*) FROM campaigns")), 0);

    c = fullCampaign();
    ASSERT_TRUE(store().create(c).ok());
    c.name.clear();
    EXPECT_EQ(store().update(c).error().field, QStringLiteral("name"));
    EXPECT_EQ(store().get(c.id).value().name, fullCampaign().name) << "a refused update changes nothing";
}

TEST_F(CampaignStoreTest, DatabaseConstraintsAreABackstop)
{
    QSqlQuery q(m_db.connection());
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO campaigns (name, status, created_at, updated_at) "
                                       "VALUES ('x', 'running', 0, 0)")));
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO campaigns (name, created_at, updated_at) VALUES (' ', 0, 0)")));
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO campaign_milestones (campaign_id, threshold, reward_kind) "
                                       "VALUES (999, 1, 'points')")))
        << "foreign keys are on";
}

struct HostileCase
{
    const char* name;
    const char16_t* text;
};

class CampaignHostileText : public ::testing::TestWithParam<HostileCase>
{
};

TEST_P(CampaignHostileText, RoundTripsUnchanged)
{
    test::TestDatabase db;
    store::CampaignStore store(db.connection(), db.clock());
    const QString value = QString::fromUtf16(GetParam().text);
    Campaign c;
    c.name = value;
    c.description = value;
    c.advocateReward = {RewardKind::Gift, 1, value};
    c.friendReward = {RewardKind::Cash, 1, value};
    c.landingUrl = value;
    c.utmSource = value;
    c.utmMedium = value;
    c.utmCampaign = value;
    c.disclosureText = value;
    c.messageTemplate = value;
    c.milestones = {Milestone {0, 1, RewardKind::Points, 1, value}};
    ASSERT_TRUE(store.create(c).ok());
    const Campaign r = store.get(c.id).value();
    EXPECT_EQ(r.name, value);
    EXPECT_EQ(r.description, value);
    EXPECT_EQ(r.advocateReward.description, value);
    EXPECT_EQ(r.friendReward.description, value);
    EXPECT_EQ(r.landingUrl, value);
    EXPECT_EQ(r.utmSource, value);
    EXPECT_EQ(r.utmMedium, value);
    EXPECT_EQ(r.utmCampaign, value);
    EXPECT_EQ(r.disclosureText, value);
    EXPECT_EQ(r.messageTemplate, value);
    ASSERT_EQ(r.milestones.size(), 1u);
    EXPECT_EQ(r.milestones[0].description, value);
    EXPECT_EQ(countRows(db.connection(), QStringLiteral("SELECT count(*) FROM advocates")), 0)
        << "the advocates table is still there";
}

INSTANTIATE_TEST_SUITE_P(Values, CampaignHostileText,
    ::testing::Values(HostileCase {"sql_injection", u"Robert'); DROP TABLE advocates;--"},
        HostileCase {"emoji", u"Zoë 🍇🎉 👩‍👩‍👧"}, HostileCase {"cjk", u"王芳 山田太郎 김민준"},
        HostileCase {"right_to_left", u"مريم العربي שלום"}, HostileCase {"bidi_override", u"evil\u202Etxt.exe"},
        HostileCase {"quotes", u"O'Brien \"Bob\" `x` %1 %n"}),
    [](const ::testing::TestParamInfo<HostileCase>& info) { return std::string(info.param.name); });

} // namespace
