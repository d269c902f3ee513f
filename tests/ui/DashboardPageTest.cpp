// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "FakePrompter.h"
#include "ProgramFixture.h"
#include "pages/dashboard/ChartCard.h"
#include "pages/dashboard/DashboardPage.h"
#include "pages/dashboard/KpiTile.h"
#include "settings/Settings.h"

using namespace grapevine;
using ui::DashboardPage;

namespace {

constexpr int kWait = 30000;

/// A business with one campaign: Anna referred three friends in April 2026; Ben bought (€120),
/// Cara signed up, Dan's referral was rejected.
class DashboardPageTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    void SetUp() override
    {
        clock().set(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
        campaign = addCampaign([](domain::Campaign& c) {
            c.name = QStringLiteral("Spring friends");
            c.startsOn = QDate(2026, 3, 1);
            c.endsOn = QDate(2026, 12, 31);
        });
        anna = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"));
        clock().set(QDateTime(QDate(2026, 4, 10), QTime(9, 0), Qt::UTC));
        const qint64 ben = record(campaign, anna, QStringLiteral("Ben"), QStringLiteral("ben@example.com")).referral.id;
        const qint64 cara
            = record(campaign, anna, QStringLiteral("Cara"), QStringLiteral("cara@example.com")).referral.id;
        const qint64 dan = record(campaign, anna, QStringLiteral("Dan"), QStringLiteral("dan@example.com")).referral.id;
        EXPECT_TRUE(workflow().convert(ben, 12000).ok());
        EXPECT_TRUE(workflow().markSignedUp(cara).ok());
        EXPECT_TRUE(workflow().reject(dan, QStringLiteral("Self-referral")).ok());
        clock().set(QDateTime(QDate(2026, 4, 20), QTime(12, 0), Qt::UTC));
    }

    std::unique_ptr<DashboardPage> makePage()
    {
        auto page = std::make_unique<DashboardPage>(m_settings, m_prompter, m_files, clock());
        page->resize(1200, 1400);
        page->show();
        return page;
    }

    static void waitForFigures(DashboardPage& page)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isLoading() && page.data().has_value(); }, kWait));
        QCoreApplication::processEvents();
    }

    QTemporaryDir m_dir;
    Settings m_settings {m_dir.filePath(QStringLiteral("settings.ini"))};
    test::FakePrompter m_prompter;
    test::FakeFileChooser m_files;
    qint64 campaign = 0;
    qint64 anna = 0;
};

TEST_F(DashboardPageTest, TilesAndChartsShowThePeriodsFigures)
{
    auto page = makePage();
    page->setDatabase(&database().database());
    page->setPeriod(DashboardPage::Period::ThisMonth);
    waitForFigures(*page);
    test::saveScreenshot(*page, QStringLiteral("dashboard"));

    EXPECT_EQ(page->tile(QStringLiteral("referrals"))->value(), QStringLiteral("3"));
    // One of three converted.
    EXPECT_EQ(page->tile(QStringLiteral("conversion"))->value(), QStringLiteral("33.3 %"));
    EXPECT_TRUE(page->tile(QStringLiteral("revenue"))->value().contains(QStringLiteral("120")))
        << page->tile(QStringLiteral("revenue"))->value().toStdString();
    // March had nothing: the change is "new", never a division by zero.
    EXPECT_EQ(page->tile(QStringLiteral("referrals"))->change(), QStringLiteral("new in this period"));

    QChart* funnel = page->card(QStringLiteral("funnel"))->chart();
    ASSERT_TRUE(funnel);
    ASSERT_EQ(funnel->series().size(), 1);
    auto* bars = qobject_cast<QAbstractBarSeries*>(funnel->series().front());
    ASSERT_TRUE(bars);
    QBarSet* set = bars->barSets().front();
    // Rewarded, approved, converted, signed up, invited (top to bottom).
    EXPECT_EQ(set->at(4), 2) << "invited: Ben and Cara (Dan was rejected)";
    EXPECT_EQ(set->at(3), 2) << "signed up: Ben and Cara";
    EXPECT_EQ(set->at(2), 1) << "converted: Ben";
    EXPECT_TRUE(funnel->title().contains(QStringLiteral("Rejected: 1")));

    // A funnel bar opens the referrals at that stage.
    QSignalSpy stage(page.get(), &DashboardPage::stageRequested);
    emit bars->clicked(2, set);
    ASSERT_EQ(stage.count(), 1);
    EXPECT_EQ(stage.at(0).at(0).toInt(), static_cast<int>(domain::ReferralStatus::Converted));
    // Of the period the funnel counts.
    EXPECT_EQ(stage.at(0).at(1).toDateTime(), page->data()->figures->current.from);
    EXPECT_EQ(stage.at(0).at(2).toDateTime(), page->data()->figures->current.to);

    // A bar over time opens the referrals of its week or month.
    QChart* series = page->card(QStringLiteral("series"))->chart();
    ASSERT_TRUE(series);
    auto* seriesBars = qobject_cast<QAbstractBarSeries*>(series->series().front());
    QSignalSpy days(page.get(), &DashboardPage::referralsRequested);
    const metrics::SeriesPoint& bucket = page->data()->figures->series.back();
    emit seriesBars->clicked(static_cast<int>(page->data()->figures->series.size()) - 1, seriesBars->barSets().front());
    ASSERT_EQ(days.count(), 1);
    EXPECT_EQ(days.at(0).at(0).toDateTime(), bucket.start);
    EXPECT_EQ(days.at(0).at(1).toDateTime(), bucket.end);

    // The campaign's bars open the campaign.
    QChart* roi = page->card(QStringLiteral("revenueCost"))->chart();
    ASSERT_TRUE(roi);
    auto* money = qobject_cast<QAbstractBarSeries*>(roi->series().front());
    QSignalSpy opened(page.get(), &DashboardPage::campaignRequested);
    emit money->clicked(0, money->barSets().front());
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toLongLong(), campaign);

    // Top advocates: Anna, who opens her record.
    QChart* top = page->card(QStringLiteral("top"))->chart();
    ASSERT_TRUE(top);
    QSignalSpy advocate(page.get(), &DashboardPage::advocateRequested);
    auto* topBars = qobject_cast<QAbstractBarSeries*>(top->series().front());
    emit topBars->clicked(0, topBars->barSets().front());
    ASSERT_EQ(advocate.count(), 1);
    EXPECT_EQ(advocate.at(0).at(0).toLongLong(), anna);

    // No mentions: the card says what to do instead of drawing an empty chart.
    EXPECT_TRUE(page->card(QStringLiteral("channels"))->emptyText().contains(QStringLiteral("No mentions")));
    EXPECT_FALSE(page->card(QStringLiteral("sentiment"))->emptyText().isEmpty());
    EXPECT_TRUE(page->card(QStringLiteral("funnel"))->emptyText().isEmpty());
}

TEST_F(DashboardPageTest, ACampaignAndALongerPeriodNarrowAndWidenTheFigures)
{
    auto page = makePage();
    page->setDatabase(&database().database());
    page->setPeriod(DashboardPage::Period::AllTime);
    waitForFigures(*page);
    EXPECT_EQ(page->tile(QStringLiteral("referrals"))->value(), QStringLiteral("3"));
    EXPECT_EQ(page->tile(QStringLiteral("referrals"))->change(), QString()) << "all time has nothing before it";

    // Another campaign without referrals: nothing in it.
    const qint64 other = addCampaign([](domain::Campaign& c) { c.name = QStringLiteral("Autumn"); });
    page->reload();
    waitForFigures(*page);
    page->setCampaign(other);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isLoading(); }, kWait));
    QCoreApplication::processEvents();
    EXPECT_EQ(page->tile(QStringLiteral("referrals"))->value(), QStringLiteral("0"));
    EXPECT_EQ(page->tile(QStringLiteral("conversion"))->value(), QStringLiteral("—")) << "undefined, not 0 %";
    EXPECT_EQ(page->tile(QStringLiteral("roi"))->value(), QStringLiteral("—"));
    EXPECT_FALSE(page->card(QStringLiteral("funnel"))->emptyText().isEmpty()) << "no funnel without referrals";
    auto* banner = page->findChild<QLabel*>(QStringLiteral("dashboardBanner"));
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->isVisible());

    // The period is remembered.
    EXPECT_EQ(
        m_settings.value(Settings::Key::DashboardPeriod).toInt(), static_cast<int>(DashboardPage::Period::AllTime));
}

TEST_F(DashboardPageTest, AChartIsSavedAsPngAndSvg)
{
    auto page = makePage();
    page->setDatabase(&database().database());
    page->setPeriod(DashboardPage::Period::ThisMonth);
    waitForFigures(*page);
    ui::ChartCard* card = page->card(QStringLiteral("series"));
    ASSERT_TRUE(card->chart());
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
    ASSERT_TRUE(card->savePng(png));
    ASSERT_TRUE(card->saveSvg(svg));
    QImage image(png);
    EXPECT_GT(image.width(), 100);
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains("Referrals")) << "the legend is text in the SVG";
    // A folder that does not exist: false, and the caller says so.
    EXPECT_FALSE(card->savePng(m_dir.filePath(QStringLiteral("missing/chart.png"))));
}

TEST_F(DashboardPageTest, ChartsTakeTheColoursOfADarkPalette)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    auto page = makePage();
    page->setPalette(dark);
    page->setDatabase(&database().database());
    page->setPeriod(DashboardPage::Period::ThisMonth);
    waitForFigures(*page);
    test::saveScreenshot(*page, QStringLiteral("dashboard-dark"));
    QChart* chart = page->card(QStringLiteral("funnel"))->chart();
    ASSERT_TRUE(chart);
    EXPECT_EQ(chart->theme(), QChart::ChartThemeDark);
    ASSERT_FALSE(chart->axes().isEmpty());
    for (QAbstractAxis* axis : chart->axes())
        EXPECT_EQ(axis->labelsColor(), QColor(0xee, 0xee, 0xee)) << "labels in the palette's text colour";
}

TEST(DashboardRange, PeriodsEndTonightAndBeginAtTheirFirstDay)
{
    const QDateTime now(QDate(2026, 11, 22), QTime(15, 0));
    const auto [monthFrom, monthTo] = DashboardPage::range(DashboardPage::Period::ThisMonth, now);
    EXPECT_EQ(monthFrom, QDateTime(QDate(2026, 11, 1), QTime(0, 0)));
    EXPECT_EQ(monthTo, QDateTime(QDate(2026, 11, 23), QTime(0, 0)));
    EXPECT_EQ(DashboardPage::range(DashboardPage::Period::Last12Months, now).first,
        QDateTime(QDate(2025, 12, 1), QTime(0, 0)));
    EXPECT_EQ(DashboardPage::range(DashboardPage::Period::Last30Days, now).first,
        QDateTime(QDate(2026, 10, 24), QTime(0, 0)));
    EXPECT_FALSE(DashboardPage::range(DashboardPage::Period::AllTime, now).first.isValid());
}

TEST(DashboardEmpty, ANewBusinessIsToldWhatToDo)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    test::FakePrompter prompter;
    test::FakeFileChooser files;
    test::TestDatabase db;
    DashboardPage page(settings, prompter, files, db.clock());
    page.show();
    page.setDatabase(&db.database());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isLoading() && page.data().has_value(); }, kWait));
    QCoreApplication::processEvents();
    auto* banner = page.findChild<QLabel*>(QStringLiteral("dashboardBanner"));
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Nothing to measure yet")));
    QSignalSpy import(&page, &DashboardPage::importRequested);
    emit banner->linkActivated(QStringLiteral("import"));
    EXPECT_EQ(import.count(), 1);
    for (const char* key : {"series", "funnel", "roi", "revenueCost", "channels", "sentiment", "top"})
        EXPECT_FALSE(page.card(QLatin1String(key))->emptyText().isEmpty()) << key;
    test::saveScreenshot(page, QStringLiteral("dashboard-empty"));
}

} // namespace
