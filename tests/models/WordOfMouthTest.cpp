// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ProgramFixture.h"
#include "metrics/AdvocateActivity.h"
#include "metrics/WordOfMouth.h"
#include "store/MentionStore.h"

using namespace grapevine;
using domain::Mention;
using domain::ResponseStatus;
using domain::Sentiment;
using metrics::MentionPeriod;
using metrics::WordOfMouth;
using metrics::WordOfMouthFigures;

namespace {

constexpr qint64 kHour = 3600;

// Eight mentions in the period and one before it, with every figure worked out by hand below.
// "Now" is the fixture clock's; the response target is the default 24 hours.
class WordOfMouthTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    void SetUp() override
    {
        m_campaign = addCampaign();
        m_now = clock().nowUtc();
        add("facebook", Sentiment::Positive, 90, 100);
        add("facebook", Sentiment::Positive, 80, 50);
        add("facebook", Sentiment::Negative, 48, 200, 47); // answered after 1 h: in time
        add("google_review", Sentiment::Negative, 72, -1, 30); // answered after 42 h: late
        add("google_review", Sentiment::Negative, 30, -1); // unanswered, due 6 h ago: overdue
        add("instagram", Sentiment::Negative, 2, -1); // unanswered, still inside its 24 h
        add("instagram", Sentiment::Neutral, 10, 10);
        add("instagram", Sentiment::Positive, 5, 40, -1, m_campaign);
        add("facebook", Sentiment::Negative, 200, 5000); // before the period
        m_period.from = m_now.addSecs(-100 * kHour);
        m_period.to = m_now.addSecs(kHour);
    }

    /// A mention `hoursAgo` old; `answeredHoursAgo` >= 0 records a response then. Reach -1: unknown.
    void add(const char* channel, Sentiment sentiment, int hoursAgo, qint64 reach, int answeredHoursAgo = -1,
        std::optional<qint64> campaign = std::nullopt, std::optional<qint64> advocate = std::nullopt)
    {
        Mention m;
        m.advocateId = advocate;
        m.occurredAt = m_now.addSecs(-hoursAgo * kHour);
        m.channel = QString::fromLatin1(channel);
        m.sentiment = sentiment;
        if (reach >= 0)
            m.reach = reach;
        m.campaignId = campaign;
        if (answeredHoursAgo >= 0) {
            // As an import brings them: answered, with no due time stored.
            m.responseStatus = ResponseStatus::Responded;
            m.responseText = QStringLiteral("Thank you");
            m.respondedAt = m_now.addSecs(-answeredHoursAgo * kHour);
        }
        const Status created = store::MentionStore(db(), clock()).create(m);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    }

    WordOfMouthFigures compute(const MentionPeriod& period)
    {
        const auto f = WordOfMouth::compute(db(), period, m_now);
        EXPECT_TRUE(f.ok()) << (f.ok() ? "" : f.error().message.toStdString());
        return f.ok() ? f.value() : WordOfMouthFigures();
    }

    qint64 m_campaign = 0;
    QDateTime m_now;
    MentionPeriod m_period;
};

TEST_F(WordOfMouthTest, CountsBySentimentAndChannel)
{
    const WordOfMouthFigures f = compute(m_period);
    EXPECT_EQ(f.mentions, 8);
    EXPECT_EQ(f.positive, 3);
    EXPECT_EQ(f.neutral, 1);
    EXPECT_EQ(f.negative, 4);
    EXPECT_EQ(f.reach, 100 + 50 + 200 + 10 + 40) << "unknown reaches add nothing";
    ASSERT_EQ(f.byChannel.size(), 3u);
    // facebook and instagram have 3 each (tie broken by key), google_review 2.
    EXPECT_EQ(f.byChannel[0].channel, QStringLiteral("facebook"));
    EXPECT_EQ(f.byChannel[0].positive, 2);
    EXPECT_EQ(f.byChannel[0].negative, 1);
    EXPECT_EQ(f.byChannel[0].reach, 350);
    EXPECT_EQ(f.byChannel[1].channel, QStringLiteral("instagram"));
    EXPECT_EQ(f.byChannel[1].neutral, 1);
    EXPECT_EQ(f.byChannel[2].channel, QStringLiteral("google_review"));
    EXPECT_EQ(f.byChannel[2].negative, 2);
}

TEST_F(WordOfMouthTest, NetSentimentAndResponsesFollowTheDefinitions)
{
    const WordOfMouthFigures f = compute(m_period);
    ASSERT_TRUE(f.netSentiment());
    EXPECT_DOUBLE_EQ(*f.netSentiment(), (3.0 - 4.0) / 8.0);
    // Judged: the two answered and the overdue one; the 2-hour-old one has not had its chance.
    EXPECT_EQ(f.negativeJudged, 3);
    EXPECT_EQ(f.negativeAnsweredInTime, 1);
    ASSERT_TRUE(f.answeredInTimeShare());
    EXPECT_DOUBLE_EQ(*f.answeredInTimeShare(), 1.0 / 3.0);
    EXPECT_EQ(f.overdue, 1);
    // Response times 1 h and 42 h: the median of two is their mean.
    ASSERT_TRUE(f.medianResponseSeconds);
    EXPECT_EQ(*f.medianResponseSeconds, (1 + 42) * kHour / 2);
}

TEST_F(WordOfMouthTest, AnOddNumberOfResponsesTakesTheMiddleOne)
{
    add("phone", Sentiment::Negative, 20, -1, 10); // 10 h
    const WordOfMouthFigures f = compute(m_period);
    ASSERT_TRUE(f.medianResponseSeconds);
    EXPECT_EQ(*f.medianResponseSeconds, 10 * kHour);
}

TEST_F(WordOfMouthTest, ACampaignAndAnEmptyPeriod)
{
    MentionPeriod one = m_period;
    one.campaignId = m_campaign;
    const WordOfMouthFigures c = compute(one);
    EXPECT_EQ(c.mentions, 1);
    EXPECT_EQ(c.reach, 40);
    ASSERT_TRUE(c.netSentiment());
    EXPECT_DOUBLE_EQ(*c.netSentiment(), 1.0);
    EXPECT_FALSE(c.answeredInTimeShare()) << "no negative mention: undefined, not 0";
    EXPECT_FALSE(c.medianResponseSeconds);

    MentionPeriod empty;
    empty.from = m_now.addDays(10);
    const WordOfMouthFigures e = compute(empty);
    EXPECT_EQ(e.mentions, 0);
    EXPECT_FALSE(e.netSentiment());
    EXPECT_TRUE(e.byChannel.empty());

    MentionPeriod all; // open at both ends: the one before the period counts too
    EXPECT_EQ(compute(all).mentions, 9);
    EXPECT_EQ(compute(all).reach, 5400);
}

TEST_F(WordOfMouthTest, AnAdvocatesReferralsBesideWhatTheySaid)
{
    const qint64 anna = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"));
    const qint64 bo = addAdvocate(QStringLiteral("Bo"), QStringLiteral("Lind"), QStringLiteral("bo@example.com"));
    const auto first = record(m_campaign, anna, QStringLiteral("Cleo"), QStringLiteral("cleo@example.org"));
    record(m_campaign, anna, QStringLiteral("Dan"), QStringLiteral("dan@example.org"));
    record(m_campaign, bo, QStringLiteral("Eve"), QStringLiteral("eve@example.org"));
    ASSERT_TRUE(workflow().convert(first.referral.id, 4250).ok());
    add("instagram", Sentiment::Positive, 3, 700, -1, std::nullopt, anna);
    add("facebook", Sentiment::Negative, 1, -1, -1, std::nullopt, anna);
    add("facebook", Sentiment::Positive, 1, 9, -1, std::nullopt, bo);

    const auto activity = metrics::AdvocateActivity::compute(db(), anna, m_now);
    ASSERT_TRUE(activity.ok());
    EXPECT_EQ(activity.value().referrals, 2);
    EXPECT_EQ(activity.value().converted, 1);
    EXPECT_EQ(activity.value().revenueMinor, 4250);
    EXPECT_EQ(activity.value().wordOfMouth.mentions, 2);
    EXPECT_EQ(activity.value().wordOfMouth.positive, 1);
    EXPECT_EQ(activity.value().wordOfMouth.negative, 1);
    EXPECT_EQ(activity.value().wordOfMouth.reach, 700);

    const auto nobody = metrics::AdvocateActivity::compute(db(), 987654, m_now);
    ASSERT_TRUE(nobody.ok());
    EXPECT_EQ(nobody.value().referrals, 0);
    EXPECT_EQ(nobody.value().wordOfMouth.mentions, 0);

    const auto listed = store::MentionStore(db(), clock()).listForAdvocate(anna, 10);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed.value().size(), 2u);
    EXPECT_EQ(listed.value()[0].channel, QStringLiteral("facebook")) << "newest first";
    EXPECT_EQ(store::MentionStore(db(), clock()).listForAdvocate(anna, 1).value().size(), 1u);
}

} // namespace
