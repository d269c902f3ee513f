// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <optional>

#include <QSqlError>
#include <QSqlQuery>

#include "TestDatabase.h"
#include "store/AdvocateStore.h"
#include "store/CampaignStore.h"
#include "store/ReferralStore.h"
#include "store/RewardStore.h"

using namespace grapevine;
using namespace grapevine::domain;

namespace {

QDateTime at(int month, int day, int hour = 12)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

class RewardStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_campaignId = addCampaign(QStringLiteral("Spring"));
        m_advocateId = addAdvocate(QStringLiteral("Anna"));
        m_referralId = addReferral(m_campaignId, m_advocateId);
    }

    qint64 addCampaign(const QString& name)
    {
        Campaign c;
        c.name = name;
        const Status s = store::CampaignStore(m_db.connection(), m_db.clock()).create(c);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
        return c.id;
    }

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
        r.friendName = QStringLiteral("Bea");
        const Status s = store::ReferralStore(m_db.connection(), m_db.clock()).create(r);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
        return r.id;
    }

    Reward minimal() const
    {
        Reward r;
        r.campaignId = m_campaignId;
        r.referralId = m_referralId;
        r.advocateId = m_advocateId;
        r.kind = RewardKind::StoreCredit;
        r.value = 1000;
        r.costMinor = 1000;
        return r;
    }

    /// As a restart of the app: nothing may hold the old connection.
    void reopen()
    {
        m_storeHolder.reset();
        m_db.reopen();
        m_storeHolder.emplace(m_db.connection(), m_db.clock());
    }

    store::RewardStore& store() { return *m_storeHolder; }

    test::TestDatabase m_db;
    std::optional<store::RewardStore> m_storeHolder {std::in_place, m_db.connection(), m_db.clock()};
    qint64 m_campaignId = 0;
    qint64 m_advocateId = 0;
    qint64 m_referralId = 0;
};

TEST_F(RewardStoreTest, RoundTripsEveryField)
{
    Reward r;
    r.campaignId = m_campaignId;
    r.referralId = m_referralId;
    r.advocateId = m_advocateId;
    r.side = RewardSide::Friend;
    r.kind = RewardKind::PercentDiscount;
    r.value = 1500;
    r.costMinor = 675;
    r.status = RewardStatus::Voided;
    r.description = QStringLiteral("15% off\nthe first order");
    r.createdAt = at(1, 1);
    r.dueAt = at(1, 15);
    r.approvedAt = at(1, 16);
    r.issuedAt = at(1, 17);
    r.voidedAt = at(1, 18);
    r.reversedAt = at(1, 19);
    r.payoutReference = QStringLiteral("PAY-7");
    r.milestoneThreshold = 3;
    ASSERT_TRUE(store().create(r).ok());
    ASSERT_GT(r.id, 0);
    EXPECT_EQ(r.updatedAt, test::fixedNow());

    reopen();
    const Result<Reward> read = store().get(r.id);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const Reward& g = read.value();
    EXPECT_EQ(g.id, r.id);
    EXPECT_EQ(g.campaignId, m_campaignId);
    EXPECT_EQ(g.referralId, m_referralId);
    EXPECT_EQ(g.advocateId, m_advocateId);
    EXPECT_EQ(g.side, RewardSide::Friend);
    EXPECT_EQ(g.kind, RewardKind::PercentDiscount);
    EXPECT_EQ(g.value, 1500);
    EXPECT_EQ(g.costMinor, 675);
    EXPECT_EQ(g.status, RewardStatus::Voided);
    EXPECT_EQ(g.description, r.description);
    EXPECT_EQ(g.createdAt, at(1, 1)) << "a createdAt the caller set is kept";
    EXPECT_EQ(g.dueAt, at(1, 15));
    EXPECT_EQ(g.approvedAt, at(1, 16));
    EXPECT_EQ(g.issuedAt, at(1, 17));
    EXPECT_EQ(g.voidedAt, at(1, 18));
    EXPECT_EQ(g.reversedAt, at(1, 19));
    EXPECT_EQ(g.payoutReference, QStringLiteral("PAY-7"));
    EXPECT_EQ(g.milestoneThreshold, 3);
    EXPECT_EQ(g.updatedAt, test::fixedNow());
}

TEST_F(RewardStoreTest, AMilestoneRewardNeedsNoReferral)
{
    Reward r = minimal();
    r.referralId.reset();
    ASSERT_TRUE(store().create(r).ok());
    EXPECT_EQ(r.createdAt, test::fixedNow());
    const Reward g = store().get(r.id).value();
    EXPECT_FALSE(g.referralId.has_value());
    EXPECT_FALSE(g.dueAt.isValid());
    EXPECT_FALSE(g.approvedAt.isValid());
    EXPECT_EQ(g.advocateId, m_advocateId);

    Reward friendSide = minimal();
    friendSide.side = RewardSide::Friend;
    friendSide.advocateId.reset(); // the friend is not an advocate
    ASSERT_TRUE(store().create(friendSide).ok());
    EXPECT_FALSE(store().get(friendSide.id).value().advocateId.has_value());
}

TEST_F(RewardStoreTest, ARecordedRewardGetsTheLedgerEntriesItsStatusImplies)
{
    Reward issued = minimal();
    issued.status = RewardStatus::Issued;
    issued.createdAt = at(1, 1);
    issued.approvedAt = at(1, 2);
    issued.issuedAt = at(1, 3);
    issued.payoutReference = QStringLiteral("March payout");
    ASSERT_TRUE(store().create(issued).ok());
    const auto entries = store().entries(issued.id);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries.value().size(), 3u);
    EXPECT_EQ(entries.value()[0].kind, LedgerEntryKind::Earn);
    EXPECT_EQ(entries.value()[0].value, 1000);
    EXPECT_EQ(entries.value()[0].costMinor, 1000);
    EXPECT_EQ(entries.value()[0].at, at(1, 1));
    EXPECT_EQ(entries.value()[1].kind, LedgerEntryKind::Approve);
    EXPECT_EQ(entries.value()[1].at, at(1, 2));
    EXPECT_EQ(entries.value()[2].kind, LedgerEntryKind::Issue);
    EXPECT_EQ(entries.value()[2].note, QStringLiteral("March payout"));

    Reward withheld = minimal();
    withheld.status = RewardStatus::Withheld;
    EXPECT_EQ(store().create(withheld).error().field, QStringLiteral("withheld_reason"));
    withheld.withheldReason = QStringLiteral("Over budget");
    ASSERT_TRUE(store().create(withheld).ok());
    EXPECT_TRUE(store().entries(withheld.id).value().empty()) << "a withheld reward never entered the ledger";

    Reward voided = minimal();
    voided.status = RewardStatus::Voided;
    ASSERT_TRUE(store().create(voided).ok());
    const auto voidEntries = store().entries(voided.id).value();
    ASSERT_EQ(voidEntries.size(), 2u);
    EXPECT_EQ(voidEntries[1].kind, LedgerEntryKind::Void);
    EXPECT_EQ(voidEntries[0].value + voidEntries[1].value, 0);
}

TEST_F(RewardStoreTest, LedgerEntriesCannotBeEditedOrDeleted)
{
    Reward r = minimal();
    ASSERT_TRUE(store().create(r).ok());
    QSqlQuery q(m_db.connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE reward_entries SET value = 1")));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("append-only"))) << q.lastError().text().toStdString();
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM reward_entries")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM reward_entries")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    q.finish();
    // Deleting the whole referral takes its rewards and their entries along.
    ASSERT_TRUE(store::ReferralStore(m_db.connection(), m_db.clock()).remove(m_referralId).ok());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM reward_entries")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST_F(RewardStoreTest, ListsByReferralAndByAdvocate)
{
    const qint64 bo = addAdvocate(QStringLiteral("Bo"));
    const qint64 otherReferral = addReferral(m_campaignId, bo);

    Reward advocateSide = minimal();
    advocateSide.createdAt = at(2, 2);
    Reward friendSide = minimal();
    friendSide.side = RewardSide::Friend;
    friendSide.advocateId.reset();
    friendSide.createdAt = at(2, 1);
    Reward milestone = minimal();
    milestone.referralId.reset();
    milestone.createdAt = at(2, 3);
    Reward bos = minimal();
    bos.referralId = otherReferral;
    bos.advocateId = bo;
    for (Reward* r : {&advocateSide, &friendSide, &milestone, &bos})
        ASSERT_TRUE(store().create(*r).ok());

    const auto forReferral = store().listForReferral(m_referralId);
    ASSERT_TRUE(forReferral.ok());
    ASSERT_EQ(forReferral.value().size(), 2u);
    EXPECT_EQ(forReferral.value()[0].id, friendSide.id) << "oldest first";
    EXPECT_EQ(forReferral.value()[1].id, advocateSide.id);

    const auto forAnna = store().listForAdvocate(m_advocateId);
    ASSERT_TRUE(forAnna.ok());
    ASSERT_EQ(forAnna.value().size(), 2u);
    EXPECT_EQ(forAnna.value()[0].id, advocateSide.id);
    EXPECT_EQ(forAnna.value()[1].id, milestone.id);

    ASSERT_EQ(store().listForAdvocate(bo).value().size(), 1u);
    EXPECT_TRUE(store().listForReferral(4242).value().empty());
    EXPECT_TRUE(store().listForAdvocate(4242).value().empty());

    // Deleting a referral takes its rewards along (the schema cascades).
    ASSERT_TRUE(store::ReferralStore(m_db.connection(), m_db.clock()).remove(m_referralId).ok());
    EXPECT_TRUE(store().listForReferral(m_referralId).value().empty());
    EXPECT_EQ(store().listForAdvocate(m_advocateId).value().size(), 1u);
}

TEST_F(RewardStoreTest, RejectsInvalidValuesWithTheField)
{
    Reward r = minimal();
    r.kind = RewardKind::None;
    Status s = store().create(r);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Invalid);
    EXPECT_EQ(s.error().field, QStringLiteral("kind"));
    EXPECT_FALSE(s.error().message.isEmpty());

    r = minimal();
    r.value = -1;
    EXPECT_EQ(store().create(r).error().field, QStringLiteral("value"));
    r = minimal();
    r.kind = RewardKind::PercentDiscount;
    r.value = 10001;
    EXPECT_EQ(store().create(r).error().field, QStringLiteral("value"));
    r = minimal();
    r.costMinor = -1;
    EXPECT_EQ(store().create(r).error().field, QStringLiteral("cost"));
    r = minimal();
    r.referralId.reset();
    r.advocateId.reset();
    EXPECT_EQ(store().create(r).error().field, QStringLiteral("advocate"));
    r = minimal();
    r.campaignId = 0;
    EXPECT_EQ(store().create(r).error().field, QStringLiteral("campaign"));

    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM rewards")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST_F(RewardStoreTest, MissingOrMismatchedRecordsAreNamed)
{
    const struct
    {
        const char* field;
        void (*breakIt)(Reward&);
    } cases[] = {{"campaign", [](Reward& r) { r.campaignId = 4242; }},
        {"referral", [](Reward& r) { r.referralId = 4242; }}, {"advocate", [](Reward& r) { r.advocateId = 4242; }}};
    for (const auto& c : cases) {
        Reward r = minimal();
        c.breakIt(r);
        const Status s = store().create(r);
        ASSERT_FALSE(s.ok()) << c.field;
        EXPECT_EQ(s.error().code, Error::Code::Invalid) << c.field;
        EXPECT_EQ(s.error().field, QString::fromLatin1(c.field));
        EXPECT_FALSE(s.error().message.contains(QStringLiteral("FOREIGN KEY"))) << s.error().message.toStdString();
    }

    // A referral's reward is paid from that referral's campaign.
    Reward r = minimal();
    r.campaignId = addCampaign(QStringLiteral("Summer"));
    const Status s = store().create(r);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().field, QStringLiteral("campaign"));
}

TEST_F(RewardStoreTest, HostileTextRoundTripsUnchanged)
{
    for (const char16_t* text : {u"Robert'); DROP TABLE advocates;--", u"Zoë 🍇🎉 👩‍👩‍👧",
             u"王芳 山田太郎 김민준", u"مريم العربي שלום", u"evil\u202Etxt.exe", u"O'Brien \"Bob\" `x`"}) {
        const QString value = QString::fromUtf16(text);
        Reward r = minimal();
        r.description = value;
        ASSERT_TRUE(store().create(r).ok());
        EXPECT_EQ(store().get(r.id).value().description, value);
    }
    QSqlQuery q(m_db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM advocates")) && q.next() && q.value(0).toInt() == 1)
        << "the advocates table is still there";
}

} // namespace
