// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignCostStore.h"

#include <utility>

#include <QSqlQuery>

#include "SqlSupport.h"
#include "domain/Clock.h"

namespace grapevine::store {

using domain::CampaignCost;

namespace {

const QString kColumns = QStringLiteral("id, campaign_id, incurred_on, description, amount_minor, created_at");

void bindFields(QSqlQuery& q, const CampaignCost& c)
{
    q.bindValue(QStringLiteral(":campaign_id"), c.campaignId);
    q.bindValue(QStringLiteral(":incurred_on"), sql::date(c.incurredOn));
    q.bindValue(QStringLiteral(":description"), sql::text(c.description));
    q.bindValue(QStringLiteral(":amount_minor"), c.amountMinor);
    q.bindValue(QStringLiteral(":created_at"), sql::instant(c.createdAt));
}

CampaignCost fromRow(const QSqlQuery& q)
{
    CampaignCost c;
    c.id = q.value(0).toLongLong();
    c.campaignId = q.value(1).toLongLong();
    c.incurredOn = sql::toDate(q.value(2));
    c.description = q.value(3).toString();
    c.amountMinor = q.value(4).toLongLong();
    c.createdAt = sql::toInstant(q.value(5));
    return c;
}

} // namespace

CampaignCostStore::CampaignCostStore(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Status CampaignCostStore::validateForSave(const CampaignCost& c) const
{
    if (Status valid = c.validate(); !valid)
        return valid;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM campaigns WHERE id = ?)"));
    q.addBindValue(c.campaignId);
    if (!q.exec() || !q.next())
        return storageError(q.lastError(), tr("Checking the cost's campaign"));
    if (!q.value(0).toBool())
        return Error {
            Error::Code::Invalid, tr("The campaign of this cost no longer exists."), QStringLiteral("campaign")};
    return {};
}

Status CampaignCostStore::create(CampaignCost& c)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status valid = validateForSave(c); !valid)
        return valid;
    CampaignCost stored = c;
    if (!stored.createdAt.isValid())
        stored.createdAt = m_clock.nowUtc();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO campaign_costs (id, campaign_id, incurred_on, description, amount_minor, "
        "created_at) VALUES (:id, :campaign_id, :incurred_on, :description, :amount_minor, :created_at)"));
    bindFields(q, stored);
    // An id already set puts back a cost that was deleted (undo), as it was.
    q.bindValue(QStringLiteral(":id"), stored.id > 0 ? QVariant(stored.id) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec())
        return storageError(q.lastError(), tr("Saving the cost"));
    stored.id = q.lastInsertId().toLongLong();
    if (Status done = tx.commit(); !done)
        return done;
    c = std::move(stored);
    return {};
}

Result<CampaignCost> CampaignCostStore::get(qint64 id) const
{
    QSqlQuery q(m_db);
    if (Status found = selectById(q, QStringLiteral("campaign_costs"), kColumns, id, tr("Reading the cost"),
            tr("The cost no longer exists."));
        !found)
        return found.error();
    return fromRow(q);
}

Status CampaignCostStore::update(CampaignCost& c)
{
    if (c.id <= 0)
        return Error {Error::Code::NotFound, tr("The cost has not been saved yet.")};
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status valid = validateForSave(c); !valid)
        return valid;
    CampaignCost stored = c;
    QSqlQuery q(m_db);
    // COALESCE keeps the stored creation time when the caller's copy has none.
    q.prepare(QStringLiteral("UPDATE campaign_costs SET campaign_id = :campaign_id, incurred_on = :incurred_on, "
                             "description = :description, amount_minor = :amount_minor, "
                             "created_at = COALESCE(:created_at, created_at) WHERE id = :id RETURNING created_at"));
    bindFields(q, stored);
    q.bindValue(QStringLiteral(":id"), stored.id);
    if (!q.exec())
        return storageError(q.lastError(), tr("Saving the cost"));
    if (!q.next())
        return Error {Error::Code::NotFound, tr("The cost no longer exists.")};
    stored.createdAt = sql::toInstant(q.value(0));
    q.finish();
    if (Status done = tx.commit(); !done)
        return done;
    c = std::move(stored);
    return {};
}

Status CampaignCostStore::remove(qint64 id)
{
    return deleteRow(
        m_db, QStringLiteral("campaign_costs"), id, tr("Deleting the cost"), tr("The cost no longer exists."));
}

Result<std::vector<CampaignCost>> CampaignCostStore::listForCampaign(qint64 campaignId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM campaign_costs WHERE campaign_id = ? ORDER BY incurred_on, id").arg(kColumns));
    q.addBindValue(campaignId);
    if (!q.exec())
        return storageError(q.lastError(), tr("Reading the campaign's costs"));
    std::vector<CampaignCost> costs;
    while (q.next())
        costs.push_back(fromRow(q));
    return costs;
}

} // namespace grapevine::store
