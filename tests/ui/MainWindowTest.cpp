// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAction>
#include <QCommandLinkButton>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include "FakePrompter.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "dialogs/AboutDialog.h"
#include "import/ImportWizard.h"
#include "mainwindow/MainWindow.h"
#include "pages/EmptyStatePage.h"
#include "pages/WelcomePage.h"
#include "pages/dashboard/DashboardPage.h"
#include "settings/Settings.h"

using namespace grapevine;
using grapevine::ui::MainWindow;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    QString dbPath(const QString& name = QStringLiteral("business.sqlite")) const { return m_dir.filePath(name); }
    QAction* action(const char* name) const { return m_window->findChild<QAction*>(QLatin1String(name)); }
    QWidget* rootPage() const
    {
        return m_window->findChild<QStackedWidget*>(QStringLiteral("rootStack"))->currentWidget();
    }

    QTemporaryDir m_dir;
    Settings m_settings {m_dir.filePath(QStringLiteral("settings.ini"))};
    test::FakePrompter m_prompter;
    test::FakeFileChooser m_files;
    std::unique_ptr<MainWindow> m_window = std::make_unique<MainWindow>(m_settings, m_prompter, m_files);
};

TEST_F(MainWindowTest, SwitchesThroughAllPages)
{
    ASSERT_TRUE(m_window->openDatabase(dbPath()));
    m_window->show();
    EXPECT_NE(rootPage()->objectName(), QStringLiteral("noDatabasePage"));

    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    ASSERT_TRUE(navigation && pages);
    ASSERT_EQ(navigation->count(), MainWindow::kPageCount);
    const QStringList expected = {QStringLiteral("Dashboard"), QStringLiteral("Advocates"), QStringLiteral("Campaigns"),
        QStringLiteral("Referrals"), QStringLiteral("Rewards"), QStringLiteral("Mentions"), QStringLiteral("Reports")};
    const QStringList pageNames = {QStringLiteral("dashboardPage"), QStringLiteral("advocatesPage"),
        QStringLiteral("campaignsPage"), QStringLiteral("referralsPage"), QStringLiteral("rewardsPage"),
        QStringLiteral("mentionsPage"), QStringLiteral("reportsPage")};
    for (int i = 0; i < MainWindow::kPageCount; ++i) {
        EXPECT_EQ(navigation->item(i)->text(), expected.at(i));
        navigation->setCurrentRow(i); // as a click does
        EXPECT_EQ(pages->currentWidget()->objectName(), pageNames.at(i));
        EXPECT_EQ(static_cast<int>(m_window->currentPage()), i);
        // Since the reports issue every page is built; no page stands in for one still to come.
        EXPECT_EQ(qobject_cast<ui::EmptyStatePage*>(pages->currentWidget()), nullptr) << i;
        EXPECT_FALSE(navigation->item(i)->toolTip().isEmpty());
    }
    m_window->showPage(MainWindow::Page::Campaigns);
    EXPECT_EQ(navigation->currentRow(), 2);
    m_window->resize(1000, 640);
    test::saveScreenshot(*m_window, QStringLiteral("main-window-campaigns"));
}

TEST_F(MainWindowTest, TellsWhyAFileCannotBeOpened)
{
    const QString bad = dbPath(QStringLiteral("notes.sqlite"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is a shopping list, not a database\n");
    f.close();

    EXPECT_FALSE(m_window->openDatabase(bad));
    ASSERT_EQ(m_prompter.warnings.size(), 1);
    EXPECT_TRUE(m_prompter.warnings.first().contains(QStringLiteral("not an SQLite file")));
    EXPECT_EQ(rootPage()->objectName(), QStringLiteral("noDatabasePage"));
    EXPECT_EQ(m_window->database(), nullptr);

    // With a database open, a refused file keeps the current one.
    ASSERT_TRUE(m_window->openDatabase(dbPath()));
    EXPECT_FALSE(m_window->openDatabase(bad));
    ASSERT_NE(m_window->database(), nullptr);
    EXPECT_EQ(QFileInfo(m_window->database()->path()).fileName(), QStringLiteral("business.sqlite"));
    EXPECT_NE(rootPage()->objectName(), QStringLiteral("noDatabasePage"));
}

TEST_F(MainWindowTest, ShowsABannerForAReadOnlyFile)
{
    {
        ASSERT_TRUE(db::Database::open(dbPath(), {}, nullptr));
    }
    QFile::setPermissions(dbPath(), QFileDevice::ReadOwner);
    ASSERT_TRUE(m_window->openDatabase(dbPath()));
    m_window->show();
    auto* banner = m_window->findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Read-only")));

    QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ASSERT_TRUE(m_window->openDatabase(dbPath(QStringLiteral("other.sqlite"))));
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(MainWindowTest, FileNewCreatesButNeverReplaces)
{
    QSignalSpy changed(m_window.get(), &MainWindow::databaseChanged);
    m_files.nextFiles = {dbPath(QStringLiteral("new-business"))};
    action("newDatabaseAction")->trigger();
    ASSERT_NE(m_window->database(), nullptr);
    EXPECT_EQ(m_window->database()->path(), dbPath(QStringLiteral("new-business.sqlite"))) << "extension added";
    EXPECT_TRUE(m_window->database()->wasCreated());
    EXPECT_EQ(changed.count(), 1);

    m_files.nextFiles = {dbPath(QStringLiteral("new-business.sqlite"))};
    action("newDatabaseAction")->trigger();
    ASSERT_EQ(m_prompter.warnings.size(), 1);
    EXPECT_TRUE(m_prompter.warnings.first().contains(QStringLiteral("already exists")));
    EXPECT_EQ(changed.count(), 1);

    m_files.nextFiles = {}; // cancelled
    action("newDatabaseAction")->trigger();
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(MainWindowTest, FileOpenAndSaveACopy)
{
    {
        ASSERT_TRUE(db::Database::open(dbPath(QStringLiteral("a.sqlite")), {}, nullptr));
    }
    EXPECT_FALSE(action("saveCopyAction")->isEnabled()) << "nothing to copy yet";
    m_files.nextFiles = {dbPath(QStringLiteral("a.sqlite"))};
    action("openDatabaseAction")->trigger();
    ASSERT_NE(m_window->database(), nullptr);
    EXPECT_TRUE(action("saveCopyAction")->isEnabled());

    m_files.nextFiles = {dbPath(QStringLiteral("copy.sqlite"))};
    action("saveCopyAction")->trigger();
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(QFileInfo::exists(dbPath(QStringLiteral("copy.sqlite"))));
    EXPECT_TRUE(db::Database::open(dbPath(QStringLiteral("copy.sqlite")), {}, nullptr));
}

TEST_F(MainWindowTest, RemembersWindowAndDatabase)
{
    ASSERT_TRUE(m_window->openDatabase(dbPath()));
    m_window->resize(900, 640);
    m_window->show();
    m_window->showPage(MainWindow::Page::Mentions);
    m_window->close();
    EXPECT_EQ(m_settings.value<QString>(Settings::Key::LastDatabase), dbPath());
    EXPECT_EQ(m_settings.recentDatabases().value(0), dbPath());
    EXPECT_FALSE(m_settings.value<QByteArray>(Settings::Key::MainWindowGeometry).isEmpty());

    MainWindow again(m_settings, m_prompter, m_files);
    EXPECT_EQ(again.size(), QSize(900, 640));
    EXPECT_EQ(again.currentPage(), MainWindow::Page::Mentions);
}

TEST_F(MainWindowTest, RecentMenuDropsFilesThatAreGone)
{
    ASSERT_TRUE(m_window->openDatabase(dbPath(QStringLiteral("gone.sqlite"))));
    ASSERT_TRUE(m_window->openDatabase(dbPath()));
    QFile::remove(dbPath(QStringLiteral("gone.sqlite")));
    auto* recent = m_window->findChild<QMenu*>(QStringLiteral("recentMenu"));
    ASSERT_TRUE(recent);
    QAction* goneAction = nullptr;
    for (QAction* a : recent->actions()) {
        if (a->data().toString() == dbPath(QStringLiteral("gone.sqlite")))
            goneAction = a;
    }
    ASSERT_TRUE(goneAction);
    goneAction->trigger();
    ASSERT_EQ(m_prompter.warnings.size(), 1);
    EXPECT_TRUE(m_prompter.warnings.first().contains(QStringLiteral("no longer exists")));
    EXPECT_FALSE(m_settings.recentDatabases().contains(dbPath(QStringLiteral("gone.sqlite"))));
    EXPECT_EQ(m_window->database()->path(), dbPath()) << "the open database stays open";
}

TEST_F(MainWindowTest, AboutNamesVersionAndDatabase)
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    ASSERT_TRUE(m_window->openDatabase(dbPath()));
    ui::AboutDialog about(m_window->database(), m_window.get());
    EXPECT_TRUE(about.detailsText().contains(QStringLiteral("9.8.7")));
    EXPECT_TRUE(about.detailsText().contains(dbPath()));
    EXPECT_TRUE(about.detailsText().contains(QStringLiteral("SQLite 3.")));
    about.adjustSize();
    test::saveScreenshot(about, QStringLiteral("about"));
    auto* text = about.findChild<QLabel*>(QStringLiteral("aboutText"));
    ASSERT_TRUE(text);
    EXPECT_TRUE(text->text().contains(QStringLiteral("GNU General Public License")));
}

// One test for every way out of the welcome page: they share the per-user data folder (the
// sample business and the default file live there), so they must not run side by side.
TEST_F(MainWindowTest, WelcomeLeadsToEachWayOfStarting)
{
    const QString sample = MainWindow::sampleBusinessPath();
    const QString ownFile = db::Database::defaultPath();
    for (const QString& path : {sample, ownFile}) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    m_window->resize(1100, 720);
    m_window->show();
    m_window->showWelcome();
    auto* welcome = m_window->welcomePage();
    ASSERT_EQ(rootPage(), welcome);
    EXPECT_FALSE(welcome->findChild<QPushButton*>(QStringLiteral("welcomeBack"))->isVisible())
        << "nothing open to go back to";
    test::saveScreenshot(*m_window, QStringLiteral("welcome"));

    // One click: the sample business, made on the spot, on a dashboard with figures.
    QTest::mouseClick(welcome->sampleButton(), Qt::LeftButton);
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(m_window->database());
    EXPECT_EQ(m_window->database()->path(), sample);
    EXPECT_NE(rootPage(), welcome);
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Dashboard);
    auto* dashboard = m_window->findChild<ui::DashboardPage*>();
    ASSERT_TRUE(dashboard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dashboard->isLoading() && dashboard->data().has_value(); }, 30000));
    ASSERT_TRUE(dashboard->data()->figures.has_value());
    EXPECT_GT(dashboard->data()->figures->current.referrals, 0) << "the default period has referrals to show";
    auto count = [&](const char* table) {
        QSqlQuery q(m_window->database()->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next()
            ? q.value(0).toLongLong()
            : -1;
    };
    const qint64 advocates = count("advocates");
    EXPECT_GT(advocates, 100);
    EXPECT_GT(count("mentions"), 0);
    m_window->showPage(MainWindow::Page::Dashboard);
    test::saveScreenshot(*m_window, QStringLiteral("welcome-sample-dashboard"));

    // From Help → Welcome the sample opens again as it was (not made twice), and the page offers
    // the way back to the open file.
    action("welcomeAction")->trigger();
    ASSERT_EQ(rootPage(), welcome);
    auto* back = welcome->findChild<QPushButton*>(QStringLiteral("welcomeBack"));
    EXPECT_TRUE(back->isVisible());
    EXPECT_TRUE(back->text().contains(QStringLiteral("sample-business.sqlite")));
    back->click();
    EXPECT_NE(rootPage(), welcome);
    m_window->showWelcome();
    welcome->sampleButton()->click();
    EXPECT_EQ(count("advocates"), advocates);

    // Start empty: the person's own file, on the Advocates page.
    m_window->showWelcome();
    welcome->emptyButton()->click();
    ASSERT_TRUE(m_window->database());
    EXPECT_EQ(m_window->database()->path(), ownFile);
    EXPECT_EQ(count("advocates"), 0);
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Advocates);

    // Import: the same file, with the import wizard open on it.
    m_window->showWelcome();
    welcome->importButton()->click();
    EXPECT_EQ(m_window->database()->path(), ownFile);
    ASSERT_TRUE(m_window->importWizard());
    EXPECT_TRUE(m_window->importWizard()->isVisible());
    m_window->importWizard()->reject();
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(QLatin1Char('\n')).toStdString();

    m_window.reset();
    for (const QString& path : {sample, ownFile})
        QFile::remove(path);
}

} // namespace

namespace {

TEST(MainWindowIntegrity, ADamagedFileFoundAfterOpeningIsReopenedReadOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto db = db::Database::open(path, {}, nullptr);
        ASSERT_TRUE(db);
        QSqlQuery q(db->connection());
        ASSERT_TRUE(
            q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                  "INSERT INTO advocates (first_name, referral_code, created_at, updated_at) "
                                  "SELECT 'Person ' || i, 'CODE-' || i, 0, 0 FROM n")));
    }
    // A bad sector in the middle of the file: the header and schema still read fine.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    for (qint64 page = pages - 12; page < pages - 2; page += 3) {
        file.seek(page * 4096 + 8);
        file.write(QByteArray(600, '\xEE'));
    }
    file.close();

    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    test::FakePrompter prompter;
    test::FakeFileChooser files;
    MainWindow window(settings, prompter, files);
    QSignalSpy checked(&window, &MainWindow::integrityChecked);
    ASSERT_TRUE(window.openDatabase(path)) << "the window opens without waiting for the full check";
    ASSERT_TRUE(checked.wait(30000));
    EXPECT_FALSE(checked.first().first().toStringList().isEmpty());
    ASSERT_EQ(prompter.warnings.size(), 1);
    EXPECT_TRUE(prompter.warnings.first().contains(QStringLiteral("damaged")))
        << prompter.warnings.first().toStdString();
    ASSERT_NE(window.database(), nullptr);
    EXPECT_TRUE(window.database()->isReadOnly()) << "nothing more is written to a damaged file";
    window.show();
    EXPECT_TRUE(window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"))->isVisible());
}

TEST(MainWindowIntegrity, ASoundFileStaysWritable)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    test::FakePrompter prompter;
    test::FakeFileChooser files;
    MainWindow window(settings, prompter, files);
    QSignalSpy checked(&window, &MainWindow::integrityChecked);
    ASSERT_TRUE(window.openDatabase(dir.filePath(QStringLiteral("fine.sqlite"))));
    ASSERT_TRUE(checked.wait(30000));
    EXPECT_TRUE(checked.first().first().toStringList().isEmpty());
    EXPECT_FALSE(window.database()->isReadOnly());
    EXPECT_TRUE(prompter.warnings.isEmpty());
}

} // namespace
