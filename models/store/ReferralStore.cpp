// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralStore.h"

#include <utility>

#include <QSqlQuery>

#include "SqlSupport.h"
#include "domain/Clock.h"
#include "domain/Email.h"
#include "domain/ReferralCode.h"

namespace grapevine::store {

using domain::Referral;
using domain::ReferralStatus;
using domain::ReferralStatusChange;

namespace {

const QString kColumns = QStringLiteral(
    "id, campaign_id, referrer_id, friend_id, friend_name, friend_email, code, channel, status, created_at, "
    "signed_up_at, converted_at, approved_at, rewarded_at, rejected_at, reversed_at, order_value_minor, "
    "order_reference, rejection_reason, notes, import_batch_id, updated_at, friend_phone, friend_address, "
    "duplicate_of_id, duplicate_reason, review_state, reviewed_at, review_note");

QVariant emailNorm(const QString& email)
{
    const QString norm = domain::Email::normalise(email);
    return norm.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(norm);
}

/// The field that dates reaching `status`; none for Pending, which createdAt dates.
QDateTime* statusDate(Referral& r, ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Pending:
        return nullptr;
    case ReferralStatus::SignedUp:
        return &r.signedUpAt;
    case ReferralStatus::Converted:
        return &r.convertedAt;
    case ReferralStatus::Approved:
        return &r.approvedAt;
    case ReferralStatus::Rewarded:
        return &r.rewardedAt;
    case ReferralStatus::Rejected:
        return &r.rejectedAt;
    case ReferralStatus::Reversed:
        return &r.reversedAt;
    }
    return nullptr;
}

/// Dates the referral's current status with `now` unless the caller already dated it.
void stampStatusDate(Referral& r, const QDateTime& now)
{
    if (QDateTime* date = statusDate(r, r.status); date && !date->isValid())
        *date = now;
}

void bindFields(QSqlQuery& q, const Referral& r)
{
    q.bindValue(QStringLiteral(":campaign_id"), r.campaignId);
    q.bindValue(QStringLiteral(":referrer_id"), r.referrerId);
    q.bindValue(QStringLiteral(":friend_id"), sql::nullable(r.friendId));
    q.bindValue(QStringLiteral(":friend_name"), sql::text(r.friendName));
    q.bindValue(QStringLiteral(":friend_email"), sql::text(r.friendEmail));
    q.bindValue(QStringLiteral(":friend_email_norm"), emailNorm(r.friendEmail));
    q.bindValue(QStringLiteral(":code"), sql::text(domain::ReferralCode::normalise(r.code)));
    q.bindValue(QStringLiteral(":channel"), domain::toKey(r.channel));
    q.bindValue(QStringLiteral(":status"), domain::toKey(r.status));
    q.bindValue(QStringLiteral(":created_at"), sql::instant(r.createdAt));
    q.bindValue(QStringLiteral(":signed_up_at"), sql::instant(r.signedUpAt));
    q.bindValue(QStringLiteral(":converted_at"), sql::instant(r.convertedAt));
    q.bindValue(QStringLiteral(":approved_at"), sql::instant(r.approvedAt));
    q.bindValue(QStringLiteral(":rewarded_at"), sql::instant(r.rewardedAt));
    q.bindValue(QStringLiteral(":rejected_at"), sql::instant(r.rejectedAt));
    q.bindValue(QStringLiteral(":reversed_at"), sql::instant(r.reversedAt));
    q.bindValue(QStringLiteral(":order_value_minor"), sql::nullable(r.orderValueMinor));
    q.bindValue(QStringLiteral(":order_reference"), sql::text(r.orderReference));
    q.bindValue(QStringLiteral(":rejection_reason"), sql::text(r.rejectionReason));
    q.bindValue(QStringLiteral(":notes"), sql::text(r.notes));
    q.bindValue(QStringLiteral(":import_batch_id"), sql::nullable(r.importBatchId));
    q.bindValue(QStringLiteral(":updated_at"), sql::instant(r.updatedAt));
    q.bindValue(QStringLiteral(":friend_phone"), sql::text(r.friendPhone));
    q.bindValue(QStringLiteral(":friend_address"), sql::text(r.friendAddress));
    q.bindValue(QStringLiteral(":duplicate_of_id"), sql::nullable(r.duplicateOfId));
    q.bindValue(QStringLiteral(":duplicate_reason"), sql::text(r.duplicateReason));
    q.bindValue(QStringLiteral(":review_state"), domain::toKey(r.reviewState));
    q.bindValue(QStringLiteral(":reviewed_at"), sql::instant(r.reviewedAt));
    q.bindValue(QStringLiteral(":review_note"), sql::text(r.reviewNote));
}

Referral fromRow(const QSqlQuery& q)
{
    Referral r;
    r.id = q.value(0).toLongLong();
    r.campaignId = q.value(1).toLongLong();
    r.referrerId = q.value(2).toLongLong();
    r.friendId = sql::toOptional<qint64>(q.value(3));
    r.friendName = q.value(4).toString();
    r.friendEmail = q.value(5).toString();
    r.code = q.value(6).toString();
    r.channel
        = domain::fromKey<domain::ReferralChannel>(q.value(7).toString()).value_or(domain::ReferralChannel::Other);
    r.status = domain::fromKey<ReferralStatus>(q.value(8).toString()).value_or(ReferralStatus::Pending);
    r.createdAt = sql::toInstant(q.value(9));
    r.signedUpAt = sql::toInstant(q.value(10));
    r.convertedAt = sql::toInstant(q.value(11));
    r.approvedAt = sql::toInstant(q.value(12));
    r.rewardedAt = sql::toInstant(q.value(13));
    r.rejectedAt = sql::toInstant(q.value(14));
    r.reversedAt = sql::toInstant(q.value(15));
    r.orderValueMinor = sql::toOptional<qint64>(q.value(16));
    r.orderReference = q.value(17).toString();
    r.rejectionReason = q.value(18).toString();
    r.notes = q.value(19).toString();
    r.importBatchId = sql::toOptional<qint64>(q.value(20));
    r.updatedAt = sql::toInstant(q.value(21));
    r.friendPhone = q.value(22).toString();
    r.friendAddress = q.value(23).toString();
    r.duplicateOfId = sql::toOptional<qint64>(q.value(24));
    r.duplicateReason = q.value(25).toString();
    r.reviewState = domain::fromKey<domain::ReviewState>(q.value(26).toString()).value_or(domain::ReviewState::None);
    r.reviewedAt = sql::toInstant(q.value(27));
    r.reviewNote = q.value(28).toString();
    return r;
}

} // namespace

ReferralStore::ReferralStore(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Status ReferralStore::validateForSave(const Referral& r) const
{
    if (Status valid = r.validate(); !valid)
        return valid;
    // Checked here so the user reads which record is missing rather than the schema's
    // "FOREIGN KEY constraint failed".
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM campaigns WHERE id = :campaign), "
                             "EXISTS (SELECT 1 FROM advocates WHERE id = :referrer), "
                             ":friend IS NULL OR EXISTS (SELECT 1 FROM advocates WHERE id = :friend), "
                             ":batch IS NULL OR EXISTS (SELECT 1 FROM import_batches WHERE id = :batch)"));
    q.bindValue(QStringLiteral(":campaign"), r.campaignId);
    q.bindValue(QStringLiteral(":referrer"), r.referrerId);
    q.bindValue(QStringLiteral(":friend"), sql::nullable(r.friendId));
    q.bindValue(QStringLiteral(":batch"), sql::nullable(r.importBatchId));
    if (!q.exec() || !q.next())
        return storageError(q.lastError(), tr("Checking the referral"));
    if (!q.value(0).toBool())
        return Error {Error::Code::Invalid, tr("The campaign chosen for this referral no longer exists."),
            QStringLiteral("campaign")};
    if (!q.value(1).toBool())
        return Error {
            Error::Code::Invalid, tr("The advocate chosen as referrer no longer exists."), QStringLiteral("referrer")};
    if (!q.value(2).toBool())
        return Error {
            Error::Code::Invalid, tr("The advocate chosen as the friend no longer exists."), QStringLiteral("friend")};
    if (!q.value(3).toBool())
        return Error {Error::Code::Invalid, tr("The import this referral came from no longer exists."),
            QStringLiteral("import_batch")};
    return {};
}

Status ReferralStore::create(Referral& r)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status valid = validateForSave(r); !valid)
        return valid;
    Referral stored = r;
    const QDateTime now = m_clock.nowUtc();
    if (!stored.createdAt.isValid())
        stored.createdAt = now;
    stored.updatedAt = now;
    // A referral entered as already converted (say) is dated like one that got there step by step.
    stampStatusDate(stored, now);

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO referrals (campaign_id, referrer_id, friend_id, friend_name, friend_email, friend_email_norm, "
        "code, channel, status, created_at, signed_up_at, converted_at, approved_at, rewarded_at, rejected_at, "
        "reversed_at, order_value_minor, order_reference, rejection_reason, notes, import_batch_id, updated_at, "
        "friend_phone, friend_address, duplicate_of_id, duplicate_reason, review_state, reviewed_at, review_note) "
        "VALUES (:campaign_id, :referrer_id, :friend_id, :friend_name, :friend_email, :friend_email_norm, :code, "
        ":channel, :status, :created_at, :signed_up_at, :converted_at, :approved_at, :rewarded_at, :rejected_at, "
        ":reversed_at, :order_value_minor, :order_reference, :rejection_reason, :notes, :import_batch_id, "
        ":updated_at, :friend_phone, :friend_address, :duplicate_of_id, :duplicate_reason, :review_state, "
        ":reviewed_at, :review_note)"));
    bindFields(q, stored);
    if (!q.exec())
        return storageError(q.lastError(), tr("Saving the referral"));
    stored.id = q.lastInsertId().toLongLong();
    // The history records when the row was written (now), not createdAt, which an import may
    // set years back: it is an audit trail of this file.
    if (Status h = addHistory(stored.id, std::nullopt, stored.status, now, QString()); !h)
        return h;
    if (Status done = tx.commit(); !done)
        return done;
    stored.code = domain::ReferralCode::normalise(stored.code);
    r = std::move(stored);
    return {};
}

Result<Referral> ReferralStore::get(qint64 id) const
{
    QSqlQuery q(m_db);
    if (Status found = selectById(q, QStringLiteral("referrals"), kColumns, id, tr("Reading the referral"),
            tr("The referral no longer exists."));
        !found)
        return found.error();
    return fromRow(q);
}

Status ReferralStore::update(Referral& r, const QString& note)
{
    if (r.id <= 0)
        return Error {Error::Code::NotFound, tr("The referral has not been saved yet.")};
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    QSqlQuery old(m_db);
    old.prepare(QStringLiteral("SELECT status, created_at FROM referrals WHERE id = ?"));
    old.addBindValue(r.id);
    if (!old.exec())
        return storageError(old.lastError(), tr("Reading the referral"));
    if (!old.next())
        return Error {Error::Code::NotFound, tr("The referral no longer exists.")};
    const std::optional<ReferralStatus> oldStatus = domain::fromKey<ReferralStatus>(old.value(0).toString());
    const QDateTime storedCreatedAt = sql::toInstant(old.value(1));
    old.finish();
    if (Status valid = validateForSave(r); !valid)
        return valid;
    if (Status fresh
        = refuseIfChangedSince(m_db, QStringLiteral("referrals"), r.id, r.updatedAt, tr("Saving the referral"),
            tr("The referral of “%1” was changed elsewhere (in another Grapevine window or by an import) "
               "after it was read. Nothing was saved, so that neither change is lost: look at it again and "
               "repeat what you did.")
                .arg(r.friendName.isEmpty() ? r.friendEmail : r.friendName));
        !fresh)
        return fresh;

    Referral stored = r;
    const QDateTime now = m_clock.nowUtc();
    stored.updatedAt = now;
    if (!stored.createdAt.isValid())
        stored.createdAt = storedCreatedAt;
    const bool statusChanged = oldStatus != stored.status;
    if (statusChanged)
        stampStatusDate(stored, now);

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE referrals SET campaign_id = :campaign_id, referrer_id = :referrer_id, friend_id = :friend_id, "
        "friend_name = :friend_name, friend_email = :friend_email, friend_email_norm = :friend_email_norm, "
        "code = :code, channel = :channel, status = :status, created_at = :created_at, signed_up_at = :signed_up_at, "
        "converted_at = :converted_at, approved_at = :approved_at, rewarded_at = :rewarded_at, "
        "rejected_at = :rejected_at, reversed_at = :reversed_at, order_value_minor = :order_value_minor, "
        "order_reference = :order_reference, rejection_reason = :rejection_reason, notes = :notes, "
        "import_batch_id = :import_batch_id, updated_at = max(:updated_at, updated_at + 1), "
        "friend_phone = :friend_phone, "
        "friend_address = :friend_address, duplicate_of_id = :duplicate_of_id, duplicate_reason = :duplicate_reason, "
        "review_state = :review_state, reviewed_at = :reviewed_at, review_note = :review_note WHERE id = :id "
        "RETURNING updated_at"));
    bindFields(q, stored);
    q.bindValue(QStringLiteral(":id"), stored.id);
    if (!q.exec())
        return storageError(q.lastError(), tr("Saving the referral"));
    if (!q.next())
        return Error {Error::Code::NotFound, tr("The referral no longer exists.")};
    stored.updatedAt = sql::toInstant(q.value(0));
    q.finish();
    if (statusChanged) {
        if (Status h = addHistory(stored.id, oldStatus, stored.status, now, note); !h)
            return h;
    }
    if (Status done = tx.commit(); !done)
        return done;
    stored.code = domain::ReferralCode::normalise(stored.code);
    r = std::move(stored);
    return {};
}

Status ReferralStore::remove(qint64 id)
{
    return deleteRow(
        m_db, QStringLiteral("referrals"), id, tr("Deleting the referral"), tr("The referral no longer exists."));
}

Result<std::vector<ReferralStatusChange>> ReferralStore::history(qint64 referralId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT from_status, to_status, changed_at, note FROM referral_status_history "
                             "WHERE referral_id = ? ORDER BY changed_at, id"));
    q.addBindValue(referralId);
    if (!q.exec())
        return storageError(q.lastError(), tr("Reading the referral's history"));
    std::vector<ReferralStatusChange> changes;
    while (q.next()) {
        ReferralStatusChange c;
        if (!q.value(0).isNull())
            c.from = domain::fromKey<ReferralStatus>(q.value(0).toString());
        c.to = domain::fromKey<ReferralStatus>(q.value(1).toString()).value_or(ReferralStatus::Pending);
        c.changedAt = sql::toInstant(q.value(2));
        c.note = q.value(3).toString();
        changes.push_back(std::move(c));
    }
    return changes;
}

Result<std::vector<domain::FraudFlag>> ReferralStore::flags(qint64 referralId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kind, reason, flagged_at FROM referral_flags WHERE referral_id = ? ORDER BY id"));
    q.addBindValue(referralId);
    if (!q.exec())
        return storageError(q.lastError(), tr("Reading why the referral was flagged"));
    std::vector<domain::FraudFlag> flags;
    while (q.next()) {
        domain::FraudFlag f;
        f.kind
            = domain::fromKey<domain::FraudFlagKind>(q.value(0).toString()).value_or(domain::FraudFlagKind::Velocity);
        f.reason = q.value(1).toString();
        f.flaggedAt = sql::toInstant(q.value(2));
        flags.push_back(std::move(f));
    }
    return flags;
}

Status ReferralStore::addFlags(qint64 referralId, const std::vector<domain::FraudFlag>& flags)
{
    QSqlQuery q(m_db);
    // A kind already flagged keeps its first reason and date: the reviewer saw that one.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO referral_flags (referral_id, kind, reason, flagged_at) "
                             "VALUES (:referral_id, :kind, :reason, :flagged_at)"));
    for (const domain::FraudFlag& f : flags) {
        q.bindValue(QStringLiteral(":referral_id"), referralId);
        q.bindValue(QStringLiteral(":kind"), domain::toKey(f.kind));
        q.bindValue(QStringLiteral(":reason"), f.reason);
        q.bindValue(
            QStringLiteral(":flagged_at"), sql::instant(f.flaggedAt.isValid() ? f.flaggedAt : m_clock.nowUtc()));
        if (!q.exec())
            return storageError(q.lastError(), tr("Flagging the referral for review"));
    }
    return {};
}

Status ReferralStore::addHistory(
    qint64 referralId, std::optional<ReferralStatus> from, ReferralStatus to, const QDateTime& at, const QString& note)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO referral_status_history (referral_id, from_status, to_status, changed_at, "
                             "note) VALUES (:referral_id, :from_status, :to_status, :changed_at, :note)"));
    q.bindValue(QStringLiteral(":referral_id"), referralId);
    q.bindValue(QStringLiteral(":from_status"),
        from ? QVariant(domain::toKey(*from)) : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(QStringLiteral(":to_status"), domain::toKey(to));
    q.bindValue(QStringLiteral(":changed_at"), sql::instant(at));
    q.bindValue(QStringLiteral(":note"), sql::text(note));
    if (!q.exec())
        return storageError(q.lastError(), tr("Recording the referral's status change"));
    return {};
}

} // namespace grapevine::store
