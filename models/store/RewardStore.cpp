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
    "due_at, approved_at, issued_at, voided_at, reversed_at, updated_at, withheld_reason, payout_reference, "
    "milestone_threshold");

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
    q.bindValue(QStringLiteral(":voided_at"), sql::instant(r.voidedAt));
    q.bindValue(QStringLiteral(":reversed_at"), sql::instant(r.reversedAt));
    q.bindValue(QStringLiteral(":updated_at"), sql::instant(r.updatedAt));
    q.bindValue(QStringLiteral(":withheld_reason"), sql::text(r.withheldReason));
    q.bindValue(QStringLiteral(":payout_reference"), sql::text(r.payoutReference));
    q.bindValue(QStringLiteral(":milestone_threshold"), sql::nullable(r.milestoneThreshold));
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
    r.voidedAt = sql::toInstant(q.value(14));
    r.reversedAt = sql::toInstant(q.value(15));
    r.updatedAt = sql::toInstant(q.value(16));
    r.withheldReason = q.value(17).toString();
    r.payoutReference = q.value(18).toString();
    r.milestoneThreshold = sql::toOptional<int>(q.value(19));
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
        "description, created_at, due_at, approved_at, issued_at, voided_at, reversed_at, updated_at, "
        "withheld_reason, payout_reference, milestone_threshold) VALUES (:campaign_id, :referral_id, :advocate_id, "
        ":side, :kind, :value, :cost_minor, :status, :description, :created_at, :due_at, :approved_at, :issued_at, "
        ":voided_at, :reversed_at, :updated_at, :withheld_reason, :payout_reference, :milestone_threshold)"));
    bindFields(q, stored);
    if (!q.exec())
        return storageError(q.lastError(), tr("Saving the reward"));
    stored.id = q.lastInsertId().toLongLong();
    if (Status entries = writeEntriesImpliedByStatus(m_db, stored.id); !entries)
        return entries;
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

Result<std::vector<Reward>> RewardStore::listForReferral(qint64 referralId) const
{
    return list(QStringLiteral("referral_id = ?"), referralId);
}

Result<std::vector<Reward>> RewardStore::listForAdvocate(qint64 advocateId) const
{
    return list(QStringLiteral("advocate_id = ?"), advocateId);
}

Result<std::vector<domain::LedgerEntry>> RewardStore::entries(qint64 rewardId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, reward_id, kind, value, cost_minor, at, note FROM reward_entries WHERE reward_id = ? ORDER BY id"));
    q.addBindValue(rewardId);
    if (!q.exec())
        return storageError(q.lastError(), tr("Reading the reward's ledger entries"));
    std::vector<domain::LedgerEntry> entries;
    while (q.next()) {
        domain::LedgerEntry e;
        e.id = q.value(0).toLongLong();
        e.rewardId = q.value(1).toLongLong();
        e.kind
            = domain::fromKey<domain::LedgerEntryKind>(q.value(2).toString()).value_or(domain::LedgerEntryKind::Adjust);
        e.value = q.value(3).toLongLong();
        e.costMinor = q.value(4).toLongLong();
        e.at = sql::toInstant(q.value(5));
        e.note = q.value(6).toString();
        entries.push_back(std::move(e));
    }
    return entries;
}

Status RewardStore::writeEntriesImpliedByStatus(const QSqlDatabase& db, qint64 fromRewardId)
{
    // One statement per entry kind over every reward from `fromRewardId` on, so the demo's
    // hundreds of thousands of rewards get their ledger in a handful of statements. The
    // entries are dated by the reward's own dates; a withheld reward never entered the ledger.
    const char* const statements[] = {
        "INSERT INTO reward_entries (reward_id, kind, value, cost_minor, at, note) "
        "SELECT id, 'earn', value, cost_minor, created_at, '' FROM rewards WHERE id >= :from AND status <> 'withheld'",
        "INSERT INTO reward_entries (reward_id, kind, value, cost_minor, at, note) "
        "SELECT id, 'approve', 0, 0, approved_at, '' FROM rewards WHERE id >= :from AND approved_at IS NOT NULL "
        "AND status <> 'withheld'",
        "INSERT INTO reward_entries (reward_id, kind, value, cost_minor, at, note) "
        "SELECT id, 'issue', 0, 0, issued_at, payout_reference FROM rewards WHERE id >= :from "
        "AND issued_at IS NOT NULL AND status IN ('issued', 'reversed')",
        "INSERT INTO reward_entries (reward_id, kind, value, cost_minor, at, note) "
        "SELECT id, 'void', -value, -cost_minor, coalesce(voided_at, updated_at), '' FROM rewards "
        "WHERE id >= :from AND status = 'voided'",
        "INSERT INTO reward_entries (reward_id, kind, value, cost_minor, at, note) "
        "SELECT id, 'reverse', -value, -cost_minor, coalesce(reversed_at, updated_at), '' FROM rewards "
        "WHERE id >= :from AND status = 'reversed'",
    };
    QSqlQuery q(db);
    for (const char* statement : statements) {
        q.prepare(QString::fromLatin1(statement));
        q.bindValue(QStringLiteral(":from"), fromRewardId);
        if (!q.exec())
            return storageError(q.lastError(), tr("Writing the rewards ledger"));
    }
    return {};
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
