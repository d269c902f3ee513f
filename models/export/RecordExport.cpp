// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordExport.h"

#include <array>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

#include <QDir>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include "db/NativeSqlite.h"
#include "domain/Money.h"
#include "invitations/RewardWording.h"
#include "store/SettingsStore.h"
#include "store/SqlSupport.h"

namespace grapevine::exporting {

namespace {

/// How a column's stored value becomes its cell.
enum class Format {
    Text, ///< as stored; guarded against formulas (CsvCell::Kind::Text)
    Integer, ///< a whole number, empty when NULL
    Money, ///< minor units → plain decimal with the currency's digits
    Instant, ///< seconds since the epoch → ISO 8601 UTC
    YesNo, ///< 0/1 → "no"/"yes"
    RewardValue, ///< a reward's value in the unit of its kind (the column `aux` holds the kind)
    RewardUnit ///< the unit of a reward kind: the currency code, "points" or "%"
};

struct Column
{
    const char* header;
    const char* expression;
    Format format;
    int aux = -1; ///< another column of the row the format needs
};

// The first fifteen carry names that csv::ColumnMatcher maps to the advocate fields (see
// resources/import/customer-columns.txt), so the file imports again unchanged; the names of the
// columns after them must match no field. RecordExportTest checks both.
const Column kAdvocateColumns[] = {
    {"Email", "a.email", Format::Text},
    {"First Name", "a.first_name", Format::Text},
    {"Last Name", "a.last_name", Format::Text},
    {"Phone", "a.phone", Format::Text},
    {"Company", "a.company", Format::Text},
    {"Address", "a.address", Format::Text},
    {"Tags", "a.tags_text", Format::Text},
    {"Notes", "a.notes", Format::Text},
    {"Accepts Email Marketing", "a.consent", Format::YesNo},
    {"Total Spent", "a.total_spent_minor", Format::Money},
    {"Total Orders", "a.order_count", Format::Integer},
    {"Created At", "a.created_at", Format::Instant},
    {"Referral Code", "a.referral_code", Format::Text},
    // The import takes the referrer's email or code; the code stands in when they have no email.
    {"Referred By", "coalesce(nullif(r.email, ''), r.referral_code)", Format::Text},
    {"NPS Score", "a.nps_score", Format::Integer},
    {"Kind", "a.kind", Format::Text},
    {"Status", "a.status", Format::Text},
    {"Consent Date", "a.consent_at", Format::Instant},
    {"Consent Source", "a.consent_source", Format::Text},
    {"NPS Date", "a.nps_at", Format::Instant},
    {"Referrals Made", "a.referrals_made", Format::Integer},
    {"Conversions", "a.conversions", Format::Integer},
    {"Rewards Earned", "a.rewards_earned_minor", Format::Money},
    {"Points Balance", "a.points_balance", Format::Integer},
    {"Updated At", "a.updated_at", Format::Instant},
};

const Column kReferralColumns[] = {
    {"ID", "r.id", Format::Integer},
    {"Campaign", "c.name", Format::Text},
    {"Referrer Name", "trim(a.first_name || ' ' || a.last_name)", Format::Text},
    {"Referrer Email", "a.email", Format::Text},
    {"Referrer Code", "a.referral_code", Format::Text},
    {"Friend Name", "r.friend_name", Format::Text},
    {"Friend Email", "r.friend_email", Format::Text},
    {"Code", "r.code", Format::Text},
    {"Channel", "r.channel", Format::Text},
    {"Status", "r.status", Format::Text},
    {"Created At", "r.created_at", Format::Instant},
    {"Signed Up At", "r.signed_up_at", Format::Instant},
    {"Converted At", "r.converted_at", Format::Instant},
    {"Approved At", "r.approved_at", Format::Instant},
    {"Rewarded At", "r.rewarded_at", Format::Instant},
    {"Rejected At", "r.rejected_at", Format::Instant},
    {"Reversed At", "r.reversed_at", Format::Instant},
    {"Order Value", "r.order_value_minor", Format::Money},
    {"Order Reference", "r.order_reference", Format::Text},
    {"Rejection Reason", "r.rejection_reason", Format::Text},
    {"Review", "r.review_state", Format::Text},
    {"Notes", "r.notes", Format::Text},
};

// The recipient as the Rewards page shows it: the advocate, or the friend of the referral
// when no advocate receives it (erased advocates keep no name).
const Column kRewardColumns[] = {
    {"ID", "w.id", Format::Integer},
    {"Campaign", "c.name", Format::Text},
    {"Recipient Name",
        "CASE WHEN a.id IS NOT NULL THEN trim(a.first_name || ' ' || a.last_name) ELSE coalesce(r.friend_name, '') END",
        Format::Text},
    {"Recipient Email", "CASE WHEN a.id IS NOT NULL THEN a.email ELSE coalesce(r.friend_email, '') END", Format::Text},
    {"Side", "w.side", Format::Text},
    {"Kind", "w.kind", Format::Text},
    {"Value", "w.value", Format::RewardValue, 5},
    {"Unit", "w.kind", Format::RewardUnit},
    {"Cost", "w.cost_minor", Format::Money},
    {"Status", "w.status", Format::Text},
    {"Created At", "w.created_at", Format::Instant},
    {"Due At", "w.due_at", Format::Instant},
    {"Approved At", "w.approved_at", Format::Instant},
    {"Issued At", "w.issued_at", Format::Instant},
    {"Voided At", "w.voided_at", Format::Instant},
    {"Reversed At", "w.reversed_at", Format::Instant},
    {"Payout Reference", "w.payout_reference", Format::Text},
    {"Withheld Reason", "w.withheld_reason", Format::Text},
    {"Description", "w.description", Format::Text},
    {"Referral ID", "w.referral_id", Format::Integer},
};

const Column kMentionColumns[] = {
    {"ID", "m.id", Format::Integer},
    {"Occurred At", "m.occurred_at", Format::Instant},
    {"Channel", "m.channel", Format::Text},
    {"Author", "m.author", Format::Text},
    {"Advocate Email", "v.email", Format::Text},
    {"Campaign", "c.name", Format::Text},
    {"Sentiment", "m.sentiment", Format::Text},
    {"Reach", "m.reach", Format::Integer},
    {"URL", "m.url", Format::Text},
    {"Text", "m.body", Format::Text},
    {"Incentivised", "m.incentivised", Format::YesNo},
    {"Response Status", "m.response_status", Format::Text},
    {"Response Due At", "m.response_due_at", Format::Instant},
    {"Responded At", "m.responded_at", Format::Instant},
    {"Resolved At", "m.resolved_at", Format::Instant},
    {"Response Text", "m.response_text", Format::Text},
    {"Testimonial", "m.is_testimonial", Format::YesNo},
    {"Testimonial Permission At", "m.testimonial_permission_at", Format::Instant},
    {"Testimonial Permission How", "m.testimonial_permission_how", Format::Text},
};

struct Table
{
    const Column* begin;
    const Column* end;
    /// The FROM clause, with the aliases the list models' conditions and orders use.
    const char* from;
};

Table tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Referrals:
        return {std::begin(kReferralColumns), std::end(kReferralColumns),
            "referrals r JOIN campaigns c ON c.id = r.campaign_id JOIN advocates a ON a.id = r.referrer_id"};
    case RecordKind::Rewards:
        return {std::begin(kRewardColumns), std::end(kRewardColumns),
            "rewards w JOIN campaigns c ON c.id = w.campaign_id LEFT JOIN advocates a ON a.id = w.advocate_id "
            "LEFT JOIN referrals r ON r.id = w.referral_id"};
    case RecordKind::Mentions:
        return {std::begin(kMentionColumns), std::end(kMentionColumns),
            "mentions m LEFT JOIN campaigns c ON c.id = m.campaign_id LEFT JOIN advocates v ON v.id = m.advocate_id"};
    case RecordKind::Advocates:
        break;
    }
    return {std::begin(kAdvocateColumns), std::end(kAdvocateColumns),
        "advocates a LEFT JOIN advocates r ON r.id = a.referred_by_id"};
}

/// The rows a view selects: " WHERE …" (or empty) and " ORDER BY …", with the values to bind.
struct Selection
{
    QString where;
    QString order;
};

QString whereOf(const QStringList& conditions)
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Selection selectionOf(RecordKind kind, const RecordExportOptions& options, QVariantList& binds)
{
    switch (kind) {
    case RecordKind::Advocates:
        if (options.advocates)
            return {options.advocates->whereClause(binds), options.advocates->orderBy()};
        // Table order: a walk of the table itself, the fastest read there is.
        return {QString(), QStringLiteral(" ORDER BY a.id")};
    case RecordKind::Referrals:
        return {whereOf(options.referrals ? itemmodels::ReferralListModel::filterConditions(*options.referrals, binds)
                                          : QStringList()),
            itemmodels::ReferralListModel::orderBy()};
    case RecordKind::Rewards:
        return {whereOf(options.rewards ? itemmodels::RewardListModel::filterConditions(*options.rewards, binds)
                                        : QStringList()),
            itemmodels::RewardListModel::orderBy()};
    case RecordKind::Mentions: {
        const MentionView view = options.mentions.value_or(MentionView());
        const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
        return {whereOf(itemmodels::MentionListModel::filterConditions(view.filter, now, binds)),
            itemmodels::MentionListModel::orderBy(view.sortColumn, view.sortOrder)};
    }
    }
    return {};
}

/// The FROM clause of the count: the base table alone where the joins cannot change how many
/// rows there are. LEFT JOINs on a primary key add no row, and the inner joins follow foreign
/// keys the schema enforces; only the Rewards search looks into the joined tables. Counting a
/// million referrals with their joins took 2.9 s, without them a few milliseconds.
QString countFrom(RecordKind kind, const RecordExportOptions& options)
{
    switch (kind) {
    case RecordKind::Advocates:
        return QStringLiteral("advocates a");
    case RecordKind::Referrals:
        return QStringLiteral("referrals r");
    case RecordKind::Mentions:
        return QStringLiteral("mentions m");
    case RecordKind::Rewards:
        if (options.rewards && !options.rewards->search.trimmed().isEmpty())
            return QLatin1String(tableOf(kind).from);
        return QStringLiteral("rewards w");
    }
    return QLatin1String(tableOf(kind).from);
}

/// What a failed read was doing, for the error message ("… failed: …").
QString readingWhat(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Referrals:
        return RecordExport::tr("Reading the referrals to export");
    case RecordKind::Rewards:
        return RecordExport::tr("Reading the rewards to export");
    case RecordKind::Mentions:
        return RecordExport::tr("Reading the mentions to export");
    case RecordKind::Advocates:
        break;
    }
    return RecordExport::tr("Reading the advocates to export");
}

QString countingWhat(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Referrals:
        return RecordExport::tr("Counting the referrals to export");
    case RecordKind::Rewards:
        return RecordExport::tr("Counting the rewards to export");
    case RecordKind::Mentions:
        return RecordExport::tr("Counting the mentions to export");
    case RecordKind::Advocates:
        break;
    }
    return RecordExport::tr("Counting the advocates to export");
}

// ---- The rows, read straight from SQLite ----------------------------------------------------
//
// Measured on a million advocates (bench/README.md): Qt's driver turns every text value into
// UTF-16 and a QVariant, and the cells went back to UTF-8 for the file; reading alone that way
// took longer than the sqlite3 shell's whole export. So each value goes from SQLite's UTF-8 to
// the file's buffer without a QString, through the connection's own handle, on the caller's
// thread.

// ---- Cells as bytes ----------------------------------------------------------------------------

/// Writes the decimal digits of `value` at the end of `out` (at least `minDigits`), returns the
/// length; `out` has room for 21 characters.
int formatInteger(char* out, qint64 value, int minDigits = 1)
{
    char digits[24];
    int n = 0;
    // Unsigned, so that the most negative value has a magnitude too.
    quint64 magnitude = value < 0 ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    do {
        digits[n++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0 || n < minDigits);
    int length = 0;
    if (value < 0)
        out[length++] = '-';
    while (n > 0)
        out[length++] = digits[--n];
    return length;
}

int formatMoney(char* out, qint64 minor, int minorDigits)
{
    if (minorDigits <= 0)
        return formatInteger(out, minor);
    qint64 scale = 1;
    for (int i = 0; i < minorDigits; ++i)
        scale *= 10;
    const quint64 magnitude = minor < 0 ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    int length = 0;
    if (minor < 0)
        out[length++] = '-';
    length += formatInteger(out + length, static_cast<qint64>(magnitude / static_cast<quint64>(scale)));
    out[length++] = '.';
    length += formatInteger(out + length, static_cast<qint64>(magnitude % static_cast<quint64>(scale)), minorDigits);
    return length;
}

/// Seconds since the epoch as "YYYY-MM-DDThh:mm:ssZ" (20 characters for years 0–9999). The
/// civil date from the day number is Howard Hinnant's days_from_civil inverse, which needs no
/// table, no time zone and no allocation: a QDateTime per cell was a tenth of the export.
int formatInstant(char* out, qint64 seconds)
{
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) // outside ISO 8601's basic range: QDateTime says it best
        return -1;
    const auto two = [](char* p, qint64 v) {
        p[0] = static_cast<char>('0' + v / 10);
        p[1] = static_cast<char>('0' + v % 10);
    };
    two(out, year / 100);
    two(out + 2, year % 100);
    out[4] = '-';
    two(out + 5, month);
    out[7] = '-';
    two(out + 8, day);
    out[10] = 'T';
    two(out + 11, rest / 3600);
    out[13] = ':';
    two(out + 14, rest / 60 % 60);
    out[16] = ':';
    two(out + 17, rest % 60);
    out[19] = 'Z';
    return 20;
}

QByteArrayView columnText(sqlite3_stmt* statement, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(statement, column)) : QByteArrayView();
}

/// The rows of a statement run through SQLite's own API.
class NativeRows final
{
public:
    NativeRows(sqlite3* handle, native::Statement statement)
        : m_handle(handle)
        , m_statement(std::move(statement))
    { }

    /// Moves to the next row; false at the end, or on an error (failed()).
    bool next()
    {
        m_last = sqlite3_step(m_statement.get());
        return m_last == SQLITE_ROW;
    }
    bool failed() const { return m_last != SQLITE_ROW && m_last != SQLITE_DONE; }
    Error error(const QString& doing) const { return native::errorOf(m_handle, m_last, doing); }

    bool isNull(int column) const { return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement.get(), column); }
    /// Valid until the next call for the same column or the next row.
    QByteArrayView text(int column) const { return columnText(m_statement.get(), column); }

private:
    sqlite3* m_handle;
    native::Statement m_statement;
    int m_last = SQLITE_ROW;
};

/// The same rows through Qt's driver, where its SQLite is not ours (see nativeHandle).
class QtRows final
{
public:
    QtRows(QSqlQuery query, int columns)
        : m_query(std::move(query))
        , m_text(static_cast<size_t>(columns))
    { }

    bool next() { return m_query.next(); }
    bool failed() const { return m_query.lastError().isValid(); }
    Error error(const QString& doing) const { return store::storageError(m_query.lastError(), doing); }

    bool isNull(int column) const { return m_query.isNull(column); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QByteArrayView text(int column) const
    {
        QByteArray& utf8 = m_text[static_cast<size_t>(column)];
        utf8 = m_query.value(column).toString().toUtf8();
        return utf8;
    }

private:
    QSqlQuery m_query;
    mutable std::vector<QByteArray> m_text; ///< per column, so two columns of a row can be held at once
};

/// Writes one row of `table` from the current row of NativeRows or QtRows.
class RowFormatter final
{
public:
    RowFormatter(const Table& table, const QString& currency)
        : m_table(table)
        , m_currency(currency.toUtf8())
        , m_minorDigits(domain::Money::minorDigits(currency))
    { }

    template <typename Rows>
    void write(const Rows& rows, CsvWriter& writer) const
    {
        int column = 0;
        for (const Column* c = m_table.begin; c != m_table.end; ++c, ++column)
            writeCell(rows, column, *c, writer);
        writer.endRow();
    }

private:
    template <typename Rows>
    void writeCell(const Rows& rows, int column, const Column& c, CsvWriter& writer) const
    {
        constexpr auto Number = CsvCell::Kind::Number;
        if (c.format == Format::Text) {
            writer.addField(rows.text(column));
            return;
        }
        if (c.format == Format::RewardUnit) {
            writer.addField(unitOf(rows.text(column)));
            return;
        }
        if (rows.isNull(column)) {
            writer.addField(QByteArrayView(), Number);
            return;
        }
        const qint64 value = rows.integer(column);
        std::array<char, 48> buffer {};
        int length = 0;
        switch (c.format) {
        case Format::Integer:
            length = formatInteger(buffer.data(), value);
            break;
        case Format::Money:
            length = formatMoney(buffer.data(), value, m_minorDigits);
            break;
        case Format::Instant:
            length = formatInstant(buffer.data(), value);
            if (length < 0) {
                writer.addField(RecordExport::isoInstant(value).toUtf8(), Number);
                return;
            }
            break;
        case Format::YesNo:
            writer.addField(value != 0 ? QByteArrayView("yes") : QByteArrayView("no"));
            return;
        case Format::RewardValue:
            writeRewardValue(rows.text(c.aux), value, writer);
            return;
        case Format::Text:
        case Format::RewardUnit:
            break;
        }
        writer.addField(QByteArrayView(buffer.data(), length), Number);
    }

    void writeRewardValue(QByteArrayView kind, qint64 value, CsvWriter& writer) const
    {
        std::array<char, 48> buffer {};
        if (kind == "points" || kind == "none") {
            writer.addField(QByteArrayView(buffer.data(), formatInteger(buffer.data(), value)), CsvCell::Kind::Number);
        } else if (kind == "percent_discount") {
            // The C locale: '.' as the decimal sign and no grouping, whatever the person's language.
            writer.addField(invitations::RewardWording::percent(value, QLocale::c()).toUtf8(), CsvCell::Kind::Number);
        } else {
            writer.addField(
                QByteArrayView(buffer.data(), formatMoney(buffer.data(), value, m_minorDigits)), CsvCell::Kind::Number);
        }
    }

    QByteArrayView unitOf(QByteArrayView kind) const
    {
        if (kind == "points")
            return "points";
        if (kind == "percent_discount")
            return "%";
        if (kind == "none" || kind.isEmpty())
            return {};
        return m_currency;
    }

    Table m_table;
    QByteArray m_currency;
    int m_minorDigits = 2;
};

/// Rows between two looks at the cancel flag and two progress reports.
constexpr qint64 kCheckEvery = 256;
constexpr qint64 kProgressEvery = 4096;

} // namespace

std::optional<RecordKind> RecordExport::parseKind(const QString& word)
{
    const QString key = word.trimmed().toLower();
    for (const RecordKind kind :
        {RecordKind::Advocates, RecordKind::Referrals, RecordKind::Rewards, RecordKind::Mentions}) {
        if (key == kindWord(kind))
            return kind;
    }
    return std::nullopt;
}

QString RecordExport::kindWord(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Referrals:
        return QStringLiteral("referrals");
    case RecordKind::Rewards:
        return QStringLiteral("rewards");
    case RecordKind::Mentions:
        return QStringLiteral("mentions");
    case RecordKind::Advocates:
        break;
    }
    return QStringLiteral("advocates");
}

QString RecordExport::title(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Referrals:
        return tr("Export Referrals");
    case RecordKind::Rewards:
        return tr("Export Rewards");
    case RecordKind::Mentions:
        return tr("Export Mentions");
    case RecordKind::Advocates:
        break;
    }
    return tr("Export Advocates");
}

QString RecordExport::describe(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Referrals:
        return tr("Referrals with their campaign, referrer, friend, channel, status, the date of each step and the "
                  "order value.");
    case RecordKind::Rewards:
        return tr("Rewards with their campaign, recipient, value, cost to the business, status and dates.");
    case RecordKind::Mentions:
        return tr("Mentions with when and where they were made, author, sentiment, reach, link, text, response and "
                  "testimonial permission.");
    case RecordKind::Advocates:
        break;
    }
    return tr("Advocates with their contact details, tags, consent, spending, referral code and referrer; the file can "
              "be imported again.");
}

QStringList RecordExport::header(RecordKind kind)
{
    const Table table = tableOf(kind);
    QStringList names;
    for (const Column* c = table.begin; c != table.end; ++c)
        names << QString::fromLatin1(c->header);
    return names;
}

QString RecordExport::selectSql(RecordKind kind, const RecordExportOptions& options, QVariantList& binds)
{
    const Table table = tableOf(kind);
    QStringList expressions;
    for (const Column* c = table.begin; c != table.end; ++c)
        expressions << QLatin1String(c->expression);
    const Selection selection = selectionOf(kind, options, binds);
    return QStringLiteral("SELECT %1 FROM %2%3%4")
        .arg(expressions.join(QStringLiteral(", ")), QLatin1String(table.from), selection.where, selection.order);
}

Result<qint64> RecordExport::count(QSqlDatabase db, RecordKind kind, const RecordExportOptions& options)
{
    QVariantList binds;
    const Selection selection = selectionOf(kind, options, binds);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString doing = countingWhat(kind);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM %1%2").arg(countFrom(kind, options), selection.where)))
        return store::storageError(q.lastError(), doing);
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return store::storageError(q.lastError(), doing);
    return q.value(0).toLongLong();
}

Result<ExportOutcome> RecordExport::write(QSqlDatabase db, RecordKind kind, const QString& path,
    const RecordExportOptions& options, const ProgressCallback& progress, const CancelFlag* cancel)
{
    const auto isCancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    const QString doing = readingWhat(kind);
    if (!db.isOpen())
        return Error(Error::Code::Storage, tr("%1 failed: the database is not open.").arg(doing));

    const auto settings = store::SettingsStore(db).load();
    if (!settings)
        return settings.error();
    qint64 total = 0;
    if (progress) {
        const Result<qint64> counted = count(db, kind, options);
        if (!counted)
            return counted.error();
        total = counted.value();
    }

    // One statement, so one consistent snapshot of the file however long the export takes; its
    // rows stream in order, never more than one in memory.
    QVariantList binds;
    const QString sql = selectSql(kind, options, binds);
    std::optional<NativeRows> native;
    std::optional<QtRows> viaQt;
    sqlite3* const handle = options.viaQtDriver ? nullptr : native::handleOf(db);
    if (handle) {
        Result<native::Statement> statement = native::prepare(handle, sql, binds, doing);
        if (!statement)
            return statement.error();
        native.emplace(handle, std::move(statement).value());
    } else {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return store::storageError(q.lastError(), doing);
        for (const QVariant& v : std::as_const(binds))
            q.addBindValue(v);
        if (!q.exec())
            return store::storageError(q.lastError(), doing);
        viaQt.emplace(std::move(q), static_cast<int>(header(kind).size()));
    }

    CsvWriter writer(path, options.csv);
    if (Status opened = writer.open(); !opened)
        return opened.error();
    writer.writeRow(header(kind));
    if (progress)
        progress(0, total);

    const RowFormatter formatter(tableOf(kind), settings->currency);
    qint64 done = 0;
    // Returns true at the end of the rows, false when they stopped early (error or cancel).
    const auto stream = [&](auto& rows) {
        bool more = true;
        while (more && !isCancelled()) {
            // The flag is only looked at every few hundred rows: an atomic load per row is
            // cheap, but not free at a million rows, and Cancel still stops within a millisecond.
            for (qint64 i = 0; i < kCheckEvery && (more = rows.next()); ++i) {
                formatter.write(rows, writer);
                ++done;
            }
            if (more && progress && done % kProgressEvery == 0)
                progress(done, std::max(total, done));
        }
        return !more && !rows.failed();
    };
    const bool complete = native ? stream(*native) : stream(*viaQt);
    if (isCancelled()) {
        writer.cancel();
        return ExportOutcome {0, true};
    }
    if (!complete) {
        writer.cancel();
        return native ? native->error(doing) : viaQt->error(doing);
    }
    if (Status committed = writer.commit(); !committed)
        return committed.error();
    if (progress)
        progress(done, std::max(total, done));
    return ExportOutcome {done, false};
}

bool RecordExport::readsNatively(const QSqlDatabase& db)
{
    return native::handleOf(db) != nullptr;
}

QString RecordExport::plainMoney(qint64 minor, int minorDigits)
{
    std::array<char, 48> buffer {};
    return QString::fromLatin1(buffer.data(), formatMoney(buffer.data(), minor, minorDigits));
}

QString RecordExport::isoInstant(qint64 secondsSinceEpoch)
{
    std::array<char, 48> buffer {};
    const int length = formatInstant(buffer.data(), secondsSinceEpoch);
    if (length > 0)
        return QString::fromLatin1(buffer.data(), length);
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

} // namespace grapevine::exporting
