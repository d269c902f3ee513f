// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvocateTableModel.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include "db/Database.h"
#include "domain/Money.h"

namespace grapevine::itemmodels {

namespace {

bool isNumeric(AdvocateColumn column)
{
    switch (column) {
    case AdvocateColumn::ReferralsMade:
    case AdvocateColumn::Conversions:
    case AdvocateColumn::RewardsEarned:
    case AdvocateColumn::PointsBalance:
    case AdvocateColumn::Nps:
        return true;
    default:
        return false;
    }
}

} // namespace

AdvocateTableModel::AdvocateTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<AdvocatePagePtr>();
    qRegisterMetaType<AdvocateIndexPtr>();
    m_thread.setObjectName(QStringLiteral("advocate-pages"));
}

AdvocateTableModel::~AdvocateTableModel()
{
    stopWorker();
}

void AdvocateTableModel::stopWorker()
{
    if (!m_loader)
        return;
    if (m_thread.isRunning()) {
        // The worker's connection belongs to the worker thread and must be closed there.
        QMetaObject::invokeMethod(m_loader, &AdvocatePageLoader::close, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_loader;
    m_loader = nullptr;
}

void AdvocateTableModel::setDatabase(const db::Database* database, const QString& currency)
{
    stopWorker();
    m_database = database;
    m_currency = currency;
    if (m_database) {
        m_loader = new AdvocatePageLoader(*m_database);
        m_loader->moveToThread(&m_thread);
        connect(m_loader, &AdvocatePageLoader::pageReady, this, &AdvocateTableModel::onPageReady);
        connect(m_loader, &AdvocatePageLoader::indexReady, this, &AdvocateTableModel::onIndexReady);
        connect(m_loader, &AdvocatePageLoader::located, this, &AdvocateTableModel::onLocated);
        connect(m_loader, &AdvocatePageLoader::failed, this, &AdvocateTableModel::onFailed);
        m_thread.start();
    }
    restart(false);
}

void AdvocateTableModel::setFilter(const AdvocateFilter& filter)
{
    if (filter == m_query.filter)
        return;
    m_query.filter = filter;
    restart(false);
}

void AdvocateTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kAdvocateColumnCount || !AdvocateQuery::isSortable(AdvocateColumn(column)))
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (m_query.sortColumn == AdvocateColumn(column) && m_query.descending == descending)
        return;
    m_query.sortColumn = AdvocateColumn(column);
    m_query.descending = descending;
    restart(false);
}

void AdvocateTableModel::refresh()
{
    restart(true);
}

void AdvocateTableModel::restart(bool keepRows)
{
    ++m_generation;
    if (m_loader)
        m_loader->setLatestGeneration(m_generation);
    m_pages.clear();
    m_lru.clear();
    m_pendingPages.clear();
    m_anchors.clear();

    if (!keepRows || !m_database) {
        beginResetModel();
        m_rowCount = 0;
        endResetModel();
    }
    if (!m_database) {
        m_total = 0;
        m_countFinal = true;
        emit countChanged();
        emit loadingChanged(false);
        return;
    }
    m_countFinal = false;
    requestPage(0);
    const int generation = m_generation;
    const AdvocateQuery query = m_query;
    AdvocatePageLoader* loader = m_loader;
    QMetaObject::invokeMethod(
        m_loader, [loader, generation, query] { loader->buildIndex(generation, query, kPageSize); },
        Qt::QueuedConnection);
    if (keepRows && m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, kAdvocateColumnCount - 1));
    emit countChanged();
    emit loadingChanged(true);
}

void AdvocateTableModel::requestPage(int page) const
{
    if (!m_loader || m_pendingPages.count(page) > 0)
        return;
    m_pendingPages.insert(page);
    QVariantList anchor;
    if (page < static_cast<int>(m_anchors.size())) {
        anchor = m_anchors[static_cast<std::size_t>(page)];
    } else if (page > 0) {
        const auto previous = m_pages.find(page - 1);
        if (previous != m_pages.end())
            anchor = previous->second.page->nextAnchor;
    }
    const int generation = m_generation;
    const AdvocateQuery query = m_query;
    AdvocatePageLoader* loader = m_loader;
    QMetaObject::invokeMethod(
        m_loader,
        [loader, generation, query, page, anchor] { loader->fetchPage(generation, query, page, anchor, kPageSize); },
        Qt::QueuedConnection);
}

void AdvocateTableModel::touch(int page) const
{
    auto it = m_pages.find(page);
    if (it != m_pages.end() && it->second.lru != m_lru.begin())
        m_lru.splice(m_lru.begin(), m_lru, it->second.lru);
}

void AdvocateTableModel::onPageReady(const AdvocatePagePtr& page)
{
    if (page->generation != m_generation)
        return;
    m_pendingPages.erase(page->index);
    auto existing = m_pages.find(page->index);
    if (existing != m_pages.end()) {
        m_lru.erase(existing->second.lru);
        m_pages.erase(existing);
    }
    m_lru.push_front(page->index);
    m_pages[page->index] = CachedPage {page, m_lru.begin()};
    while (m_pages.size() > static_cast<std::size_t>(kMaxCachedPages)) {
        const int oldest = m_lru.back();
        m_lru.pop_back();
        m_pages.erase(oldest);
    }

    const qint64 first = static_cast<qint64>(page->index) * kPageSize;
    if (!m_countFinal) {
        // Until the count arrives, show what the first pages prove exists.
        const qint64 known = first + static_cast<qint64>(page->rows.size());
        if (known > m_rowCount)
            resizeTo(known);
    }
    const qint64 last = qMin<qint64>(first + static_cast<qint64>(page->rows.size()), m_rowCount) - 1;
    if (last >= first)
        emit dataChanged(index(static_cast<int>(first), 0), index(static_cast<int>(last), kAdvocateColumnCount - 1));
    emit pageLoaded(page->index);
    if (m_pendingPages.empty() && m_countFinal)
        emit loadingChanged(false);
}

void AdvocateTableModel::onIndexReady(const AdvocateIndexPtr& result)
{
    if (result->generation != m_generation)
        return;
    m_anchors = result->anchors;
    m_total = result->total;
    m_countFinal = true;
    resizeTo(result->count);
    emit countChanged();
    if (m_pendingPages.empty())
        emit loadingChanged(false);
}

void AdvocateTableModel::resizeTo(qint64 rows)
{
    const int target = static_cast<int>(qMin<qint64>(rows, std::numeric_limits<int>::max()));
    if (target > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, target - 1);
        m_rowCount = target;
        endInsertRows();
    } else if (target < m_rowCount) {
        beginRemoveRows(QModelIndex(), target, m_rowCount - 1);
        m_rowCount = target;
        endRemoveRows();
    }
    emit countChanged();
}

Result<QList<qint64>> AdvocateTableModel::idsInRows(int first, int last) const
{
    QList<qint64> ids;
    if (!m_database || first > last)
        return ids;
    // Rows already in the cache need no query.
    bool allLoaded = true;
    for (int page = first / kPageSize; page <= last / kPageSize && allLoaded; ++page)
        allLoaded = m_pages.count(page) > 0;
    if (allLoaded) {
        for (int row = first; row <= last; ++row)
            ids << idAt(row);
        return ids;
    }
    QVariantList binds;
    const QString where = m_query.whereClause(binds);
    QStringList order;
    for (const QString& key : m_query.sortKeys())
        order << key + (m_query.descending ? QStringLiteral(" DESC") : QString());
    order << (m_query.descending ? QStringLiteral("a.id DESC") : QStringLiteral("a.id"));
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id FROM advocates a%1 ORDER BY %2 LIMIT ? OFFSET ?")
                  .arg(where, order.join(QStringLiteral(", "))));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.addBindValue(last - first + 1);
    q.addBindValue(first);
    if (!q.exec())
        return Error {
            Error::Code::Storage, tr("The selected advocates could not be read: %1").arg(q.lastError().text())};
    ids.reserve(last - first + 1);
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

void AdvocateTableModel::locate(qint64 id)
{
    if (!m_loader) {
        emit located(id, -1);
        return;
    }
    const int generation = m_generation;
    const AdvocateQuery query = m_query;
    AdvocatePageLoader* loader = m_loader;
    QMetaObject::invokeMethod(
        m_loader, [loader, generation, query, id] { loader->locate(generation, query, id); }, Qt::QueuedConnection);
}

void AdvocateTableModel::onLocated(int generation, qint64 id, qint64 row)
{
    if (generation != m_generation)
        return;
    emit located(id, row < 0 || row >= m_rowCount ? -1 : static_cast<int>(row));
}

void AdvocateTableModel::onFailed(int generation, const QString& message)
{
    if (generation != m_generation)
        return;
    m_pendingPages.clear();
    emit errorOccurred(message);
}

const AdvocateRow* AdvocateTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / kPageSize;
    const auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        requestPage(page);
        return nullptr;
    }
    touch(page);
    const std::size_t offset = static_cast<std::size_t>(row % kPageSize);
    if (offset >= it->second.page->rows.size())
        return nullptr;
    return &it->second.page->rows[offset];
}

qint64 AdvocateTableModel::idAt(int row) const
{
    const AdvocateRow* r = rowAt(row);
    return r ? r->id : 0;
}

bool AdvocateTableModel::isRowLoaded(int row) const
{
    return row >= 0 && row < m_rowCount && m_pages.count(row / kPageSize) > 0;
}

int AdvocateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int AdvocateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kAdvocateColumnCount;
}

Qt::ItemFlags AdvocateTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant AdvocateTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= kAdvocateColumnCount)
        return {};
    const auto column = AdvocateColumn(index.column());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    const AdvocateRow* row = rowAt(index.row());
    if (!row) {
        if (role == Qt::DisplayRole && column == AdvocateColumn::Name)
            return QStringLiteral("…");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*row, column);
    case Qt::ToolTipRole:
        if (column == AdvocateColumn::Name || column == AdvocateColumn::Email)
            return QStringLiteral("%1 <%2>").arg(row->displayName(), row->email);
        if (column == AdvocateColumn::Consent && !row->consent)
            return tr("No marketing consent: left out of anything that contacts people.");
        return {};
    case RawValueRole:
        return rawValue(*row, column);
    case IdRole:
        return row->id;
    default:
        return {};
    }
}

QVariant AdvocateTableModel::displayValue(const AdvocateRow& row, AdvocateColumn column) const
{
    const QLocale locale;
    switch (column) {
    case AdvocateColumn::Name:
        return row.displayName();
    case AdvocateColumn::Email:
        return row.email;
    case AdvocateColumn::Kind:
        return domain::Advocate::kindName(row.kind);
    case AdvocateColumn::Tags:
        return row.tags;
    case AdvocateColumn::ReferralCode:
        return row.referralCode;
    case AdvocateColumn::ReferredBy:
        return row.referredByName;
    case AdvocateColumn::ReferralsMade:
        return locale.toString(row.referralsMade);
    case AdvocateColumn::Conversions:
        return locale.toString(row.conversions);
    case AdvocateColumn::RewardsEarned:
        return domain::Money(row.rewardsEarnedMinor, m_currency).format(locale);
    case AdvocateColumn::PointsBalance:
        return locale.toString(row.pointsBalance);
    case AdvocateColumn::Nps:
        return row.nps ? locale.toString(*row.nps) : QString();
    case AdvocateColumn::Consent:
        return row.consent ? tr("Yes") : tr("No");
    case AdvocateColumn::Joined:
        return locale.toString(row.joined.toLocalTime().date(), QLocale::ShortFormat);
    }
    return {};
}

QVariant AdvocateTableModel::rawValue(const AdvocateRow& row, AdvocateColumn column) const
{
    switch (column) {
    case AdvocateColumn::Name:
        return row.displayName();
    case AdvocateColumn::Email:
        return row.email;
    case AdvocateColumn::Kind:
        return domain::toKey(row.kind);
    case AdvocateColumn::Tags:
        return row.tags;
    case AdvocateColumn::ReferralCode:
        return row.referralCode;
    case AdvocateColumn::ReferredBy:
        return row.referredById;
    case AdvocateColumn::ReferralsMade:
        return row.referralsMade;
    case AdvocateColumn::Conversions:
        return row.conversions;
    case AdvocateColumn::RewardsEarned:
        return row.rewardsEarnedMinor;
    case AdvocateColumn::PointsBalance:
        return row.pointsBalance;
    case AdvocateColumn::Nps:
        return row.nps ? QVariant(*row.nps) : QVariant();
    case AdvocateColumn::Consent:
        return row.consent;
    case AdvocateColumn::Joined:
        return row.joined;
    }
    return {};
}

QVariant AdvocateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kAdvocateColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = AdvocateColumn(section);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(column);
    case Qt::ToolTipRole:
        return columnToolTip(column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QString AdvocateTableModel::columnTitle(AdvocateColumn column)
{
    switch (column) {
    case AdvocateColumn::Name:
        return tr("Name");
    case AdvocateColumn::Email:
        return tr("Email");
    case AdvocateColumn::Kind:
        return tr("Kind");
    case AdvocateColumn::Tags:
        return tr("Tags");
    case AdvocateColumn::ReferralCode:
        return tr("Referral code");
    case AdvocateColumn::ReferredBy:
        return tr("Referred by");
    case AdvocateColumn::ReferralsMade:
        return tr("Referrals");
    case AdvocateColumn::Conversions:
        return tr("Conversions");
    case AdvocateColumn::RewardsEarned:
        return tr("Rewards earned");
    case AdvocateColumn::PointsBalance:
        return tr("Points");
    case AdvocateColumn::Nps:
        return tr("NPS");
    case AdvocateColumn::Consent:
        return tr("Consent");
    case AdvocateColumn::Joined:
        return tr("Joined");
    }
    return {};
}

QString AdvocateTableModel::columnToolTip(AdvocateColumn column)
{
    switch (column) {
    case AdvocateColumn::ReferralsMade:
        return tr("Referrals this advocate made, in any status");
    case AdvocateColumn::Conversions:
        return tr("Referrals now converted, approved or rewarded");
    case AdvocateColumn::RewardsEarned:
        return tr("What the advocate's approved and issued rewards cost the business");
    case AdvocateColumn::PointsBalance:
        return tr("Points from issued points rewards");
    case AdvocateColumn::Nps:
        return tr("Net Promoter Score answer, 0 to 10");
    case AdvocateColumn::Consent:
        return tr("Marketing consent: only advocates with consent are contacted");
    default:
        return columnTitle(column);
    }
}

} // namespace grapevine::itemmodels
