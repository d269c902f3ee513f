// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include "domain/Result.h"
#include "domain/Reward.h"

namespace grapevine::itemmodels {

/// Which rewards the list shows; empty optionals mean "any".
struct RewardFilter
{
    std::optional<domain::RewardStatus> status;
    std::optional<qint64> campaignId;
    QString search; ///< recipient name or email, friend name, payout reference

    friend bool operator==(const RewardFilter& a, const RewardFilter& b)
    {
        return a.status == b.status && a.campaignId == b.campaignId && a.search == b.search;
    }
};

/// One reward as the list shows it, with the names it is joined with.
struct RewardRow
{
    domain::Reward reward;
    QString campaignName;
    QString recipient; ///< the advocate's name (or email), or the friend's name
    QString recipientEmail;
    bool recipientIsAdvocate = false;
};

/// Money owed and paid under the current campaign filter, for the line under the table.
struct RewardTotals
{
    qint64 pendingMinor = 0;
    qint64 approvedMinor = 0; ///< approved, not yet issued
    qint64 issuedMinor = 0;
    qint64 approvedCount = 0;
};

/// Every reward, newest first, for the Rewards page. A million rewards open at once: rows come
/// in pages of kPageSize through canFetchMore()/fetchMore(), each page a keyset seek on
/// (created_at, id) that continues after the last row shown, never an OFFSET scan.
class RewardListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Created,
        Campaign,
        Recipient,
        Side,
        RewardText,
        Cost,
        Status,
        Due,
        ReferenceOrReason,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, ///< the typed value (QDateTime, qint64 minor units, status key)
        RewardIdRole, ///< the reward id of the row
        StatusRole ///< the RewardStatus of the row, as int
    };
    static constexpr int kPageSize = 500;

    explicit RewardListModel(QObject* parent = nullptr);

    /// Shows the rewards of `db` (an invalid connection: none) with money in `currency`.
    grapevine::Status setDatabase(const QSqlDatabase& db, const QString& currency);
    grapevine::Status setFilter(const RewardFilter& filter);
    const RewardFilter& filter() const { return m_filter; }
    QString currency() const { return m_currency; }

    /// Re-reads after a change to the data, keeping the rows already loaded; when the same
    /// rewards are still in the same places only their cells change, so a view keeps its selection.
    grapevine::Status reload();

    qint64 idAt(int row) const;
    const RewardRow* rowAt(int row) const;
    /// The row of reward `id` among the rows loaded, or -1.
    int rowOf(qint64 id) const;
    /// True when the file holds no reward at all, whatever the filter.
    bool databaseIsEmpty() const;
    Result<RewardTotals> totals() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex& parent = QModelIndex()) override;

    /// The SQL conditions of `filter` over the list's aliases (w: rewards; c: campaigns, a: the
    /// advocate, r: the referral, all joined as kSelect joins them), appending the values to
    /// bind in order. The page and the CSV export of its view share them.
    static QStringList filterConditions(const RewardFilter& filter, QVariantList& values);
    /// The list's order, newest first: " ORDER BY …" over the same aliases.
    static QString orderBy();

    static QString columnTitle(Column column);
    /// The reward in words: "500 points", "€10.00 store credit", "15% off", or its description.
    static QString rewardText(const domain::Reward& reward, const QString& currency);

signals:
    void errorOccurred(const QString& message);

private:
    /// Up to `limit` rows after the keyset position `after` (none: from the newest).
    Result<std::vector<RewardRow>> query(const std::optional<std::pair<qint64, qint64>>& after, int limit) const;
    grapevine::Status restart();
    QVariant display(const RewardRow& row, int column) const;
    QVariant raw(const RewardRow& row, int column) const;

    QSqlDatabase m_db;
    QString m_currency = QStringLiteral("USD");
    RewardFilter m_filter;
    std::vector<RewardRow> m_rows;
    bool m_atEnd = true;
    bool m_fetching = false;
};

} // namespace grapevine::itemmodels
