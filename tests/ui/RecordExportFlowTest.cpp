// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "FakePrompter.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "dialogs/ExportOptionsDialog.h"
#include "mainwindow/MainWindow.h"
#include "pages/advocates/AdvocatesPage.h"
#include "pages/mentions/MentionsPage.h"
#include "pages/referrals/ReferralsPage.h"
#include "pages/rewards/RewardsPage.h"
#include "settings/Settings.h"
#include "store/AdvocateStore.h"

using namespace grapevine;
using exporting::RecordKind;
using ui::ExportAnswer;
using ui::ExportQuestion;
using ui::MainWindow;

namespace {

/// Answers the export's questions as preset, and keeps what it was asked.
class FakeExportOptionsAsker final : public ui::ExportOptionsAsker
{
public:
    std::optional<ExportAnswer> ask(QWidget*, const ExportQuestion& question) override
    {
        questions.push_back(question);
        return nextAnswer;
    }

    std::vector<ExportQuestion> questions;
    std::optional<ExportAnswer> nextAnswer;
};

class RecordExportFlowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_window.openDatabase(m_dir.filePath(QStringLiteral("shop.sqlite"))));
        m_window.resize(1400, 860);
        m_window.show();
        for (const char* name : {"Anna", "Bea", "Carla"})
            add(QLatin1String(name));
        m_window.showPage(MainWindow::Page::Advocates);
        m_page = m_window.advocatesPage();
        m_page->recordExport().setOptionsAsker(&m_asker);
        m_page->model().refresh();
        settle();
    }

    void add(const QString& first)
    {
        store::AdvocateStore store(m_window.database()->connection(), m_clock);
        domain::Advocate a;
        a.firstName = first;
        a.lastName = QStringLiteral("Lund");
        a.email = first.toLower() + QStringLiteral("@example.com");
        a.phone = QStringLiteral("+46 70 123");
        a.totalSpentMinor = 123450;
        ASSERT_TRUE(store.create(a).ok());
    }

    void settle()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_page->model().isLoading(); }, 20000));
        QCoreApplication::processEvents();
    }

    void search(const QString& text)
    {
        auto* edit = m_page->findChild<QLineEdit*>(QStringLiteral("advocateSearch"));
        ASSERT_TRUE(edit);
        edit->setText(text);
        // The search waits for typing to pause; then the table reads its rows.
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_page->model().filter().search == text; }, 5000));
        settle();
    }

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    /// The lines of the file, after its byte order mark if it has one.
    static QStringList lines(const QString& path)
    {
        QByteArray bytes = test::fileBytes(path);
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        QStringList result = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
        if (!result.isEmpty() && result.back().isEmpty())
            result.removeLast();
        return result;
    }

    static bool hasByteOrderMark(const QString& path) { return test::fileBytes(path).startsWith("\xEF\xBB\xBF"); }

    static ExportAnswer answer(bool onlyShown, QChar delimiter, bool bom)
    {
        ExportAnswer a;
        a.onlyShown = onlyShown;
        a.format.delimiter = delimiter;
        a.format.byteOrderMark = bom;
        return a;
    }

    QTemporaryDir m_dir;
    Settings m_settings {m_dir.filePath(QStringLiteral("settings.ini"))};
    test::FakePrompter m_prompter;
    test::FakeFileChooser m_files;
    ManualClock m_clock {test::fixedNow()};
    MainWindow m_window {m_settings, m_prompter, m_files, m_clock};
    FakeExportOptionsAsker m_asker;
    ui::AdvocatesPage* m_page = nullptr;
};

TEST_F(RecordExportFlowTest, ExportsTheAdvocatesTheFilterShowsWithTheChosenFormat)
{
    search(QStringLiteral("bea"));
    ASSERT_EQ(m_page->model().rowCount(), 1);
    m_asker.nextAnswer = answer(true, QLatin1Char(';'), false);
    m_files.nextFiles << path("shown.csv");

    QAction* exportAction = m_page->exportRecordsAction();
    ASSERT_TRUE(exportAction->isEnabled());
    EXPECT_EQ(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->trigger();

    ASSERT_EQ(m_asker.questions.size(), 1u);
    const ExportQuestion& asked = m_asker.questions.front();
    EXPECT_EQ(asked.kind, RecordKind::Advocates);
    EXPECT_TRUE(asked.filtered);
    EXPECT_EQ(asked.shown, 1);
    EXPECT_EQ(asked.total, 3);
    EXPECT_EQ(asked.format.delimiter, QLatin1Char(',')) << "comma the first time";
    EXPECT_TRUE(asked.format.byteOrderMark);
    EXPECT_EQ(m_files.asked, 1);

    const QStringList written = lines(path("shown.csv"));
    ASSERT_EQ(written.size(), 2) << written.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(hasByteOrderMark(path("shown.csv")));
    EXPECT_TRUE(written[0].startsWith(QStringLiteral("Email;First Name;Last Name;Phone;")));
    EXPECT_TRUE(written[1].startsWith(QStringLiteral("bea@example.com;Bea;Lund;'+46 70 123;")))
        << written[1].toStdString();
    EXPECT_TRUE(written[1].contains(QStringLiteral(";1234.50;"))) << written[1].toStdString();
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(m_prompter.informations.size(), 1);
    EXPECT_TRUE(m_prompter.informations.front().contains(QStringLiteral("Saved 1 advocate")))
        << m_prompter.informations.front().toStdString();

    // The format is remembered for the next export; this time every advocate.
    m_asker.nextAnswer = answer(false, QLatin1Char(';'), true);
    m_files.nextFiles << path("all.csv");
    exportAction->trigger();
    ASSERT_EQ(m_asker.questions.size(), 2u);
    EXPECT_EQ(m_asker.questions.back().format.delimiter, QLatin1Char(';'));
    EXPECT_FALSE(m_asker.questions.back().format.byteOrderMark);
    const QStringList all = lines(path("all.csv"));
    ASSERT_EQ(all.size(), 4);
    EXPECT_TRUE(hasByteOrderMark(path("all.csv")));
    EXPECT_TRUE(all[0].startsWith(QStringLiteral("Email;")));
    // In the table's order: by name.
    EXPECT_TRUE(all[1].startsWith(QStringLiteral("anna@")));
    EXPECT_TRUE(all[3].startsWith(QStringLiteral("carla@")));
}

TEST_F(RecordExportFlowTest, WithoutAFilterOnlyTheFormatIsAsked)
{
    m_asker.nextAnswer = answer(true, QLatin1Char('\t'), true);
    m_files.nextFiles << path("everyone.tsv");
    m_page->exportRecordsAction()->trigger();
    ASSERT_EQ(m_asker.questions.size(), 1u);
    EXPECT_FALSE(m_asker.questions.front().filtered);
    const QStringList written = lines(path("everyone.tsv"));
    ASSERT_EQ(written.size(), 4);
    EXPECT_TRUE(hasByteOrderMark(path("everyone.tsv")));
    EXPECT_TRUE(written[0].startsWith(QStringLiteral("Email\tFirst Name\t")));
}

TEST_F(RecordExportFlowTest, CancellingAQuestionWritesNothing)
{
    m_asker.nextAnswer = std::nullopt;
    m_files.nextFiles << path("never.csv");
    m_page->exportRecordsAction()->trigger();
    EXPECT_EQ(m_files.asked, 0) << "no file dialog after Cancel";
    EXPECT_FALSE(QFile::exists(path("never.csv")));

    m_asker.nextAnswer = answer(true, QLatin1Char(','), true);
    m_files.nextFiles.clear(); // the file dialog is cancelled
    m_page->exportRecordsAction()->trigger();
    EXPECT_EQ(m_files.asked, 1);
    EXPECT_TRUE(m_prompter.informations.isEmpty());
    EXPECT_TRUE(m_prompter.warnings.isEmpty());
    EXPECT_EQ(m_settings.value<QString>(Settings::Key::ExportDelimiter), QStringLiteral(","));
}

TEST_F(RecordExportFlowTest, AFileThatCannotBeWrittenIsReported)
{
    m_asker.nextAnswer = answer(true, QLatin1Char(','), true);
    m_files.nextFiles << m_dir.path(); // a folder
    m_page->exportRecordsAction()->trigger();
    ASSERT_EQ(m_prompter.warnings.size(), 1);
    EXPECT_TRUE(m_prompter.warnings.front().contains(QStringLiteral("it is a folder")))
        << m_prompter.warnings.front().toStdString();
    EXPECT_TRUE(m_prompter.informations.isEmpty());
}

TEST_F(RecordExportFlowTest, EveryRecordPageOffersTheExport)
{
    struct PageExport
    {
        QWidget* page;
        QAction* action;
        ui::RecordExportFlow& flow;
        RecordKind kind;
        QKeySequence key;
    };
    const PageExport pages[] = {
        {m_window.referralsPage(), m_window.referralsPage()->exportRecordsAction(),
            m_window.referralsPage()->recordExport(), RecordKind::Referrals, QKeySequence(Qt::CTRL | Qt::Key_E)},
        // Ctrl+E stays the payout list's on the Rewards page.
        {m_window.rewardsPage(), m_window.rewardsPage()->exportRecordsAction(), m_window.rewardsPage()->recordExport(),
            RecordKind::Rewards, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
        {m_window.mentionsPage(), m_window.mentionsPage()->exportRecordsAction(),
            m_window.mentionsPage()->recordExport(), RecordKind::Mentions, QKeySequence(Qt::CTRL | Qt::Key_E)},
    };
    for (const PageExport& p : pages) {
        ASSERT_TRUE(p.action);
        EXPECT_EQ(p.action->shortcut(), p.key);
        EXPECT_TRUE(p.action->isEnabled());
        // No other action of the page answers the same keys.
        for (const QAction* other : p.page->findChildren<QAction*>()) {
            if (other != p.action && !other->shortcut().isEmpty()) {
                EXPECT_NE(other->shortcut(), p.key) << other->text().toStdString();
            }
        }
        p.flow.setOptionsAsker(&m_asker);
        m_asker.nextAnswer = answer(true, QLatin1Char(','), true);
        m_files.nextFiles << path("page.csv");
        p.action->trigger();
        ASSERT_FALSE(m_asker.questions.empty());
        EXPECT_EQ(m_asker.questions.back().kind, p.kind);
        EXPECT_EQ(lines(path("page.csv")), QStringList {exporting::RecordExport::header(p.kind).join(QLatin1Char(','))})
            << "the header alone: there are none yet";
    }
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(ExportOptionsDialogTest, OffersTheRowsOnlyWhenAFilterIsActive)
{
    ExportQuestion question;
    question.kind = RecordKind::Referrals;
    question.filtered = true;
    question.shown = 1234;
    question.total = 1000000;
    question.format.delimiter = QLatin1Char(';');
    question.format.byteOrderMark = false;
    ui::ExportOptionsDialog dialog(question);
    dialog.show();
    test::saveScreenshot(dialog, QStringLiteral("export-options-filtered"));

    auto* rows = dialog.findChild<QGroupBox*>(QStringLiteral("exportRowsBox"));
    auto* shown = dialog.findChild<QRadioButton*>(QStringLiteral("exportShownRadio"));
    auto* all = dialog.findChild<QRadioButton*>(QStringLiteral("exportAllRadio"));
    auto* delimiter = dialog.findChild<QComboBox*>(QStringLiteral("exportDelimiterCombo"));
    auto* bom = dialog.findChild<QCheckBox*>(QStringLiteral("exportBomCheck"));
    ASSERT_TRUE(rows && shown && all && delimiter && bom);
    EXPECT_TRUE(rows->isVisible());
    // %Ln formats the number for the person's locale (1,234 in English).
    EXPECT_EQ(
        shown->text(), QStringLiteral("The %1 referrals shown by the current filter").arg(QLocale().toString(1234)));
    EXPECT_EQ(all->text(), QStringLiteral("All %1 referrals").arg(QLocale().toString(1000000)));
    EXPECT_TRUE(shown->isChecked());
    EXPECT_EQ(delimiter->currentData().toString(), QStringLiteral(";"));
    EXPECT_FALSE(bom->isChecked());
    // Nothing is cut off: every text fits the width the dialog gives it.
    for (const QWidget* w : {static_cast<QWidget*>(shown), static_cast<QWidget*>(all), static_cast<QWidget*>(bom)})
        EXPECT_GE(w->width(), w->sizeHint().width()) << w->objectName().toStdString();

    all->setChecked(true);
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral("\t")));
    bom->setChecked(true);
    const ExportAnswer answer = dialog.answer();
    EXPECT_FALSE(answer.onlyShown);
    EXPECT_EQ(answer.format.delimiter, QLatin1Char('\t'));
    EXPECT_TRUE(answer.format.byteOrderMark);

    question.filtered = false;
    ui::ExportOptionsDialog plain(question);
    plain.show();
    test::saveScreenshot(plain, QStringLiteral("export-options-plain"));
    EXPECT_FALSE(plain.findChild<QGroupBox*>(QStringLiteral("exportRowsBox"))->isVisible());
}

TEST(ExportOptionsDialogTest, RemembersOnlyTheFormatsItOffers)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    EXPECT_EQ(ui::ExportOptionsDialog::rememberedFormat(settings).delimiter, QLatin1Char(','));
    EXPECT_TRUE(ui::ExportOptionsDialog::rememberedFormat(settings).byteOrderMark);
    exporting::CsvOptions format;
    format.delimiter = QLatin1Char('\t');
    format.byteOrderMark = false;
    ui::ExportOptionsDialog::rememberFormat(settings, format);
    EXPECT_EQ(ui::ExportOptionsDialog::rememberedFormat(settings).delimiter, QLatin1Char('\t'));
    EXPECT_FALSE(ui::ExportOptionsDialog::rememberedFormat(settings).byteOrderMark);
    settings.setValue(Settings::Key::ExportDelimiter, QStringLiteral("x"));
    EXPECT_EQ(ui::ExportOptionsDialog::rememberedFormat(settings).delimiter, QLatin1Char(','));
}

} // namespace
