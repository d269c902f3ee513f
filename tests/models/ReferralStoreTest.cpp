// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <optional>

#include <QSqlQuery>

#include "TestDatabase.h"
#include "domain/ImportBatch.h"
#include "store/AdvocateStore.h"
#include "store/CampaignStore.h"
#include "store/ImportBatchStore.h"
#include "store/ReferralStore.h"

using namespace grapevine;
using namespace grapevine::domain;

namespace {

QDateTime at(int month, int day, int hour = 12)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

class ReferralStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Campaign c;
        c.name = QStringLiteral("Spring");
        ASSERT_TRUE(store::CampaignStore(m_db.connection(), m_db.clock()).create(c).ok());
        m_campaignId = c.id;
        m_referrerId = addAdvocate(QStringLiteral("Anna"));
        m_friendId = addAdvocate(QStringLiteral("Bea"));
    }

    qint64 addAdvocate(const QString& firstName)
    {
        Advocate a;
        a.firstName = firstName;
        const Status s = store::AdvocateStore(m_db.connection(), m_db.clock()).create(a);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
        return a.id;
    }

    Referral minimal() const
    {
        Referral r;
        r.campaignId = m_campaignId;
        r.referrerId = m_referrerId;
        r.friendName = QStringLiteral("Bea");
        return r;
    }

    /// As a restart of the app: nothing may hold the old connection.
    void reopen()
    {
        m_storeHolder.reset();
        m_db.reopen();
        m_storeHolder.emplace(m_db.connection(), m_db.clock());
    }

    store::ReferralStore& store() { return *m_storeHolder; }

    int scalar(const QString& sql) const
    {
        QSqlQuery q(m_db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    test::TestDatabase m_db;
    std::optional<store::ReferralStore> m_storeHolder {std::in_place, m_db.connection(), m_db.clock()};
    qint64 m_campaignId = 0;
    qint64 m_referrerId = 0;
    qint64 m_friendId = 0;
};

TEST_F(ReferralStoreTest, RoundTripsEveryField)
{
    ImportBatch batch;
    batch.kind = ImportKind::Referrals;
    ASSERT_TRUE(store::ImportBatchStore(m_db.connection(), m_db.clock()).create(batch).ok());

    Referral r;
    r.campaignId = m_campaignId;
    r.referrerId = m_referrerId;
    r.friendId = m_friendId;
    r.friendName = QStringLiteral("Bea Lind");
    r.friendEmail = QStringLiteral("  Bea.Lind@Example.COM ");
    r.code = QStringLiteral(" anna-7kq ");
    r.channel = ReferralChannel::InPerson;
    r.status = ReferralStatus::Reversed;
    r.createdAt = at(1, 2);
    r.signedUpAt = at(1, 3);
    r.convertedAt = at(1, 4);
    r.approvedAt = at(1, 5);
    r.rewardedAt = at(1, 6);
    r.rejectedAt = at(1, 7);
    r.reversedAt = at(1, 8);
    r.orderValueMinor = 8999;
    r.orderReference = QStringLiteral("#1001");
    r.rejectionReason = QStringLiteral("Returned the order");
    r.notes = QStringLiteral("Met at the fair.\nSecond line.");
    r.importBatchId = batch.id;
    ASSERT_TRUE(store().create(r).ok());
    ASSERT_GT(r.id, 0);
    EXPECT_EQ(r.code, QStringLiteral("ANNA-7KQ"));
    EXPECT_EQ(r.updatedAt, test::fixedNow());

    reopen();
    const Result<Referral> read = store().get(r.id);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const Referral& g = read.value();
    EXPECT_EQ(g.id, r.id);
    EXPECT_EQ(g.campaignId, m_campaignId);
    EXPECT_EQ(g.referrerId, m_referrerId);
    EXPECT_EQ(g.friendId, m_friendId);
    EXPECT_EQ(g.friendName, r.friendName);
    EXPECT_EQ(g.friendEmail, r.friendEmail) << "the original spelling is kept for display";
    EXPECT_EQ(g.code, QStringLiteral("ANNA-7KQ"));
    EXPECT_EQ(g.channel, ReferralChannel::InPerson);
    EXPECT_EQ(g.status, ReferralStatus::Reversed);
    EXPECT_EQ(g.createdAt, at(1, 2));
    EXPECT_EQ(g.signedUpAt, at(1, 3));
    EXPECT_EQ(g.convertedAt, at(1, 4));
    EXPECT_EQ(g.approvedAt, at(1, 5));
    EXPECT_EQ(g.rewardedAt, at(1, 6));
    EXPECT_EQ(g.rejectedAt, at(1, 7));
    EXPECT_EQ(g.reversedAt, at(1, 8)) << "a status date the caller set is kept";
    EXPECT_EQ(g.orderValueMinor, 8999);
    EXPECT_EQ(g.orderReference, r.orderReference);
    EXPECT_EQ(g.rejectionReason, r.rejectionReason);
    EXPECT_EQ(g.notes, r.notes);
    EXPECT_EQ(g.importBatchId, batch.id);
    EXPECT_EQ(g.updatedAt, test::fixedNow());

    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT friend_email_norm, code FROM referrals")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("bea.lind@example.com"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("ANNA-7KQ"));
}

TEST_F(ReferralStoreTest, EmptyOptionalsRoundTripAsNull)
{
    Referral r = minimal();
    ASSERT_TRUE(store().create(r).ok());
    EXPECT_EQ(r.createdAt, test::fixedNow());
    const Referral g = store().get(r.id).value();
    EXPECT_FALSE(g.friendId.has_value());
    EXPECT_FALSE(g.orderValueMinor.has_value());
    EXPECT_FALSE(g.importBatchId.has_value());
    EXPECT_FALSE(g.signedUpAt.isValid());
    EXPECT_FALSE(g.reversedAt.isValid());
    EXPECT_EQ(g.status, ReferralStatus::Pending);
    EXPECT_EQ(g.channel, ReferralChannel::Other);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM referrals WHERE friend_email_norm IS NULL")), 1)
        << "no email: NULL, so the friend-email index skips it";
}

TEST_F(ReferralStoreTest, CreationStartsTheHistory)
{
    m_db.clock().advanceSeconds(5);
    Referral r = minimal();
    r.createdAt = at(1, 1); // imported: created long before it was entered
    ASSERT_TRUE(store().create(r).ok());
    const auto history = store().history(r.id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history.value().size(), 1u);
    const ReferralStatusChange& first = history.value()[0];
    EXPECT_FALSE(first.from.has_value());
    EXPECT_EQ(first.to, ReferralStatus::Pending);
    EXPECT_EQ(first.changedAt, test::fixedNow().addSecs(5)) << "the history dates the write";
    EXPECT_TRUE(first.note.isEmpty());
}

TEST_F(ReferralStoreTest, StatusChangesAreDatedAndRecorded)
{
    Referral r = minimal();
    ASSERT_TRUE(store().create(r).ok());
    const QDateTime t0 = test::fixedNow();

    m_db.clock().advanceSeconds(60);
    r.status = ReferralStatus::SignedUp;
    ASSERT_TRUE(store().update(r, QStringLiteral("Signed up in the shop")).ok());
    EXPECT_EQ(r.signedUpAt, t0.addSecs(60));

    m_db.clock().advanceSeconds(60);
    r.notes = QStringLiteral("Only the notes change");
    ASSERT_TRUE(store().update(r).ok());

    m_db.clock().advanceSeconds(60);
    r.status = ReferralStatus::Converted;
    r.convertedAt = at(3, 1); // the order date, known from the shop
    r.orderValueMinor = 4500;
    ASSERT_TRUE(store().update(r).ok());
    EXPECT_EQ(r.convertedAt, at(3, 1)) << "a date the caller set is not overwritten";

    m_db.clock().advanceSeconds(60);
    r.status = ReferralStatus::Rejected;
    r.rejectionReason = QStringLiteral("Same household");
    ASSERT_TRUE(store().update(r, QStringLiteral("Checked by Bo")).ok());

    reopen();
    const Referral g = store().get(r.id).value();
    EXPECT_EQ(g.status, ReferralStatus::Rejected);
    EXPECT_EQ(g.signedUpAt, t0.addSecs(60));
    EXPECT_EQ(g.convertedAt, at(3, 1));
    EXPECT_EQ(g.rejectedAt, t0.addSecs(240));
    EXPECT_FALSE(g.approvedAt.isValid());
    EXPECT_FALSE(g.rewardedAt.isValid());
    EXPECT_FALSE(g.reversedAt.isValid());
    EXPECT_EQ(g.updatedAt, t0.addSecs(240));
    EXPECT_EQ(g.createdAt, t0);

    const auto history = store().history(r.id);
    ASSERT_TRUE(history.ok());
    const std::vector<ReferralStatusChange>& h = history.value();
    ASSERT_EQ(h.size(), 4u) << "an update without a status change adds no step";
    EXPECT_FALSE(h[0].from.has_value());
    EXPECT_EQ(h[0].to, ReferralStatus::Pending);
    EXPECT_EQ(h[0].changedAt, t0);
    EXPECT_EQ(h[1].from, ReferralStatus::Pending);
    EXPECT_EQ(h[1].to, ReferralStatus::SignedUp);
    EXPECT_EQ(h[1].changedAt, t0.addSecs(60));
    EXPECT_EQ(h[1].note, QStringLiteral("Signed up in the shop"));
    EXPECT_EQ(h[2].from, ReferralStatus::SignedUp);
    EXPECT_EQ(h[2].to, ReferralStatus::Converted);
    EXPECT_EQ(h[2].changedAt, t0.addSecs(180));
    EXPECT_TRUE(h[2].note.isEmpty());
    EXPECT_EQ(h[3].from, ReferralStatus::Converted);
    EXPECT_EQ(h[3].to, ReferralStatus::Rejected);
    EXPECT_EQ(h[3].changedAt, t0.addSecs(240));
    EXPECT_EQ(h[3].note, QStringLiteral("Checked by Bo"));
}

TEST_F(ReferralStoreTest, EveryStatusHasItsDateColumn)
{
    const std::pair<ReferralStatus, QDateTime Referral::*> cases[]
        = {{ReferralStatus::SignedUp, &Referral::signedUpAt}, {ReferralStatus::Converted, &Referral::convertedAt},
            {ReferralStatus::Approved, &Referral::approvedAt}, {ReferralStatus::Rewarded, &Referral::rewardedAt},
            {ReferralStatus::Rejected, &Referral::rejectedAt}, {ReferralStatus::Reversed, &Referral::reversedAt}};
    for (const auto& [status, date] : cases) {
        Referral r = minimal();
        r.rejectionReason = QStringLiteral("Needed for Rejected");
        ASSERT_TRUE(store().create(r).ok());
        m_db.clock().advanceSeconds(10);
        r.status = status;
        ASSERT_TRUE(store().update(r).ok()) << toKey(status).toStdString();
        const Referral g = store().get(r.id).value();
        EXPECT_EQ(g.*date, m_db.clock().nowUtc()) << toKey(status).toStdString();
    }
}

TEST_F(ReferralStoreTest, ARecordEnteredPastPendingIsDated)
{
    Referral r = minimal();
    r.status = ReferralStatus::Converted;
    ASSERT_TRUE(store().create(r).ok());
    EXPECT_EQ(r.convertedAt, test::fixedNow());
    EXPECT_EQ(store().get(r.id).value().convertedAt, test::fixedNow());
    const auto h = store().history(r.id).value();
    ASSERT_EQ(h.size(), 1u);
    EXPECT_EQ(h[0].to, ReferralStatus::Converted);
}

TEST_F(ReferralStoreTest, UpdatesAndDeletes)
{
    Referral r = minimal();
    ASSERT_TRUE(store().create(r).ok());
    m_db.clock().advanceSeconds(30);
    r.friendEmail = QStringLiteral("BEA@example.org");
    r.friendId = m_friendId;
    r.channel = ReferralChannel::Social;
    r.code = QStringLiteral("bea-2x3");
    r.createdAt = QDateTime(); // a hand-built copy: the stored creation time stays
    ASSERT_TRUE(store().update(r).ok());
    EXPECT_EQ(r.code, QStringLiteral("BEA-2X3"));
    EXPECT_EQ(r.createdAt, test::fixedNow());
    const Referral g = store().get(r.id).value();
    EXPECT_EQ(g.friendEmail, QStringLiteral("BEA@example.org"));
    EXPECT_EQ(g.friendId, m_friendId);
    EXPECT_EQ(g.channel, ReferralChannel::Social);
    EXPECT_EQ(g.createdAt, test::fixedNow());
    EXPECT_EQ(g.updatedAt, test::fixedNow().addSecs(30));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM referrals WHERE friend_email_norm = 'bea@example.org'")), 1);

    ASSERT_TRUE(store().remove(r.id).ok());
    EXPECT_EQ(store().get(r.id).error().code, Error::Code::NotFound);
    EXPECT_EQ(store().remove(r.id).error().code, Error::Code::NotFound);
    EXPECT_EQ(store().update(r).error().code, Error::Code::NotFound);
    EXPECT_TRUE(store().history(r.id).value().empty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM referral_status_history")), 0) << "the history goes along";
    Referral unsaved = minimal();
    EXPECT_EQ(store().update(unsaved).error().code, Error::Code::NotFound);
}

TEST_F(ReferralStoreTest, RejectsInvalidValuesWithTheField)
{
    Referral r = minimal();
    r.friendEmail = QStringLiteral("bea at example");
    Status s = store().create(r);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Invalid);
    EXPECT_EQ(s.error().field, QStringLiteral("friend_email"));
    EXPECT_FALSE(s.error().message.isEmpty());

    r = minimal();
    r.friendName.clear();
    EXPECT_EQ(store().create(r).error().field, QStringLiteral("friend"));
    r = minimal();
    r.friendId = m_referrerId;
    EXPECT_EQ(store().create(r).error().field, QStringLiteral("friend"));
    r = minimal();
    r.orderValueMinor = -1;
    EXPECT_EQ(store().create(r).error().field, QStringLiteral("order_value"));
    r = minimal();
    r.status = ReferralStatus::Rejected;
    EXPECT_EQ(store().create(r).error().field, QStringLiteral("rejection_reason"));
    r = minimal();
    r.referrerId = 0;
    EXPECT_EQ(store().create(r).error().field, QStringLiteral("referrer"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM referrals")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM referral_status_history")), 0);
}

TEST_F(ReferralStoreTest, MissingRecordsAreNamedNotReportedAsForeignKeyFailures)
{
    const struct
    {
        const char* field;
        void (*breakIt)(Referral&);
    } cases[] = {{"campaign", [](Referral& r) { r.campaignId = 4242; }},
        {"referrer", [](Referral& r) { r.referrerId = 4242; }}, {"friend", [](Referral& r) { r.friendId = 4242; }},
        {"import_batch", [](Referral& r) { r.importBatchId = 4242; }}};
    for (const auto& c : cases) {
        Referral r = minimal();
        c.breakIt(r);
        const Status s = store().create(r);
        ASSERT_FALSE(s.ok()) << c.field;
        EXPECT_EQ(s.error().code, Error::Code::Invalid) << c.field;
        EXPECT_EQ(s.error().field, QString::fromLatin1(c.field));
        EXPECT_FALSE(s.error().message.contains(QStringLiteral("FOREIGN KEY"))) << s.error().message.toStdString();
    }

    Referral r = minimal();
    ASSERT_TRUE(store().create(r).ok());
    r.referrerId = 4242;
    const Status s = store().update(r);
    EXPECT_EQ(s.error().field, QStringLiteral("referrer"));
    EXPECT_EQ(store().get(r.id).value().referrerId, m_referrerId) << "a refused update changes nothing";
}

TEST_F(ReferralStoreTest, DatabaseConstraintsAreABackstop)
{
    QSqlQuery q(m_db.connection());
    const QString insert = QStringLiteral("INSERT INTO referrals (campaign_id, referrer_id, status, created_at, "
                                          "updated_at) VALUES (%1, %2, '%3', 0, 0)");
    EXPECT_FALSE(q.exec(insert.arg(m_campaignId).arg(m_referrerId).arg(QStringLiteral("won"))));
    EXPECT_FALSE(q.exec(insert.arg(4242).arg(m_referrerId).arg(QStringLiteral("pending")))) << "foreign keys are on";
    EXPECT_TRUE(q.exec(insert.arg(m_campaignId).arg(m_referrerId).arg(QStringLiteral("pending"))));
}

TEST_F(ReferralStoreTest, DeletingTheReferrerTakesTheirReferrals)
{
    Referral r = minimal();
    ASSERT_TRUE(store().create(r).ok());
    ASSERT_TRUE(store::AdvocateStore(m_db.connection(), m_db.clock()).remove(m_referrerId).ok());
    EXPECT_EQ(store().get(r.id).error().code, Error::Code::NotFound);
}

struct HostileCase
{
    const char* name;
    const char16_t* text;
};

class ReferralHostileText : public ::testing::TestWithParam<HostileCase>
{
};

TEST_P(ReferralHostileText, RoundTripsUnchanged)
{
    test::TestDatabase db;
    Campaign c;
    c.name = QStringLiteral("Spring");
    ASSERT_TRUE(store::CampaignStore(db.connection(), db.clock()).create(c).ok());
    Advocate a;
    a.firstName = QStringLiteral("Anna");
    ASSERT_TRUE(store::AdvocateStore(db.connection(), db.clock()).create(a).ok());

    store::ReferralStore store(db.connection(), db.clock());
    const QString value = QString::fromUtf16(GetParam().text);
    Referral r;
    r.campaignId = c.id;
    r.referrerId = a.id;
    r.friendName = value;
    r.orderReference = value;
    r.rejectionReason = value;
    r.notes = value;
    ASSERT_TRUE(store.create(r).ok());
    r.status = ReferralStatus::SignedUp;
    ASSERT_TRUE(store.update(r, value).ok());
    const Referral g = store.get(r.id).value();
    EXPECT_EQ(g.friendName, value);
    EXPECT_EQ(g.orderReference, value);
    EXPECT_EQ(g.rejectionReason, value);
    EXPECT_EQ(g.notes, value);
    EXPECT_EQ(store.history(r.id).value().back().note, value);
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM advocates")) && q.next() && q.value(0).toInt() == 1)
        << "the advocates table is still there";
}

INSTANTIATE_TEST_SUITE_P(Values, ReferralHostileText,
    ::testing::Values(HostileCase {"sql_injection", u"Robert'); DROP TABLE advocates;--"},
        HostileCase {"emoji", u"Zoë 🍇🎉 👩‍👩‍👧"}, HostileCase {"cjk", u"王芳 山田太郎 김민준"},
        HostileCase {"right_to_left", u"مريم العربي שלום"}, HostileCase {"bidi_override", u"evil\u202Etxt.exe"},
        HostileCase {"quotes", u"O'Brien \"Bob\" `x` %1 %n"}),
    [](const ::testing::TestParamInfo<HostileCase>& info) { return std::string(info.param.name); });

} // namespace
