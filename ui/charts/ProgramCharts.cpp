// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramCharts.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <QSet>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include "SpacedCategoryLabels.h"
#include "domain/Money.h"
#include "domain/Referral.h"
#include "report/ReportDocument.h"

namespace grapevine::ui {

namespace {

// Distinct in light and dark palettes, and apart for the common colour blindnesses.
const QColor kReferrals(0x7b, 0x3f, 0xa0);
const QColor kConverted(0x2a, 0x9d, 0x8f);
const QColor kRevenue(0x2e, 0x86, 0xc1);
const QColor kCost(0xe0, 0x8a, 0x2e);
const QColor kPositive(0x2e, 0x9d, 0x5b);
const QColor kNeutral(0x9a, 0xa0, 0xa6);
const QColor kNegative(0xd6, 0x45, 0x45);

QChart* newChart(const QPalette& palette)
{
    auto* chart = new QChart;
    // The card draws the frame; the chart takes the window's colours so both palettes read well.
    chart->setTheme(
        palette.color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void styleAxis(QAbstractAxis* axis, const QPalette& palette)
{
    // The chart themes' fonts are larger than the window's; the labels read best in its own.
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    axis->setLabelsFont(font);
    axis->setLabelsColor(palette.color(QPalette::WindowText));
    axis->setGridLineColor(palette.color(QPalette::Mid));
}

/// Round limits; an axis whose values are all equal (every bar 0) first gets room to show them.
void niceNumbers(QValueAxis* axis)
{
    if (!(axis->max() > axis->min()))
        axis->setRange(std::min(0.0, axis->min()), std::max(1.0, axis->max()));
    axis->applyNiceNumbers();
}

/// An axis of counts from 0: whole numbers only, however small the counts.
void countAxis(QValueAxis* axis)
{
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setMin(0);
    const double top = std::ceil(axis->max());
    if (top <= 5) {
        axis->setMax(std::max(1.0, top));
        axis->setTickCount(static_cast<int>(std::max(1.0, top)) + 1);
    } else {
        niceNumbers(axis);
    }
}

/// Names under bars: slanted, so that campaign and channel names stay readable side by side.
QBarCategoryAxis* namesAxis(const QStringList& names)
{
    auto* axis = new QBarCategoryAxis;
    QStringList shown;
    for (const QString& name : names)
        shown << (name.size() > 18 ? name.left(17) + QChar(0x2026) : name);
    axis->append(shown);
    if (names.size() > 3)
        axis->setLabelsAngle(-50);
    return axis;
}

/// Puts `series` on the axes `x` and `y` at their sides, in the window's colours; categories at
/// the bottom are named in full.
void attachAxes(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, Qt::Alignment xSide, QAbstractAxis* y,
    Qt::Alignment ySide, const QPalette& palette)
{
    chart->addAxis(x, xSide);
    chart->addAxis(y, ySide);
    series->attachAxis(x);
    series->attachAxis(y);
    styleAxis(x, palette);
    styleAxis(y, palette);
    if (auto* categories = qobject_cast<QBarCategoryAxis*>(x); categories && xSide == Qt::AlignBottom)
        SpacedCategoryLabels::attach(chart, categories);
}

/// The bars' categories on one side and their counts, from 0 in whole numbers, on the other.
void countBars(QChart* chart, QAbstractSeries* bars, QAbstractAxis* categories, Qt::Alignment categoriesSide,
    Qt::Alignment countsSide, const QPalette& palette)
{
    auto* counts = new QValueAxis;
    attachAxes(chart, bars, categories, categoriesSide, counts, countsSide, palette);
    countAxis(counts);
}

QBarSet* barSet(const QString& name, const QColor& colour)
{
    auto* set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(colour);
    return set;
}

/// Shows the exact value of the bar under the pointer.
void tipOnHover(QBarSet* set, const std::function<QString(int index)>& text)
{
    QObject::connect(set, &QBarSet::hovered, set, [text](bool on, int index) {
        if (on)
            QToolTip::showText(QCursor::pos(), text(index));
        else
            QToolTip::hideText();
    });
}

} // namespace

BuiltChart BuiltChart::showing(const QString& text)
{
    BuiltChart built;
    built.emptyText = text;
    return built;
}

QStringList ProgramCharts::seriesLabels(const std::vector<metrics::SeriesPoint>& series, metrics::Bucket bucket)
{
    const QLocale locale;
    const bool weeks = bucket == metrics::Bucket::Week;
    // Short enough for a dozen bars side by side; the tooltip has the whole date. A category axis
    // shows a repeated name once and drops its bar, so a period longer than a year names the year.
    const auto make = [&](const QString& weekFormat, const QString& monthFormat) {
        QStringList labels;
        for (const metrics::SeriesPoint& point : series)
            labels << locale.toString(point.start.toLocalTime().date(), weeks ? weekFormat : monthFormat);
        return labels;
    };
    const auto unique = [](const QStringList& l) { return QSet<QString>(l.begin(), l.end()).size() == l.size(); };
    QStringList labels = make(tr("d/M", "week label"), tr("MMM", "month label"));
    if (unique(labels))
        return labels;
    // The year on the first label and where a new year begins ("Nov 25, Dec, Jan 26, Feb …"):
    // a year's name on every bar no longer fits under a dozen bars and is cut to "…".
    const QStringList withYear
        = make(tr("d/M/yy", "week label with the year"), tr("MMM yy", "month label with the year"));
    QStringList marked = labels;
    for (int i = 0; i < marked.size(); ++i) {
        const QDate day = series[size_t(i)].start.toLocalTime().date();
        if (i == 0 || day.year() != series[size_t(i - 1)].start.toLocalTime().date().year())
            marked[i] = withYear[i];
    }
    return unique(marked) ? marked : withYear;
}

std::vector<ChartKind> ProgramCharts::all()
{
    return {
        {QStringLiteral("series"), tr("Referrals and conversions over time"), &ProgramCharts::referralsOverTime},
        {QStringLiteral("funnel"), tr("Referral funnel"), &ProgramCharts::funnel},
        {QStringLiteral("roi"), tr("Return on investment by campaign"), &ProgramCharts::roiByCampaign},
        {QStringLiteral("revenueCost"), tr("Revenue and cost by campaign"), &ProgramCharts::revenueCostByCampaign},
        {QStringLiteral("channels"), tr("Mentions by channel and sentiment"), &ProgramCharts::mentionsByChannel},
        {QStringLiteral("sentiment"), tr("Net sentiment over time"), &ProgramCharts::sentimentOverTime},
        {QStringLiteral("top"), tr("Top advocates"), &ProgramCharts::topAdvocates},
    };
}

QPalette ProgramCharts::paperPalette()
{
    QPalette paper;
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        paper.setColor(role, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        paper.setColor(role, QColor(0x1d, 0x1b, 0x20));
    paper.setColor(QPalette::Mid, QColor(0xc8, 0xc4, 0xcc));
    return paper;
}

QImage ProgramCharts::paperImage(const BuiltChart& built, const QString& title, const QSize& size, qreal scale)
{
    if (!built.chart)
        return {};
    // A scene of its own: the chart is drawn without a window, on the offscreen platform too.
    QGraphicsScene scene;
    scene.addItem(built.chart);
    built.chart->setTitle(title);
    QFont titleFont = built.chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(11);
    built.chart->setTitleFont(titleFont);
    built.chart->setTitleBrush(QColor(0x4a, 0x2b, 0x6b));
    built.chart->setBackgroundBrush(Qt::white);
    built.chart->setBackgroundRoundness(0);
    built.chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    QImage image(size * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image; // the scene deletes the chart
}

std::vector<report::ReportChart> ProgramCharts::reportCharts(const report::ReportInput& input, qreal scale)
{
    ChartStyle style;
    style.palette = paperPalette();
    style.currency = input.extras.currency;
    style.channels = input.extras.channels;
    style.bucket = input.bucket;
    const QSize size(report::ReportDocument::kBodyWidth, report::ReportDocument::kChartHeight);
    std::vector<report::ReportChart> charts;
    for (const ChartKind& kind : all()) {
        const BuiltChart built = kind.build(input.figures, style);
        charts.push_back({kind.key, kind.title, paperImage(built, kind.title, size, scale), built.emptyText});
    }
    return charts;
}

QString ProgramCharts::percent(std::optional<double> ratio, int decimals)
{
    //: A ratio shown as a percentage; "—" when it is undefined
    return ratio ? tr("%1 %").arg(QLocale().toString(*ratio * 100.0, 'f', decimals)) : tr("—");
}

BuiltChart ProgramCharts::referralsOverTime(const metrics::ProgramFigures& f, const ChartStyle& style)
{
    const metrics::PeriodFigures& c = f.current;
    const QPalette& pal = style.palette;
    BuiltChart built;
    // Referrals and conversions by week or month.
    if (f.series.empty() || c.referrals == 0) {
        return BuiltChart::showing(tr("No referrals in this period yet."));
    } else {
        auto* chart = newChart(pal);
        auto* referrals = barSet(tr("Referrals"), kReferrals);
        auto* converted = barSet(tr("Converted"), kConverted);
        const QStringList labels = seriesLabels(f.series, style.bucket);
        for (const metrics::SeriesPoint& point : f.series) {
            built.keys.push_back(static_cast<qint64>(built.keys.size()));
            *referrals << static_cast<qreal>(point.referrals);
            *converted << static_cast<qreal>(point.converted);
        }
        const std::vector<metrics::SeriesPoint> series = f.series;
        tipOnHover(referrals, [series, labels](int i) {
            return tr("%1: %2 referrals, %3 converted")
                .arg(labels.value(i), QLocale().toString(series[size_t(i)].referrals),
                    QLocale().toString(series[size_t(i)].converted));
        });
        tipOnHover(converted, [series, labels](int i) {
            return tr("%1: %2 converted of %3 referrals")
                .arg(labels.value(i), QLocale().toString(series[size_t(i)].converted),
                    QLocale().toString(series[size_t(i)].referrals));
        });
        auto* bars = new QBarSeries;
        bars->append(referrals);
        bars->append(converted);
        built.bars = bars;
        chart->addSeries(bars);
        auto* x = new QBarCategoryAxis;
        x->append(labels);
        countBars(chart, bars, x, Qt::AlignBottom, Qt::AlignLeft, pal);
        built.chart = chart;
    }

    return built;
}

BuiltChart ProgramCharts::funnel(const metrics::ProgramFigures& f, const ChartStyle& style)
{
    const metrics::PeriodFigures& c = f.current;
    const QPalette& pal = style.palette;
    const QLocale locale;
    BuiltChart built;
    // The funnel: how far the period's referrals got.
    if (c.referrals == 0) {
        return BuiltChart::showing(tr("The funnel shows how far referrals get, once there are some."));
    } else {
        auto* chart = newChart(pal);
        const metrics::Funnel& fu = c.funnel;
        const std::pair<domain::ReferralStatus, std::pair<QString, qint64>> stages[] = {
            {domain::ReferralStatus::Rewarded, {tr("Rewarded"), fu.rewarded}},
            {domain::ReferralStatus::Approved, {tr("Approved"), fu.approved}},
            {domain::ReferralStatus::Converted, {tr("Converted"), fu.converted}},
            {domain::ReferralStatus::SignedUp, {tr("Signed up"), fu.signedUp}},
            {domain::ReferralStatus::Pending, {tr("Invited"), fu.pending}},
        };
        auto* set = barSet(tr("Referrals"), kReferrals);
        QStringList labels;
        std::vector<int> statuses;
        for (const auto& [status, stage] : stages) {
            *set << static_cast<qreal>(stage.second);
            labels << stage.first;
            statuses.push_back(static_cast<int>(status));
        }
        const qint64 all = c.referrals;
        std::vector<qint64> values;
        for (const auto& s : stages)
            values.push_back(s.second.second);
        tipOnHover(set, [labels, values, all](int i) {
            return tr("%1: %2 (%3 of all referrals)")
                .arg(labels.value(i), QLocale().toString(values[size_t(i)]),
                    percent(
                        all > 0 ? std::optional<double>(double(values[size_t(i)]) / double(all)) : std::nullopt, 0));
        });
        auto* bars = new QHorizontalBarSeries;
        bars->append(set);
        built.bars = bars;
        built.keys.assign(statuses.begin(), statuses.end());
        chart->addSeries(bars);
        chart->legend()->hide();
        chart->setTitle(
            tr("Rejected: %1 · Reversed: %2").arg(locale.toString(fu.rejected), locale.toString(fu.reversed)));
        chart->setTitleBrush(pal.color(QPalette::PlaceholderText));
        auto* y = new QBarCategoryAxis;
        y->append(labels);
        countBars(chart, bars, y, Qt::AlignLeft, Qt::AlignBottom, pal);
        built.chart = chart;
    }

    return built;
}

namespace {

/// The campaigns worth a bar: those with referrals or costs in the period.
std::vector<metrics::CampaignFigures> campaignsShown(const metrics::ProgramFigures& f)
{
    std::vector<metrics::CampaignFigures> campaigns;
    for (const metrics::CampaignFigures& cf : f.campaigns) {
        if (cf.referrals > 0 || cf.costMinor() > 0)
            campaigns.push_back(cf);
    }
    return campaigns;
}

} // namespace

BuiltChart ProgramCharts::roiByCampaign(const metrics::ProgramFigures& f, const ChartStyle& style)
{
    const std::vector<metrics::CampaignFigures> campaigns = campaignsShown(f);
    if (campaigns.empty())
        return BuiltChart::showing(tr("Each campaign's return shows here once it has referrals or costs."));
    if (std::none_of(campaigns.begin(), campaigns.end(),
            [](const metrics::CampaignFigures& cf) { return cf.roi().has_value(); }))
        return BuiltChart::showing(tr("No campaign has had a cost yet, so there is no return to measure: rewards "
                                      "count once they are approved."));
    const QPalette& pal = style.palette;
    BuiltChart built;
    auto* chart = newChart(pal);
    auto* set = barSet(tr("Return on investment"), kReferrals);
    QStringList names;
    for (const metrics::CampaignFigures& cf : campaigns) {
        names << cf.name;
        built.keys.push_back(cf.campaignId);
        *set << (cf.roi() ? *cf.roi() * 100.0 : 0.0);
    }
    tipOnHover(set, [campaigns, names](int i) {
        const auto roi = campaigns[size_t(i)].roi();
        return roi ? tr("%1: %2").arg(names.value(i), percent(roi, 0))
                   : tr("%1: undefined, the campaign has no cost yet").arg(names.value(i));
    });
    auto* bars = new QBarSeries;
    bars->append(set);
    chart->addSeries(bars);
    chart->legend()->hide();
    auto* x = namesAxis(names);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    attachAxes(chart, bars, x, Qt::AlignBottom, y, Qt::AlignLeft, pal);
    niceNumbers(y);
    built.chart = chart;
    built.bars = bars;
    return built;
}

BuiltChart ProgramCharts::revenueCostByCampaign(const metrics::ProgramFigures& f, const ChartStyle& style)
{
    const std::vector<metrics::CampaignFigures> campaigns = campaignsShown(f);
    if (campaigns.empty())
        return BuiltChart::showing(tr("Each campaign's revenue and cost show here."));
    const QPalette& pal = style.palette;
    const double unit = std::pow(10.0, domain::Money::minorDigits(style.currency));
    BuiltChart built;
    auto* chart = newChart(pal);
    auto* revenueSet = barSet(tr("Revenue"), kRevenue);
    auto* costSet = barSet(tr("Cost"), kCost);
    QStringList names;
    for (const metrics::CampaignFigures& cf : campaigns) {
        names << cf.name;
        built.keys.push_back(cf.campaignId);
        *revenueSet << static_cast<qreal>(cf.revenueMinor) / unit;
        *costSet << static_cast<qreal>(cf.costMinor()) / unit;
    }
    const QString currency = style.currency;
    const auto moneyTip = [campaigns, names, currency](int i) {
        const metrics::CampaignFigures& cf = campaigns[size_t(i)];
        return tr("%1: revenue %2, cost %3")
            .arg(names.value(i), domain::Money(cf.revenueMinor, currency).format(),
                domain::Money(cf.costMinor(), currency).format());
    };
    tipOnHover(revenueSet, moneyTip);
    tipOnHover(costSet, moneyTip);
    auto* bars = new QBarSeries;
    bars->append(revenueSet);
    bars->append(costSet);
    chart->addSeries(bars);
    auto* x = namesAxis(names);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(style.currency);
    y->setTitleBrush(pal.color(QPalette::WindowText));
    attachAxes(chart, bars, x, Qt::AlignBottom, y, Qt::AlignLeft, pal);
    y->setMin(0);
    niceNumbers(y);
    built.chart = chart;
    built.bars = bars;
    return built;
}

BuiltChart ProgramCharts::mentionsByChannel(const metrics::ProgramFigures& f, const ChartStyle& style)
{
    const metrics::PeriodFigures& c = f.current;
    const QPalette& pal = style.palette;
    const QLocale locale;
    BuiltChart built;
    // Word of mouth by channel, stacked by sentiment.
    const metrics::WordOfMouthFigures& w = c.wordOfMouth;
    if (w.byChannel.empty()) {
        return BuiltChart::showing(
            tr("No mentions in this period. Log what people say on the Mentions page, or import the "
               "export of your listening tool."));
    } else {
        auto* chart = newChart(pal);
        auto* positive = barSet(tr("Positive"), kPositive);
        auto* neutral = barSet(tr("Neutral"), kNeutral);
        auto* negative = barSet(tr("Negative"), kNegative);
        // The busiest channels, and the rest together: a bar per channel would be too thin to name.
        constexpr size_t kShownChannels = 7;
        std::vector<metrics::ChannelSentiment> channels;
        QStringList names;
        for (const metrics::ChannelSentiment& ch : w.byChannel) {
            if (channels.size() < kShownChannels || w.byChannel.size() == kShownChannels + 1) {
                built.keys.push_back(static_cast<qint64>(channels.size()));
                channels.push_back(ch);
                names << domain::MentionChannels::nameOf(ch.channel, style.channels);
                continue;
            }
            if (channels.size() == kShownChannels) {
                built.keys.push_back(-1);
                channels.push_back(metrics::ChannelSentiment {});
                names << tr("Other channels");
            }
            metrics::ChannelSentiment& rest = channels.back();
            rest.positive += ch.positive;
            rest.neutral += ch.neutral;
            rest.negative += ch.negative;
            rest.reach += ch.reach;
        }
        for (const metrics::ChannelSentiment& ch : channels) {
            *positive << static_cast<qreal>(ch.positive);
            *neutral << static_cast<qreal>(ch.neutral);
            *negative << static_cast<qreal>(ch.negative);
        }
        const auto tip = [channels, names](int i) {
            const metrics::ChannelSentiment& ch = channels[size_t(i)];
            return tr("%1: %2 positive, %3 neutral, %4 negative; reach %5")
                .arg(names.value(i), QLocale().toString(ch.positive), QLocale().toString(ch.neutral),
                    QLocale().toString(ch.negative), QLocale().toString(ch.reach));
        };
        for (QBarSet* set : {positive, neutral, negative})
            tipOnHover(set, tip);
        auto* bars = new QStackedBarSeries;
        bars->append(positive);
        bars->append(neutral);
        bars->append(negative);
        built.bars = bars;
        chart->addSeries(bars);
        chart->setTitle(tr("Net sentiment %1 · reach %2").arg(percent(w.netSentiment(), 0), locale.toString(w.reach)));
        chart->setTitleBrush(pal.color(QPalette::PlaceholderText));
        countBars(chart, bars, namesAxis(names), Qt::AlignBottom, Qt::AlignLeft, pal);
        built.chart = chart;
    }

    return built;
}

BuiltChart ProgramCharts::sentimentOverTime(const metrics::ProgramFigures& f, const ChartStyle& style)
{
    const bool any
        = std::any_of(f.series.begin(), f.series.end(), [](const metrics::SeriesPoint& p) { return p.mentions() > 0; });
    if (!any)
        return BuiltChart::showing(tr("How the tone of what people say changes shows here once there are mentions."));
    const QPalette& pal = style.palette;
    auto* chart = newChart(pal);
    auto* line = new QLineSeries;
    line->setName(tr("Net sentiment"));
    QPen pen(kPositive);
    pen.setWidth(3);
    line->setPen(pen);
    line->setPointsVisible(true);
    const QStringList labels = seriesLabels(f.series, style.bucket);
    for (size_t i = 0; i < f.series.size(); ++i) {
        const metrics::SeriesPoint& p = f.series[i];
        // A bucket without mentions has no tone: the line passes over it.
        if (const auto net = p.netSentiment())
            line->append(static_cast<qreal>(i), *net * 100.0);
    }
    const std::vector<metrics::SeriesPoint> series = f.series;
    QObject::connect(line, &QLineSeries::hovered, line, [series, labels](const QPointF& point, bool on) {
        const auto i = static_cast<size_t>(std::lround(point.x()));
        if (!on || i >= series.size()) {
            QToolTip::hideText();
            return;
        }
        const metrics::SeriesPoint& p = series[i];
        QToolTip::showText(QCursor::pos(),
            tr("%1: net sentiment %2 (%3 positive, %4 neutral, %5 negative)")
                .arg(labels.value(static_cast<int>(i)), percent(p.netSentiment(), 0),
                    QLocale().toString(p.positiveMentions), QLocale().toString(p.neutralMentions),
                    QLocale().toString(p.negativeMentions)));
    });
    chart->addSeries(line);
    chart->legend()->hide();
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    auto* y = new QValueAxis;
    y->setRange(-100, 100);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    attachAxes(chart, line, x, Qt::AlignBottom, y, Qt::AlignLeft, pal);
    BuiltChart built;
    built.chart = chart;
    return built;
}

BuiltChart ProgramCharts::topAdvocates(const metrics::ProgramFigures& f, const ChartStyle& style)
{
    const QPalette& pal = style.palette;
    BuiltChart built;
    // Top advocates by converted referrals, best first.
    if (f.topAdvocates.empty()) {
        return BuiltChart::showing(tr("The advocates who bring the most customers show here."));
    } else {
        auto* chart = newChart(pal);
        auto* set = barSet(tr("Converted referrals"), kConverted);
        QStringList names;
        std::vector<qint64> ids;
        const std::vector<metrics::TopAdvocate> top = f.topAdvocates;
        for (const metrics::TopAdvocate& a : top) {
            // "Aadhya S.": short enough to stand under a bar; the tooltip has the whole name.
            const QStringList words = a.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            names << (words.size() > 1 ? words.first() + QLatin1Char(' ') + words.last().left(1) + QLatin1Char('.')
                                       : a.name);
            ids.push_back(a.advocateId);
            *set << static_cast<qreal>(a.converted);
        }
        const QString currency = style.currency;
        tipOnHover(set, [top, currency](int i) {
            const metrics::TopAdvocate& a = top[size_t(i)];
            return tr("%1: %2 converted of %3 referrals, revenue %4")
                .arg(a.name, QLocale().toString(a.converted), QLocale().toString(a.referrals),
                    domain::Money(a.revenueMinor, currency).format());
        });
        auto* bars = new QBarSeries;
        bars->append(set);
        built.bars = bars;
        built.keys = ids;
        chart->addSeries(bars);
        chart->legend()->hide();
        // Names slanted under the bars: Qt Charts cuts the names of a vertical category axis
        // down to "…" once there are more than a few.
        countBars(chart, bars, namesAxis(names), Qt::AlignBottom, Qt::AlignLeft, pal);
        built.chart = chart;
    }
    return built;
}

} // namespace grapevine::ui
