// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include "domain/Result.h"

namespace grapevine::itemmodels {

/// One advocate on the leaderboard and the figures that placed them there.
struct LeaderboardEntry
{
    int rank = 0; ///< 1-based; advocates with the same figures share a rank ("1, 2, 2, 4")
    qint64 advocateId = 0;
    QString name;
    QString email;
    qint64 referrals = 0;
    qint64 converted = 0;
    qint64 revenueMinor = 0; ///< order values of their converted referrals
    qint64 rewardsMinor = 0; ///< cost of their approved or issued rewards
    qint64 points = 0; ///< points balance (overall) or points issued in the campaign
};

/// The advocates who bring the most customers, overall or in one campaign. Ranked by
/// conversions, then referrals made. Overall it reads the advocates' stored counters through
/// their index, so it is instant on a million advocates; for one campaign it adds up that
/// campaign's referrals per referrer.
class LeaderboardModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Rank,
        Advocate,
        Referrals,
        Converted,
        Revenue,
        Rewards,
        Points,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, ///< the typed value (qint64 counts and minor units)
        AdvocateIdRole
    };
    static constexpr int kDefaultLimit = 50;

    explicit LeaderboardModel(QObject* parent = nullptr);

    /// Reads the top `limit` advocates of `db`, overall or for `campaignId`, with money in
    /// `currency`. On failure the board is left as it was.
    Status load(const QSqlDatabase& db, const QString& currency, std::optional<qint64> campaignId = std::nullopt,
        int limit = kDefaultLimit);

    const LeaderboardEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(Column column);

private:
    static Result<std::vector<LeaderboardEntry>> overall(const QSqlDatabase& db, int limit);
    static Result<std::vector<LeaderboardEntry>> forCampaign(const QSqlDatabase& db, qint64 campaignId, int limit);
    QVariant display(const LeaderboardEntry& e, int column) const;
    static QVariant raw(const LeaderboardEntry& e, int column);

    std::vector<LeaderboardEntry> m_entries;
    QString m_currency = QStringLiteral("USD");
};

} // namespace grapevine::itemmodels
