// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "TestDatabase.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "metrics/CampaignSummary.h"
#include "metrics/PeriodTotals.h"
#include "metrics/ProgramMetrics.h"
#include "store/AdvocateStore.h"
#include "store/CampaignCostStore.h"
#include "store/CampaignStore.h"
#include "store/SettingsStore.h"

using namespace grapevine;
using metrics::Bucket;
using metrics::MetricsQuery;
using metrics::PeriodFigures;
using metrics::ProgramFigures;
using metrics::ProgramMetrics;

namespace {

/// 2026-MM-DD HH:MM UTC in seconds.
qint64 at(int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
}

QDateTime utc(int month, int day, int hour = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

/// Rows go in as SQL, so that the test depends on the schema and the definitions only, not
/// on the rules of the stores and workflows.
class ProgramMetricsTest : public ::testing::Test
{
protected:
    qint64 advocate(const QString& name, const char* status = "active", qint64 createdAt = at(1, 1))
    {
        domain::Advocate a;
        a.firstName = name;
        a.email = name.toLower() + QStringLiteral("@example.com");
        const Status s = store::AdvocateStore(db(), m_db.clock()).create(a);
        EXPECT_TRUE(s.ok());
        exec(QStringLiteral("UPDATE advocates SET status = ?, created_at = ? WHERE id = ?"),
            {QLatin1String(status), createdAt, a.id});
        return a.id;
    }

    qint64 campaign(const QString& name)
    {
        domain::Campaign c;
        c.name = name;
        EXPECT_TRUE(store::CampaignStore(db(), m_db.clock()).create(c).ok());
        return c.id;
    }

    qint64 referral(
        qint64 campaignId, qint64 referrer, const char* status, std::optional<qint64> orderValue, qint64 createdAt)
    {
        return exec(QStringLiteral("INSERT INTO referrals (campaign_id, referrer_id, status, order_value_minor, "
                                   "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {campaignId, referrer, QLatin1String(status),
                orderValue ? QVariant(*orderValue) : QVariant(QMetaType::fromType<qint64>()), createdAt, createdAt});
    }

    /// A reward for a referral, or for none (a milestone) when `referralId` is 0.
    qint64 reward(qint64 campaignId, qint64 referralId, qint64 advocateId, const char* kind, qint64 value,
        qint64 costMinor, const char* status, qint64 createdAt)
    {
        return exec(QStringLiteral("INSERT INTO rewards (campaign_id, referral_id, advocate_id, side, kind, value, "
                                   "cost_minor, status, created_at, updated_at) "
                                   "VALUES (?, ?, ?, 'advocate', ?, ?, ?, ?, ?, ?)"),
            {campaignId, referralId ? QVariant(referralId) : QVariant(QMetaType::fromType<qint64>()), advocateId,
                QLatin1String(kind), value, costMinor, QLatin1String(status), createdAt, createdAt});
    }

    void cost(qint64 campaignId, QDate on, qint64 amountMinor)
    {
        domain::CampaignCost c;
        c.campaignId = campaignId;
        c.incurredOn = on;
        c.description = QStringLiteral("Flyers");
        c.amountMinor = amountMinor;
        EXPECT_TRUE(store::CampaignCostStore(db(), m_db.clock()).create(c).ok());
    }

    void mention(const char* sentiment, std::optional<qint64> reach, qint64 occurredAt, const char* response = "none",
        std::optional<qint64> dueAt = std::nullopt, std::optional<qint64> respondedAt = std::nullopt)
    {
        auto orNull
            = [](std::optional<qint64> v) { return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>()); };
        exec(QStringLiteral("INSERT INTO mentions (occurred_at, channel, sentiment, reach, response_status, "
                            "response_due_at, responded_at, created_at, updated_at) "
                            "VALUES (?, 'instagram', ?, ?, ?, ?, ?, ?, ?)"),
            {occurredAt, QLatin1String(sentiment), orNull(reach), QLatin1String(response), orNull(dueAt),
                orNull(respondedAt), occurredAt, occurredAt});
    }

    void settings(qint64 pointValueMinor, qint64 baselineCacMinor)
    {
        domain::BusinessSettings s = store::SettingsStore(db()).load().value();
        s.pointValueMinor = pointValueMinor;
        s.baselineCacMinor = baselineCacMinor;
        ASSERT_TRUE(store::SettingsStore(db()).save(s).ok());
    }

    qint64 exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(db());
        EXPECT_TRUE(q.prepare(sql)) << q.lastError().text().toStdString();
        for (const QVariant& v : values)
            q.addBindValue(v);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString() << " in " << sql.toStdString();
        return q.lastInsertId().toLongLong();
    }

    ProgramFigures compute(MetricsQuery query)
    {
        auto f = ProgramMetrics::compute(db(), query, utc(4, 15));
        EXPECT_TRUE(f.ok()) << f.error().message.toStdString();
        return f ? std::move(f).value() : ProgramFigures {};
    }

    /// March 2026 in UTC, every campaign.
    static MetricsQuery march(Bucket bucket = Bucket::Month)
    {
        MetricsQuery q;
        q.from = utc(3, 1);
        q.to = utc(4, 1);
        q.bucket = bucket;
        q.timeZone = QTimeZone::utc();
        return q;
    }

    /// The small business below, worked out by hand in the tests.
    void makeBusiness()
    {
        settings(2, 5000); // a point costs 2 cents; paid channels cost €50 a customer
        ana = advocate(QStringLiteral("Ana"));
        bo = advocate(QStringLiteral("Bo"));
        cy = advocate(QStringLiteral("Cy"));
        di = advocate(QStringLiteral("Di"), "inactive");
        ed = advocate(QStringLiteral("Ed"), "active", at(4, 10)); // joined after March
        fay = advocate(QStringLiteral("Fay"));
        // Referred-by chains: Ana → Bo → Cy (three generations), Ana → Fay.
        exec(QStringLiteral("UPDATE advocates SET referred_by_id = ? WHERE id = ?"), {ana, bo});
        exec(QStringLiteral("UPDATE advocates SET referred_by_id = ? WHERE id = ?"), {bo, cy});
        exec(QStringLiteral("UPDATE advocates SET referred_by_id = ? WHERE id = ?"), {ana, fay});

        spring = campaign(QStringLiteral("Spring"));
        summer = campaign(QStringLiteral("Summer"));
        dud = campaign(QStringLiteral("Dud")); // only rejected referrals
        quiet = campaign(QStringLiteral("Quiet")); // nothing at all

        // March.
        referral(spring, ana, "pending", std::nullopt, at(3, 2));
        referral(spring, ana, "signed_up", std::nullopt, at(3, 3));
        r3 = referral(spring, ana, "converted", 12000, at(3, 4));
        r4 = referral(spring, bo, "approved", 8000, at(3, 5));
        r5 = referral(spring, bo, "rewarded", 5000, at(3, 6));
        r6 = referral(spring, cy, "reversed", 7000, at(3, 7)); // refunded
        r7 = referral(spring, ana, "rewarded", 3000, at(3, 31, 23)); // the last hour of March
        r8 = referral(summer, cy, "converted", 4000, at(3, 15));
        referral(summer, ana, "pending", std::nullopt, at(3, 20));
        referral(dud, bo, "rejected", 9900, at(3, 10));
        referral(dud, cy, "rejected", std::nullopt, at(3, 11));
        // Around March.
        r12 = referral(spring, ana, "converted", 6000, at(2, 15)); // previous period
        referral(spring, bo, "rewarded", 1000, at(4, 1, 0)); // exactly at the end: April
        referral(spring, fay, "pending", std::nullopt, at(1, 10)); // before the previous period

        reward(spring, r4, bo, "store_credit", 1000, 1000, "approved", at(3, 10)); // cost and owed
        reward(spring, r5, bo, "store_credit", 1000, 1000, "issued", at(3, 8));
        exec(QStringLiteral(
                 "INSERT INTO rewards (campaign_id, referral_id, side, kind, value, cost_minor, status, "
                 "created_at, updated_at) VALUES (?, ?, 'friend', 'fixed_discount', 500, 500, 'issued', ?, ?)"),
            {spring, r5, at(3, 8), at(3, 8)});
        reward(spring, r6, cy, "store_credit", 1000, 1000, "reversed", at(3, 9)); // taken back: no cost
        // Points are valued at the value per point (300 × 2), whatever cost was written down.
        reward(spring, r7, ana, "points", 300, 999, "issued", at(4, 2)); // made in April, for a March referral
        reward(spring, r3, ana, "points", 100, 100, "approved", at(3, 5)); // 200, owed
        reward(summer, r8, cy, "store_credit", 700, 700, "pending", at(3, 16)); // not earned yet
        reward(spring, r12, ana, "store_credit", 1000, 1000, "issued", at(3, 2)); // for a February referral
        reward(spring, 0, ana, "cash", 2500, 2500, "issued", at(3, 20)); // a milestone: its own date

        cost(spring, QDate(2026, 3, 1), 3000);
        cost(spring, QDate(2026, 2, 20), 1500); // previous period
        cost(spring, QDate(2026, 4, 1), 9999); // April
        cost(summer, QDate(2026, 3, 31), 500);

        exec(QStringLiteral("UPDATE advocates SET nps_score = 10, nps_at = ? WHERE id = ?"), {at(3, 5), ana});
        exec(QStringLiteral("UPDATE advocates SET nps_score = 9, nps_at = ? WHERE id = ?"), {at(3, 6), bo});
        exec(QStringLiteral("UPDATE advocates SET nps_score = 7, nps_at = ? WHERE id = ?"), {at(3, 7), cy});
        exec(QStringLiteral("UPDATE advocates SET nps_score = 3, nps_at = ? WHERE id = ?"), {at(3, 8), di});
        exec(QStringLiteral("UPDATE advocates SET nps_score = 0, nps_at = ? WHERE id = ?"), {at(2, 10), fay});
        exec(QStringLiteral("UPDATE advocates SET nps_score = 8 WHERE id = ?"), {ed}); // undated: when Ed joined

        mention("positive", 100, at(3, 3));
        mention("negative", 50, at(3, 4, 10), "responded", at(3, 5, 10), at(3, 4, 12)); // answered in time
        mention("neutral", std::nullopt, at(3, 5));
        mention("negative", 10, at(2, 10), "needs_response", at(2, 11)); // previous period, overdue
    }

    QSqlDatabase db() const { return m_db.connection(); }

    test::TestDatabase m_db;
    qint64 ana = 0, bo = 0, cy = 0, di = 0, ed = 0, fay = 0;
    qint64 spring = 0, summer = 0, dud = 0, quiet = 0;
    qint64 r3 = 0, r4 = 0, r5 = 0, r6 = 0, r7 = 0, r8 = 0, r12 = 0;
};

TEST_F(ProgramMetricsTest, EveryMetricOfAPeriod)
{
    makeBusiness();
    const ProgramFigures all = compute(march());
    const PeriodFigures& f = all.current;

    // Created in March: Spring 7, Summer 2, Dud 2; the one at 1 April 00:00 is April's.
    EXPECT_EQ(f.referrals, 11);
    // Now: pending 2, signed up 1, converted 2, approved 1, rewarded 2, rejected 2, reversed 1.
    EXPECT_EQ(f.funnel.rewarded, 2);
    EXPECT_EQ(f.funnel.approved, 2 + 1);
    EXPECT_EQ(f.funnel.converted, 3 + 2);
    EXPECT_EQ(f.funnel.signedUp, 5 + 1);
    EXPECT_EQ(f.funnel.pending, 6 + 2);
    EXPECT_EQ(f.funnel.rejected, 2);
    EXPECT_EQ(f.funnel.reversed, 1);
    EXPECT_EQ(f.funnel.pending + f.funnel.rejected + f.funnel.reversed, f.referrals);
    EXPECT_EQ(f.converted(), 5);
    EXPECT_DOUBLE_EQ(*f.conversionRate(), 5.0 / 11.0);

    // Converted order values: 12000 + 8000 + 5000 + 3000 + 4000; not the reversed 7000 nor the
    // rejected 9900.
    EXPECT_EQ(f.revenueMinor, 32000);
    // Rewards approved or issued of March's referrals: 1000 (approved) + 1000 + 500 (both
    // sides) + 300 points × 2 + 100 points × 2, plus the milestone of 20 March, 2500. Not the
    // reversed reward, the pending one, nor the February referral's reward made in March.
    EXPECT_EQ(f.rewardCostMinor, 1000 + 1000 + 500 + 600 + 200 + 2500);
    // Campaign costs dated in March: 3000 (1 March) + 500 (31 March); not 20 Feb nor 1 April.
    EXPECT_EQ(f.otherCostMinor, 3500);
    EXPECT_EQ(f.costMinor(), 9300);
    EXPECT_DOUBLE_EQ(*f.roi(), (32000.0 - 9300.0) / 9300.0);
    // Approved, not issued: 1000 + 100 points × 2.
    EXPECT_EQ(f.liabilityMinor, 1200);

    // CAC = 9300 ÷ 5 = 1860 beside the baseline 5000: 3140 saved per customer.
    EXPECT_EQ(*f.cacMinor(), 1860);
    EXPECT_EQ(*f.baselineCacMinor, 5000);
    EXPECT_EQ(*f.cacSavingMinor(), 3140);

    // Ana, Bo and Cy referred in March; active by the end of March: Ana, Bo, Cy, Fay (Di is
    // inactive, Ed joined in April).
    EXPECT_EQ(f.participatingAdvocates, 3);
    EXPECT_EQ(f.activeAdvocates, 4);
    EXPECT_DOUBLE_EQ(*f.participationRate(), 3.0 / 4.0);
    // 11 referrals ÷ 3 advocates × 5/11 converted.
    EXPECT_DOUBLE_EQ(*f.kFactor(), 11.0 / 3.0 * (5.0 / 11.0));

    // Scores recorded in March: 10 and 9 promote, 7 is passive, 3 detracts (Di is inactive
    // but her score counts); Fay's 0 is February's and Ed's undated 8 is April's.
    EXPECT_EQ(f.nps.promoters, 2);
    EXPECT_EQ(f.nps.passives, 1);
    EXPECT_EQ(f.nps.detractors, 1);
    EXPECT_DOUBLE_EQ(*f.nps.score(), 100.0 * (2 - 1) / 4);

    // Word of mouth comes from WordOfMouth: 3 mentions in March, reach 100 + 50.
    EXPECT_EQ(f.wordOfMouth.mentions, 3);
    EXPECT_EQ(f.wordOfMouth.reach, 150);
    EXPECT_DOUBLE_EQ(*f.wordOfMouth.netSentiment(), 0.0);
    EXPECT_DOUBLE_EQ(*f.wordOfMouth.answeredInTimeShare(), 1.0);

    // Ana → Bo → Cy.
    EXPECT_EQ(all.generations, 3);
}

TEST_F(ProgramMetricsTest, PreviousPeriodIsTheSameLengthJustBefore)
{
    makeBusiness();
    const ProgramFigures all = compute(march());
    ASSERT_TRUE(all.previous.has_value());
    const PeriodFigures& p = *all.previous;
    // March has 31 days: the previous period is 29 January 00:00 to 1 March 00:00.
    EXPECT_EQ(p.from, utc(1, 29));
    EXPECT_EQ(p.to, utc(3, 1));
    // The February referral, converted at 6000, with its reward made in March (1000), and the
    // flyers of 20 February (1500). The pending one of 10 January is older still.
    EXPECT_EQ(p.referrals, 1);
    EXPECT_EQ(p.converted(), 1);
    EXPECT_EQ(p.revenueMinor, 6000);
    EXPECT_EQ(p.rewardCostMinor, 1000);
    EXPECT_EQ(p.otherCostMinor, 1500);
    EXPECT_DOUBLE_EQ(*p.roi(), (6000.0 - 2500.0) / 2500.0);
    EXPECT_EQ(*p.cacMinor(), 2500);
    EXPECT_EQ(p.participatingAdvocates, 1);
    EXPECT_EQ(p.activeAdvocates, 4);
    EXPECT_DOUBLE_EQ(*p.kFactor(), 1.0);
    // Fay's 0 of 10 February: all detractors.
    EXPECT_DOUBLE_EQ(*p.nps.score(), -100.0);
    EXPECT_EQ(p.wordOfMouth.negative, 1);
    EXPECT_EQ(p.wordOfMouth.overdue, 1);
}

TEST_F(ProgramMetricsTest, PerCampaignFigures)
{
    makeBusiness();
    const ProgramFigures all = compute(march());
    // Quiet did nothing in March and is left out; the others by id.
    ASSERT_EQ(all.campaigns.size(), 3u);
    const metrics::CampaignFigures& s = all.campaigns[0];
    EXPECT_EQ(s.campaignId, spring);
    EXPECT_EQ(s.name, QStringLiteral("Spring"));
    EXPECT_EQ(s.referrals, 7);
    EXPECT_EQ(s.converted, 4);
    EXPECT_EQ(s.revenueMinor, 12000 + 8000 + 5000 + 3000);
    EXPECT_EQ(s.rewardCostMinor, 5800);
    EXPECT_EQ(s.otherCostMinor, 3000);

    const metrics::CampaignFigures& u = all.campaigns[1];
    EXPECT_EQ(u.campaignId, summer);
    EXPECT_EQ(u.revenueMinor, 4000);
    EXPECT_EQ(u.costMinor(), 500);
    EXPECT_DOUBLE_EQ(*u.roi(), (4000.0 - 500.0) / 500.0);

    // Only rejected referrals: nothing converted, no revenue, no cost.
    const metrics::CampaignFigures& d = all.campaigns[2];
    EXPECT_EQ(d.campaignId, dud);
    EXPECT_EQ(d.referrals, 2);
    EXPECT_EQ(d.converted, 0);
    EXPECT_DOUBLE_EQ(*d.conversionRate(), 0.0) << "0 of 2 is a rate of 0, not undefined";
    EXPECT_FALSE(d.roi().has_value()) << "no cost: ROI undefined";

    MetricsQuery onlyDud = march();
    onlyDud.campaignId = dud;
    const PeriodFigures f = compute(onlyDud).current;
    EXPECT_EQ(f.referrals, 2);
    EXPECT_EQ(f.funnel.rejected, 2);
    EXPECT_EQ(f.funnel.pending, 0);
    EXPECT_DOUBLE_EQ(*f.conversionRate(), 0.0);
    EXPECT_FALSE(f.roi().has_value());
    EXPECT_FALSE(f.cacMinor().has_value()) << "nobody acquired";
    EXPECT_DOUBLE_EQ(*f.kFactor(), 0.0) << "2 referrals by 2 advocates, none converted";
    EXPECT_EQ(f.participatingAdvocates, 2); // Bo and Cy
}

TEST_F(ProgramMetricsTest, RevenueWithoutCostHasNoRoi)
{
    makeBusiness();
    // Summer from 10 to 20 March: the converted 4000 of the 15th; its only cost is dated the
    // 31st and its reward is still pending.
    MetricsQuery q = march();
    q.from = utc(3, 10);
    q.to = utc(3, 20);
    q.campaignId = summer;
    const PeriodFigures f = compute(q).current;
    EXPECT_EQ(f.revenueMinor, 4000);
    EXPECT_EQ(f.costMinor(), 0);
    EXPECT_FALSE(f.roi().has_value());
    EXPECT_EQ(*f.cacMinor(), 0);
}

TEST_F(ProgramMetricsTest, NothingToMeasureGivesUndefinedRatiosNotZeros)
{
    const ProgramFigures empty = compute(march());
    const PeriodFigures& f = empty.current;
    EXPECT_EQ(f.referrals, 0);
    EXPECT_FALSE(f.conversionRate().has_value());
    EXPECT_FALSE(f.participationRate().has_value());
    EXPECT_FALSE(f.roi().has_value());
    EXPECT_FALSE(f.cacMinor().has_value());
    EXPECT_FALSE(f.cacSavingMinor().has_value());
    EXPECT_FALSE(f.baselineCacMinor.has_value()) << "the baseline CAC is not set in a new file";
    EXPECT_FALSE(f.kFactor().has_value());
    EXPECT_FALSE(f.nps.score().has_value());
    EXPECT_FALSE(f.wordOfMouth.netSentiment().has_value());
    EXPECT_EQ(empty.generations, 0);
    EXPECT_TRUE(empty.topAdvocates.empty());
    ASSERT_EQ(empty.series.size(), 1u);
    EXPECT_EQ(empty.series[0].referrals, 0);

    // Advocates but no referrals in the period: participation is a defined 0 of 4.
    makeBusiness();
    MetricsQuery q = march();
    q.from = utc(1, 1);
    q.to = utc(1, 2);
    const PeriodFigures g = compute(q).current;
    EXPECT_EQ(g.referrals, 0);
    EXPECT_FALSE(g.conversionRate().has_value());
    EXPECT_DOUBLE_EQ(*g.participationRate(), 0.0);
    EXPECT_FALSE(g.kFactor().has_value());
    EXPECT_FALSE(g.roi().has_value());
}

TEST_F(ProgramMetricsTest, ARewardTakenBackStopsCostingAndOwing)
{
    makeBusiness();
    // Reverse the approved reward of r4 and void Ana's approved points.
    exec(QStringLiteral("UPDATE rewards SET status = 'reversed' WHERE referral_id = ? AND status = 'approved'"), {r4});
    exec(QStringLiteral("UPDATE rewards SET status = 'voided' WHERE referral_id = ?"), {r3});
    const PeriodFigures f = compute(march()).current;
    EXPECT_EQ(f.rewardCostMinor, 5800 - 1000 - 200);
    EXPECT_EQ(f.liabilityMinor, 0);
    // Issuing what was approved keeps the cost and ends the liability.
    exec(QStringLiteral("UPDATE rewards SET status = 'approved' WHERE referral_id = ?"), {r3});
    EXPECT_EQ(compute(march()).current.liabilityMinor, 200);
    exec(QStringLiteral("UPDATE rewards SET status = 'issued' WHERE referral_id = ?"), {r3});
    const PeriodFigures g = compute(march()).current;
    EXPECT_EQ(g.liabilityMinor, 0);
    EXPECT_EQ(g.rewardCostMinor, 5800 - 1000);
}

TEST_F(ProgramMetricsTest, PointsAreValuedAtTheCurrentValuePerPoint)
{
    makeBusiness();
    settings(5, 5000);
    const PeriodFigures f = compute(march()).current;
    // 300 + 100 points at 5 cents instead of 2: 1200 more.
    EXPECT_EQ(f.rewardCostMinor, 5800 + 400 * 3);
    EXPECT_EQ(f.liabilityMinor, 1000 + 100 * 5);
}

TEST_F(ProgramMetricsTest, PeriodsThatDoNotStartAtMidnightUtc)
{
    makeBusiness();
    // From 4 March 12:00 to 6 March 12:00: r3 (4 March 12:00, on the edge: in), r4 (5 March),
    // and not r5 (6 March 12:00, on the end: out). Part days are read from the rows.
    MetricsQuery q = march();
    q.from = QDateTime::fromSecsSinceEpoch(at(3, 4), Qt::UTC);
    q.to = QDateTime::fromSecsSinceEpoch(at(3, 6), Qt::UTC);
    const PeriodFigures f = compute(q).current;
    EXPECT_EQ(f.referrals, 2);
    EXPECT_EQ(f.revenueMinor, 12000 + 8000);
    EXPECT_EQ(f.rewardCostMinor, 200 + 1000);
    EXPECT_EQ(f.liabilityMinor, 1200);

    // Within one day: 31 March 22:00 to 23:30 holds only r7 (23:00) and its points.
    q.from = QDateTime::fromSecsSinceEpoch(at(3, 31, 22), Qt::UTC);
    q.to = QDateTime::fromSecsSinceEpoch(at(3, 31, 23, 30), Qt::UTC);
    const PeriodFigures g = compute(q).current;
    EXPECT_EQ(g.referrals, 1);
    EXPECT_EQ(g.rewardCostMinor, 600);
    // A milestone reward in a part day: 20 March 06:00 to 18:00 holds the cash of 12:00.
    q.from = QDateTime::fromSecsSinceEpoch(at(3, 20, 6), Qt::UTC);
    q.to = QDateTime::fromSecsSinceEpoch(at(3, 20, 18), Qt::UTC);
    EXPECT_EQ(compute(q).current.rewardCostMinor, 2500);
}

TEST_F(ProgramMetricsTest, CampaignCostsFollowTheBusinessCalendar)
{
    makeBusiness();
    // In UTC−5 March begins at 05:00 UTC on 1 March and ends at 05:00 UTC on 1 April, so
    // the cost dated 1 April still is April's and the one dated 1 March is March's.
    MetricsQuery q = march();
    q.timeZone = QTimeZone(-5 * 3600);
    q.from = QDateTime(QDate(2026, 3, 1), QTime(0, 0), q.timeZone);
    q.to = QDateTime(QDate(2026, 4, 1), QTime(0, 0), q.timeZone);
    const PeriodFigures f = compute(q).current;
    EXPECT_EQ(f.otherCostMinor, 3500);
    // r7 (31 March 23:00 UTC, 18:00 there) and the April referral (1 April 00:00 UTC, 31 March
    // 19:00 there) both belong to this March.
    EXPECT_EQ(f.referrals, 12);
}

TEST_F(ProgramMetricsTest, MonthlyAndWeeklySeries)
{
    makeBusiness();
    const ProgramFigures monthly = compute(march(Bucket::Month));
    ASSERT_EQ(monthly.series.size(), 1u);
    EXPECT_EQ(monthly.series[0].start, utc(3, 1));
    EXPECT_EQ(monthly.series[0].end, utc(4, 1));
    EXPECT_EQ(monthly.series[0].referrals, 11);
    EXPECT_EQ(monthly.series[0].converted, 5);

    // 1 March 2026 is a Sunday: a one-day first week, then weeks from Monday 2, 9, 16, 23 and
    // a last one cut at 1 April.
    const ProgramFigures weekly = compute(march(Bucket::Week));
    ASSERT_EQ(weekly.series.size(), 6u);
    const int starts[] = {1, 2, 9, 16, 23, 30};
    // 2–7 March: r1…r6 (r3, r4, r5 converted); 9–15: two rejected and r8; 16–22: one pending;
    // 30–31: r7.
    const qint64 referrals[] = {0, 6, 3, 1, 0, 1};
    const qint64 converted[] = {0, 3, 1, 0, 0, 1};
    for (size_t i = 0; i < 6; ++i) {
        EXPECT_EQ(weekly.series[i].start, utc(3, starts[i])) << i;
        EXPECT_EQ(weekly.series[i].referrals, referrals[i]) << i;
        EXPECT_EQ(weekly.series[i].converted, converted[i]) << i;
    }
    EXPECT_EQ(weekly.series.back().end, utc(4, 1));

    // Word of mouth by bucket: the three March mentions (3, 4 and 5 March) are all in the week
    // of 2 March: (1 positive − 1 negative) ÷ 3 = 0. A week without mentions has no sentiment.
    EXPECT_EQ(monthly.series[0].mentions(), 3);
    EXPECT_EQ(weekly.series[1].positiveMentions, 1);
    EXPECT_EQ(weekly.series[1].neutralMentions, 1);
    EXPECT_EQ(weekly.series[1].negativeMentions, 1);
    ASSERT_TRUE(weekly.series[1].netSentiment().has_value());
    EXPECT_DOUBLE_EQ(*weekly.series[1].netSentiment(), 0.0);
    EXPECT_FALSE(weekly.series[2].netSentiment().has_value());
}

TEST_F(ProgramMetricsTest, WeeksAwayFromUtcBeginInsideAUtcDay)
{
    makeBusiness();
    // In UTC+1 a week begins at 23:00 UTC on Sunday. Referrals on Sunday 8 March at 22:30 and
    // 23:30 UTC fall in different weeks there, though the daily totals hold them in one day.
    referral(summer, fay, "converted", 100, at(3, 8, 22, 30));
    referral(summer, fay, "pending", std::nullopt, at(3, 8, 23, 30));
    MetricsQuery q = march(Bucket::Week);
    q.timeZone = QTimeZone(3600);
    const ProgramFigures f = compute(q);
    // Boundaries: 1 March 00:00 UTC (the period's start), then 1 March 23:00, 8 March 23:00 …
    ASSERT_GE(f.series.size(), 3u);
    EXPECT_EQ(f.series[1].start, utc(3, 1, 23));
    EXPECT_EQ(f.series[1].end, utc(3, 8, 23));
    EXPECT_EQ(f.series[1].referrals, 6 + 1);
    EXPECT_EQ(f.series[1].converted, 3 + 1);
    EXPECT_EQ(f.series[2].referrals, 3 + 1);
    EXPECT_EQ(f.series[2].converted, 1);
    qint64 sum = 0;
    for (const metrics::SeriesPoint& p : f.series)
        sum += p.referrals;
    EXPECT_EQ(sum, f.current.referrals) << "the series adds up to the period";
}

TEST_F(ProgramMetricsTest, TopAdvocatesByConvertedThenRevenue)
{
    makeBusiness();
    MetricsQuery q = march();
    q.topAdvocates = 3;
    const ProgramFigures f = compute(q);
    ASSERT_EQ(f.topAdvocates.size(), 3u);
    // Ana: 5 referrals, 2 converted (12000 + 3000); Bo: 3, 2 converted (8000 + 5000); Cy: 3,
    // 1 converted (4000). Ana and Bo tie on conversions: revenue decides.
    EXPECT_EQ(f.topAdvocates[0].advocateId, ana);
    EXPECT_EQ(f.topAdvocates[0].name, QStringLiteral("Ana"));
    EXPECT_EQ(f.topAdvocates[0].referrals, 5);
    EXPECT_EQ(f.topAdvocates[0].converted, 2);
    EXPECT_EQ(f.topAdvocates[0].revenueMinor, 15000);
    EXPECT_EQ(f.topAdvocates[1].advocateId, bo);
    EXPECT_EQ(f.topAdvocates[1].revenueMinor, 13000);
    EXPECT_EQ(f.topAdvocates[2].advocateId, cy);
    EXPECT_EQ(f.topAdvocates[2].converted, 1);
}

TEST_F(ProgramMetricsTest, GenerationsSurviveALoop)
{
    makeBusiness();
    // Di and Ed name each other (an import can do that): each is counted once.
    exec(QStringLiteral("UPDATE advocates SET referred_by_id = ? WHERE id = ?"), {ed, di});
    exec(QStringLiteral("UPDATE advocates SET referred_by_id = ? WHERE id = ?"), {di, ed});
    EXPECT_EQ(compute(march()).generations, 3);
    // A fourth generation under Cy.
    exec(QStringLiteral("UPDATE advocates SET referred_by_id = ? WHERE id = ?"), {cy, fay});
    EXPECT_EQ(compute(march()).generations, 4);
    MetricsQuery viaQt = march();
    viaQt.viaQtDriver = true;
    EXPECT_EQ(compute(viaQt).generations, 4) << "read through Qt's driver, as on Windows and macOS";
}

TEST_F(ProgramMetricsTest, GenerationsOverFarApartIds)
{
    makeBusiness();
    // Ids past a few million (a file whose advocates were mostly deleted) are followed in maps
    // instead of arrays by id: the same chains either way. Ana → Bo → Cy → Gus → Fay.
    const qint64 gus = advocate(QStringLiteral("Gus"));
    exec(QStringLiteral("UPDATE advocates SET id = 50000000 WHERE id = ?"), {gus});
    exec(QStringLiteral("UPDATE advocates SET referred_by_id = ? WHERE id = ?"), {cy, 50000000});
    exec(QStringLiteral("UPDATE advocates SET referred_by_id = 50000000 WHERE id = ?"), {fay});
    EXPECT_EQ(compute(march()).generations, 5);
    MetricsQuery viaQt = march();
    viaQt.viaQtDriver = true;
    EXPECT_EQ(compute(viaQt).generations, 5);
    // And a loop among them: Gus now names Fay.
    exec(QStringLiteral("UPDATE advocates SET referred_by_id = ? WHERE id = 50000000"), {fay});
    EXPECT_EQ(compute(march()).generations, 3);
}

TEST_F(ProgramMetricsTest, TheCacheNoticesAChangedNetwork)
{
    makeBusiness();
    metrics::MetricsCache cache;
    auto f = ProgramMetrics::compute(db(), march(), utc(4, 15), &cache);
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(f->generations, 3);
    EXPECT_EQ(cache.generations, 3);
    // Fay moves from Ana to Cy: one more generation, same number of links.
    exec(QStringLiteral("UPDATE advocates SET referred_by_id = ? WHERE id = ?"), {cy, fay});
    f = ProgramMetrics::compute(db(), march(), utc(4, 15), &cache);
    EXPECT_EQ(f->generations, 4);
    // Bo and Fay swap referrers (Ana and Cy): as many links, the same sum of referrers, other
    // chains. Bo and Cy now name each other (a loop of two) and Fay is Ana's: two generations.
    exec(QStringLiteral("UPDATE advocates SET referred_by_id = ? WHERE id = ?"), {cy, bo});
    exec(QStringLiteral("UPDATE advocates SET referred_by_id = ? WHERE id = ?"), {ana, fay});
    f = ProgramMetrics::compute(db(), march(), utc(4, 15), &cache);
    EXPECT_EQ(f->generations, 2);
    EXPECT_EQ(ProgramMetrics::compute(db(), march(), utc(4, 15)).value().generations, 2);
}

TEST_F(ProgramMetricsTest, OpenPeriodRunsFromTheFirstReferralToNow)
{
    makeBusiness();
    MetricsQuery q;
    q.timeZone = QTimeZone::utc();
    const ProgramFigures f = compute(q);
    // Every referral up to "now" (15 April): 11 + 3 around March.
    EXPECT_EQ(f.current.referrals, 14);
    EXPECT_FALSE(f.previous.has_value());
    EXPECT_EQ(f.series.front().start, QDateTime::fromSecsSinceEpoch(at(1, 10), Qt::UTC));
    EXPECT_EQ(f.series.back().end, utc(4, 15));
    EXPECT_EQ(f.series.size(), 4u); // January to April
    // Everyone who ever referred: Ana, Bo, Cy, Fay.
    EXPECT_EQ(f.current.participatingAdvocates, 4);
}

TEST_F(ProgramMetricsTest, CampaignSummaryAgreesWithTheMetrics)
{
    makeBusiness();
    const auto summary = metrics::CampaignSummary::compute(db());
    ASSERT_TRUE(summary.ok());
    MetricsQuery q;
    q.to = utc(12, 31);
    q.timeZone = QTimeZone::utc();
    const ProgramFigures f = compute(q);
    for (const metrics::CampaignFigures& c : f.campaigns) {
        const metrics::CampaignFigures s = summary->value(c.campaignId);
        EXPECT_EQ(s.referrals, c.referrals);
        EXPECT_EQ(s.converted, c.converted);
        EXPECT_EQ(s.revenueMinor, c.revenueMinor);
        EXPECT_EQ(s.rewardCostMinor, c.rewardCostMinor);
        EXPECT_EQ(s.otherCostMinor, c.otherCostMinor);
    }
    // All time, Spring: 7 + 3 referrals; reward cost 5800 + 1000 (February's); costs 3000 +
    // 1500 + 9999.
    EXPECT_EQ(summary->value(spring).referrals, 10);
    EXPECT_EQ(summary->value(spring).rewardCostMinor, 6800);
    EXPECT_EQ(summary->value(spring).otherCostMinor, 14499);
    EXPECT_EQ(summary->value(quiet).referrals, 0);
    EXPECT_EQ(summary->value(quiet).name, QStringLiteral("Quiet"));
}

// --- The daily totals the triggers keep --------------------------------------------------

/// What referral_days and reward_days must hold, worked out from the rows themselves.
QString dailyTotalsMismatch(const QSqlDatabase& db)
{
    const char* const checks[] = {
        "SELECT count(*) FROM (SELECT campaign_id, status, day, referrals, order_value_minor FROM referral_days "
        "WHERE referrals <> 0 OR order_value_minor <> 0 EXCEPT SELECT campaign_id, status, created_at / 86400, "
        "count(*), coalesce(sum(order_value_minor), 0) FROM referrals GROUP BY 1, 2, 3)",
        "SELECT count(*) FROM (SELECT campaign_id, status, created_at / 86400, count(*), "
        "coalesce(sum(order_value_minor), 0) FROM referrals GROUP BY 1, 2, 3 EXCEPT SELECT campaign_id, status, day, "
        "referrals, order_value_minor FROM referral_days)",
        "SELECT count(*) FROM (SELECT campaign_id, day, earned_minor, earned_points, owed_minor, owed_points "
        "FROM reward_days WHERE earned_minor <> 0 OR earned_points <> 0 OR owed_minor <> 0 OR owed_points <> 0 "
        "EXCEPT SELECT w.campaign_id, coalesce(r.created_at, w.created_at) / 86400, "
        "sum(CASE WHEN w.kind <> 'points' THEN w.cost_minor ELSE 0 END), "
        "sum(CASE WHEN w.kind = 'points' THEN w.value ELSE 0 END), "
        "sum(CASE WHEN w.kind <> 'points' AND w.status = 'approved' THEN w.cost_minor ELSE 0 END), "
        "sum(CASE WHEN w.kind = 'points' AND w.status = 'approved' THEN w.value ELSE 0 END) "
        "FROM rewards w LEFT JOIN referrals r ON r.id = w.referral_id WHERE w.status IN ('approved', 'issued') "
        "GROUP BY 1, 2)",
        "SELECT count(*) FROM (SELECT w.campaign_id, coalesce(r.created_at, w.created_at) / 86400, "
        "sum(CASE WHEN w.kind <> 'points' THEN w.cost_minor ELSE 0 END), "
        "sum(CASE WHEN w.kind = 'points' THEN w.value ELSE 0 END), "
        "sum(CASE WHEN w.kind <> 'points' AND w.status = 'approved' THEN w.cost_minor ELSE 0 END), "
        "sum(CASE WHEN w.kind = 'points' AND w.status = 'approved' THEN w.value ELSE 0 END) "
        "FROM rewards w LEFT JOIN referrals r ON r.id = w.referral_id WHERE w.status IN ('approved', 'issued') "
        "GROUP BY 1, 2 EXCEPT SELECT campaign_id, day, earned_minor, earned_points, owed_minor, owed_points "
        "FROM reward_days)",
    };
    for (const char* check : checks) {
        QSqlQuery q(db);
        if (!q.exec(QLatin1String(check)) || !q.next())
            return q.lastError().text();
        if (q.value(0).toLongLong() != 0)
            return QStringLiteral("%1 rows differ: %2").arg(q.value(0).toString(), QLatin1String(check));
    }
    return {};
}

TEST_F(ProgramMetricsTest, DailyTotalsFollowEveryChange)
{
    makeBusiness();
    EXPECT_EQ(dailyTotalsMismatch(db()), QString());
    exec(QStringLiteral("UPDATE referrals SET status = 'rewarded', order_value_minor = 15000 WHERE id = ?"), {r3});
    exec(QStringLiteral("UPDATE referrals SET campaign_id = ? WHERE id = ?"), {summer, r4});
    exec(
        QStringLiteral("UPDATE referrals SET created_at = ? WHERE id = ?"), {at(3, 20), r5}); // takes its rewards along
    exec(QStringLiteral("UPDATE rewards SET status = 'issued' WHERE referral_id = ?"), {r4});
    exec(QStringLiteral("UPDATE rewards SET value = 400 WHERE referral_id = ? AND kind = 'points'"), {r3});
    exec(QStringLiteral("UPDATE rewards SET referral_id = ? WHERE referral_id = ?"), {r12, r8});
    exec(QStringLiteral("UPDATE rewards SET status = 'approved' WHERE referral_id = ?"), {r12});
    EXPECT_EQ(dailyTotalsMismatch(db()), QString());
    // Deleting a referral deletes its rewards too (after the referral row is gone).
    exec(QStringLiteral("DELETE FROM referrals WHERE id = ?"), {r5});
    exec(QStringLiteral("DELETE FROM rewards WHERE referral_id IS NULL"));
    exec(QStringLiteral("DELETE FROM referrals WHERE id = ?"), {r6});
    EXPECT_EQ(dailyTotalsMismatch(db()), QString());
}

TEST(ProgramMetricsMigration, DailyTotalsAreFilledForAnOlderFile)
{
    // The version 5 fixture holds referrals and rewards made before the daily totals existed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    ASSERT_TRUE(QFile::copy(test::testDataPath(QStringLiteral("db/v5.sqlite")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = db::Database::open(path, {}, nullptr);
    ASSERT_TRUE(db);
    EXPECT_EQ(dailyTotalsMismatch(db->connection()), QString());
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT sum(referrals) FROM referral_days")) && q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 2);
}

/// A made-up business of a few thousand referrals, for the paths only a big file takes.
class ProgramMetricsDemoTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_db = new test::TestDatabase;
        demo::DemoOptions options;
        options.advocates = 3000;
        options.referrals = 25000;
        options.mentions = 300;
        const Status made = demo::DemoGenerator::generate(s_db->connection(), options);
        ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_db;
        s_db = nullptr;
    }

    static QSqlDatabase db() { return s_db->connection(); }
    static test::TestDatabase* s_db;
};

test::TestDatabase* ProgramMetricsDemoTest::s_db = nullptr;

TEST_F(ProgramMetricsDemoTest, DailyTotalsOfTheGeneratedBusiness)
{
    EXPECT_EQ(dailyTotalsMismatch(db()), QString());
}

TEST_F(ProgramMetricsDemoTest, TotalsOfAnyPeriodEqualAddingUpTheRows)
{
    // Periods with part days at both ends, against a plain sum over the rows.
    const QDateTime now(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    const qint64 starts[] = {now.addDays(-700).toSecsSinceEpoch() + 3671, now.addDays(-40).toSecsSinceEpoch() + 100};
    for (const qint64 from : starts) {
        const qint64 to = from + 200 * 86400 + 7777;
        MetricsQuery query;
        query.from = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
        query.to = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
        query.bucket = Bucket::Week;
        query.timeZone = QTimeZone("Europe/Berlin");
        const auto f = ProgramMetrics::compute(db(), query, now);
        ASSERT_TRUE(f.ok()) << f.error().message.toStdString();
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
            "SELECT count(*), sum(status IN ('converted', 'approved', 'rewarded')), "
            "coalesce(sum(CASE WHEN status IN ('converted', 'approved', 'rewarded') THEN order_value_minor END), 0), "
            "count(DISTINCT referrer_id), "
            "(SELECT coalesce(sum(CASE WHEN w.kind = 'points' THEN w.value * s.value ELSE w.cost_minor END), 0) "
            "   FROM rewards w LEFT JOIN referrals r ON r.id = w.referral_id, settings s "
            "   WHERE s.key = 'point_value_minor' AND w.status IN ('approved', 'issued') "
            "   AND coalesce(r.created_at, w.created_at) >= :from AND coalesce(r.created_at, w.created_at) < :to) "
            "FROM referrals WHERE created_at >= :from AND created_at < :to"));
        q.bindValue(QStringLiteral(":from"), from);
        q.bindValue(QStringLiteral(":to"), to);
        ASSERT_TRUE(q.exec() && q.next()) << q.lastError().text().toStdString();
        EXPECT_EQ(f->current.referrals, q.value(0).toLongLong());
        EXPECT_EQ(f->current.converted(), q.value(1).toLongLong());
        EXPECT_EQ(f->current.revenueMinor, q.value(2).toLongLong());
        EXPECT_EQ(f->current.participatingAdvocates, q.value(3).toLongLong());
        EXPECT_EQ(f->current.rewardCostMinor, q.value(4).toLongLong());
        qint64 referrals = 0;
        qint64 converted = 0;
        for (const metrics::SeriesPoint& p : f->series) {
            referrals += p.referrals;
            converted += p.converted;
        }
        EXPECT_EQ(referrals, f->current.referrals);
        EXPECT_EQ(converted, f->current.converted());
    }
}

TEST_F(ProgramMetricsDemoTest, TopAdvocatesOfABigPeriodEqualTheFullRanking)
{
    // Over 10,000 referrals the ranking visits advocates by their all-time conversions; it
    // must give what ranking every referrer gives.
    const QDateTime now(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    for (const int days : {730, 400}) {
        MetricsQuery query;
        query.from = now.addDays(-days);
        query.to = now;
        query.topAdvocates = 10;
        const auto f = ProgramMetrics::compute(db(), query, now);
        ASSERT_TRUE(f.ok());
        ASSERT_GT(f->current.referrals, 10000) << "the test must take the path of big files";
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
            "SELECT referrer_id, sum(status IN ('converted', 'approved', 'rewarded')) AS c, "
            "coalesce(sum(CASE WHEN status IN ('converted', 'approved', 'rewarded') THEN order_value_minor END), 0) "
            "AS v, count(*) AS n FROM referrals WHERE created_at >= ? AND created_at < ? GROUP BY referrer_id "
            "ORDER BY c DESC, v DESC, n DESC, referrer_id LIMIT 10"));
        q.addBindValue(query.from.toSecsSinceEpoch());
        q.addBindValue(query.to.toSecsSinceEpoch());
        ASSERT_TRUE(q.exec());
        size_t i = 0;
        while (q.next()) {
            ASSERT_LT(i, f->topAdvocates.size());
            EXPECT_EQ(f->topAdvocates[i].advocateId, q.value(0).toLongLong()) << i;
            EXPECT_EQ(f->topAdvocates[i].converted, q.value(1).toLongLong()) << i;
            EXPECT_EQ(f->topAdvocates[i].revenueMinor, q.value(2).toLongLong()) << i;
            ++i;
        }
        EXPECT_EQ(i, f->topAdvocates.size());
    }
}

TEST_F(ProgramMetricsDemoTest, GenerationsEqualARecursiveQuery)
{
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral(
                    "WITH RECURSIVE d(id, depth) AS (SELECT id, 1 FROM advocates WHERE referred_by_id IS NULL "
                    "UNION ALL SELECT a.id, d.depth + 1 FROM advocates a JOIN d ON a.referred_by_id = d.id) "
                    "SELECT max(depth) FROM d"))
        && q.next());
    const auto f = ProgramMetrics::compute(db(), MetricsQuery {}, QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(f->generations, q.value(0).toInt());
    EXPECT_GE(f->generations, 3);
    MetricsQuery viaQt;
    viaQt.viaQtDriver = true;
    const auto g = ProgramMetrics::compute(db(), viaQt, QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
    ASSERT_TRUE(g.ok());
    EXPECT_EQ(g->generations, f->generations);
}

} // namespace
