// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "FakePrompter.h"
#include "ProgramFixture.h"
#include "pages/reports/ReportsPage.h"
#include "settings/Settings.h"

using namespace grapevine;
using ui::ReportsPage;

namespace {

constexpr int kWait = 30000;

QByteArray head(const QString& path, int bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
}

/// Two campaigns; Anna referred Ben (who bought for €120) and Cara for Spring friends in
/// April 2026, and Dan for Autumn in September.
class ReportsPageTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    void SetUp() override
    {
        clock().set(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
        spring = addCampaign([](domain::Campaign& c) {
            c.name = QStringLiteral("Spring friends");
            c.startsOn = QDate(2026, 3, 1);
        });
        autumn = addCampaign([](domain::Campaign& c) { c.name = QStringLiteral("Autumn"); });
        const qint64 anna
            = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"));
        clock().set(QDateTime(QDate(2026, 4, 10), QTime(9, 0), Qt::UTC));
        const qint64 ben = record(spring, anna, QStringLiteral("Ben"), QStringLiteral("ben@example.com")).referral.id;
        record(spring, anna, QStringLiteral("Cara"), QStringLiteral("cara@example.com"));
        EXPECT_TRUE(workflow().convert(ben, 12000).ok());
        clock().set(QDateTime(QDate(2026, 9, 10), QTime(9, 0), Qt::UTC));
        record(autumn, anna, QStringLiteral("Dan"), QStringLiteral("dan@example.com"));
        clock().set(QDateTime(QDate(2026, 10, 5), QTime(12, 0), Qt::UTC));
    }

    std::unique_ptr<ReportsPage> makePage()
    {
        auto page = std::make_unique<ReportsPage>(m_settings, m_prompter, m_files, clock());
        page->resize(1100, 800);
        page->show();
        page->setDatabase(&database().database());
        waitForReport(*page);
        return page;
    }

    static void waitForReport(ReportsPage& page)
    {
        QCoreApplication::processEvents();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isLoading(); }, kWait));
        QCoreApplication::processEvents();
    }

    QString previewText(ReportsPage& page) const { return page.preview()->toPlainText(); }

    QTemporaryDir m_dir;
    Settings m_settings {m_dir.filePath(QStringLiteral("settings.ini"))};
    test::FakePrompter m_prompter;
    test::FakeFileChooser m_files;
    qint64 spring = 0;
    qint64 autumn = 0;
};

TEST(ReportsPagePeriods, EachPresetCoversWholeDays)
{
    const QDate today(2026, 5, 10);
    using P = ReportsPage::Period;
    EXPECT_EQ(ReportsPage::daysOf(P::LastMonth, today), std::make_pair(QDate(2026, 4, 1), QDate(2026, 4, 30)));
    EXPECT_EQ(ReportsPage::daysOf(P::ThisMonth, today), std::make_pair(QDate(2026, 5, 1), today));
    EXPECT_EQ(ReportsPage::daysOf(P::LastQuarter, today), std::make_pair(QDate(2026, 1, 1), QDate(2026, 3, 31)));
    EXPECT_EQ(ReportsPage::daysOf(P::ThisQuarter, today), std::make_pair(QDate(2026, 4, 1), today));
    EXPECT_EQ(ReportsPage::daysOf(P::ThisYear, today), std::make_pair(QDate(2026, 1, 1), today));
    EXPECT_EQ(ReportsPage::daysOf(P::LastYear, today), std::make_pair(QDate(2025, 1, 1), QDate(2025, 12, 31)));
    EXPECT_FALSE(ReportsPage::daysOf(P::AllTime, today).first.isValid()) << "since the beginning";
    // January's last month is the December before.
    EXPECT_EQ(
        ReportsPage::daysOf(P::LastMonth, QDate(2026, 1, 15)), std::make_pair(QDate(2025, 12, 1), QDate(2025, 12, 31)));
    EXPECT_EQ(ReportsPage::daysOf(P::LastQuarter, QDate(2026, 2, 1)),
        std::make_pair(QDate(2025, 10, 1), QDate(2025, 12, 31)));
}

TEST_F(ReportsPageTest, PreviewFollowsTheCampaignAndTheDays)
{
    auto page = makePage();
    // "Last month" by default: September, with Dan's referral only.
    EXPECT_EQ(page->period(), ReportsPage::Period::LastMonth);
    ASSERT_TRUE(page->report().has_value());
    EXPECT_EQ(page->report()->figures.current.referrals, 1);
    EXPECT_TRUE(previewText(*page).contains(QLatin1String("Referral report: all campaigns")));
    auto* campaigns = page->findChild<QComboBox*>(QStringLiteral("reportCampaign"));
    ASSERT_NE(campaigns, nullptr);
    EXPECT_EQ(campaigns->count(), 3) << "all, and each campaign";

    page->setCampaign(spring);
    page->setDays(QDate(2026, 4, 1), QDate(2026, 4, 30));
    waitForReport(*page);
    EXPECT_EQ(page->period(), ReportsPage::Period::Custom) << "days typed are a period of their own";
    ASSERT_TRUE(page->report().has_value());
    EXPECT_EQ(page->report()->figures.current.referrals, 2);
    EXPECT_EQ(page->report()->figures.current.revenueMinor, 12000);
    EXPECT_TRUE(previewText(*page).contains(QLatin1String("Referral report: Spring friends")));
    EXPECT_TRUE(previewText(*page).contains(QLatin1String("Anna Berg"))) << "the top advocate";
    test::saveScreenshot(*page, QStringLiteral("reports-page"));

    // The last day before the first: nothing to save, and the page says why.
    page->setDays(QDate(2026, 4, 30), QDate(2026, 4, 1));
    waitForReport(*page);
    EXPECT_FALSE(page->report().has_value());
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("reportStatus"))->text().contains(QLatin1String("ends")));
    EXPECT_FALSE(page->findChild<QPushButton*>(QStringLiteral("saveReportPdfButton"))->isEnabled());
    EXPECT_FALSE(page->printAction()->isEnabled());
}

TEST_F(ReportsPageTest, TheChosenPeriodIsRemembered)
{
    {
        auto page = makePage();
        page->setPeriod(ReportsPage::Period::ThisYear);
        waitForReport(*page);
    }
    auto again = makePage();
    EXPECT_EQ(again->period(), ReportsPage::Period::ThisYear);
    EXPECT_EQ(again->report()->figures.current.referrals, 3);
}

TEST_F(ReportsPageTest, SavesEveryFormatAndPrints)
{
    auto page = makePage();
    page->setPeriod(ReportsPage::Period::ThisYear);
    waitForReport(*page);

    // Through the button and the file dialog: the extension is added when it was left out.
    m_files.nextFiles << m_dir.filePath(QStringLiteral("year"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveReportPdfButton")), Qt::LeftButton);
    EXPECT_EQ(head(m_dir.filePath(QStringLiteral("year.pdf")), 5), QByteArray("%PDF-"));
    EXPECT_EQ(m_settings.value(Settings::Key::ReportsFolder).toString(), m_dir.path()) << "the folder is remembered";

    const QString html = m_dir.filePath(QStringLiteral("year.html"));
    ASSERT_TRUE(page->saveAs(report::ReportFormat::Html, html));
    EXPECT_TRUE(head(html, 200).startsWith("<!DOCTYPE html>"));
    const QString json = m_dir.filePath(QStringLiteral("year.json"));
    ASSERT_TRUE(page->saveAs(report::ReportFormat::Json, json));
    EXPECT_TRUE(head(json, 20000).contains("\"referrals\": 3"));

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    ASSERT_TRUE(page->printOn(printer));
    EXPECT_EQ(head(printed, 5), QByteArray("%PDF-"));
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(u'\n').toStdString();

    // A folder that is not there: the user is told, with the file's name.
    EXPECT_FALSE(page->saveAs(report::ReportFormat::Pdf, m_dir.filePath(QStringLiteral("gone/report.pdf"))));
    ASSERT_EQ(m_prompter.warnings.size(), 1);
    EXPECT_TRUE(m_prompter.warnings.constFirst().contains(QLatin1String("report.pdf")));
}

TEST_F(ReportsPageTest, NoDatabaseMeansNothingToSave)
{
    ReportsPage page(m_settings, m_prompter, m_files, clock());
    page.show();
    QCoreApplication::processEvents();
    EXPECT_FALSE(page.report().has_value());
    EXPECT_FALSE(page.findChild<QPushButton*>(QStringLiteral("saveReportHtmlButton"))->isEnabled());
    EXPECT_FALSE(page.findChild<QLabel*>(QStringLiteral("reportStatus"))->text().isEmpty());
}

} // namespace
