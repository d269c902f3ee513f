// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPalette>
#include <QSize>
#include <QString>

#include "domain/MentionChannels.h"
#include "metrics/ProgramMetrics.h"
#include "report/ReportInput.h"

class QChart;
class QAbstractBarSeries;

namespace grapevine::ui {

/// How the charts are drawn: the palette they sit on, the money and the names they show.
struct ChartStyle
{
    QPalette palette;
    QString currency = QStringLiteral("USD");
    QList<domain::MentionChannel> channels; ///< for the channels' names
    metrics::Bucket bucket = metrics::Bucket::Month;
};

/// A chart made from the figures, or the sentence that takes its place when there is nothing to
/// draw. `keys` name what each bar stands for (a referral status, a campaign or an advocate id),
/// in the order of the bars, for the page that opens the records behind a clicked bar.
struct BuiltChart
{
    QChart* chart = nullptr; ///< owned by the caller
    QAbstractBarSeries* bars = nullptr; ///< the clickable series of `chart`
    std::vector<qint64> keys;
    QString emptyText;

    static BuiltChart showing(const QString& text);
};

/// One chart of the dashboard and the reports: its key, its title and how it is made.
struct ChartKind
{
    QString key;
    QString title;
    BuiltChart (*build)(const metrics::ProgramFigures& f, const ChartStyle& style);
};

/// The charts of DESIGN.md "Metrics", made once for the dashboard and for the reports. Each
/// bar has its exact value in a tooltip; the colours read in light and dark palettes.
class ProgramCharts final
{
    Q_DECLARE_TR_FUNCTIONS(ProgramCharts)

public:
    /// Every chart, in the order the dashboard and the reports show them: series, funnel, roi,
    /// revenueCost, channels, sentiment, top.
    static std::vector<ChartKind> all();

    /// Referrals and how many of them converted, by week or month; keys: the index in f.series.
    static BuiltChart referralsOverTime(const metrics::ProgramFigures& f, const ChartStyle& style);
    /// How far the period's referrals got; keys: domain::ReferralStatus.
    static BuiltChart funnel(const metrics::ProgramFigures& f, const ChartStyle& style);
    /// keys: campaign ids.
    static BuiltChart roiByCampaign(const metrics::ProgramFigures& f, const ChartStyle& style);
    static BuiltChart revenueCostByCampaign(const metrics::ProgramFigures& f, const ChartStyle& style);
    /// Mentions per channel, stacked by sentiment; the busiest seven and the rest together. keys:
    /// the index in f.current.wordOfMouth.byChannel, -1 for the rest.
    static BuiltChart mentionsByChannel(const metrics::ProgramFigures& f, const ChartStyle& style);
    /// (positive − negative) ÷ all mentions, by week or month, from −100 % to 100 %.
    static BuiltChart sentimentOverTime(const metrics::ProgramFigures& f, const ChartStyle& style);
    /// keys: advocate ids.
    static BuiltChart topAdvocates(const metrics::ProgramFigures& f, const ChartStyle& style);

    /// The names of the time series' buckets ("Mar", or "Mar 26" when a month comes twice).
    static QStringList seriesLabels(const std::vector<metrics::SeriesPoint>& series, metrics::Bucket bucket);

    /// "33.3 %", or "—" when the ratio is undefined.
    static QString percent(std::optional<double> ratio, int decimals = 1);

    /// Black on white, whatever the desktop's colours: for charts printed or saved in a report.
    static QPalette paperPalette();
    /// Every chart of `input`, drawn with paperImage() to the report's width.
    static std::vector<report::ReportChart> reportCharts(const report::ReportInput& input, qreal scale);
    /// `built`'s chart drawn on white with `title` above it, `size` CSS pixels at `scale`; the
    /// chart is deleted. Null when `built` has no chart.
    static QImage paperImage(const BuiltChart& built, const QString& title, const QSize& size, qreal scale);
};

} // namespace grapevine::ui
