// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QSqlDatabase>

#include "domain/Result.h"
#include "domain/Reward.h"

namespace grapevine {
class Clock;
}

namespace grapevine::store {

/// Reads and writes the rewards ledger.
class RewardStore final
{
    Q_DECLARE_TR_FUNCTIONS(RewardStore)

public:
    RewardStore(QSqlDatabase db, const Clock& clock);

    /// Stores a new reward; fills in id and timestamps.
    Status create(domain::Reward& reward);
    Result<domain::Reward> get(qint64 id) const;
    /// Writes every field of an existing reward; refreshes updatedAt.
    Status update(domain::Reward& reward);
    Status remove(qint64 id);
    /// The rewards promised for one referral (both sides), oldest first.
    Result<std::vector<domain::Reward>> listForReferral(qint64 referralId) const;
    /// The rewards an advocate receives, oldest first.
    Result<std::vector<domain::Reward>> listForAdvocate(qint64 advocateId) const;

private:
    Status validateForSave(const domain::Reward& reward) const;
    Result<std::vector<domain::Reward>> list(const QString& where, qint64 id) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace grapevine::store
