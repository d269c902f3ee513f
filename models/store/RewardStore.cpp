// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RewardStore.h"

#include <utility>

#include <QSqlQuery>

#include "SqlSupport.h"
#include "domain/Clock.h"

namespace grapevine::store {

using domain::Reward;

namespace {

const QString kColumns = QStringLiteral(
    "id, campaign_id, referral_id, advocate_id, side, kind, value, cost_minor, status, description, created_at, "
    "due_at, approved_at, issued_at, cancelled_at, updated_at");

void bindFields(QSqlQuery& q, const Reward& r)
{
    q.bindValue(QStringLiteral(":campaign_id"), r.campaignId);
    q.bindValue(QStringLiteral(":referral_id"), sql::nullable(r.referralId));
    q.bindValue(QStringLiteral(":advocate_id"), sql::nullable(r.advocateId));
    q.bindValue(QStringLiteral(":side"), domain::toKey(r.side));
    q.bindValue(QStringLiteral(":kind"), domain::toKey(r.kind));
    q.bindValue(QStringLiteral(":value"), r.value);
    q.bindValue(QStringLiteral(":cost_minor"), r.costMinor);
    q.bindValue(QStringLiteral(":status"), domain::toKey(r.status));
    q.bindValue(QStringLiteral(":description"), sql::text(r.description));
    q.bindValue(QStringLiteral(":created_at"), sql::instant(r.createdAt));
    q.bindValue(QStringLiteral(":due_at"), sql::instant(r.dueAt));
    q.bindValue(QStringLiteral(":approved_at"), sql::instant(r.approvedAt));
    q.bindValue(QStringLiteral(":issued_at"), sql::instant(r.issuedAt));
    q.bindValue(QStringLiteral(":cancelled_at"), sql::instant(r.cancelledAt));
    q.bindValue(QStringLiteral(":updated_at"), sql::instant(r.updatedAt));
}

Reward fromRow(const QSqlQuery& q)
{
    Reward r;
    r.id = q.value(0).toLongLong();
    r.campaignId = q.value(1).toLongLong();
    r.referralId = sql::toOptional<qint64>(q.value(2));
    r.advocateId = sql::toOptional<qint64>(q.value(3));
    r.side = domain::fromKey<domain::RewardSide>(q.value(4).toString()).value_or(domain::RewardSide::Advocate);
    r.kind = domain::fromKey<domain::RewardKind>(q.value(5).toString()).value_or(domain::RewardKind::None);
    r.value = q.value(6).toLongLong();
    r.costMinor = q.value(7).toLongLong();
    r.status = domain::fromKey<domain::RewardStatus>(q.value(8).toString()).value_or(domain::RewardStatus::Pending);
    r.description = q.value(9).toString();
    r.createdAt = sql::toInstant(q.value(10));
    r.dueAt = sql::toInstant(q.value(11));
    r.approvedAt = sql::toInstant(q.value(12));
    r.issuedAt = sql::toInstant(q.value(13));
    r.cancelledAt = sql::toInstant(q.value(14));
    r.updatedAt = sql::toInstant(q.value(15));
    return r;
}

} // namespace

RewardStore::RewardStore(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Status RewardStore::validateForSave(const Reward& r) const
{
    if (Status valid = r.validate(); !valid)
        return valid;
    // Checked here so the user reads which record is missing rather than the schema's
    // "FOREIGN KEY constraint failed". The last column is the referral's own campaign: a
    // reward for a referral is paid out of that referral's campaign, or the campaign
    // reports would count it twice or nowhere.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM campaigns WHERE id = :campaign), "
                             ":referral IS NULL OR EXISTS (SELECT 1 FROM referrals WHERE id = :referral), "
                             ":advocate IS NULL OR EXISTS (SELECT 1 FROM advocates WHERE id = :advocate), "
                             "(SELECT campaign_id FROM referrals WHERE id = :referral)"));
    q.bindValue(QStringLiteral(":campaign"), r.campaignId);
    q.bindValue(QStringLiteral(":referral"), sql::nullable(r.referralId));
    q.bindValue(QStringLiteral(":advocate"), sql::nullable(r.advocateId));
    if (!q.exec() || !q.next())
        return storageError(q.lastError(), tr("Checking the reward"));
    if (!q.value(0).toBool())
        return Error {
            Error::Code::Invalid, tr("The campaign of this reward no longer exists."), QStringLiteral("campaign")};
    if (!q.value(1).toBool())
        return Error {
            Error::Code::Invalid, tr("The referral this reward is for no longer exists."), QStringLiteral("referral")};
    if (!q.value(2).toBool())
        return Error {Error::Code::Invalid, tr("The advocate who receives this reward no longer exists."),
            QStringLiteral("advocate")};
    if (r.referralId && q.value(3).toLongLong() != r.campaignId)
        return Error {Error::Code::Invalid, tr("A reward for a referral must belong to the referral's campaign."),
            QStringLiteral("campaign")};
    return {};
}

Status RewardStore::create(Reward& r)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status valid = validateForSave(r); !valid)
        return valid;
    Reward stored = r;
    const QDateTime now = m_clock.nowUtc();
    if (!stored.createdAt.isValid())
        stored.createdAt = now;
    stored.updatedAt = now;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO rewards (campaign_id, referral_id, advocate_id, side, kind, value, cost_minor, status, "
        "description, created_at, due_at, approved_at, issued_at, cancelled_at, updated_at) VALUES (:campaign_id, "
        ":referral_id, :advocate_id, :side, :kind, :value, :cost_minor, :status, :description, :created_at, :due_at, "
        ":approved_at, :issued_at, :cancelled_at, :updated_at)"));
    bindFields(q, stored);
    if (!q.exec())
        return storageError(q.lastError(), tr("Saving the reward"));
    stored.id = q.lastInsertId().toLongLong();
    if (Status done = tx.commit(); !done)
        return done;
    r = std::move(stored);
    return {};
}

Result<Reward> RewardStore::get(qint64 id) const
{
    QSqlQuery q(m_db);
    if (Status found = selectById(
            q, QStringLiteral("rewards"), kColumns, id, tr("Reading the reward"), tr("The reward no longer exists."));
        !found)
        return found.error();
    return fromRow(q);
}

Status RewardStore::update(Reward& r)
{
    if (r.id <= 0)
        return Error {Error::Code::NotFound, tr("The reward has not been saved yet.")};
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status valid = validateForSave(r); !valid)
        return valid;
    Reward stored = r;
    stored.updatedAt = m_clock.nowUtc();
    QSqlQuery q(m_db);
    // COALESCE keeps the stored creation time when the caller's copy has none.
    q.prepare(QStringLiteral(
        "UPDATE rewards SET campaign_id = :campaign_id, referral_id = :referral_id, advocate_id = :advocate_id, "
        "side = :side, kind = :kind, value = :value, cost_minor = :cost_minor, status = :status, "
        "description = :description, created_at = COALESCE(:created_at, created_at), due_at = :due_at, "
        "approved_at = :approved_at, issued_at = :issued_at, cancelled_at = :cancelled_at, updated_at = :updated_at "
        "WHERE id = :id RETURNING created_at"));
    bindFields(q, stored);
    q.bindValue(QStringLiteral(":id"), stored.id);
    if (!q.exec())
        return storageError(q.lastError(), tr("Saving the reward"));
    if (!q.next())
        return Error {Error::Code::NotFound, tr("The reward no longer exists.")};
    stored.createdAt = sql::toInstant(q.value(0));
    q.finish();
    if (Status done = tx.commit(); !done)
        return done;
    r = std::move(stored);
    return {};
}

Status RewardStore::remove(qint64 id)
{
    return deleteRow(
        m_db, QStringLiteral("rewards"), id, tr("Deleting the reward"), tr("The reward no longer exists."));
}

Result<std::vector<Reward>> RewardStore::listForReferral(qint64 referralId) const
{
    return list(QStringLiteral("referral_id = ?"), referralId);
}

Result<std::vector<Reward>> RewardStore::listForAdvocate(qint64 advocateId) const
{
    return list(QStringLiteral("advocate_id = ?"), advocateId);
}

Result<std::vector<Reward>> RewardStore::list(const QString& where, qint64 id) const
{
    QSqlQuery q(m_db);
    // `where` is one of the two literals above, never user text; the id is bound.
    q.prepare(QStringLiteral("SELECT %1 FROM rewards WHERE %2 ORDER BY created_at, id").arg(kColumns, where));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError(), tr("Reading the rewards"));
    std::vector<Reward> rewards;
    while (q.next())
        rewards.push_back(fromRow(q));
    return rewards;
}

} // namespace grapevine::store
