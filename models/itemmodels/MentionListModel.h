// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include "domain/Mention.h"
#include "domain/MentionChannels.h"
#include "domain/Result.h"

namespace grapevine {
class Clock;
}

namespace grapevine::itemmodels {

/// Which mentions the Mentions page shows; empty optionals and invalid instants mean "any".
struct MentionFilter
{
    std::optional<QString> channel; ///< a channel key
    std::optional<domain::Sentiment> sentiment;
    std::optional<domain::ResponseStatus> responseStatus;
    std::optional<qint64> campaignId;
    QDateTime from; ///< occurred at or after this; invalid: no lower bound
    QDateTime to; ///< occurred before this; invalid: no upper bound
    bool testimonialsOnly = false;
    bool overdueOnly = false; ///< needing a response whose due time has passed
    QString search; ///< author, text or link: case-insensitive substring, matched literally (% and _ too)

    friend bool operator==(const MentionFilter& a, const MentionFilter& b)
    {
        return a.channel == b.channel && a.sentiment == b.sentiment && a.responseStatus == b.responseStatus
            && a.campaignId == b.campaignId && a.from == b.from && a.to == b.to
            && a.testimonialsOnly == b.testimonialsOnly && a.overdueOnly == b.overdueOnly && a.search == b.search;
    }
    friend bool operator!=(const MentionFilter& a, const MentionFilter& b) { return !(a == b); }
};

/// The mentions of the business, newest first unless sorted otherwise, for the Mentions page.
/// Rows come in pages of kPageSize through canFetchMore()/fetchMore(); each page is a keyset
/// seek on (sort key, id) that continues after the last row loaded, never an OFFSET scan.
/// Sorting and filtering run in SQL.
class MentionListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Occurred,
        Channel,
        Author,
        Sentiment,
        Reach,
        Text,
        Campaign,
        Response,
        Incentivised,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, ///< the typed value (QDateTime, qint64 reach or null, keys, bool)
        MentionIdRole, ///< the mention id of the row
        SentimentRole, ///< the sentiment key ("negative")
        OverdueRole ///< true when the mention needs a response and its due time has passed
    };
    static constexpr int kPageSize = 500;
    /// The Text column shows the first line of the text up to this many characters.
    static constexpr int kTextLength = 120;

    explicit MentionListModel(const Clock& clock, QObject* parent = nullptr);

    /// Shows the mentions of `db`. A default-constructed (invalid) connection detaches the
    /// model, which is then empty; a closed connection or a file without mentions is an error.
    grapevine::Status setDatabase(QSqlDatabase db);
    grapevine::Status setFilter(const MentionFilter& filter);
    const MentionFilter& filter() const { return m_filter; }
    /// Sorts by `column` (Occurred, Channel, Author, Sentiment, Reach or Response; others are
    /// ignored and return success). Ties are broken by id, in the same direction.
    grapevine::Status setSort(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    static bool isSortable(int column);

    /// Re-reads after a change to the data, keeping the rows already loaded; when the same
    /// mentions are still in the same places only their cells change, so a view keeps its selection.
    grapevine::Status reload();

    qint64 idAt(int row) const;
    const domain::Mention* mentionAt(int row) const;
    /// The row of mention `id` among the rows loaded, or -1.
    int rowOf(qint64 id) const;
    /// True when the file holds no mention at all, whatever the filter.
    bool databaseIsEmpty() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex& parent = QModelIndex()) override;
    /// Errors are reported through errorOccurred(); setSort() returns them.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The SQL conditions of `filter` over alias m (mentions), appending the values to bind in
    /// order; `now` decides what is overdue. The page and the CSV export of its view share them.
    static QStringList filterConditions(const MentionFilter& filter, const QDateTime& now, QVariantList& values);
    /// The sort key expressions of `column` over alias m, without the id tie-breaker. None is
    /// ever NULL: a NULL inside a row-value comparison would make a keyset seek lose rows.
    static QStringList sortKeys(int column);
    /// " ORDER BY …" for a sort by `column`, ties broken by id in the same direction.
    static QString orderBy(int column, Qt::SortOrder order);

    static QString columnTitle(Column column);
    /// The first non-empty line of `body`, cut to kTextLength characters ("…" when there is more).
    static QString summary(const QString& body);

signals:
    void errorOccurred(const QString& message);

private:
    struct Row
    {
        domain::Mention mention;
        QString campaignName;
        QVariantList sortKey; ///< the values of the sort key expressions, for the next page's seek
    };

    /// Up to `limit` rows after the row whose sort key and id are `after` (none: from the first).
    Result<std::vector<Row>> query(const Row* after, int limit) const;
    grapevine::Status restart();
    void loadChannels();
    bool isOverdue(const domain::Mention& m) const;
    QVariant display(const Row& row, int column) const;
    QVariant raw(const Row& row, int column) const;

    const Clock& m_clock;
    QSqlDatabase m_db;
    MentionFilter m_filter;
    int m_sortColumn = Occurred;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    /// "Now" for the overdue filter, taken when the rows are (re)read so that every page of
    /// one listing agrees; the Response cells use the clock as they are shown.
    QDateTime m_queryNow;
    QList<domain::MentionChannel> m_channels;
    std::vector<Row> m_rows;
    bool m_atEnd = true;
    bool m_fetching = false;
};

} // namespace grapevine::itemmodels
