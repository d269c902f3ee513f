// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QSqlDatabase>

#include "domain/Referral.h"
#include "domain/Result.h"

namespace grapevine {
class Clock;
}

namespace grapevine::store {

/// Reads and writes referrals and keeps their dated status history.
class ReferralStore final
{
    Q_DECLARE_TR_FUNCTIONS(ReferralStore)

public:
    ReferralStore(QSqlDatabase db, const Clock& clock);

    /// Stores a new referral; fills in id, timestamps and the date of its status (when not set),
    /// and records its first history step.
    Status create(domain::Referral& referral);
    Result<domain::Referral> get(qint64 id) const;
    /// Writes every field; refreshes updatedAt. When the status changed, appends a history step
    /// carrying `note` and dates the new status (unless that date is already set).
    Status update(domain::Referral& referral, const QString& note = QString());
    /// Deletes the referral with its history and rewards (the schema cascades).
    Status remove(qint64 id);
    /// Every status the referral went through, oldest first.
    Result<std::vector<domain::ReferralStatusChange>> history(qint64 referralId) const;
    /// Why the referral was flagged for review, in the order found.
    Result<std::vector<domain::FraudFlag>> flags(qint64 referralId) const;
    /// Records flags (inside the caller's transaction); a kind already recorded is kept as it was.
    Status addFlags(qint64 referralId, const std::vector<domain::FraudFlag>& flags);

private:
    Status validateForSave(const domain::Referral& referral) const;
    Status addHistory(qint64 referralId, std::optional<domain::ReferralStatus> from, domain::ReferralStatus to,
        const QDateTime& at, const QString& note);

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace grapevine::store
