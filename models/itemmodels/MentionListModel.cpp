// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentionListModel.h"

#include <algorithm>
#include <utility>

#include <QLocale>
#include <QScopedValueRollback>
#include <QSqlQuery>

#include "domain/Clock.h"
#include "store/SettingsStore.h"
#include "store/SqlSupport.h"

namespace grapevine::itemmodels {

using domain::Mention;
using domain::ResponseStatus;

namespace {

const char* const kSelect = "SELECT m.id, m.occurred_at, m.channel, m.author, m.advocate_id, m.campaign_id, "
                            "m.sentiment, m.reach, m.url, m.body, m.incentivised, m.response_status, "
                            "m.response_due_at, m.response_text, m.responded_at, m.resolved_at, m.is_testimonial, "
                            "m.testimonial_permission_at, m.testimonial_permission_how, m.import_batch_id, "
                            "m.created_at, m.updated_at, c.name";
constexpr int kFirstKeyColumn = 23;

Mention readMention(const QSqlQuery& q)
{
    using store::sql::toInstant;
    using store::sql::toOptional;
    Mention m;
    m.id = q.value(0).toLongLong();
    m.occurredAt = toInstant(q.value(1));
    m.channel = q.value(2).toString();
    m.author = q.value(3).toString();
    m.advocateId = toOptional<qint64>(q.value(4));
    m.campaignId = toOptional<qint64>(q.value(5));
    m.sentiment = domain::fromKey<domain::Sentiment>(q.value(6).toString()).value_or(domain::Sentiment::Neutral);
    m.reach = toOptional<qint64>(q.value(7));
    m.url = q.value(8).toString();
    m.body = q.value(9).toString();
    m.incentivised = q.value(10).toInt() != 0;
    m.responseStatus = domain::fromKey<ResponseStatus>(q.value(11).toString()).value_or(ResponseStatus::None);
    m.responseDueAt = toInstant(q.value(12));
    m.responseText = q.value(13).toString();
    m.respondedAt = toInstant(q.value(14));
    m.resolvedAt = toInstant(q.value(15));
    m.isTestimonial = q.value(16).toInt() != 0;
    m.testimonialPermissionAt = toInstant(q.value(17));
    m.testimonialPermissionHow = q.value(18).toString();
    m.importBatchId = toOptional<qint64>(q.value(19));
    m.createdAt = toInstant(q.value(20));
    m.updatedAt = toInstant(q.value(21));
    return m;
}

/// Pages are read one row longer than they are shown, so that the model knows whether more
/// follow without a last, empty fetch when the rows fill whole pages. True when there are more.
template <typename Row>
bool dropExtraRow(std::vector<Row>& rows, int shown)
{
    if (static_cast<int>(rows.size()) <= shown)
        return false;
    rows.resize(static_cast<size_t>(shown));
    return true;
}

QString localDateTime(const QDateTime& t, QLocale::FormatType format)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), format) : QString();
}

} // namespace

MentionListModel::MentionListModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_channels(domain::MentionChannels::defaults())
{ }

Status MentionListModel::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    return restart();
}

Status MentionListModel::setFilter(const MentionFilter& filter)
{
    m_filter = filter;
    return restart();
}

bool MentionListModel::isSortable(int column)
{
    switch (column) {
    case Occurred:
    case Channel:
    case Author:
    case Sentiment:
    case Reach:
    case Response:
        return true;
    default:
        return false;
    }
}

Status MentionListModel::setSort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return {};
    m_sortColumn = column;
    m_sortOrder = order;
    return restart();
}

void MentionListModel::sort(int column, Qt::SortOrder order)
{
    // restart() has already reported a failure through errorOccurred().
    [[maybe_unused]] const Status status = setSort(column, order);
}

void MentionListModel::loadChannels()
{
    // A settings row this build cannot read gives the defaults (SettingsStore::load); a failed
    // read keeps the names we had, and the mentions query reports what is wrong with the file.
    if (!m_db.isOpen())
        return;
    if (auto settings = store::SettingsStore(m_db).load(); settings.ok())
        m_channels = settings->mentionChannels;
}

Status MentionListModel::restart()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    m_queryNow = m_clock.nowUtc();
    Status status;
    if (m_db.isValid()) {
        loadChannels();
        Result<std::vector<Row>> first = query(nullptr, kPageSize + 1);
        if (first) {
            m_rows = std::move(first).value();
            m_atEnd = !dropExtraRow(m_rows, kPageSize);
        } else {
            status = first.error();
        }
    }
    endResetModel();
    if (!status)
        emit errorOccurred(status.error().message);
    return status;
}

Status MentionListModel::reload()
{
    if (!m_db.isValid())
        return restart();
    loadChannels();
    m_queryNow = m_clock.nowUtc();
    const int keep = std::max(kPageSize, static_cast<int>(m_rows.size()));
    Result<std::vector<Row>> fresh = query(nullptr, keep + 1);
    if (!fresh) {
        emit errorOccurred(fresh.error().message);
        return fresh.error();
    }
    std::vector<Row> rows = std::move(fresh).value();
    const bool more = dropExtraRow(rows, keep);
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(),
            [](const Row& a, const Row& b) { return a.mention.id == b.mention.id; });
    if (sameRows) {
        m_rows = std::move(rows);
        m_atEnd = !more;
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return {};
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_atEnd = !more;
    endResetModel();
    return {};
}

QStringList MentionListModel::sortKeys(int column)
{
    switch (column) {
    case Channel:
        return {QStringLiteral("m.channel")}; // the key, so the (channel, sentiment) index can seek
    case Author:
        return {QStringLiteral("m.author COLLATE NOCASE")};
    case Sentiment:
        return {QStringLiteral("CASE m.sentiment WHEN 'negative' THEN 0 WHEN 'neutral' THEN 1 ELSE 2 END")};
    case Reach:
        return {QStringLiteral("coalesce(m.reach, -1)")}; // reach is never negative: unknown sorts lowest
    case Response:
        // The work queue first: what needs an answer (soonest due first), then what was answered,
        // then what was resolved, then what needed nothing.
        return {QStringLiteral("CASE m.response_status WHEN 'needs_response' THEN 0 WHEN 'responded' THEN 1 "
                               "WHEN 'resolved' THEN 2 ELSE 3 END"),
            QStringLiteral("coalesce(m.response_due_at, 9223372036854775807)")};
    default:
        return {QStringLiteral("m.occurred_at")};
    }
}

QStringList MentionListModel::filterConditions(const MentionFilter& filter, const QDateTime& now, QVariantList& values)
{
    // Every value is bound; the text of the query only varies with which conditions apply.
    QStringList where;
    if (filter.channel) {
        where << QStringLiteral("m.channel = ?");
        values << *filter.channel;
    }
    if (filter.sentiment) {
        where << QStringLiteral("m.sentiment = ?");
        values << domain::toKey(*filter.sentiment);
    }
    if (filter.responseStatus) {
        where << QStringLiteral("m.response_status = ?");
        values << domain::toKey(*filter.responseStatus);
    }
    if (filter.campaignId) {
        where << QStringLiteral("m.campaign_id = ?");
        values << *filter.campaignId;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("m.occurred_at >= ?");
        values << filter.from.toSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("m.occurred_at < ?");
        values << filter.to.toSecsSinceEpoch();
    }
    if (filter.testimonialsOnly)
        where << QStringLiteral("m.is_testimonial = 1");
    if (filter.overdueOnly) {
        where << QStringLiteral("m.response_status = 'needs_response' AND m.response_due_at < ?");
        values << now.toSecsSinceEpoch();
    }
    if (const QString text = filter.search.trimmed(); !text.isEmpty()) {
        // instr() rather than LIKE: what the person typed is matched literally, '%' and '_' too.
        // Both sides go through SQLite's lower(), so a letter it does not fold (non-ASCII, without
        // ICU) still matches when typed in the same case.
        where << QStringLiteral("(instr(lower(m.author), lower(?)) > 0 OR instr(lower(m.body), lower(?)) > 0 "
                                "OR instr(lower(m.url), lower(?)) > 0)");
        for (int i = 0; i < 3; ++i)
            values << text;
    }
    return where;
}

QString MentionListModel::orderBy(int column, Qt::SortOrder order)
{
    const QString direction = order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
    QStringList terms;
    for (const QString& key : sortKeys(column))
        terms << key + direction;
    terms << QStringLiteral("m.id") + direction;
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

Result<std::vector<MentionListModel::Row>> MentionListModel::query(const Row* after, int limit) const
{
    if (!m_db.isOpen())
        return Error {Error::Code::Storage, tr("Reading the mentions failed: the database is not open.")};

    QVariantList values;
    QStringList where = filterConditions(m_filter, m_queryNow, values);

    const QStringList keys = sortKeys(m_sortColumn);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (after) {
        // (k, id) < (?, ?) alone makes SQLite scan the index from its start; the redundant bound
        // on the first key lets it seek (see AdvocateQuery::keysetCondition, bench/README.md).
        const QString op = descending ? QStringLiteral("<") : QStringLiteral(">");
        QStringList placeholders;
        for (int i = 0; i <= keys.size(); ++i)
            placeholders << QStringLiteral("?");
        where << QStringLiteral("%1 %2= ? AND (%3, m.id) %2 (%4)")
                     .arg(keys.first(), op, keys.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
        values << after->sortKey.first();
        values << after->sortKey;
        values << after->mention.id;
    }

    QString sql = QLatin1String(kSelect) + QStringLiteral(", ") + keys.join(QStringLiteral(", "))
        + QStringLiteral(" FROM mentions m LEFT JOIN campaigns c ON c.id = m.campaign_id");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += orderBy(m_sortColumn, m_sortOrder) + QStringLiteral(" LIMIT ?");
    values << limit;

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return store::storageError(q.lastError(), tr("Reading the mentions"));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return store::storageError(q.lastError(), tr("Reading the mentions"));
    std::vector<Row> rows;
    rows.reserve(static_cast<size_t>(std::min(limit, kPageSize + 1)));
    while (q.next()) {
        Row row;
        row.mention = readMention(q);
        row.campaignName = q.value(22).toString();
        for (int i = 0; i < keys.size(); ++i)
            row.sortKey << q.value(kFirstKeyColumn + i);
        rows.push_back(std::move(row));
    }
    if (q.lastError().isValid())
        return store::storageError(q.lastError(), tr("Reading the mentions"));
    return rows;
}

bool MentionListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && m_db.isValid();
}

void MentionListModel::fetchMore(const QModelIndex& parent)
{
    // QAbstractItemModelTester and some views ask for more while rows are being inserted.
    if (!canFetchMore(parent) || m_rows.empty() || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    Result<std::vector<Row>> more = query(&m_rows.back(), kPageSize + 1);
    if (!more) {
        m_atEnd = true; // a failing read would otherwise be retried on every scroll
        emit errorOccurred(more.error().message);
        return;
    }
    std::vector<Row>& rows = more.value();
    m_atEnd = !dropExtraRow(rows, kPageSize);
    if (rows.empty())
        return;
    const int first = rowCount();
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    endInsertRows();
}

qint64 MentionListModel::idAt(int row) const
{
    const Mention* m = mentionAt(row);
    return m ? m->id : 0;
}

const Mention* MentionListModel::mentionAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<size_t>(row)].mention;
}

int MentionListModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].mention.id == id)
            return static_cast<int>(i);
    }
    return -1;
}

bool MentionListModel::databaseIsEmpty() const
{
    if (!m_db.isValid() || !m_db.isOpen())
        return true;
    QSqlQuery q(m_db);
    return !q.exec(QStringLiteral("SELECT 1 FROM mentions LIMIT 1")) || !q.next();
}

int MentionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MentionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MentionListModel::isOverdue(const Mention& m) const
{
    return m.responseStatus == ResponseStatus::NeedsResponse && m.responseDueAt.isValid()
        && m.responseDueAt < m_clock.nowUtc();
}

QString MentionListModel::summary(const QString& body)
{
    const QStringList lines = body.split(QLatin1Char('\n'));
    qsizetype first = 0;
    while (first < lines.size() && lines.at(first).trimmed().isEmpty())
        ++first;
    if (first == lines.size())
        return QString();
    QString line = lines.at(first).trimmed();
    bool more = false;
    for (qsizetype i = first + 1; i < lines.size() && !more; ++i)
        more = !lines.at(i).trimmed().isEmpty();
    if (line.size() > kTextLength) {
        qsizetype cut = kTextLength - 1;
        if (line.at(cut - 1).isHighSurrogate()) // never split a character in two
            --cut;
        line = line.left(cut).trimmed();
        more = true;
    }
    return more ? line + QChar(0x2026) : line;
}

QVariant MentionListModel::display(const Row& row, int column) const
{
    const Mention& m = row.mention;
    switch (static_cast<Column>(column)) {
    case Occurred:
        return localDateTime(m.occurredAt, QLocale::ShortFormat);
    case Channel:
        return domain::MentionChannels::nameOf(m.channel, m_channels);
    case Author:
        return m.author;
    case Sentiment:
        return Mention::sentimentName(m.sentiment);
    case Reach:
        return m.reach ? QLocale().toString(*m.reach) : QString();
    case Text:
        return summary(m.body);
    case Campaign:
        return row.campaignName;
    case Response:
        if (m.responseStatus == ResponseStatus::NeedsResponse && m.responseDueAt.isValid()) {
            if (isOverdue(m))
                return tr("Overdue");
            //: A mention still needing a response; %1 is when the response is due.
            return tr("Due %1").arg(localDateTime(m.responseDueAt, QLocale::ShortFormat));
        }
        return Mention::responseStatusName(m.responseStatus);
    case Incentivised:
        //: The author was given something for the mention; the cell is empty otherwise.
        return m.incentivised ? tr("Yes") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MentionListModel::raw(const Row& row, int column) const
{
    const Mention& m = row.mention;
    switch (static_cast<Column>(column)) {
    case Occurred:
        return m.occurredAt;
    case Channel:
        return m.channel;
    case Sentiment:
        return domain::toKey(m.sentiment);
    case Reach:
        return m.reach ? QVariant(*m.reach) : QVariant(QMetaType::fromType<qint64>());
    case Text:
        return m.body;
    case Response:
        return domain::toKey(m.responseStatus);
    case Incentivised:
        return m.incentivised;
    default:
        return display(row, column);
    }
}

QVariant MentionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    const Mention& m = row.mention;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Occurred:
            return localDateTime(m.occurredAt, QLocale::LongFormat);
        case Text:
            return m.body.isEmpty() ? QVariant() : QVariant(m.body);
        case Response:
            if (m.responseStatus == ResponseStatus::NeedsResponse && m.responseDueAt.isValid()) {
                //: %1 is "Needs response", %2 when the response is due.
                return tr("%1, due %2")
                    .arg(Mention::responseStatusName(m.responseStatus),
                        localDateTime(m.responseDueAt, QLocale::LongFormat));
            }
            return m.responseText.isEmpty() ? QVariant() : QVariant(m.responseText);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Reach)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return raw(row, index.column());
    case MentionIdRole:
        return m.id;
    case SentimentRole:
        return domain::toKey(m.sentiment);
    case OverdueRole:
        return isOverdue(m);
    default:
        return {};
    }
}

QVariant MentionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(static_cast<Column>(section));
    if (role == Qt::TextAlignmentRole && section == Reach)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Reach:
            return tr("How many people could have seen the mention, when known");
        case Incentivised:
            return tr("Whether the author was given something for the mention (a disclosure rule)");
        default:
            break;
        }
    }
    return {};
}

QString MentionListModel::columnTitle(Column column)
{
    switch (column) {
    case Occurred:
        return tr("Occurred");
    case Channel:
        return tr("Channel");
    case Author:
        return tr("Author");
    case Sentiment:
        return tr("Sentiment");
    case Reach:
        return tr("Reach");
    case Text:
        return tr("Text");
    case Campaign:
        return tr("Campaign");
    case Response:
        return tr("Response");
    case Incentivised:
        return tr("Incentivised");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace grapevine::itemmodels
