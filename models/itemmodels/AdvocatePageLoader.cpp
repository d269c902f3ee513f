// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvocatePageLoader.h"

#include <atomic>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include "db/Database.h"

namespace grapevine::itemmodels {

namespace {

bool bindAndRun(QSqlQuery& q, const QString& sql, const QVariantList& binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : binds)
        q.addBindValue(v);
    return q.exec();
}

AdvocateRow rowFrom(const QSqlQuery& q)
{
    AdvocateRow r;
    r.id = q.value(0).toLongLong();
    r.firstName = q.value(1).toString();
    r.lastName = q.value(2).toString();
    r.email = q.value(3).toString();
    r.kind = domain::fromKey<domain::AdvocateKind>(q.value(4).toString()).value_or(domain::AdvocateKind::Other);
    r.status = domain::fromKey<domain::AdvocateStatus>(q.value(5).toString()).value_or(domain::AdvocateStatus::Active);
    r.referralCode = q.value(6).toString();
    r.referredById = q.value(7).toLongLong();
    if (r.referredById != 0) {
        const QString name = QString(q.value(8).toString() + QLatin1Char(' ') + q.value(9).toString()).trimmed();
        r.referredByName = name.isEmpty() ? q.value(10).toString() : name;
    }
    r.referralsMade = q.value(11).toLongLong();
    r.conversions = q.value(12).toLongLong();
    r.rewardsEarnedMinor = q.value(13).toLongLong();
    r.pointsBalance = q.value(14).toLongLong();
    if (!q.value(15).isNull())
        r.nps = q.value(15).toInt();
    r.consent = q.value(16).toInt() != 0;
    r.joined = QDateTime::fromSecsSinceEpoch(q.value(17).toLongLong(), Qt::UTC);
    r.tags = q.value(18).toString();
    return r;
}

constexpr int kFirstKeyColumn = 19;

} // namespace

AdvocatePageLoader::AdvocatePageLoader(const db::Database& database)
    : m_database(database)
{
    static std::atomic<int> counter {0};
    m_connectionName = QStringLiteral("grapevine-advocate-pages-%1").arg(++counter);
}

AdvocatePageLoader::~AdvocatePageLoader() = default;

QSqlDatabase AdvocatePageLoader::connection()
{
    if (QSqlDatabase::contains(m_connectionName))
        return QSqlDatabase::database(m_connectionName, false);
    return m_database.addConnection(m_connectionName);
}

void AdvocatePageLoader::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

AdvocateQuery AdvocatePageLoader::measured(const AdvocateQuery& query)
{
    AdvocateQuery result = query;
    const QString match = AdvocateQuery::matchExpression(query.filter.search);
    if (match.isEmpty())
        return result;
    const auto known = m_denseByMatch.constFind(match);
    if (known != m_denseByMatch.cend()) {
        result.denseSearch = known.value();
        return result;
    }
    QSqlQuery q(connection());
    const bool ok
        = bindAndRun(q,
              QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM advocates_fts WHERE advocates_fts MATCH ? "
                             "LIMIT %1)")
                  .arg(kDenseSearchMatches + 1),
              {match})
        && q.next();
    result.denseSearch = ok && q.value(0).toInt() > kDenseSearchMatches;
    if (m_denseByMatch.size() > 200)
        m_denseByMatch.clear();
    m_denseByMatch.insert(match, result.denseSearch);
    return result;
}

void AdvocatePageLoader::fetchPage(
    int generation, const AdvocateQuery& requested, int page, const QVariantList& anchor, int pageSize)
{
    if (stale(generation))
        return;
    const AdvocateQuery query = measured(requested);
    QSqlQuery q(connection());
    QVariantList binds;
    const QString sql = query.pageSql(!anchor.isEmpty(), binds, anchor, pageSize, static_cast<qint64>(page) * pageSize);
    if (!bindAndRun(q, sql, binds)) {
        emit failed(generation,
            QCoreApplication::translate("AdvocateTableModel", "The advocates could not be read: %1")
                .arg(q.lastError().text()));
        return;
    }
    auto result = std::make_shared<AdvocatePage>();
    result->generation = generation;
    result->index = page;
    result->rows.reserve(static_cast<std::size_t>(pageSize));
    const int keyCount = static_cast<int>(query.sortKeys().size());
    while (q.next()) {
        if (static_cast<int>(result->rows.size()) == pageSize) {
            for (int k = 0; k < keyCount; ++k)
                result->nextAnchor << q.value(kFirstKeyColumn + k);
            result->nextAnchor << q.value(0);
            break;
        }
        result->rows.push_back(rowFrom(q));
    }
    emit pageReady(result);
}

void AdvocatePageLoader::buildIndex(int generation, const AdvocateQuery& requested, int pageSize)
{
    if (stale(generation))
        return;
    const AdvocateQuery query = measured(requested);
    QSqlDatabase db = connection();
    auto result = std::make_shared<AdvocateIndex>();
    result->generation = generation;
    const auto fail = [&](const QSqlQuery& q) {
        emit failed(generation,
            QCoreApplication::translate("AdvocateTableModel", "The advocates could not be counted: %1")
                .arg(q.lastError().text()));
    };

    QSqlQuery q(db);
    QVariantList binds;
    if (!bindAndRun(q, QStringLiteral("SELECT count(*) FROM advocates a") + query.whereClause(binds), binds)
        || !q.next())
        return fail(q);
    result->count = q.value(0).toLongLong();
    if (!bindAndRun(q, QStringLiteral("SELECT count(*) FROM advocates"), {}) || !q.next())
        return fail(q);
    result->total = q.value(0).toLongLong();
    if (stale(generation))
        return;

    // Anchors are worth their cost only when there is more than a page or two to jump in.
    if (result->count > 2 * pageSize) {
        binds.clear();
        if (!bindAndRun(q, query.anchorsSql(pageSize, binds), binds))
            return fail(q);
        const int keyCount = static_cast<int>(query.sortKeys().size());
        result->anchors.reserve(static_cast<std::size_t>(result->count / pageSize + 1));
        while (q.next()) {
            QVariantList anchor;
            for (int k = 0; k <= keyCount; ++k)
                anchor << q.value(k);
            result->anchors.push_back(std::move(anchor));
        }
    }
    emit indexReady(result);
}

void AdvocatePageLoader::locate(int generation, const AdvocateQuery& query, qint64 id)
{
    if (stale(generation))
        return;
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    QVariantList binds;
    // Is the advocate among the filtered rows at all?
    QString where = query.whereClause(binds);
    where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
    binds << id;
    if (!bindAndRun(q, QStringLiteral("SELECT 1 FROM advocates a") + where + QStringLiteral("a.id = ?"), binds)) {
        emit failed(generation, q.lastError().text());
        return;
    }
    if (!q.next()) {
        emit located(generation, id, -1);
        return;
    }
    if (!bindAndRun(q, query.keysOfSql(), {id}) || !q.next()) {
        emit located(generation, id, -1);
        return;
    }
    QVariantList keys;
    for (int k = 0; k < query.sortKeys().size(); ++k)
        keys << q.value(k);
    binds.clear();
    if (!bindAndRun(q, query.positionSql(keys, id, binds), binds) || !q.next()) {
        emit failed(generation, q.lastError().text());
        return;
    }
    emit located(generation, id, q.value(0).toLongLong());
}

} // namespace grapevine::itemmodels
