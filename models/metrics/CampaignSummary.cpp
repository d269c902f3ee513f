// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignSummary.h"

#include <QSqlQuery>

#include "store/SettingsStore.h"
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

CampaignFigures CampaignFigures::from(const CampaignTotals& totals, qint64 pointValueMinor)
{
    CampaignFigures f;
    f.campaignId = totals.campaignId;
    f.referrals = totals.referrals();
    f.converted = totals.converted();
    f.revenueMinor = totals.revenueMinor();
    f.rewardCostMinor = totals.rewardCostMinor(pointValueMinor);
    f.otherCostMinor = totals.otherCostMinor;
    return f;
}

Result<QHash<qint64, CampaignFigures>> CampaignSummary::compute(const QSqlDatabase& db)
{
    const auto settings = store::SettingsStore(db).load();
    if (!settings)
        return settings.error();
    const QString doing = tr("Adding up the campaigns' results");
    // All time: no part days and no dated bounds, so the time zone plays no part.
    const auto totals = PeriodTotals::compute(db, Span {}, std::nullopt, QTimeZone::utc(), doing);
    if (!totals)
        return totals.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM campaigns")))
        return store::storageError(q.lastError(), doing);
    QHash<qint64, CampaignFigures> figures;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const auto it = totals->find(id);
        CampaignFigures f
            = it == totals->end() ? CampaignFigures {} : CampaignFigures::from(it->second, settings->pointValueMinor);
        f.campaignId = id;
        f.name = q.value(1).toString();
        figures.insert(id, f);
    }
    return figures;
}

} // namespace grapevine::metrics
