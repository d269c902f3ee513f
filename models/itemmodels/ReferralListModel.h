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

#include "domain/Referral.h"
#include "domain/Result.h"

namespace grapevine::itemmodels {

/// Which referrals the pipeline shows.
struct ReferralFilter
{
    std::optional<domain::ReferralStatus> status;
    std::optional<qint64> campaignId;
    bool reviewQueue = false; ///< only those flagged and still waiting for a person
    QString search; ///< friend name or e-mail, code, or the referrer's name (prefix)
    QDateTime createdFrom; ///< made at or after; invalid: no lower bound
    QDateTime createdTo; ///< made before; invalid: no upper bound
};

/// The referrals pipeline, newest first. Rows arrive a page at a time through fetchMore (a
/// keyset seek on created_at, id), so a file with a million referrals opens at once and a
/// view never holds more than it has scrolled through.
class ReferralListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Created,
        Campaign,
        Referrer,
        Friend,
        Code,
        Channel,
        Status,
        OrderValue,
        Review,
        ColumnCount
    };
    enum Role {
        ReferralIdRole = Qt::UserRole + 1,
        StatusRole,
        FlaggedRole,
    };
    static constexpr int kPageSize = 500;

    explicit ReferralListModel(QObject* parent = nullptr);

    /// Shows the referrals of `db` that pass `filter` (an invalid db: none). Returns the
    /// error when the first page could not be read; the model is then empty.
    grapevine::Status load(QSqlDatabase db, const ReferralFilter& filter);
    grapevine::Status reload() { return load(m_db, m_filter); }
    const ReferralFilter& filter() const { return m_filter; }
    qint64 referralId(int row) const;
    int rowOf(qint64 referralId) const;
    /// The SQL conditions of `filter` over the pipeline's aliases (r: referrals; a: the referrer,
    /// c: the campaign, both joined), appending the values to bind in order. The page and the
    /// CSV export of its view share them, so both show exactly the same referrals.
    static QStringList filterConditions(const ReferralFilter& filter, QVariantList& values);
    /// The pipeline's order, newest first: " ORDER BY …" over the same aliases.
    static QString orderBy();
    /// Counts per status (and the review queue) for the pipeline's stage buttons, for the
    /// current campaign filter; one grouped query.
    Result<std::vector<std::pair<domain::ReferralStatus, qint64>>> countByStatus(qint64& reviewQueue) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Row
    {
        qint64 id = 0;
        QDateTime createdAt;
        QString campaign;
        QString referrer;
        QString friendName;
        QString code;
        domain::ReferralChannel channel = domain::ReferralChannel::Other;
        domain::ReferralStatus status = domain::ReferralStatus::Pending;
        std::optional<qint64> orderValueMinor;
        bool flagged = false;
        QString duplicateReason;
        QString flags; ///< the reasons, one per line, for the tooltip
        QStringList flagNames; ///< the kinds in words, for the cell
    };
    Result<std::vector<Row>> readPage() const;

    QSqlDatabase m_db;
    ReferralFilter m_filter;
    QString m_currency;
    std::vector<Row> m_rows;
    bool m_atEnd = true;
};

} // namespace grapevine::itemmodels
