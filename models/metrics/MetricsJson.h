// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include "ProgramMetrics.h"

namespace grapevine::metrics {

/// The metrics as JSON, under the names of the report's JSON (issue 7), money in minor units.
/// A metric that is undefined (a division by zero) is null, never 0 or NaN.
class MetricsJson final
{
public:
    /// referrals, funnel{pending, signed_up, converted, approved, rewarded, rejected, reversed},
    /// conversion_rate, participation_rate, revenue_minor, cost_minor, roi, cac_minor,
    /// baseline_cac_minor, k_factor, liability_minor, mentions{total, positive, neutral,
    /// negative, reach, net_sentiment, answered_within_target}, nps.
    static QJsonObject period(const PeriodFigures& f);

    /// period() of the current period, plus from, to, generations, previous (period() of the
    /// previous period, or null), campaigns, series and top_advocates.
    static QJsonObject program(const ProgramFigures& f);
};

} // namespace grapevine::metrics
