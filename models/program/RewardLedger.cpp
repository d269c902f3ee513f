// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RewardLedger.h"

#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include "ReferralWorkflow.h"
#include "domain/Clock.h"
#include "store/SqlSupport.h"

namespace grapevine::program {

using domain::LedgerEntryKind;
using domain::RewardStatus;

/// The columns of a reward the ledger needs to decide.
struct RewardLedger::Current
{
    qint64 id = 0;
    RewardStatus status = RewardStatus::Pending;
    qint64 value = 0;
    qint64 costMinor = 0;
    QDateTime dueAt;
    std::optional<qint64> referralId;
    bool referralFlagged = false;
    QString label; ///< "Reward 12 (Anna Smith)" for messages
};

RewardLedger::RewardLedger(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Result<RewardLedger::Current> RewardLedger::read(qint64 rewardId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT w.id, w.status, w.value, w.cost_minor, w.due_at, w.referral_id, r.review_state = 'flagged', "
        "coalesce(nullif(trim(a.first_name || ' ' || a.last_name), ''), a.email, r.friend_name, '') "
        "FROM rewards w LEFT JOIN referrals r ON r.id = w.referral_id "
        "LEFT JOIN advocates a ON a.id = w.advocate_id WHERE w.id = ?"));
    q.addBindValue(rewardId);
    if (!q.exec())
        return store::storageError(q.lastError(), tr("Reading the reward"));
    if (!q.next())
        return Error {Error::Code::NotFound, tr("The reward no longer exists."), QString(), rewardId};
    Current c;
    c.id = q.value(0).toLongLong();
    c.status = domain::fromKey<RewardStatus>(q.value(1).toString()).value_or(RewardStatus::Pending);
    c.value = q.value(2).toLongLong();
    c.costMinor = q.value(3).toLongLong();
    c.dueAt = store::sql::toInstant(q.value(4));
    c.referralId = store::sql::toOptional<qint64>(q.value(5));
    c.referralFlagged = q.value(6).toBool();
    const QString who = q.value(7).toString();
    c.label = who.isEmpty() ? tr("Reward %1").arg(c.id) : tr("Reward %1 (%2)").arg(c.id).arg(who);
    return c;
}

Status RewardLedger::append(qint64 rewardId, LedgerEntryKind kind, qint64 value, qint64 costMinor, const QString& note)
{
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO reward_entries (reward_id, kind, value, cost_minor, at, note) "
                             "VALUES (:reward, :kind, :value, :cost, :at, :note)"));
    q.bindValue(QStringLiteral(":reward"), rewardId);
    q.bindValue(QStringLiteral(":kind"), domain::toKey(kind));
    q.bindValue(QStringLiteral(":value"), value);
    q.bindValue(QStringLiteral(":cost"), costMinor);
    q.bindValue(QStringLiteral(":at"), now);
    q.bindValue(QStringLiteral(":note"), store::sql::text(note));
    if (!q.exec())
        return store::storageError(q.lastError(), tr("Writing the rewards ledger"));

    // The reward follows its entries: a status for the four status entries, the face value
    // for an adjustment (void and reverse keep the face value; their entries net it to zero).
    QString set;
    switch (kind) {
    case LedgerEntryKind::Earn:
        return {};
    case LedgerEntryKind::Approve:
        set = QStringLiteral("status = 'approved', approved_at = :at");
        break;
    case LedgerEntryKind::Issue:
        set = QStringLiteral("status = 'issued', issued_at = :at, payout_reference = :note");
        break;
    case LedgerEntryKind::Void:
        set = QStringLiteral("status = 'voided', voided_at = :at");
        break;
    case LedgerEntryKind::Reverse:
        set = QStringLiteral("status = 'reversed', reversed_at = :at");
        break;
    case LedgerEntryKind::Adjust:
        set = QStringLiteral("value = value + :value, cost_minor = cost_minor + :cost");
        break;
    }
    q.prepare(QStringLiteral("UPDATE rewards SET %1, updated_at = :at WHERE id = :reward").arg(set));
    q.bindValue(QStringLiteral(":reward"), rewardId);
    q.bindValue(QStringLiteral(":at"), now);
    if (kind == LedgerEntryKind::Issue)
        q.bindValue(QStringLiteral(":note"), store::sql::text(note));
    if (kind == LedgerEntryKind::Adjust) {
        q.bindValue(QStringLiteral(":value"), value);
        q.bindValue(QStringLiteral(":cost"), costMinor);
    }
    if (!q.exec())
        return store::storageError(q.lastError(), tr("Writing the rewards ledger"));
    return {};
}

Result<LedgerOutcome> RewardLedger::applyToEach(const QList<qint64>& rewardIds, LedgerEntryKind kind,
    const QString& note, const std::function<QString(const Current&)>& whyNot)
{
    store::WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    LedgerOutcome outcome;
    QSet<qint64> referrals;
    for (const qint64 id : rewardIds) {
        const Result<Current> current = read(id);
        if (!current) {
            if (current.error().code != Error::Code::NotFound)
                return current.error();
            outcome.skipped << tr("Reward %1 no longer exists.").arg(id);
            continue;
        }
        const Current& c = current.value();
        if (const QString reason = whyNot(c); !reason.isEmpty()) {
            outcome.skipped << reason;
            continue;
        }
        if (Status s = append(id, kind, 0, 0, note); !s)
            return s.error();
        ++outcome.changed;
        if (c.referralId)
            referrals.insert(*c.referralId);
    }
    // The referrals follow their rewards (approved, then rewarded once all are issued).
    for (const qint64 referralId : std::as_const(referrals)) {
        if (Status s = ReferralWorkflow::followRewards(m_db, m_clock, referralId); !s)
            return s.error();
    }
    if (Status done = tx.commit(); !done)
        return done.error();
    return outcome;
}

Result<LedgerOutcome> RewardLedger::approve(const QList<qint64>& rewardIds, const QString& note)
{
    const QDateTime now = m_clock.nowUtc();
    return applyToEach(rewardIds, LedgerEntryKind::Approve, note, [&](const Current& c) -> QString {
        if (c.status != RewardStatus::Pending)
            return tr("%1 is %2, not pending.").arg(c.label, domain::Reward::statusName(c.status).toLower());
        if (c.referralFlagged)
            return tr("%1: its referral is waiting for review.").arg(c.label);
        if (c.dueAt.isValid() && c.dueAt > now)
            return tr("%1 is held until %2.")
                .arg(c.label, QLocale().toString(c.dueAt.toLocalTime().date(), QLocale::ShortFormat));
        return {};
    });
}

Result<LedgerOutcome> RewardLedger::issue(const QList<qint64>& rewardIds, const QString& reference)
{
    return applyToEach(rewardIds, LedgerEntryKind::Issue, reference.trimmed(), [](const Current& c) -> QString {
        if (c.status == RewardStatus::Pending)
            return tr("%1 is not approved yet.").arg(c.label);
        if (c.status != RewardStatus::Approved)
            return tr("%1 is %2, not approved.").arg(c.label, domain::Reward::statusName(c.status).toLower());
        return {};
    });
}

/// An entry to append: its kind, signed amounts and note.
struct RewardLedger::Entry
{
    LedgerEntryKind kind = LedgerEntryKind::Adjust;
    qint64 value = 0;
    qint64 costMinor = 0;
    QString note;
};

namespace {

/// A change refused because of the reward's status.
Error refusedForStatus(qint64 rewardId, const QString& message)
{
    return Error {Error::Code::Invalid, message, QStringLiteral("status"), rewardId};
}

} // namespace

Status RewardLedger::applyToOne(
    qint64 rewardId, const std::function<Result<std::optional<Entry>>(const Current&)>& decide)
{
    store::WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    const Result<Current> current = read(rewardId);
    if (!current)
        return current.error();
    const Result<std::optional<Entry>> entry = decide(current.value());
    if (!entry)
        return entry.error();
    if (!entry.value())
        return {};
    const Entry& e = *entry.value();
    if (Status s = append(rewardId, e.kind, e.value, e.costMinor, e.note); !s)
        return s;
    return tx.commit();
}

Status RewardLedger::voidReward(qint64 rewardId, const QString& reason)
{
    return applyToOne(rewardId, [&](const Current& c) -> Result<std::optional<Entry>> {
        if (c.status == RewardStatus::Issued)
            return refusedForStatus(
                c.id, tr("%1 was already issued; reverse it instead if it has to be taken back.").arg(c.label));
        if (c.status != RewardStatus::Pending && c.status != RewardStatus::Approved)
            return refusedForStatus(c.id,
                tr("%1 is %2 and cannot be voided.").arg(c.label, domain::Reward::statusName(c.status).toLower()));
        return std::optional<Entry>(Entry {LedgerEntryKind::Void, -c.value, -c.costMinor, reason});
    });
}

Status RewardLedger::reverse(qint64 rewardId, const QString& note)
{
    return applyToOne(rewardId, [&](const Current& c) -> Result<std::optional<Entry>> {
        if (c.status == RewardStatus::Reversed)
            return refusedForStatus(c.id, tr("%1 was already reversed.").arg(c.label));
        if (c.status != RewardStatus::Pending && c.status != RewardStatus::Approved && c.status != RewardStatus::Issued)
            return refusedForStatus(c.id,
                tr("%1 is %2 and cannot be reversed.").arg(c.label, domain::Reward::statusName(c.status).toLower()));
        return std::optional<Entry>(Entry {LedgerEntryKind::Reverse, -c.value, -c.costMinor, note});
    });
}

Status RewardLedger::adjust(qint64 rewardId, qint64 valueDelta, qint64 costDeltaMinor, const QString& note)
{
    if (note.trimmed().isEmpty())
        return Error {Error::Code::Invalid, tr("Say why the reward is adjusted; the note stays in the ledger."),
            QStringLiteral("note")};
    return applyToOne(rewardId, [&](const Current& c) -> Result<std::optional<Entry>> {
        if (c.status != RewardStatus::Pending && c.status != RewardStatus::Approved && c.status != RewardStatus::Issued)
            return refusedForStatus(c.id,
                tr("%1 is %2 and cannot be adjusted.").arg(c.label, domain::Reward::statusName(c.status).toLower()));
        if (c.value + valueDelta < 0 || c.costMinor + costDeltaMinor < 0)
            return Error {Error::Code::Invalid, tr("An adjustment cannot make a reward's value or cost negative."),
                QStringLiteral("value"), c.id};
        if (valueDelta == 0 && costDeltaMinor == 0)
            return std::optional<Entry>();
        return std::optional<Entry>(Entry {LedgerEntryKind::Adjust, valueDelta, costDeltaMinor, note.trimmed()});
    });
}

Result<PointsBalance> RewardLedger::points(qint64 advocateId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT (SELECT coalesce(sum(e.value), 0) FROM reward_entries e JOIN rewards w ON w.id = e.reward_id "
        "WHERE w.advocate_id = :id AND w.kind = 'points' AND w.status = 'issued'), "
        "(SELECT points_lifetime FROM advocates WHERE id = :id)"));
    q.bindValue(QStringLiteral(":id"), advocateId);
    if (!q.exec() || !q.next())
        return store::storageError(q.lastError(), tr("Reading the points balance"));
    return PointsBalance {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

Result<QList<qint64>> RewardLedger::disagreements() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT w.id FROM rewards w LEFT JOIN (SELECT reward_id, sum(value) AS v, sum(cost_minor) AS c "
            "FROM reward_entries GROUP BY reward_id) e ON e.reward_id = w.id "
            "WHERE coalesce(e.v, 0) <> (CASE WHEN w.status IN ('pending', 'approved', 'issued') THEN w.value ELSE 0 "
            "END) "
            "OR coalesce(e.c, 0) <> (CASE WHEN w.status IN ('pending', 'approved', 'issued') THEN w.cost_minor ELSE 0 "
            "END) ORDER BY w.id")))
        return store::storageError(q.lastError(), tr("Checking the rewards ledger"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace grapevine::program
