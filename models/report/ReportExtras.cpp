// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExtras.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include "domain/Campaign.h"
#include "metrics/PeriodTotals.h"
#include "store/SettingsStore.h"
#include "store/SqlSupport.h"

namespace grapevine::report {

namespace {

using store::sql::run;

/// "column >= ? AND column < ?" for the period in seconds; "1" when it is open at both ends.
QString instantsIn(const QString& column, const QDateTime& from, const QDateTime& to, QVariantList& values)
{
    QStringList parts {QStringLiteral("1")};
    if (from.isValid()) {
        parts << column + QStringLiteral(" >= ?");
        values << from.toSecsSinceEpoch();
    }
    if (to.isValid()) {
        parts << column + QStringLiteral(" < ?");
        values << to.toSecsSinceEpoch();
    }
    return parts.join(QStringLiteral(" AND "));
}

QString campaignIs(const QString& column, const std::optional<qint64>& campaignId, QVariantList& values)
{
    if (!campaignId)
        return QString();
    values << *campaignId;
    return QStringLiteral(" AND %1 = ?").arg(column);
}

// The name a person is shown by: "first last", else the email.
const char* const kPersonName = "COALESCE(NULLIF(trim(a.first_name || ' ' || a.last_name), ''), a.email)";

} // namespace

Result<ReportExtras> ReportExtras::read(const QSqlDatabase& db, const metrics::MetricsQuery& query,
    const std::vector<qint64>& campaignIds, const QDateTime& now)
{
    const QString failed = tr("Reading the rewards, costs and mentions of the report");
    ReportExtras extras;
    const QDateTime to = query.to.isValid() ? query.to : now;
    qint64 pointValueMinor = 1;
    if (const auto business = store::SettingsStore(db).load()) {
        extras.businessName = business->businessName;
        extras.currency = business->currency;
        extras.channels = business->mentionChannels;
        pointValueMinor = business->pointValueMinor;
    } else {
        return business.error();
    }

    // Rewards owed, in the period of their referral (or of themselves, for milestones).
    {
        QVariantList values {pointValueMinor};
        QVariantList attachedValues;
        const QString attached = instantsIn(QStringLiteral("r.created_at"), query.from, to, attachedValues);
        QVariantList unattachedValues;
        const QString unattached = instantsIn(QStringLiteral("w.created_at"), query.from, to, unattachedValues);
        values << attachedValues << unattachedValues;
        const QString campaign = campaignIs(QStringLiteral("w.campaign_id"), query.campaignId, values);
        QSqlQuery q(db);
        const QString sql = QStringLiteral(
            "SELECT COALESCE(%1, NULLIF(r.friend_name, ''), r.friend_email, ''), c.name, w.description, w.kind, "
            "CASE WHEN w.kind = 'points' THEN w.value * ? ELSE w.cost_minor END, w.approved_at, count(*) OVER () "
            "FROM rewards w JOIN campaigns c ON c.id = w.campaign_id "
            "LEFT JOIN referrals r ON r.id = w.referral_id "
            "LEFT JOIN advocates a ON a.id = COALESCE(w.advocate_id, "
            "CASE WHEN w.side = 'friend' THEN r.friend_id ELSE r.referrer_id END) "
            "WHERE w.status = 'approved' AND ((w.referral_id IS NOT NULL AND %2) OR (w.referral_id IS NULL AND %3))%4 "
            "ORDER BY w.approved_at, w.id LIMIT %5")
                                .arg(QLatin1String(kPersonName), attached, unattached, campaign)
                                .arg(kOwedShown);
        if (!run(q, sql, values))
            return store::storageError(q.lastError(), failed);
        while (q.next()) {
            OwedReward owed;
            owed.advocate = q.value(0).toString();
            owed.campaign = q.value(1).toString();
            owed.description = q.value(2).toString().trimmed();
            if (owed.description.isEmpty()) {
                const auto kind = domain::fromKey<domain::RewardKind>(q.value(3).toString());
                owed.description = kind ? domain::Campaign::rewardKindName(*kind) : q.value(3).toString();
            }
            owed.costMinor = q.value(4).toLongLong();
            owed.approvedAt = store::sql::toInstant(q.value(5));
            extras.owedCount = q.value(6).toLongLong();
            extras.owed.push_back(std::move(owed));
        }
    }

    // Campaign costs, by the business's calendar day, as the metrics count them.
    {
        QStringList where {QStringLiteral("1")};
        QVariantList values;
        if (query.from.isValid()) {
            where << QStringLiteral("cc.incurred_on >= ?");
            values << store::sql::date(
                metrics::firstDateStartingAtOrAfter(query.from.toSecsSinceEpoch(), query.timeZone));
        }
        where << QStringLiteral("cc.incurred_on < ?");
        values << store::sql::date(metrics::firstDateStartingAtOrAfter(to.toSecsSinceEpoch(), query.timeZone));
        const QString campaign = campaignIs(QStringLiteral("cc.campaign_id"), query.campaignId, values);
        QSqlQuery q(db);
        if (!run(q,
                QStringLiteral("SELECT cc.incurred_on, c.name, cc.description, cc.amount_minor, count(*) OVER () "
                               "FROM campaign_costs cc JOIN campaigns c ON c.id = cc.campaign_id WHERE %1%2 "
                               "ORDER BY cc.incurred_on, cc.id LIMIT %3")
                    .arg(where.join(QStringLiteral(" AND ")), campaign)
                    .arg(kCostsShown),
                values))
            return store::storageError(q.lastError(), failed);
        while (q.next()) {
            extras.costs.push_back({store::sql::toDate(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toLongLong()});
            extras.costCount = q.value(4).toLongLong();
        }
    }

    // Testimonials, then the other mentions that reached most people.
    const auto readMentions
        = [&](const QString& condition, const QString& order, int limit, std::vector<QuotedMention>& into) -> Status {
        QVariantList values;
        const QString period = instantsIn(QStringLiteral("m.occurred_at"), query.from, to, values);
        const QString campaign = campaignIs(QStringLiteral("m.campaign_id"), query.campaignId, values);
        QSqlQuery q(db);
        if (!run(q,
                QStringLiteral("SELECT m.occurred_at, m.channel, COALESCE(NULLIF(m.author, ''), %1, ''), m.sentiment, "
                               "m.reach, m.url, m.body, m.testimonial_permission_how, m.response_status "
                               "FROM mentions m LEFT JOIN advocates a ON a.id = m.advocate_id "
                               "WHERE %2 AND %3%4 ORDER BY %5 LIMIT %6")
                    .arg(QLatin1String(kPersonName), condition, period, campaign, order)
                    .arg(limit),
                values))
            return store::storageError(q.lastError(), failed);
        while (q.next()) {
            QuotedMention m;
            m.occurredAt = store::sql::toInstant(q.value(0));
            m.channel = q.value(1).toString();
            m.author = q.value(2).toString();
            m.sentiment = q.value(3).toString();
            if (!q.value(4).isNull())
                m.reach = q.value(4).toLongLong();
            m.url = q.value(5).toString();
            m.text = q.value(6).toString();
            m.permission = q.value(7).toString();
            m.responseStatus = q.value(8).toString();
            into.push_back(std::move(m));
        }
        return {};
    };
    if (const Status read = readMentions(QStringLiteral("m.is_testimonial = 1"),
            QStringLiteral("m.occurred_at DESC, m.id DESC"), kTestimonialsShown, extras.testimonials);
        !read)
        return read.error();
    if (const Status read = readMentions(QStringLiteral("m.is_testimonial = 0 AND m.reach > 0"),
            QStringLiteral("m.reach DESC, m.occurred_at DESC, m.id DESC"), kNotableShown, extras.notable);
        !read)
        return read.error();

    // The disclosures of the campaigns the report covers.
    if (query.campaignId || !campaignIds.empty()) {
        QStringList marks;
        QVariantList values;
        if (query.campaignId) {
            marks << QStringLiteral("?");
            values << *query.campaignId;
        } else {
            for (const qint64 id : campaignIds) {
                marks << QStringLiteral("?");
                values << id;
            }
        }
        QSqlQuery q(db);
        if (!run(q,
                QStringLiteral("SELECT name, disclosure_text FROM campaigns WHERE id IN (%1) "
                               "ORDER BY name COLLATE NOCASE, id")
                    .arg(marks.join(QLatin1Char(','))),
                values))
            return store::storageError(q.lastError(), failed);
        while (q.next())
            extras.disclosures.push_back({q.value(0).toString(), q.value(1).toString().trimmed()});
    }
    return extras;
}

} // namespace grapevine::report
