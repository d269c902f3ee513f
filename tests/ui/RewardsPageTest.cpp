// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

#include "FakePrompter.h"
#include "ProgramFixture.h"
#include "itemmodels/LeaderboardModel.h"
#include "pages/rewards/RewardsPage.h"
#include "settings/Settings.h"
#include "store/RewardStore.h"

using namespace grapevine;
using domain::RewardKind;
using domain::RewardSide;
using domain::RewardStatus;
using itemmodels::RewardListModel;

namespace {

constexpr qint64 kDay = 86400;

class RewardsPageTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    void SetUp() override
    {
        m_anna = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"));
        m_bo = addAdvocate(QStringLiteral("Bo"), QStringLiteral("Lind"), QStringLiteral("bo@example.com"));
        m_page.resize(1280, 800);
        m_page.show();
    }

    void open()
    {
        m_page.setDatabase(&database().database());
        QCoreApplication::processEvents();
    }

    template <typename T>
    T* find(const char* name) const
    {
        T* child = m_page.findChild<T*>(QLatin1String(name));
        EXPECT_TRUE(child) << name;
        return child;
    }
    QAction* action(const char* name) const { return find<QAction>(name); }

    /// The advocate-side and friend-side reward of a referral of `referrer` that converts.
    std::pair<qint64, qint64> convert(
        qint64 campaign, qint64 referrer, const QString& friendName, qint64 orderMinor = 6000)
    {
        const auto step = record(campaign, referrer, friendName,
            friendName.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.org"));
        clock().advanceSeconds(600);
        const auto converted = workflow().convert(step.referral.id, orderMinor);
        EXPECT_TRUE(converted.ok()) << (converted.ok() ? "" : converted.error().message.toStdString());
        const auto rewards = store::RewardStore(db(), clock()).listForReferral(step.referral.id).value();
        if (rewards.size() != 2)
            return {};
        return rewards[0].side == RewardSide::Advocate ? std::make_pair(rewards[0].id, rewards[1].id)
                                                       : std::make_pair(rewards[1].id, rewards[0].id);
    }

    void select(const QList<qint64>& ids)
    {
        auto* table = find<QTableView>("rewardsTable");
        QItemSelection selection;
        for (const qint64 id : ids) {
            const int row = m_page.model().rowOf(id);
            EXPECT_GE(row, 0) << "reward " << id << " is not in the list";
            selection.select(m_page.model().index(row, 0), m_page.model().index(row, RewardListModel::ColumnCount - 1));
        }
        table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        if (!ids.isEmpty())
            table->selectionModel()->setCurrentIndex(
                m_page.model().index(m_page.model().rowOf(ids.front()), 0), QItemSelectionModel::NoUpdate);
    }

    domain::Reward reward(qint64 id) { return store::RewardStore(db(), clock()).get(id).value(); }

    static QStringList csvLines(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("(cannot read %1)").arg(path)};
        QString text = QString::fromUtf8(file.readAll());
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        QStringList lines = text.split(QStringLiteral("\r\n"));
        if (!lines.isEmpty() && lines.back().isEmpty())
            lines.removeLast();
        return lines;
    }

    Settings m_settings {database().dir() + QStringLiteral("/settings.ini")};
    test::FakePrompter m_prompter;
    test::FakeFileChooser m_files;
    ui::RewardsPage m_page {m_settings, m_prompter, m_files, clock()};
    qint64 m_anna = 0;
    qint64 m_bo = 0;
};

TEST_F(RewardsPageTest, SaysWhereRewardsComeFromWhenThereAreNone)
{
    open();
    EXPECT_EQ(find<QStackedWidget>("rewardsStack")->currentWidget()->objectName(), QStringLiteral("rewardsEmptyState"));
    convert(addCampaign(), m_anna, QStringLiteral("Cleo"));
    m_page.reload();
    EXPECT_NE(find<QStackedWidget>("rewardsStack")->currentWidget()->objectName(), QStringLiteral("rewardsEmptyState"));
    EXPECT_EQ(m_page.model().rowCount(), 2);
}

TEST_F(RewardsPageTest, BulkApproveThenIssueWithAReferenceAndExportThePayoutList)
{
    const qint64 spring = addCampaign();
    const qint64 held = addCampaign([](domain::Campaign& c) { c.holdDays = 14; });
    const auto [annaCredit, cleoOff] = convert(spring, m_anna, QStringLiteral("Cleo"));
    const auto [boCredit, danOff] = convert(spring, m_bo, QStringLiteral("Dan"));
    const auto [annaHeld, eveHeld] = convert(held, m_anna, QStringLiteral("Eve"));
    open();
    ASSERT_EQ(m_page.model().rowCount(), 6);
    QSignalSpy changed(&m_page, &ui::RewardsPage::rewardsChanged);

    select({annaCredit, boCredit, annaHeld});
    ASSERT_TRUE(action("approveRewardsAction")->isEnabled());
    action("approveRewardsAction")->trigger();
    EXPECT_EQ(reward(annaCredit).status, RewardStatus::Approved);
    EXPECT_EQ(reward(boCredit).status, RewardStatus::Approved);
    EXPECT_EQ(reward(annaHeld).status, RewardStatus::Pending) << "still in its hold period";
    EXPECT_EQ(changed.count(), 1);
    ASSERT_EQ(m_prompter.informations.size(), 1);
    EXPECT_TRUE(m_prompter.informations[0].contains(QStringLiteral("2 reward")))
        << m_prompter.informations[0].toStdString();
    EXPECT_TRUE(m_prompter.informations[0].contains(QStringLiteral("held until")));
    EXPECT_TRUE(m_page.totalsText().contains(QStringLiteral("Approved, not yet issued")));
    EXPECT_TRUE(m_page.totalsText().contains(QStringLiteral("20.00"))) << m_page.totalsText().toStdString();
    EXPECT_EQ(m_page.model().rowAt(m_page.model().rowOf(annaCredit))->reward.status, RewardStatus::Approved)
        << "the table shows the new status";

    // The selection survives the reload; the held reward is not approved, so it is not issued.
    m_prompter.informations.clear();
    m_prompter.nextTexts = {QStringLiteral("Payout 2026-03-14")};
    m_files.nextFiles = {QDir(database().dir()).filePath(QStringLiteral("payout.csv"))};
    ASSERT_TRUE(action("issueRewardsAction")->isEnabled());
    action("issueRewardsAction")->trigger();
    EXPECT_EQ(m_prompter.questions, QStringList {QStringLiteral("Mark Rewards Issued")});
    EXPECT_EQ(reward(annaCredit).status, RewardStatus::Issued);
    EXPECT_EQ(reward(annaCredit).payoutReference, QStringLiteral("Payout 2026-03-14"));
    EXPECT_EQ(reward(boCredit).status, RewardStatus::Issued);
    EXPECT_EQ(reward(annaHeld).status, RewardStatus::Pending);
    EXPECT_EQ(reward(cleoOff).status, RewardStatus::Pending) << "not selected";
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(m_files.asked, 1) << "the payout list was offered";

    const QStringList lines = csvLines(QDir(database().dir()).filePath(QStringLiteral("payout.csv")));
    ASSERT_EQ(lines.size(), 3) << lines.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("Advocate,Email,Reward,Value,Unit,Cost (EUR),Reference,Campaign"));
    EXPECT_EQ(lines[1],
        QString::fromUtf8("Anna Berg,anna@example.com,€10 store credit,10.00,EUR,10.00,Payout 2026-03-14,Spring 1"));
    EXPECT_EQ(lines[2],
        QString::fromUtf8("Bo Lind,bo@example.com,€10 store credit,10.00,EUR,10.00,Payout 2026-03-14,Spring 1"));

    // Exporting again later: only the approved or issued rewards of a selection are listed.
    m_files.nextFiles = {QDir(database().dir()).filePath(QStringLiteral("again.csv"))};
    select({annaCredit, cleoOff});
    action("exportPayoutAction")->trigger();
    EXPECT_EQ(csvLines(QDir(database().dir()).filePath(QStringLiteral("again.csv"))).size(), 2);
}

TEST_F(RewardsPageTest, VoidAsksTheReasonAndKeepsItInTheLedger)
{
    const auto [annaCredit, cleoOff] = convert(addCampaign(), m_anna, QStringLiteral("Cleo"));
    open();
    QSignalSpy changed(&m_page, &ui::RewardsPage::rewardsChanged);
    select({cleoOff});

    action("voidRewardsAction")->trigger(); // no answer: the person cancelled
    EXPECT_EQ(m_prompter.questions, QStringList {QStringLiteral("Void Rewards")});
    EXPECT_EQ(reward(cleoOff).status, RewardStatus::Pending);
    EXPECT_EQ(changed.count(), 0);

    m_prompter.nextTexts = {QStringLiteral("The order was cancelled")};
    action("voidRewardsAction")->trigger();
    EXPECT_EQ(reward(cleoOff).status, RewardStatus::Voided);
    EXPECT_EQ(reward(annaCredit).status, RewardStatus::Pending);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(m_prompter.confirmations.isEmpty()) << "one reward needs no confirmation";

    const auto entries = store::RewardStore(db(), clock()).entries(cleoOff).value();
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries.back().kind, domain::LedgerEntryKind::Void);
    EXPECT_EQ(entries.back().note, QStringLiteral("The order was cancelled"));
    EXPECT_EQ(entries.back().costMinor, -500);

    // The details panel shows the ledger of the current reward, void line included.
    auto* ledger = find<QTableWidget>("ledgerEntries");
    ASSERT_EQ(ledger->rowCount(), 2);
    EXPECT_EQ(ledger->item(1, 0)->text(), domain::LedgerEntry::kindName(domain::LedgerEntryKind::Void));
    EXPECT_EQ(ledger->item(1, 4)->text(), QStringLiteral("The order was cancelled"));
    EXPECT_FALSE(action("voidRewardsAction")->isEnabled()) << "a voided reward cannot be voided again";
}

TEST_F(RewardsPageTest, VoidingManyIsConfirmedFirst)
{
    const auto [annaCredit, cleoOff] = convert(addCampaign(), m_anna, QStringLiteral("Cleo"));
    open();
    select({annaCredit, cleoOff});
    m_prompter.nextTexts = {QStringLiteral("Entered by mistake")};
    m_prompter.nextAnswer = false;
    action("voidRewardsAction")->trigger();
    ASSERT_EQ(m_prompter.confirmations.size(), 1);
    EXPECT_TRUE(m_prompter.confirmations[0].contains(QStringLiteral("Void 2 reward")));
    EXPECT_EQ(reward(annaCredit).status, RewardStatus::Pending) << "declined: nothing voided";
    EXPECT_EQ(reward(cleoOff).status, RewardStatus::Pending);
}

TEST_F(RewardsPageTest, FiltersNarrowTheTable)
{
    const qint64 spring = addCampaign();
    const qint64 summer = addCampaign([](domain::Campaign& c) { c.name = QStringLiteral("Summer"); });
    convert(spring, m_anna, QStringLiteral("Cleo"));
    convert(summer, m_bo, QStringLiteral("Dan"));
    open();
    ASSERT_EQ(m_page.model().rowCount(), 4);
    auto* campaign = find<QComboBox>("rewardCampaignFilter");
    campaign->setCurrentIndex(campaign->findData(summer));
    emit campaign->activated(campaign->currentIndex());
    EXPECT_EQ(m_page.model().rowCount(), 2);
    auto* status = find<QComboBox>("rewardStatusFilter");
    status->setCurrentIndex(status->findData(static_cast<int>(RewardStatus::Issued)));
    emit status->activated(status->currentIndex());
    EXPECT_EQ(m_page.model().rowCount(), 0);
    EXPECT_TRUE(find<QLabel>("rewardsNoMatch")->isVisible());
}

TEST_F(RewardsPageTest, TheLeaderboardShowsTheTopAdvocateFirst)
{
    const qint64 spring = addCampaign();
    const qint64 summer = addCampaign([](domain::Campaign& c) { c.name = QStringLiteral("Summer"); });
    convert(spring, m_anna, QStringLiteral("Cleo"));
    convert(summer, m_bo, QStringLiteral("Dan"));
    convert(summer, m_bo, QStringLiteral("Eve"));
    open();
    find<QTabWidget>("rewardsTabs")->setCurrentIndex(1);
    auto* table = find<QTableView>("leaderboardTable");
    ASSERT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(
        table->model()->index(0, itemmodels::LeaderboardModel::Advocate).data().toString(), QStringLiteral("Bo Lind"));
    EXPECT_EQ(table->model()->index(0, itemmodels::LeaderboardModel::Rank).data().toString(), QStringLiteral("1"));

    auto* campaign = find<QComboBox>("leaderboardCampaign");
    ASSERT_EQ(campaign->count(), 3) << "All campaigns, Spring 1, Summer";
    campaign->setCurrentIndex(campaign->findData(spring));
    emit campaign->activated(campaign->currentIndex());
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(table->model()->index(0, itemmodels::LeaderboardModel::Advocate).data().toString(),
        QStringLiteral("Anna Berg"));
}

TEST_F(RewardsPageTest, Screenshots)
{
    const qint64 cara = addAdvocate(QStringLiteral("Cara"), QStringLiteral("Nilsson"), QStringLiteral("cara@shop.se"));
    const qint64 spring = addCampaign([](domain::Campaign& c) { c.name = QStringLiteral("Spring referral"); });
    const qint64 loyalty = addCampaign([](domain::Campaign& c) {
        c.name = QStringLiteral("Loyalty points");
        c.advocateReward = {RewardKind::Points, 500, QString()};
        c.friendReward = {RewardKind::PercentDiscount, 1500, QString()};
        c.holdDays = 14;
    });
    const qint64 big = addCampaign([](domain::Campaign& c) {
        c.name = QStringLiteral("Big basket");
        c.minOrderMinor = 10000;
    });
    const auto a = convert(spring, m_anna, QStringLiteral("Dana Holm"));
    const auto b = convert(spring, m_bo, QStringLiteral("Erik Sand"));
    const auto c = convert(spring, cara, QStringLiteral("Fia Ek"));
    convert(loyalty, m_anna, QStringLiteral("Gus Berg"), 12000);
    convert(big, m_bo, QStringLiteral("Hugo Lund"), 4000);
    ASSERT_TRUE(ledger().approve({a.first, a.second, b.first, c.first}).ok());
    ASSERT_TRUE(ledger().issue({a.first, a.second}, QStringLiteral("Payout 2026-03-14")).ok());
    ASSERT_TRUE(ledger().voidReward(b.second, QStringLiteral("Entered by mistake")).ok());
    convert(loyalty, cara, QStringLiteral("Ines Dahl"), 5000);
    record(spring, m_anna, QStringLiteral("Jon Ek"), QStringLiteral("jon@example.org")); // not converted yet
    open();
    ASSERT_EQ(m_page.model().rowCount(), 12);
    select({c.first});
    QCoreApplication::processEvents();
    test::saveScreenshot(m_page, QStringLiteral("rewards-page"));

    find<QTabWidget>("rewardsTabs")->setCurrentIndex(1);
    QCoreApplication::processEvents();
    test::saveScreenshot(m_page, QStringLiteral("rewards-leaderboard"));
    auto* board = find<QTableView>("leaderboardTable")->model();
    ASSERT_EQ(board->rowCount(), 3);
    EXPECT_EQ(board->index(0, itemmodels::LeaderboardModel::Advocate).data().toString(), QStringLiteral("Anna Berg"))
        << "two conversions of three referrals beat two of two";
}

} // namespace
