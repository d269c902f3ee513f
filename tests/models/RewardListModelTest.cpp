// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <set>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include "ProgramFixture.h"
#include "domain/Money.h"
#include "itemmodels/RewardListModel.h"
#include "store/RewardStore.h"
#include "store/SqlSupport.h"

using namespace grapevine;
using domain::RewardKind;
using domain::RewardStatus;
using itemmodels::RewardFilter;
using itemmodels::RewardListModel;

namespace {

QStringList g_modelFailures;

QDateTime fixedNowMinus(int minutes)
{
    return test::fixedNow().addSecs(-60 * minutes);
}

void recordFailures(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type != QtDebugMsg && message.contains(QStringLiteral("FAIL!")))
        g_modelFailures << message;
}

class RewardListModelTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    void SetUp() override
    {
        g_modelFailures.clear();
        m_previousHandler = qInstallMessageHandler(recordFailures);
        m_anna = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"));
        m_credit = addCampaign();
        m_points = addCampaign([](domain::Campaign& c) {
            c.name = QStringLiteral("Points club");
            c.advocateReward = {RewardKind::Points, 500, QString()};
            c.friendReward = {RewardKind::PercentDiscount, 1250, QString()};
        });
        m_minimum = addCampaign([](domain::Campaign& c) {
            c.name = QStringLiteral("Big orders");
            c.minOrderMinor = 5000;
        });
    }
    void TearDown() override
    {
        qInstallMessageHandler(m_previousHandler);
        EXPECT_TRUE(g_modelFailures.isEmpty()) << g_modelFailures.join(QLatin1Char('\n')).toStdString();
    }

    /// A referral of Anna's in `campaign` that converts, so both sides get a reward.
    void convertReferral(qint64 campaign, const QString& friendName, qint64 orderMinor = 8000)
    {
        const auto step = record(campaign, m_anna, friendName, friendName.toLower() + QStringLiteral("@example.org"));
        clock().advanceSeconds(60);
        const auto converted = workflow().convert(step.referral.id, orderMinor);
        ASSERT_TRUE(converted.ok()) << converted.error().message.toStdString();
        clock().advanceSeconds(60);
    }

    QString cell(const RewardListModel& model, int row, RewardListModel::Column column) const
    {
        return model.data(model.index(row, column)).toString();
    }
    int rowOfRecipient(const RewardListModel& model, const QString& recipient) const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (cell(model, row, RewardListModel::Recipient) == recipient)
                return row;
        }
        return -1;
    }

    QtMessageHandler m_previousHandler = nullptr;
    qint64 m_anna = 0;
    qint64 m_credit = 0;
    qint64 m_points = 0;
    qint64 m_minimum = 0;
};

TEST_F(RewardListModelTest, ShowsEachRewardWithItsWordingCostAndRecipient)
{
    convertReferral(m_credit, QStringLiteral("Cleo"));
    convertReferral(m_points, QStringLiteral("Dan"));
    RewardListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(model.setDatabase(db(), QStringLiteral("EUR")).ok());
    ASSERT_EQ(model.rowCount(), 4);

    // Newest first: Dan's referral converted last, so its rewards lead.
    EXPECT_EQ(cell(model, 0, RewardListModel::Campaign), QStringLiteral("Points club"));
    EXPECT_EQ(cell(model, 3, RewardListModel::Campaign), QStringLiteral("Spring 1"));

    const int anna = rowOfRecipient(model, QStringLiteral("Anna Berg"));
    const int dan = rowOfRecipient(model, QStringLiteral("Dan"));
    ASSERT_GE(anna, 0);
    ASSERT_GE(dan, 0) << "a friend who is not an advocate is named from the referral";
    EXPECT_EQ(anna, 1) << "Anna's points reward of the newest referral (both sides share the instant, id breaks it)";
    EXPECT_EQ(cell(model, anna, RewardListModel::RewardText), QStringLiteral("500 points"));
    EXPECT_EQ(cell(model, anna, RewardListModel::Side), domain::Reward::sideName(domain::RewardSide::Advocate));
    EXPECT_EQ(model.data(model.index(anna, RewardListModel::Cost), RewardListModel::RawValueRole).toLongLong(), 1000)
        << "500 points at two cents";
    EXPECT_EQ(cell(model, anna, RewardListModel::Cost), domain::Money(1000, QStringLiteral("EUR")).format());
    EXPECT_EQ(cell(model, dan, RewardListModel::RewardText), QStringLiteral("12.5% off"));
    EXPECT_EQ(cell(model, dan, RewardListModel::Side), domain::Reward::sideName(domain::RewardSide::Friend));
    EXPECT_EQ(cell(model, dan, RewardListModel::Status), QStringLiteral("Pending"));
    EXPECT_EQ(cell(model, 3, RewardListModel::RewardText), QStringLiteral("€10 store credit"))
        << "the description set on the campaign wins";

    const qint64 id = model.data(model.index(dan, 0), RewardListModel::RewardIdRole).toLongLong();
    EXPECT_EQ(id, model.idAt(dan));
    EXPECT_EQ(model.rowOf(id), dan);
    const auto stored = store::RewardStore(db(), clock()).get(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->side, domain::RewardSide::Friend);
    EXPECT_EQ(stored->kind, RewardKind::PercentDiscount);
}

TEST_F(RewardListModelTest, WithheldRewardsShowTheirReasonAndIssuedOnesTheirReference)
{
    convertReferral(m_minimum, QStringLiteral("Eve"), 1000);
    convertReferral(m_credit, QStringLiteral("Finn"));
    RewardListModel model;
    ASSERT_TRUE(model.setDatabase(db(), QStringLiteral("EUR")).ok());
    ASSERT_EQ(model.rowCount(), 4);

    const int eve = rowOfRecipient(model, QStringLiteral("Eve"));
    ASSERT_GE(eve, 0);
    EXPECT_EQ(cell(model, eve, RewardListModel::Status), QStringLiteral("Withheld"));
    EXPECT_TRUE(cell(model, eve, RewardListModel::ReferenceOrReason).contains(QStringLiteral("minimum")))
        << cell(model, eve, RewardListModel::ReferenceOrReason).toStdString();

    const int finn = rowOfRecipient(model, QStringLiteral("Finn"));
    const qint64 finnReward = model.idAt(finn);
    EXPECT_TRUE(cell(model, finn, RewardListModel::ReferenceOrReason).isEmpty()) << "pending: nothing to say yet";
    ASSERT_TRUE(ledger().approve({finnReward}).ok());
    const auto issued = ledger().issue({finnReward}, QStringLiteral("Payout 2026-03-14"));
    ASSERT_TRUE(issued.ok());
    ASSERT_EQ(issued->changed, 1);

    // Only a cell changed, so the rows stay where they are and a view keeps its selection.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.idAt(finn), finnReward);
    EXPECT_EQ(cell(model, finn, RewardListModel::Status), QStringLiteral("Issued"));
    EXPECT_EQ(cell(model, finn, RewardListModel::ReferenceOrReason), QStringLiteral("Payout 2026-03-14"));
}

TEST_F(RewardListModelTest, FiltersByStatusCampaignAndText)
{
    convertReferral(m_credit, QStringLiteral("Gus"));
    convertReferral(m_points, QStringLiteral("Hana"));
    convertReferral(m_minimum, QStringLiteral("Ivo"), 1000);
    RewardListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(model.setDatabase(db(), QStringLiteral("EUR")).ok());
    EXPECT_EQ(model.rowCount(), 6);

    RewardFilter withheld;
    withheld.status = RewardStatus::Withheld;
    ASSERT_TRUE(model.setFilter(withheld).ok());
    ASSERT_EQ(model.rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        EXPECT_EQ(cell(model, row, RewardListModel::Campaign), QStringLiteral("Big orders"));

    RewardFilter points;
    points.campaignId = m_points;
    ASSERT_TRUE(model.setFilter(points).ok());
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(cell(model, 0, RewardListModel::Campaign), QStringLiteral("Points club"));

    points.status = RewardStatus::Withheld;
    ASSERT_TRUE(model.setFilter(points).ok());
    EXPECT_EQ(model.rowCount(), 0) << "both filters apply together";

    RewardFilter text;
    text.search = QStringLiteral("  HANA ");
    ASSERT_TRUE(model.setFilter(text).ok());
    ASSERT_EQ(model.rowCount(), 1) << "the friend's name, case and spaces ignored";
    EXPECT_EQ(cell(model, 0, RewardListModel::Recipient), QStringLiteral("Hana"));
    text.search = QStringLiteral("anna@");
    ASSERT_TRUE(model.setFilter(text).ok());
    EXPECT_EQ(model.rowCount(), 3) << "Anna's advocate-side rewards, by email";
    text.search = QStringLiteral("%");
    ASSERT_TRUE(model.setFilter(text).ok());
    EXPECT_EQ(model.rowCount(), 0) << "a '%' is a character, not a wildcard";
    const auto emile = record(m_credit, m_anna, QString::fromUtf8("Émile Ørsted"), QStringLiteral("emile@example.org"));
    ASSERT_TRUE(workflow().convert(emile.referral.id, 8000).ok());
    text.search = QString::fromUtf8("Émile ø");
    ASSERT_TRUE(model.setFilter(text).ok());
    EXPECT_EQ(model.rowCount(), 0) << "non-ASCII letters match their own case only (SQLite's lower() is ASCII)";
    text.search = QString::fromUtf8("Émile Ø");
    ASSERT_TRUE(model.setFilter(text).ok());
    EXPECT_EQ(model.rowCount(), 1) << "an accented name typed as stored is found";

    ASSERT_TRUE(model.setFilter(RewardFilter()).ok());
    EXPECT_EQ(model.rowCount(), 8);
    EXPECT_FALSE(model.databaseIsEmpty());
}

TEST_F(RewardListModelTest, TotalsAddUpWhatIsOwedAndPaid)
{
    convertReferral(m_credit, QStringLiteral("Jon"));
    convertReferral(m_points, QStringLiteral("Kai"));
    RewardListModel model;
    ASSERT_TRUE(model.setDatabase(db(), QStringLiteral("EUR")).ok());
    // Spring 1: €10 credit (1000) + €5 off (500); Points club: 500 points (1000) + 12.5% of €80 (1000).
    auto totals = model.totals();
    ASSERT_TRUE(totals.ok());
    EXPECT_EQ(totals->pendingMinor, 3500);
    EXPECT_EQ(totals->approvedMinor, 0);

    const qint64 jonCredit = model.idAt(rowOfRecipient(model, QStringLiteral("Jon")));
    ASSERT_TRUE(ledger().approve({jonCredit}).ok());
    totals = model.totals();
    EXPECT_EQ(totals->pendingMinor, 3000);
    EXPECT_EQ(totals->approvedMinor, 500);
    EXPECT_EQ(totals->approvedCount, 1);

    RewardFilter points;
    points.campaignId = m_points;
    ASSERT_TRUE(model.setFilter(points).ok());
    totals = model.totals();
    EXPECT_EQ(totals->pendingMinor, 2000);
    EXPECT_EQ(totals->approvedMinor, 0) << "the approved reward is in the other campaign";
}

TEST_F(RewardListModelTest, PagesThroughMoreRowsThanOnePageWithoutGapsOrRepeats)
{
    // 1,234 rewards, many sharing a second, so the keyset must break ties by id.
    {
        store::WriteTransaction tx(db());
        ASSERT_TRUE(tx.started());
        store::RewardStore rewards(db(), clock());
        for (int i = 0; i < 1234; ++i) {
            domain::Reward w;
            w.campaignId = m_credit;
            w.advocateId = m_anna;
            w.kind = RewardKind::Points;
            w.value = i + 1;
            w.costMinor = 2 * (i + 1);
            w.status = i % 3 == 0 ? RewardStatus::Approved : RewardStatus::Pending;
            w.createdAt = fixedNowMinus(i / 7);
            ASSERT_TRUE(rewards.create(w).ok());
        }
        ASSERT_TRUE(tx.commit().ok());
    }
    // No QAbstractItemModelTester here: it fetches every page itself, which is what is tested.
    RewardListModel model;
    ASSERT_TRUE(model.setDatabase(db(), QStringLiteral("EUR")).ok());
    EXPECT_EQ(model.rowCount(), RewardListModel::kPageSize) << "one page, not the whole table";
    EXPECT_TRUE(model.canFetchMore());
    model.fetchMore();
    EXPECT_EQ(model.rowCount(), 2 * RewardListModel::kPageSize);
    model.fetchMore();
    EXPECT_EQ(model.rowCount(), 1234);
    EXPECT_FALSE(model.canFetchMore());

    std::set<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(model.idAt(row));
        if (row > 0) {
            const auto& prev = model.rowAt(row - 1)->reward;
            const auto& here = model.rowAt(row)->reward;
            ASSERT_TRUE(prev.createdAt > here.createdAt || (prev.createdAt == here.createdAt && prev.id > here.id))
                << "row " << row << " is out of order";
        }
    }
    EXPECT_EQ(seen.size(), 1234u);

    // A reload keeps every row already fetched, so the view does not jump back to the top.
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(model.rowCount(), 1234);

    // The tester checks the fully fetched model and what a reload does to it (it cannot watch
    // a reset while more pages remain: Qt 6.4's tester fetches inside the reset notification).
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(model.rowCount(), 1234);

    RewardFilter approved;
    approved.status = RewardStatus::Approved;
    RewardListModel filtered;
    ASSERT_TRUE(filtered.setDatabase(db(), QStringLiteral("EUR")).ok());
    ASSERT_TRUE(filtered.setFilter(approved).ok());
    EXPECT_EQ(filtered.rowCount(), 412) << "every third of 1,234, one page";
    EXPECT_FALSE(filtered.canFetchMore());
}

} // namespace
