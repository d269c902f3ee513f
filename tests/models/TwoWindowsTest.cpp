// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Two Grapevine windows (or the app and grapevine-cli) on one file. SQLite's locking keeps
// each write whole; these tests check the other half of "no lost update": a save or an undo
// made from a copy read before the other window's save is refused, changing nothing, instead
// of silently putting the old values back.
#include <gtest/gtest.h>

#include <memory>

#include <QSqlQuery>

#include "TestDatabase.h"
#include "db/Database.h"
#include "program/RewardLedger.h"
#include "store/AdvocateStamps.h"
#include "store/AdvocateStore.h"
#include "store/CampaignSnapshot.h"
#include "store/CampaignStore.h"
#include "store/MentionStore.h"
#include "store/ReferralStore.h"
#include "store/RewardStore.h"

using namespace grapevine;
using namespace grapevine::domain;

namespace {

class TwoWindowsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db::OpenFailure failure;
        m_other = db::Database::open(m_db.path(), {}, &failure, m_db.clock());
        ASSERT_TRUE(m_other) << failure.message.toStdString();
        ASSERT_FALSE(m_other->isReadOnly());
    }

    QSqlDatabase mine() const { return m_db.connection(); }
    QSqlDatabase theirs() const { return m_other->connection(); }
    /// The other window saves later than this one read: whole seconds apart, as stamps are.
    void aMinuteLater() { m_db.clock().advanceSeconds(60); }

    qint64 addCampaign()
    {
        Campaign c;
        c.name = QStringLiteral("Spring");
        EXPECT_TRUE(store::CampaignStore(mine(), m_db.clock()).create(c).ok());
        return c.id;
    }

    qint64 addAdvocate(const QString& firstName)
    {
        Advocate a;
        a.firstName = firstName;
        a.email = firstName.toLower() + QStringLiteral("@example.com");
        EXPECT_TRUE(store::AdvocateStore(mine(), m_db.clock()).create(a).ok());
        return a.id;
    }

    test::TestDatabase m_db;
    std::unique_ptr<db::Database> m_other;
};

TEST_F(TwoWindowsTest, ACampaignSavedFromAnOldCopyIsRefusedAndKeepsTheOtherSave)
{
    const qint64 id = addCampaign();
    store::CampaignStore here(mine(), m_db.clock());
    store::CampaignStore there(theirs(), m_db.clock());
    Campaign myCopy = here.get(id).value();
    Campaign theirCopy = there.get(id).value();

    aMinuteLater();
    theirCopy.budgetMinor = 50000;
    ASSERT_TRUE(there.update(theirCopy).ok());

    myCopy.description = QStringLiteral("Bring a friend, both get 10 %");
    const Status saved = here.update(myCopy);
    ASSERT_FALSE(saved.ok()) << "the old copy would put the budget back to none";
    EXPECT_EQ(saved.error().code, Error::Code::Stale);
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("Spring"))) << saved.error().message.toStdString();
    const Campaign stored = here.get(id).value();
    EXPECT_EQ(stored.budgetMinor, 50000);
    EXPECT_TRUE(stored.description.isEmpty());

    // Read again, the same edit keeps both.
    Campaign fresh = here.get(id).value();
    fresh.description = myCopy.description;
    ASSERT_TRUE(here.update(fresh).ok());
    EXPECT_EQ(there.get(id)->budgetMinor, 50000);
    EXPECT_EQ(there.get(id)->description, myCopy.description);
    // Saving twice in a row from one window is not a conflict with itself.
    fresh.name = QStringLiteral("Spring 2026");
    EXPECT_TRUE(here.update(fresh).ok());
}

// Stamps are whole seconds. A save moves the stamp at least one second past the stored one,
// so the other window saving within the same second as this one read is still told apart.
TEST_F(TwoWindowsTest, SavesWithinOneSecondAreToldApart)
{
    const qint64 id = addAdvocate(QStringLiteral("Ana"));
    store::AdvocateStore here(mine(), m_db.clock());
    store::AdvocateStore there(theirs(), m_db.clock());
    Advocate myCopy = here.get(id).value();
    Advocate theirCopy = there.get(id).value();
    theirCopy.phone = QStringLiteral("+49 30 1234");
    ASSERT_TRUE(there.update(theirCopy).ok()) << "the same second as the reads";
    EXPECT_GT(theirCopy.updatedAt, myCopy.updatedAt);

    myCopy.notes = QStringLiteral("Prefers email");
    const Status saved = here.update(myCopy);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, Error::Code::Stale);
    EXPECT_EQ(here.get(id)->phone, QStringLiteral("+49 30 1234"));

    // One window saving again and again within a second is no conflict with itself, and the
    // copy it keeps carries the stamp as stored.
    for (int i = 0; i < 3; ++i) {
        theirCopy.notes = QStringLiteral("Call %1").arg(i);
        ASSERT_TRUE(there.update(theirCopy).ok()) << i;
        EXPECT_EQ(theirCopy.updatedAt, there.get(id)->updatedAt);
    }
    EXPECT_LE(theirCopy.updatedAt, m_db.clock().nowUtc().addSecs(4)) << "a stamp runs ahead by the saves only";
}

TEST_F(TwoWindowsTest, AMentionSavedFromAnOldCopyIsRefused)
{
    store::MentionStore here(mine(), m_db.clock());
    store::MentionStore there(theirs(), m_db.clock());
    Mention m;
    m.occurredAt = m_db.clock().nowUtc();
    m.channel = QStringLiteral("google_review");
    m.sentiment = Sentiment::Negative;
    m.author = QStringLiteral("Crumbs fan");
    ASSERT_TRUE(here.create(m).ok());
    Mention myCopy = here.get(m.id).value();
    Mention theirCopy = there.get(m.id).value();

    aMinuteLater();
    theirCopy.responseText = QStringLiteral("Sorry, we replaced it.");
    theirCopy.responseStatus = ResponseStatus::Responded;
    ASSERT_TRUE(there.update(theirCopy).ok());

    myCopy.reach = 900;
    const Status saved = here.update(myCopy);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, Error::Code::Stale);
    EXPECT_EQ(here.get(m.id)->responseText, QStringLiteral("Sorry, we replaced it."));
}

TEST_F(TwoWindowsTest, AReferralSavedFromAnOldCopyIsRefused)
{
    const qint64 campaign = addCampaign();
    const qint64 ana = addAdvocate(QStringLiteral("Ana"));
    store::ReferralStore here(mine(), m_db.clock());
    store::ReferralStore there(theirs(), m_db.clock());
    Referral r;
    r.campaignId = campaign;
    r.referrerId = ana;
    r.friendName = QStringLiteral("Bea");
    ASSERT_TRUE(here.create(r).ok());
    Referral myCopy = here.get(r.id).value();
    Referral theirCopy = there.get(r.id).value();

    aMinuteLater();
    theirCopy.notes = QStringLiteral("Met at the market");
    ASSERT_TRUE(there.update(theirCopy, QString()).ok());

    myCopy.orderReference = QStringLiteral("#1042");
    const Status saved = here.update(myCopy, QString());
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, Error::Code::Stale);
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("Bea"))) << saved.error().message.toStdString();
    EXPECT_EQ(here.get(r.id)->notes, QStringLiteral("Met at the market"));
    EXPECT_TRUE(here.get(r.id)->orderReference.isEmpty());
}

// Rewards have no editor: every change is a ledger entry decided on the reward as stored,
// inside the write lock, so two windows acting at once cannot undo each other.
TEST_F(TwoWindowsTest, RewardsActedOnFromBothWindowsKeepEveryEntry)
{
    const qint64 campaign = addCampaign();
    const qint64 ana = addAdvocate(QStringLiteral("Ana"));
    Referral referral;
    referral.campaignId = campaign;
    referral.referrerId = ana;
    referral.friendName = QStringLiteral("Bea");
    ASSERT_TRUE(store::ReferralStore(mine(), m_db.clock()).create(referral).ok());
    Reward reward;
    reward.campaignId = campaign;
    reward.referralId = referral.id;
    reward.advocateId = ana;
    reward.kind = RewardKind::StoreCredit;
    reward.value = 1000;
    reward.costMinor = 1000;
    reward.status = RewardStatus::Approved;
    ASSERT_TRUE(store::RewardStore(mine(), m_db.clock()).create(reward).ok());

    program::RewardLedger here(mine(), m_db.clock());
    program::RewardLedger there(theirs(), m_db.clock());
    ASSERT_TRUE(here.adjust(reward.id, 200, 200, QStringLiteral("Birthday bonus")).ok());
    ASSERT_TRUE(there.adjust(reward.id, -100, -100, QStringLiteral("Rounded")).ok());
    EXPECT_EQ(store::RewardStore(theirs(), m_db.clock()).get(reward.id)->value, 1100) << "both adjustments count";

    const auto first = here.issue({reward.id}, QStringLiteral("GIFT-1"));
    const auto second = there.issue({reward.id}, QStringLiteral("GIFT-2"));
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->changed, 1);
    EXPECT_EQ(second->changed, 0) << "issued once, not twice";
    EXPECT_EQ(second->skipped.size(), 1);
    const Reward stored = store::RewardStore(mine(), m_db.clock()).get(reward.id).value();
    EXPECT_EQ(stored.status, RewardStatus::Issued);
    EXPECT_EQ(stored.payoutReference, QStringLiteral("GIFT-1"));
}

TEST_F(TwoWindowsTest, UndoingAnAdvocateEditDoesNotThrowAwayALaterSaveElsewhere)
{
    const qint64 id = addAdvocate(QStringLiteral("Ana"));
    store::AdvocateStore here(mine(), m_db.clock());
    store::AdvocateStore there(theirs(), m_db.clock());
    const Advocate before = here.get(id).value();
    Advocate after = before;
    aMinuteLater();
    after.notes = QStringLiteral("Prefers email");
    ASSERT_TRUE(here.update(after).ok());

    // Undo and redo on their own work.
    ASSERT_TRUE(here.overwrite(before, after.updatedAt).ok());
    ASSERT_TRUE(here.overwrite(after, before.updatedAt).ok());

    aMinuteLater();
    Advocate theirCopy = there.get(id).value();
    theirCopy.phone = QStringLiteral("+49 30 1234");
    ASSERT_TRUE(there.update(theirCopy).ok());

    const Status undone = here.overwrite(before, after.updatedAt);
    ASSERT_FALSE(undone.ok()) << "the undo would erase the phone number saved elsewhere";
    EXPECT_EQ(undone.error().code, Error::Code::Stale);
    EXPECT_TRUE(undone.error().message.contains(QStringLiteral("Ana"))) << undone.error().message.toStdString();
    const Advocate stored = here.get(id).value();
    EXPECT_EQ(stored.phone, QStringLiteral("+49 30 1234"));
    EXPECT_EQ(stored.notes, QStringLiteral("Prefers email"));
}

TEST_F(TwoWindowsTest, UndoingABulkEditIsRefusedWhenOneOfThemWasSavedElsewhere)
{
    const QList<qint64> ids {addAdvocate(QStringLiteral("Ana")), addAdvocate(QStringLiteral("Ben"))};
    const auto before = store::AdvocateStamps::capture(mine(), ids);
    ASSERT_TRUE(before);
    aMinuteLater();
    QSqlQuery q(mine());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE advocates SET kind = 'partner', updated_at = %1")
                           .arg(m_db.clock().nowUtc().toSecsSinceEpoch())));
    const auto after = store::AdvocateStamps::capture(mine(), ids);
    ASSERT_TRUE(after);

    ASSERT_TRUE(before->restore(mine(), &after.value()).ok()) << "nothing else changed: undo works";
    ASSERT_TRUE(after->restore(mine(), &before.value()).ok()) << "and redo";

    aMinuteLater();
    store::AdvocateStore there(theirs(), m_db.clock());
    Advocate ben = there.get(ids.at(1)).value();
    ben.kind = AdvocateKind::Employee;
    ASSERT_TRUE(there.update(ben).ok());

    const Status undone = before->restore(mine(), &after.value());
    ASSERT_FALSE(undone.ok());
    EXPECT_EQ(undone.error().code, Error::Code::Stale);
    EXPECT_TRUE(undone.error().message.startsWith(QStringLiteral("1 "))) << undone.error().message.toStdString();
    store::AdvocateStore here(mine(), m_db.clock());
    EXPECT_EQ(here.get(ids.at(0))->kind, AdvocateKind::Partner) << "refused whole, not half-undone";
    EXPECT_EQ(here.get(ids.at(1))->kind, AdvocateKind::Employee);
}

TEST_F(TwoWindowsTest, UndoingACampaignEditDoesNotThrowAwayALaterSaveElsewhere)
{
    const qint64 id = addCampaign();
    const auto before = store::CampaignSnapshot::capture(mine(), id);
    ASSERT_TRUE(before);
    store::CampaignStore here(mine(), m_db.clock());
    Campaign c = here.get(id).value();
    aMinuteLater();
    c.description = QStringLiteral("Bring a friend");
    ASSERT_TRUE(here.update(c).ok());
    const auto after = store::CampaignSnapshot::capture(mine(), id);
    ASSERT_TRUE(after);

    ASSERT_TRUE(before->overwrite(mine(), &after.value()).ok());
    ASSERT_TRUE(after->overwrite(mine(), &before.value()).ok());

    aMinuteLater();
    store::CampaignStore there(theirs(), m_db.clock());
    Campaign theirCopy = there.get(id).value();
    theirCopy.budgetMinor = 50000;
    ASSERT_TRUE(there.update(theirCopy).ok());

    const Status undone = before->overwrite(mine(), &after.value());
    ASSERT_FALSE(undone.ok());
    EXPECT_EQ(undone.error().code, Error::Code::Stale);
    EXPECT_EQ(here.get(id)->budgetMinor, 50000);
    EXPECT_EQ(here.get(id)->description, QStringLiteral("Bring a friend"));
}

} // namespace
