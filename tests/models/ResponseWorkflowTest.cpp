// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "TestDatabase.h"
#include "mentions/ResponseWorkflow.h"
#include "store/MentionStore.h"
#include "store/SettingsStore.h"

using namespace grapevine;
using domain::Mention;
using domain::ResponseStatus;
using domain::Sentiment;
using mentions::ResponseWorkflow;

namespace {

class ResponseWorkflowTest : public ::testing::Test
{
protected:
    /// A mention posted `hoursAgo` before the clock's now.
    qint64 add(Sentiment sentiment, int hoursAgo, const QString& author = QStringLiteral("Cleo"))
    {
        Mention m;
        m.occurredAt = m_db.clock().nowUtc().addSecs(-qint64(hoursAgo) * 3600);
        m.channel = QStringLiteral("google_review");
        m.author = author;
        m.sentiment = sentiment;
        const Status created = store::MentionStore(m_db.connection(), m_db.clock()).create(m);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        return m.id;
    }
    Mention get(qint64 id) { return store::MentionStore(m_db.connection(), m_db.clock()).get(id).value(); }
    mentions::QueueCounts counts() { return workflow().counts().value(); }
    ResponseWorkflow workflow() { return ResponseWorkflow(m_db.connection(), m_db.clock()); }

    test::TestDatabase m_db;
};

TEST_F(ResponseWorkflowTest, ANegativeMentionIsDueTheTargetAfterItWasPosted)
{
    const qint64 id = add(Sentiment::Negative, 3);
    const Mention m = get(id);
    EXPECT_EQ(m.responseStatus, ResponseStatus::NeedsResponse);
    EXPECT_EQ(m.responseDueAt, m.occurredAt.addSecs(24 * 3600)) << "the default target is 24 hours";
    EXPECT_FALSE(ResponseWorkflow::isOverdue(m, m_db.clock().nowUtc()));
    EXPECT_EQ(counts().open, 1);
    EXPECT_EQ(counts().overdue, 0);

    // 21 hours later it is exactly due (not overdue); one second more and it is.
    m_db.clock().advanceSeconds(21 * 3600);
    EXPECT_FALSE(ResponseWorkflow::isOverdue(get(id), m_db.clock().nowUtc()));
    EXPECT_EQ(counts().overdue, 0);
    m_db.clock().advanceSeconds(1);
    EXPECT_TRUE(ResponseWorkflow::isOverdue(get(id), m_db.clock().nowUtc()));
    EXPECT_EQ(counts().overdue, 1);

    // A positive or neutral mention owes nothing.
    add(Sentiment::Positive, 100);
    add(Sentiment::Neutral, 100);
    EXPECT_EQ(counts().open, 1);
}

TEST_F(ResponseWorkflowTest, TheTargetComesFromTheSettings)
{
    store::SettingsStore settings(m_db.connection());
    auto s = settings.load().value();
    s.responseTargetHours = 4;
    ASSERT_TRUE(settings.save(s).ok());
    const qint64 id = add(Sentiment::Negative, 5);
    EXPECT_TRUE(ResponseWorkflow::isOverdue(get(id), m_db.clock().nowUtc())) << "posted 5 h ago, 4 h target";
}

TEST_F(ResponseWorkflowTest, RespondThenResolveKeepsTextAndDates)
{
    const qint64 id = add(Sentiment::Negative, 30);
    const QDateTime answeredAt = m_db.clock().nowUtc();
    EXPECT_FALSE(workflow().resolve(id).ok()) << "nothing was answered yet";
    const Status empty = workflow().respond(id, QStringLiteral("   "));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field, QStringLiteral("response_text"));

    ASSERT_TRUE(workflow().respond(id, QStringLiteral(" Sorry, Cleo: a fresh loaf is waiting for you. ")).ok());
    Mention m = get(id);
    EXPECT_EQ(m.responseStatus, ResponseStatus::Responded);
    EXPECT_EQ(m.responseText, QStringLiteral("Sorry, Cleo: a fresh loaf is waiting for you."));
    EXPECT_EQ(m.respondedAt, answeredAt);
    EXPECT_FALSE(ResponseWorkflow::isOverdue(m, m_db.clock().nowUtc())) << "answered late, but answered";
    EXPECT_EQ(counts().open, 0);

    // Editing the answer keeps the first response's date.
    m_db.clock().advanceSeconds(600);
    ASSERT_TRUE(workflow().respond(id, QStringLiteral("Sorry, Cleo. Fresh loaf waiting.")).ok());
    EXPECT_EQ(get(id).respondedAt, answeredAt);

    m_db.clock().advanceSeconds(3600);
    ASSERT_TRUE(workflow().resolve(id).ok());
    m = get(id);
    EXPECT_EQ(m.responseStatus, ResponseStatus::Resolved);
    EXPECT_EQ(m.resolvedAt, answeredAt.addSecs(4200));
    EXPECT_FALSE(workflow().resolve(id).ok());
    EXPECT_FALSE(workflow().respond(id, QStringLiteral("again")).ok()) << "reopen first";

    // She wrote again: back in the queue with a fresh due time, the old answer kept.
    ASSERT_TRUE(workflow().reopen(id).ok());
    m = get(id);
    EXPECT_EQ(m.responseStatus, ResponseStatus::NeedsResponse);
    EXPECT_EQ(m.responseDueAt, m_db.clock().nowUtc().addSecs(24 * 3600));
    EXPECT_FALSE(m.resolvedAt.isValid());
    EXPECT_EQ(m.responseText, QStringLiteral("Sorry, Cleo. Fresh loaf waiting."));
    EXPECT_FALSE(workflow().reopen(id).ok());
}

TEST_F(ResponseWorkflowTest, TheQueueShowsTheOldestDueFirst)
{
    const qint64 recent = add(Sentiment::Negative, 1, QStringLiteral("Recent"));
    const qint64 oldest = add(Sentiment::Negative, 50, QStringLiteral("Oldest"));
    const qint64 middle = add(Sentiment::Negative, 20, QStringLiteral("Middle"));
    const qint64 answered = add(Sentiment::Negative, 70, QStringLiteral("Answered"));
    ASSERT_TRUE(workflow().respond(answered, QStringLiteral("Thanks")).ok());
    const auto queue = workflow().queue().value();
    ASSERT_EQ(queue.size(), 3u);
    EXPECT_EQ(queue[0].id, oldest);
    EXPECT_EQ(queue[1].id, middle);
    EXPECT_EQ(queue[2].id, recent);
    EXPECT_EQ(counts().overdue, 1);
}

TEST_F(ResponseWorkflowTest, TestimonialsNeedAPositiveMentionAndPermission)
{
    const qint64 praise = add(Sentiment::Positive, 2);
    const qint64 complaint = add(Sentiment::Negative, 2);
    const QDateTime yesterday = m_db.clock().nowUtc().addDays(-1);
    EXPECT_EQ(workflow().markTestimonial(praise, QDateTime(), QStringLiteral("email")).error().field,
        QStringLiteral("testimonial_permission"));
    EXPECT_EQ(workflow().markTestimonial(praise, yesterday, QStringLiteral(" ")).error().field,
        QStringLiteral("testimonial_permission_how"));
    EXPECT_FALSE(workflow().markTestimonial(praise, m_db.clock().nowUtc().addDays(3), QStringLiteral("email")).ok());
    EXPECT_FALSE(workflow().markTestimonial(complaint, yesterday, QStringLiteral("email")).ok());

    ASSERT_TRUE(workflow().markTestimonial(praise, yesterday, QStringLiteral("Replied yes by email")).ok());
    Mention m = get(praise);
    EXPECT_TRUE(m.isTestimonial);
    EXPECT_EQ(m.testimonialPermissionAt, yesterday);
    EXPECT_EQ(m.testimonialPermissionHow, QStringLiteral("Replied yes by email"));
    ASSERT_TRUE(workflow().unmarkTestimonial(praise).ok());
    m = get(praise);
    EXPECT_FALSE(m.isTestimonial);
    EXPECT_FALSE(m.testimonialPermissionAt.isValid());
}

TEST_F(ResponseWorkflowTest, AMissingMentionIsReportedNotCrashedOn)
{
    EXPECT_EQ(workflow().respond(999, QStringLiteral("hi")).error().code, Error::Code::NotFound);
    EXPECT_EQ(workflow().resolve(999).error().code, Error::Code::NotFound);
    EXPECT_EQ(workflow().reopen(999).error().code, Error::Code::NotFound);
}

} // namespace
