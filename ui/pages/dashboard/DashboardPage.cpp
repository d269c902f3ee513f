// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QCursor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include "ChartCard.h"
#include "KpiTile.h"
#include "charts/ProgramCharts.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "domain/MentionChannels.h"
#include "domain/Money.h"
#include "domain/Referral.h"
#include "settings/Settings.h"

namespace grapevine::ui {

namespace {

using metrics::PeriodFigures;

using ProgramCharts = grapevine::ui::ProgramCharts;

QString percent(std::optional<double> ratio, int decimals = 1)
{
    return ProgramCharts::percent(ratio, decimals);
}

/// "▲ 12 % vs the previous period": the relative change of a count or an amount.
QString relativeChange(double now, double before)
{
    if (before == 0)
        return now == 0 ? DashboardPage::tr("no change") : DashboardPage::tr("new in this period");
    const double change = (now - before) / std::abs(before) * 100.0;
    if (std::abs(change) < 0.05)
        return DashboardPage::tr("no change");
    return DashboardPage::tr("%1 %2 % vs the previous period")
        .arg(change > 0 ? QStringLiteral("▲") : QStringLiteral("▼"), QLocale().toString(std::abs(change), 'f', 0));
}

/// "▲ 2.5 points": the change of a rate, in percentage points.
QString pointsChange(std::optional<double> now, std::optional<double> before)
{
    if (!now || !before)
        return {};
    const double points = (*now - *before) * 100.0;
    if (std::abs(points) < 0.05)
        return DashboardPage::tr("no change");
    return DashboardPage::tr("%1 %2 points vs the previous period")
        .arg(points > 0 ? QStringLiteral("▲") : QStringLiteral("▼"), QLocale().toString(std::abs(points), 'f', 1));
}

} // namespace

DashboardPage::DashboardPage(
    Settings& settings, Prompter& prompter, FileChooser& files, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_prompter(prompter)
    , m_files(files)
    , m_clock(clock)
    , m_loader(clock)
{
    setObjectName(QStringLiteral("dashboardPage"));
    buildUi();
    connect(&m_loader, &DashboardLoader::loaded, this, &DashboardPage::onLoaded);
}

DashboardPage::~DashboardPage()
{
    m_loader.stop();
}

void DashboardPage::buildUi()
{
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->setToolTip(tr("The period the figures and charts cover; the tiles compare it with the period of the "
                            "same length before it"));
    m_period->addItem(tr("This month"), static_cast<int>(Period::ThisMonth));
    m_period->addItem(tr("Last 30 days"), static_cast<int>(Period::Last30Days));
    m_period->addItem(tr("Last 3 months"), static_cast<int>(Period::Last3Months));
    m_period->addItem(tr("This year"), static_cast<int>(Period::ThisYear));
    m_period->addItem(tr("Last 12 months"), static_cast<int>(Period::Last12Months));
    m_period->addItem(tr("All time"), static_cast<int>(Period::AllTime));
    m_period->setCurrentIndex(
        std::max(0, m_period->findData(m_settings.value(Settings::Key::DashboardPeriod).toInt())));
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("campaignCombo"));
    m_campaign->setToolTip(tr("All campaigns, or one"));
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_campaign->addItem(tr("All campaigns"), QVariant());
    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(QStringLiteral("bucketCombo"));
    m_bucket->setToolTip(tr("How the charts over time are grouped"));
    m_bucket->addItem(tr("By month"), static_cast<int>(metrics::Bucket::Month));
    m_bucket->addItem(tr("By week"), static_cast<int>(metrics::Bucket::Week));
    m_bucket->setCurrentIndex(
        std::max(0, m_bucket->findData(m_settings.value(Settings::Key::DashboardBucket).toInt())));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* filters = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto* campaignLabel = new QLabel(tr("&Campaign:"), this);
    campaignLabel->setBuddy(m_campaign);
    filters->addWidget(periodLabel);
    filters->addWidget(m_period);
    filters->addSpacing(12);
    filters->addWidget(campaignLabel);
    filters->addWidget(m_campaign);
    filters->addSpacing(12);
    filters->addWidget(m_bucket);
    filters->addStretch();
    filters->addWidget(m_status);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("dashboardBanner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(10, 8, 10, 8);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->hide();
    connect(m_banner, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("import"))
            emit importRequested();
    });

    struct TileSpec
    {
        const char* key;
        QString caption;
        QString help;
    };
    const TileSpec tiles[] = {
        {"referrals", tr("Referrals"), tr("Referrals made in the period")},
        {"conversion", tr("Conversion rate"), tr("Referrals now converted, approved or rewarded ÷ referrals")},
        {"revenue", tr("Revenue"), tr("Order values of the converted referrals made in the period")},
        {"cost", tr("Cost"),
            tr("Rewards approved or issued to both sides, at cost (points at their value), plus the campaign costs "
               "recorded in the period")},
        {"roi", tr("Return on investment"), tr("(Revenue − cost) ÷ cost")},
        {"cac", tr("Cost per new customer"),
            tr("Cost ÷ converted referrals, beside what a customer costs through paid channels (set in the "
               "settings)")},
        {"kfactor", tr("K-factor"),
            tr("Referrals per advocate who referred × conversion rate: above 1, each customer brings more than one "
               "new customer")},
        {"awaiting", tr("Complaints awaiting a reply"),
            tr("Negative mentions that still need a response, and how many of them are past their due time")},
    };
    auto* tileGrid = new QGridLayout;
    tileGrid->setSpacing(8);
    int n = 0;
    for (const TileSpec& t : tiles) {
        auto* tile = new KpiTile(t.caption, t.help, this);
        tile->setObjectName(QStringLiteral("tile_%1").arg(QLatin1String(t.key)));
        m_tiles[QLatin1String(t.key)] = tile;
        tileGrid->addWidget(tile, n / 4, n % 4);
        ++n;
    }

    const std::vector<ChartKind> cards = ProgramCharts::all();
    auto* chartGrid = new QGridLayout;
    chartGrid->setSpacing(8);
    n = 0;
    for (const ChartKind& kind : cards) {
        auto* card = new ChartCard(kind.title, m_files, m_prompter, this);
        card->setObjectName(QStringLiteral("chart_%1").arg(kind.key));
        m_cards[kind.key] = card;
        // Seven charts: the last one has the whole width.
        const bool last = n + 1 == static_cast<int>(std::size(cards));
        chartGrid->addWidget(card, n / 2, n % 2, 1, last ? 2 : 1);
        ++n;
    }

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(filters);
    contentLayout->addWidget(m_banner);
    contentLayout->addLayout(tileGrid);
    contentLayout->addLayout(chartGrid, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    for (QComboBox* combo : {m_period, m_campaign, m_bucket})
        connect(combo, &QComboBox::activated, this, &DashboardPage::filtersChanged);
}

std::pair<QDateTime, QDateTime> DashboardPage::range(Period period, const QDateTime& now)
{
    const QDateTime local = now.toLocalTime();
    const QDate today = local.date();
    const QDateTime endOfToday(today.addDays(1), QTime(0, 0));
    switch (period) {
    case Period::ThisMonth:
        return {QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0)), endOfToday};
    case Period::Last30Days:
        return {QDateTime(today.addDays(-29), QTime(0, 0)), endOfToday};
    case Period::Last3Months:
        return {QDateTime(QDate(today.year(), today.month(), 1).addMonths(-2), QTime(0, 0)), endOfToday};
    case Period::ThisYear:
        return {QDateTime(QDate(today.year(), 1, 1), QTime(0, 0)), endOfToday};
    case Period::Last12Months:
        return {QDateTime(QDate(today.year(), today.month(), 1).addMonths(-11), QTime(0, 0)), endOfToday};
    case Period::AllTime:
        break;
    }
    return {QDateTime(), endOfToday};
}

void DashboardPage::setDatabase(db::Database* database)
{
    m_loader.resetCache();
    m_database = database;
    m_data.reset();
    if (m_database)
        reload();
}

void DashboardPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(std::max(0, m_period->findData(static_cast<int>(period))));
    filtersChanged();
}

void DashboardPage::setCampaign(std::optional<qint64> campaignId)
{
    m_campaign->setCurrentIndex(campaignId ? std::max(0, m_campaign->findData(*campaignId)) : 0);
    filtersChanged();
}

void DashboardPage::filtersChanged()
{
    m_settings.setValue(Settings::Key::DashboardPeriod, m_period->currentData());
    m_settings.setValue(Settings::Key::DashboardBucket, m_bucket->currentData());
    reload();
}

void DashboardPage::reload()
{
    if (!m_database)
        return;
    metrics::MetricsQuery query;
    const auto [from, to] = range(static_cast<Period>(m_period->currentData().toInt()), m_clock.nowUtc());
    query.from = from.isValid() ? from.toUTC() : QDateTime();
    query.to = to.toUTC();
    if (m_campaign->currentData().isValid())
        query.campaignId = m_campaign->currentData().toLongLong();
    query.bucket = static_cast<metrics::Bucket>(m_bucket->currentData().toInt());
    // As many as can be named side by side under their bars.
    query.topAdvocates = 8;
    m_status->setText(tr("Computing…"));
    m_loader.request(*m_database, query);
}

KpiTile* DashboardPage::tile(const QString& key) const
{
    const auto it = m_tiles.find(key);
    return it == m_tiles.end() ? nullptr : it->second;
}

ChartCard* DashboardPage::card(const QString& key) const
{
    const auto it = m_cards.find(key);
    return it == m_cards.end() ? nullptr : it->second;
}

QString DashboardPage::money(qint64 minor) const
{
    return domain::Money(minor, m_currency).format();
}

void DashboardPage::onLoaded(const DashboardData& data)
{
    m_status->clear();
    m_currency = data.currency;
    fillCampaigns(data);
    if (!data.figures) {
        m_banner->setText(tr("The figures cannot be computed: %1").arg(data.error.toHtmlEscaped()));
        m_banner->show();
        return;
    }
    m_data = data;
    const PeriodFigures& c = data.figures->current;
    const bool nothing = data.campaigns.empty() && c.referrals == 0 && c.wordOfMouth.mentions == 0;
    m_banner->setVisible(nothing || c.referrals == 0);
    if (nothing)
        m_banner->setText(tr("<b>Nothing to measure yet.</b> Create a refer-a-friend campaign on the Campaigns page, "
                             "record the referrals your advocates bring, or <a href=\"import\">import your "
                             "customers</a> to begin. The figures and charts fill in as you go."));
    else if (c.referrals == 0)
        m_banner->setText(tr("No referral was made in this period. Choose a longer period, or another campaign."));
    showTiles(data);
    showCharts(data);
}

void DashboardPage::fillCampaigns(const DashboardData& data)
{
    const QVariant current = m_campaign->currentData();
    const QSignalBlocker block(m_campaign);
    m_campaign->clear();
    m_campaign->addItem(tr("All campaigns"), QVariant());
    for (const DashboardCampaign& c : data.campaigns)
        m_campaign->addItem(c.name, c.id);
    m_campaign->setCurrentIndex(current.isValid() ? std::max(0, m_campaign->findData(current)) : 0);
}

void DashboardPage::showTiles(const DashboardData& data)
{
    const PeriodFigures& c = data.figures->current;
    const std::optional<PeriodFigures>& p = data.figures->previous;
    const QLocale locale;
    const auto change = [&p](double now, auto before) { return p ? relativeChange(now, before(*p)) : QString(); };
    const auto was = [&p](const QString& text) {
        return p ? tr("Previous period: %1").arg(text) : tr("The period has no period before it to compare with.");
    };

    tile(QStringLiteral("referrals"))
        ->setValue(locale.toString(c.referrals),
            change(static_cast<double>(c.referrals), [](const PeriodFigures& f) { return double(f.referrals); }),
            was(p ? locale.toString(p->referrals) : QString()));
    tile(QStringLiteral("conversion"))
        ->setValue(percent(c.conversionRate()), p ? pointsChange(c.conversionRate(), p->conversionRate()) : QString(),
            tr("%1 of %2 referrals converted.").arg(locale.toString(c.converted()), locale.toString(c.referrals))
                + QLatin1Char('\n') + was(p ? percent(p->conversionRate()) : QString()));
    tile(QStringLiteral("revenue"))
        ->setValue(money(c.revenueMinor),
            change(static_cast<double>(c.revenueMinor), [](const PeriodFigures& f) { return double(f.revenueMinor); }),
            was(p ? money(p->revenueMinor) : QString()));
    tile(QStringLiteral("cost"))
        ->setValue(money(c.costMinor()),
            change(static_cast<double>(c.costMinor()), [](const PeriodFigures& f) { return double(f.costMinor()); }),
            tr("Rewards %1, other costs %2; rewards approved but not yet issued: %3.")
                    .arg(money(c.rewardCostMinor), money(c.otherCostMinor), money(c.liabilityMinor))
                + QLatin1Char('\n') + was(p ? money(p->costMinor()) : QString()));
    tile(QStringLiteral("roi"))
        ->setValue(percent(c.roi(), 0), p ? pointsChange(c.roi(), p->roi()) : QString(),
            c.roi() ? was(p ? percent(p->roi(), 0) : QString()) : tr("Undefined while there is no cost to return on."));
    const auto cac = c.cacMinor();
    QString cacChange;
    if (cac && c.baselineCacMinor) {
        const qint64 saving = *c.baselineCacMinor - *cac;
        cacChange = saving >= 0 ? tr("%1 less than paid channels").arg(money(saving))
                                : tr("%1 more than paid channels").arg(money(-saving));
    } else if (cac) {
        cacChange = tr("set the paid-channel cost in the settings to compare");
    }
    tile(QStringLiteral("cac"))
        ->setValue(cac ? money(*cac) : tr("—"), cacChange,
            c.baselineCacMinor ? tr("Paid channels: %1 per customer.").arg(money(*c.baselineCacMinor))
                               : tr("No paid-channel cost is set."));
    const auto k = c.kFactor();
    tile(QStringLiteral("kfactor"))
        ->setValue(k ? locale.toString(*k, 'f', 2) : tr("—"),
            p && k && p->kFactor() ? tr("previous period: %1").arg(locale.toString(*p->kFactor(), 'f', 2)) : QString(),
            tr("%1 advocates referred someone; %2 of %3 active advocates took part.")
                .arg(locale.toString(c.participatingAdvocates), percent(c.participationRate()),
                    locale.toString(c.activeAdvocates)));
    tile(QStringLiteral("awaiting"))
        ->setValue(locale.toString(data.queue.open),
            data.queue.overdue > 0 ? tr("%1 overdue").arg(locale.toString(data.queue.overdue)) : tr("none overdue"),
            tr("Answered within the response target in this period: %1.")
                .arg(percent(c.wordOfMouth.answeredInTimeShare(), 0)));
}

void DashboardPage::showCharts(const DashboardData& data)
{
    const metrics::ProgramFigures& f = *data.figures;
    ChartStyle style;
    style.palette = palette();
    style.currency = m_currency;
    style.channels = data.channels;
    style.bucket = static_cast<metrics::Bucket>(m_bucket->currentData().toInt());

    // Each bar opens the records behind it: `emit` gets the bar's key.
    const auto show = [this](const char* key, BuiltChart built, const std::function<void(qint64)>& open) {
        ChartCard* target = card(QLatin1String(key));
        if (!built.chart) {
            target->setEmpty(built.emptyText);
            return;
        }
        if (built.bars && open) {
            const std::vector<qint64> keys = built.keys;
            connect(built.bars, &QAbstractBarSeries::clicked, this, [keys, open](int index, QBarSet*) {
                open(index >= 0 && static_cast<size_t>(index) < keys.size() ? keys[size_t(index)] : -1);
            });
        }
        target->setChart(built.chart);
    };
    const std::vector<metrics::SeriesPoint> series = f.series;
    const QDateTime from = f.current.from;
    const QDateTime to = f.current.to;
    show("series", ProgramCharts::referralsOverTime(f, style), [this, series, from, to](qint64 index) {
        if (index >= 0 && static_cast<size_t>(index) < series.size())
            emit referralsRequested(series[size_t(index)].start, series[size_t(index)].end);
        else
            emit stageRequested(kAllStages, from, to);
    });
    show("funnel", ProgramCharts::funnel(f, style), [this, from, to](qint64 status) {
        if (status >= 0)
            emit stageRequested(static_cast<int>(status), from, to);
    });
    const auto campaign = [this](qint64 id) {
        if (id > 0)
            emit campaignRequested(id);
    };
    show("roi", ProgramCharts::roiByCampaign(f, style), campaign);
    show("revenueCost", ProgramCharts::revenueCostByCampaign(f, style), campaign);
    const std::vector<metrics::ChannelSentiment> channels = f.current.wordOfMouth.byChannel;
    // The days of the figures, as the Mentions page's date filters take them.
    const QDate first = f.current.from.isValid() ? f.current.from.toLocalTime().date() : QDate();
    const QDate last = f.current.to.addSecs(-1).toLocalTime().date();
    show("channels", ProgramCharts::mentionsByChannel(f, style), [this, channels, first, last](qint64 index) {
        const bool one = index >= 0 && static_cast<size_t>(index) < channels.size();
        emit mentionsRequested(one ? channels[size_t(index)].channel : QString(), first, last);
    });
    show("sentiment", ProgramCharts::sentimentOverTime(f, style), nullptr);
    show("top", ProgramCharts::topAdvocates(f, style), [this](qint64 id) {
        if (id > 0)
            emit advocateRequested(id);
    });
}
} // namespace grapevine::ui
