// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include "PeriodTotals.h"
#include "domain/Result.h"

namespace grapevine::metrics {

/// The figures of one campaign, as DESIGN.md "Metrics" defines them.
struct CampaignFigures
{
    qint64 campaignId = 0;
    QString name;
    qint64 referrals = 0; ///< every referral of the campaign, whatever its status
    qint64 converted = 0; ///< now converted, approved or rewarded
    qint64 revenueMinor = 0; ///< order values of the converted referrals
    qint64 rewardCostMinor = 0; ///< rewards approved or issued, at cost, both sides, points at the value per point
    qint64 otherCostMinor = 0; ///< the campaign's recorded costs

    qint64 costMinor() const { return rewardCostMinor + otherCostMinor; }
    /// (revenue − cost) ÷ cost; nothing when there is no cost, since the ratio is undefined.
    std::optional<double> roi() const;
    /// converted ÷ referrals; nothing when there are no referrals.
    std::optional<double> conversionRate() const;

    /// The figures of `totals`, points valued at `pointValueMinor` each.
    static CampaignFigures from(const CampaignTotals& totals, qint64 pointValueMinor);
};

/// (revenue − cost) ÷ cost, or nothing when cost is 0 (shown as "—", never as 0).
std::optional<double> returnOnInvestment(qint64 revenueMinor, qint64 costMinor);

/// Figures for every campaign at once, all time, from the same totals as ProgramMetrics
/// (never one query per campaign).
class CampaignSummary final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignSummary)

public:
    /// Every campaign of the file keyed by id; a campaign without referrals or costs has zeros.
    static Result<QHash<qint64, CampaignFigures>> compute(const QSqlDatabase& db);
};

} // namespace grapevine::metrics
