// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvocateStore.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include "IdChunks.h"
#include "SqlSupport.h"
#include "domain/Clock.h"
#include "domain/Email.h"
#include "domain/ReferralCode.h"

namespace grapevine::store {

using domain::Advocate;

namespace {

const QString kColumns = QStringLiteral(
    "id, first_name, last_name, email, phone, company, kind, status, referral_code, referred_by_id, consent, "
    "consent_at, consent_source, nps_score, nps_at, total_spent_minor, order_count, notes, import_batch_id, "
    "created_at, updated_at, address");

QVariant emailNorm(const QString& email)
{
    const QString norm = domain::Email::normalise(email);
    return norm.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(norm);
}

void bindFields(QSqlQuery& q, const Advocate& a)
{
    q.bindValue(QStringLiteral(":first_name"), sql::text(a.firstName));
    q.bindValue(QStringLiteral(":last_name"), sql::text(a.lastName));
    q.bindValue(QStringLiteral(":email"), sql::text(a.email));
    q.bindValue(QStringLiteral(":email_norm"), emailNorm(a.email));
    q.bindValue(QStringLiteral(":phone"), sql::text(a.phone));
    q.bindValue(QStringLiteral(":address"), sql::text(a.address));
    q.bindValue(QStringLiteral(":company"), sql::text(a.company));
    q.bindValue(QStringLiteral(":kind"), domain::toKey(a.kind));
    q.bindValue(QStringLiteral(":status"), domain::toKey(a.status));
    q.bindValue(QStringLiteral(":referral_code"), domain::ReferralCode::normalise(a.referralCode));
    q.bindValue(QStringLiteral(":referred_by_id"), sql::nullable(a.referredById));
    q.bindValue(QStringLiteral(":consent"), a.consent ? 1 : 0);
    q.bindValue(QStringLiteral(":consent_at"), sql::instant(a.consentAt));
    q.bindValue(QStringLiteral(":consent_source"), sql::text(a.consentSource));
    q.bindValue(QStringLiteral(":nps_score"), sql::nullable(a.npsScore));
    q.bindValue(QStringLiteral(":nps_at"), sql::instant(a.npsAt));
    q.bindValue(QStringLiteral(":total_spent_minor"), a.totalSpentMinor);
    q.bindValue(QStringLiteral(":order_count"), a.orderCount);
    q.bindValue(QStringLiteral(":notes"), sql::text(a.notes));
    q.bindValue(QStringLiteral(":import_batch_id"), sql::nullable(a.importBatchId));
    q.bindValue(QStringLiteral(":updated_at"), sql::instant(a.updatedAt));
}

Advocate fromRow(const QSqlQuery& q)
{
    Advocate a;
    a.id = q.value(0).toLongLong();
    a.firstName = q.value(1).toString();
    a.lastName = q.value(2).toString();
    a.email = q.value(3).toString();
    a.phone = q.value(4).toString();
    a.company = q.value(5).toString();
    a.kind = domain::fromKey<domain::AdvocateKind>(q.value(6).toString()).value_or(domain::AdvocateKind::Other);
    a.status = domain::fromKey<domain::AdvocateStatus>(q.value(7).toString()).value_or(domain::AdvocateStatus::Active);
    a.referralCode = q.value(8).toString();
    a.referredById = sql::toOptional<qint64>(q.value(9));
    a.consent = q.value(10).toInt() != 0;
    a.consentAt = sql::toInstant(q.value(11));
    a.consentSource = q.value(12).toString();
    a.npsScore = sql::toOptional<int>(q.value(13));
    a.npsAt = sql::toInstant(q.value(14));
    a.totalSpentMinor = q.value(15).toLongLong();
    a.orderCount = q.value(16).toLongLong();
    a.notes = q.value(17).toString();
    a.importBatchId = sql::toOptional<qint64>(q.value(18));
    a.createdAt = sql::toInstant(q.value(19));
    a.updatedAt = sql::toInstant(q.value(20));
    a.address = q.value(21).toString();
    return a;
}

} // namespace

AdvocateStore::AdvocateStore(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_random(QRandomGenerator::securelySeeded())
{ }

Status AdvocateStore::validateForSave(const Advocate& a) const
{
    if (Status valid = a.validate(); !valid)
        return valid;
    if (!domain::Email::normalise(a.email).isEmpty()) {
        const auto existing = findIdByEmail(a.email);
        if (!existing)
            return existing.error();
        if (existing.value() && *existing.value() != a.id) {
            Error e {Error::Code::Duplicate,
                tr("Another advocate already has the email address %1.").arg(domain::Email::normalise(a.email)),
                QStringLiteral("email")};
            e.relatedId = *existing.value();
            return e;
        }
    }
    if (!a.referralCode.isEmpty()) {
        const auto existing = findIdByReferralCode(a.referralCode);
        if (!existing)
            return existing.error();
        if (existing.value() && *existing.value() != a.id) {
            Error e {Error::Code::Duplicate,
                tr("The referral code %1 already belongs to another advocate.")
                    .arg(domain::ReferralCode::normalise(a.referralCode)),
                QStringLiteral("referral_code")};
            e.relatedId = *existing.value();
            return e;
        }
    }
    if (a.referredById) {
        // Walk up the referred-by chain from the new referrer: meeting this advocate again
        // would make a loop, which would make "generations" infinite.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("WITH RECURSIVE up(id, depth) AS (SELECT :start, 0 UNION "
                                 "SELECT a.referred_by_id, up.depth + 1 FROM advocates a JOIN up ON a.id = up.id "
                                 "WHERE a.referred_by_id IS NOT NULL AND up.depth < 100000) "
                                 "SELECT (SELECT count(*) FROM advocates WHERE id = :start), "
                                 "EXISTS (SELECT 1 FROM up WHERE id = :self)"));
        q.bindValue(QStringLiteral(":start"), *a.referredById);
        q.bindValue(QStringLiteral(":self"), a.id);
        if (!q.exec() || !q.next())
            return storageError(q.lastError(), tr("Checking who referred the advocate"));
        if (q.value(0).toInt() == 0)
            return Error {Error::Code::Invalid, tr("The advocate chosen as referrer no longer exists."),
                QStringLiteral("referred_by")};
        if (a.id != 0 && q.value(1).toBool())
            return Error {Error::Code::Invalid,
                tr("This would make a loop: the chosen referrer was (directly or indirectly) referred by this "
                   "advocate."),
                QStringLiteral("referred_by")};
    }
    return {};
}

Status AdvocateStore::create(Advocate& a)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status valid = validateForSave(a); !valid)
        return valid;
    Advocate stored = a;
    if (stored.referralCode.isEmpty()) {
        auto code = uniqueReferralCode(stored.firstName.isEmpty() ? stored.email : stored.firstName);
        if (!code)
            return code.error();
        stored.referralCode = code.value();
    }
    const QDateTime now = m_clock.nowUtc();
    if (!stored.createdAt.isValid())
        stored.createdAt = now;
    stored.updatedAt = now;

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO advocates (first_name, last_name, email, email_norm, phone, address, company, kind, status, "
        "referral_code, "
        "referred_by_id, consent, consent_at, consent_source, nps_score, nps_at, total_spent_minor, order_count, "
        "notes, "
        "import_batch_id, created_at, updated_at) VALUES (:first_name, :last_name, :email, :email_norm, :phone, "
        ":address, "
        ":company, "
        ":kind, :status, :referral_code, :referred_by_id, :consent, :consent_at, :consent_source, :nps_score, :nps_at, "
        ":total_spent_minor, :order_count, :notes, :import_batch_id, :created_at, :updated_at)"));
    bindFields(q, stored);
    q.bindValue(QStringLiteral(":created_at"), sql::instant(stored.createdAt));
    if (!q.exec())
        return storageError(q.lastError(), tr("Saving the advocate"));
    stored.id = q.lastInsertId().toLongLong();
    if (Status tags = writeTags(stored.id, stored.tags); !tags)
        return tags;
    if (Status done = tx.commit(); !done)
        return done;
    stored.referralCode = domain::ReferralCode::normalise(stored.referralCode);
    a = stored;
    return {};
}

Result<Advocate> AdvocateStore::get(qint64 id) const
{
    QSqlQuery q(m_db);
    if (Status found = selectById(q, QStringLiteral("advocates"), kColumns, id, tr("Reading the advocate"),
            tr("The advocate no longer exists."));
        !found)
        return found.error();
    Advocate a = fromRow(q);
    QSqlQuery t(m_db);
    t.prepare(QStringLiteral("SELECT t.name FROM advocate_tags at JOIN tags t ON t.id = at.tag_id "
                             "WHERE at.advocate_id = ? ORDER BY t.name COLLATE NOCASE"));
    t.addBindValue(id);
    if (!t.exec())
        return storageError(t.lastError(), tr("Reading the advocate's tags"));
    while (t.next())
        a.tags << t.value(0).toString();
    return a;
}

Status AdvocateStore::update(Advocate& a)
{
    if (a.id <= 0)
        return Error {Error::Code::NotFound, tr("The advocate has not been saved yet.")};
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status valid = validateForSave(a); !valid)
        return valid;
    if (Status fresh
        = refuseIfChangedSince(m_db, QStringLiteral("advocates"), a.id, a.updatedAt, tr("Saving the advocate"),
            tr("“%1” was changed elsewhere (in another Grapevine window or by an import) after you opened "
               "it. Your changes were not saved, so that neither is lost: note what you typed, choose "
               "Revert to see the other changes, and edit again.")
                .arg(a.displayName()));
        !fresh)
        return fresh;
    Advocate stored = a;
    if (stored.referralCode.isEmpty()) {
        auto code = uniqueReferralCode(stored.firstName);
        if (!code)
            return code.error();
        stored.referralCode = code.value();
    }
    stored.updatedAt = m_clock.nowUtc();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE advocates SET first_name = :first_name, last_name = :last_name, email = :email, email_norm = "
        ":email_norm, "
        "phone = :phone, address = :address, company = :company, kind = :kind, status = :status, referral_code = "
        ":referral_code, "
        "referred_by_id = :referred_by_id, consent = :consent, consent_at = :consent_at, consent_source = "
        ":consent_source, "
        "nps_score = :nps_score, nps_at = :nps_at, total_spent_minor = :total_spent_minor, order_count = :order_count, "
        "notes = :notes, import_batch_id = :import_batch_id, created_at = coalesce(:created_at, created_at), "
        // One second past the stored stamp at least: two saves within a second still differ,
        // so the stamp check sees the second one.
        "updated_at = max(:updated_at, updated_at + 1) "
        "WHERE id = :id RETURNING updated_at"));
    bindFields(q, stored);
    q.bindValue(QStringLiteral(":created_at"), sql::instant(stored.createdAt));
    q.bindValue(QStringLiteral(":id"), stored.id);
    if (!q.exec())
        return storageError(q.lastError(), tr("Saving the advocate"));
    if (!q.next())
        return Error {Error::Code::NotFound, tr("The advocate no longer exists.")};
    stored.updatedAt = sql::toInstant(q.value(0));
    q.finish();
    if (Status tags = writeTags(stored.id, stored.tags); !tags)
        return tags;
    if (Status done = tx.commit(); !done)
        return done;
    stored.referralCode = domain::ReferralCode::normalise(stored.referralCode);
    a = stored;
    return {};
}

Status AdvocateStore::overwrite(const Advocate& a, const QDateTime& expectedStamp)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status valid = validateForSave(a); !valid)
        return valid;
    if (Status fresh
        = refuseIfChangedSince(m_db, QStringLiteral("advocates"), a.id, expectedStamp, tr("Restoring the advocate"),
            tr("“%1” was changed elsewhere (in another Grapevine window or by an import) after this step, "
               "so undoing or redoing it now would throw that change away. Nothing was changed; edit the "
               "advocate by hand if needed.")
                .arg(a.displayName()));
        !fresh)
        return fresh;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE advocates SET first_name = :first_name, last_name = :last_name, email = :email, email_norm = "
        ":email_norm, "
        "phone = :phone, address = :address, company = :company, kind = :kind, status = :status, referral_code = "
        ":referral_code, "
        "referred_by_id = :referred_by_id, consent = :consent, consent_at = :consent_at, consent_source = "
        ":consent_source, "
        "nps_score = :nps_score, nps_at = :nps_at, total_spent_minor = :total_spent_minor, order_count = :order_count, "
        "notes = :notes, import_batch_id = :import_batch_id, created_at = :created_at, updated_at = :updated_at "
        "WHERE id = :id"));
    bindFields(q, a);
    q.bindValue(QStringLiteral(":created_at"), sql::instant(a.createdAt));
    q.bindValue(QStringLiteral(":id"), a.id);
    if (!q.exec())
        return storageError(q.lastError(), tr("Restoring the advocate"));
    if (q.numRowsAffected() == 0)
        return Error {Error::Code::NotFound, tr("The advocate no longer exists.")};
    if (Status tags = writeTags(a.id, a.tags); !tags)
        return tags;
    return tx.commit();
}

Status AdvocateStore::remove(qint64 id)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status deleted = deleteRow(
            m_db, QStringLiteral("advocates"), id, tr("Deleting the advocate"), tr("The advocate no longer exists."));
        !deleted)
        return deleted;
    QSqlQuery q(m_db);
    // Tags nobody uses any more would clutter the tag filter.
    if (!q.exec(QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM advocate_tags)")))
        return storageError(q.lastError(), tr("Deleting the advocate"));
    return tx.commit();
}

Status AdvocateStore::writeTags(qint64 advocateId, const QStringList& tags)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM advocate_tags WHERE advocate_id = ?"));
    q.addBindValue(advocateId);
    if (!q.exec())
        return storageError(q.lastError(), tr("Saving the tags"));
    QSqlQuery insertTag(m_db);
    insertTag.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"));
    QSqlQuery link(m_db);
    link.prepare(QStringLiteral("INSERT OR IGNORE INTO advocate_tags (advocate_id, tag_id) "
                                "SELECT ?, id FROM tags WHERE name = ?"));
    for (const QString& raw : tags) {
        const QString tag = raw.trimmed();
        insertTag.addBindValue(tag);
        if (!insertTag.exec())
            return storageError(insertTag.lastError(), tr("Saving the tag \"%1\"").arg(tag));
        link.addBindValue(advocateId);
        link.addBindValue(tag);
        if (!link.exec())
            return storageError(link.lastError(), tr("Saving the tag \"%1\"").arg(tag));
    }
    if (!q.exec(QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM advocate_tags)")))
        return storageError(q.lastError(), tr("Saving the tags"));
    return {};
}

Result<std::optional<qint64>> AdvocateStore::findIdByEmail(const QString& email) const
{
    const QString norm = domain::Email::normalise(email);
    if (norm.isEmpty())
        return std::optional<qint64>();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM advocates WHERE email_norm = ?"));
    q.addBindValue(norm);
    if (!q.exec())
        return storageError(q.lastError(), tr("Looking up the email address"));
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

Result<std::optional<qint64>> AdvocateStore::findIdByReferralCode(const QString& code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM advocates WHERE referral_code = ?"));
    q.addBindValue(domain::ReferralCode::normalise(code));
    if (!q.exec())
        return storageError(q.lastError(), tr("Looking up the referral code"));
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

Result<qint64> AdvocateStore::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM advocates")) || !q.next())
        return storageError(q.lastError(), tr("Counting advocates"));
    return q.value(0).toLongLong();
}

Result<AdvocateStore::Dependents> AdvocateStore::dependents(const QList<qint64>& ids) const
{
    Dependents d;
    const QString doing = tr("Counting what goes with the advocates");
    Status counted = forEachIdChunk(
        m_db, ids,
        // The chunk's ids are bound once, as a JSON array, and used three times through the CTE.
        QStringLiteral("WITH s(id) AS (SELECT value FROM json_each(json_array(%1))) "
                       "SELECT (SELECT count(*) FROM referrals WHERE referrer_id IN s), "
                       "(SELECT count(*) FROM rewards WHERE advocate_id IN s OR referral_id IN "
                       "(SELECT id FROM referrals WHERE referrer_id IN s))"),
        {}, {},
        [&](QSqlQuery& q) -> Status {
            if (q.next()) {
                d.referrals += q.value(0).toLongLong();
                d.rewards += q.value(1).toLongLong();
            }
            return {};
        },
        doing);
    if (!counted)
        return counted.error();
    return d;
}

Result<QString> AdvocateStore::uniqueReferralCode(const QString& firstName)
{
    // 31^3 ≈ 30,000 suffixes per name; with a million advocates a popular first name can run
    // short, so after a few misses a fourth character is added.
    for (int attempt = 0; attempt < 50; ++attempt) {
        QString code = domain::ReferralCode::generate(firstName, m_random);
        if (attempt >= 10) {
            const QString& chars = domain::ReferralCode::alphabet();
            for (int extra = 0; extra < 1 + attempt / 20; ++extra)
                code += chars.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(chars.size()))));
        }
        const auto taken = findIdByReferralCode(code);
        if (!taken)
            return taken.error();
        if (!taken.value())
            return code;
    }
    return Error {Error::Code::Storage, tr("No free referral code could be found. Type one by hand.")};
}

} // namespace grapevine::store
