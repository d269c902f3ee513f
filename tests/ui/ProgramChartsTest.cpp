// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <algorithm>

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QSet>

#include "charts/ProgramCharts.h"
#include "charts/SpacedCategoryLabels.h"

using namespace grapevine;

namespace {

std::vector<metrics::SeriesPoint> months(QDate first, int count)
{
    std::vector<metrics::SeriesPoint> series;
    for (int i = 0; i < count; ++i) {
        metrics::SeriesPoint p;
        p.start = QDateTime(first.addMonths(i), QTime(12, 0));
        p.end = QDateTime(first.addMonths(i + 1), QTime(12, 0));
        series.push_back(p);
    }
    return series;
}

QString month(QDate d, const char* format)
{
    return QLocale().toString(d, QLatin1String(format));
}

bool unique(const QStringList& l)
{
    return QSet<QString>(l.begin(), l.end()).size() == l.size();
}

TEST(ProgramChartsLabels, MonthsOfOneYearAreShortNames)
{
    const QStringList labels = ui::ProgramCharts::seriesLabels(months(QDate(2026, 1, 1), 12), metrics::Bucket::Month);
    ASSERT_EQ(labels.size(), 12);
    EXPECT_EQ(labels.first(), month(QDate(2026, 1, 1), "MMM"));
    EXPECT_EQ(labels.last(), month(QDate(2026, 12, 1), "MMM"));
}

TEST(ProgramChartsLabels, ThirteenMonthsNameTheYearWhereItBegins)
{
    // "Last 12 months" on 22 November: November appears twice. Each bar keeps a label of its
    // own (a category axis drops a repeated one with its bar), and only the first label and
    // January carry the year, so that the labels still fit under the bars.
    const QStringList labels = ui::ProgramCharts::seriesLabels(months(QDate(2025, 11, 1), 13), metrics::Bucket::Month);
    ASSERT_EQ(labels.size(), 13);
    EXPECT_TRUE(unique(labels)) << labels.join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(labels.at(0), month(QDate(2025, 11, 1), "MMM yy"));
    EXPECT_EQ(labels.at(1), month(QDate(2025, 12, 1), "MMM"));
    EXPECT_EQ(labels.at(2), month(QDate(2026, 1, 1), "MMM yy"));
    EXPECT_EQ(labels.at(12), month(QDate(2026, 11, 1), "MMM"));
}

TEST(ProgramChartsLabels, MoreThanTwoYearsNameTheYearEverywhere)
{
    const QStringList labels = ui::ProgramCharts::seriesLabels(months(QDate(2024, 3, 1), 30), metrics::Bucket::Month);
    ASSERT_EQ(labels.size(), 30);
    EXPECT_TRUE(unique(labels));
    EXPECT_EQ(labels.at(1), month(QDate(2024, 4, 1), "MMM yy"));
}

} // namespace

namespace {

/// The labels under `chart` that can be seen, left to right, with where they are drawn.
std::vector<std::pair<QString, QRectF>> visibleTimeLabels(QChart* chart)
{
    std::vector<std::pair<QString, QRectF>> labels;
    for (QGraphicsItem* item : chart->childItems()) {
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item); text && text->isVisible())
            labels.emplace_back(text->text(), text->sceneBoundingRect());
    }
    std::sort(
        labels.begin(), labels.end(), [](const auto& a, const auto& b) { return a.second.left() < b.second.left(); });
    return labels;
}

TEST(ProgramChartsLabels, MonthsUnderTheBarsAreWholeAtAnyWidth)
{
    // At half a window, Qt's own category axis cut a year of months to "D… Jan F… …".
    metrics::ProgramFigures figures;
    figures.series = months(QDate(2025, 11, 1), 13);
    for (size_t i = 0; i < figures.series.size(); ++i) {
        figures.series[i].referrals = static_cast<qint64>(10 + i);
        figures.series[i].converted = static_cast<qint64>(i);
        figures.current.referrals += figures.series[i].referrals;
    }
    ui::ChartStyle style;
    style.bucket = metrics::Bucket::Month;
    const ui::BuiltChart built = ui::ProgramCharts::referralsOverTime(figures, style);
    ASSERT_NE(built.chart, nullptr);
    const QStringList all = ui::ProgramCharts::seriesLabels(figures.series, metrics::Bucket::Month);
    QChartView view(built.chart);
    auto* spaced = built.chart->findChild<ui::SpacedCategoryLabels*>();
    ASSERT_NE(spaced, nullptr);

    for (const int width : {300, 430, 700, 1400}) {
        view.resize(width, 300);
        view.show();
        QCoreApplication::processEvents();
        const QStringList shown = spaced->shown();
        ASSERT_EQ(shown.size(), all.size());
        for (int i = 0; i < shown.size(); ++i) {
            if (!shown.at(i).isEmpty()) {
                EXPECT_EQ(shown.at(i), all.at(i)) << width;
            }
        }
        EXPECT_FALSE(shown.first().isEmpty()) << "the first month names the year, at " << width;
        const auto labels = visibleTimeLabels(built.chart);
        EXPECT_GE(labels.size(), 3u) << width;
        for (size_t i = 1; i < labels.size(); ++i)
            EXPECT_LT(labels[i - 1].second.right(), labels[i].second.left())
                << labels[i - 1].first.toStdString() << " runs into " << labels[i].first.toStdString() << " at "
                << width;
        for (const auto& [text, rect] : labels) {
            EXPECT_GE(rect.left(), 0.0) << text.toStdString() << " at " << width;
            EXPECT_LE(rect.right(), static_cast<qreal>(width)) << text.toStdString() << " at " << width;
        }
    }
    // Wide enough, every month has its name.
    EXPECT_FALSE(spaced->shown().contains(QString())) << spaced->shown().join(QLatin1Char(',')).toStdString();
}

TEST(ProgramChartsLabels, CampaignNamesAreSlantedWhole)
{
    // Qt's own slanted labels were cut to "Refer …", "Partne…" under six campaigns.
    metrics::ProgramFigures figures;
    const QStringList names = {QStringLiteral("Refer a Friend Spring"), QStringLiteral("Partner bakeries"),
        QStringLiteral("Staff ambassadors"), QStringLiteral("Bake-off week"), QStringLiteral("Christmas boxes"),
        QStringLiteral("Birthday club")};
    for (int i = 0; i < names.size(); ++i) {
        metrics::CampaignFigures campaign;
        campaign.campaignId = i + 1;
        campaign.name = names.at(i);
        campaign.referrals = 10;
        campaign.revenueMinor = 100000 * (i + 1);
        campaign.otherCostMinor = 50000;
        figures.campaigns.push_back(campaign);
    }
    const ui::BuiltChart built = ui::ProgramCharts::roiByCampaign(figures, ui::ChartStyle());
    ASSERT_NE(built.chart, nullptr);
    QChartView view(built.chart);
    view.resize(430, 320);
    view.show();
    QCoreApplication::processEvents();
    auto* spaced = built.chart->findChild<ui::SpacedCategoryLabels*>();
    ASSERT_NE(spaced, nullptr);
    // Past 18 characters a name is shortened on purpose; the bar's tooltip has all of it.
    QStringList expected = names;
    expected[0] = QStringLiteral("Refer a Friend Sp") + QChar(0x2026);
    EXPECT_EQ(spaced->shown(), expected);
    const QRectF chartArea = built.chart->sceneBoundingRect();
    const QRectF plot = built.chart->mapRectToScene(built.chart->plotArea());
    for (const auto& [text, rect] : visibleTimeLabels(built.chart)) {
        EXPECT_TRUE(chartArea.contains(rect)) << text.toStdString() << " leaves the chart";
        EXPECT_GE(rect.top(), plot.bottom()) << text.toStdString() << " is drawn over the bars";
    }
}

} // namespace
