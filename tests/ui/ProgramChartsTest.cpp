// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QLocale>
#include <QSet>

#include "charts/ProgramCharts.h"

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
