// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>
#include <vector>

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QVariantList>

#include "AdvocateQuery.h"

namespace grapevine::db {
class Database;
}

namespace grapevine::itemmodels {

/// One page of rows, and the anchor (sort keys + id) of the first row of the next page.
struct AdvocatePage
{
    int generation = 0;
    int index = 0;
    std::vector<AdvocateRow> rows;
    QVariantList nextAnchor; ///< empty at the end
};

/// Row count and page anchors of one query.
struct AdvocateIndex
{
    int generation = 0;
    qint64 count = 0;
    qint64 total = 0; ///< all advocates, unfiltered
    std::vector<QVariantList> anchors; ///< anchors[p] = keys and id of the first row of page p
};

using AdvocatePagePtr = std::shared_ptr<const AdvocatePage>;
using AdvocateIndexPtr = std::shared_ptr<const AdvocateIndex>;

/// Runs the table's queries on a worker thread, on its own connection (a Qt SQL rule), and
/// sends results back by queued signals tagged with the generation they were asked for. Work
/// for an older generation than the latest is skipped before it starts.
class AdvocatePageLoader final : public QObject
{
    Q_OBJECT

public:
    explicit AdvocatePageLoader(const db::Database& database);
    ~AdvocatePageLoader() override;

    /// More matches than this and a search walks the sort index (AdvocateQuery::denseSearch).
    static constexpr int kDenseSearchMatches = 20000;

    /// Called from any thread: requests of older generations will be dropped.
    void setLatestGeneration(int generation) { m_latest.store(generation); }

public slots:
    void fetchPage(int generation, const grapevine::itemmodels::AdvocateQuery& query, int page,
        const QVariantList& anchor, int pageSize);
    void buildIndex(int generation, const grapevine::itemmodels::AdvocateQuery& query, int pageSize);
    void locate(int generation, const grapevine::itemmodels::AdvocateQuery& query, qint64 id);
    /// Closes the connection; must run on the worker thread before it ends.
    void close();

signals:
    void pageReady(grapevine::itemmodels::AdvocatePagePtr page);
    void indexReady(grapevine::itemmodels::AdvocateIndexPtr index);
    void located(int generation, qint64 id, qint64 row);
    void failed(int generation, const QString& message);

private:
    bool stale(int generation) const { return generation < m_latest.load(); }
    /// The query with denseSearch measured: counting matches stops at the threshold, so it
    /// costs a few milliseconds even when "a" matches half the file.
    AdvocateQuery measured(const AdvocateQuery& query);
    QSqlDatabase connection();

    const db::Database& m_database;
    QString m_connectionName;
    QHash<QString, bool> m_denseByMatch;
    std::atomic<int> m_latest {0};
};

} // namespace grapevine::itemmodels

Q_DECLARE_METATYPE(grapevine::itemmodels::AdvocateQuery)
Q_DECLARE_METATYPE(grapevine::itemmodels::AdvocatePagePtr)
Q_DECLARE_METATYPE(grapevine::itemmodels::AdvocateIndexPtr)
