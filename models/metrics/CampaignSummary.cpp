// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignSummary.h"

#include <QSqlQuery>

#include "store/SqlSupport.h"

namespace grapevine::metrics {

std::optional<double> returnOnInvestment(qint64 revenueMinor, qint64 costMinor)
{
    if (costMinor == 0)
        return std::nullopt;
    return static_cast<double>(revenueMinor - costMinor) / static_cast<double>(costMinor);
}

std::optional<double> CampaignFigures::roi() const
{
    return returnOnInvestment(revenueMinor, costMinor());
}

std::optional<double> CampaignFigures::conversionRate() const
{
    if (referrals == 0)
        return std::nullopt;
    return static_cast<double>(converted) / static_cast<double>(referrals);
}

Result<QHash<qint64, CampaignFigures>> CampaignSummary::compute(const QSqlDatabase& db)
{
    // Each source is aggregated on its own before the join: joining referrals to rewards and
    // costs first would multiply every sum by the rows on the other side. A reversed referral
    // no longer counts as converted (DESIGN.md), so its order value is not revenue either.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool ok = q.exec(QStringLiteral(
        "SELECT c.id, coalesce(r.referrals, 0), coalesce(r.converted, 0), coalesce(r.revenue, 0), "
        "coalesce(w.cost, 0), coalesce(k.cost, 0) "
        "FROM campaigns c "
        "LEFT JOIN (SELECT campaign_id, count(*) AS referrals, "
        "    sum(status IN ('converted', 'approved', 'rewarded')) AS converted, "
        "    sum(CASE WHEN status IN ('converted', 'approved', 'rewarded') THEN coalesce(order_value_minor, 0) "
        "        ELSE 0 END) AS revenue "
        "    FROM referrals GROUP BY campaign_id) r ON r.campaign_id = c.id "
        "LEFT JOIN (SELECT campaign_id, sum(cost_minor) AS cost FROM rewards "
        "    WHERE status IN ('approved', 'issued') GROUP BY campaign_id) w ON w.campaign_id = c.id "
        "LEFT JOIN (SELECT campaign_id, sum(amount_minor) AS cost FROM campaign_costs GROUP BY campaign_id) k "
        "    ON k.campaign_id = c.id"));
    if (!ok)
        return store::storageError(q.lastError(), tr("Adding up the campaigns' results"));
    QHash<qint64, CampaignFigures> figures;
    while (q.next()) {
        CampaignFigures f;
        f.campaignId = q.value(0).toLongLong();
        f.referrals = q.value(1).toLongLong();
        f.converted = q.value(2).toLongLong();
        f.revenueMinor = q.value(3).toLongLong();
        f.rewardCostMinor = q.value(4).toLongLong();
        f.otherCostMinor = q.value(5).toLongLong();
        figures.insert(f.campaignId, f);
    }
    return figures;
}

} // namespace grapevine::metrics
