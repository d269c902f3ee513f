// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include "FakePrompter.h"
#include "ProgramFixture.h"
#include "pages/referrals/QuickEntryForm.h"
#include "pages/referrals/ReferralsPage.h"
#include "settings/Settings.h"
#include "store/ReferralStore.h"
#include "store/RewardStore.h"
#include "widgets/TwoPartBar.h"

using namespace grapevine;
using domain::ReferralStatus;

namespace {

class ReferralsPageTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    void SetUp() override
    {
        m_campaign = addCampaign([](domain::Campaign& c) {
            c.name = QStringLiteral("Bread club");
            c.holdDays = 0;
        });
        m_anna = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"),
            [](domain::Advocate& a) { a.referralCode = QStringLiteral("ANNA-7KQ"); });
        addAdvocate(QStringLiteral("Annika"), QStringLiteral("Holm"), QStringLiteral("annika@example.com"));
        m_page.setDatabase(&database().database());
        m_page.resize(1280, 800);
        m_page.show();
        // Focus moves only inside the active window, and offscreen nothing activates by itself.
        QApplication::setActiveWindow(&m_page);
    }
    void TearDown() override { m_page.setDatabase(nullptr); }

    /// Types like a person: into the focused field, then Enter.
    void typeReferral(const QString& referrer, const QString& friendName, const QString& friendEmail)
    {
        ui::QuickEntryForm* form = m_page.quickEntry();
        form->referrerEdit()->setFocus();
        QTest::keyClicks(form->referrerEdit(), referrer);
        QTest::keyClicks(form->friendNameEdit(), friendName);
        QTest::keyClicks(form->friendEmailEdit(), friendEmail);
        QTest::keyClick(form->friendEmailEdit(), Qt::Key_Return);
    }

    void selectOnly(qint64 id)
    {
        m_page.table()->clearSelection();
        m_page.showReferral(id);
    }

    Settings m_settings {database().dir() + QStringLiteral("/settings.ini")};
    test::FakePrompter m_prompter;
    test::FakeFileChooser m_files;
    ui::ReferralsPage m_page {m_settings, m_prompter, m_files, clock()};
    qint64 m_campaign = 0;
    qint64 m_anna = 0;
};

TEST_F(ReferralsPageTest, QuickEntryByCodeThenConvertApproveAndTheHistoryShowsEveryStep)
{
    ASSERT_TRUE(m_page.model().rowCount() == 0);
    typeReferral(QStringLiteral("anna-7kq"), QStringLiteral("Bea Lund"), QStringLiteral("bea@example.org"));
    ASSERT_EQ(m_page.model().rowCount(), 1) << m_page.quickEntry()->resultLabel()->text().toStdString();
    EXPECT_TRUE(m_page.quickEntry()->resultLabel()->text().contains(QStringLiteral("Bea Lund")));
    EXPECT_TRUE(m_page.quickEntry()->referrerEdit()->text().isEmpty()) << "ready for the next one";
    EXPECT_TRUE(m_page.quickEntry()->referrerEdit()->hasFocus());
    const qint64 id = m_page.model().referralId(0);
    const domain::Referral stored = store::ReferralStore(db(), clock()).get(id).value();
    EXPECT_EQ(stored.referrerId, m_anna);
    EXPECT_EQ(stored.channel, domain::ReferralChannel::InPerson);

    selectOnly(id);
    EXPECT_FALSE(m_page.approveAction()->isEnabled()) << "pending cannot be approved";
    ASSERT_TRUE(m_page.convertAction()->isEnabled());
    m_prompter.nextTexts << QStringLiteral("89.50 #1042");
    m_page.convertAction()->trigger();
    EXPECT_EQ(store::ReferralStore(db(), clock()).get(id).value().status, ReferralStatus::Converted);
    EXPECT_EQ(store::ReferralStore(db(), clock()).get(id).value().orderValueMinor, 8950);
    EXPECT_EQ(store::RewardStore(db(), clock()).listForReferral(id).value().size(), 2u);

    ASSERT_TRUE(m_page.approveAction()->isEnabled());
    m_page.approveAction()->trigger();
    EXPECT_EQ(store::ReferralStore(db(), clock()).get(id).value().status, ReferralStatus::Approved);
    for (const auto& w : store::RewardStore(db(), clock()).listForReferral(id).value())
        EXPECT_EQ(w.status, domain::RewardStatus::Approved);

    // The history the user sees, step by step.
    QTreeWidget* history = m_page.historyView();
    ASSERT_EQ(history->topLevelItemCount(), 3);
    EXPECT_EQ(history->topLevelItem(0)->text(1), QStringLiteral("Recorded as invited"));
    EXPECT_EQ(history->topLevelItem(1)->text(1), QStringLiteral("Invited → Converted"));
    EXPECT_EQ(history->topLevelItem(2)->text(1), QStringLiteral("Converted → Approved"));
    EXPECT_FALSE(m_page.convertAction()->isEnabled());
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST_F(ReferralsPageTest, QuickEntryExplainsWhatIsMissingAndKeepsTheTyping)
{
    typeReferral(QStringLiteral("Nobody Here"), QStringLiteral("Cleo"), QString());
    EXPECT_EQ(m_page.model().rowCount(), 0);
    EXPECT_TRUE(m_page.quickEntry()->resultLabel()->text().contains(QStringLiteral("Nobody Here")));
    EXPECT_EQ(m_page.quickEntry()->friendNameEdit()->text(), QStringLiteral("Cleo")) << "nothing typed is lost";

    m_page.quickEntry()->referrerEdit()->clear();
    typeReferral(QStringLiteral("NOPE-123"), QString(), QString());
    EXPECT_TRUE(m_page.quickEntry()->resultLabel()->text().contains(QStringLiteral("NOPE-123")));
    EXPECT_EQ(m_page.model().rowCount(), 0);

    // A bad e-mail is named, and the cursor goes to it.
    m_page.quickEntry()->referrerEdit()->clear();
    m_page.quickEntry()->friendNameEdit()->clear();
    typeReferral(QStringLiteral("ANNA-7KQ"), QStringLiteral("Dan"), QStringLiteral("dan@"));
    EXPECT_EQ(m_page.model().rowCount(), 0);
    EXPECT_TRUE(m_page.quickEntry()->friendEmailEdit()->hasFocus());
}

TEST_F(ReferralsPageTest, TheReviewQueueLetsThroughAndRejectsInBulk)
{
    const auto self = record(m_campaign, m_anna, QStringLiteral("Anna B"), QStringLiteral("ANNA@example.com"));
    const auto throwaway = record(m_campaign, m_anna, QStringLiteral("X"), QStringLiteral("x@mailinator.com"));
    const auto throwaway2 = record(m_campaign, m_anna, QStringLiteral("Y"), QStringLiteral("y@yopmail.com"));
    record(m_campaign, m_anna, QStringLiteral("Fine"), QStringLiteral("fine@example.org"));
    m_page.reload();
    m_page.showStage(ui::ReferralsPage::kReviewQueue);
    auto* queueButton = m_page.findChild<QAbstractButton*>(QStringLiteral("stageReview"));
    ASSERT_TRUE(queueButton);
    EXPECT_EQ(queueButton->text(), QStringLiteral("Review queue (3)"));
    ASSERT_EQ(m_page.model().rowCount(), 3);
    // The cell names the kind of doubt; the tooltip gives the whole reason.
    const QModelIndex review
        = m_page.model().index(m_page.model().rowOf(throwaway.referral.id), itemmodels::ReferralListModel::Review);
    EXPECT_EQ(review.data().toString(), QStringLiteral("Needs review: Disposable e-mail address"));
    EXPECT_TRUE(review.data(Qt::ToolTipRole).toString().contains(QStringLiteral("mailinator.com")))
        << review.data(Qt::ToolTipRole).toString().toStdString();
    m_page.resize(1280, 800);
    m_page.table()->selectAll();
    test::saveScreenshot(m_page, QStringLiteral("referrals-review-queue"));

    // Reject the two throw-away addresses together.
    m_page.table()->clearSelection();
    for (const qint64 id : {throwaway.referral.id, throwaway2.referral.id}) {
        const int row = m_page.model().rowOf(id);
        m_page.table()->selectionModel()->select(
            m_page.model().index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_prompter.nextTexts << QStringLiteral("Throw-away address");
    ASSERT_TRUE(m_page.rejectAction()->isEnabled());
    m_page.rejectAction()->trigger();
    EXPECT_EQ(m_page.model().rowCount(), 1);
    EXPECT_EQ(store::ReferralStore(db(), clock()).get(throwaway.referral.id).value().status, ReferralStatus::Rejected);

    // Let the last one through.
    m_page.table()->selectAll();
    ASSERT_TRUE(m_page.letThroughAction()->isEnabled());
    m_page.letThroughAction()->trigger();
    EXPECT_EQ(m_page.model().rowCount(), 0);
    EXPECT_EQ(queueButton->text(), QStringLiteral("Review queue (0)"));
    EXPECT_EQ(
        store::ReferralStore(db(), clock()).get(self.referral.id).value().reviewState, domain::ReviewState::Reviewed);
    auto* empty = m_page.findChild<QLabel*>(QStringLiteral("referralsEmpty"));
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->text().contains(QStringLiteral("Nothing to review")));
}

TEST_F(ReferralsPageTest, ThePipelineFiltersByStageAndShowsWhyADuplicateEarnsNothing)
{
    const auto first = record(m_campaign, m_anna, QStringLiteral("Finn"), QStringLiteral("finn@example.org"));
    const qint64 bo = addAdvocate(QStringLiteral("Bo"), QStringLiteral("Lind"), QStringLiteral("bo@example.com"));
    const auto dup = record(m_campaign, bo, QStringLiteral("Finn"), QStringLiteral("finn@example.org"));
    ASSERT_TRUE(workflow().convert(first.referral.id, 4000).ok());
    m_page.reload();
    EXPECT_EQ(m_page.model().rowCount(), 2);
    m_page.showStage(static_cast<int>(ReferralStatus::Converted));
    ASSERT_EQ(m_page.model().rowCount(), 1);
    EXPECT_EQ(m_page.model().referralId(0), first.referral.id);
    m_page.showStage(ui::ReferralsPage::kAllStages);
    selectOnly(dup.referral.id);
    auto* details = m_page.findChild<QLabel*>(QStringLiteral("referralDetails"));
    ASSERT_TRUE(details);
    EXPECT_TRUE(details->text().contains(QStringLiteral("Duplicate"))) << details->text().toStdString();
    const int row = m_page.model().rowOf(dup.referral.id);
    EXPECT_EQ(m_page.model().index(row, itemmodels::ReferralListModel::Review).data().toString(),
        QStringLiteral("Duplicate"));
    m_page.showReferral(first.referral.id);
    test::saveScreenshot(m_page, QStringLiteral("referrals-pipeline"));
}

TEST_F(ReferralsPageTest, TheDaysOfADashboardBarNarrowTheListUntilShowAll)
{
    clock().set(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    record(m_campaign, m_anna, QStringLiteral("March"), QStringLiteral("march@example.org"));
    clock().set(QDateTime(QDate(2026, 4, 8), QTime(10, 0), Qt::UTC));
    const auto april = record(m_campaign, m_anna, QStringLiteral("April"), QStringLiteral("april@example.org"));
    m_page.reload();
    ASSERT_EQ(m_page.model().rowCount(), 2);

    // The week of 6 April, as the dashboard's bar gives it.
    m_page.showPeriod(
        QDateTime(QDate(2026, 4, 6), QTime(0, 0), Qt::UTC), QDateTime(QDate(2026, 4, 13), QTime(0, 0), Qt::UTC));
    ASSERT_EQ(m_page.model().rowCount(), 1);
    EXPECT_EQ(m_page.model().referralId(0), april.referral.id);
    auto* note = m_page.findChild<QWidget*>(QStringLiteral("referralPeriodNote"));
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(m_page.findChild<QLabel*>(QStringLiteral("referralPeriodText"))->text().contains(QLatin1String("Apr")));
    // A stage narrows further within the days.
    m_page.showStage(static_cast<int>(ReferralStatus::Converted));
    EXPECT_EQ(m_page.model().rowCount(), 0);

    QTest::mouseClick(m_page.findChild<QPushButton*>(QStringLiteral("referralPeriodClear")), Qt::LeftButton);
    EXPECT_FALSE(note->isVisible());
    EXPECT_EQ(m_page.model().rowCount(), 2) << "every day, every stage again";
}

// The stage buttons (with counts that grow with the business, and longer words in other
// languages) once made the window grow to 1,262 px on this page. They now go on two lines.
TEST_F(ReferralsPageTest, ANarrowWindowPutsTheStagesOnTwoLinesInsteadOfGrowing)
{
    auto* bar = m_page.findChild<ui::TwoPartBar*>(QStringLiteral("stageBar"));
    ASSERT_TRUE(bar);
    const QList<QAbstractButton*> stages
        = m_page.findChildren<QAbstractButton*>(QRegularExpression(QStringLiteral("^stage(All|Review|_.*)$")));
    ASSERT_EQ(stages.size(), 9);
    int allStages = 0;
    for (const QAbstractButton* b : stages)
        allStages += b->sizeHint().width();
    EXPECT_LT(m_page.minimumSizeHint().width(), allStages) << "the page no longer needs every stage on one line";

    const auto everyStageWhole = [&] {
        QApplication::processEvents();
        for (const QAbstractButton* b : stages) {
            EXPECT_TRUE(b->isVisible()) << b->objectName().toStdString();
            EXPECT_GE(b->width(), b->sizeHint().width()) << b->objectName().toStdString() << " is cut";
            const QRect onPage(b->mapTo(&m_page, QPoint(0, 0)), b->size());
            EXPECT_TRUE(m_page.rect().contains(onPage)) << b->objectName().toStdString() << " is outside";
        }
    };
    m_page.resize(1280, 800);
    everyStageWhole();
    EXPECT_TRUE(bar->isOneLine());
    test::saveScreenshot(m_page, QStringLiteral("referrals-wide"));
    auto* review = m_page.findChild<QAbstractButton*>(QStringLiteral("stageReview"));
    const QPoint reviewWide = review->mapTo(&m_page, QPoint(0, 0));

    m_page.resize(m_page.minimumSizeHint().width(), 800);
    everyStageWhole();
    EXPECT_FALSE(bar->isOneLine());
    EXPECT_GT(review->mapTo(&m_page, QPoint(0, 0)).y(), reviewWide.y()) << "the closed stages moved down a line";
    QApplication::processEvents();
    test::saveScreenshot(m_page, QStringLiteral("referrals-narrow"));
}

TEST_F(ReferralsPageTest, AnUnreadableAmountIsRefusedWithAnExample)
{
    const auto step = record(m_campaign, m_anna, QStringLiteral("Gus"), QStringLiteral("gus@example.org"));
    m_page.reload();
    selectOnly(step.referral.id);
    m_prompter.nextTexts << QStringLiteral("lots");
    m_page.convertAction()->trigger();
    ASSERT_EQ(m_prompter.warnings.size(), 1);
    EXPECT_TRUE(m_prompter.warnings.front().contains(QStringLiteral("\"lots\" is not an amount")));
    EXPECT_EQ(store::ReferralStore(db(), clock()).get(step.referral.id).value().status, ReferralStatus::Pending);
}

} // namespace
