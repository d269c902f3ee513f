// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The whole refer-a-friend loop as a shop owner goes through it, in the main window: design a
// campaign from the template and activate it, type an offline referral, record the friend's
// first order, approve once the hold period is over, mark the rewards issued and hand the
// payout list to the bookkeeper.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "FakePrompter.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "itemmodels/CampaignListModel.h"
#include "mainwindow/MainWindow.h"
#include "pages/campaigns/CampaignsPage.h"
#include "pages/referrals/QuickEntryForm.h"
#include "pages/referrals/ReferralsPage.h"
#include "pages/rewards/RewardsPage.h"
#include "settings/Settings.h"
#include "store/AdvocateStore.h"
#include "store/CampaignStore.h"
#include "store/ReferralStore.h"
#include "store/RewardStore.h"

using namespace grapevine;
using domain::ReferralStatus;
using domain::RewardStatus;
using ui::MainWindow;

namespace {

class ReferralProgramLoopTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_window.openDatabase(m_dir.filePath(QStringLiteral("bakery.sqlite"))));
        m_window.resize(1280, 800);
        m_window.show();
        QApplication::setActiveWindow(&m_window);
        QCoreApplication::processEvents();
    }
    void TearDown() override
    {
        EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join('\n').toStdString();
    }

    QSqlDatabase db() const { return m_window.database()->connection(); }
    template <typename T>
    T* find(QObject* in, const char* name) const
    {
        T* child = in->findChild<T*>(QLatin1String(name));
        EXPECT_TRUE(child) << name;
        return child;
    }
    void showPage(MainWindow::Page page)
    {
        // As a click in the navigation does.
        find<QListWidget>(&m_window, "navigation")->setCurrentRow(static_cast<int>(page));
    }
    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    QTemporaryDir m_dir;
    Settings m_settings {m_dir.filePath(QStringLiteral("settings.ini"))};
    test::FakePrompter m_prompter;
    test::FakeFileChooser m_files;
    ManualClock m_clock {QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
    MainWindow m_window {m_settings, m_prompter, m_files, m_clock};
};

TEST_F(ReferralProgramLoopTest, DesignRecordConvertApproveIssueAndPayOut)
{
    // An advocate the shop already has (the advocates page is tested on its own).
    domain::Advocate anna;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Berg");
    anna.email = QStringLiteral("anna@example.com");
    anna.referralCode = QStringLiteral("ANNA-7KQ");
    ASSERT_TRUE(store::AdvocateStore(db(), m_clock).create(anna).ok());

    // 1. Design: the classic template, renamed, saved and activated (it has a disclosure).
    showPage(MainWindow::Page::Campaigns);
    ui::CampaignsPage* campaigns = m_window.campaignsPage();
    find<QAction>(campaigns, "newCampaignReferAFriendAction")->trigger();
    retype(find<QLineEdit>(campaigns, "nameEdit"), QStringLiteral("Spring bread club"));
    QTest::mouseClick(find<QPushButton>(campaigns, "saveButton"), Qt::LeftButton);
    auto stored = store::CampaignStore(db(), m_clock).list();
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored.value().size(), 1u);
    const domain::Campaign campaign = stored.value().front();
    EXPECT_EQ(campaign.name, QStringLiteral("Spring bread club"));
    EXPECT_EQ(campaign.holdDays, 14) << "the template's hold period";
    ASSERT_TRUE(find<QAction>(campaigns, "activateCampaignAction")->isEnabled());
    find<QAction>(campaigns, "activateCampaignAction")->trigger();
    EXPECT_EQ(store::CampaignStore(db(), m_clock).get(campaign.id).value().status, domain::CampaignStatus::Active);
    EXPECT_TRUE(m_prompter.confirmations.isEmpty()) << "the template's disclosure was enough";

    // 2. Quick entry: "Anna told me about you", typed with the keyboard only.
    showPage(MainWindow::Page::Referrals);
    ui::ReferralsPage* referrals = m_window.referralsPage();
    ui::QuickEntryForm* form = referrals->quickEntry();
    EXPECT_EQ(form->campaignCombo()->currentData().toLongLong(), campaign.id) << "the new active campaign is offered";
    form->referrerEdit()->setFocus();
    QTest::keyClicks(form->referrerEdit(), QStringLiteral("anna-7kq"));
    QTest::keyClicks(form->friendNameEdit(), QStringLiteral("Bea Lund"));
    QTest::keyClicks(form->friendEmailEdit(), QStringLiteral("bea@example.org"));
    QTest::keyClick(form->friendEmailEdit(), Qt::Key_Return);
    ASSERT_EQ(referrals->model().rowCount(), 1) << form->resultLabel()->text().toStdString();
    const qint64 referralId = referrals->model().referralId(0);
    EXPECT_EQ(store::ReferralStore(db(), m_clock).get(referralId).value().referrerId, anna.id);

    // 3. Bea's first order, the next day: €42.00, above the template's minimum of €25.
    m_clock.advanceSeconds(24 * 3600);
    referrals->showReferral(referralId);
    ASSERT_TRUE(referrals->convertAction()->isEnabled());
    m_prompter.nextTexts << QStringLiteral("42.00");
    referrals->convertAction()->trigger();
    EXPECT_EQ(store::ReferralStore(db(), m_clock).get(referralId).value().status, ReferralStatus::Converted);
    auto rewards = store::RewardStore(db(), m_clock).listForReferral(referralId).value();
    ASSERT_EQ(rewards.size(), 2u) << "both sides";
    for (const auto& r : rewards)
        EXPECT_EQ(r.status, RewardStatus::Pending);
    // The Rewards page followed without being told by the test.
    EXPECT_EQ(m_window.rewardsPage()->model().rowCount(), 2);

    // 4. Approve after the 14-day hold: the referral and both rewards.
    m_clock.advanceSeconds(15 * 24 * 3600);
    referrals->showReferral(referralId);
    ASSERT_TRUE(referrals->approveAction()->isEnabled());
    referrals->approveAction()->trigger();
    EXPECT_EQ(store::ReferralStore(db(), m_clock).get(referralId).value().status, ReferralStatus::Approved);
    for (const auto& r : store::RewardStore(db(), m_clock).listForReferral(referralId).value())
        EXPECT_EQ(r.status, RewardStatus::Approved) << r.id;

    // 5. Rewards page: select the approved ones, mark them issued with a reference, save the list.
    showPage(MainWindow::Page::Rewards);
    ui::RewardsPage* rewardsPage = m_window.rewardsPage();
    EXPECT_TRUE(rewardsPage->totalsText().contains(QStringLiteral("Approved, not yet issued")))
        << rewardsPage->totalsText().toStdString();
    auto* table = find<QTableView>(rewardsPage, "rewardsTable");
    ASSERT_EQ(rewardsPage->model().rowCount(), 2);
    table->selectAll();
    const QString payoutPath = QDir(m_dir.path()).filePath(QStringLiteral("payout-march.csv"));
    m_prompter.nextTexts << QStringLiteral("Bank run 2026-03-18");
    m_files.nextFiles << payoutPath;
    ASSERT_TRUE(find<QAction>(rewardsPage, "issueRewardsAction")->isEnabled());
    find<QAction>(rewardsPage, "issueRewardsAction")->trigger();
    for (const auto& r : store::RewardStore(db(), m_clock).listForReferral(referralId).value()) {
        EXPECT_EQ(r.status, RewardStatus::Issued) << r.id;
        EXPECT_EQ(r.payoutReference, QStringLiteral("Bank run 2026-03-18"));
    }
    // Issuing the advocate's reward completes the referral.
    EXPECT_EQ(store::ReferralStore(db(), m_clock).get(referralId).value().status, ReferralStatus::Rewarded);

    QFile payout(payoutPath);
    ASSERT_TRUE(payout.open(QIODevice::ReadOnly)) << "the payout list was saved where asked";
    const QString csv = QString::fromUtf8(payout.readAll());
    EXPECT_TRUE(csv.contains(QStringLiteral("Anna Berg,anna@example.com"))) << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("Bank run 2026-03-18")));
    EXPECT_TRUE(csv.contains(QStringLiteral("Spring bread club")));

    // The campaign list now counts what happened.
    showPage(MainWindow::Page::Campaigns);
    const auto& list = campaigns->model();
    EXPECT_EQ(
        list.data(list.index(0, itemmodels::CampaignListModel::Name)).toString(), QStringLiteral("Spring bread club"));
    EXPECT_EQ(list.data(list.index(0, itemmodels::CampaignListModel::Referrals)).toString(), QStringLiteral("1"));
    EXPECT_EQ(list.data(list.index(0, itemmodels::CampaignListModel::Conversions)).toString(), QStringLiteral("1"));
    test::saveScreenshot(m_window, QStringLiteral("loop-campaigns-after-payout"));
}

} // namespace
