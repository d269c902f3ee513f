// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramMetrics.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <limits>
#include <memory>
#include <unordered_map>

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <sqlite3.h>

#include "PeriodTotals.h"
#include "db/NativeSqlite.h"
#include "domain/BusinessSettings.h"
#include "store/SettingsStore.h"
#include "store/SqlSupport.h"

namespace grapevine::metrics {

using domain::ReferralStatus;

std::optional<double> SeriesPoint::netSentiment() const
{
    const qint64 all = mentions();
    if (all == 0)
        return std::nullopt;
    return static_cast<double>(positiveMentions - negativeMentions) / static_cast<double>(all);
}

std::optional<double> NpsFigures::score() const
{
    const qint64 n = responses();
    if (n == 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(promoters - detractors) / static_cast<double>(n);
}

std::optional<double> PeriodFigures::conversionRate() const
{
    if (referrals == 0)
        return std::nullopt;
    return static_cast<double>(converted()) / static_cast<double>(referrals);
}

std::optional<double> PeriodFigures::participationRate() const
{
    if (activeAdvocates == 0)
        return std::nullopt;
    return static_cast<double>(participatingAdvocates) / static_cast<double>(activeAdvocates);
}

std::optional<double> PeriodFigures::roi() const
{
    return returnOnInvestment(revenueMinor, costMinor());
}

std::optional<qint64> PeriodFigures::cacMinor() const
{
    if (converted() == 0)
        return std::nullopt;
    // Half a cent rounds up, as everywhere money is divided (rules/RewardCost).
    return (2 * costMinor() + converted()) / (2 * converted());
}

std::optional<qint64> PeriodFigures::cacSavingMinor() const
{
    const auto cac = cacMinor();
    if (!cac || !baselineCacMinor)
        return std::nullopt;
    return *baselineCacMinor - *cac;
}

std::optional<double> PeriodFigures::kFactor() const
{
    const auto rate = conversionRate();
    if (participatingAdvocates == 0 || !rate)
        return std::nullopt;
    return static_cast<double>(referrals) / static_cast<double>(participatingAdvocates) * *rate;
}

namespace {

/// Ids below this are walked in arrays indexed by id (8 bytes an id, 32 MB at most).
constexpr qint64 kDenseIds = qint64(1) << 22;

/// The longest referred-by chain, counted in advocates (a referrer with no referrer is the
/// first generation). `linkAt(i)`, i < `links`, is an advocate with a referrer (0: none);
/// `depthOf` starts at 0 for everyone. Each advocate is walked once; a loop (an import can make
/// one) is counted from where the walk met it.
template <typename LinkAt, typename ParentOf, typename DepthOf>
int deepestGeneration(size_t links, LinkAt linkAt, ParentOf parentOf, DepthOf depthOf)
{
    int deepest = 1;
    std::vector<qint64> chain;
    for (size_t i = 0; i < links; ++i) {
        const qint64 start = linkAt(i);
        if (start == 0 || depthOf(start) != 0)
            continue;
        chain.clear();
        qint64 x = start;
        int base = 0;
        for (;;) {
            qint32& d = depthOf(x);
            if (d > 0) {
                base = d;
                break;
            }
            if (d == -1) // on the chain being walked: a loop
                break;
            d = -1;
            chain.push_back(x);
            x = parentOf(x);
            if (x == 0)
                break;
        }
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            depthOf(*it) = ++base;
            deepest = std::max(deepest, base);
        }
    }
    return deepest;
}

using store::sql::run;

/// "AND created_at >= ? AND created_at < ?" for the ends the span has.
QString spanCondition(const QString& column, const Span& span, QVariantList& values)
{
    QString sql;
    if (span.from) {
        sql += QStringLiteral(" AND %1 >= ?").arg(column);
        values << *span.from;
    }
    if (span.to) {
        sql += QStringLiteral(" AND %1 < ?").arg(column);
        values << *span.to;
    }
    return sql;
}

QString campaignCondition(const QString& column, std::optional<qint64> campaignId, QVariantList& values)
{
    if (!campaignId)
        return {};
    values << *campaignId;
    return QStringLiteral(" AND %1 = ?").arg(column);
}

QDateTime instant(const std::optional<qint64>& t)
{
    return t ? QDateTime::fromSecsSinceEpoch(*t, Qt::UTC) : QDateTime();
}

/// What one computation shares between the current and the previous period.
class Computation
{
public:
    Computation(const QSqlDatabase& db, const MetricsQuery& query, const domain::BusinessSettings& settings,
        const QDateTime& now)
        : m_db(db)
        , m_query(query)
        , m_settings(settings)
        , m_now(now)
    { }

    Result<PeriodFigures> period(const Span& span, std::map<qint64, CampaignTotals>* byCampaign);
    Result<std::vector<SeriesPoint>> series(const Span& span);
    Result<std::vector<TopAdvocate>> topAdvocates(const Span& span, qint64 referralsInSpan);
    Result<int> generations(MetricsCache* cache);
    Result<QHash<qint64, QString>> campaignNames();

private:
    template <typename OnLink>
    Status readLinks(OnLink&& onLink);
    Result<int> denseGenerations(qint32 maxId);
    Result<int> sparseGenerations();
    Result<qint64> participating(const Span& span, qint64 referralsInSpan);
    Result<qint64> activeBefore(qint64 t);
    Result<qint64> referralsInScope();
    Result<NpsFigures> nps(const Span& span);
    static QString doing() { return ProgramMetrics::tr("Computing the program's metrics"); }
    Error failed(const QSqlQuery& q) const { return store::storageError(q.lastError(), doing()); }

    QSqlDatabase m_db;
    const MetricsQuery& m_query;
    const domain::BusinessSettings& m_settings;
    QDateTime m_now;
    std::optional<qint64> m_referralsInScope;
    std::optional<qint64> m_active; ///< active advocates, whenever they joined
};

Result<PeriodFigures> Computation::period(const Span& span, std::map<qint64, CampaignTotals>* byCampaign)
{
    auto totals = PeriodTotals::compute(
        m_db, span, m_query.campaignId, m_query.timeZone, ProgramMetrics::tr("Computing the program's metrics"));
    if (!totals)
        return totals.error();
    CampaignTotals all;
    for (const auto& [id, t] : totals.value())
        all += t;

    PeriodFigures f;
    f.from = instant(span.from);
    f.to = instant(span.to);
    f.referrals = all.referrals();
    // Each stage counts the referrals at it or beyond it (DESIGN.md).
    f.funnel.rewarded = all.at(ReferralStatus::Rewarded).referrals;
    f.funnel.approved = f.funnel.rewarded + all.at(ReferralStatus::Approved).referrals;
    f.funnel.converted = f.funnel.approved + all.at(ReferralStatus::Converted).referrals;
    f.funnel.signedUp = f.funnel.converted + all.at(ReferralStatus::SignedUp).referrals;
    f.funnel.pending = f.funnel.signedUp + all.at(ReferralStatus::Pending).referrals;
    f.funnel.rejected = all.at(ReferralStatus::Rejected).referrals;
    f.funnel.reversed = all.at(ReferralStatus::Reversed).referrals;
    f.revenueMinor = all.revenueMinor();
    f.rewardCostMinor = all.rewardCostMinor(m_settings.pointValueMinor);
    f.otherCostMinor = all.otherCostMinor;
    f.liabilityMinor = all.liabilityMinor(m_settings.pointValueMinor);
    if (m_settings.baselineCacMinor > 0)
        f.baselineCacMinor = m_settings.baselineCacMinor;
    if (byCampaign)
        *byCampaign = std::move(totals).value();

    const auto taking = participating(span, f.referrals);
    if (!taking)
        return taking.error();
    f.participatingAdvocates = taking.value();

    const auto active = activeBefore(*span.to);
    if (!active)
        return active.error();
    f.activeAdvocates = active.value();

    const auto scores = nps(span);
    if (!scores)
        return scores.error();
    f.nps = scores.value();

    MentionPeriod mentions;
    mentions.from = f.from;
    mentions.to = f.to;
    mentions.campaignId = m_query.campaignId;
    auto wom = WordOfMouth::compute(m_db, mentions, m_now);
    if (!wom)
        return wom.error();
    f.wordOfMouth = std::move(wom).value();
    return f;
}

Result<qint64> Computation::referralsInScope()
{
    if (m_referralsInScope)
        return *m_referralsInScope;
    QVariantList values;
    const QString where = campaignCondition(QStringLiteral("campaign_id"), m_query.campaignId, values);
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT coalesce(sum(referrals), 0) FROM referral_days WHERE 1%1").arg(where), values)
        || !q.next())
        return failed(q);
    m_referralsInScope = q.value(0).toLongLong();
    return *m_referralsInScope;
}

Result<qint64> Computation::activeBefore(qint64 t)
{
    // Counted from the other side: all advocates (SQLite counts a whole table from its pages),
    // less the inactive and erased ones and those who joined at or after `t`. Counting the
    // active ones before `t` directly would read nine in ten index entries of a big file.
    QSqlQuery q(m_db);
    if (!m_active) {
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM advocates) - (SELECT count(*) FROM advocates "
                                   "INDEXED BY advocates_status_created WHERE status IN ('inactive', 'erased'))"))
            || !q.next())
            return failed(q);
        m_active = q.value(0).toLongLong();
        q.finish();
    }
    if (!run(q,
            QStringLiteral("SELECT count(*) FROM advocates INDEXED BY advocates_status_created "
                           "WHERE status = 'active' AND created_at >= ?"),
            {t})
        || !q.next())
        return failed(q);
    return *m_active - q.value(0).toLongLong();
}

Result<qint64> Computation::participating(const Span& span, qint64 referralsInSpan)
{
    if (referralsInSpan == 0)
        return qint64(0);
    const auto inScope = referralsInScope();
    if (!inScope)
        return inScope.error();
    QSqlQuery q(m_db);
    if (!m_query.campaignId && referralsInSpan == inScope.value()) {
        // Every referral lies in the span: the advocates' referral counters (schema version 2)
        // answer without reading the referrals.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM advocates WHERE referrals_made > 0")) || !q.next())
            return failed(q);
        return q.value(0).toLongLong();
    }
    // A short span reads its own referrals; a long one reads the referrals in referrer order,
    // which needs no temporary table to tell the advocates apart.
    const bool shortSpan = referralsInSpan * 4 <= inScope.value();
    QVariantList values;
    QString where = spanCondition(QStringLiteral("created_at"), span, values);
    where += campaignCondition(QStringLiteral("campaign_id"), m_query.campaignId, values);
    if (!run(q,
            QStringLiteral("SELECT count(DISTINCT referrer_id) FROM referrals INDEXED BY %1 WHERE 1%2")
                .arg(shortSpan ? QStringLiteral("referrals_created_metrics")
                               : QStringLiteral("referrals_referrer_created"),
                    where),
            values)
        || !q.next())
        return failed(q);
    return q.value(0).toLongLong();
}

Result<NpsFigures> Computation::nps(const Span& span)
{
    // One index seek per score, so only the scores of the period are read.
    QVariantList values;
    const QString where = spanCondition(QStringLiteral("coalesce(nps_at, created_at)"), span, values);
    QSqlQuery q(m_db);
    if (!run(q,
            QStringLiteral("WITH s(score) AS (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10)) "
                           "SELECT s.score, (SELECT count(*) FROM advocates INDEXED BY advocates_nps "
                           "WHERE nps_score = s.score%1) FROM s")
                .arg(where),
            values))
        return failed(q);
    NpsFigures f;
    while (q.next()) {
        const int score = q.value(0).toInt();
        const qint64 n = q.value(1).toLongLong();
        if (score >= 9)
            f.promoters += n;
        else if (score >= 7)
            f.passives += n;
        else
            f.detractors += n;
    }
    return f;
}

/// The start of the week or month after the one `t` lies in, in `zone`.
qint64 nextBoundary(qint64 t, Bucket bucket, const QTimeZone& zone)
{
    const QDate d = QDateTime::fromSecsSinceEpoch(t, zone).date();
    const QDate next
        = bucket == Bucket::Week ? d.addDays(8 - d.dayOfWeek()) : QDate(d.year(), d.month(), 1).addMonths(1);
    return QDateTime(next, QTime(0, 0), zone).toSecsSinceEpoch();
}

Result<std::vector<SeriesPoint>> Computation::series(const Span& span)
{
    std::optional<qint64> start = span.from;
    if (!start) {
        QVariantList values;
        const QString where = campaignCondition(QStringLiteral("campaign_id"), m_query.campaignId, values);
        QSqlQuery q(m_db);
        if (!run(q, QStringLiteral("SELECT min(created_at) FROM referrals WHERE 1%1").arg(where), values) || !q.next())
            return failed(q);
        if (q.value(0).isNull())
            return std::vector<SeriesPoint>();
        start = q.value(0).toLongLong();
    }
    const qint64 end = *span.to;
    std::vector<qint64> bounds {*start};
    while (bounds.back() < end)
        bounds.push_back(std::min(nextBoundary(bounds.back(), m_query.bucket, m_query.timeZone), end));
    if (bounds.size() < 2)
        return std::vector<SeriesPoint>();
    std::vector<SeriesPoint> points(bounds.size() - 1);
    for (size_t i = 0; i + 1 < bounds.size(); ++i) {
        points[i].start = QDateTime::fromSecsSinceEpoch(bounds[i], Qt::UTC);
        points[i].end = QDateTime::fromSecsSinceEpoch(bounds[i + 1], Qt::UTC);
    }
    auto bucketOf = [&](qint64 t) {
        return static_cast<size_t>(std::upper_bound(bounds.begin(), bounds.end(), t) - bounds.begin()) - 1;
    };

    // Whole UTC days that lie in one bucket come from the daily totals; the others (where a
    // bucket begins inside the day, as it does away from UTC, and the part days at the ends)
    // are counted from the referrals, a piece per bucket.
    constexpr qint64 kDay = 86400;
    const qint64 firstDay = (*start + kDay - 1) / kDay;
    const qint64 endDay = end / kDay;
    std::vector<std::pair<qint64, qint64>> raw;
    auto addRaw = [&](qint64 lo, qint64 hi) {
        while (lo < hi) {
            const qint64 cut = std::min(hi, bounds[bucketOf(lo) + 1]);
            raw.emplace_back(lo, cut);
            lo = cut;
        }
    };
    if (firstDay >= endDay) {
        addRaw(*start, end);
    } else {
        addRaw(*start, firstDay * kDay);
        addRaw(endDay * kDay, end);
        QVariantList values {firstDay, endDay};
        const QString where = campaignCondition(QStringLiteral("campaign_id"), m_query.campaignId, values);
        QSqlQuery q(m_db);
        if (!run(q,
                QStringLiteral("SELECT day, sum(referrals), sum(CASE WHEN %1 THEN referrals ELSE 0 END) "
                               "FROM referral_days WHERE day >= ? AND day < ?%2 GROUP BY day")
                    .arg(convertedCondition(QStringLiteral("status")), where),
                values))
            return failed(q);
        while (q.next()) {
            const qint64 dayStart = q.value(0).toLongLong() * kDay;
            const size_t i = bucketOf(dayStart);
            if (dayStart + kDay <= bounds[i + 1]) {
                points[i].referrals += q.value(1).toLongLong();
                points[i].converted += q.value(2).toLongLong();
            }
        }
        for (size_t i = 1; i + 1 < bounds.size(); ++i) {
            const qint64 b = bounds[i];
            if (b % kDay != 0 && b / kDay >= firstDay && b / kDay < endDay)
                addRaw((b / kDay) * kDay, (b / kDay + 1) * kDay);
        }
    }

    // A few hundred pieces at most (two per bucket); bound in chunks to stay far below
    // SQLite's limit on parameters.
    constexpr size_t kChunk = 300;
    for (size_t first = 0; first < raw.size(); first += kChunk) {
        const size_t last = std::min(raw.size(), first + kChunk);
        QStringList rows;
        QVariantList values;
        for (size_t k = first; k < last; ++k) {
            rows << QStringLiteral("(?, ?)");
            values << raw[k].first << raw[k].second;
        }
        // The condition appears in both subqueries, so its value is bound twice.
        const QString inCampaign = campaignCondition(QStringLiteral("campaign_id"), m_query.campaignId, values);
        if (m_query.campaignId)
            values << *m_query.campaignId;
        QSqlQuery q(m_db);
        if (!run(q,
                QStringLiteral("WITH s(lo, hi) AS (VALUES %1) SELECT s.lo, "
                               "(SELECT count(*) FROM referrals INDEXED BY referrals_created_metrics "
                               "WHERE created_at >= s.lo AND created_at < s.hi%2), "
                               "(SELECT count(*) FROM referrals INDEXED BY referrals_created_metrics "
                               "WHERE created_at >= s.lo AND created_at < s.hi%2 AND %3) FROM s")
                    .arg(rows.join(QStringLiteral(", ")), inCampaign, convertedCondition(QStringLiteral("status"))),
                values))
            return failed(q);
        while (q.next()) {
            const size_t i = bucketOf(q.value(0).toLongLong());
            points[i].referrals += q.value(1).toLongLong();
            points[i].converted += q.value(2).toLongLong();
        }
    }
    // Word of mouth by bucket, for net sentiment over time: the mentions that occurred in each.
    for (size_t first = 0; first + 1 < bounds.size(); first += kChunk) {
        const size_t last = std::min(bounds.size() - 1, first + kChunk);
        QStringList rows;
        QVariantList values;
        for (size_t k = first; k < last; ++k) {
            rows << QStringLiteral("(?, ?)");
            values << bounds[k] << bounds[k + 1];
        }
        const QString inCampaign = campaignCondition(QStringLiteral("m.campaign_id"), m_query.campaignId, values);
        QSqlQuery q(m_db);
        if (!run(q,
                QStringLiteral("WITH s(lo, hi) AS (VALUES %1) SELECT s.lo, sum(m.sentiment = 'positive'), "
                               "sum(m.sentiment = 'neutral'), sum(m.sentiment = 'negative') FROM s "
                               "JOIN mentions m INDEXED BY mentions_occurred_sentiment ON m.occurred_at >= s.lo "
                               "AND m.occurred_at < s.hi%2 GROUP BY s.lo")
                    .arg(rows.join(QStringLiteral(", ")), inCampaign),
                values))
            return failed(q);
        while (q.next()) {
            SeriesPoint& p = points[bucketOf(q.value(0).toLongLong())];
            p.positiveMentions += q.value(1).toLongLong();
            p.neutralMentions += q.value(2).toLongLong();
            p.negativeMentions += q.value(3).toLongLong();
        }
    }
    return points;
}

Result<std::vector<TopAdvocate>> Computation::topAdvocates(const Span& span, qint64 referralsInSpan)
{
    const int n = m_query.topAdvocates;
    std::vector<TopAdvocate> top;
    if (n <= 0 || referralsInSpan == 0)
        return top;
    auto ranksBefore = [](const TopAdvocate& a, const TopAdvocate& b) {
        if (a.converted != b.converted)
            return a.converted > b.converted;
        if (a.revenueMinor != b.revenueMinor)
            return a.revenueMinor > b.revenueMinor;
        if (a.referrals != b.referrals)
            return a.referrals > b.referrals;
        return a.advocateId < b.advocateId;
    };
    const QString converted = convertedCondition(QStringLiteral("status"));
    const QString revenue = QStringLiteral("coalesce(sum(CASE WHEN %1 THEN order_value_minor END), 0)").arg(converted);

    // An advocate's converted referrals in the period are at most their converted referrals
    // of all time, which the schema keeps per advocate (and indexes). So the advocates are
    // visited by that count, highest first, and the visit stops once nobody left could reach
    // the last place: usually after a few dozen advocates, whatever the size of the file.
    bool exact = false;
    const auto inScope = referralsInScope();
    if (!inScope)
        return inScope.error();
    // Worth it when the period holds much of the file; in a short one the all-time counts say
    // little about the period and the period's own referrals are few enough to rank directly.
    if (referralsInSpan > 10000 && referralsInSpan * 2 >= inScope.value()) {
        constexpr int kBatch = 64;
        constexpr int kMaxVisited = 1024;
        QVariantList within;
        QString where = spanCondition(QStringLiteral("r.created_at"), span, within);
        where += campaignCondition(QStringLiteral("r.campaign_id"), m_query.campaignId, within);
        const QString figures = QStringLiteral("(SELECT %1 FROM referrals r INDEXED BY referrals_referrer_created "
                                               "WHERE r.referrer_id = a.id%2)")
                                    .arg(QStringLiteral("%1"), where);
        const QString sql
            = QStringLiteral(
                "SELECT a.id, a.conversions, %1, %2, %3 FROM advocates a INDEXED BY advocates_sort_conversions "
                "WHERE a.conversions > 0 AND (a.conversions < ? OR (a.conversions = ? AND a.id < ?)) "
                "ORDER BY a.conversions DESC, a.id DESC LIMIT %4")
                  .arg(figures.arg(QStringLiteral("count(*)")),
                      figures.arg(
                          QStringLiteral("coalesce(sum(r.%1), 0)").arg(convertedCondition(QStringLiteral("status")))),
                      figures.arg(QStringLiteral("coalesce(sum(CASE WHEN r.%1 THEN r.order_value_minor END), 0)")
                                      .arg(convertedCondition(QStringLiteral("status")))))
                  .arg(kBatch);
        qint64 lastConversions = std::numeric_limits<qint64>::max();
        qint64 lastId = std::numeric_limits<qint64>::max();
        int visited = 0;
        bool more = true;
        while (more && visited < kMaxVisited) {
            QVariantList values;
            for (int k = 0; k < 3; ++k)
                values << within;
            values << lastConversions << lastConversions << lastId;
            QSqlQuery q(m_db);
            if (!run(q, sql, values))
                return failed(q);
            int rows = 0;
            while (q.next()) {
                ++rows;
                ++visited;
                lastId = q.value(0).toLongLong();
                lastConversions = q.value(1).toLongLong();
                if (static_cast<int>(top.size()) == n && top.back().converted > lastConversions) {
                    exact = true;
                    more = false;
                    break;
                }
                TopAdvocate t;
                t.advocateId = lastId;
                t.referrals = q.value(2).toLongLong();
                t.converted = q.value(3).toLongLong();
                t.revenueMinor = q.value(4).toLongLong();
                if (t.converted == 0)
                    continue;
                top.insert(std::upper_bound(top.begin(), top.end(), t, ranksBefore), t);
                if (static_cast<int>(top.size()) > n)
                    top.pop_back();
            }
            if (rows < kBatch) {
                // Everyone with a conversion was visited: exact when they fill the list.
                exact = static_cast<int>(top.size()) == n;
                more = false;
            }
        }
        if (!exact)
            top.clear();
    }
    if (!exact) {
        QVariantList values;
        QString where = spanCondition(QStringLiteral("created_at"), span, values);
        where += campaignCondition(QStringLiteral("campaign_id"), m_query.campaignId, values);
        QSqlQuery q(m_db);
        if (!run(q,
                QStringLiteral("SELECT referrer_id, count(*), coalesce(sum(%1), 0) AS c, %2 AS v FROM referrals "
                               "INDEXED BY referrals_created_metrics WHERE 1%3 GROUP BY referrer_id "
                               "ORDER BY c DESC, v DESC, count(*) DESC, referrer_id LIMIT %4")
                    .arg(converted, revenue, where)
                    .arg(n),
                values))
            return failed(q);
        while (q.next()) {
            TopAdvocate t;
            t.advocateId = q.value(0).toLongLong();
            t.referrals = q.value(1).toLongLong();
            t.converted = q.value(2).toLongLong();
            t.revenueMinor = q.value(3).toLongLong();
            top.push_back(t);
        }
    }

    QStringList marks;
    QVariantList ids;
    for (const TopAdvocate& t : top) {
        marks << QStringLiteral("?");
        ids << t.advocateId;
    }
    if (!top.empty()) {
        QSqlQuery q(m_db);
        if (!run(q,
                QStringLiteral("SELECT id, trim(first_name || ' ' || last_name), email FROM advocates WHERE id IN (%1)")
                    .arg(marks.join(QStringLiteral(", "))),
                ids))
            return failed(q);
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString name = q.value(1).toString();
            for (TopAdvocate& t : top) {
                if (t.advocateId == id)
                    t.name = name.isEmpty() ? q.value(2).toString() : name;
            }
        }
    }
    return top;
}

Result<int> Computation::generations(MetricsCache* cache)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM advocates), coalesce((SELECT max(id) FROM advocates), 0)"))
        || !q.next())
        return failed(q);
    if (!q.value(0).toBool())
        return 0;
    const qint64 maxId = q.value(1).toLongLong();
    q.finish();

    // The fingerprint is read from the index alone, without handing a row to Qt. The product
    // term changes when two advocates swap referrers, which count and sum would not notice.
    std::array<qint64, 3> fingerprint {};
    if (cache) {
        if (!q.exec(QStringLiteral("SELECT count(*), coalesce(sum(referred_by_id), 0), "
                                   "coalesce(sum((id % 1000003) * (referred_by_id % 999983)), 0) "
                                   "FROM advocates INDEXED BY advocates_referred_by WHERE referred_by_id IS NOT NULL"))
            || !q.next())
            return failed(q);
        fingerprint = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
        q.finish();
        if (cache->linksFingerprint == fingerprint)
            return cache->generations;
    }

    // Every referred advocate with their referrer, from the partial index alone (a third of a
    // million rows for a million advocates); the depths are then worked out here, each
    // advocate once. A recursive CTE over the same rows takes seconds.
    const Result<int> deepest = maxId < kDenseIds ? denseGenerations(static_cast<qint32>(maxId)) : sparseGenerations();
    if (!deepest)
        return deepest;
    if (cache) {
        cache->linksFingerprint = fingerprint;
        cache->generations = deepest.value();
    }
    return deepest;
}

template <typename OnLink>
Status Computation::readLinks(OnLink&& onLink)
{
    // Through SQLite's own API where it may be: Qt's driver wraps each value in a QVariant.
    const QString sql = QStringLiteral("SELECT id, referred_by_id FROM advocates INDEXED BY advocates_referred_by "
                                       "WHERE referred_by_id IS NOT NULL");
    if (sqlite3* const handle = m_query.viaQtDriver ? nullptr : native::handleOf(m_db)) {
        auto statement = native::prepare(handle, sql, {}, doing());
        if (!statement)
            return statement.error();
        sqlite3_stmt* const row = statement.value().get();
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(row)) == SQLITE_ROW)
            onLink(sqlite3_column_int64(row, 0), sqlite3_column_int64(row, 1));
        if (step != SQLITE_DONE)
            return native::errorOf(handle, step, doing());
        return {};
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return failed(q);
    while (q.next())
        onLink(q.value(0).toLongLong(), q.value(1).toLongLong());
    return {};
}

Result<int> Computation::denseGenerations(qint32 maxId)
{
    // Arrays by id, from calloc: fresh zero pages that cost nothing until touched. Page faults
    // were a third of this computation with growing vectors and value-initialised arrays.
    struct Free
    {
        void operator()(qint32* p) const { std::free(p); }
    };
    const auto size = static_cast<size_t>(maxId) + 1;
    std::unique_ptr<qint32[], Free> parent(static_cast<qint32*>(std::calloc(size, sizeof(qint32))));
    std::unique_ptr<qint32[], Free> depth(static_cast<qint32*>(std::calloc(size, sizeof(qint32))));
    if (!parent || !depth)
        return Error(
            Error::Code::Storage, ProgramMetrics::tr("There is not enough memory to follow the referral chains."));
    const Status read = readLinks([&](qint64 id, qint64 referrer) {
        // Outside the ids there are no advocates (foreign keys): such a link ends the chain.
        if (id > 0 && id <= maxId && referrer > 0 && referrer <= maxId)
            parent[static_cast<size_t>(id)] = static_cast<qint32>(referrer);
    });
    if (!read)
        return read.error();
    return deepestGeneration(
        size, [&](size_t i) -> qint64 { return parent[i] != 0 ? static_cast<qint64>(i) : 0; },
        [&](qint64 id) -> qint64 { return parent[static_cast<size_t>(id)]; },
        [&](qint64 id) -> qint32& { return depth[static_cast<size_t>(id)]; });
}

Result<int> Computation::sparseGenerations()
{
    std::vector<qint64> referred;
    std::unordered_map<qint64, qint64> parent;
    std::unordered_map<qint64, qint32> depth;
    const Status read = readLinks([&](qint64 id, qint64 referrer) {
        referred.push_back(id);
        parent[id] = referrer;
    });
    if (!read)
        return read.error();
    return deepestGeneration(
        referred.size(), [&](size_t i) { return referred[i]; },
        [&](qint64 id) -> qint64 {
            const auto it = parent.find(id);
            return it == parent.end() ? 0 : it->second;
        },
        [&](qint64 id) -> qint32& { return depth[id]; });
}

Result<QHash<qint64, QString>> Computation::campaignNames()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM campaigns")))
        return failed(q);
    QHash<qint64, QString> names;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

} // namespace

Result<ProgramFigures> ProgramMetrics::compute(
    const QSqlDatabase& db, const MetricsQuery& query, const QDateTime& now, MetricsCache* cache)
{
    const auto settings = store::SettingsStore(db).load();
    if (!settings)
        return settings.error();
    Span span;
    if (query.from.isValid())
        span.from = query.from.toSecsSinceEpoch();
    span.to = (query.to.isValid() ? query.to : now).toSecsSinceEpoch();
    if (span.from && *span.from > *span.to)
        span.from = span.to;

    Computation c(db, query, settings.value(), now);
    ProgramFigures result;
    std::map<qint64, CampaignTotals> byCampaign;
    auto current = c.period(span, &byCampaign);
    if (!current)
        return current.error();
    result.current = std::move(current).value();

    if (span.from) {
        const qint64 length = *span.to - *span.from;
        auto previous = c.period(Span {*span.from - length, *span.from}, nullptr);
        if (!previous)
            return previous.error();
        result.previous = std::move(previous).value();
    }

    const auto names = c.campaignNames();
    if (!names)
        return names.error();
    for (const auto& [id, totals] : byCampaign) {
        CampaignFigures f = CampaignFigures::from(totals, settings->pointValueMinor);
        f.name = names->value(id);
        result.campaigns.push_back(f);
    }

    auto series = c.series(span);
    if (!series)
        return series.error();
    result.series = std::move(series).value();

    auto top = c.topAdvocates(span, result.current.referrals);
    if (!top)
        return top.error();
    result.topAdvocates = std::move(top).value();

    const auto generations = c.generations(cache);
    if (!generations)
        return generations.error();
    result.generations = generations.value();
    return result;
}

} // namespace grapevine::metrics
