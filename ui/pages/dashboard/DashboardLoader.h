// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QObject>
#include <QString>

#include "domain/MentionChannels.h"
#include "mentions/ResponseWorkflow.h"
#include "metrics/ProgramMetrics.h"
#include "widgets/NewestJobRunner.h"

namespace grapevine {
class Clock;
namespace db {
class Database;
}
} // namespace grapevine

namespace grapevine::ui {

/// A campaign the dashboard can be narrowed to.
struct DashboardCampaign
{
    qint64 id = 0;
    QString name;
};

/// What the dashboard shows, read in one go.
struct DashboardData
{
    std::optional<metrics::ProgramFigures> figures;
    mentions::QueueCounts queue; ///< negative mentions still waiting for a response
    std::vector<DashboardCampaign> campaigns; ///< every campaign, for the filter
    QString currency = QStringLiteral("USD");
    QList<domain::MentionChannel> channels; ///< the business's, for their names
    QString error; ///< why the figures could not be read
    qint64 generation = 0;
};

/// Computes the dashboard's figures on a thread of its own with a connection of its own, so the
/// page never waits for a file of a million referrals. Only the newest request is reported: a
/// filter changed while one is computed replaces it.
class DashboardLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardLoader)

public:
    explicit DashboardLoader(const Clock& clock, QObject* parent = nullptr);
    /// Waits for a computation still running.
    ~DashboardLoader() override;

    qint64 request(const db::Database& database, const metrics::MetricsQuery& query);
    bool isLoading() const { return m_runner.isBusy(); }
    /// Waits for the computation running (before its database closes); nothing is reported.
    void stop();
    /// Forgets what was kept from the last database.
    void resetCache();

    /// The work itself, on the calling thread (the worker and the tests use it).
    static DashboardData read(QSqlDatabase db, const metrics::MetricsQuery& query, const Clock& clock,
        metrics::MetricsCache* cache = nullptr);

signals:
    void loaded(const grapevine::ui::DashboardData& data);

private:
    const Clock& m_clock;
    NewestJobRunner m_runner;
    /// What does not change between two requests (the depth of the referral network); one
    /// request at a time uses it. Forgotten with the database.
    std::shared_ptr<metrics::MetricsCache> m_cache = std::make_shared<metrics::MetricsCache>();
};

} // namespace grapevine::ui

Q_DECLARE_METATYPE(grapevine::ui::DashboardData)
