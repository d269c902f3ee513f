// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RewardListModel.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QSqlQuery>

#include "domain/Money.h"
#include "invitations/RewardWording.h"
#include "store/SqlSupport.h"

namespace grapevine::itemmodels {

using domain::RewardStatus;

namespace {

// The recipient is the advocate when there is one (erased advocates keep no name), otherwise
// the friend of the referral, who may not be an advocate yet.
const char* const kSelect = "SELECT w.id, w.campaign_id, w.referral_id, w.advocate_id, w.side, w.kind, w.value, "
                            "w.cost_minor, w.status, w.description, w.withheld_reason, w.payout_reference, "
                            "w.milestone_threshold, w.created_at, w.due_at, w.approved_at, w.issued_at, "
                            "w.voided_at, w.reversed_at, w.updated_at, c.name, "
                            "CASE WHEN a.id IS NOT NULL THEN coalesce(nullif(trim(a.first_name || ' ' || "
                            "a.last_name), ''), a.email) ELSE coalesce(nullif(trim(r.friend_name), ''), "
                            "r.friend_email, '') END, "
                            "CASE WHEN a.id IS NOT NULL THEN a.email ELSE coalesce(r.friend_email, '') END "
                            "FROM rewards w JOIN campaigns c ON c.id = w.campaign_id "
                            "LEFT JOIN advocates a ON a.id = w.advocate_id "
                            "LEFT JOIN referrals r ON r.id = w.referral_id";

RewardRow readRow(const QSqlQuery& q)
{
    using store::sql::toInstant;
    RewardRow row;
    domain::Reward& w = row.reward;
    w.id = q.value(0).toLongLong();
    w.campaignId = q.value(1).toLongLong();
    w.referralId = store::sql::toOptional<qint64>(q.value(2));
    w.advocateId = store::sql::toOptional<qint64>(q.value(3));
    w.side = domain::fromKey<domain::RewardSide>(q.value(4).toString()).value_or(domain::RewardSide::Advocate);
    w.kind = domain::fromKey<domain::RewardKind>(q.value(5).toString()).value_or(domain::RewardKind::None);
    w.value = q.value(6).toLongLong();
    w.costMinor = q.value(7).toLongLong();
    w.status = domain::fromKey<RewardStatus>(q.value(8).toString()).value_or(RewardStatus::Pending);
    w.description = q.value(9).toString();
    w.withheldReason = q.value(10).toString();
    w.payoutReference = q.value(11).toString();
    w.milestoneThreshold = store::sql::toOptional<int>(q.value(12));
    w.createdAt = toInstant(q.value(13));
    w.dueAt = toInstant(q.value(14));
    w.approvedAt = toInstant(q.value(15));
    w.issuedAt = toInstant(q.value(16));
    w.voidedAt = toInstant(q.value(17));
    w.reversedAt = toInstant(q.value(18));
    w.updatedAt = toInstant(q.value(19));
    row.campaignName = q.value(20).toString();
    row.recipient = q.value(21).toString();
    row.recipientEmail = q.value(22).toString();
    row.recipientIsAdvocate = w.advocateId.has_value();
    return row;
}

QString localDate(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

} // namespace

RewardListModel::RewardListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

Status RewardListModel::setDatabase(const QSqlDatabase& db, const QString& currency)
{
    m_db = db;
    m_currency = currency;
    return restart();
}

Status RewardListModel::setFilter(const RewardFilter& filter)
{
    m_filter = filter;
    return restart();
}

Status RewardListModel::restart()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    grapevine::Status status;
    if (m_db.isValid()) {
        Result<std::vector<RewardRow>> first = query(std::nullopt, kPageSize);
        if (first) {
            m_rows = std::move(first).value();
            m_atEnd = static_cast<int>(m_rows.size()) < kPageSize;
        } else {
            status = first.error();
        }
    }
    endResetModel();
    if (!status)
        emit errorOccurred(status.error().message);
    return status;
}

Status RewardListModel::reload()
{
    if (!m_db.isValid())
        return restart();
    const int keep = std::max(kPageSize, static_cast<int>(m_rows.size()));
    Result<std::vector<RewardRow>> fresh = query(std::nullopt, keep);
    if (!fresh) {
        emit errorOccurred(fresh.error().message);
        return fresh.error();
    }
    std::vector<RewardRow> rows = std::move(fresh).value();
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(),
            [](const RewardRow& a, const RewardRow& b) { return a.reward.id == b.reward.id; });
    m_atEnd = static_cast<int>(rows.size()) < keep;
    if (sameRows) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return {};
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

QStringList RewardListModel::filterConditions(const RewardFilter& filter, QVariantList& values)
{
    QStringList where;
    if (filter.status) {
        where << QStringLiteral("w.status = ?");
        values << domain::toKey(*filter.status);
    }
    if (filter.campaignId) {
        where << QStringLiteral("w.campaign_id = ?");
        values << *filter.campaignId;
    }
    if (const QString text = filter.search.trimmed(); !text.isEmpty()) {
        // instr() rather than LIKE: what the person typed is matched literally, '%' and '_' too.
        // The recipient as shown: the advocate, or the friend only when the friend is the one
        // rewarded (the advocate's reward for referring Hana is not Hana's).
        where << QStringLiteral(
            "(instr(lower(CASE WHEN a.id IS NOT NULL THEN a.first_name || ' ' || a.last_name "
            "|| ' ' || a.email ELSE coalesce(r.friend_name || ' ' || r.friend_email, '') END), lower(?)) > 0 "
            "OR instr(lower(w.payout_reference), lower(?)) > 0 OR instr(lower(c.name), lower(?)) > 0)");
        // Both sides lowered by SQLite: its lower() folds only ASCII, and a search lowered by Qt
        // ("émile" for "Émile") would then never meet the stored "Émile".
        for (int i = 0; i < 3; ++i)
            values << text;
    }
    return where;
}

QString RewardListModel::orderBy()
{
    return QStringLiteral(" ORDER BY w.created_at DESC, w.id DESC");
}

Result<std::vector<RewardRow>> RewardListModel::query(
    const std::optional<std::pair<qint64, qint64>>& after, int limit) const
{
    QVariantList values;
    QStringList where = filterConditions(m_filter, values);
    if (after) {
        where << QStringLiteral("(w.created_at, w.id) < (?, ?)");
        values << after->first << after->second;
    }
    QString sql = QLatin1String(kSelect);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += orderBy() + QStringLiteral(" LIMIT ?");
    values << limit;

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return store::storageError(q.lastError(), tr("Reading the rewards"));
    std::vector<RewardRow> rows;
    rows.reserve(static_cast<size_t>(limit));
    while (q.next())
        rows.push_back(readRow(q));
    return rows;
}

bool RewardListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && m_db.isValid();
}

void RewardListModel::fetchMore(const QModelIndex& parent)
{
    // QAbstractItemModelTester and some views ask for more while rows are being inserted.
    if (!canFetchMore(parent) || m_rows.empty() || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const domain::Reward& last = m_rows.back().reward;
    Result<std::vector<RewardRow>> more = query(std::make_pair(last.createdAt.toSecsSinceEpoch(), last.id), kPageSize);
    if (!more) {
        m_atEnd = true;
        emit errorOccurred(more.error().message);
        return;
    }
    std::vector<RewardRow>& rows = more.value();
    m_atEnd = static_cast<int>(rows.size()) < kPageSize;
    if (rows.empty())
        return;
    const int first = rowCount();
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    endInsertRows();
}

qint64 RewardListModel::idAt(int row) const
{
    const RewardRow* r = rowAt(row);
    return r ? r->reward.id : 0;
}

const RewardRow* RewardListModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<size_t>(row)];
}

int RewardListModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].reward.id == id)
            return static_cast<int>(i);
    }
    return -1;
}

bool RewardListModel::databaseIsEmpty() const
{
    if (!m_db.isValid())
        return true;
    QSqlQuery q(m_db);
    return !q.exec(QStringLiteral("SELECT 1 FROM rewards LIMIT 1")) || !q.next();
}

Result<RewardTotals> RewardListModel::totals() const
{
    RewardTotals totals;
    if (!m_db.isValid())
        return totals;
    // One row per status through the (status, created_at) or (campaign_id, status) index.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status, count(*), coalesce(sum(cost_minor), 0) FROM rewards "
                             "WHERE status IN ('pending', 'approved', 'issued') %1 GROUP BY status")
                  .arg(m_filter.campaignId ? QStringLiteral("AND campaign_id = ?") : QString()));
    if (m_filter.campaignId)
        q.addBindValue(*m_filter.campaignId);
    if (!q.exec())
        return store::storageError(q.lastError(), tr("Adding up the rewards"));
    while (q.next()) {
        const QString status = q.value(0).toString();
        const qint64 sum = q.value(2).toLongLong();
        if (status == QLatin1String("pending")) {
            totals.pendingMinor = sum;
        } else if (status == QLatin1String("approved")) {
            totals.approvedMinor = sum;
            totals.approvedCount = q.value(1).toLongLong();
        } else {
            totals.issuedMinor = sum;
        }
    }
    return totals;
}

int RewardListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RewardListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RewardListModel::rewardText(const domain::Reward& reward, const QString& currency)
{
    return invitations::RewardWording::describe({reward.kind, reward.value, reward.description}, currency);
}

QVariant RewardListModel::display(const RewardRow& row, int column) const
{
    const domain::Reward& w = row.reward;
    switch (static_cast<Column>(column)) {
    case Created:
        return localDate(w.createdAt);
    case Campaign:
        return row.campaignName;
    case Recipient:
        return row.recipient;
    case Side:
        return domain::Reward::sideName(w.side);
    case RewardText:
        return rewardText(w, m_currency);
    case Cost:
        return domain::Money(w.costMinor, m_currency).format();
    case Status:
        return domain::Reward::statusName(w.status);
    case Due:
        return localDate(w.dueAt);
    case ReferenceOrReason:
        if (w.status == RewardStatus::Issued)
            return w.payoutReference;
        if (w.status == RewardStatus::Withheld)
            return w.withheldReason;
        return QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RewardListModel::raw(const RewardRow& row, int column) const
{
    const domain::Reward& w = row.reward;
    switch (static_cast<Column>(column)) {
    case Created:
        return w.createdAt;
    case Cost:
        return w.costMinor;
    case Status:
        return domain::toKey(w.status);
    case Due:
        return w.dueAt;
    case RewardText:
        return w.value;
    default:
        return display(row, column);
    }
}

QVariant RewardListModel::data(const QModelIndex& index, int role) const
{
    const RewardRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Created)
            return QLocale().toString(row->reward.createdAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == ReferenceOrReason || index.column() == RewardText || index.column() == Recipient) {
            const QString text = display(*row, index.column()).toString();
            if (index.column() == Recipient && !row->recipientEmail.isEmpty())
                return QStringLiteral("%1 <%2>").arg(text, row->recipientEmail);
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Cost)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return raw(*row, index.column());
    case RewardIdRole:
        return row->reward.id;
    case StatusRole:
        return static_cast<int>(row->reward.status);
    default:
        return {};
    }
}

QVariant RewardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(static_cast<Column>(section));
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Cost:
            return tr("What the reward costs the business (points at the value per point)");
        case Due:
            return tr("End of the hold period: the reward can be approved from this day");
        case ReferenceOrReason:
            return tr("The payout reference of an issued reward, or why a reward was withheld");
        case Side:
            return tr("Whether the reward goes to the advocate who referred, or to the friend");
        default:
            break;
        }
    }
    return {};
}

QString RewardListModel::columnTitle(Column column)
{
    switch (column) {
    case Created:
        return tr("Created");
    case Campaign:
        return tr("Campaign");
    case Recipient:
        return tr("Recipient");
    case Side:
        return tr("Side");
    case RewardText:
        return tr("Reward");
    case Cost:
        return tr("Cost");
    case Status:
        return tr("Status");
    case Due:
        return tr("Due");
    case ReferenceOrReason:
        return tr("Reference or reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace grapevine::itemmodels
