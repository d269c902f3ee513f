// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>

#include "metrics/MetricsJson.h"

using namespace grapevine;
using metrics::MetricsJson;
using metrics::PeriodFigures;
using metrics::ProgramFigures;

namespace {

PeriodFigures figures()
{
    PeriodFigures f;
    f.referrals = 11;
    f.funnel = {8, 6, 5, 3, 2, 2, 1};
    f.participatingAdvocates = 3;
    f.activeAdvocates = 4;
    f.revenueMinor = 32000;
    f.rewardCostMinor = 5800;
    f.otherCostMinor = 3500;
    f.liabilityMinor = 1200;
    f.baselineCacMinor = 5000;
    f.nps.promoters = 2;
    f.nps.passives = 1;
    f.nps.detractors = 1;
    f.wordOfMouth.mentions = 3;
    f.wordOfMouth.positive = 1;
    f.wordOfMouth.neutral = 1;
    f.wordOfMouth.negative = 1;
    f.wordOfMouth.reach = 150;
    f.wordOfMouth.negativeJudged = 1;
    f.wordOfMouth.negativeAnsweredInTime = 1;
    return f;
}

TEST(MetricsJson, CarriesTheNamesOfTheReport)
{
    const QJsonObject o = MetricsJson::period(figures());
    const QStringList keys {QStringLiteral("referrals"), QStringLiteral("funnel"), QStringLiteral("conversion_rate"),
        QStringLiteral("participation_rate"), QStringLiteral("revenue_minor"), QStringLiteral("cost_minor"),
        QStringLiteral("roi"), QStringLiteral("cac_minor"), QStringLiteral("baseline_cac_minor"),
        QStringLiteral("k_factor"), QStringLiteral("liability_minor"), QStringLiteral("mentions"),
        QStringLiteral("nps")};
    QStringList sorted = keys;
    sorted.sort();
    EXPECT_EQ(o.keys(), sorted) << "exactly the names of issue 7";

    EXPECT_EQ(o.value(QStringLiteral("referrals")).toInteger(), 11);
    const QJsonObject funnel = o.value(QStringLiteral("funnel")).toObject();
    EXPECT_EQ(funnel.value(QStringLiteral("pending")).toInteger(), 8);
    EXPECT_EQ(funnel.value(QStringLiteral("signed_up")).toInteger(), 6);
    EXPECT_EQ(funnel.value(QStringLiteral("converted")).toInteger(), 5);
    EXPECT_EQ(funnel.value(QStringLiteral("approved")).toInteger(), 3);
    EXPECT_EQ(funnel.value(QStringLiteral("rewarded")).toInteger(), 2);
    EXPECT_EQ(funnel.value(QStringLiteral("rejected")).toInteger(), 2);
    EXPECT_EQ(funnel.value(QStringLiteral("reversed")).toInteger(), 1);
    EXPECT_EQ(funnel.size(), 7);
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("conversion_rate")).toDouble(), 5.0 / 11.0);
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("participation_rate")).toDouble(), 0.75);
    EXPECT_EQ(o.value(QStringLiteral("revenue_minor")).toInteger(), 32000);
    EXPECT_EQ(o.value(QStringLiteral("cost_minor")).toInteger(), 9300);
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("roi")).toDouble(), 22700.0 / 9300.0);
    EXPECT_EQ(o.value(QStringLiteral("cac_minor")).toInteger(), 1860);
    EXPECT_EQ(o.value(QStringLiteral("baseline_cac_minor")).toInteger(), 5000);
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("k_factor")).toDouble(), 5.0 / 3.0);
    EXPECT_EQ(o.value(QStringLiteral("liability_minor")).toInteger(), 1200);
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("nps")).toDouble(), 25.0);
    const QJsonObject mentions = o.value(QStringLiteral("mentions")).toObject();
    QStringList mentionKeys {QStringLiteral("total"), QStringLiteral("positive"), QStringLiteral("neutral"),
        QStringLiteral("negative"), QStringLiteral("reach"), QStringLiteral("net_sentiment"),
        QStringLiteral("answered_within_target")};
    mentionKeys.sort();
    EXPECT_EQ(mentions.keys(), mentionKeys);
    EXPECT_EQ(mentions.value(QStringLiteral("total")).toInteger(), 3);
    EXPECT_EQ(mentions.value(QStringLiteral("reach")).toInteger(), 150);
    EXPECT_DOUBLE_EQ(mentions.value(QStringLiteral("net_sentiment")).toDouble(), 0.0);
    EXPECT_TRUE(mentions.value(QStringLiteral("net_sentiment")).isDouble()) << "0 is a value here, not null";
    EXPECT_DOUBLE_EQ(mentions.value(QStringLiteral("answered_within_target")).toDouble(), 1.0);
}

TEST(MetricsJson, UndefinedIsNullNeverZeroOrNaN)
{
    const QJsonObject o = MetricsJson::period(PeriodFigures {});
    for (const char* key :
        {"conversion_rate", "participation_rate", "roi", "cac_minor", "baseline_cac_minor", "k_factor", "nps"})
        EXPECT_TRUE(o.value(QLatin1String(key)).isNull()) << key;
    const QJsonObject mentions = o.value(QStringLiteral("mentions")).toObject();
    EXPECT_TRUE(mentions.value(QStringLiteral("net_sentiment")).isNull());
    EXPECT_TRUE(mentions.value(QStringLiteral("answered_within_target")).isNull());
    EXPECT_EQ(o.value(QStringLiteral("referrals")).toInteger(-1), 0);
    EXPECT_EQ(o.value(QStringLiteral("cost_minor")).toInteger(-1), 0);
    const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    EXPECT_FALSE(text.contains("nan")) << text.constData();
    EXPECT_TRUE(text.contains("\"roi\":null")) << text.constData();

    // Revenue but no cost: ROI is null, CAC a real 0.
    PeriodFigures free;
    free.referrals = 1;
    free.funnel.converted = 1;
    free.revenueMinor = 4000;
    const QJsonObject g = MetricsJson::period(free);
    EXPECT_TRUE(g.value(QStringLiteral("roi")).isNull());
    EXPECT_EQ(g.value(QStringLiteral("cac_minor")).toInteger(-1), 0);
}

TEST(MetricsJson, ProgramAddsThePreviousPeriodAndTheLists)
{
    ProgramFigures f;
    f.current = figures();
    f.current.from = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    f.current.to = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    f.generations = 3;
    metrics::CampaignFigures c;
    c.campaignId = 7;
    c.name = QStringLiteral("Spring");
    c.revenueMinor = 100;
    f.campaigns.push_back(c);
    f.topAdvocates.push_back({42, QStringLiteral("Ana"), 5, 2, 15000});
    f.series.push_back({f.current.from, f.current.to, 11, 5});

    QJsonObject o = MetricsJson::program(f);
    EXPECT_TRUE(o.value(QStringLiteral("previous")).isNull()) << "no previous period: null";
    EXPECT_EQ(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-01T00:00:00Z"));
    EXPECT_EQ(o.value(QStringLiteral("generations")).toInt(), 3);
    EXPECT_EQ(o.value(QStringLiteral("referrals")).toInteger(), 11);
    const QJsonObject campaign = o.value(QStringLiteral("campaigns")).toArray().at(0).toObject();
    EXPECT_EQ(campaign.value(QStringLiteral("name")).toString(), QStringLiteral("Spring"));
    EXPECT_TRUE(campaign.value(QStringLiteral("roi")).isNull());
    EXPECT_EQ(
        o.value(QStringLiteral("top_advocates")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger(),
        42);
    EXPECT_EQ(
        o.value(QStringLiteral("series")).toArray().at(0).toObject().value(QStringLiteral("converted")).toInteger(), 5);

    f.previous = PeriodFigures {};
    o = MetricsJson::program(f);
    EXPECT_TRUE(o.value(QStringLiteral("previous")).toObject().value(QStringLiteral("roi")).isNull());
    EXPECT_EQ(o.value(QStringLiteral("previous")).toObject().value(QStringLiteral("referrals")).toInteger(-1), 0);
}

} // namespace
