// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <list>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include <QAbstractTableModel>
#include <QThread>

#include "AdvocatePageLoader.h"
#include "AdvocateQuery.h"
#include "domain/Result.h"

namespace grapevine::itemmodels {

/// The Advocates table over a million rows: pages of 500 rows are loaded on demand on a worker
/// thread and kept in a bounded LRU cache; sorting, filtering and search are SQL. Until a row's
/// page has arrived, data() gives a placeholder and asks for the page.
class AdvocateTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole, ///< the typed value (qint64, QDateTime, bool ...) for delegates and export
        IdRole ///< the advocate id of the row (0 while the row loads)
    };
    static constexpr int kPageSize = 500;
    static constexpr int kMaxCachedPages = 40;

    explicit AdvocateTableModel(QObject* parent = nullptr);
    ~AdvocateTableModel() override;

    /// Shows the advocates of `database` (nullptr: none). The database must outlive the model
    /// or be replaced first. `currency` formats the rewards column.
    void setDatabase(const db::Database* database, const QString& currency);

    void setFilter(const AdvocateFilter& filter);
    AdvocateFilter filter() const { return m_query.filter; }
    const AdvocateQuery& query() const { return m_query; }

    /// Reloads after a change to the data, keeping filter, sort and (as far as possible) rows.
    void refresh();

    /// The id of the advocate at `row`, or 0 while its page loads.
    qint64 idAt(int row) const;
    bool isRowLoaded(int row) const;
    /// The row itself, or nullptr while it loads.
    const AdvocateRow* rowAt(int row) const;

    /// Advocates in the file, unfiltered (the M of "N of M advocates").
    qint64 totalCount() const { return m_total; }
    /// False while only the first page is known and the count is still running.
    bool isCountFinal() const { return m_countFinal; }
    bool isLoading() const { return !m_pendingPages.empty() || !m_countFinal; }

    /// The ids of rows first..last (inclusive) in the current order, loaded or not: a keyset
    /// query on the database's own connection, for bulk actions on big selections.
    Result<QList<qint64>> idsInRows(int first, int last) const;

    /// Finds the row of an advocate in the current order; answers with located().
    void locate(qint64 id);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString columnTitle(AdvocateColumn column);
    static QString columnToolTip(AdvocateColumn column);

signals:
    /// Row count, total or count finality changed ("N of M advocates" needs updating).
    void countChanged();
    void loadingChanged(bool loading);
    void errorOccurred(const QString& message);
    void located(qint64 id, int row);
    void pageLoaded(int page);

private:
    struct CachedPage
    {
        AdvocatePagePtr page;
        std::list<int>::iterator lru;
    };

    void restart(bool keepRows);
    void requestPage(int page) const;
    void onPageReady(const AdvocatePagePtr& page);
    void onIndexReady(const AdvocateIndexPtr& index);
    void onLocated(int generation, qint64 id, qint64 row);
    void onFailed(int generation, const QString& message);
    void resizeTo(qint64 rows);
    void touch(int page) const;
    void stopWorker();
    QVariant displayValue(const AdvocateRow& row, AdvocateColumn column) const;
    QVariant rawValue(const AdvocateRow& row, AdvocateColumn column) const;

    const db::Database* m_database = nullptr;
    QString m_currency;
    AdvocateQuery m_query;
    int m_generation = 0;
    int m_rowCount = 0;
    qint64 m_total = 0;
    bool m_countFinal = true;
    std::vector<QVariantList> m_anchors;

    mutable std::unordered_map<int, CachedPage> m_pages;
    mutable std::list<int> m_lru; ///< most recently used first
    mutable std::unordered_set<int> m_pendingPages;

    QThread m_thread;
    AdvocatePageLoader* m_loader = nullptr;
};

} // namespace grapevine::itemmodels
