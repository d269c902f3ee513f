// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QSqlDatabase>

#include "domain/Campaign.h"
#include "domain/Result.h"

namespace grapevine {
class Clock;
}

namespace grapevine::store {

/// Reads and writes campaigns together with their milestone ladders.
class CampaignStore final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)

public:
    CampaignStore(QSqlDatabase db, const Clock& clock);

    /// Stores a new campaign and its milestones; fills in the ids and timestamps.
    Status create(domain::Campaign& campaign);
    Result<domain::Campaign> get(qint64 id) const;
    /// Writes every field and replaces the milestones; refreshes updatedAt and the milestone ids.
    Status update(domain::Campaign& campaign);
    /// Deletes a campaign nothing depends on (its costs and milestones go with it). A campaign
    /// with referrals or rewards is refused with Error::Code::InUse: end it instead.
    Status remove(qint64 id);
    /// Every campaign with its milestones, ordered by name.
    Result<std::vector<domain::Campaign>> list() const;

private:
    Status writeMilestones(qint64 campaignId, std::vector<domain::Milestone>& milestones);

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace grapevine::store
