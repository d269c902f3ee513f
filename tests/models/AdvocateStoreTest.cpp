// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <optional>

#include <QSqlQuery>

#include "TestDatabase.h"
#include "store/AdvocateStore.h"

using namespace grapevine;
using namespace grapevine::domain;

namespace {

class AdvocateStoreTest : public ::testing::Test
{
protected:
    Advocate fullAdvocate() const
    {
        Advocate a;
        a.firstName = QStringLiteral("Anna");
        a.lastName = QStringLiteral("Berg");
        a.email = QStringLiteral("  Anna.Berg@Example.com ");
        a.phone = QStringLiteral("+46 70 123 45 67");
        a.address = QStringLiteral("Storgatan 1\n111 22 Stockholm");
        a.company = QStringLiteral("Berg & Söner AB");
        a.kind = AdvocateKind::Partner;
        a.status = AdvocateStatus::Inactive;
        a.referralCode = QStringLiteral("anna-7kq");
        a.consent = true;
        a.consentAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        a.consentSource = QStringLiteral("Shop checkout");
        a.npsScore = 9;
        a.npsAt = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC);
        a.totalSpentMinor = 123456;
        a.orderCount = 7;
        a.notes = QStringLiteral("Met at the spring fair.\nLikes oat milk.");
        a.tags = {QStringLiteral("fair-2026"), QStringLiteral("VIP")};
        a.createdAt = QDateTime(QDate(2025, 12, 1), QTime(8, 0), Qt::UTC);
        return a;
    }

    /// As a restart of the app: nothing may hold the old connection.
    void reopen()
    {
        m_storeHolder.reset();
        m_db.reopen();
        m_storeHolder.emplace(m_db.connection(), m_db.clock());
    }

    store::AdvocateStore& store() { return *m_storeHolder; }

    test::TestDatabase m_db;
    std::optional<store::AdvocateStore> m_storeHolder {std::in_place, m_db.connection(), m_db.clock()};
};

TEST_F(AdvocateStoreTest, RoundTripsEveryField)
{
    Advocate referrer;
    referrer.firstName = QStringLiteral("Ref");
    ASSERT_TRUE(store().create(referrer).ok());

    Advocate a = fullAdvocate();
    a.referredById = referrer.id;
    ASSERT_TRUE(store().create(a).ok());
    ASSERT_GT(a.id, 0);
    EXPECT_EQ(a.updatedAt, test::fixedNow());
    EXPECT_EQ(a.referralCode, QStringLiteral("ANNA-7KQ"));

    reopen();
    const Result<Advocate> read = store().get(a.id);
    ASSERT_TRUE(read.ok());
    const Advocate& r = read.value();
    EXPECT_EQ(r.firstName, a.firstName);
    EXPECT_EQ(r.lastName, a.lastName);
    EXPECT_EQ(r.email, a.email) << "the original spelling is kept for display";
    EXPECT_EQ(r.phone, a.phone);
    EXPECT_EQ(r.address, a.address);
    EXPECT_EQ(r.company, a.company);
    EXPECT_EQ(r.kind, AdvocateKind::Partner);
    EXPECT_EQ(r.status, AdvocateStatus::Inactive);
    EXPECT_EQ(r.referralCode, QStringLiteral("ANNA-7KQ"));
    EXPECT_EQ(r.referredById, referrer.id);
    EXPECT_TRUE(r.consent);
    EXPECT_EQ(r.consentAt, a.consentAt);
    EXPECT_EQ(r.consentSource, a.consentSource);
    EXPECT_EQ(r.npsScore, 9);
    EXPECT_EQ(r.npsAt, a.npsAt);
    EXPECT_EQ(r.totalSpentMinor, 123456);
    EXPECT_EQ(r.orderCount, 7);
    EXPECT_EQ(r.notes, a.notes);
    EXPECT_EQ(r.tags, (QStringList {QStringLiteral("fair-2026"), QStringLiteral("VIP")}));
    EXPECT_EQ(r.createdAt, a.createdAt);
    EXPECT_EQ(r.updatedAt, test::fixedNow());
    EXPECT_FALSE(r.importBatchId.has_value());
}

TEST_F(AdvocateStoreTest, UpdatesAndDeletes)
{
    Advocate a = fullAdvocate();
    ASSERT_TRUE(store().create(a).ok());
    m_db.clock().advanceSeconds(60);
    a.lastName = QStringLiteral("Berg-Lind");
    a.tags = {QStringLiteral("VIP")};
    a.npsScore.reset();
    ASSERT_TRUE(store().update(a).ok());
    const Advocate r = store().get(a.id).value();
    EXPECT_EQ(r.lastName, QStringLiteral("Berg-Lind"));
    EXPECT_EQ(r.tags, QStringList {QStringLiteral("VIP")});
    EXPECT_FALSE(r.npsScore.has_value());
    EXPECT_EQ(r.updatedAt, test::fixedNow().addSecs(60));
    EXPECT_EQ(r.createdAt, a.createdAt);

    Advocate withoutCreated = r;
    withoutCreated.createdAt = QDateTime();
    ASSERT_TRUE(store().update(withoutCreated).ok()) << "a copy without createdAt keeps the stored one";
    EXPECT_EQ(store().get(a.id)->createdAt, a.createdAt);

    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM tags")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1) << "an unused tag disappears";

    ASSERT_TRUE(store().remove(a.id).ok());
    EXPECT_EQ(store().get(a.id).error().code, Error::Code::NotFound);
    EXPECT_EQ(store().remove(a.id).error().code, Error::Code::NotFound);
    EXPECT_EQ(store().count().value(), 0);
}

TEST_F(AdvocateStoreTest, TheSamePersonCannotBeAddedTwice)
{
    Advocate a;
    a.email = QStringLiteral("anna@example.com");
    ASSERT_TRUE(store().create(a).ok());
    Advocate b;
    b.email = QStringLiteral("\u00A0ANNA@example.COM\u200B");
    const Status created = store().create(b);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, Error::Code::Duplicate);
    EXPECT_EQ(created.error().field, QStringLiteral("email"));
    EXPECT_EQ(created.error().relatedId, a.id) << "so the UI can jump to the existing advocate";
    EXPECT_EQ(store().count().value(), 1);
}

TEST_F(AdvocateStoreTest, ReferralCodesAreUniqueAndGenerated)
{
    store().seedCodes(3);
    Advocate a;
    a.firstName = QStringLiteral("Anna");
    ASSERT_TRUE(store().create(a).ok());
    EXPECT_TRUE(a.referralCode.startsWith(QStringLiteral("ANNA-"))) << a.referralCode.toStdString();

    Advocate b;
    b.firstName = QStringLiteral("Anne");
    b.referralCode = a.referralCode.toLower();
    const Status created = store().create(b);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().field, QStringLiteral("referral_code"));
    EXPECT_EQ(created.error().relatedId, a.id);

    for (int i = 0; i < 300; ++i) {
        Advocate many;
        many.firstName = QStringLiteral("Anna");
        ASSERT_TRUE(store().create(many).ok()) << i;
    }
    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(DISTINCT referral_code), count(*) FROM advocates")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), q.value(1).toInt());
}

TEST_F(AdvocateStoreTest, RejectsInvalidValuesWithTheField)
{
    Advocate a;
    a.firstName = QStringLiteral("Anna");
    a.email = QStringLiteral("anna at example");
    Status s = store().create(a);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Invalid);
    EXPECT_EQ(s.error().field, QStringLiteral("email"));
    EXPECT_FALSE(s.error().message.isEmpty());

    a.email.clear();
    a.npsScore = -1;
    EXPECT_EQ(store().create(a).error().field, QStringLiteral("nps_score"));
    a.npsScore.reset();
    a.referredById = 4242;
    EXPECT_EQ(store().create(a).error().field, QStringLiteral("referred_by"));
    EXPECT_EQ(store().count().value(), 0);
}

TEST_F(AdvocateStoreTest, RefusesAReferralLoop)
{
    Advocate a;
    a.firstName = QStringLiteral("A");
    ASSERT_TRUE(store().create(a).ok());
    Advocate b;
    b.firstName = QStringLiteral("B");
    b.referredById = a.id;
    ASSERT_TRUE(store().create(b).ok());
    Advocate c;
    c.firstName = QStringLiteral("C");
    c.referredById = b.id;
    ASSERT_TRUE(store().create(c).ok());

    a.referredById = c.id; // A ← C ← B ← A
    const Status s = store().update(a);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().field, QStringLiteral("referred_by"));
    a.referredById = a.id;
    EXPECT_FALSE(store().update(a).ok());
}

TEST_F(AdvocateStoreTest, DatabaseConstraintsAreABackstop)
{
    // Even if validation were bypassed, the schema refuses bad values.
    QSqlQuery q(m_db.connection());
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO advocates (referral_code, kind, created_at, updated_at) "
                                       "VALUES ('ABC-234', 'alien', 0, 0)")));
    EXPECT_FALSE(
        q.exec(QStringLiteral("INSERT INTO advocates (referral_code, total_spent_minor, created_at, updated_at) "
                              "VALUES ('ABC-235', -1, 0, 0)")));
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO advocates (referral_code, referred_by_id, created_at, updated_at) "
                                       "VALUES ('ABC-236', 999, 0, 0)")))
        << "foreign keys are on";
}

struct HostileCase
{
    const char* name;
    const char16_t* text;
};

class HostileValues : public ::testing::TestWithParam<HostileCase>
{
};

TEST_P(HostileValues, RoundTripUnchanged)
{
    test::TestDatabase db;
    store::AdvocateStore store(db.connection(), db.clock());
    const QString value = QString::fromUtf16(GetParam().text);
    Advocate a;
    a.firstName = value;
    a.lastName = value;
    a.company = value;
    a.notes = value;
    a.tags = {value};
    ASSERT_TRUE(store.create(a).ok());
    const Advocate r = store.get(a.id).value();
    EXPECT_EQ(r.firstName, value);
    EXPECT_EQ(r.lastName, value);
    EXPECT_EQ(r.company, value);
    EXPECT_EQ(r.notes, value);
    EXPECT_EQ(r.tags, QStringList {value});
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM advocates")) && q.next() && q.value(0).toInt() == 1)
        << "the advocates table is still there";
}

INSTANTIATE_TEST_SUITE_P(Values, HostileValues,
    ::testing::Values(HostileCase {"sql_injection", u"Robert'); DROP TABLE advocates;--"},
        HostileCase {"emoji", u"Zoë 🍇🎉 👩‍👩‍👧"}, HostileCase {"cjk", u"王芳 山田太郎 김민준"},
        HostileCase {"right_to_left", u"مريم العربي שלום"}, HostileCase {"bidi_override", u"evil\u202Etxt.exe"},
        HostileCase {"formula", u"=HYPERLINK(\"http://x\",\"y\")"},
        HostileCase {"html", u"<script>alert('x')</script>"}, HostileCase {"quotes", u"O'Brien \"Bob\" `x`"}),
    [](const ::testing::TestParamInfo<HostileCase>& info) { return std::string(info.param.name); });

} // namespace

namespace {

TEST(AdvocateTagsText, FollowsTagsThroughAddRenameAndRemove)
{
    test::TestDatabase db;
    store::AdvocateStore store(db.connection(), db.clock());
    Advocate a;
    a.firstName = QStringLiteral("Tagged");
    a.tags = {QStringLiteral("vip"), QStringLiteral("Fair"), QStringLiteral("ambassador")};
    ASSERT_TRUE(store.create(a).ok());
    const auto tagsText = [&] {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT tags_text FROM advocates WHERE id = ?"));
        q.addBindValue(a.id);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<error>");
    };
    EXPECT_EQ(tagsText(), QStringLiteral("ambassador, Fair, vip")) << "sorted as the table shows them";
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE tags SET name = 'Zebra' WHERE name = 'ambassador'")));
    EXPECT_EQ(tagsText(), QStringLiteral("Fair, vip, Zebra"));
    a.tags = {QStringLiteral("vip")};
    ASSERT_TRUE(store.update(a).ok());
    EXPECT_EQ(tagsText(), QStringLiteral("vip"));
    a.tags.clear();
    ASSERT_TRUE(store.update(a).ok());
    EXPECT_EQ(tagsText(), QString());
}

} // namespace

// Two Grapevine windows (or programs) on one file: both read and write through SQLite's
// locking, and a save made from a copy read before the other's save is refused rather than
// silently undoing it.
TEST(TwoInstancesOnOneFile, BothWorkAndNeitherLosesTheOthersSave)
{
    test::TestDatabase first;
    db::OpenFailure failure;
    auto second = db::Database::open(first.path(), {}, &failure, first.clock());
    ASSERT_TRUE(second) << failure.message.toStdString();
    ASSERT_FALSE(second->isReadOnly());

    store::AdvocateStore mine(first.connection(), first.clock());
    store::AdvocateStore theirs(second->connection(), first.clock());
    domain::Advocate a;
    a.firstName = QStringLiteral("Ana");
    a.email = QStringLiteral("ana@example.com");
    ASSERT_TRUE(mine.create(a).ok());

    // Both open Ana; the other window saves first, a minute later.
    domain::Advocate myCopy = mine.get(a.id).value();
    domain::Advocate theirCopy = theirs.get(a.id).value();
    first.clock().advanceSeconds(60);
    theirCopy.phone = QStringLiteral("+49 30 1234");
    ASSERT_TRUE(theirs.update(theirCopy).ok());

    myCopy.notes = QStringLiteral("Prefers email");
    const Status mineSaved = mine.update(myCopy);
    ASSERT_FALSE(mineSaved.ok()) << "saving the old copy would undo the other window's phone number";
    EXPECT_EQ(mineSaved.error().code, Error::Code::Stale);
    EXPECT_TRUE(mineSaved.error().message.contains(QStringLiteral("Ana"))) << mineSaved.error().message.toStdString();
    EXPECT_EQ(mine.get(a.id)->phone, QStringLiteral("+49 30 1234"));

    // Opened again, the edit goes through and keeps both changes.
    domain::Advocate fresh = mine.get(a.id).value();
    fresh.notes = QStringLiteral("Prefers email");
    first.clock().advanceSeconds(60);
    ASSERT_TRUE(mine.update(fresh).ok());
    const domain::Advocate seenByOther = theirs.get(a.id).value();
    EXPECT_EQ(seenByOther.phone, QStringLiteral("+49 30 1234"));
    EXPECT_EQ(seenByOther.notes, QStringLiteral("Prefers email"));

    // A second save of one's own copy (updated by the first save) is fine.
    first.clock().advanceSeconds(60);
    fresh.company = QStringLiteral("Bakery");
    EXPECT_TRUE(mine.update(fresh).ok());
}
