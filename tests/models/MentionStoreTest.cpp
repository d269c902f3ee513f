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
#include "store/MentionStore.h"
#include "store/SettingsStore.h"

using namespace grapevine;
using namespace grapevine::domain;

namespace {

QDateTime at(int month, int day, int hour = 12)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

class MentionStoreTest : public ::testing::Test
{
protected:
    Mention minimal(Sentiment sentiment = Sentiment::Neutral) const
    {
        Mention m;
        m.occurredAt = at(3, 13, 8);
        m.channel = QStringLiteral("google_review");
        m.sentiment = sentiment;
        return m;
    }

    /// As a restart of the app: nothing may hold the old connection.
    void reopen()
    {
        m_storeHolder.reset();
        m_db.reopen();
        m_storeHolder.emplace(m_db.connection(), m_db.clock());
    }

    store::MentionStore& store() { return *m_storeHolder; }

    test::TestDatabase m_db;
    std::optional<store::MentionStore> m_storeHolder {std::in_place, m_db.connection(), m_db.clock()};
};

TEST_F(MentionStoreTest, RoundTripsEveryField)
{
    Advocate a;
    a.firstName = QStringLiteral("Anna");
    ASSERT_TRUE(store::AdvocateStore(m_db.connection(), m_db.clock()).create(a).ok());
    Campaign c;
    c.name = QStringLiteral("Spring");
    ASSERT_TRUE(store::CampaignStore(m_db.connection(), m_db.clock()).create(c).ok());
    ImportBatch batch;
    batch.kind = ImportKind::Mentions;
    ASSERT_TRUE(store::ImportBatchStore(m_db.connection(), m_db.clock()).create(batch).ok());

    Mention m;
    m.occurredAt = at(2, 1, 7);
    m.channel = QStringLiteral("facebook");
    m.author = QStringLiteral("Anna B.");
    m.advocateId = a.id;
    m.campaignId = c.id;
    m.sentiment = Sentiment::Positive;
    m.reach = 1200;
    m.url = QStringLiteral("https://facebook.com/post/1?x=1&y=2");
    m.body = QStringLiteral("Best coffee in town!\nReally.");
    m.incentivised = true;
    m.responseStatus = ResponseStatus::Resolved;
    m.responseDueAt = at(2, 2);
    m.responseText = QStringLiteral("Thank you, Anna!");
    m.respondedAt = at(2, 1, 9);
    m.resolvedAt = at(2, 1, 10);
    m.isTestimonial = true;
    m.testimonialPermissionAt = at(2, 3);
    m.testimonialPermissionHow = QStringLiteral("Asked by email, she said yes");
    m.importBatchId = batch.id;
    m.createdAt = at(2, 4);
    ASSERT_TRUE(store().create(m).ok());
    ASSERT_GT(m.id, 0);
    EXPECT_EQ(m.updatedAt, test::fixedNow());

    reopen();
    const Result<Mention> read = store().get(m.id);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const Mention& g = read.value();
    EXPECT_EQ(g.id, m.id);
    EXPECT_EQ(g.occurredAt, at(2, 1, 7));
    EXPECT_EQ(g.channel, m.channel);
    EXPECT_EQ(g.author, m.author);
    EXPECT_EQ(g.advocateId, a.id);
    EXPECT_EQ(g.campaignId, c.id);
    EXPECT_EQ(g.sentiment, Sentiment::Positive);
    EXPECT_EQ(g.reach, 1200);
    EXPECT_EQ(g.url, m.url);
    EXPECT_EQ(g.body, m.body);
    EXPECT_TRUE(g.incentivised);
    EXPECT_EQ(g.responseStatus, ResponseStatus::Resolved);
    EXPECT_EQ(g.responseDueAt, at(2, 2));
    EXPECT_EQ(g.responseText, m.responseText);
    EXPECT_EQ(g.respondedAt, at(2, 1, 9));
    EXPECT_EQ(g.resolvedAt, at(2, 1, 10));
    EXPECT_TRUE(g.isTestimonial);
    EXPECT_EQ(g.testimonialPermissionAt, at(2, 3));
    EXPECT_EQ(g.testimonialPermissionHow, m.testimonialPermissionHow);
    EXPECT_EQ(g.importBatchId, batch.id);
    EXPECT_EQ(g.createdAt, at(2, 4)) << "a createdAt the caller set is kept";
    EXPECT_EQ(g.updatedAt, test::fixedNow());
}

TEST_F(MentionStoreTest, EmptyOptionalsRoundTripAsNull)
{
    Mention m = minimal();
    ASSERT_TRUE(store().create(m).ok());
    EXPECT_EQ(m.createdAt, test::fixedNow());
    const Mention g = store().get(m.id).value();
    EXPECT_FALSE(g.advocateId.has_value());
    EXPECT_FALSE(g.campaignId.has_value());
    EXPECT_FALSE(g.reach.has_value());
    EXPECT_FALSE(g.importBatchId.has_value());
    EXPECT_FALSE(g.responseDueAt.isValid());
    EXPECT_FALSE(g.respondedAt.isValid());
    EXPECT_FALSE(g.testimonialPermissionAt.isValid());
    EXPECT_EQ(g.responseStatus, ResponseStatus::None) << "a neutral mention needs no answer";
    EXPECT_FALSE(g.incentivised);
    EXPECT_FALSE(g.isTestimonial);
}

TEST_F(MentionStoreTest, ANegativeMentionIsQueuedForAResponse)
{
    Mention m = minimal(Sentiment::Negative);
    ASSERT_TRUE(store().create(m).ok());
    EXPECT_EQ(m.responseStatus, ResponseStatus::NeedsResponse);
    EXPECT_EQ(m.responseDueAt, at(3, 14, 8)) << "the default target is 24 hours after it was posted";
    const Mention g = store().get(m.id).value();
    EXPECT_EQ(g.responseStatus, ResponseStatus::NeedsResponse);
    EXPECT_EQ(g.responseDueAt, at(3, 14, 8));
}

TEST_F(MentionStoreTest, TheDueTimeFollowsTheBusinessResponseTarget)
{
    BusinessSettings settings;
    settings.responseTargetHours = 4;
    ASSERT_TRUE(store::SettingsStore(m_db.connection()).save(settings).ok());
    m_db.clock().advanceSeconds(3 * 3600); // entered three hours after it was read: the due time does not move

    Mention m = minimal(Sentiment::Negative);
    m.occurredAt = test::fixedNow();
    ASSERT_TRUE(store().create(m).ok());
    EXPECT_EQ(m.responseDueAt, test::fixedNow().addSecs(4 * 3600));
    EXPECT_EQ(store().get(m.id).value().responseDueAt, test::fixedNow().addSecs(4 * 3600));

    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE settings SET value = 'soon' WHERE key = 'response_target_hours'")));
    Mention unparsable = minimal(Sentiment::Negative);
    ASSERT_TRUE(store().create(unparsable).ok());
    EXPECT_EQ(unparsable.responseDueAt, unparsable.occurredAt.addSecs(24 * 3600)) << "unusable setting: 24 hours";
}

TEST_F(MentionStoreTest, AnExplicitResponseStateIsKept)
{
    Mention answered = minimal(Sentiment::Negative);
    answered.responseStatus = ResponseStatus::Responded;
    answered.respondedAt = at(3, 13, 9);
    ASSERT_TRUE(store().create(answered).ok());
    EXPECT_EQ(answered.responseStatus, ResponseStatus::Responded);
    EXPECT_FALSE(answered.responseDueAt.isValid());

    Mention dueSoon = minimal(Sentiment::Negative);
    dueSoon.responseDueAt = at(3, 13, 10);
    ASSERT_TRUE(store().create(dueSoon).ok());
    EXPECT_EQ(dueSoon.responseStatus, ResponseStatus::NeedsResponse);
    EXPECT_EQ(dueSoon.responseDueAt, at(3, 13, 10)) << "a due time the caller chose is kept";

    Mention neutralQuestion = minimal(Sentiment::Neutral);
    neutralQuestion.responseStatus = ResponseStatus::NeedsResponse;
    ASSERT_TRUE(store().create(neutralQuestion).ok());
    EXPECT_EQ(neutralQuestion.responseDueAt, at(3, 14, 8)) << "anything that needs an answer gets a due time";

    Mention positive = minimal(Sentiment::Positive);
    ASSERT_TRUE(store().create(positive).ok());
    EXPECT_EQ(positive.responseStatus, ResponseStatus::None);
    EXPECT_FALSE(positive.responseDueAt.isValid());
}

TEST_F(MentionStoreTest, UpdatesAndDeletes)
{
    Mention m = minimal(Sentiment::Negative);
    ASSERT_TRUE(store().create(m).ok());
    m_db.clock().advanceSeconds(1800);
    m.responseStatus = ResponseStatus::Responded;
    m.responseText = QStringLiteral("Sorry, we will make it right.");
    m.respondedAt = m_db.clock().nowUtc();
    m.reach = 50;
    m.createdAt = QDateTime(); // a hand-built copy: the stored creation time stays
    ASSERT_TRUE(store().update(m).ok());
    EXPECT_EQ(m.createdAt, test::fixedNow());
    const Mention g = store().get(m.id).value();
    EXPECT_EQ(g.responseStatus, ResponseStatus::Responded);
    EXPECT_EQ(g.responseText, m.responseText);
    EXPECT_EQ(g.respondedAt, test::fixedNow().addSecs(1800));
    EXPECT_EQ(g.responseDueAt, at(3, 14, 8));
    EXPECT_EQ(g.reach, 50);
    EXPECT_EQ(g.createdAt, test::fixedNow());
    EXPECT_EQ(g.updatedAt, test::fixedNow().addSecs(1800));

    ASSERT_TRUE(store().remove(m.id).ok());
    EXPECT_EQ(store().get(m.id).error().code, Error::Code::NotFound);
    EXPECT_EQ(store().remove(m.id).error().code, Error::Code::NotFound);
    EXPECT_EQ(store().update(m).error().code, Error::Code::NotFound);
    Mention unsaved = minimal();
    EXPECT_EQ(store().update(unsaved).error().code, Error::Code::NotFound);
}

TEST_F(MentionStoreTest, ARemovedMentionIsPutBackExactlyAsItWas)
{
    Mention m = minimal(Sentiment::Negative);
    m.author = QStringLiteral("Tom");
    m.body = QStringLiteral("Cold pizza");
    m.incentivised = true;
    ASSERT_TRUE(store().create(m).ok());
    m_db.clock().advanceSeconds(600);
    const Mention before = store().get(m.id).value();
    ASSERT_TRUE(store().remove(m.id).ok());

    ASSERT_TRUE(store().restore(before).ok());
    const Mention back = store().get(m.id).value();
    EXPECT_EQ(back.id, before.id) << "the same id, so later undo steps still find it";
    EXPECT_EQ(back.author, before.author);
    EXPECT_EQ(back.body, before.body);
    EXPECT_TRUE(back.incentivised);
    EXPECT_EQ(back.responseStatus, ResponseStatus::NeedsResponse);
    EXPECT_EQ(back.responseDueAt, before.responseDueAt);
    EXPECT_EQ(back.createdAt, before.createdAt);
    EXPECT_EQ(back.updatedAt, before.updatedAt);

    EXPECT_EQ(store().restore(before).error().code, Error::Code::Duplicate) << "never twice";
    EXPECT_EQ(store().restore(minimal()).error().code, Error::Code::NotFound) << "never saved";
}

TEST_F(MentionStoreTest, RejectsInvalidValuesWithTheField)
{
    Mention m = minimal();
    m.channel = QStringLiteral("  ");
    Status s = store().create(m);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Invalid);
    EXPECT_EQ(s.error().field, QStringLiteral("channel"));
    EXPECT_FALSE(s.error().message.isEmpty());

    m = minimal();
    m.occurredAt = QDateTime();
    EXPECT_EQ(store().create(m).error().field, QStringLiteral("occurred_at"));
    m = minimal();
    m.reach = -1;
    EXPECT_EQ(store().create(m).error().field, QStringLiteral("reach"));
    m = minimal(Sentiment::Positive);
    m.isTestimonial = true;
    EXPECT_EQ(store().create(m).error().field, QStringLiteral("testimonial_permission"));
    m = minimal(Sentiment::Negative);
    m.isTestimonial = true;
    m.testimonialPermissionAt = at(3, 1);
    EXPECT_EQ(store().create(m).error().field, QStringLiteral("is_testimonial"));

    const struct
    {
        const char* field;
        void (*breakIt)(Mention&);
    } missing[]
        = {{"advocate", [](Mention& x) { x.advocateId = 4242; }}, {"campaign", [](Mention& x) { x.campaignId = 4242; }},
            {"import_batch", [](Mention& x) { x.importBatchId = 4242; }}};
    for (const auto& c : missing) {
        m = minimal();
        c.breakIt(m);
        s = store().create(m);
        ASSERT_FALSE(s.ok()) << c.field;
        EXPECT_EQ(s.error().code, Error::Code::Invalid);
        EXPECT_EQ(s.error().field, QString::fromLatin1(c.field));
        EXPECT_FALSE(s.error().message.contains(QStringLiteral("FOREIGN KEY"))) << s.error().message.toStdString();
    }

    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM mentions")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO mentions (occurred_at, channel, sentiment, created_at, updated_at) "
                                       "VALUES (0, 'x', 'furious', 0, 0)")))
        << "the schema is the backstop";
}

TEST_F(MentionStoreTest, HostileTextRoundTripsUnchanged)
{
    for (const char16_t* text : {u"Robert'); DROP TABLE advocates;--", u"Zoë 🍇🎉 👩‍👩‍👧",
             u"王芳 山田太郎 김민준", u"مريم العربي שלום", u"evil\u202Etxt.exe", u"O'Brien \"Bob\" `x`"}) {
        const QString value = QString::fromUtf16(text);
        Mention m = minimal();
        m.channel = value;
        m.author = value;
        m.url = value;
        m.body = value;
        m.responseText = value;
        m.testimonialPermissionHow = value;
        ASSERT_TRUE(store().create(m).ok());
        const Mention g = store().get(m.id).value();
        EXPECT_EQ(g.channel, value);
        EXPECT_EQ(g.author, value);
        EXPECT_EQ(g.url, value);
        EXPECT_EQ(g.body, value);
        EXPECT_EQ(g.responseText, value);
        EXPECT_EQ(g.testimonialPermissionHow, value);
    }
    QSqlQuery q(m_db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM advocates")) && q.next())
        << "the advocates table is still there";
}

} // namespace
