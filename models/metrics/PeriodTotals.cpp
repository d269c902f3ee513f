// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodTotals.h"

#include <vector>

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include "store/SqlSupport.h"

namespace grapevine::metrics {

using domain::ReferralStatus;

namespace {

constexpr qint64 kDay = 86400;

// The schema's day of an instant is created_at / 86400, which SQLite truncates; instants are
// never before 1970, so truncating and flooring agree.
qint64 dayStartingAtOrAfter(qint64 t)
{
    return t <= 0 ? 0 : (t + kDay - 1) / kDay;
}

qint64 dayOf(qint64 t)
{
    return t <= 0 ? 0 : t / kDay;
}

/// The span split into whole days, read from the daily totals, and the part days at its ends,
/// read from the rows themselves.
struct DaySplit
{
    bool anyWholeDays = true;
    std::optional<qint64> firstDay; ///< inclusive
    std::optional<qint64> endDay; ///< exclusive
    std::vector<std::pair<qint64, qint64>> parts; ///< [from, to) in seconds
};

DaySplit split(const Span& span)
{
    DaySplit s;
    if (span.from)
        s.firstDay = dayStartingAtOrAfter(*span.from);
    if (span.to)
        s.endDay = dayOf(*span.to);
    if (s.firstDay && s.endDay && *s.firstDay >= *s.endDay) {
        s.anyWholeDays = false;
        if (*span.from < *span.to)
            s.parts.emplace_back(*span.from, *span.to);
        return s;
    }
    if (span.from && *span.from < *s.firstDay * kDay)
        s.parts.emplace_back(*span.from, *s.firstDay * kDay);
    if (span.to && *s.endDay * kDay < *span.to)
        s.parts.emplace_back(*s.endDay * kDay, *span.to);
    return s;
}

/// Appends "AND <column> = ?" and its value when one campaign is asked for.
QString campaignCondition(const QString& column, std::optional<qint64> campaignId, QVariantList& values)
{
    if (!campaignId)
        return {};
    values << *campaignId;
    return QStringLiteral(" AND %1 = ?").arg(column);
}

QString dayCondition(const DaySplit& s, QVariantList& values)
{
    QString sql = QStringLiteral("1");
    if (s.firstDay) {
        sql += QStringLiteral(" AND day >= ?");
        values << *s.firstDay;
    }
    if (s.endDay) {
        sql += QStringLiteral(" AND day < ?");
        values << *s.endDay;
    }
    return sql;
}

using store::sql::run;

// A reward's share of each column of reward_days, exactly as the triggers of 0006_metrics.sql
// add it; `w` is the alias of rewards, whose status is approved or issued.
const char* const kRewardSums
    = "sum(CASE WHEN w.kind <> 'points' THEN w.cost_minor ELSE 0 END) AS a, "
      "sum(CASE WHEN w.kind = 'points' THEN w.value ELSE 0 END) AS b, "
      "sum(CASE WHEN w.kind <> 'points' AND w.status = 'approved' THEN w.cost_minor ELSE 0 END) AS c, "
      "sum(CASE WHEN w.kind = 'points' AND w.status = 'approved' THEN w.value ELSE 0 END) AS d";

} // namespace

qint64 CampaignTotals::referrals() const
{
    qint64 n = 0;
    for (const StatusTotals& s : byStatus)
        n += s.referrals;
    return n;
}

bool countsAsConverted(ReferralStatus status)
{
    return status == ReferralStatus::Converted || status == ReferralStatus::Approved
        || status == ReferralStatus::Rewarded;
}

QString convertedCondition(const QString& column)
{
    return QStringLiteral("%1 IN ('converted', 'approved', 'rewarded')").arg(column);
}

qint64 CampaignTotals::converted() const
{
    qint64 n = 0;
    for (size_t i = 0; i < byStatus.size(); ++i) {
        if (countsAsConverted(static_cast<ReferralStatus>(i)))
            n += byStatus[i].referrals;
    }
    return n;
}

qint64 CampaignTotals::revenueMinor() const
{
    qint64 sum = 0;
    for (size_t i = 0; i < byStatus.size(); ++i) {
        if (countsAsConverted(static_cast<ReferralStatus>(i)))
            sum += byStatus[i].orderValueMinor;
    }
    return sum;
}

qint64 CampaignTotals::rewardCostMinor(qint64 pointValueMinor) const
{
    return earnedMinor + earnedPoints * pointValueMinor;
}

qint64 CampaignTotals::liabilityMinor(qint64 pointValueMinor) const
{
    return owedMinor + owedPoints * pointValueMinor;
}

CampaignTotals& CampaignTotals::operator+=(const CampaignTotals& other)
{
    for (size_t i = 0; i < byStatus.size(); ++i) {
        byStatus[i].referrals += other.byStatus[i].referrals;
        byStatus[i].orderValueMinor += other.byStatus[i].orderValueMinor;
    }
    earnedMinor += other.earnedMinor;
    earnedPoints += other.earnedPoints;
    owedMinor += other.owedMinor;
    owedPoints += other.owedPoints;
    otherCostMinor += other.otherCostMinor;
    return *this;
}

QDate firstDateStartingAtOrAfter(qint64 t, const QTimeZone& zone)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(t, zone);
    QDate d = at.date();
    if (QDateTime(d, QTime(0, 0), zone).toSecsSinceEpoch() < t)
        d = d.addDays(1);
    return d;
}

Result<std::map<qint64, CampaignTotals>> PeriodTotals::compute(const QSqlDatabase& db, const Span& span,
    std::optional<qint64> campaignId, const QTimeZone& zone, const QString& doing)
{
    const QString failed = doing.isEmpty() ? tr("Adding up the referrals, rewards and costs of a period") : doing;
    const DaySplit days = split(span);
    std::map<qint64, CampaignTotals> totals;
    auto of = [&](qint64 id) -> CampaignTotals& {
        CampaignTotals& t = totals[id];
        t.campaignId = id;
        return t;
    };

    // Referrals by campaign and status. Each part is grouped on its own, so that the outer
    // GROUP BY only sorts a handful of rows.
    {
        QStringList parts;
        QVariantList values;
        if (days.anyWholeDays) {
            const QString where = dayCondition(days, values);
            parts << QStringLiteral("SELECT campaign_id, status, sum(referrals) AS n, sum(order_value_minor) AS v "
                                    "FROM referral_days WHERE %1%2 GROUP BY campaign_id, status")
                         .arg(where, campaignCondition(QStringLiteral("campaign_id"), campaignId, values));
        }
        for (const auto& [from, to] : days.parts) {
            values << from << to;
            parts << QStringLiteral("SELECT campaign_id, status, count(*) AS n, coalesce(sum(order_value_minor), 0) "
                                    "AS v FROM referrals INDEXED BY referrals_created_metrics "
                                    "WHERE created_at >= ? AND created_at < ?%1 GROUP BY campaign_id, status")
                         .arg(campaignCondition(QStringLiteral("campaign_id"), campaignId, values));
        }
        if (!parts.isEmpty()) {
            QSqlQuery q(db);
            if (!run(q,
                    QStringLiteral("SELECT campaign_id, status, sum(n), sum(v) FROM (%1) GROUP BY campaign_id, status")
                        .arg(parts.join(QStringLiteral(" UNION ALL "))),
                    values))
                return store::storageError(q.lastError(), failed);
            while (q.next()) {
                const auto status = domain::fromKey<ReferralStatus>(q.value(1).toString());
                if (!status)
                    continue; // a status this build does not know counts nowhere
                StatusTotals& s = of(q.value(0).toLongLong()).at(*status);
                s.referrals += q.value(2).toLongLong();
                s.orderValueMinor += q.value(3).toLongLong();
            }
        }
    }

    // Rewards that count as cost, by campaign.
    {
        QStringList parts;
        QVariantList values;
        if (days.anyWholeDays) {
            const QString where = dayCondition(days, values);
            parts << QStringLiteral("SELECT campaign_id, sum(earned_minor) AS a, sum(earned_points) AS b, "
                                    "sum(owed_minor) AS c, sum(owed_points) AS d FROM reward_days WHERE %1%2 "
                                    "GROUP BY campaign_id")
                         .arg(where, campaignCondition(QStringLiteral("campaign_id"), campaignId, values));
        }
        for (const auto& [from, to] : days.parts) {
            values << from << to;
            parts << QStringLiteral(
                "SELECT w.campaign_id AS campaign_id, %1 FROM referrals r INDEXED BY referrals_created_metrics "
                "CROSS JOIN rewards w INDEXED BY rewards_referral ON w.referral_id = r.id WHERE r.created_at >= ? AND "
                "r.created_at < ? "
                "AND w.status IN ('approved', 'issued')%2 GROUP BY w.campaign_id")
                         .arg(QLatin1String(kRewardSums),
                             campaignCondition(QStringLiteral("w.campaign_id"), campaignId, values));
            values << from << to;
            parts << QStringLiteral(
                "SELECT w.campaign_id AS campaign_id, %1 FROM rewards w INDEXED BY rewards_unattached "
                "WHERE w.referral_id IS NULL AND w.created_at >= ? AND w.created_at < ? "
                "AND w.status IN ('approved', 'issued')%2 GROUP BY w.campaign_id")
                         .arg(QLatin1String(kRewardSums),
                             campaignCondition(QStringLiteral("w.campaign_id"), campaignId, values));
        }
        if (!parts.isEmpty()) {
            QSqlQuery q(db);
            if (!run(q,
                    QStringLiteral("SELECT campaign_id, sum(a), sum(b), sum(c), sum(d) FROM (%1) GROUP BY campaign_id")
                        .arg(parts.join(QStringLiteral(" UNION ALL "))),
                    values))
                return store::storageError(q.lastError(), failed);
            while (q.next()) {
                CampaignTotals& t = of(q.value(0).toLongLong());
                t.earnedMinor += q.value(1).toLongLong();
                t.earnedPoints += q.value(2).toLongLong();
                t.owedMinor += q.value(3).toLongLong();
                t.owedPoints += q.value(4).toLongLong();
            }
        }
    }

    // Campaign costs, by the date they were incurred.
    {
        QString where = QStringLiteral("1");
        QVariantList values;
        if (span.from) {
            where += QStringLiteral(" AND incurred_on >= ?");
            values << store::sql::date(firstDateStartingAtOrAfter(*span.from, zone));
        }
        if (span.to) {
            where += QStringLiteral(" AND incurred_on < ?");
            values << store::sql::date(firstDateStartingAtOrAfter(*span.to, zone));
        }
        where += campaignCondition(QStringLiteral("campaign_id"), campaignId, values);
        QSqlQuery q(db);
        if (!run(q,
                QStringLiteral(
                    "SELECT campaign_id, sum(amount_minor) FROM campaign_costs WHERE %1 GROUP BY campaign_id")
                    .arg(where),
                values))
            return store::storageError(q.lastError(), failed);
        while (q.next())
            of(q.value(0).toLongLong()).otherCostMinor += q.value(1).toLongLong();
    }
    return totals;
}

} // namespace grapevine::metrics
