// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include "CampaignSummary.h"
#include "WordOfMouth.h"
#include "domain/Result.h"

namespace grapevine::metrics {

/// How the time series are cut.
enum class Bucket {
    Week, ///< weeks begin on Monday
    Month
};

/// What to measure: one campaign or all, over [from, to).
struct MetricsQuery
{
    QDateTime from; ///< invalid: since the first referral
    QDateTime to; ///< exclusive; invalid: up to `now`
    std::optional<qint64> campaignId; ///< empty: all campaigns
    Bucket bucket = Bucket::Month;
    int topAdvocates = 10;
    /// Where weeks, months and the dates of campaign costs begin: the business's own clock.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    /// Tests: read as on a platform whose Qt driver has an SQLite of its own (native::handleOf).
    bool viaQtDriver = false;
};

/// The funnel: each stage counts the referrals now at it or past it, so a rewarded referral is
/// counted in every stage. Rejected and reversed referrals no longer count as having reached
/// any stage (a reversed one is not converted, DESIGN.md), so they are counted apart, and
/// pending + rejected + reversed is every referral.
struct Funnel
{
    qint64 pending = 0;
    qint64 signedUp = 0;
    qint64 converted = 0;
    qint64 approved = 0;
    qint64 rewarded = 0;
    qint64 rejected = 0;
    qint64 reversed = 0;
};

/// Net Promoter Score of the 0–10 scores recorded in the period (dated by when they were
/// recorded, or by when the advocate joined when that is not known).
struct NpsFigures
{
    qint64 promoters = 0; ///< 9–10
    qint64 passives = 0; ///< 7–8
    qint64 detractors = 0; ///< 0–6

    qint64 responses() const { return promoters + passives + detractors; }
    /// % promoters − % detractors, from −100 to 100; nothing without scores.
    std::optional<double> score() const;
};

/// The key figures of one period, as DESIGN.md "Metrics" defines them. A ratio whose
/// denominator is zero is empty, never 0 or NaN.
struct PeriodFigures
{
    QDateTime from; ///< invalid when the period is open at the start
    QDateTime to;
    qint64 referrals = 0; ///< created in the period
    Funnel funnel;
    qint64 participatingAdvocates = 0; ///< advocates with at least one referral in the period
    qint64 activeAdvocates = 0; ///< active advocates who had joined before the period ended
    qint64 revenueMinor = 0;
    qint64 rewardCostMinor = 0; ///< approved or issued rewards, both sides, points at the value per point
    qint64 otherCostMinor = 0; ///< recorded campaign costs incurred in the period
    qint64 liabilityMinor = 0; ///< rewards approved but not yet issued
    std::optional<qint64> baselineCacMinor; ///< the setting; empty while it is not set (0)
    NpsFigures nps; ///< of the whole business, whatever the campaign
    WordOfMouthFigures wordOfMouth;

    qint64 converted() const { return funnel.converted; }
    qint64 costMinor() const { return rewardCostMinor + otherCostMinor; }
    /// converted ÷ referrals.
    std::optional<double> conversionRate() const;
    /// participating advocates ÷ active advocates.
    std::optional<double> participationRate() const;
    /// (revenue − cost) ÷ cost.
    std::optional<double> roi() const;
    /// cost ÷ converted, rounded to the nearest minor unit.
    std::optional<qint64> cacMinor() const;
    /// baseline CAC − CAC: what each customer won through referrals saved against paid channels.
    std::optional<qint64> cacSavingMinor() const;
    /// referrals per participating advocate × conversion rate.
    std::optional<double> kFactor() const;
};

/// One bucket of the time series, clipped to the period.
struct SeriesPoint
{
    QDateTime start;
    QDateTime end; ///< exclusive
    qint64 referrals = 0;
    qint64 converted = 0; ///< of those referrals, now converted (by when the referral was made)
    qint64 positiveMentions = 0; ///< mentions that occurred in the bucket, by sentiment
    qint64 neutralMentions = 0;
    qint64 negativeMentions = 0;

    qint64 mentions() const { return positiveMentions + neutralMentions + negativeMentions; }
    /// (positive − negative) ÷ all mentions of the bucket; nothing without mentions.
    std::optional<double> netSentiment() const;
};

/// An advocate ranked by converted referrals in the period, then by revenue.
struct TopAdvocate
{
    qint64 advocateId = 0;
    QString name; ///< first and last name, or the email when there is no name
    qint64 referrals = 0;
    qint64 converted = 0;
    qint64 revenueMinor = 0;
};

/// Everything the dashboard, the reports and the CLI show, from one computation.
struct ProgramFigures
{
    PeriodFigures current;
    /// The period of the same length just before `from`, for the change on the KPI tiles;
    /// empty when the period is open at the start.
    std::optional<PeriodFigures> previous;
    std::vector<CampaignFigures> campaigns; ///< in the period, by campaign id; with their names
    std::vector<SeriesPoint> series;
    std::vector<TopAdvocate> topAdvocates;
    /// The longest referred-by chain of the whole network: 1 when nobody was referred, 0 with no
    /// advocates. A chain that loops back on itself counts each advocate once.
    int generations = 0;
};

/// What ProgramMetrics may keep from one computation to the next on the same file. The
/// generations need every referred-by link handed over from SQLite (about 100 ms for a million
/// advocates) and rarely change; a fingerprint of the links, added up inside SQLite (about
/// 15 ms), tells when they did. One per database file, used by one thread at a time.
struct MetricsCache
{
    std::optional<std::array<qint64, 3>> linksFingerprint;
    int generations = 0;
};

/// The one implementation of DESIGN.md "Metrics". Aggregates in SQL on indexes and on the
/// daily totals the schema keeps, so a file of a million referrals takes well under 200 ms.
class ProgramMetrics final
{
    Q_DECLARE_TR_FUNCTIONS(ProgramMetrics)

public:
    /// `now` ends an open period and decides which negative mentions are overdue. With a
    /// `cache`, what has not changed since its last use is not read again.
    static Result<ProgramFigures> compute(
        const QSqlDatabase& db, const MetricsQuery& query, const QDateTime& now, MetricsCache* cache = nullptr);
};

} // namespace grapevine::metrics
