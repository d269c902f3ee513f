// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include "FakePrompter.h"
#include "backup/DailyBackups.h"
#include "db/Database.h"
#include "dialogs/RestoreBackupDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "i18n/Translations.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/WindowHost.h"
#include "settings/Settings.h"
#include "store/SettingsStore.h"
#include "widgets/Appearance.h"

using namespace grapevine;
using ui::MainWindow;
using ui::SettingsDialog;

namespace {

class SettingsAndBackupsTest : public ::testing::Test
{
protected:
    void TearDown() override { QDir(backup::DailyBackups::folderFor(dbPath())).removeRecursively(); }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("bakery.sqlite")); }

    void addAdvocate(QSqlDatabase db, const QString& email)
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO advocates (first_name, email, referral_code, created_at, "
                                             "updated_at) VALUES ('A', ?, ?, 0, 0)")));
        q.addBindValue(email);
        q.addBindValue(QString(QStringLiteral("CODE-") + email.left(email.indexOf(QLatin1Char('@'))).toUpper()));
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }

    qint64 advocates(QSqlDatabase db)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT count(*) FROM advocates")) && q.next() ? q.value(0).toLongLong() : -1;
    }

    /// Runs `work` on the next modal dialog the code under test opens, then lets it go on.
    template <typename Dialog, typename Work>
    static void onNextDialog(Work work)
    {
        QTimer::singleShot(0, [work] {
            auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
            ASSERT_TRUE(dialog) << "no dialog of the expected kind is open";
            work(dialog);
        });
    }

    QTemporaryDir m_dir;
    Settings m_settings {m_dir.filePath(QStringLiteral("settings.ini"))};
    test::FakePrompter m_prompter;
    test::FakeFileChooser m_files;
};

TEST_F(SettingsAndBackupsTest, SettingsDialogKeepsBusinessAndPersonalSettingsApart)
{
    domain::BusinessSettings business;
    business.businessName = QStringLiteral("Old name");
    business.currency = QStringLiteral("EUR");
    SettingsDialog dialog(m_settings, business, true);
    dialog.businessNameEdit()->setText(QStringLiteral("  Bäckerei Sonne "));
    dialog.currencyBox()->setCurrentText(QStringLiteral("chf"));
    dialog.pointValueEdit()->setText(QStringLiteral("0.05"));
    dialog.baselineCacEdit()->setText(QStringLiteral("45"));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
    ASSERT_GE(dialog.languageBox()->findData(QStringLiteral("de")), 0) << "German is offered";
    dialog.delimiterBox()->setCurrentIndex(dialog.delimiterBox()->findData(QStringLiteral(";")));
    dialog.byteOrderMarkBox()->setChecked(false);
    dialog.keepDaysSpin()->setValue(30);
    dialog.appearanceBox()->setCurrentIndex(dialog.appearanceBox()->findData(ui::Appearance::dark()));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorLabel()->text().toStdString();

    const domain::BusinessSettings edited = dialog.businessSettings().value();
    EXPECT_EQ(edited.businessName, QStringLiteral("Bäckerei Sonne"));
    EXPECT_EQ(edited.currency, QStringLiteral("CHF"));
    EXPECT_EQ(edited.pointValueMinor, 5);
    EXPECT_EQ(edited.baselineCacMinor, 4500);
    EXPECT_TRUE(dialog.languageChanged());
    EXPECT_EQ(m_settings.value<QString>(Settings::Key::Language), QStringLiteral("de"));
    EXPECT_EQ(m_settings.value<QString>(Settings::Key::ExportDelimiter), QStringLiteral(";"));
    EXPECT_FALSE(m_settings.value<bool>(Settings::Key::ExportByteOrderMark));
    EXPECT_EQ(m_settings.value<int>(Settings::Key::BackupKeepDays), 30);
    EXPECT_TRUE(dialog.appearanceChanged());
    EXPECT_EQ(m_settings.value<QString>(Settings::Key::Appearance), ui::Appearance::dark());
}

TEST_F(SettingsAndBackupsTest, AWrongValueIsNamedAndNothingIsStored)
{
    domain::BusinessSettings business;
    SettingsDialog dialog(m_settings, business, true);
    dialog.show();
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fr")));
    dialog.pointValueEdit()->setText(QStringLiteral("five cents"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorLabel()->isVisible());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("five cents")));
    EXPECT_TRUE(m_settings.value<QString>(Settings::Key::Language).isEmpty()) << "nothing stored on a refusal";

    dialog.pointValueEdit()->setText(QStringLiteral("0.01"));
    dialog.currencyBox()->setCurrentText(QStringLiteral("Euro"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("three-letter")));

    dialog.currencyBox()->setCurrentText(QStringLiteral("USD"));
    dialog.baselineCacEdit()->setText(QStringLiteral("-10"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("-10")));
}

TEST_F(SettingsAndBackupsTest, WithoutAFileOrReadOnlyTheBusinessCannotBeEdited)
{
    SettingsDialog none(m_settings, std::nullopt, true);
    EXPECT_EQ(none.businessNameEdit(), nullptr);
    none.accept();
    EXPECT_EQ(none.result(), QDialog::Accepted) << "the personal settings still save";

    SettingsDialog readOnly(m_settings, domain::BusinessSettings {}, false);
    EXPECT_FALSE(readOnly.businessNameEdit()->isEnabled());
    EXPECT_FALSE(readOnly.pointValueEdit()->isEnabled());
}

TEST_F(SettingsAndBackupsTest, SettingsFromTheMenuAreSavedInTheOpenFile)
{
    MainWindow window(m_settings, m_prompter, m_files);
    ASSERT_TRUE(window.openDatabase(dbPath()));
    QSignalSpy language(&window, &MainWindow::languageChosen);
    onNextDialog<SettingsDialog>([](SettingsDialog* d) {
        d->businessNameEdit()->setText(QStringLiteral("Corner Bakery"));
        d->languageBox()->setCurrentIndex(d->languageBox()->findData(QStringLiteral("es")));
        d->accept();
    });
    window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(
        store::SettingsStore(window.database()->connection()).load()->businessName, QStringLiteral("Corner Bakery"));
    ASSERT_EQ(language.size(), 1);
    EXPECT_EQ(language.first().first().toString(), QStringLiteral("es"));
}

TEST_F(SettingsAndBackupsTest, OpeningAFileMakesTodaysBackupAndRestoreBringsItBack)
{
    auto window = std::make_unique<MainWindow>(m_settings, m_prompter, m_files);
    QSignalSpy backedUp(window.get(), &MainWindow::dailyBackupFinished);
    ASSERT_TRUE(window->openDatabase(dbPath()));
    addAdvocate(window->database()->connection(), QStringLiteral("ana@example.com"));
    ASSERT_TRUE(backedUp.wait(30000) || backedUp.size() == 1);
    EXPECT_TRUE(backedUp.first().at(1).toString().isEmpty()) << backedUp.first().at(1).toString().toStdString();
    const QList<backup::BackupFile> backups = backup::DailyBackups(dbPath()).list();
    ASSERT_EQ(backups.size(), 1);
#ifdef Q_OS_UNIX
    EXPECT_EQ(QFileInfo(backups.first().path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
#endif

    // More work after the backup; then the backup is chosen in the dialog and put back.
    addAdvocate(window->database()->connection(), QStringLiteral("bo@example.com"));
    addAdvocate(window->database()->connection(), QStringLiteral("cy@example.com"));
    const qint64 inBackup = backup::DailyBackups::contents(backups.first().path)->advocates;
    EXPECT_LT(inBackup, 3);
    {
        ui::RestoreBackupDialog dialog(dbPath(), window.get());
        ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.isLoaded(); }, 10000));
        ASSERT_EQ(dialog.list()->topLevelItemCount(), 1);
        EXPECT_EQ(dialog.list()->topLevelItem(0)->text(2), QLocale().toString(inBackup));
        EXPECT_FALSE(dialog.restoreButton()->isEnabled());
        dialog.list()->setCurrentItem(dialog.list()->topLevelItem(0));
        EXPECT_TRUE(dialog.restoreButton()->isEnabled());
        EXPECT_EQ(dialog.chosenPath(), backups.first().path);
    }
    m_prompter.nextAnswer = false;
    EXPECT_FALSE(window->restoreBackup(backups.first().path));
    EXPECT_EQ(advocates(window->database()->connection()), 3) << "declined: nothing changed";
    m_prompter.nextAnswer = true;
    ASSERT_TRUE(window->restoreBackup(backups.first().path))
        << m_prompter.warnings.join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(window->database());
    EXPECT_EQ(window->database()->path(), dbPath());
    EXPECT_EQ(advocates(window->database()->connection()), inBackup);
    // What was replaced is a backup too.
    EXPECT_EQ(backup::DailyBackups(dbPath()).list().size(), 2);
}

TEST_F(SettingsAndBackupsTest, NoBackupWhenSwitchedOff)
{
    m_settings.setValue(Settings::Key::BackupsEnabled, false);
    MainWindow window(m_settings, m_prompter, m_files);
    QSignalSpy checked(&window, &MainWindow::integrityChecked);
    QSignalSpy backedUp(&window, &MainWindow::dailyBackupFinished);
    ASSERT_TRUE(window.openDatabase(dbPath()));
    ASSERT_TRUE(checked.wait(30000) || checked.size() == 1);
    QTest::qWait(200);
    EXPECT_EQ(backedUp.size(), 0);
    EXPECT_TRUE(backup::DailyBackups(dbPath()).list().isEmpty());
}

TEST_F(SettingsAndBackupsTest, HelpListsTheShortcutsOfEveryMenu)
{
    MainWindow window(m_settings, m_prompter, m_files);
    ui::ShortcutsDialog dialog(window.menuBar(), &window);
    QStringList rows;
    for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i)
        rows << dialog.list()->topLevelItem(i)->text(0).trimmed() + QLatin1Char('=')
                + dialog.list()->topLevelItem(i)->text(1);
    const QString all = rows.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("Settings…=")
                    + QKeySequence(QKeySequence::Preferences).toString(QKeySequence::NativeText))
        || QKeySequence(QKeySequence::Preferences).isEmpty())
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Import Customers…=Ctrl+I"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Keyboard Shortcuts=Ctrl+/"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Reports=Ctrl+7"))) << "the Go menu's pages";
    EXPECT_FALSE(all.contains(QLatin1Char('&'))) << "accelerator marks are not shown";
}

TEST_F(SettingsAndBackupsTest, TheLanguageChangesWhileTheProgramRuns)
{
    const QLocale before;
    {
        ui::WindowHost host(m_settings, m_prompter, m_files);
        host.start(dbPath());
        host.window()->showPage(MainWindow::Page::Campaigns);
        ASSERT_TRUE(host.window()->database());
        EXPECT_EQ(host.window()->menuBar()->actions().first()->text(), QStringLiteral("&File"));

        ASSERT_TRUE(host.switchLanguage(QStringLiteral("de")));
        const QString german = QCoreApplication::translate("grapevine::ui::MainWindow", "&File");
        EXPECT_NE(german, QStringLiteral("&File")) << "the German catalogue is installed";
        EXPECT_EQ(host.window()->menuBar()->actions().first()->text(), german);
        EXPECT_EQ(QLocale().language(), QLocale::German) << "numbers, dates and money follow";
        ASSERT_TRUE(host.window()->database()) << "the file stays open";
        EXPECT_EQ(host.window()->database()->path(), dbPath());
        EXPECT_EQ(host.window()->currentPage(), MainWindow::Page::Campaigns);
        host.window()->resize(1000, 640);
        test::saveScreenshot(*host.window(), QStringLiteral("german-campaigns"));
    }
    QLocale::setDefault(before);
    i18n::Translations::install(QLocale(QLocale::English), false);
    EXPECT_EQ(QCoreApplication::translate("grapevine::ui::MainWindow", "&File"), QStringLiteral("&File"));
}

TEST_F(SettingsAndBackupsTest, DarkColoursTakeOverTheWindowAndTheSystemsComeBack)
{
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    const QString systemStyle = QApplication::style()->name();
    {
        ui::WindowHost host(m_settings, m_prompter, m_files);
        host.start(dbPath());
        host.window()->showPage(MainWindow::Page::Dashboard);
        ASSERT_TRUE(host.switchAppearance(ui::Appearance::dark()));
        EXPECT_LT(host.window()->palette().color(QPalette::Window).lightness(), 128);
        EXPECT_EQ(host.window()->palette().color(QPalette::Base), ui::Appearance::darkPalette().color(QPalette::Base));
        ASSERT_TRUE(host.window()->database()) << "the file stays open";
        EXPECT_EQ(host.window()->currentPage(), MainWindow::Page::Dashboard);
        host.window()->resize(1200, 760);
        test::saveScreenshot(*host.window(), QStringLiteral("dark-dashboard"));

        ASSERT_TRUE(host.switchAppearance(ui::Appearance::system()));
        EXPECT_EQ(host.window()->palette().color(QPalette::Window), systemWindow);
    }
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), systemWindow);
    EXPECT_EQ(QApplication::style()->name(), systemStyle);
}

} // namespace
