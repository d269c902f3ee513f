// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignStore.h"

#include <utility>

#include <QHash>
#include <QSqlQuery>

#include "SqlSupport.h"
#include "domain/Clock.h"

namespace grapevine::store {

using domain::Campaign;
using domain::Milestone;

namespace {

const QString kColumns = QStringLiteral(
    "id, name, description, status, starts_on, ends_on, advocate_reward_kind, advocate_reward_value, "
    "advocate_reward_description, friend_reward_kind, friend_reward_value, friend_reward_description, reward_trigger, "
    "new_customers_only, min_order_minor, max_rewards_per_advocate, budget_minor, hold_days, attribution_days, "
    "landing_url, utm_source, utm_medium, utm_campaign, disclosure_text, message_template, created_at, updated_at");

void bindFields(QSqlQuery& q, const Campaign& c)
{
    q.bindValue(QStringLiteral(":name"), sql::text(c.name));
    q.bindValue(QStringLiteral(":description"), sql::text(c.description));
    q.bindValue(QStringLiteral(":status"), domain::toKey(c.status));
    q.bindValue(QStringLiteral(":starts_on"), sql::date(c.startsOn));
    q.bindValue(QStringLiteral(":ends_on"), sql::date(c.endsOn));
    q.bindValue(QStringLiteral(":advocate_reward_kind"), domain::toKey(c.advocateReward.kind));
    q.bindValue(QStringLiteral(":advocate_reward_value"), c.advocateReward.value);
    q.bindValue(QStringLiteral(":advocate_reward_description"), sql::text(c.advocateReward.description));
    q.bindValue(QStringLiteral(":friend_reward_kind"), domain::toKey(c.friendReward.kind));
    q.bindValue(QStringLiteral(":friend_reward_value"), c.friendReward.value);
    q.bindValue(QStringLiteral(":friend_reward_description"), sql::text(c.friendReward.description));
    q.bindValue(QStringLiteral(":reward_trigger"), domain::toKey(c.trigger));
    q.bindValue(QStringLiteral(":new_customers_only"), c.newCustomersOnly ? 1 : 0);
    q.bindValue(QStringLiteral(":min_order_minor"), c.minOrderMinor);
    q.bindValue(QStringLiteral(":max_rewards_per_advocate"), sql::nullable(c.maxRewardsPerAdvocate));
    q.bindValue(QStringLiteral(":budget_minor"), sql::nullable(c.budgetMinor));
    q.bindValue(QStringLiteral(":hold_days"), c.holdDays);
    q.bindValue(QStringLiteral(":attribution_days"), c.attributionDays);
    q.bindValue(QStringLiteral(":landing_url"), sql::text(c.landingUrl));
    q.bindValue(QStringLiteral(":utm_source"), sql::text(c.utmSource));
    q.bindValue(QStringLiteral(":utm_medium"), sql::text(c.utmMedium));
    q.bindValue(QStringLiteral(":utm_campaign"), sql::text(c.utmCampaign));
    q.bindValue(QStringLiteral(":disclosure_text"), sql::text(c.disclosureText));
    q.bindValue(QStringLiteral(":message_template"), sql::text(c.messageTemplate));
    q.bindValue(QStringLiteral(":created_at"), sql::instant(c.createdAt));
    q.bindValue(QStringLiteral(":updated_at"), sql::instant(c.updatedAt));
}

domain::RewardKind rewardKind(const QVariant& v)
{
    return domain::fromKey<domain::RewardKind>(v.toString()).value_or(domain::RewardKind::None);
}

Campaign fromRow(const QSqlQuery& q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.description = q.value(2).toString();
    c.status = domain::fromKey<domain::CampaignStatus>(q.value(3).toString()).value_or(domain::CampaignStatus::Draft);
    c.startsOn = sql::toDate(q.value(4));
    c.endsOn = sql::toDate(q.value(5));
    c.advocateReward.kind = rewardKind(q.value(6));
    c.advocateReward.value = q.value(7).toLongLong();
    c.advocateReward.description = q.value(8).toString();
    c.friendReward.kind = rewardKind(q.value(9));
    c.friendReward.value = q.value(10).toLongLong();
    c.friendReward.description = q.value(11).toString();
    c.trigger
        = domain::fromKey<domain::RewardTrigger>(q.value(12).toString()).value_or(domain::RewardTrigger::FirstPurchase);
    c.newCustomersOnly = q.value(13).toInt() != 0;
    c.minOrderMinor = q.value(14).toLongLong();
    c.maxRewardsPerAdvocate = sql::toOptional<int>(q.value(15));
    c.budgetMinor = sql::toOptional<qint64>(q.value(16));
    c.holdDays = q.value(17).toInt();
    c.attributionDays = q.value(18).toInt();
    c.landingUrl = q.value(19).toString();
    c.utmSource = q.value(20).toString();
    c.utmMedium = q.value(21).toString();
    c.utmCampaign = q.value(22).toString();
    c.disclosureText = q.value(23).toString();
    c.messageTemplate = q.value(24).toString();
    c.createdAt = sql::toInstant(q.value(25));
    c.updatedAt = sql::toInstant(q.value(26));
    return c;
}

Milestone milestoneFromRow(const QSqlQuery& q, int first)
{
    Milestone m;
    m.id = q.value(first).toLongLong();
    m.threshold = q.value(first + 1).toInt();
    m.kind = rewardKind(q.value(first + 2));
    m.value = q.value(first + 3).toLongLong();
    m.description = q.value(first + 4).toString();
    return m;
}

} // namespace

CampaignStore::CampaignStore(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Status CampaignStore::create(Campaign& c)
{
    if (Status valid = c.validate(); !valid)
        return valid;
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    Campaign stored = c;
    const QDateTime now = m_clock.nowUtc();
    if (!stored.createdAt.isValid())
        stored.createdAt = now;
    stored.updatedAt = now;

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO campaigns (name, description, status, starts_on, ends_on, advocate_reward_kind, "
        "advocate_reward_value, advocate_reward_description, friend_reward_kind, friend_reward_value, "
        "friend_reward_description, reward_trigger, new_customers_only, min_order_minor, max_rewards_per_advocate, "
        "budget_minor, hold_days, attribution_days, landing_url, utm_source, utm_medium, utm_campaign, "
        "disclosure_text, message_template, created_at, updated_at) VALUES (:name, :description, :status, :starts_on, "
        ":ends_on, :advocate_reward_kind, :advocate_reward_value, :advocate_reward_description, :friend_reward_kind, "
        ":friend_reward_value, :friend_reward_description, :reward_trigger, :new_customers_only, :min_order_minor, "
        ":max_rewards_per_advocate, :budget_minor, :hold_days, :attribution_days, :landing_url, :utm_source, "
        ":utm_medium, :utm_campaign, :disclosure_text, :message_template, :created_at, :updated_at)"));
    bindFields(q, stored);
    if (!q.exec())
        return storageError(q.lastError(), tr("Saving the campaign"));
    stored.id = q.lastInsertId().toLongLong();
    if (Status milestones = writeMilestones(stored.id, stored.milestones); !milestones)
        return milestones;
    if (Status done = tx.commit(); !done)
        return done;
    c = std::move(stored);
    return {};
}

Result<Campaign> CampaignStore::get(qint64 id) const
{
    QSqlQuery q(m_db);
    if (Status found = selectById(q, QStringLiteral("campaigns"), kColumns, id, tr("Reading the campaign"),
            tr("The campaign no longer exists."));
        !found)
        return found.error();
    Campaign c = fromRow(q);
    QSqlQuery m(m_db);
    m.prepare(QStringLiteral("SELECT id, threshold, reward_kind, reward_value, description FROM campaign_milestones "
                             "WHERE campaign_id = ? ORDER BY threshold, id"));
    m.addBindValue(id);
    if (!m.exec())
        return storageError(m.lastError(), tr("Reading the campaign's milestones"));
    while (m.next())
        c.milestones.push_back(milestoneFromRow(m, 0));
    return c;
}

Status CampaignStore::update(Campaign& c)
{
    if (c.id <= 0)
        return Error {Error::Code::NotFound, tr("The campaign has not been saved yet.")};
    if (Status valid = c.validate(); !valid)
        return valid;
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status fresh
        = refuseIfChangedSince(m_db, QStringLiteral("campaigns"), c.id, c.updatedAt, tr("Saving the campaign"),
            tr("The campaign “%1” was changed elsewhere (in another Grapevine window) after you opened it. "
               "Your changes were not saved, so that neither is lost: note what you typed, choose Revert to "
               "see the other changes, and edit again.")
                .arg(c.name));
        !fresh)
        return fresh;
    Campaign stored = c;
    stored.updatedAt = m_clock.nowUtc();
    QSqlQuery q(m_db);
    // COALESCE keeps the stored creation time when the caller's copy has none.
    q.prepare(QStringLiteral(
        "UPDATE campaigns SET name = :name, description = :description, status = :status, starts_on = :starts_on, "
        "ends_on = :ends_on, advocate_reward_kind = :advocate_reward_kind, "
        "advocate_reward_value = :advocate_reward_value, advocate_reward_description = :advocate_reward_description, "
        "friend_reward_kind = :friend_reward_kind, friend_reward_value = :friend_reward_value, "
        "friend_reward_description = :friend_reward_description, reward_trigger = :reward_trigger, "
        "new_customers_only = :new_customers_only, min_order_minor = :min_order_minor, "
        "max_rewards_per_advocate = :max_rewards_per_advocate, budget_minor = :budget_minor, hold_days = :hold_days, "
        "attribution_days = :attribution_days, landing_url = :landing_url, utm_source = :utm_source, "
        "utm_medium = :utm_medium, utm_campaign = :utm_campaign, disclosure_text = :disclosure_text, "
        "message_template = :message_template, created_at = COALESCE(:created_at, created_at), "
        // One second past the stored stamp at least: two saves within a second still differ.
        "updated_at = max(:updated_at, updated_at + 1) WHERE id = :id RETURNING created_at, updated_at"));
    bindFields(q, stored);
    q.bindValue(QStringLiteral(":id"), stored.id);
    if (!q.exec())
        return storageError(q.lastError(), tr("Saving the campaign"));
    if (!q.next())
        return Error {Error::Code::NotFound, tr("The campaign no longer exists.")};
    stored.createdAt = sql::toInstant(q.value(0));
    stored.updatedAt = sql::toInstant(q.value(1));
    q.finish();
    if (Status milestones = writeMilestones(stored.id, stored.milestones); !milestones)
        return milestones;
    if (Status done = tx.commit(); !done)
        return done;
    c = std::move(stored);
    return {};
}

Status CampaignStore::remove(qint64 id)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    // Counted first so the user learns why and what to do; the schema's ON DELETE RESTRICT
    // would only say "FOREIGN KEY constraint failed".
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM referrals WHERE campaign_id = :id), "
                             "(SELECT count(*) FROM rewards WHERE campaign_id = :id)"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return storageError(q.lastError(), tr("Deleting the campaign"));
    const int referrals = q.value(0).toInt();
    const int rewards = q.value(1).toInt();
    if (referrals > 0)
        return Error {Error::Code::InUse,
            tr("The campaign has %Ln referral(s); end it instead of deleting it.", nullptr, referrals)};
    if (rewards > 0)
        return Error {
            Error::Code::InUse, tr("The campaign has %Ln reward(s); end it instead of deleting it.", nullptr, rewards)};

    if (Status deleted = deleteRow(
            m_db, QStringLiteral("campaigns"), id, tr("Deleting the campaign"), tr("The campaign no longer exists."));
        !deleted)
        return deleted;
    return tx.commit();
}

Result<std::vector<Campaign>> CampaignStore::list() const
{
    // Two queries instead of one per campaign: all milestones, then all campaigns.
    QSqlQuery m(m_db);
    if (!m.exec(QStringLiteral("SELECT campaign_id, id, threshold, reward_kind, reward_value, description "
                               "FROM campaign_milestones ORDER BY campaign_id, threshold, id")))
        return storageError(m.lastError(), tr("Reading the campaigns' milestones"));
    QHash<qint64, std::vector<Milestone>> milestones;
    while (m.next())
        milestones[m.value(0).toLongLong()].push_back(milestoneFromRow(m, 1));

    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM campaigns ORDER BY name COLLATE NOCASE, id").arg(kColumns)))
        return storageError(q.lastError(), tr("Reading the campaigns"));
    std::vector<Campaign> campaigns;
    while (q.next()) {
        Campaign c = fromRow(q);
        c.milestones = milestones.value(c.id);
        campaigns.push_back(std::move(c));
    }
    return campaigns;
}

Status CampaignStore::writeMilestones(qint64 campaignId, std::vector<Milestone>& milestones)
{
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM campaign_milestones WHERE campaign_id = ?"));
    del.addBindValue(campaignId);
    if (!del.exec())
        return storageError(del.lastError(), tr("Saving the milestones"));
    QSqlQuery ins(m_db);
    ins.prepare(
        QStringLiteral("INSERT INTO campaign_milestones (campaign_id, threshold, reward_kind, reward_value, "
                       "description) VALUES (:campaign_id, :threshold, :reward_kind, :reward_value, :description)"));
    for (Milestone& milestone : milestones) {
        ins.bindValue(QStringLiteral(":campaign_id"), campaignId);
        ins.bindValue(QStringLiteral(":threshold"), milestone.threshold);
        ins.bindValue(QStringLiteral(":reward_kind"), domain::toKey(milestone.kind));
        ins.bindValue(QStringLiteral(":reward_value"), milestone.value);
        ins.bindValue(QStringLiteral(":description"), sql::text(milestone.description));
        if (!ins.exec())
            return storageError(
                ins.lastError(), tr("Saving the milestone at %Ln converted referral(s)", nullptr, milestone.threshold));
        milestone.id = ins.lastInsertId().toLongLong();
    }
    return {};
}

} // namespace grapevine::store
