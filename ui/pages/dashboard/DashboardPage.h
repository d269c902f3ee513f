// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>

#include <QWidget>

#include "DashboardLoader.h"

class QComboBox;
class QLabel;
class QStackedWidget;

namespace grapevine {
class Clock;
class Settings;
namespace db {
class Database;
}
} // namespace grapevine

namespace grapevine::ui {

class ChartCard;
class FileChooser;
class KpiTile;
class Prompter;

/// "Is this paying off?" at a glance: the key figures of a period (with their change against
/// the period before) and the charts of DESIGN.md "Metrics", for all campaigns or one. The
/// figures are computed off the GUI thread; the page shows the last ones until the new arrive.
/// Clicking a bar opens the records behind it on their page.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Period {
        ThisMonth,
        Last30Days,
        Last3Months,
        ThisYear,
        Last12Months,
        AllTime
    };

    /// What stageRequested() asks for to see every referral.
    static constexpr int kAllStages = -1;

    DashboardPage(
        Settings& settings, Prompter& prompter, FileChooser& files, const Clock& clock, QWidget* parent = nullptr);
    ~DashboardPage() override;

    void setDatabase(db::Database* database);
    /// Reads the figures again (after anything changed them).
    void reload();

    bool isLoading() const { return m_loader.isLoading(); }
    const std::optional<DashboardData>& data() const { return m_data; }
    void setPeriod(Period period);
    /// Nothing: all campaigns.
    void setCampaign(std::optional<qint64> campaignId);
    KpiTile* tile(const QString& key) const;
    ChartCard* card(const QString& key) const;

    /// [from, to) of `period` around `now`, in local time (`from` invalid: since the start).
    static std::pair<QDateTime, QDateTime> range(Period period, const QDateTime& now);

signals:
    /// A funnel bar: show the referrals at that stage (a domain::ReferralStatus as int, or
    /// kAllStages) made in [from, to) (an invalid `from`: since the beginning).
    void stageRequested(int status, const QDateTime& from, const QDateTime& to);
    void campaignRequested(qint64 campaignId);
    void advocateRequested(qint64 advocateId);
    /// A bar of the series: the referrals made in [from, to).
    void referralsRequested(const QDateTime& from, const QDateTime& to);
    /// A channel's bar: its mentions (all channels when `channel` is empty) on those days;
    /// an invalid `first` is since the beginning.
    void mentionsRequested(const QString& channel, const QDate& first, const QDate& last);
    void importRequested();

private:
    void buildUi();
    void filtersChanged();
    void onLoaded(const DashboardData& data);
    void showTiles(const DashboardData& data);
    void showCharts(const DashboardData& data);
    void fillCampaigns(const DashboardData& data);
    QString money(qint64 minor) const;

    Settings& m_settings;
    Prompter& m_prompter;
    FileChooser& m_files;
    const Clock& m_clock;
    db::Database* m_database = nullptr;
    DashboardLoader m_loader;
    std::optional<DashboardData> m_data;
    QString m_currency = QStringLiteral("USD");

    QComboBox* m_period = nullptr;
    QComboBox* m_campaign = nullptr;
    QComboBox* m_bucket = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_banner = nullptr;
    std::map<QString, KpiTile*> m_tiles;
    std::map<QString, ChartCard*> m_cards;
};

} // namespace grapevine::ui
