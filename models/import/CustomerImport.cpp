// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerImport.h"

#include <algorithm>
#include <array>
#include <memory>

#include <QElapsedTimer>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include "CustomerRowParser.h"
#include "ImportJob.h"
#include "ImportPreview.h"
#include "IndexSuspension.h"
#include "SeenPeople.h"
#include "domain/Clock.h"
#include "domain/Email.h"
#include "domain/ImportBatch.h"
#include "domain/Money.h"
#include "domain/ReferralCode.h"
#include "export/CsvWriter.h"
#include "store/ImportBatchStore.h"
#include "store/SettingsStore.h"
#include "store/SqlSupport.h"

namespace grapevine::importing {

using csv::CustomerField;
using store::storageError;

namespace {

/// Below this many rows the indexes are kept: rebuilding them would cost more than it saves.
constexpr qint64 kBulkLoadRows = 5000;
constexpr size_t kTagsPerStatement = 200;

/// The advocate columns an import can change, in the order of their bit in a change mask.
enum Column : int {
    FirstName,
    LastName,
    EmailCol,
    Phone,
    Company,
    Address,
    Notes,
    Consent,
    ConsentAt,
    ConsentSource,
    TotalSpent,
    OrderCount,
    CreatedAt,
    ReferredBy,
    Nps,
    NpsAt,
    ColumnCount
};

const std::array<const char*, ColumnCount> kColumnNames
    = {"first_name", "last_name", "email", "phone", "company", "address", "notes", "consent", "consent_at",
        "consent_source", "total_spent_minor", "order_count", "created_at", "referred_by_id", "nps_score", "nps_at"};

bool isTextColumn(int column)
{
    switch (column) {
    case FirstName:
    case LastName:
    case EmailCol:
    case Phone:
    case Company:
    case Address:
    case Notes:
    case ConsentSource:
        return true;
    default:
        return false;
    }
}

/// The words a person reads in "Updated: phone, notes".
QString columnWord(int column)
{
    switch (column) {
    case FirstName:
        return CustomerImport::tr("first name");
    case LastName:
        return CustomerImport::tr("last name");
    case EmailCol:
        return CustomerImport::tr("email spelling");
    case Phone:
        return CustomerImport::tr("phone");
    case Company:
        return CustomerImport::tr("company");
    case Address:
        return CustomerImport::tr("address");
    case Notes:
        return CustomerImport::tr("notes");
    case Consent:
        return CustomerImport::tr("consent");
    case TotalSpent:
        return CustomerImport::tr("total spent");
    case OrderCount:
        return CustomerImport::tr("orders");
    case CreatedAt:
        return CustomerImport::tr("customer since");
    case ReferredBy:
        return CustomerImport::tr("referred by");
    case Nps:
        return CustomerImport::tr("NPS score");
    default:
        return {};
    }
}

/// SQLite's NOCASE order (ASCII letters folded, everything else by UTF-8 bytes), so that the
/// tags_text written here reads exactly as the schema's triggers would write it.
bool noCaseLess(const QString& a, const QString& b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    const qsizetype n = std::min(x.size(), y.size());
    for (qsizetype i = 0; i < n; ++i) {
        const auto fold = [](char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
        if (fold(x[i]) != fold(y[i]))
            return fold(x[i]) < fold(y[i]);
    }
    return x.size() < y.size();
}

QString tagsText(QStringList tags)
{
    std::sort(tags.begin(), tags.end(), noCaseLess);
    return tags.join(QLatin1String(", "));
}

QString asciiLower(const QString& s)
{
    QString out = s;
    for (QChar& c : out) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + 32);
    }
    return out;
}

QString policyKey(DuplicatePolicy p)
{
    switch (p) {
    case DuplicatePolicy::Skip:
        return QStringLiteral("skip");
    case DuplicatePolicy::FillEmpty:
        return QStringLiteral("fill");
    case DuplicatePolicy::Update:
        break;
    }
    return QStringLiteral("update");
}

/// The stored advocate a row is compared with.
struct Stored
{
    qint64 id = 0;
    qint64 batchId = 0;
    std::array<QVariant, ColumnCount> values;
    QString tagsText;
    bool earlierInFile = false; ///< the person already came up in this file
    quint32 earlierGiven = 0; ///< the fields their earlier rows gave (bits as in Column, kTagsBit)
};

constexpr quint32 kTagsBit = 1U << ColumnCount;
static_assert(ColumnCount + 1 <= SeenPeople::kMaskBits, "every field has a bit in SeenPeople's mask");

/// The fields a row gives (a value that is not empty), as bits of Column and kTagsBit.
quint32 givenFields(const CustomerRecord& r)
{
    quint32 mask = 1U << EmailCol;
    const auto give = [&mask](bool given, int column) {
        if (given)
            mask |= 1U << column;
    };
    give(!r.firstName.isEmpty(), FirstName);
    give(!r.lastName.isEmpty(), LastName);
    give(!r.phone.isEmpty(), Phone);
    give(!r.company.isEmpty(), Company);
    give(!r.address.isEmpty(), Address);
    give(!r.notes.isEmpty(), Notes);
    give(r.consent.has_value(), Consent);
    give(r.totalSpentMinor.has_value(), TotalSpent);
    give(r.orderCount.has_value(), OrderCount);
    give(r.createdAt.isValid(), CreatedAt);
    give(r.npsScore.has_value(), Nps);
    if (!r.tags.isEmpty())
        mask |= kTagsBit;
    return mask;
}

/// One import of a customer file; CustomerImport::run() makes one per call.
class Run final : public ImportJob
{
public:
    Run(QSqlDatabase db, const Clock& clock, const ImportSettings& settings, QString fileName, quint32 seed)
        : ImportJob(std::move(db), clock, settings, std::move(fileName), domain::ImportKind::Advocates)
        , m_random(seed)
    { }

protected:
    Status configure(const ImportPreview& preview, QJsonObject& mappingJson) override;
    Status begin(const ImportPreview& preview) override;
    std::any parseRow(const csv::CsvRow& row) const override;
    Status importRow(const csv::CsvRow& row, std::any& parsed) override;
    Status finish() override;

private:
    Status prepare();
    Result<std::optional<Stored>> find(const CustomerRecord& r);
    Status create(const CustomerRecord& r, const csv::CsvRow& row);
    Status update(const CustomerRecord& r, const Stored& s, const csv::CsvRow& row);
    Status addTags(qint64 advocateId, const QStringList& tags, QStringList* added);
    Status flushTags();
    Result<qint64> tagId(const QString& name);
    QString newCode(const QString& firstName, int extra);
    Status resolveReferrers();
    Status finishBulkLoad();

    QRandomGenerator m_random;
    std::unique_ptr<CustomerRowParser> m_parser;
    QString m_consentSource;

    bool m_tableHadRows = false;
    qint64 m_maxIdBefore = 0;
    std::optional<IndexSuspension> m_suspension;
    /// Hashes of the normalised emails imported so far, with the fields their rows gave: a row
    /// whose hash is new is a new person unless the table had rows before; a repeated hash is
    /// checked against the database.
    SeenPeople m_seen;
    std::uint64_t m_rowHash = 0;
    QHash<QString, int> m_codePrefixUse;
    QHash<QString, QString> m_codePrefixes; ///< first name → "ANNA-"
    QHash<QString, qint64> m_tagIds; ///< by ASCII-lowercased name (the NOCASE key)
    struct PendingReferrer
    {
        qint64 advocateId;
        qint64 row;
        QString referrer;
    };
    std::vector<PendingReferrer> m_referrers;

    QSqlQuery m_find;
    QSqlQuery m_findPacked;
    QSqlQuery m_insert;
    QSqlQuery m_codeTaken;
    QSqlQuery m_findTag;
    QSqlQuery m_insertTag;
    QSqlQuery m_linkTag;
    QSqlQuery m_linkMany; ///< kTagsPerStatement links at once
    std::vector<std::pair<qint64, qint64>> m_pendingTags; ///< (advocate, tag) not yet written
    QSqlQuery m_tagsText;
    QSqlQuery m_ftsDelete;
    QSqlQuery m_ftsInsert;
    QHash<quint32, QSqlQuery> m_updates; ///< by change mask
};

Status Run::prepare()
{
    const QString doing = CustomerImport::tr("Preparing the import");
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM advocates")) || !q.next())
        return storageError(q.lastError(), doing);
    m_maxIdBefore = q.value(0).toLongLong();
    m_tableHadRows = m_maxIdBefore > 0;

    const auto prep = [&](QSqlQuery& query, const char* sql) -> bool {
        query = QSqlQuery(m_db);
        return query.prepare(QString::fromUtf8(sql));
    };
    QString columns;
    for (int c = 0; c < ColumnCount; ++c)
        columns += QLatin1String(kColumnNames[static_cast<size_t>(c)]) + QLatin1String(", ");
    m_find = QSqlQuery(m_db);
    if (!m_find.prepare(QStringLiteral("SELECT ") + columns
            + QStringLiteral("id, coalesce(import_batch_id, 0), tags_text FROM advocates WHERE email_norm = ?")))
        return storageError(m_find.lastError(), doing);
    // The same values in one text column: Qt's driver describes and converts each column of
    // each row it fetches, which made the 19-column lookup most of a re-import's time.
    QStringList packed;
    for (int c = 0; c < ColumnCount; ++c)
        packed << QStringLiteral("coalesce(%1, char(30))").arg(QLatin1String(kColumnNames[static_cast<size_t>(c)]));
    packed << QStringLiteral("tags_text");
    m_findPacked = QSqlQuery(m_db);
    if (!m_findPacked.prepare(QStringLiteral("SELECT id, coalesce(import_batch_id, 0), ")
            + packed.join(QLatin1String(" || char(31) || ")) + QStringLiteral(" FROM advocates WHERE email_norm = ?")))
        return storageError(m_findPacked.lastError(), doing);
    m_linkMany = QSqlQuery(m_db);
    if (!prep(m_insert,
            "INSERT INTO advocates (first_name, last_name, email, email_norm, phone, company, address, notes, "
            "consent, consent_at, consent_source, total_spent_minor, order_count, nps_score, nps_at, referral_code, "
            "tags_text, import_batch_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        || !prep(m_codeTaken, "SELECT 1 FROM advocates WHERE referral_code = ?")
        || !prep(m_findTag, "SELECT id FROM tags WHERE name = ?")
        || !prep(m_insertTag, "INSERT INTO tags (name) VALUES (?)")
        || !prep(m_linkTag, "INSERT OR IGNORE INTO advocate_tags (advocate_id, tag_id) VALUES (?, ?)")
        || !m_linkMany.prepare(QStringLiteral("INSERT OR IGNORE INTO advocate_tags (advocate_id, tag_id) VALUES ")
            + QStringList(kTagsPerStatement, QStringLiteral("(?, ?)")).join(QLatin1Char(',')))
        || !prep(m_tagsText,
            "UPDATE advocates SET tags_text = coalesce((SELECT group_concat(name, ', ') FROM ("
            "SELECT t.name FROM advocate_tags x JOIN tags t ON t.id = x.tag_id WHERE x.advocate_id = ? "
            "ORDER BY t.name COLLATE NOCASE)), '') WHERE id = ?")
        || !prep(m_ftsDelete,
            "INSERT INTO advocates_fts (advocates_fts, rowid, first_name, last_name, email, company, phone, notes) "
            "SELECT 'delete', id, first_name, last_name, email, company, phone, notes FROM advocates WHERE id = ?")
        || !prep(m_ftsInsert,
            "INSERT INTO advocates_fts (rowid, first_name, last_name, email, company, phone, notes) "
            "SELECT id, first_name, last_name, email, company, phone, notes FROM advocates WHERE id = ?"))
        return Error {Error::Code::Storage, doing};
    return {};
}

Result<std::optional<Stored>> Run::find(const CustomerRecord& r)
{
    m_rowHash = qHash(r.emailNorm, size_t(0x9E3779B97F4A7C15ULL));
    std::uint32_t earlierGiven = 0;
    const bool seenBefore = m_seen.find(m_rowHash, &earlierGiven);
    if (!seenBefore && !m_tableHadRows)
        return std::optional<Stored>();
    Stored s;
    s.earlierInFile = seenBefore;
    s.earlierGiven = earlierGiven;
    m_findPacked.bindValue(0, r.emailNorm);
    if (!m_findPacked.exec())
        return storageError(m_findPacked.lastError(), CustomerImport::tr("Looking up the advocate"));
    if (!m_findPacked.next())
        return std::optional<Stored>();
    s.id = m_findPacked.value(0).toLongLong();
    s.batchId = m_findPacked.value(1).toLongLong();
    const QString packed = m_findPacked.value(2).toString();
    m_findPacked.finish();
    const QList<QStringView> parts = QStringView(packed).split(QChar(31));
    if (parts.size() == ColumnCount + 1) {
        for (int c = 0; c < ColumnCount; ++c) {
            const QStringView part = parts.at(c);
            QVariant& value = s.values[static_cast<size_t>(c)];
            if (isTextColumn(c))
                value = part.toString();
            else if (part == QStringView(u"\x1e"))
                value = QVariant(QMetaType(QMetaType::LongLong));
            else
                value = part.toLongLong();
        }
        s.tagsText = parts.at(ColumnCount).toString();
        return std::optional<Stored>(std::move(s));
    }
    // A value holds the separator (only a control character could): read the columns one by one.
    m_find.bindValue(0, r.emailNorm);
    if (!m_find.exec() || !m_find.next())
        return storageError(m_find.lastError(), CustomerImport::tr("Looking up the advocate"));
    for (int c = 0; c < ColumnCount; ++c)
        s.values[static_cast<size_t>(c)] = m_find.value(c);
    s.tagsText = m_find.value(ColumnCount + 2).toString();
    m_find.finish();
    return std::optional<Stored>(std::move(s));
}

QString Run::newCode(const QString& firstName, int extra)
{
    // The name part is the same for every Anna: made once per name (transliterating is costly).
    auto prefix = m_codePrefixes.constFind(firstName);
    if (prefix == m_codePrefixes.constEnd()) {
        const QString sample
            = domain::ReferralCode::generate(firstName.isEmpty() ? QStringLiteral("Friend") : firstName, m_random);
        prefix = m_codePrefixes.insert(firstName, sample.section(QLatin1Char('-'), 0, 0) + QLatin1Char('-'));
    }
    // 31^3 suffixes per name run short for a popular name in a large file: longer ones then.
    const int uses = ++m_codePrefixUse[prefix.value()];
    const int length = 3 + extra + (uses > 2000 ? 1 : 0) + (uses > 60000 ? 1 : 0);
    const QString& chars = domain::ReferralCode::alphabet();
    QString code = prefix.value();
    code.reserve(code.size() + length);
    for (int i = 0; i < length; ++i)
        code += chars.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(chars.size()))));
    return code;
}

Result<qint64> Run::tagId(const QString& name)
{
    const QString key = asciiLower(name);
    if (const auto it = m_tagIds.constFind(key); it != m_tagIds.constEnd())
        return it.value();
    m_findTag.bindValue(0, name);
    if (!m_findTag.exec())
        return storageError(m_findTag.lastError(), CustomerImport::tr("Saving the tags"));
    qint64 id = 0;
    if (m_findTag.next()) {
        id = m_findTag.value(0).toLongLong();
    } else {
        m_insertTag.bindValue(0, name);
        if (!m_insertTag.exec())
            return storageError(m_insertTag.lastError(), CustomerImport::tr("Saving the tags"));
        id = m_insertTag.lastInsertId().toLongLong();
    }
    m_findTag.finish();
    m_tagIds.insert(key, id);
    return id;
}

Status Run::flushTags()
{
    if (m_pendingTags.empty())
        return {};
    const QString doing = CustomerImport::tr("Saving the tags");
    QSqlQuery* q = &m_linkMany;
    QSqlQuery partial(m_db);
    if (m_pendingTags.size() != kTagsPerStatement) {
        QStringList values;
        for (size_t i = 0; i < m_pendingTags.size(); ++i)
            values << QStringLiteral("(?, ?)");
        if (!partial.prepare(QStringLiteral("INSERT OR IGNORE INTO advocate_tags (advocate_id, tag_id) VALUES ")
                + values.join(QLatin1Char(','))))
            return storageError(partial.lastError(), doing);
        q = &partial;
    }
    int position = 0;
    for (const auto& [advocate, tag] : m_pendingTags) {
        q->bindValue(position++, advocate);
        q->bindValue(position++, tag);
    }
    if (!q->exec())
        return storageError(q->lastError(), doing);
    m_pendingTags.clear();
    return {};
}

Status Run::addTags(qint64 advocateId, const QStringList& tags, QStringList* added)
{
    for (const QString& tag : tags) {
        const auto id = tagId(tag);
        if (!id)
            return id.error();
        m_linkTag.bindValue(0, advocateId);
        m_linkTag.bindValue(1, id.value());
        if (!m_linkTag.exec())
            return storageError(m_linkTag.lastError(), CustomerImport::tr("Saving the tags"));
        if (added && m_linkTag.numRowsAffected() > 0)
            *added << tag;
    }
    return {};
}

Status Run::create(const CustomerRecord& r, const csv::CsvRow& row)
{
    if (!r.referralCode.isEmpty()) {
        m_codeTaken.bindValue(0, r.referralCode);
        if (!m_codeTaken.exec())
            return storageError(m_codeTaken.lastError(), CustomerImport::tr("Checking the referral code"));
        const bool taken = m_codeTaken.next();
        m_codeTaken.finish();
        if (taken)
            return reject(row,
                {{row.row, m_header.value(m_settings.mapping->column(CustomerField::ReferralCode).value_or(-1)),
                    CustomerImport::tr("The referral code %1 already belongs to another advocate.")
                        .arg(r.referralCode)}});
    }
    const bool consent = r.consent.value_or(false);
    const QDateTime createdAt = r.createdAt.isValid() ? r.createdAt : m_now;
    m_insert.bindValue(0, store::sql::text(r.firstName));
    m_insert.bindValue(1, store::sql::text(r.lastName));
    m_insert.bindValue(2, r.email);
    m_insert.bindValue(3, r.emailNorm);
    m_insert.bindValue(4, store::sql::text(r.phone));
    m_insert.bindValue(5, store::sql::text(r.company));
    m_insert.bindValue(6, store::sql::text(r.address));
    m_insert.bindValue(7, store::sql::text(r.notes));
    m_insert.bindValue(8, consent ? 1 : 0);
    m_insert.bindValue(9, consent ? QVariant(m_nowSecs) : QVariant(QMetaType(QMetaType::LongLong)));
    m_insert.bindValue(10, consent ? m_consentSource : QString(QLatin1String("")));
    m_insert.bindValue(11, r.totalSpentMinor.value_or(0));
    m_insert.bindValue(12, r.orderCount.value_or(0));
    m_insert.bindValue(13, store::sql::nullable(r.npsScore));
    m_insert.bindValue(14, r.npsScore ? QVariant(m_nowSecs) : QVariant(QMetaType(QMetaType::LongLong)));
    m_insert.bindValue(16, store::sql::text(tagsText(r.tags)));
    m_insert.bindValue(17, m_batch.id);
    m_insert.bindValue(18, createdAt.toSecsSinceEpoch());
    m_insert.bindValue(19, m_nowSecs);
    for (int attempt = 0;; ++attempt) {
        m_insert.bindValue(15, r.referralCode.isEmpty() ? newCode(r.firstName, attempt / 3) : r.referralCode);
        if (m_insert.exec())
            break;
        // A generated code that someone already has: draw another (longer after a few misses).
        const bool codeClash = m_insert.lastError().databaseText().contains(QLatin1String("referral_code"));
        if (!codeClash || !r.referralCode.isEmpty() || attempt >= 20)
            return storageError(m_insert.lastError(), CustomerImport::tr("Saving the advocate of row %1").arg(row.row));
    }
    const qint64 id = m_insert.lastInsertId().toLongLong();
    // A new advocate's tags are written a few hundred at a time: one statement instead of one
    // per tag (the first import of a shop's customers has one or two tags on most rows).
    for (const QString& tag : r.tags) {
        const auto tag_ = tagId(tag);
        if (!tag_)
            return tag_.error();
        m_pendingTags.emplace_back(id, tag_.value());
    }
    if (m_pendingTags.size() >= kTagsPerStatement) {
        if (Status flushed = flushTags(); !flushed)
            return flushed;
    }
    if (!r.referredBy.isEmpty())
        m_referrers.push_back({id, row.row, r.referredBy});
    ++m_summary.created;
    if (reporting())
        report(row.row, RowOutcome::Created, QString());
    return {};
}

Status Run::update(const CustomerRecord& r, const Stored& s, const csv::CsvRow& row)
{
    // A person's first row in the file meets the database under the chosen policy. Their later
    // rows only give what no earlier row gave: the first row that gives a field decides it.
    // Whatever the order of a person's rows, importing the file again then finds everything as
    // it left it, and changes nothing.
    const bool laterRow = s.earlierInFile || s.batchId == m_batch.id;
    if (m_settings.onDuplicate == DuplicatePolicy::Skip && !laterRow) {
        ++m_summary.skipped;
        if (reporting())
            report(row.row, RowOutcome::Skipped, CustomerImport::tr("Already an advocate; left as it was"));
        return {};
    }
    const bool fillEmpty = m_settings.onDuplicate == DuplicatePolicy::FillEmpty && !laterRow;
    // May this row set `column`, whose stored value counts as empty when `storedEmpty`?
    const auto allowed = [&](quint32 bit, bool storedEmpty) {
        if (laterRow)
            return (s.earlierGiven & bit) == 0;
        return !fillEmpty || storedEmpty;
    };
    std::array<QVariant, ColumnCount> after;
    quint32 mask = 0;
    const auto change = [&](int column, const QVariant& value) {
        after[static_cast<size_t>(column)] = value;
        mask |= 1U << column;
    };
    const auto text = [&](int column, const QString& value) {
        const QString current = s.values[static_cast<size_t>(column)].toString();
        if (!value.isEmpty() && value != current && allowed(1U << column, current.isEmpty()))
            change(column, value);
    };
    text(FirstName, r.firstName);
    text(LastName, r.lastName);
    text(EmailCol, r.email);
    text(Phone, r.phone);
    text(Company, r.company);
    text(Address, r.address);
    text(Notes, r.notes);
    const auto number = [&](int column, const std::optional<qint64>& value) {
        const QVariant& current = s.values[static_cast<size_t>(column)];
        if (value && (current.isNull() || *value != current.toLongLong())
            && allowed(1U << column, current.isNull() || current.toLongLong() == 0))
            change(column, *value);
    };
    number(TotalSpent, r.totalSpentMinor);
    number(OrderCount, r.orderCount);
    if (r.npsScore) {
        const QVariant& current = s.values[Nps];
        if ((current.isNull() || current.toInt() != *r.npsScore) && allowed(1U << Nps, current.isNull())) {
            change(Nps, *r.npsScore);
            change(NpsAt, m_nowSecs);
        }
    }
    if (r.consent) {
        const bool current = s.values[Consent].toInt() != 0;
        const bool neverAsked = !current && s.values[ConsentAt].isNull();
        if (*r.consent != current && allowed(1U << Consent, neverAsked)) {
            change(Consent, *r.consent ? 1 : 0);
            change(ConsentAt, *r.consent ? QVariant(m_nowSecs) : QVariant(QMetaType(QMetaType::LongLong)));
            change(ConsentSource, *r.consent ? m_consentSource : QString(QLatin1String("")));
        }
    }
    if (r.createdAt.isValid() && r.createdAt.toSecsSinceEpoch() != s.values[CreatedAt].toLongLong()
        && allowed(1U << CreatedAt, false))
        change(CreatedAt, r.createdAt.toSecsSinceEpoch());

    QStringList tagsAdded;
    if (!r.tags.isEmpty() && allowed(kTagsBit, s.tagsText.isEmpty())) {
        QSet<QString> have;
        for (const QString& t : s.tagsText.split(QLatin1String(", "), Qt::SkipEmptyParts))
            have.insert(asciiLower(t));
        QStringList missing;
        for (const QString& t : r.tags) {
            if (!have.contains(asciiLower(t)))
                missing << t;
        }
        if (!missing.isEmpty()) {
            if (Status flushed = flushTags(); !flushed)
                return flushed;
            if (Status tags = addTags(s.id, missing, &tagsAdded); !tags)
                return tags;
        }
    }
    if (!r.referredBy.isEmpty() && s.values[ReferredBy].isNull())
        m_referrers.push_back({s.id, row.row, r.referredBy});

    if (mask == 0 && tagsAdded.isEmpty()) {
        ++m_summary.skipped;
        if (reporting())
            report(row.row, RowOutcome::Skipped, CustomerImport::tr("Already up to date"));
        return {};
    }

    const bool ftsColumns = (mask
                                & ((1U << FirstName) | (1U << LastName) | (1U << EmailCol) | (1U << Company)
                                    | (1U << Phone) | (1U << Notes)))
        != 0;
    // Without its triggers (a bulk load), the search index is kept by hand for rows that were
    // there before; rows of this import go into it in one pass at the end.
    const bool manualFts = m_suspension && ftsColumns && s.id <= m_maxIdBefore;
    if (manualFts) {
        m_ftsDelete.bindValue(0, s.id);
        if (!m_ftsDelete.exec())
            return storageError(m_ftsDelete.lastError(), CustomerImport::tr("Updating the search index"));
    }
    if (mask != 0) {
        auto it = m_updates.find(mask);
        if (it == m_updates.end()) {
            QStringList sets;
            for (int c = 0; c < ColumnCount; ++c) {
                if (mask & (1U << c))
                    sets << QLatin1String(kColumnNames[static_cast<size_t>(c)]) + QLatin1String(" = ?");
            }
            QSqlQuery q(m_db);
            if (!q.prepare(QStringLiteral("UPDATE advocates SET ") + sets.join(QLatin1String(", "))
                    + QStringLiteral(", updated_at = max(?, updated_at + 1) WHERE id = ?")))
                return storageError(q.lastError(), CustomerImport::tr("Updating the advocate"));
            it = m_updates.insert(mask, q);
        }
        QSqlQuery& q = it.value();
        int position = 0;
        for (int c = 0; c < ColumnCount; ++c) {
            if (mask & (1U << c))
                q.bindValue(position++, after[static_cast<size_t>(c)]);
        }
        q.bindValue(position++, m_nowSecs);
        q.bindValue(position, s.id);
        if (!q.exec())
            return storageError(q.lastError(), CustomerImport::tr("Updating the advocate of row %1").arg(row.row));
    }
    if (manualFts) {
        m_ftsInsert.bindValue(0, s.id);
        if (!m_ftsInsert.exec())
            return storageError(m_ftsInsert.lastError(), CustomerImport::tr("Updating the search index"));
    }
    if (!tagsAdded.isEmpty() && m_suspension) {
        m_tagsText.bindValue(0, s.id);
        m_tagsText.bindValue(1, s.id);
        if (!m_tagsText.exec())
            return storageError(m_tagsText.lastError(), CustomerImport::tr("Saving the tags"));
    }

    // The words of "Updated: phone, notes" cost a translation lookup each: only for the rows shown.
    QString changed;
    if (reporting()) {
        QStringList words;
        for (int c = 0; c < ColumnCount; ++c) {
            if ((mask & (1U << c)) && !columnWord(c).isEmpty())
                words << columnWord(c);
        }
        if (!tagsAdded.isEmpty())
            words << CustomerImport::tr("tags");
        changed = words.join(QLatin1String(", "));
    }
    // An advocate this import created is deleted by its undo: no need to remember changes.
    if (s.batchId != m_batch.id) {
        QJsonObject before;
        QJsonObject afterJson;
        for (int c = 0; c < ColumnCount; ++c) {
            if (mask & (1U << c)) {
                const QString key = QLatin1String(kColumnNames[static_cast<size_t>(c)]);
                before.insert(key, QJsonValue::fromVariant(s.values[static_cast<size_t>(c)]));
                afterJson.insert(key, QJsonValue::fromVariant(after[static_cast<size_t>(c)]));
            }
        }
        if (!tagsAdded.isEmpty())
            afterJson.insert(QStringLiteral("tags_added"), QJsonArray::fromStringList(tagsAdded));
        if (Status recorded = recordChange(QStringLiteral("advocates"), s.id, before, afterJson); !recorded)
            return recorded;
    }
    ++m_summary.updated;
    if (reporting())
        report(row.row, RowOutcome::Updated, CustomerImport::tr("Updated: %1").arg(changed));
    return {};
}

/// A row read into advocate fields on the reading thread, or why it cannot be.
struct ParsedCustomer
{
    CustomerRecord record;
    std::vector<ImportIssue> issues;
};

std::any Run::parseRow(const csv::CsvRow& row) const
{
    ParsedCustomer parsed;
    parsed.issues = m_parser->parse(row, parsed.record);
    return parsed;
}

Status Run::importRow(const csv::CsvRow& row, std::any& parsed)
{
    ParsedCustomer* p = std::any_cast<ParsedCustomer>(&parsed);
    if (!p)
        return Error {Error::Code::Storage, CustomerImport::tr("Reading the row")};
    if (!p->issues.empty())
        return reject(row, p->issues);
    const CustomerRecord& r = p->record;
    auto stored = find(r);
    if (!stored)
        return stored.error();
    const Status done = stored.value() ? update(r, *stored.value(), row) : create(r, row);
    m_seen.add(m_rowHash, givenFields(r));
    return done;
}

Status Run::resolveReferrers()
{
    const QString doing = CustomerImport::tr("Linking advocates to their referrers");
    QSqlQuery byEmail(m_db);
    QSqlQuery byCode(m_db);
    QSqlQuery link(m_db);
    if (!byEmail.prepare(QStringLiteral("SELECT id FROM advocates WHERE email_norm = ?"))
        || !byCode.prepare(QStringLiteral("SELECT id FROM advocates WHERE referral_code = ?"))
        || !link.prepare(
            QStringLiteral("UPDATE advocates SET referred_by_id = ? WHERE id = ? AND referred_by_id IS NULL")))
        return storageError(link.lastError(), doing);
    const QString column = m_header.value(m_settings.mapping->column(CustomerField::ReferredBy).value_or(-1));
    for (const PendingReferrer& p : m_referrers) {
        const bool isEmail = p.referrer.contains(QLatin1Char('@'));
        QSqlQuery& q = isEmail ? byEmail : byCode;
        q.bindValue(0, isEmail ? domain::Email::normalise(p.referrer) : domain::ReferralCode::normalise(p.referrer));
        if (!q.exec())
            return storageError(q.lastError(), doing);
        const bool found = q.next();
        const qint64 referrer = found ? q.value(0).toLongLong() : 0;
        q.finish();
        if (!found) {
            notice(p.row, column,
                CustomerImport::tr("The referrer “%1” is neither in the file nor among the advocates; imported without "
                                   "a referrer.")
                    .arg(p.referrer));
            continue;
        }
        if (referrer == p.advocateId) {
            notice(
                p.row, column, CustomerImport::tr("An advocate cannot be their own referrer; imported without one."));
            continue;
        }
        link.bindValue(0, referrer);
        link.bindValue(1, p.advocateId);
        if (!link.exec())
            return storageError(link.lastError(), doing);
        if (p.advocateId <= m_maxIdBefore && link.numRowsAffected() > 0) {
            if (Status recorded = recordChange(QStringLiteral("advocates"), p.advocateId,
                    {{QStringLiteral("referred_by_id"), QJsonValue()}}, {{QStringLiteral("referred_by_id"), referrer}});
                !recorded)
                return recorded;
        }
    }
    return {};
}

Status Run::finishBulkLoad()
{
    if (!m_suspension)
        return {};
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO advocates_fts (rowid, first_name, last_name, email, company, phone, notes) "
                       "SELECT id, first_name, last_name, email, company, phone, notes FROM advocates WHERE id > ?"));
    q.addBindValue(m_maxIdBefore);
    if (!q.exec())
        return storageError(q.lastError(), CustomerImport::tr("Building the search index"));
    Status restored = m_suspension->restore();
    m_suspension.reset();
    return restored;
}

Status Run::configure(const ImportPreview& preview, QJsonObject& mappingJson)
{
    m_settings.mapping = preview.mapping;
    const auto business = store::SettingsStore(m_db).load();
    if (!business)
        return business.error();
    m_parser = std::make_unique<CustomerRowParser>(m_header, *m_settings.mapping, m_dateOrder,
        csv::MoneyFormat {preview.decimal, domain::Money::minorDigits(business->currency)});
    mappingJson.insert(QStringLiteral("on_duplicate"), policyKey(m_settings.onDuplicate));
    return {};
}

Status Run::begin(const ImportPreview& preview)
{
    m_consentSource = CustomerImport::tr("Import of %1").arg(m_fileName);
    if (Status prepared = prepare(); !prepared)
        return prepared;
    if (preview.estimatedRows < kBulkLoadRows)
        return {};
    QSqlQuery count(m_db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM advocates")) || !count.next())
        return storageError(count.lastError(), CustomerImport::tr("Preparing the import"));
    const qint64 existing = count.value(0).toLongLong();
    count.finish(); // a statement still reading would keep DROP INDEX from running
    if (preview.estimatedRows <= existing)
        return {};
    auto suspension = IndexSuspension::suspend(m_db, QStringLiteral("advocates"),
        {QStringLiteral("advocates_fts_insert"), QStringLiteral("advocates_fts_update"),
            QStringLiteral("advocate_tags_text_insert")});
    if (!suspension)
        return suspension.error();
    m_suspension.emplace(std::move(suspension).value());
    return {};
}

Status Run::finish()
{
    if (Status flushed = flushTags(); !flushed)
        return flushed;
    if (Status linked = resolveReferrers(); !linked)
        return linked;
    return finishBulkLoad();
}

} // namespace

CustomerImport::CustomerImport(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Result<ImportSummary> CustomerImport::run(QIODevice& device, const QString& fileName, const ImportSettings& settings,
    const ImportProgressCallback& progress, const ImportCancelFlag* cancel)
{
    Run run(m_db, m_clock, settings, fileName, m_seed.value_or(QRandomGenerator::global()->generate()));
    return run.run(device, progress, cancel);
}

} // namespace grapevine::importing
