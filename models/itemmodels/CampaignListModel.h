// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

#include "domain/Campaign.h"
#include "domain/Result.h"
#include "metrics/CampaignSummary.h"

namespace grapevine {
class Clock;
}

namespace grapevine::itemmodels {

/// Every campaign with its status and figures at a glance. A business has a handful of
/// campaigns, so the whole list is read at once (two queries) and sorted by a proxy.
class CampaignListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Status,
        Starts,
        Ends,
        Referrals,
        Conversions,
        Revenue,
        Cost,
        Roi,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, ///< the typed value (qint64 minor units, QDate, optional ROI as double or null)
        SortRole, ///< a value that sorts as people expect: numbers numerically, open dates at the ends
        CampaignIdRole ///< the campaign id of the row
    };

    explicit CampaignListModel(QObject* parent = nullptr);

    /// Reads every campaign and its figures from `db` (money in the file's currency); on
    /// failure the list is left as it was and the error says why. An invalid `db` empties it.
    grapevine::Status load(const QSqlDatabase& db, const Clock& clock);

    QString currency() const { return m_currency; }
    /// The row of campaign `id`, or -1.
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    /// The campaign at `row` (with its milestones); `row` must be valid.
    const domain::Campaign& campaignAt(int row) const { return m_campaigns.at(static_cast<size_t>(row)); }
    metrics::CampaignFigures figuresAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(Column column);

private:
    QVariant display(const domain::Campaign& c, const metrics::CampaignFigures& f, int column) const;
    QVariant raw(const domain::Campaign& c, const metrics::CampaignFigures& f, int column) const;
    QVariant sortValue(const domain::Campaign& c, const metrics::CampaignFigures& f, int column) const;
    QVariant toolTip(const domain::Campaign& c, const metrics::CampaignFigures& f, int column) const;

    std::vector<domain::Campaign> m_campaigns;
    QHash<qint64, metrics::CampaignFigures> m_figures;
    QString m_currency = QStringLiteral("USD");
};

} // namespace grapevine::itemmodels
