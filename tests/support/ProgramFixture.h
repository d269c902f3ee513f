// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QSqlQuery>
#include <QVariant>

#include "TestDatabase.h"
#include "domain/Advocate.h"
#include "domain/Campaign.h"
#include "program/ReferralWorkflow.h"
#include "program/RewardLedger.h"
#include "store/AdvocateStore.h"
#include "store/CampaignStore.h"
#include "store/SettingsStore.h"

namespace grapevine::test {

/// A business with a few hand-made people and campaigns, for the rules of the referral program.
class ProgramFixture
{
public:
    ProgramFixture()
    {
        domain::BusinessSettings s = store::SettingsStore(db()).load().value();
        s.currency = QStringLiteral("EUR");
        s.pointValueMinor = 2; // a point costs two cents
        const Status saved = store::SettingsStore(db()).save(s);
        EXPECT_TRUE(saved.ok());
    }

    QSqlDatabase db() const { return m_db.connection(); }
    ManualClock& clock() { return m_db.clock(); }
    TestDatabase& database() { return m_db; }
    program::ReferralWorkflow workflow() { return program::ReferralWorkflow(db(), clock()); }
    program::RewardLedger ledger() { return program::RewardLedger(db(), clock()); }

    qint64 addAdvocate(const QString& first, const QString& last, const QString& email = QString(),
        const std::function<void(domain::Advocate&)>& tweak = nullptr)
    {
        domain::Advocate a;
        a.firstName = first;
        a.lastName = last;
        a.email = email;
        if (tweak)
            tweak(a);
        const Status s = store::AdvocateStore(db(), clock()).create(a);
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().message.toStdString());
        return a.id;
    }

    /// A double-sided campaign: €10 store credit to the advocate, €5 off for the friend,
    /// rewarded on the first purchase, no hold, 30-day window; `tweak` changes the rest.
    qint64 addCampaign(const std::function<void(domain::Campaign&)>& tweak = nullptr)
    {
        domain::Campaign c;
        c.name = QStringLiteral("Spring %1").arg(++m_campaigns);
        c.status = domain::CampaignStatus::Active;
        c.advocateReward = {domain::RewardKind::StoreCredit, 1000, QStringLiteral("€10 store credit")};
        c.friendReward = {domain::RewardKind::FixedDiscount, 500, QStringLiteral("€5 off")};
        c.trigger = domain::RewardTrigger::FirstPurchase;
        c.newCustomersOnly = true;
        c.holdDays = 0;
        c.attributionDays = 30;
        c.disclosureText = QStringLiteral("Anna gets a reward when you buy.");
        if (tweak)
            tweak(c);
        const Status s = store::CampaignStore(db(), clock()).create(c);
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().message.toStdString());
        return c.id;
    }

    program::StepResult record(qint64 campaign, qint64 referrer, const QString& friendName, const QString& friendEmail,
        const std::function<void(program::ReferralDraft&)>& tweak = nullptr)
    {
        program::ReferralDraft d;
        d.campaignId = campaign;
        d.referrerId = referrer;
        d.friendName = friendName;
        d.friendEmail = friendEmail;
        if (tweak)
            tweak(d);
        Result<program::StepResult> r = workflow().record(d);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return r.ok() ? r.value() : program::StepResult();
    }

    qint64 scalar(const QString& sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private:
    TestDatabase m_db;
    int m_campaigns = 0;
};

} // namespace grapevine::test
