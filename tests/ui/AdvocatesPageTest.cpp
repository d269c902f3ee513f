// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include "FakePrompter.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "mainwindow/MainWindow.h"
#include "pages/advocates/AdvocateWordOfMouthView.h"
#include "pages/advocates/AdvocatesPage.h"
#include "settings/Settings.h"
#include "store/AdvocateStore.h"
#include "store/CampaignStore.h"
#include "store/MentionStore.h"
#include "store/ReferralStore.h"
#include "store/RewardStore.h"

using namespace grapevine;
using grapevine::ui::AdvocatesPage;
using grapevine::ui::MainWindow;

namespace {

/// Every row of every table, and the search index's own consistency check: "the exact state".
QStringList dump(const QSqlDatabase& db)
{
    QStringList lines;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                               "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : names) {
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table));
        while (rows.next()) {
            QStringList values;
            for (int c = 0; c < rows.record().count(); ++c)
                values << (rows.value(c).isNull() ? QStringLiteral("NULL") : rows.value(c).toString());
            lines << table + QStringLiteral(": ") + values.join(QLatin1Char('|'));
        }
    }
    QSqlQuery check(db);
    lines << (check.exec(QStringLiteral("INSERT INTO advocates_fts (advocates_fts) VALUES ('integrity-check')"))
            ? QStringLiteral("fts: ok")
            : QStringLiteral("fts: ") + check.lastError().text());
    return lines;
}

class AdvocatesPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_window.openDatabase(m_dir.filePath(QStringLiteral("shop.sqlite"))));
        m_window.resize(1200, 800);
        m_window.show();
        m_window.showPage(MainWindow::Page::Advocates);
        m_page = m_window.advocatesPage();
        ASSERT_TRUE(m_page);
        settle();
    }

    QSqlDatabase db() const { return m_window.database()->connection(); }
    template <typename T>
    T* find(const char* name) const
    {
        T* child = m_page->findChild<T*>(QLatin1String(name));
        EXPECT_TRUE(child) << name;
        return child;
    }
    QAction* action(const char* name) const { return m_window.findChild<QAction*>(QLatin1String(name)); }
    void settle()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_page->model().isLoading(); }, 20000));
        QCoreApplication::processEvents();
    }
    void type(const char* field, const QString& text)
    {
        auto* edit = find<QLineEdit>(field);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    void selectRow(int row)
    {
        settle();
        auto* table = find<QTableView>("advocatesTable");
        m_page->model().idAt(row);
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_page->model().isRowLoaded(row); }, 20000));
        table->selectRow(row);
        QCoreApplication::processEvents();
    }
    qint64 addWithStores(const QString& first, const QString& email)
    {
        store::AdvocateStore store(db(), m_clock);
        domain::Advocate a;
        a.firstName = first;
        a.email = email;
        a.tags = {QStringLiteral("fair")};
        EXPECT_TRUE(store.create(a).ok());
        return a.id;
    }

    QTemporaryDir m_dir;
    Settings m_settings {m_dir.filePath(QStringLiteral("settings.ini"))};
    test::FakePrompter m_prompter;
    test::FakeFileChooser m_files;
    ManualClock m_clock {test::fixedNow()};
    MainWindow m_window {m_settings, m_prompter, m_files, m_clock};
    AdvocatesPage* m_page = nullptr;
};

TEST_F(AdvocatesPageTest, AddsEditsSearchesAndDeletesThroughTheWidgets)
{
    auto* stack = m_page->findChild<QStackedWidget*>();
    ASSERT_TRUE(stack);
    EXPECT_EQ(stack->currentWidget()->objectName(), QStringLiteral("advocatesEmptyState"))
        << "an empty file says what to do";

    // Add.
    action("addAdvocateAction")->trigger();
    type("firstNameEdit", QStringLiteral("Anna"));
    type("lastNameEdit", QStringLiteral("Berg"));
    type("emailEdit", QStringLiteral("Anna.Berg@Example.com"));
    type("tagsEdit", QStringLiteral("VIP, spring fair"));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    settle();
    ASSERT_EQ(m_page->model().rowCount(), 1);
    EXPECT_EQ(m_page->countText(), QStringLiteral("1 advocate"));
    EXPECT_NE(stack->currentWidget()->objectName(), QStringLiteral("advocatesEmptyState"));
    const qint64 annaId = m_page->model().idAt(0);
    const auto anna = store::AdvocateStore(db(), m_clock).get(annaId);
    ASSERT_TRUE(anna.ok());
    EXPECT_EQ(anna->email, QStringLiteral("Anna.Berg@Example.com"));
    EXPECT_EQ(anna->tags, (QStringList {QStringLiteral("spring fair"), QStringLiteral("VIP")}));
    EXPECT_TRUE(anna->referralCode.startsWith(QStringLiteral("ANNA-"))) << "a code is generated on creation";

    // Edit.
    selectRow(0);
    type("lastNameEdit", QStringLiteral("Berg-Lind"));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    settle();
    EXPECT_EQ(m_page->model().data(m_page->model().index(0, 0)).toString(), QStringLiteral("Anna Berg-Lind"));

    // A second person with the same email is refused beside the field, with a way to the first.
    action("addAdvocateAction")->trigger();
    type("firstNameEdit", QStringLiteral("Anne"));
    type("emailEdit", QStringLiteral(" anna.berg@example.COM "));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    auto* emailError = find<QLabel>("emailError");
    EXPECT_TRUE(emailError->isVisible());
    EXPECT_TRUE(emailError->text().contains(QStringLiteral("already has"))) << emailError->text().toStdString();
    EXPECT_TRUE(emailError->text().contains(QStringLiteral("advocate:%1").arg(annaId)));
    settle();
    EXPECT_EQ(m_page->model().rowCount(), 1);

    // A wrong value typed: a clear message beside the field, nothing stored.
    type("emailEdit", QStringLiteral("anne at example"));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    EXPECT_TRUE(emailError->text().contains(QStringLiteral("@"))) << emailError->text().toStdString();
    QTest::mouseClick(find<QPushButton>("revertButton"), Qt::LeftButton);

    // Search as you type.
    addWithStores(QStringLiteral("Ben"), QStringLiteral("ben@example.com"));
    m_page->model().refresh();
    auto* search = find<QLineEdit>("advocateSearch");
    action("findAdvocatesAction")->trigger();
    QTest::keyClicks(search, QStringLiteral("berg"));
    QTest::qWait(200);
    settle();
    ASSERT_EQ(m_page->model().rowCount(), 1);
    EXPECT_EQ(m_page->model().idAt(0), annaId);
    EXPECT_EQ(m_page->countText(), QStringLiteral("1 of 2 advocates"));
    search->clear();
    QTest::qWait(200);
    settle();
    EXPECT_EQ(m_page->model().rowCount(), 2);

    // Delete, after a confirmation, and undo.
    m_page->showAdvocate(annaId);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto* t = find<QTableView>("advocatesTable");
            return t->currentIndex().isValid() && m_page->model().idAt(t->currentIndex().row()) == annaId;
        },
        20000));
    m_prompter.nextAnswer = true;
    action("deleteAdvocatesAction")->trigger();
    ASSERT_EQ(m_prompter.confirmations.size(), 1);
    EXPECT_TRUE(m_prompter.confirmations.first().contains(QStringLiteral("Anna Berg-Lind")));
    settle();
    EXPECT_EQ(m_page->model().rowCount(), 1);
    action("undoAction")->trigger();
    settle();
    EXPECT_EQ(m_page->model().rowCount(), 2);
    EXPECT_TRUE(store::AdvocateStore(db(), m_clock).get(annaId).ok()) << "the same advocate, same id";
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST_F(AdvocatesPageTest, ExportsAndErasesAPerson)
{
    const qint64 id = addWithStores(QStringLiteral("Zebulon"), QStringLiteral("zebulon.quixote@example.org"));
    addWithStores(QStringLiteral("Other"), QStringLiteral("other@example.org"));
    m_page->model().refresh();
    m_page->showAdvocate(id);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto* t = find<QTableView>("advocatesTable");
            return t->currentIndex().isValid() && m_page->model().idAt(t->currentIndex().row()) == id;
        },
        20000));

    const QString exported = m_dir.filePath(QStringLiteral("zebulon.json"));
    m_files.nextFiles = {exported};
    action("exportPersonAction")->trigger();
    EXPECT_TRUE(test::fileBytes(exported).contains("zebulon.quixote@example.org"));

    m_window.undoStack()->push(new QUndoCommand(QStringLiteral("something earlier")));
    m_prompter.nextAnswer = true;
    action("erasePersonAction")->trigger();
    ASSERT_FALSE(m_prompter.confirmations.isEmpty());
    EXPECT_TRUE(m_prompter.confirmations.last().contains(QStringLiteral("cannot be undone")));
    EXPECT_TRUE(m_prompter.confirmations.last().contains(QStringLiteral("referrals where they were the friend")));
    EXPECT_TRUE(m_prompter.confirmations.last().contains(
        QStringLiteral("Only the daily backups made before now still hold the data: each is deleted 14 day")))
        << "where the data may remain, and for how long";
    settle();
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(QLatin1Char('\n')).toStdString();
    const auto erased = store::AdvocateStore(db(), m_clock).get(id);
    ASSERT_TRUE(erased.ok());
    EXPECT_EQ(erased->status, domain::AdvocateStatus::Erased);
    EXPECT_TRUE(erased->email.isEmpty());
    EXPECT_EQ(m_window.undoStack()->count(), 0) << "nothing could bring the data back";
    itemmodels::AdvocateFilter filter;
    filter.search = QStringLiteral("zebulon");
    m_page->model().setFilter(filter);
    settle();
    EXPECT_EQ(m_page->model().rowCount(), 0);
}

TEST_F(AdvocatesPageTest, DeclinedDeleteChangesNothing)
{
    addWithStores(QStringLiteral("Chidi"), QStringLiteral("chidi@example.com"));
    m_page->model().refresh();
    selectRow(0);
    const QStringList before = dump(db());
    m_prompter.nextAnswer = false;
    action("deleteAdvocatesAction")->trigger();
    EXPECT_EQ(dump(db()), before);
    EXPECT_EQ(m_window.undoStack()->count(), 0);
}

TEST_F(AdvocatesPageTest, UndoAndRedoRestoreTheExactState)
{
    // A small business with links in every direction.
    const qint64 ana = addWithStores(QStringLiteral("Ana"), QStringLiteral("ana@example.com"));
    const qint64 bo = addWithStores(QStringLiteral("Bo"), QStringLiteral("bo@example.com"));
    {
        store::AdvocateStore store(db(), m_clock);
        auto b = store.get(bo).value();
        b.referredById = ana;
        ASSERT_TRUE(store.update(b).ok());
        domain::Campaign c;
        c.name = QStringLiteral("Spring");
        ASSERT_TRUE(store::CampaignStore(db(), m_clock).create(c).ok());
        domain::Referral r;
        r.campaignId = c.id;
        r.referrerId = ana;
        r.friendId = bo;
        r.status = domain::ReferralStatus::Converted;
        r.orderValueMinor = 5000;
        ASSERT_TRUE(store::ReferralStore(db(), m_clock).create(r).ok());
        domain::Reward w;
        w.campaignId = c.id;
        w.referralId = r.id;
        w.advocateId = ana;
        w.kind = domain::RewardKind::StoreCredit;
        w.value = 1000;
        w.costMinor = 1000;
        w.status = domain::RewardStatus::Approved;
        ASSERT_TRUE(store::RewardStore(db(), m_clock).create(w).ok());
    }
    m_page->model().refresh();
    QUndoStack* undo = m_window.undoStack();

    const auto checkUndoRedo = [&](const char* what, const std::function<void()>& act) {
        m_clock.advanceSeconds(3600); // so a changed timestamp would show
        settle();
        const QStringList before = dump(db());
        const int depth = undo->count();
        act();
        settle();
        ASSERT_EQ(undo->count(), depth + 1) << what;
        const QStringList after = dump(db());
        EXPECT_NE(after, before) << what << " changed nothing";
        m_clock.advanceSeconds(3600);
        undo->undo();
        EXPECT_EQ(dump(db()), before) << what << ": undo";
        m_clock.advanceSeconds(3600);
        undo->redo();
        EXPECT_EQ(dump(db()), after) << what << ": redo";
        EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(QLatin1Char('\n')).toStdString();
    };

    checkUndoRedo("add", [&] {
        action("addAdvocateAction")->trigger();
        type("firstNameEdit", QStringLiteral("Cai"));
        QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    });
    checkUndoRedo("edit", [&] {
        m_page->showAdvocate(ana);
        settle();
        type("phoneEdit", QStringLiteral("+46 70 123"));
        type("tagsEdit", QStringLiteral("fair, gold"));
        QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    });
    checkUndoRedo("bulk tag", [&] {
        find<QTableView>("advocatesTable")->selectAll();
        m_prompter.nextTexts = {QStringLiteral("winter")};
        action("addTagAction")->trigger();
    });
    EXPECT_EQ(undo->text(undo->count() - 1), QStringLiteral("Tag 3 advocates “winter”"));
    checkUndoRedo("bulk untag", [&] {
        find<QTableView>("advocatesTable")->selectAll();
        m_prompter.nextTexts = {QStringLiteral("fair")};
        action("removeTagAction")->trigger();
    });
    checkUndoRedo("bulk kind", [&] {
        find<QTableView>("advocatesTable")->selectAll();
        m_page->findChild<QAction*>(QStringLiteral("kind_partner"))->trigger();
    });
    checkUndoRedo("delete with referrals and rewards", [&] {
        m_page->showAdvocate(ana);
        settle();
        m_prompter.nextAnswer = true;
        action("deleteAdvocatesAction")->trigger();
        EXPECT_TRUE(m_prompter.confirmations.last().contains(QStringLiteral("1 referrals and 1 rewards")))
            << m_prompter.confirmations.last().toStdString();
    });
}

} // namespace

namespace {

TEST(AdvocatesPageColumns, ChosenAndMovedColumnsAreRemembered)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    test::FakePrompter prompter;
    test::FakeFileChooser files;
    {
        MainWindow window(settings, prompter, files);
        auto* table = window.advocatesPage()->findChild<QTableView*>(QStringLiteral("advocatesTable"));
        ASSERT_TRUE(table);
        table->horizontalHeader()->setSectionHidden(static_cast<int>(itemmodels::AdvocateColumn::Tags), true);
        table->horizontalHeader()->moveSection(static_cast<int>(itemmodels::AdvocateColumn::Nps), 1);
    }
    MainWindow again(settings, prompter, files);
    auto* header = again.advocatesPage()->findChild<QTableView*>(QStringLiteral("advocatesTable"))->horizontalHeader();
    EXPECT_TRUE(header->isSectionHidden(static_cast<int>(itemmodels::AdvocateColumn::Tags)));
    EXPECT_EQ(header->visualIndex(static_cast<int>(itemmodels::AdvocateColumn::Nps)), 1);
}

} // namespace

namespace {

TEST_F(AdvocatesPageTest, TheWordOfMouthTabShowsTheirMentionsBesideTheirReferrals)
{
    const qint64 anna = addWithStores(QStringLiteral("Anna"), QStringLiteral("anna@example.com"));
    addWithStores(QStringLiteral("Bo"), QStringLiteral("bo@example.com"));
    for (const auto& [sentiment, text] : {std::pair {domain::Sentiment::Positive, "Best sourdough in town!"},
             std::pair {domain::Sentiment::Negative, "Queue was long.\nSecond line"}}) {
        domain::Mention m;
        m.occurredAt = m_clock.nowUtc().addSecs(sentiment == domain::Sentiment::Positive ? -7200 : -3600);
        m.channel = QStringLiteral("instagram");
        m.sentiment = sentiment;
        m.reach = 300;
        m.body = QString::fromUtf8(text);
        m.advocateId = anna;
        ASSERT_TRUE(store::MentionStore(db(), m_clock).create(m).ok());
    }
    m_page->model().refresh();
    m_page->showAdvocate(anna);
    auto* view = find<ui::AdvocateWordOfMouthView>("advocateWordOfMouth");
    ASSERT_TRUE(view);
    const QString summary = view->summaryText();
    EXPECT_TRUE(summary.contains(QStringLiteral("0 made"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("2 mentions"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("1 positive, 0 neutral, 1 negative")));
    EXPECT_TRUE(summary.contains(QStringLiteral("reach 600")));
    ASSERT_EQ(view->list()->topLevelItemCount(), 2);
    EXPECT_EQ(view->list()->topLevelItem(0)->text(1), QStringLiteral("Instagram"));
    EXPECT_EQ(view->list()->topLevelItem(0)->text(3), QStringLiteral("Queue was long.")) << "newest first, first line";
    EXPECT_EQ(view->list()->topLevelItem(1)->text(3), QStringLiteral("Best sourdough in town!"));

    QSignalSpy requested(m_page, &AdvocatesPage::mentionRequested);
    emit view->list()->itemActivated(view->list()->topLevelItem(0), 0);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_GT(requested.at(0).at(0).toLongLong(), 0);

    m_page->addAction()->trigger(); // a new advocate has said nothing yet
    EXPECT_EQ(view->list()->topLevelItemCount(), 0);
}

} // namespace
