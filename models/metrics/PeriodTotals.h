// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <map>
#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QTimeZone>

#include "domain/Referral.h"
#include "domain/Result.h"

namespace grapevine::metrics {

/// A half-open span of time [from, to) in seconds since the epoch; an end that is not set is
/// open. Referrals, and the rewards that come from them, belong to the span their referral was
/// created in.
struct Span
{
    std::optional<qint64> from;
    std::optional<qint64> to;

    bool contains(qint64 t) const { return (!from || t >= *from) && (!to || t < *to); }
};

/// Referrals of one status: how many, and the sum of their order values.
struct StatusTotals
{
    qint64 referrals = 0;
    qint64 orderValueMinor = 0;
};

/// The sums every metric of DESIGN.md "Metrics" is made of, for one campaign and one span.
struct CampaignTotals
{
    qint64 campaignId = 0;
    /// Indexed by domain::ReferralStatus.
    std::array<StatusTotals, 7> byStatus {};
    qint64 earnedMinor = 0; ///< rewards approved or issued, other kinds than points, at cost
    qint64 earnedPoints = 0; ///< points of the approved or issued points rewards
    qint64 owedMinor = 0; ///< approved, not yet issued, other kinds than points
    qint64 owedPoints = 0;
    qint64 otherCostMinor = 0; ///< recorded campaign costs incurred in the span

    const StatusTotals& at(domain::ReferralStatus s) const { return byStatus[static_cast<size_t>(s)]; }
    StatusTotals& at(domain::ReferralStatus s) { return byStatus[static_cast<size_t>(s)]; }

    qint64 referrals() const;
    /// Now converted, approved or rewarded; a reversed referral no longer counts.
    qint64 converted() const;
    /// The order values of the converted referrals.
    qint64 revenueMinor() const;
    /// Rewards approved or issued, both sides, points at `pointValueMinor` each.
    qint64 rewardCostMinor(qint64 pointValueMinor) const;
    /// Rewards approved and not yet issued, valued as rewardCostMinor().
    qint64 liabilityMinor(qint64 pointValueMinor) const;

    CampaignTotals& operator+=(const CampaignTotals& other);
};

/// Whether a referral of this status counts as converted (DESIGN.md "Converted").
bool countsAsConverted(domain::ReferralStatus status);

/// The SQL condition, over a column holding status keys, for countsAsConverted().
QString convertedCondition(const QString& column);

/// The first calendar date, in `zone`, that starts at or after `t`: campaign costs are dated,
/// and a cost belongs to the span its date begins in.
QDate firstDateStartingAtOrAfter(qint64 t, const QTimeZone& zone);

/// Adds up referrals, rewards and campaign costs per campaign. Whole UTC days come from the
/// daily totals the schema keeps (referral_days, reward_days); the part days at the ends of
/// the span from the referrals and rewards themselves, so any span is exact.
class PeriodTotals final
{
    Q_DECLARE_TR_FUNCTIONS(PeriodTotals)

public:
    /// Keyed by campaign id; campaigns with nothing in the span are absent. `zone` decides
    /// when a dated campaign cost begins. `doing` names the work in an error message.
    static Result<std::map<qint64, CampaignTotals>> compute(const QSqlDatabase& db, const Span& span,
        std::optional<qint64> campaignId, const QTimeZone& zone, const QString& doing = QString());
};

} // namespace grapevine::metrics
