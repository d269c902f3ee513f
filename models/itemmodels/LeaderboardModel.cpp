// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeaderboardModel.h"

#include <QLocale>
#include <QSqlQuery>

#include "domain/Money.h"
#include "store/SqlSupport.h"

namespace grapevine::itemmodels {

namespace {

/// Reads rows of (id, name, email, referrals, converted, revenue, rewards, points) and ranks
/// them: the query already returns them best first.
std::vector<LeaderboardEntry> readRanked(QSqlQuery& q)
{
    std::vector<LeaderboardEntry> entries;
    while (q.next()) {
        LeaderboardEntry e;
        e.advocateId = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        e.email = q.value(2).toString();
        e.referrals = q.value(3).toLongLong();
        e.converted = q.value(4).toLongLong();
        e.revenueMinor = q.value(5).toLongLong();
        e.rewardsMinor = q.value(6).toLongLong();
        e.points = q.value(7).toLongLong();
        const bool tied
            = !entries.empty() && entries.back().converted == e.converted && entries.back().referrals == e.referrals;
        e.rank = tied ? entries.back().rank : static_cast<int>(entries.size()) + 1;
        entries.push_back(std::move(e));
    }
    return entries;
}

const char* const kName = "coalesce(nullif(trim(a.first_name || ' ' || a.last_name), ''), a.email)";

} // namespace

LeaderboardModel::LeaderboardModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

Status LeaderboardModel::load(
    const QSqlDatabase& db, const QString& currency, std::optional<qint64> campaignId, int limit)
{
    Result<std::vector<LeaderboardEntry>> entries = std::vector<LeaderboardEntry>();
    if (db.isValid())
        entries = campaignId ? forCampaign(db, *campaignId, limit) : overall(db, limit);
    if (!entries)
        return entries.error();
    beginResetModel();
    m_currency = currency;
    m_entries = std::move(entries).value();
    endResetModel();
    return {};
}

Result<std::vector<LeaderboardEntry>> LeaderboardModel::overall(const QSqlDatabase& db, int limit)
{
    // The inner query walks the (conversions, id) index from the top and stops after `limit`
    // rows; revenue is then added up for those few advocates only.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT a.id, %1, a.email, a.referrals_made, a.conversions, "
                       "(SELECT coalesce(sum(r.order_value_minor), 0) FROM referrals r WHERE r.referrer_id = a.id "
                       "AND r.status IN ('converted', 'approved', 'rewarded')), "
                       "a.rewards_earned_minor, a.points_balance "
                       "FROM (SELECT * FROM advocates WHERE referrals_made > 0 AND status <> 'erased' "
                       "ORDER BY conversions DESC, referrals_made DESC, id LIMIT ?) a "
                       "ORDER BY a.conversions DESC, a.referrals_made DESC, a.id")
            .arg(QLatin1String(kName)));
    q.addBindValue(limit);
    if (!q.exec())
        return store::storageError(q.lastError(), tr("Reading the leaderboard"));
    return readRanked(q);
}

Result<std::vector<LeaderboardEntry>> LeaderboardModel::forCampaign(
    const QSqlDatabase& db, qint64 campaignId, int limit)
{
    // Grouped first and cut to `limit`, so the rewards are added up for the top advocates only.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.id, %1, a.email, t.referrals, t.converted, t.revenue, "
        "(SELECT coalesce(sum(w.cost_minor), 0) FROM rewards w WHERE w.advocate_id = t.referrer_id "
        "AND w.campaign_id = :campaign AND w.status IN ('approved', 'issued')), "
        "(SELECT coalesce(sum(w.value), 0) FROM rewards w WHERE w.advocate_id = t.referrer_id "
        "AND w.campaign_id = :campaign AND w.kind = 'points' AND w.status = 'issued') "
        "FROM (SELECT r.referrer_id, count(*) AS referrals, "
        "sum(r.status IN ('converted', 'approved', 'rewarded')) AS converted, "
        "sum(CASE WHEN r.status IN ('converted', 'approved', 'rewarded') THEN coalesce(r.order_value_minor, 0) "
        "ELSE 0 END) AS revenue "
        "FROM referrals r WHERE r.campaign_id = :campaign GROUP BY r.referrer_id "
        "ORDER BY converted DESC, referrals DESC, r.referrer_id LIMIT :limit) t "
        "JOIN advocates a ON a.id = t.referrer_id "
        "ORDER BY t.converted DESC, t.referrals DESC, t.referrer_id")
                  .arg(QLatin1String(kName)));
    q.bindValue(QStringLiteral(":campaign"), campaignId);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return store::storageError(q.lastError(), tr("Reading the campaign's leaderboard"));
    return readRanked(q);
}

const LeaderboardEntry* LeaderboardModel::entryAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_entries[static_cast<size_t>(row)];
}

int LeaderboardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LeaderboardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::display(const LeaderboardEntry& e, int column) const
{
    const QLocale locale;
    switch (static_cast<Column>(column)) {
    case Rank:
        return locale.toString(e.rank);
    case Advocate:
        return e.name;
    case Referrals:
        return locale.toString(e.referrals);
    case Converted:
        return locale.toString(e.converted);
    case Revenue:
        return domain::Money(e.revenueMinor, m_currency).format(locale);
    case Rewards:
        return domain::Money(e.rewardsMinor, m_currency).format(locale);
    case Points:
        return locale.toString(e.points);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LeaderboardModel::raw(const LeaderboardEntry& e, int column)
{
    switch (static_cast<Column>(column)) {
    case Rank:
        return e.rank;
    case Advocate:
        return e.name;
    case Referrals:
        return e.referrals;
    case Converted:
        return e.converted;
    case Revenue:
        return e.revenueMinor;
    case Rewards:
        return e.rewardsMinor;
    case Points:
        return e.points;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LeaderboardModel::data(const QModelIndex& index, int role) const
{
    const LeaderboardEntry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*e, index.column());
    case Qt::ToolTipRole:
        return index.column() == Advocate && !e->email.isEmpty() ? QVariant(e->email) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Advocate ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case RawValueRole:
        return raw(*e, index.column());
    case AdvocateIdRole:
        return e->advocateId;
    default:
        return {};
    }
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(static_cast<Column>(section));
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Converted:
            return tr("Referrals now converted, approved or rewarded");
        case Revenue:
            return tr("Order values of the converted referrals");
        case Rewards:
            return tr("What the advocate's approved and issued rewards cost");
        case Points:
            return tr("Points issued and not reversed");
        default:
            break;
        }
    }
    return {};
}

QString LeaderboardModel::columnTitle(Column column)
{
    switch (column) {
    case Rank:
        return tr("Rank");
    case Advocate:
        return tr("Advocate");
    case Referrals:
        return tr("Referrals");
    case Converted:
        return tr("Converted");
    case Revenue:
        return tr("Revenue");
    case Rewards:
        return tr("Rewards");
    case Points:
        return tr("Points");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace grapevine::itemmodels
