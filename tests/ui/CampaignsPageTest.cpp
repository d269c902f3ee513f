// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include "FakePrompter.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "domain/CampaignTemplates.h"
#include "pages/campaigns/CampaignCostsView.h"
#include "pages/campaigns/CampaignEditor.h"
#include "pages/campaigns/CampaignsPage.h"
#include "store/AdvocateStore.h"
#include "store/CampaignCostStore.h"
#include "store/CampaignStore.h"

using namespace grapevine;
using domain::Campaign;
using domain::CampaignStatus;
using domain::CampaignTemplate;
using domain::CampaignTemplates;
using grapevine::ui::CampaignsPage;

namespace {

class CampaignsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_page.setDatabase(&m_db.database());
        m_page.resize(1280, 800);
        m_page.show();
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
    void type(const char* field, const QString& text)
    {
        auto* edit = find<QLineEdit>(field);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    void save() { QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton); }
    QString currentStackPage() const { return find<QStackedWidget>("campaignsStack")->currentWidget()->objectName(); }
    int currentTab() const { return find<QTabWidget>("editorTabs")->currentIndex(); }
    bool errorShown(const char* label) const
    {
        auto* error = find<QLabel>(label);
        return error && error->isVisible();
    }

    std::vector<Campaign> stored()
    {
        auto all = store::CampaignStore(m_db.connection(), m_db.clock()).list();
        EXPECT_TRUE(all.ok());
        return all ? all.value() : std::vector<Campaign>();
    }
    Campaign storedCampaign(qint64 id)
    {
        auto c = store::CampaignStore(m_db.connection(), m_db.clock()).get(id);
        EXPECT_TRUE(c.ok()) << id;
        return c ? c.value() : Campaign();
    }
    qint64 create(Campaign c)
    {
        const Status created = store::CampaignStore(m_db.connection(), m_db.clock()).create(c);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        return c.id;
    }
    qint64 addReferral(qint64 campaignId, const char* status, qint64 orderValue)
    {
        if (m_advocate == 0) {
            domain::Advocate a;
            a.firstName = QStringLiteral("Ana");
            a.email = QStringLiteral("ana@example.com");
            EXPECT_TRUE(store::AdvocateStore(m_db.connection(), m_db.clock()).create(a).ok());
            m_advocate = a.id;
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO referrals (campaign_id, referrer_id, status, order_value_minor, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, 1773480000, 1773480000)"));
        q.addBindValue(campaignId);
        q.addBindValue(m_advocate);
        q.addBindValue(QLatin1String(status));
        q.addBindValue(orderValue);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
        return q.lastInsertId().toLongLong();
    }
    void addReward(qint64 campaignId, const char* status, qint64 costMinor)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO rewards (campaign_id, advocate_id, side, kind, value, cost_minor, "
                                 "status, created_at, updated_at) VALUES (?, ?, 'advocate', 'store_credit', ?, ?, ?, "
                                 "1773480000, 1773480000)"));
        q.addBindValue(campaignId);
        q.addBindValue(m_advocate);
        q.addBindValue(costMinor);
        q.addBindValue(costMinor);
        q.addBindValue(QLatin1String(status));
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }
    QString warnings() const { return m_prompter.warnings.join(QLatin1Char('\n')); }

    test::TestDatabase m_db;
    test::FakePrompter m_prompter;
    QUndoStack m_undo;
    CampaignsPage m_page {m_prompter, m_undo, m_db.clock()};
    qint64 m_advocate = 0;
};

TEST_F(CampaignsPageTest, CreatesFromATemplateEditsAndUndoes)
{
    EXPECT_EQ(currentStackPage(), QStringLiteral("campaignsEmptyState")) << "an empty file says what to do";
    QSignalSpy changed(&m_page, &CampaignsPage::campaignsChanged);

    action("newCampaignReferAFriendAction")->trigger();
    EXPECT_EQ(currentStackPage(), QStringLiteral("campaignsContent")) << "the designer opens on the draft";
    EXPECT_EQ(find<QLineEdit>("nameEdit")->text(), QStringLiteral("Refer a friend"));
    EXPECT_TRUE(stored().empty()) << "nothing is stored before Save";
    save();
    ASSERT_EQ(stored().size(), 1u) << warnings().toStdString();
    const Campaign created = stored().front();
    EXPECT_EQ(created.advocateReward.kind, domain::RewardKind::StoreCredit);
    EXPECT_EQ(created.advocateReward.value, 1000);
    EXPECT_EQ(created.friendReward.kind, domain::RewardKind::FixedDiscount);
    EXPECT_FALSE(created.disclosureText.isEmpty());
    EXPECT_EQ(m_page.model().rowCount(), 1);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m_undo.count(), 1);
    EXPECT_EQ(m_undo.text(0), QStringLiteral("Create “Refer a friend”"));

    // Edit a field on another tab and save.
    type("nameEdit", QStringLiteral("Spring referrals"));
    type("minOrderEdit", QStringLiteral("40"));
    save();
    EXPECT_EQ(storedCampaign(created.id).name, QStringLiteral("Spring referrals"));
    EXPECT_EQ(storedCampaign(created.id).minOrderMinor, 4000);
    EXPECT_EQ(m_page.model().data(m_page.model().index(0, 0)).toString(), QStringLiteral("Spring referrals"));
    ASSERT_EQ(m_undo.count(), 2);

    m_db.clock().advanceSeconds(60);
    m_undo.undo();
    EXPECT_EQ(storedCampaign(created.id).name, QStringLiteral("Refer a friend"));
    EXPECT_EQ(storedCampaign(created.id).minOrderMinor, created.minOrderMinor);
    EXPECT_EQ(storedCampaign(created.id).updatedAt, created.updatedAt) << "undo restores the stored row exactly";
    EXPECT_EQ(find<QLineEdit>("nameEdit")->text(), QStringLiteral("Refer a friend")) << "the designer follows";

    m_undo.undo();
    EXPECT_TRUE(stored().empty());
    EXPECT_EQ(currentStackPage(), QStringLiteral("campaignsEmptyState"));
    m_undo.redo();
    ASSERT_EQ(stored().size(), 1u);
    EXPECT_EQ(stored().front().id, created.id) << "redo brings back the same campaign";
    m_undo.redo();
    EXPECT_EQ(storedCampaign(created.id).name, QStringLiteral("Spring referrals"));
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << warnings().toStdString();
}

// Another window (or grapevine-cli) on the same file saves the open campaign first: this
// window's Save is refused with a message, keeps what was typed, and Revert shows theirs.
TEST_F(CampaignsPageTest, ASaveElsewhereIsNeitherOverwrittenNorLost)
{
    action("newCampaignReferAFriendAction")->trigger();
    save();
    ASSERT_EQ(stored().size(), 1u) << warnings().toStdString();
    const qint64 id = stored().front().id;

    db::OpenFailure failure;
    auto other = db::Database::open(m_db.path(), {}, &failure, m_db.clock());
    ASSERT_TRUE(other) << failure.message.toStdString();
    store::CampaignStore theirs(other->connection(), m_db.clock());
    const auto theirEdit = [&](qint64 budgetMinor) {
        m_db.clock().advanceSeconds(60);
        Campaign c = theirs.get(id).value();
        c.budgetMinor = budgetMinor;
        ASSERT_TRUE(theirs.update(c).ok());
    };
    theirEdit(50000);

    type("nameEdit", QStringLiteral("Spring referrals"));
    save();
    EXPECT_TRUE(errorShown("generalError"));
    EXPECT_TRUE(find<QLabel>("generalError")->text().contains(QStringLiteral("changed elsewhere")))
        << find<QLabel>("generalError")->text().toStdString();
    EXPECT_EQ(find<QLineEdit>("nameEdit")->text(), QStringLiteral("Spring referrals")) << "the typing is kept";
    QCoreApplication::processEvents();
    test::saveScreenshot(m_page, QStringLiteral("campaign-saved-elsewhere"));
    EXPECT_EQ(storedCampaign(id).name, QStringLiteral("Refer a friend"));
    EXPECT_EQ(storedCampaign(id).budgetMinor, 50000) << "their budget is not overwritten";
    EXPECT_EQ(m_undo.count(), 1) << "a refused save is no step to undo";

    QTest::mouseClick(find<QPushButton>("revertButton"), Qt::LeftButton);
    EXPECT_EQ(find<QLineEdit>("nameEdit")->text(), QStringLiteral("Refer a friend"));
    EXPECT_TRUE(find<QLineEdit>("budgetEdit")->text().startsWith(QStringLiteral("500"))) << "theirs is shown";
    type("nameEdit", QStringLiteral("Spring referrals"));
    save();
    EXPECT_FALSE(errorShown("generalError"));
    EXPECT_EQ(storedCampaign(id).name, QStringLiteral("Spring referrals"));
    EXPECT_EQ(storedCampaign(id).budgetMinor, 50000) << "both saves are kept";

    // Undoing the rename now would put their next budget back too: refused, with a message.
    theirEdit(70000);
    ASSERT_EQ(m_undo.count(), 2);
    m_undo.undo();
    EXPECT_TRUE(warnings().contains(QStringLiteral("changed elsewhere"))) << warnings().toStdString();
    EXPECT_EQ(storedCampaign(id).name, QStringLiteral("Spring referrals"));
    EXPECT_EQ(storedCampaign(id).budgetMinor, 70000);
}

TEST_F(CampaignsPageTest, RefusesBadInputOnTheFieldAndKeepsTheTyping)
{
    action("newCampaignBlankAction")->trigger();
    type("nameEdit", QStringLiteral("Summer"));

    // A percentage over 100: the domain's rule, shown on the Rewards tab beside the value.
    auto* kind = find<QComboBox>("advocateKindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(domain::RewardKind::PercentDiscount)));
    type("advocateValueEdit", QStringLiteral("150"));
    save();
    EXPECT_TRUE(stored().empty());
    EXPECT_EQ(currentTab(), ui::CampaignEditor::RewardsTab);
    ASSERT_TRUE(errorShown("advocate_rewardError"));
    EXPECT_TRUE(find<QLabel>("advocate_rewardError")->text().contains(QStringLiteral("100%")));
    EXPECT_EQ(find<QLineEdit>("advocateValueEdit")->text(), QStringLiteral("150")) << "the typing stays";
    EXPECT_EQ(find<QLineEdit>("nameEdit")->text(), QStringLiteral("Summer"));
    QCoreApplication::processEvents(); // the layout makes room for the message
    test::saveScreenshot(m_page, QStringLiteral("campaigns-error"));

    // A value the form cannot read at all.
    type("advocateValueEdit", QStringLiteral("12.5"));
    type("minOrderEdit", QStringLiteral("forty"));
    save();
    EXPECT_TRUE(stored().empty());
    EXPECT_EQ(currentTab(), ui::CampaignEditor::RulesTab);
    EXPECT_TRUE(errorShown("min_orderError"));
    EXPECT_FALSE(errorShown("advocate_rewardError")) << "only the field that is wrong now";
    EXPECT_EQ(find<QLineEdit>("minOrderEdit")->text(), QStringLiteral("forty"));

    // An end before the start.
    type("minOrderEdit", QString());
    find<QCheckBox>("hasStartCheck")->setChecked(true);
    find<QDateEdit>("startsOnEdit")->setDate(QDate(2026, 6, 1));
    find<QCheckBox>("hasEndCheck")->setChecked(true);
    find<QDateEdit>("endsOnEdit")->setDate(QDate(2026, 5, 1));
    save();
    EXPECT_TRUE(stored().empty());
    EXPECT_EQ(currentTab(), ui::CampaignEditor::BasicsTab);
    EXPECT_TRUE(errorShown("ends_onError"));

    find<QDateEdit>("endsOnEdit")->setDate(QDate(2026, 8, 31));
    save();
    ASSERT_EQ(stored().size(), 1u);
    EXPECT_EQ(stored().front().advocateReward.value, 1250) << "12.5 % is 1250 basis points";
    EXPECT_EQ(stored().front().endsOn, QDate(2026, 8, 31));
    EXPECT_FALSE(errorShown("ends_onError"));
}

TEST_F(CampaignsPageTest, ActivationNeedsADisclosureAndOffersOne)
{
    Campaign draft = CampaignTemplates::make(CampaignTemplate::StaffAdvocacy, QStringLiteral("USD"));
    draft.disclosureText.clear();
    const qint64 id = create(draft);
    m_page.reload();
    m_page.showCampaign(id);
    ASSERT_TRUE(action("activateCampaignAction")->isEnabled());

    // Declined: nothing changes, and the disclosure field says why.
    m_prompter.nextAnswer = false;
    action("activateCampaignAction")->trigger();
    ASSERT_EQ(m_prompter.confirmations.size(), 1);
    EXPECT_TRUE(m_prompter.confirmations.first().contains(QStringLiteral("Suggested disclosure")));
    EXPECT_EQ(storedCampaign(id).status, CampaignStatus::Draft);
    EXPECT_TRUE(errorShown("disclosure_textError"));
    EXPECT_EQ(currentTab(), ui::CampaignEditor::LinkTab);
    EXPECT_EQ(m_undo.count(), 0);

    // Accepted: the suggestion is put in the field to read and edit; still not active.
    m_prompter.nextAnswer = true;
    action("activateCampaignAction")->trigger();
    const QString suggested = CampaignTemplates::defaultDisclosure(draft, QStringLiteral("USD"));
    EXPECT_EQ(find<QPlainTextEdit>("disclosureEdit")->toPlainText(), suggested);
    EXPECT_EQ(storedCampaign(id).status, CampaignStatus::Draft);

    action("activateCampaignAction")->trigger();
    EXPECT_EQ(m_prompter.confirmations.size(), 2) << "no question once there is a disclosure";
    const Campaign active = storedCampaign(id);
    EXPECT_EQ(active.status, CampaignStatus::Active);
    EXPECT_EQ(active.disclosureText, suggested);
    EXPECT_EQ(m_undo.text(m_undo.count() - 1), QStringLiteral("Activate “Staff advocacy”"));
    EXPECT_FALSE(action("activateCampaignAction")->isEnabled());
    EXPECT_TRUE(action("pauseCampaignAction")->isEnabled());

    action("pauseCampaignAction")->trigger();
    EXPECT_EQ(storedCampaign(id).status, CampaignStatus::Paused);
    m_undo.undo();
    m_undo.undo();
    EXPECT_EQ(storedCampaign(id).status, CampaignStatus::Draft);
    EXPECT_TRUE(storedCampaign(id).disclosureText.isEmpty());
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << warnings().toStdString();
}

TEST_F(CampaignsPageTest, CostsAreRecordedRemovedAndUndone)
{
    Campaign c;
    c.name = QStringLiteral("Flyer drive");
    const qint64 id = create(c);
    m_page.reload();
    m_page.showCampaign(id);
    auto* costs = find<ui::CampaignCostsView>("campaignCosts");
    ASSERT_TRUE(costs);
    find<QTabWidget>("editorTabs")->setCurrentWidget(costs);
    QCoreApplication::processEvents();
    QSignalSpy changed(&m_page, &CampaignsPage::campaignsChanged);

    // A wrong amount is refused on its field; what was typed stays.
    find<QDateEdit>("costDate")->setDate(QDate(2026, 3, 2));
    type("costDescription", QStringLiteral("Flyers"));
    type("costAmount", QStringLiteral("twelve"));
    QTest::mouseClick(find<QPushButton>("addCostButton"), Qt::LeftButton);
    EXPECT_TRUE(errorShown("costError"));
    EXPECT_EQ(find<QLineEdit>("costDescription")->text(), QStringLiteral("Flyers"));
    EXPECT_TRUE(costs->costs().empty());

    type("costAmount", QStringLiteral("120.50"));
    QTest::keyClick(find<QLineEdit>("costAmount"), Qt::Key_Return);
    EXPECT_FALSE(errorShown("costError"));
    ASSERT_EQ(costs->costs().size(), 1u);
    EXPECT_EQ(costs->costs().front().amountMinor, 12050);
    EXPECT_EQ(costs->costs().front().incurredOn, QDate(2026, 3, 2));
    EXPECT_EQ(changed.count(), 1) << "the dashboard and reports learn of it";
    EXPECT_TRUE(find<QLabel>("costTotal")->text().contains(QLatin1String("120.50")));
    const qint64 costId = costs->costs().front().id;
    test::saveScreenshot(m_page, QStringLiteral("campaign-costs"));

    // Removed with Delete, put back by Undo under the same id, removed again by Redo.
    costs->table()->selectRow(0);
    costs->removeSelected();
    EXPECT_TRUE(costs->costs().empty());
    m_undo.undo();
    ASSERT_EQ(costs->costs().size(), 1u);
    EXPECT_EQ(costs->costs().front().id, costId);
    m_undo.redo();
    EXPECT_TRUE(costs->costs().empty());
    m_undo.undo();
    m_undo.undo(); // the cost's adding
    EXPECT_TRUE(costs->costs().empty());
    m_undo.redo();
    ASSERT_EQ(costs->costs().size(), 1u);
    EXPECT_EQ(costs->costs().front().description, QStringLiteral("Flyers"));
}

TEST_F(CampaignsPageTest, DeletesOnlyWhatNothingDependsOn)
{
    const qint64 used = create(CampaignTemplates::make(CampaignTemplate::ReferAFriend, QStringLiteral("USD")));
    const qint64 unused = create(CampaignTemplates::make(CampaignTemplate::MilestoneLadder, QStringLiteral("USD")));
    addReferral(used, "converted", 5000);
    m_page.reload();

    // Refused, with the way out: ending it instead.
    m_page.showCampaign(used);
    m_prompter.nextAnswer = true;
    action("deleteCampaignAction")->trigger();
    ASSERT_EQ(m_prompter.confirmations.size(), 2) << "delete? then: end it instead?";
    EXPECT_TRUE(m_prompter.confirmations.last().contains(QStringLiteral("end it instead")))
        << m_prompter.confirmations.last().toStdString();
    EXPECT_EQ(stored().size(), 2u);
    EXPECT_EQ(storedCampaign(used).status, CampaignStatus::Ended) << "accepted: the campaign is ended instead";

    // A campaign without referrals goes, and undo brings it back whole.
    m_page.showCampaign(unused);
    const Campaign before = storedCampaign(unused);
    action("deleteCampaignAction")->trigger();
    EXPECT_EQ(stored().size(), 1u);
    m_undo.undo();
    ASSERT_EQ(stored().size(), 2u);
    const Campaign restored = storedCampaign(unused);
    EXPECT_EQ(restored.milestones, before.milestones);
    EXPECT_EQ(restored.milestones.front().id, before.milestones.front().id);
    EXPECT_EQ(restored.updatedAt, before.updatedAt);
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << warnings().toStdString();
}

TEST_F(CampaignsPageTest, LeavingACampaignSavesItsChanges)
{
    const qint64 a = create(CampaignTemplates::make(CampaignTemplate::ReferAFriend, QStringLiteral("USD")));
    const qint64 b = create(CampaignTemplates::make(CampaignTemplate::StaffAdvocacy, QStringLiteral("USD")));
    m_page.reload();
    m_page.showCampaign(a);
    type("utmCampaignEdit", QStringLiteral("spring-2026"));
    m_page.showCampaign(b);
    EXPECT_EQ(storedCampaign(a).utmCampaign, QStringLiteral("spring-2026"));
    EXPECT_EQ(find<QLineEdit>("nameEdit")->text(), QStringLiteral("Staff advocacy"));
}

TEST_F(CampaignsPageTest, AsksForInvitationsOfTheOpenCampaign)
{
    const qint64 id = create(CampaignTemplates::make(CampaignTemplate::ReferAFriend, QStringLiteral("USD")));
    m_page.reload();
    EXPECT_FALSE(action("campaignInvitationsAction")->isEnabled()) << "nothing open yet";
    QSignalSpy asked(&m_page, &CampaignsPage::invitationsRequested);
    m_page.showCampaign(id);
    action("campaignInvitationsAction")->trigger();
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked.first().first().toLongLong(), id);
}

TEST_F(CampaignsPageTest, LooksRightWithThreeCampaigns)
{
    const qint64 spring = create(CampaignTemplates::make(CampaignTemplate::ReferAFriend, QStringLiteral("USD")));
    Campaign staff = CampaignTemplates::make(CampaignTemplate::StaffAdvocacy, QStringLiteral("USD"));
    staff.status = CampaignStatus::Active;
    staff.startsOn = QDate(2026, 1, 15);
    const qint64 staffId = create(staff);
    create(CampaignTemplates::make(CampaignTemplate::MilestoneLadder, QStringLiteral("USD")));
    addReferral(spring, "converted", 12000);
    addReferral(spring, "approved", 8000);
    addReferral(spring, "pending", 0);
    addReward(spring, "issued", 1000);
    addReferral(staffId, "signed_up", 0);
    domain::CampaignCost flyers;
    flyers.campaignId = spring;
    flyers.incurredOn = QDate(2026, 3, 1);
    flyers.amountMinor = 2500;
    ASSERT_TRUE(store::CampaignCostStore(m_db.connection(), m_db.clock()).create(flyers).ok());
    m_page.reload();
    m_page.showCampaign(spring);
    QCoreApplication::processEvents();

    auto* table = find<QTableView>("campaignsTable");
    EXPECT_EQ(table->model()->rowCount(), 3);
    // Every column's title fits its width: nothing is cut off at a glance.
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
        EXPECT_LE(table->fontMetrics().horizontalAdvance(title) + 16, table->columnWidth(c)) << title.toStdString();
    }
    test::saveScreenshot(m_page, QStringLiteral("campaigns-page"));
    const char* tabs[] = {"campaigns-rewards", "campaigns-rules", "campaigns-link", "campaigns-milestones"};
    for (int tab = 1; tab <= 4; ++tab) {
        if (tab == 4)
            m_page.showCampaign(stored().front().id);
        find<QTabWidget>("editorTabs")->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        test::saveScreenshot(m_page, QLatin1String(tabs[tab - 1]));
    }
}

TEST(CampaignsPageEmpty, OffersTheTemplates)
{
    test::TestDatabase db;
    test::FakePrompter prompter;
    QUndoStack undo;
    CampaignsPage page(prompter, undo, db.clock());
    page.setDatabase(&db.database());
    page.resize(1280, 800);
    auto* empty = page.findChild<QWidget*>(QStringLiteral("campaignsEmptyState"));
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->findChild<QLabel*>(QStringLiteral("emptyStateTitle"))
                    ->text()
                    .contains(QStringLiteral("start from a template")));
    auto* button = page.findChild<QPushButton*>(QStringLiteral("emptyStateMilestoneLadderButton"));
    ASSERT_TRUE(button);
    test::saveScreenshot(page, QStringLiteral("campaigns-empty"));
    button->click();
    auto* milestones = page.findChild<QTableWidget*>(QStringLiteral("milestonesTable"));
    ASSERT_TRUE(milestones);
    EXPECT_EQ(milestones->rowCount(), 3);
}

} // namespace
