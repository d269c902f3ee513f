// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "FakePrompter.h"
#include "ProgramFixture.h"
#include "TestDatabase.h"
#include "csv/ColumnMatcher.h"
#include "db/Database.h"
#include "import/CustomerImport.h"
#include "import/ImportCheckPage.h"
#include "import/ImportHistoryDialog.h"
#include "import/ImportMappingPage.h"
#include "import/ImportRunPage.h"
#include "import/ImportWizard.h"
#include "mainwindow/MainWindow.h"
#include "pages/advocates/AdvocatesPage.h"
#include "settings/Settings.h"

using namespace grapevine;
using ui::ImportWizard;

namespace {

constexpr int kWait = 30000;

/// The wizard keeps its own choices (last folder, size, policy) in the default QSettings. ctest
/// runs tests in parallel processes that would share that file: each test gets a folder of its own.
class SettingsSandbox
{
public:
    SettingsSandbox()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    ~SettingsSandbox()
    {
        const QString standard = qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, standard);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, standard);
    }
    SettingsSandbox(const SettingsSandbox&) = delete;
    SettingsSandbox& operator=(const SettingsSandbox&) = delete;

private:
    QTemporaryDir m_dir;
};

qint64 scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString text(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

/// Chooses the item with `data` as the user would: the combo box says it was activated.
void choose(QComboBox* combo, const QVariant& data)
{
    ASSERT_TRUE(combo);
    const int index = combo->findData(data);
    ASSERT_GE(index, 0) << data.toString().toStdString();
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

class ImportWizardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_wizard = std::make_unique<ImportWizard>(m_db.database(), m_prompter, m_files, m_db.clock());
        m_wizard->show();
    }

    void TearDown() override { m_wizard.reset(); }

    QSqlDatabase db() const { return m_db.connection(); }
    qint64 advocates() const { return scalar(db(), QStringLiteral("SELECT count(*) FROM advocates")); }
    qint64 batches() const { return scalar(db(), QStringLiteral("SELECT count(*) FROM import_batches")); }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    /// The button that moves on from the current page (Import on the check page).
    QAbstractButton* forward() const
    {
        const QWizard::WizardButton which
            = m_wizard->currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton;
        return m_wizard->button(which);
    }

    /// Waits for the page to be ready (the preview read, the dry run done) and moves on.
    void next(const char* shot = nullptr)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->currentPage()->isComplete(); }, kWait))
            << "page " << m_wizard->currentId() << " never got ready";
        QCoreApplication::processEvents();
        if (shot)
            test::saveScreenshot(*m_wizard, QLatin1String(shot));
        QAbstractButton* button = forward();
        ASSERT_TRUE(button->isVisible() && button->isEnabled()) << "page " << m_wizard->currentId();
        const int before = m_wizard->currentId();
        button->click();
        ASSERT_NE(m_wizard->currentId(), before);
    }

    void chooseFile(const QString& path)
    {
        m_files.nextFiles << path;
        auto* choose = m_wizard->currentPage()->findChild<QAbstractButton*>(QStringLiteral("chooseFileButton"));
        ASSERT_TRUE(choose);
        choose->click();
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->currentPage()->isComplete(); }, kWait));
    }

    void waitForPreview()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_wizard->isPreviewLoading(); }, kWait));
        QCoreApplication::processEvents();
    }

    /// Goes through the import page to the summary.
    void waitForSummary()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->currentId() == ImportWizard::SummaryPageId; }, kWait));
        QCoreApplication::processEvents();
    }

    /// Goes with a file of 20,000 people (large enough to cancel mid-way) to the end of the dry run.
    void checkManyPeople()
    {
        QByteArray bytes = "Email,First Name,Last Name,Total Spent,Tags\r\n";
        for (int i = 0; i < 20000; ++i)
            bytes += QStringLiteral("person%1@example.com,Person%1,Family%2,12.50,vip\r\n").arg(i).arg(i % 50).toUtf8();
        chooseFile(writeFile(QStringLiteral("many.csv"), bytes));
        for (int i = 0; i < 4; ++i)
            next();
        ASSERT_EQ(m_wizard->currentId(), ImportWizard::CheckPageId);
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->currentPage()->isComplete(); }, kWait));
    }

    QString labelText(int pageId, const char* name) const
    {
        auto* label = m_wizard->page(pageId)->findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }

    SettingsSandbox m_sandbox;
    QTemporaryDir m_dir;
    test::TestDatabase m_db;
    test::FakePrompter m_prompter;
    test::FakeFileChooser m_files;
    std::unique_ptr<ImportWizard> m_wizard;
};

TEST_F(ImportWizardTest, ImportsAShopifyExportWithoutTouchingTheMapping)
{
    QSignalSpy changed(m_wizard.get(), &ImportWizard::recordsChanged);
    EXPECT_EQ(m_wizard->currentId(), ImportWizard::FilePageId);
    EXPECT_FALSE(m_wizard->button(QWizard::NextButton)->isEnabled()) << "no file yet";
    chooseFile(test::testDataPath(QStringLiteral("import/shopify.csv")));
    EXPECT_EQ(labelText(ImportWizard::FilePageId, "fileNameLabel"), QStringLiteral("shopify.csv"));
    EXPECT_TRUE(labelText(ImportWizard::FilePageId, "recognisedLabel")
                    .contains(QStringLiteral("Recognised: Shopify customers export")))
        << labelText(ImportWizard::FilePageId, "recognisedLabel").toStdString();
    EXPECT_TRUE(labelText(ImportWizard::FilePageId, "fileDetailsLabel").contains(QStringLiteral("3 rows")))
        << labelText(ImportWizard::FilePageId, "fileDetailsLabel").toStdString();
    next("import-wizard-1-file");

    // How the file is read: detected, and shown as such.
    ASSERT_EQ(m_wizard->currentId(), ImportWizard::PreviewPageId);
    waitForPreview();
    QWizardPage* preview = m_wizard->currentPage();
    auto* encoding = preview->findChild<QComboBox*>(QStringLiteral("encodingCombo"));
    auto* delimiter = preview->findChild<QComboBox*>(QStringLiteral("delimiterCombo"));
    auto* table = preview->findChild<QTableView*>(QStringLiteral("previewTable"));
    ASSERT_TRUE(encoding && delimiter && table);
    EXPECT_EQ(encoding->currentData().toString(), QStringLiteral("UTF-8"));
    EXPECT_TRUE(encoding->currentText().contains(QStringLiteral("detected")));
    EXPECT_EQ(delimiter->currentData().toString(), QStringLiteral(","));
    EXPECT_EQ(table->model()->rowCount(), 3);
    EXPECT_EQ(table->model()->index(0, 1).data().toString(), QStringLiteral("Émile"));
    next("import-wizard-2-preview");

    // The columns are matched already: Email, names, spend…
    ASSERT_EQ(m_wizard->currentId(), ImportWizard::MappingPageId);
    auto* mapping = static_cast<ui::ImportMappingPage*>(m_wizard->currentPage());
    ASSERT_TRUE(mapping->fieldCombo(2));
    EXPECT_EQ(mapping->fieldCombo(2)->currentText(), csv::ColumnMatcher::fieldName(csv::CustomerField::Email));
    EXPECT_EQ(mapping->fieldCombo(0)->currentText(), csv::ColumnMatcher::fieldName(csv::CustomerField::FirstName));
    EXPECT_TRUE(labelText(ImportWizard::MappingPageId, "mappingBanner").contains(QStringLiteral("Shopify")));
    EXPECT_FALSE(mapping->findChild<QLabel*>(QStringLiteral("requiredWarning"))->isVisible());
    next("import-wizard-3-mapping");

    ASSERT_EQ(m_wizard->currentId(), ImportWizard::OptionsPageId);
    EXPECT_FALSE(m_wizard->currentPage()->findChild<QLabel*>(QStringLiteral("dateWarning"))->isVisible());
    next("import-wizard-4-options");

    // The dry run: exact counts, nothing changed yet.
    ASSERT_EQ(m_wizard->currentId(), ImportWizard::CheckPageId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->currentPage()->isComplete(); }, kWait));
    EXPECT_EQ(labelText(ImportWizard::CheckPageId, "createdCount"), QStringLiteral("3"));
    EXPECT_EQ(labelText(ImportWizard::CheckPageId, "rejectedCount"), QStringLiteral("0"));
    EXPECT_EQ(advocates(), 0);
    EXPECT_EQ(batches(), 0);
    EXPECT_EQ(forward()->text(), QStringLiteral("&Import"));
    next("import-wizard-5-check");

    waitForSummary();
    test::saveScreenshot(*m_wizard, QStringLiteral("import-wizard-7-summary"));
    EXPECT_EQ(labelText(ImportWizard::SummaryPageId, "createdCount"), QStringLiteral("3"));
    EXPECT_EQ(labelText(ImportWizard::SummaryPageId, "updatedCount"), QStringLiteral("0"));
    EXPECT_EQ(m_wizard->currentPage()->title(), QStringLiteral("Import finished"));
    EXPECT_FALSE(
        m_wizard->button(QWizard::BackButton)->isEnabled() && m_wizard->button(QWizard::BackButton)->isVisible())
        << "an import is not taken back with Back";
    EXPECT_EQ(advocates(), 3);
    EXPECT_EQ(
        text(db(), QStringLiteral("SELECT first_name FROM advocates WHERE email_norm = 'emile.zola@example.com'")),
        QStringLiteral("Émile"));
    EXPECT_EQ(
        text(db(), QStringLiteral("SELECT status || ' ' || file_name || ' ' || rows_inserted FROM import_batches")),
        QStringLiteral("completed shopify.csv 3"));
    EXPECT_EQ(changed.count(), 1);
    // Nothing was rejected: there is nothing to save.
    EXPECT_FALSE(
        m_wizard->currentPage()->findChild<QAbstractButton*>(QStringLiteral("saveRejectedButton"))->isVisible());
}

TEST_F(ImportWizardTest, ReadsAGermanSpreadsheetAsWritten)
{
    // Windows-1252, semicolons, "1.234,50 €" and "14.03.2025": all detected, nothing to choose.
    chooseFile(test::testDataPath(QStringLiteral("import/spreadsheet-de.csv")));
    next();
    waitForPreview();
    QWizardPage* preview = m_wizard->currentPage();
    EXPECT_EQ(preview->findChild<QComboBox*>(QStringLiteral("encodingCombo"))->currentData().toString(),
        QStringLiteral("windows-1252"));
    EXPECT_EQ(preview->findChild<QComboBox*>(QStringLiteral("delimiterCombo"))->currentData().toString(),
        QStringLiteral(";"));
    auto* table = preview->findChild<QTableView*>(QStringLiteral("previewTable"));
    EXPECT_EQ(table->model()->index(0, 1).data().toString(), QStringLiteral("Émile"));
    EXPECT_EQ(table->model()->index(2, 7).data().toString(), QStringLiteral("København"));
    test::saveScreenshot(*m_wizard, QStringLiteral("import-wizard-2-preview-windows-1252"));
    next();
    auto* mapping = static_cast<ui::ImportMappingPage*>(m_wizard->currentPage());
    EXPECT_EQ(mapping->fieldCombo(2)->currentData().toString(), csv::ColumnMatcher::key(csv::CustomerField::Email));
    next();
    ASSERT_EQ(m_wizard->currentId(), ImportWizard::OptionsPageId);
    waitForPreview();
    EXPECT_TRUE(labelText(ImportWizard::OptionsPageId, "dateNote").contains(QStringLiteral("DD/MM/YYYY")))
        << labelText(ImportWizard::OptionsPageId, "dateNote").toStdString();
    EXPECT_TRUE(labelText(ImportWizard::OptionsPageId, "decimalNote").contains(QStringLiteral("comma")))
        << labelText(ImportWizard::OptionsPageId, "decimalNote").toStdString();
    test::saveScreenshot(*m_wizard, QStringLiteral("import-wizard-4-options-german"));
    next();
    next();
    waitForSummary();
    EXPECT_EQ(
        text(db(),
            QStringLiteral("SELECT total_spent_minor FROM advocates WHERE email_norm = 'emile.zola@example.com'")),
        QStringLiteral("123450"));
}

TEST_F(ImportWizardTest, ReadsExcelUnicodeText)
{
    chooseFile(test::testDataPath(QStringLiteral("import/excel-unicode-text.txt")));
    next();
    waitForPreview();
    QWizardPage* preview = m_wizard->currentPage();
    EXPECT_EQ(preview->findChild<QComboBox*>(QStringLiteral("encodingCombo"))->currentData().toString(),
        QStringLiteral("UTF-16LE"));
    EXPECT_EQ(preview->findChild<QComboBox*>(QStringLiteral("delimiterCombo"))->currentData().toString(),
        QStringLiteral("\t"));
    EXPECT_TRUE(labelText(ImportWizard::PreviewPageId, "encodingNote").contains(QStringLiteral("mark")));
    EXPECT_EQ(preview->findChild<QTableView*>(QStringLiteral("previewTable"))->model()->index(0, 1).data().toString(),
        QStringLiteral("Émile"));
}

TEST_F(ImportWizardTest, AmbiguousDatesBlockNextUntilAFormatIsChosen)
{
    chooseFile(writeFile(
        QStringLiteral("dates.csv"), "Email,Created At\r\na@example.com,03/04/2026\r\nb@example.com,05/06/2026\r\n"));
    next();
    next();
    next();
    ASSERT_EQ(m_wizard->currentId(), ImportWizard::OptionsPageId);
    waitForPreview();
    QWizardPage* options = m_wizard->currentPage();
    auto* warning = options->findChild<QLabel*>(QStringLiteral("dateWarning"));
    auto* format = options->findChild<QComboBox*>(QStringLiteral("dateFormatCombo"));
    ASSERT_TRUE(warning && format);
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("Created At"))) << warning->text().toStdString();
    EXPECT_FALSE(options->isComplete());
    EXPECT_FALSE(m_wizard->button(QWizard::NextButton)->isEnabled()) << "never guessed silently";
    test::saveScreenshot(*m_wizard, QStringLiteral("import-wizard-4-options-ambiguous"));

    choose(format, static_cast<int>(csv::DateOrder::DayMonthYear));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->button(QWizard::NextButton)->isEnabled(); }, kWait));
    EXPECT_FALSE(warning->isVisible());

    // Back to "Detect": blocked again.
    choose(format, -1);
    waitForPreview();
    EXPECT_FALSE(m_wizard->button(QWizard::NextButton)->isEnabled());
    choose(format, static_cast<int>(csv::DateOrder::DayMonthYear));
    next();
    next();
    waitForSummary();
    EXPECT_EQ(advocates(), 2);
    const QDateTime created = QDateTime::fromSecsSinceEpoch(
        scalar(db(), QStringLiteral("SELECT created_at FROM advocates WHERE email_norm = 'a@example.com'")), Qt::UTC);
    EXPECT_EQ(created.toLocalTime().date(), QDate(2026, 4, 3)) << "day first, as chosen";
}

TEST_F(ImportWizardTest, TheMappingPageBlocksNextWithoutAnEmailColumn)
{
    // "Write to" is no heading the matcher knows: the user points at it.
    chooseFile(writeFile(QStringLiteral("plain.csv"), "Name,Write to\r\nAnna Berg,anna@example.com\r\n"));
    next();
    next();
    ASSERT_EQ(m_wizard->currentId(), ImportWizard::MappingPageId);
    waitForPreview();
    auto* page = static_cast<ui::ImportMappingPage*>(m_wizard->currentPage());
    auto* warning = page->findChild<QLabel*>(QStringLiteral("requiredWarning"));
    ASSERT_TRUE(warning);
    EXPECT_TRUE(warning->isVisible());
    EXPECT_FALSE(m_wizard->button(QWizard::NextButton)->isEnabled());
    test::saveScreenshot(*m_wizard, QStringLiteral("import-wizard-3-mapping-no-email"));

    choose(page->fieldCombo(1), csv::ColumnMatcher::key(csv::CustomerField::Email));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->button(QWizard::NextButton)->isEnabled(); }, kWait));
    EXPECT_FALSE(warning->isVisible());

    // Taking the email away again blocks again; giving it to another column moves it.
    choose(page->fieldCombo(1), QString());
    waitForPreview();
    EXPECT_FALSE(m_wizard->button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(warning->isVisible());
    choose(page->fieldCombo(0), csv::ColumnMatcher::key(csv::CustomerField::Email));
    choose(page->fieldCombo(1), csv::ColumnMatcher::key(csv::CustomerField::Email));
    EXPECT_EQ(page->fieldCombo(0)->currentData().toString(), QString()) << "one column per field";
    choose(page->fieldCombo(0), csv::ColumnMatcher::key(csv::CustomerField::FullName));
    next();
    next();
    next();
    waitForSummary();
    EXPECT_EQ(text(db(), QStringLiteral("SELECT first_name || ' ' || last_name || ' ' || email FROM advocates")),
        QStringLiteral("Anna Berg anna@example.com"));
}

TEST_F(ImportWizardTest, SavesTheMappingAsAPresetAndAppliesItToAFileWhoseColumnsMoved)
{
    chooseFile(writeFile(QStringLiteral("week1.csv"), "Write to,Who\r\nanna@example.com,Anna Berg\r\n"));
    next();
    next();
    auto* page = static_cast<ui::ImportMappingPage*>(m_wizard->currentPage());
    waitForPreview();
    choose(page->fieldCombo(0), csv::ColumnMatcher::key(csv::CustomerField::Email));
    choose(page->fieldCombo(1), csv::ColumnMatcher::key(csv::CustomerField::FullName));
    m_prompter.nextTexts << QStringLiteral("Weekly newsletter list");
    page->findChild<QAbstractButton*>(QStringLiteral("savePresetButton"))->click();
    ASSERT_EQ(m_prompter.questions.size(), 1);
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(QLatin1Char('\n')).toStdString();
    auto* presets = page->findChild<QComboBox*>(QStringLiteral("presetCombo"));
    EXPECT_EQ(presets->currentText(), QStringLiteral("Weekly newsletter list"));
    m_wizard->reject();

    // Next week the columns come the other way round: the preset, which fits the file's headings,
    // is applied by itself and finds the columns by their headings.
    m_wizard = std::make_unique<ImportWizard>(m_db.database(), m_prompter, m_files, m_db.clock());
    m_wizard->show();
    chooseFile(writeFile(QStringLiteral("week2.csv"), "Who,Write to\r\nBen Berg,ben@example.com\r\n"));
    next();
    next();
    page = static_cast<ui::ImportMappingPage*>(m_wizard->currentPage());
    waitForPreview();
    EXPECT_EQ(page->findChild<QComboBox*>(QStringLiteral("presetCombo"))->currentText(),
        QStringLiteral("Weekly newsletter list"));
    EXPECT_TRUE(labelText(ImportWizard::MappingPageId, "presetNote").contains(QStringLiteral("Applied")));
    EXPECT_EQ(page->fieldCombo(0)->currentData().toString(), csv::ColumnMatcher::key(csv::CustomerField::FullName));
    EXPECT_EQ(page->fieldCombo(1)->currentData().toString(), csv::ColumnMatcher::key(csv::CustomerField::Email));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->button(QWizard::NextButton)->isEnabled(); }, kWait));
    for (int i = 0; i < 3; ++i)
        next();
    waitForSummary();
    EXPECT_EQ(text(db(), QStringLiteral("SELECT first_name || ' ' || email FROM advocates")),
        QStringLiteral("Ben ben@example.com"));

    // A file without those headings is matched as usual, and the preset can still be chosen.
    m_wizard = std::make_unique<ImportWizard>(m_db.database(), m_prompter, m_files, m_db.clock());
    m_wizard->show();
    chooseFile(writeFile(QStringLiteral("other.csv"), "Who,Mail\r\nCy Berg,cy@example.com\r\n"));
    next();
    next();
    page = static_cast<ui::ImportMappingPage*>(m_wizard->currentPage());
    waitForPreview();
    EXPECT_EQ(page->findChild<QComboBox*>(QStringLiteral("presetCombo"))->currentIndex(), 0);
    EXPECT_FALSE(labelText(ImportWizard::MappingPageId, "presetNote").contains(QStringLiteral("Applied")));
}

TEST_F(ImportWizardTest, TheDryRunShowsCountsAndChangesNothing)
{
    {
        QFile file(test::testDataPath(QStringLiteral("import/shopify.csv")));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QByteArray head = file.readLine(); // the header, then Émile's row
        head += file.readLine();
        const QString firstPath = writeFile(QStringLiteral("first.csv"), head);
        QFile f(firstPath);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        importing::CustomerImport importer(db(), m_db.clock());
        const auto first = importer.run(f, QStringLiteral("first.csv"), {});
        ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    }
    ASSERT_EQ(advocates(), 1);
    const QString before = text(db(),
        QStringLiteral("SELECT group_concat(email || first_name || phone || notes || updated_at, '|') FROM advocates"));
    // Émile again, with a new note: updated; the two others: created; and a row that is no one.
    const QString path = writeFile(QStringLiteral("customers.csv"),
        "First Name,Last Name,Email,Note\r\n"
        "Émile,Zola,emile.zola@example.com,Prefers croissants now\r\n"
        "Ada,Lovelace,ada@example.org,\r\n"
        "Søren,Kierkegaard,soren@example.dk,\r\n"
        "Nobody,,not-an-email,\r\n");
    chooseFile(path);
    for (int i = 0; i < 4; ++i)
        next();
    ASSERT_EQ(m_wizard->currentId(), ImportWizard::CheckPageId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->currentPage()->isComplete(); }, kWait));
    EXPECT_EQ(labelText(ImportWizard::CheckPageId, "createdCount"), QStringLiteral("2"));
    EXPECT_EQ(labelText(ImportWizard::CheckPageId, "updatedCount"), QStringLiteral("1"));
    EXPECT_EQ(labelText(ImportWizard::CheckPageId, "skippedCount"), QStringLiteral("0"));
    EXPECT_EQ(labelText(ImportWizard::CheckPageId, "rejectedCount"), QStringLiteral("1"));
    auto* table = m_wizard->currentPage()->findChild<QTableView*>(QStringLiteral("reportTable"));
    ASSERT_TRUE(table);
    // The rejected rows come first: what needs a look.
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(table->model()->index(0, 0).data().toString(), QStringLiteral("5"));
    EXPECT_FALSE(table->model()->index(0, 2).data().toString().isEmpty()) << "with the reason";
    auto* filter = m_wizard->currentPage()->findChild<QComboBox*>(QStringLiteral("reportFilter"));
    filter->setCurrentIndex(0);
    EXPECT_EQ(table->model()->rowCount(), 4);
    test::saveScreenshot(*m_wizard, QStringLiteral("import-wizard-5-check-rejected"));

    EXPECT_EQ(advocates(), 1);
    EXPECT_EQ(batches(), 1);
    EXPECT_EQ(text(db(),
                  QStringLiteral(
                      "SELECT group_concat(email || first_name || phone || notes || updated_at, '|') FROM advocates")),
        before);

    // Back from the check changes nothing either.
    m_wizard->back();
    EXPECT_EQ(m_wizard->currentId(), ImportWizard::OptionsPageId);
    EXPECT_EQ(advocates(), 1);
    EXPECT_EQ(batches(), 1);
}

TEST_F(ImportWizardTest, CancelDuringTheImportLeavesNoBatchAndNoAdvocate)
{
    ASSERT_NO_FATAL_FAILURE(checkManyPeople());
    EXPECT_EQ(labelText(ImportWizard::CheckPageId, "createdCount"), QLocale().toString(20000));
    forward()->click();

    ASSERT_EQ(m_wizard->currentId(), ImportWizard::RunPageId);
    auto* run = static_cast<ui::ImportRunPage*>(m_wizard->currentPage());
    ASSERT_TRUE(run->isRunning());
    test::saveScreenshot(*m_wizard, QStringLiteral("import-wizard-6-run"));
    auto* cancel = run->findChild<QAbstractButton*>(QStringLiteral("cancelImportButton"));
    ASSERT_TRUE(cancel && cancel->isEnabled());
    cancel->click();

    waitForSummary();
    test::saveScreenshot(*m_wizard, QStringLiteral("import-wizard-7-summary-cancelled"));
    EXPECT_EQ(m_wizard->currentPage()->title(), QStringLiteral("Import cancelled"));
    EXPECT_TRUE(labelText(ImportWizard::SummaryPageId, "summaryMessage").contains(QStringLiteral("exactly as")));
    EXPECT_EQ(advocates(), 0);
    EXPECT_EQ(batches(), 0);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM import_row_errors")), 0);
}

// The window closing (or the database being swapped) deletes the wizard while its import runs:
// the runner waits for its thread, the import rolls back, and nothing is left or crashes.
TEST_F(ImportWizardTest, DeletingTheWizardDuringTheImportLeavesNothing)
{
    ASSERT_NO_FATAL_FAILURE(checkManyPeople());
    forward()->click();
    ASSERT_EQ(m_wizard->currentId(), ImportWizard::RunPageId);
    // Let it get going, with progress events queued for the wizard, then take it away.
    QTest::qWait(50);
    m_wizard.reset();
    QCoreApplication::processEvents();
    EXPECT_EQ(advocates(), 0);
    EXPECT_EQ(batches(), 0);
    EXPECT_EQ(text(db(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

TEST_F(ImportWizardTest, TheSummaryListsAndSavesTheRejectedRows)
{
    chooseFile(writeFile(QStringLiteral("mixed.csv"),
        "Email,First Name,Total Spent\r\nanna@example.com,Anna,12.50\r\nnot-an-email,Bea,3\r\n"
        "carla@example.com,Carla,lots\r\n"));
    for (int i = 0; i < 4; ++i)
        next();
    next();
    waitForSummary();
    EXPECT_EQ(labelText(ImportWizard::SummaryPageId, "createdCount"), QStringLiteral("1"));
    EXPECT_EQ(labelText(ImportWizard::SummaryPageId, "rejectedCount"), QStringLiteral("2"));
    auto* table = m_wizard->currentPage()->findChild<QTableView*>(QStringLiteral("rejectedTable"));
    ASSERT_TRUE(table && table->isVisible());
    ASSERT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(table->model()->index(0, 0).data().toString(), QStringLiteral("3"));
    EXPECT_EQ(table->model()->index(1, 0).data().toString(), QStringLiteral("4"));
    EXPECT_EQ(table->model()->index(1, 1).data().toString(), QStringLiteral("Total Spent"));
    test::saveScreenshot(*m_wizard, QStringLiteral("import-wizard-7-summary-rejected"));

    const QString saved = m_dir.filePath(QStringLiteral("to fix.csv"));
    m_files.nextFiles << saved;
    m_wizard->currentPage()->findChild<QAbstractButton*>(QStringLiteral("saveRejectedButton"))->click();
    QFile file(saved);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(content.contains(QStringLiteral("Email,First Name,Total Spent"))) << content.toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral("not-an-email,Bea,3"))) << content.toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral("carla@example.com,Carla,lots"))) << content.toStdString();
    EXPECT_TRUE(
        labelText(ImportWizard::SummaryPageId, "summaryActionNote").contains(QStringLiteral("2 rejected rows")));
}

TEST_F(ImportWizardTest, TheSummaryUndoesTheImport)
{
    QSignalSpy changed(m_wizard.get(), &ImportWizard::recordsChanged);
    chooseFile(test::testDataPath(QStringLiteral("import/shopify.csv")));
    for (int i = 0; i < 5; ++i)
        next();
    waitForSummary();
    ASSERT_EQ(advocates(), 3);
    m_prompter.nextAnswer = true;
    m_wizard->currentPage()->findChild<QAbstractButton*>(QStringLiteral("undoImportButton"))->click();
    ASSERT_EQ(m_prompter.confirmations.size(), 1);
    EXPECT_TRUE(m_prompter.confirmations.front().contains(QStringLiteral("3 advocates created by this import")))
        << m_prompter.confirmations.front().toStdString();
    EXPECT_EQ(advocates(), 0);
    EXPECT_EQ(changed.count(), 2) << "imported, then undone";
    EXPECT_EQ(text(db(), QStringLiteral("SELECT status FROM import_batches")), QStringLiteral("undone"));
}

TEST_F(ImportWizardTest, RemembersTheDuplicatePolicy)
{
    chooseFile(test::testDataPath(QStringLiteral("import/shopify.csv")));
    next();
    next();
    next();
    m_wizard->currentPage()->findChild<QAbstractButton*>(QStringLiteral("fillEmptyRadio"))->click();
    EXPECT_EQ(m_wizard->choices().onDuplicate, importing::DuplicatePolicy::FillEmpty);
    m_wizard->reject();
    m_wizard = std::make_unique<ImportWizard>(m_db.database(), m_prompter, m_files, m_db.clock());
    EXPECT_EQ(m_wizard->choices().onDuplicate, importing::DuplicatePolicy::FillEmpty);
    EXPECT_EQ(ImportWizard::lastDirectory(),
        QFileInfo(test::testDataPath(QStringLiteral("import/shopify.csv"))).absolutePath());
}

class ImportHistoryDialogTest : public ::testing::Test
{
protected:
    qint64 import(const QString& path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        importing::CustomerImport importer(m_db.connection(), m_db.clock());
        const auto summary = importer.run(file, QFileInfo(path).fileName(), {});
        EXPECT_TRUE(summary.ok());
        return summary ? summary->batchId : 0;
    }

    SettingsSandbox m_sandbox;
    test::TestDatabase m_db;
    test::FakePrompter m_prompter;
    test::FakeFileChooser m_files;
};

TEST_F(ImportHistoryDialogTest, ListsTheImportsAndUndoesOneAsAWhole)
{
    QTemporaryDir dir;
    QFile first(dir.filePath(QStringLiteral("staff.csv")));
    ASSERT_TRUE(first.open(QIODevice::WriteOnly));
    first.write("Email,First Name\r\nzoe@example.com,Zoë\r\n");
    first.close();
    import(first.fileName());
    m_db.clock().advanceSeconds(3600);
    const qint64 shopify = import(test::testDataPath(QStringLiteral("import/shopify.csv")));
    const qint64 before = scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM advocates"));

    ui::ImportHistoryDialog dialog(m_db.database(), m_prompter, m_files, m_db.clock());
    QSignalSpy changed(&dialog, &ui::ImportHistoryDialog::recordsChanged);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("historyTable"));
    ASSERT_TRUE(table);
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("shopify.csv")) << "newest first";
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("Completed"));
    EXPECT_EQ(table->item(0, 5)->text(), QStringLiteral("3"));
    test::saveScreenshot(dialog, QStringLiteral("import-history"));

    dialog.selectBatch(shopify);
    auto* undo = dialog.findChild<QAbstractButton*>(QStringLiteral("undoImportButton"));
    ASSERT_TRUE(undo && undo->isEnabled());

    // Declined: nothing happens.
    m_prompter.nextAnswer = false;
    undo->click();
    EXPECT_EQ(scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM advocates")), before);

    m_prompter.nextAnswer = true;
    undo->click();
    ASSERT_EQ(m_prompter.confirmations.size(), 2);
    EXPECT_TRUE(m_prompter.confirmations.back().contains(QStringLiteral("3 advocates created by this import will be "
                                                                        "deleted; 0 changed advocates get their old "
                                                                        "values back.")))
        << m_prompter.confirmations.back().toStdString();
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM advocates")), before - 3);
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("Undone"));
    EXPECT_FALSE(undo->isEnabled()) << "undone once";
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(dialog.findChild<QLabel*>(QStringLiteral("historyNote"))->text().isEmpty());
}

TEST_F(ImportHistoryDialogTest, ARefusedUndoIsExplainedAndChangesNothing)
{
    const qint64 batch = import(test::testDataPath(QStringLiteral("import/shopify.csv")));
    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "INSERT INTO campaigns (id, name, status, starts_on, advocate_reward_kind, advocate_reward_value, "
        "friend_reward_kind, friend_reward_value, disclosure_text, created_at, updated_at) VALUES (1, 'Spring', "
        "'active', '2026-03-01', 'store_credit', 1000, 'none', 0, 'We pay $10 per friend.', 1, 1)")));
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO referrals (campaign_id, referrer_id, status, created_at, updated_at) "
                              "SELECT 1, id, 'pending', 1, 1 FROM advocates LIMIT 1")));

    ui::ImportHistoryDialog dialog(m_db.database(), m_prompter, m_files, m_db.clock());
    QSignalSpy changed(&dialog, &ui::ImportHistoryDialog::recordsChanged);
    dialog.selectBatch(batch);
    dialog.findChild<QAbstractButton*>(QStringLiteral("undoImportButton"))->click();
    EXPECT_TRUE(m_prompter.confirmations.isEmpty()) << "nothing to confirm: it cannot be done";
    ASSERT_EQ(m_prompter.warnings.size(), 1);
    EXPECT_TRUE(m_prompter.warnings.front().contains(QStringLiteral("1 advocate from the import of “shopify.csv” made "
                                                                    "referrals or earned rewards since")))
        << m_prompter.warnings.front().toStdString();
    EXPECT_EQ(scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM advocates")), 3);
    EXPECT_EQ(
        text(m_db.connection(), QStringLiteral("SELECT status FROM import_batches")), QStringLiteral("completed"));
    EXPECT_EQ(changed.count(), 0);
}

/// The wizard on a business with a campaign, an advocate with a code and a referral still open,
/// for the files of orders and of mentions.
class ImportWizardKindsTest : public ImportWizardTest
{
protected:
    void SetUp() override
    {
        m_program.clock().set(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
        const qint64 campaign = m_program.addCampaign([](domain::Campaign& c) {
            c.startsOn = QDate(2026, 3, 1);
            c.endsOn = QDate(2026, 5, 31);
        });
        const qint64 anna
            = m_program.addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"),
                [](domain::Advocate& a) { a.referralCode = QStringLiteral("ANNA-7KQ"); });
        m_ben = m_program.record(campaign, anna, QStringLiteral("Ben"), QStringLiteral("ben@example.com")).referral.id;
        m_program.clock().set(QDateTime(QDate(2026, 4, 20), QTime(12, 0), Qt::UTC));
        m_wizard
            = std::make_unique<ImportWizard>(m_program.database().database(), m_prompter, m_files, m_program.clock());
        m_wizard->show();
    }

    QString kindButtonChecked() const
    {
        for (auto* button : m_wizard->page(ImportWizard::FilePageId)->findChildren<QAbstractButton*>()) {
            if (button->objectName().startsWith(QLatin1String("kind_")) && button->isChecked())
                return button->objectName();
        }
        return {};
    }

    test::ProgramFixture m_program;
    qint64 m_ben = 0;
};

// A shop's orders: Ben (a referred friend) bought, Cara used Anna's code, Dan is an ordinary sale.
const QByteArray kOrders = "Name,Email,Financial Status,Paid at,Total,Discount Code,Billing Name\r\n"
                           "#1001,ben@example.com,paid,2026-04-10 10:00:00,\"1.234,50\",,Ben Fisher\r\n"
                           "#1002,cara@example.com,paid,2026-04-11 10:00:00,\"30,00\",ANNA-7KQ,Cara Diaz\r\n"
                           "#1003,dan@example.com,paid,2026-04-12 10:00:00,\"15,00\",,Dan Eze\r\n";

TEST_F(ImportWizardKindsTest, AnOrdersExportIsRecognisedByItsColumnsAndConvertsTheReferral)
{
    QSignalSpy changed(m_wizard.get(), &ImportWizard::recordsChanged);
    EXPECT_EQ(m_wizard->windowTitle(), QStringLiteral("Import Customers"));
    chooseFile(writeFile(QStringLiteral("orders.csv"), kOrders));
    // Nobody said what the file holds: its columns say orders.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->kind() == domain::ImportKind::Referrals; }, kWait));
    waitForPreview();
    EXPECT_TRUE(m_wizard->isKindGuessed());
    EXPECT_EQ(kindButtonChecked(), QStringLiteral("kind_referrals"));
    EXPECT_EQ(m_wizard->windowTitle(), QStringLiteral("Import Orders or Referrals"));
    EXPECT_TRUE(labelText(ImportWizard::FilePageId, "recognisedLabel").contains(QStringLiteral("orders or referrals")))
        << labelText(ImportWizard::FilePageId, "recognisedLabel").toStdString();
    next("import-wizard-orders-1-file");
    next();

    // The mapping offers the fields of an order, matched from Shopify's headings.
    auto* mapping = static_cast<ui::ImportMappingPage*>(m_wizard->currentPage());
    waitForPreview();
    EXPECT_EQ(mapping->fieldCombo(0)->currentData().toString(), QStringLiteral("order_reference"));
    EXPECT_EQ(mapping->fieldCombo(1)->currentData().toString(), QStringLiteral("email"));
    EXPECT_EQ(mapping->fieldCombo(4)->currentData().toString(), QStringLiteral("total"));
    EXPECT_EQ(mapping->fieldCombo(5)->currentData().toString(), QStringLiteral("referral_code"));
    EXPECT_EQ(mapping->fieldCombo(1)->findData(QStringLiteral("first_name")), -1) << "no advocate fields";
    EXPECT_EQ(mapping->fieldCombo(1)->currentText(), QStringLiteral("Buyer's e-mail"));
    // Without the email and the code there is nothing to match an order by.
    choose(mapping->fieldCombo(1), QString());
    choose(mapping->fieldCombo(5), QString());
    auto* warning = mapping->findChild<QLabel*>(QStringLiteral("requiredWarning"));
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("referral code"))) << warning->text().toStdString();
    EXPECT_FALSE(mapping->isComplete());
    choose(mapping->fieldCombo(1), QStringLiteral("email"));
    choose(mapping->fieldCombo(5), QStringLiteral("referral_code"));
    EXPECT_FALSE(warning->isVisible());
    next("import-wizard-orders-3-mapping");

    // Orders are never merged into what is stored: no duplicate choice; amounts are read.
    waitForPreview();
    QWizardPage* options = m_wizard->currentPage();
    EXPECT_FALSE(options->findChild<QWidget*>(QStringLiteral("updateRadio"))->isVisibleTo(options));
    EXPECT_TRUE(options->findChild<QWidget*>(QStringLiteral("decimalCombo"))->isVisibleTo(options));
    EXPECT_TRUE(labelText(ImportWizard::OptionsPageId, "decimalNote").contains(QStringLiteral("comma")))
        << labelText(ImportWizard::OptionsPageId, "decimalNote").toStdString();
    next();

    next("import-wizard-orders-5-check"); // the dry run, then Import
    waitForSummary();
    ASSERT_TRUE(m_wizard->outcome() && m_wizard->outcome()->ok());
    const importing::ImportSummary& s = m_wizard->outcome()->value();
    EXPECT_EQ(s.updated, 1) << "Ben's referral converted";
    EXPECT_EQ(s.created, 1) << "Cara used Anna's code";
    EXPECT_EQ(s.skipped, 1) << "Dan's order is an ordinary sale";
    EXPECT_EQ(labelText(ImportWizard::SummaryPageId, "updatedCountCaption"), QStringLiteral("converted"));
    test::saveScreenshot(*m_wizard, QStringLiteral("import-wizard-orders-7-summary"));
    EXPECT_EQ(
        m_program.scalar(QStringLiteral("SELECT order_value_minor FROM referrals WHERE id = %1").arg(m_ben)), 123450);
    EXPECT_EQ(m_program.scalar(QStringLiteral("SELECT kind = 'referrals' FROM import_batches")), 1);
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(ImportWizardKindsTest, MentionsChosenOnTheFirstPageImportAListeningExport)
{
    auto* mentions
        = m_wizard->page(ImportWizard::FilePageId)->findChild<QAbstractButton*>(QStringLiteral("kind_mentions"));
    ASSERT_TRUE(mentions);
    mentions->click();
    EXPECT_EQ(m_wizard->kind(), domain::ImportKind::Mentions);
    EXPECT_EQ(m_wizard->windowTitle(), QStringLiteral("Import Mentions"));
    chooseFile(test::testDataPath(QStringLiteral("import/mentions-listening.csv")));
    waitForPreview();
    EXPECT_FALSE(m_wizard->isKindGuessed()) << "chosen, not guessed";
    next();
    next();
    auto* mapping = static_cast<ui::ImportMappingPage*>(m_wizard->currentPage());
    waitForPreview();
    EXPECT_EQ(mapping->fieldCombo(0)->currentData().toString(), QStringLiteral("occurred_at"));
    EXPECT_EQ(mapping->fieldCombo(4)->currentData().toString(), QStringLiteral("body"));
    next();
    waitForPreview();
    QWizardPage* options = m_wizard->currentPage();
    EXPECT_FALSE(options->findChild<QWidget*>(QStringLiteral("decimalCombo"))->isVisibleTo(options))
        << "mentions have no amounts";
    next();
    next();
    waitForSummary();
    ASSERT_TRUE(m_wizard->outcome() && m_wizard->outcome()->ok());
    const qint64 rows = m_wizard->outcome()->value().rows;
    EXPECT_GT(rows, 0);
    EXPECT_EQ(m_program.scalar(QStringLiteral("SELECT count(*) FROM mentions")), m_wizard->outcome()->value().created);
    EXPECT_GT(m_program.scalar(QStringLiteral("SELECT count(*) FROM mentions")), 0);
}

TEST_F(ImportWizardKindsTest, ChoosingAnotherKindMatchesTheColumnsAfresh)
{
    chooseFile(writeFile(QStringLiteral("people.csv"), "Email,First Name,Date\r\nzoe@example.com,Zoe,2026-04-02\r\n"));
    waitForPreview();
    EXPECT_EQ(m_wizard->kind(), domain::ImportKind::Advocates) << "a customer list stays one";
    m_wizard->page(ImportWizard::FilePageId)->findChild<QAbstractButton*>(QStringLiteral("kind_mentions"))->click();
    waitForPreview();
    ASSERT_TRUE(m_wizard->currentPreview());
    EXPECT_EQ(m_wizard->currentPreview()->kind, domain::ImportKind::Mentions);
    EXPECT_EQ(m_wizard->currentPreview()->column(QStringLiteral("occurred_at")), 2);
    EXPECT_EQ(m_wizard->currentPreview()->column(QStringLiteral("email")), std::nullopt);
    next();
    next();
    auto* mapping = static_cast<ui::ImportMappingPage*>(m_wizard->currentPage());
    waitForPreview();
    EXPECT_EQ(mapping->fieldCombo(2)->currentData().toString(), QStringLiteral("occurred_at"));
    EXPECT_FALSE(mapping->isComplete()) << "a mention needs its text or link";
    EXPECT_TRUE(mapping->findChild<QLabel*>(QStringLiteral("requiredWarning"))->isVisible());
}

TEST(ImportMainWindow, FileMenuAndADroppedFileOpenTheWizardAndTheAdvocatesPageFollows)
{
    SettingsSandbox sandbox;
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    test::FakePrompter prompter;
    test::FakeFileChooser files;
    ui::MainWindow window(settings, prompter, files);
    auto* action = window.findChild<QAction*>(QStringLiteral("importCustomersAction"));
    ASSERT_TRUE(action);
    EXPECT_FALSE(action->isEnabled()) << "no database yet";
    ASSERT_TRUE(window.openDatabase(dir.filePath(QStringLiteral("shop.sqlite"))));
    window.show();
    EXPECT_TRUE(action->isEnabled());
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    EXPECT_TRUE(window.findChild<QAction*>(QStringLiteral("importHistoryAction"))->isEnabled());
    EXPECT_TRUE(window.findChild<QAction*>(QStringLiteral("importOrdersAction"))->isEnabled());
    EXPECT_TRUE(window.findChild<QAction*>(QStringLiteral("importMentionsAction"))->isEnabled());

    // The empty Advocates page offers the import.
    auto* emptyImport = window.advocatesPage()->findChild<QAbstractButton*>(QStringLiteral("emptyImportButton"));
    ASSERT_TRUE(emptyImport);
    emptyImport->click();
    ASSERT_TRUE(window.importWizard());
    EXPECT_EQ(window.importWizard()->kind(), domain::ImportKind::Advocates);
    window.importWizard()->reject();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.importWizard() == nullptr; }, kWait));
    // The mentions entry opens it for mentions.
    window.findChild<QAction*>(QStringLiteral("importMentionsAction"))->trigger();
    ASSERT_TRUE(window.importWizard());
    EXPECT_EQ(window.importWizard()->kind(), domain::ImportKind::Mentions);
    EXPECT_EQ(window.importWizard()->windowTitle(), QStringLiteral("Import Mentions"));
    window.importWizard()->reject();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.importWizard() == nullptr; }, kWait));

    // A CSV dropped on the window opens the wizard with it.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(test::testDataPath(QStringLiteral("import/shopify.csv")))});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.importWizard() != nullptr; }, kWait));
    ImportWizard* wizard = window.importWizard();
    EXPECT_TRUE(wizard->filePath().endsWith(QStringLiteral("shopify.csv")));

    for (int i = 0; i < 5; ++i) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->currentPage()->isComplete(); }, kWait));
        wizard->next();
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->currentId() == ImportWizard::SummaryPageId; }, kWait));
    ui::AdvocatesPage* page = window.advocatesPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->model().rowCount() == 3 && !page->model().isLoading(); }, kWait))
        << "the Advocates page reads the imported advocates";
    auto* tags = page->findChild<QComboBox*>(QStringLiteral("tagFilter"));
    ASSERT_TRUE(tags);
    EXPECT_GE(tags->findData(QStringLiteral("vip")), 0) << "the imported tags are offered by the tag filter";
    wizard->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.importWizard() == nullptr; }, kWait)) << "closed and deleted";

    // Another kind of file is not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("photo.png")))});
    QDragEnterEvent refused(QPoint(200, 200), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &refused);
    EXPECT_FALSE(refused.isAccepted());
}

} // namespace
