// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <memory>
#include <tuple>

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "TestDatabase.h"
#include "db/DatabaseCheck.h"
#include "demo/DemoGenerator.h"
#include "domain/Advocate.h"
#include "domain/Email.h"
#include "domain/ReferralCode.h"
#include "store/AdvocateStore.h"

using namespace grapevine;
using grapevine::demo::DemoGenerator;
using grapevine::demo::DemoOptions;

namespace {

DemoOptions smallOptions(quint32 seed = 7)
{
    DemoOptions o;
    o.advocates = 2000;
    o.referrals = 3000;
    o.mentions = 400;
    o.seed = seed;
    return o;
}

const QString kFtsTriggers
    = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%advocates_fts%'");

qint64 count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return -1;
    }
    return q.value(0).toLongLong();
}

/// A fingerprint of everything generated, to compare two files without keeping them both in memory.
QByteArray digest(const QSqlDatabase& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"settings", "tags", "campaigns", "campaign_milestones", "campaign_costs", "advocates",
             "advocate_tags", "referrals", "referral_status_history", "rewards", "mentions"}) {
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))));
        const int columns = q.record().count();
        while (q.next()) {
            for (int c = 0; c < columns; ++c) {
                hash.addData(q.value(c).toString().toUtf8());
                hash.addData(q.value(c).isNull() ? "\x01" : "\x02");
            }
        }
    }
    return hash.result();
}

// The checks that only read share one generated file: making it is the slow part.
class DemoGeneratorTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_db = std::make_unique<test::TestDatabase>();
        s_status = DemoGenerator::generate(s_db->connection(), smallOptions());
    }
    static void TearDownTestSuite() { s_db.reset(); }

    void SetUp() override { ASSERT_TRUE(s_status.ok()) << s_status.error().message.toStdString(); }

    static QSqlDatabase db() { return s_db->connection(); }
    static qint64 now() { return QDateTime(DemoOptions().today, QTime(9, 0), Qt::UTC).toSecsSinceEpoch(); }

    static inline std::unique_ptr<test::TestDatabase> s_db;
    static inline Status s_status;
};

TEST_F(DemoGeneratorTest, WritesExactlyTheRowsAskedFor)
{
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM advocates")), 2000);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM referrals")), 3000);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM mentions")), 400);
    const qint64 campaigns = count(db(), QStringLiteral("SELECT count(*) FROM campaigns"));
    EXPECT_GE(campaigns, 6);
    EXPECT_LE(campaigns, 12);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM campaign_costs")), campaigns);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM campaign_milestones")), 3);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM tags")), 20);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM advocate_tags")), 1000);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM rewards")), 500);
    // At least one history row per referral, one per step.
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM referral_status_history")), 3000 * 2);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM referrals r WHERE NOT EXISTS "
                                 "(SELECT 1 FROM referral_status_history h WHERE h.referral_id = r.id)")),
        0);
    EXPECT_EQ(
        count(db(),
            QStringLiteral("SELECT count(*) FROM settings WHERE (key = 'business_name' AND value = 'Demo Bakery') "
                           "OR (key = 'currency' AND value = 'EUR')")),
        2);
}

TEST_F(DemoGeneratorTest, PassesTheIntegrityAndForeignKeyChecks)
{
    const db::CheckReport report = db::DatabaseCheck::run(db());
    EXPECT_TRUE(report.healthy()) << report.error.toStdString() << report.integrityProblems.join(u'\n').toStdString()
                                  << report.foreignKeyProblems.join(u'\n').toStdString();
}

TEST_F(DemoGeneratorTest, CoversEveryStatus)
{
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(DISTINCT status) FROM referrals")), 7);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(DISTINCT status) FROM rewards")), 4);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(DISTINCT status) FROM campaigns")), 4);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(DISTINCT kind) FROM advocates")), 5);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(DISTINCT sentiment) FROM mentions")), 3);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(DISTINCT response_status) FROM mentions")), 4);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(DISTINCT channel) FROM referrals")), 5);
    EXPECT_GE(count(db(), QStringLiteral("SELECT count(DISTINCT channel) FROM mentions")), 12);
    // Every reward kind is offered by some campaign or milestone.
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM (SELECT advocate_reward_kind k FROM campaigns UNION "
                                 "SELECT friend_reward_kind FROM campaigns UNION SELECT reward_kind FROM "
                                 "campaign_milestones) WHERE k <> 'none'")),
        6);
}

TEST_F(DemoGeneratorTest, TheReviewQueueHoldsFlaggedReferralsWithTheirReasons)
{
    // 3,000 referrals: 12 of the newest pending ones made suspicious.
    const qint64 flagged = count(db(), QStringLiteral("SELECT count(*) FROM referrals WHERE review_state = 'flagged'"));
    EXPECT_GE(flagged, 8);
    EXPECT_LE(flagged, 12);
    EXPECT_EQ(
        count(db(),
            QStringLiteral("SELECT count(*) FROM referrals r WHERE review_state = 'flagged' AND (status <> "
                           "'pending' OR NOT EXISTS (SELECT 1 FROM referral_flags f WHERE f.referral_id = r.id))")),
        0)
        << "each flagged referral is pending and says why";
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM referral_flags WHERE kind = 'self_email'")), 0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM referral_flags WHERE kind = 'disposable_email'")), 0);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM referral_flags f JOIN referrals r ON r.id = "
                                 "f.referral_id WHERE r.review_state <> 'flagged'")),
        0);
}

TEST_F(DemoGeneratorTest, ReferralCodesAndEmailsAreUniqueAndValid)
{
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) - count(DISTINCT upper(referral_code)) FROM advocates")), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(email_norm) - count(DISTINCT email_norm) FROM advocates")), 0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(email_norm) FROM advocates")), 1900);
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT referral_code, email, email_norm FROM advocates")));
    while (q.next()) {
        const QString code = q.value(0).toString();
        EXPECT_EQ(domain::ReferralCode::problem(code), QString()) << code.toStdString();
        EXPECT_EQ(domain::ReferralCode::normalise(code), code);
        const QString email = q.value(1).toString();
        if (!email.isEmpty()) {
            EXPECT_TRUE(domain::Email::isValid(email)) << email.toStdString();
            EXPECT_EQ(domain::Email::normalise(email), q.value(2).toString());
        }
    }
    // Each referral carries its referrer's code.
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM referrals r JOIN advocates a ON a.id = r.referrer_id "
                                 "WHERE r.code <> a.referral_code")),
        0);
}

TEST_F(DemoGeneratorTest, NamesComeFromManyScripts)
{
    // Arabic, CJK, Hangul, Cyrillic and Latin with accents all appear in 2000 people.
    const QString patterns[] = {QStringLiteral("[\u0600-\u06FF]"), QStringLiteral("[\u4E00-\u9FFF]"),
        QStringLiteral("[\uAC00-\uD7AF]"), QStringLiteral("[\u0400-\u04FF]"), QStringLiteral("[éèüöäñçł]")};
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT first_name || ' ' || last_name FROM advocates")));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    const QString all = names.join(u'\n');
    for (const QString& p : patterns)
        EXPECT_TRUE(all.contains(QRegularExpression(p))) << p.toStdString();
}

TEST_F(DemoGeneratorTest, ReferredByChainsReachManyGenerations)
{
    const qint64 generations = count(db(), QStringLiteral(R"(
        WITH RECURSIVE chain (id, generation) AS (
            SELECT id, 1 FROM advocates WHERE referred_by_id IS NULL
            UNION ALL
            SELECT a.id, c.generation + 1 FROM advocates a JOIN chain c ON a.referred_by_id = c.id)
        SELECT max(generation) FROM chain)"));
    EXPECT_GE(generations, 5);
    EXPECT_LE(generations, 12) << "chains are capped so they stay believable";
    const qint64 referred
        = count(db(), QStringLiteral("SELECT count(*) FROM advocates WHERE referred_by_id IS NOT NULL"));
    EXPECT_GT(referred, 2000 * 25 / 100);
    EXPECT_LT(referred, 2000 * 45 / 100);
    // Nobody is referred by someone who joined after them.
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM advocates a JOIN advocates p ON p.id = a.referred_by_id "
                                 "WHERE p.created_at > a.created_at")),
        0);
}

TEST_F(DemoGeneratorTest, AFewAdvocatesReferALot)
{
    const qint64 top
        = count(db(), QStringLiteral("SELECT max(n) FROM (SELECT count(*) n FROM referrals GROUP BY referrer_id)"));
    const qint64 referrers = count(db(), QStringLiteral("SELECT count(DISTINCT referrer_id) FROM referrals"));
    EXPECT_GE(top, 20);
    EXPECT_LT(referrers, 2000 * 3 / 4) << "many advocates never refer anyone";
    // The counters of schema version 2 were kept by its triggers while the rows went in.
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM advocates a WHERE referrals_made <> "
                                 "(SELECT count(*) FROM referrals r WHERE r.referrer_id = a.id)")),
        0);
}

TEST_F(DemoGeneratorTest, StepDatesFollowTheStatus)
{
    const QString violations[] = {
        QStringLiteral("signed_up_at < created_at"),
        QStringLiteral("converted_at < signed_up_at OR (converted_at IS NOT NULL AND signed_up_at IS NULL)"),
        QStringLiteral("approved_at < converted_at OR (approved_at IS NOT NULL AND converted_at IS NULL)"),
        QStringLiteral("rewarded_at < approved_at OR (rewarded_at IS NOT NULL AND approved_at IS NULL)"),
        QStringLiteral("rejected_at < coalesce(signed_up_at, created_at)"),
        QStringLiteral("reversed_at < coalesce(rewarded_at, approved_at) OR (reversed_at IS NOT NULL AND approved_at "
                       "IS NULL)"),
        QStringLiteral("status = 'signed_up' AND (signed_up_at IS NULL OR converted_at IS NOT NULL)"),
        QStringLiteral("status = 'converted' AND (converted_at IS NULL OR approved_at IS NOT NULL)"),
        QStringLiteral("status = 'approved' AND (approved_at IS NULL OR rewarded_at IS NOT NULL)"),
        QStringLiteral("status = 'rewarded' AND rewarded_at IS NULL"),
        QStringLiteral("status = 'pending' AND coalesce(signed_up_at, rejected_at, reversed_at) IS NOT NULL"),
        QStringLiteral("(status = 'rejected') <> (rejected_at IS NOT NULL)"),
        QStringLiteral("(status = 'reversed') <> (reversed_at IS NOT NULL)"),
        QStringLiteral("(status = 'rejected') <> (rejection_reason <> '')"),
        QStringLiteral("(status IN ('converted', 'approved', 'rewarded', 'reversed')) <> (order_value_minor IS NOT "
                       "NULL)"),
        QStringLiteral("max(created_at, coalesce(signed_up_at, 0), coalesce(converted_at, 0), coalesce(approved_at, "
                       "0), coalesce(rewarded_at, 0), coalesce(rejected_at, 0), coalesce(reversed_at, 0)) > %1")
            .arg(now()),
        QStringLiteral("updated_at < created_at OR updated_at > %1").arg(now()),
        QStringLiteral("created_at < %1").arg(now() - 731 * 86400),
        // The last step in the history is the status.
        QStringLiteral("status <> (SELECT to_status FROM referral_status_history h WHERE h.referral_id = referrals.id "
                       "ORDER BY changed_at DESC, id DESC LIMIT 1)"),
        // A friend who became an advocate signed up when they joined, referred by the referrer.
        QStringLiteral("friend_id IS NOT NULL AND (signed_up_at <> (SELECT created_at FROM advocates WHERE id = "
                       "friend_id) OR referrer_id <> (SELECT referred_by_id FROM advocates WHERE id = friend_id))"),
        QStringLiteral("created_at < (SELECT created_at FROM advocates WHERE id = referrer_id)"),
        QStringLiteral("friend_id IS NULL AND friend_name = '' AND friend_email = ''"),
    };
    for (const QString& v : violations)
        EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM referrals WHERE ") + v), 0) << v.toStdString();
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM referrals WHERE friend_id IS NOT NULL")), 300);
}

TEST_F(DemoGeneratorTest, RewardsMatchTheirReferrals)
{
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM rewards w JOIN referrals r ON r.id = w.referral_id WHERE "
                                 "NOT ((r.status = 'converted' AND w.status = 'pending') "
                                 "OR (r.status = 'approved' AND w.status = 'approved') "
                                 "OR (r.status = 'rewarded' AND w.status = 'issued') "
                                 "OR (r.status = 'reversed' AND w.status = 'reversed'))")),
        0);
    // Both sides on a double-sided campaign, the advocate side unless a cap was reached.
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM rewards w JOIN referrals r ON r.id = w.referral_id "
                                 "WHERE w.side = 'advocate' AND w.advocate_id <> r.referrer_id")),
        0);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM rewards w JOIN referrals r ON r.id = w.referral_id "
                                 "WHERE w.side = 'friend' AND w.advocate_id IS NOT r.friend_id")),
        0);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM referrals r JOIN campaigns c ON c.id = r.campaign_id "
                                 "WHERE r.status IN ('approved', 'rewarded') AND c.friend_reward_kind <> 'none' "
                                 "AND NOT EXISTS (SELECT 1 FROM rewards w WHERE w.referral_id = r.id AND "
                                 "w.side = 'friend')")),
        0);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM rewards WHERE (status = 'issued') <> (issued_at IS NOT "
                                 "NULL AND reversed_at IS NULL) AND status <> 'reversed'")),
        0);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM rewards WHERE (status = 'reversed') <> (reversed_at IS "
                                 "NOT NULL)")),
        0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM rewards WHERE status = 'reversed'")), 0)
        << "refunded orders reverse their rewards";
    // The ledger agrees with every reward: earned, then approved and issued as dated, and
    // netted to zero when reversed.
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM rewards w WHERE (SELECT coalesce(sum(value), 0) FROM "
                                 "reward_entries e WHERE e.reward_id = w.id) <> (CASE WHEN w.status = 'reversed' "
                                 "THEN 0 ELSE w.value END)")),
        0);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM rewards w WHERE w.status = 'issued' AND NOT EXISTS (SELECT 1 "
                                 "FROM reward_entries e WHERE e.reward_id = w.id AND e.kind = 'issue')")),
        0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM rewards WHERE milestone_threshold IS NOT NULL")), 0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM rewards WHERE referral_id IS NULL")), 0)
        << "milestone rewards";
    EXPECT_GT(count(db(), QStringLiteral("SELECT sum(cost_minor) FROM rewards")), 0);
}

TEST_F(DemoGeneratorTest, MentionsLookLikeARealInbox)
{
    const qint64 negative = count(db(), QStringLiteral("SELECT count(*) FROM mentions WHERE sentiment = 'negative'"));
    EXPECT_GT(negative, 400 * 8 / 100);
    EXPECT_LT(negative, 400 * 25 / 100);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM mentions WHERE sentiment = 'negative' AND "
                                 "(response_status = 'none' OR response_due_at IS NULL)")),
        0);
    EXPECT_GT(count(db(),
                  QStringLiteral("SELECT count(*) FROM mentions WHERE response_status = 'needs_response' AND "
                                 "response_due_at < %1")
                      .arg(now())),
        0)
        << "some are overdue";
    EXPECT_LE(count(db(),
                  QStringLiteral("SELECT count(*) FROM mentions WHERE response_status = 'needs_response' AND "
                                 "occurred_at < %1")
                      .arg(now() - 30 * 86400)),
        negative / 20)
        << "hardly any old complaint is still open";
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM mentions WHERE responded_at < occurred_at OR resolved_at "
                                 "< responded_at OR (resolved_at IS NOT NULL AND responded_at IS NULL) OR "
                                 "occurred_at > %1 OR updated_at > %1 OR created_at > updated_at")
                      .arg(now())),
        0);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM mentions WHERE (response_status IN ('responded', "
                                 "'resolved')) <> (responded_at IS NOT NULL AND response_text <> '')")),
        0);
    EXPECT_GT(count(db(),
                  QStringLiteral("SELECT count(*) FROM mentions WHERE is_testimonial = 1 AND "
                                 "testimonial_permission_how <> '' AND sentiment = 'positive'")),
        10);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM mentions WHERE incentivised = 1")), 0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM mentions WHERE advocate_id IS NOT NULL")), 50);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM mentions WHERE campaign_id IS NOT NULL")), 0);
}

TEST(DemoGenerator, LeavesTheSearchIndexCompleteAndMaintained)
{
    test::TestDatabase t;
    const qint64 triggers = count(t.connection(), kFtsTriggers);
    ASSERT_GT(triggers, 0);
    DemoOptions options;
    options.advocates = 300;
    options.referrals = 100;
    options.mentions = 10;
    ASSERT_TRUE(DemoGenerator::generate(t.connection(), options).ok());
    // The index is built in one go at the end; its triggers are back for everything after.
    EXPECT_EQ(count(t.connection(), kFtsTriggers), triggers);
    QSqlQuery q(t.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO advocates_fts (advocates_fts) VALUES ('integrity-check')")))
        << q.lastError().text().toStdString();
    EXPECT_EQ(count(t.connection(), QStringLiteral("SELECT count(*) FROM advocates_fts")), 300);
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT email FROM advocates WHERE email <> '' ORDER BY id LIMIT 1")) && q.next());
    const QString email = q.value(0).toString();
    EXPECT_GE(count(t.connection(),
                  QStringLiteral("SELECT count(*) FROM advocates_fts WHERE advocates_fts MATCH '\"%1\"'").arg(email)),
        1)
        << email.toStdString();

    domain::Advocate a;
    a.firstName = QStringLiteral("Zyxwvut");
    a.email = QStringLiteral("zyxwvut@example.org");
    ASSERT_TRUE(store::AdvocateStore(t.connection(), t.clock()).create(a).ok());
    EXPECT_EQ(
        count(t.connection(), QStringLiteral("SELECT count(*) FROM advocates_fts WHERE advocates_fts MATCH 'zyxwvut'")),
        1);
}

TEST(DemoGenerator, SameSeedGivesTheSameContent)
{
    DemoOptions options = smallOptions(42);
    options.advocates = 600;
    options.referrals = 900;
    options.mentions = 150;
    test::TestDatabase a;
    test::TestDatabase b;
    test::TestDatabase c;
    ASSERT_TRUE(DemoGenerator::generate(a.connection(), options).ok());
    ASSERT_TRUE(DemoGenerator::generate(b.connection(), options).ok());
    options.seed = 43;
    ASSERT_TRUE(DemoGenerator::generate(c.connection(), options).ok());
    EXPECT_EQ(digest(a.connection()), digest(b.connection()));
    EXPECT_NE(digest(a.connection()), digest(c.connection()));
}

TEST(DemoGenerator, CancelWritesNothing)
{
    for (const qint64 cancelAt : {qint64(0), qint64(1024), qint64(2048)}) {
        test::TestDatabase t;
        qint64 calls = 0;
        const Status s = DemoGenerator::generate(t.connection(), smallOptions(), [&](qint64 done, qint64 total) {
            ++calls;
            EXPECT_EQ(total, 2000 + 3000 + 400);
            return done < cancelAt;
        });
        ASSERT_FALSE(s.ok());
        EXPECT_TRUE(s.error().message.contains(QStringLiteral("cancelled"))) << s.error().message.toStdString();
        EXPECT_GE(calls, 1);
        for (const char* table : {"advocates", "referrals", "mentions", "campaigns", "campaign_costs", "rewards",
                 "tags", "advocate_tags", "referral_status_history"})
            EXPECT_EQ(count(t.connection(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)), 0)
                << table << " after cancel at " << cancelAt;
        EXPECT_EQ(
            count(t.connection(), QStringLiteral("SELECT count(*) FROM settings WHERE value = 'Demo Bakery'")), 0);
        // The connection is usable afterwards: the transaction was rolled back, not left open.
        EXPECT_TRUE(DemoGenerator::generate(t.connection(),
            [] {
                DemoOptions o;
                o.advocates = 20;
                o.referrals = 20;
                o.mentions = 5;
                return o;
            }())
                        .ok());
    }
}

TEST(DemoGenerator, ReportsProgressUpToTheTotal)
{
    test::TestDatabase t;
    DemoOptions options = smallOptions();
    qint64 last = -1;
    qint64 lastTotal = 0;
    bool increasing = true;
    ASSERT_TRUE(DemoGenerator::generate(t.connection(), options, [&](qint64 done, qint64 total) {
        increasing = increasing && done >= last;
        last = done;
        lastTotal = total;
        return true;
    }).ok());
    EXPECT_TRUE(increasing);
    EXPECT_EQ(last, lastTotal);
    EXPECT_EQ(lastTotal, 5400);
}

TEST(DemoGenerator, RefusesADatabaseThatHoldsData)
{
    test::TestDatabase t;
    DemoOptions options;
    options.advocates = 50;
    options.referrals = 40;
    options.mentions = 10;
    ASSERT_TRUE(DemoGenerator::generate(t.connection(), options).ok());
    const Status again = DemoGenerator::generate(t.connection(), options);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Invalid);
    EXPECT_EQ(count(t.connection(), QStringLiteral("SELECT count(*) FROM advocates")), 50);
}

TEST(DemoGenerator, HandlesTinyAndEmptySizes)
{
    for (const auto& [advocates, referrals, mentions] :
        {std::tuple<qint64, qint64, qint64> {0, 0, 0}, {1, 10, 3}, {2, 0, 0}, {0, 0, 20}}) {
        test::TestDatabase t;
        DemoOptions options;
        options.advocates = advocates;
        options.referrals = referrals;
        options.mentions = mentions;
        const Status s = DemoGenerator::generate(t.connection(), options);
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        EXPECT_EQ(count(t.connection(), QStringLiteral("SELECT count(*) FROM advocates")), advocates);
        EXPECT_EQ(count(t.connection(), QStringLiteral("SELECT count(*) FROM referrals")), referrals);
        EXPECT_EQ(count(t.connection(), QStringLiteral("SELECT count(*) FROM mentions")), mentions);
        EXPECT_TRUE(db::DatabaseCheck::run(t.connection()).healthy());
    }
}

TEST(DemoGenerator, RejectsImpossibleOptions)
{
    test::TestDatabase t;
    DemoOptions negative;
    negative.mentions = -1;
    DemoOptions tooMany;
    tooMany.advocates = DemoGenerator::kMaxRows + 1;
    DemoOptions noAdvocates;
    noAdvocates.advocates = 0;
    DemoOptions noDate;
    noDate.today = QDate();
    for (const DemoOptions& o : {negative, tooMany, noAdvocates, noDate}) {
        EXPECT_FALSE(DemoGenerator::problem(o).isEmpty());
        const Status s = DemoGenerator::generate(t.connection(), o);
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, Error::Code::Invalid);
    }
    EXPECT_EQ(count(t.connection(), QStringLiteral("SELECT count(*) FROM campaigns")), 0);
    EXPECT_TRUE(DemoGenerator::problem(DemoOptions()).isEmpty());
}

} // namespace
