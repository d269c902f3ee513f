// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QSqlDatabase>

#include "domain/CampaignCost.h"
#include "domain/Result.h"

namespace grapevine {
class Clock;
}

namespace grapevine::store {

/// Reads and writes what campaigns cost besides their rewards.
class CampaignCostStore final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCostStore)

public:
    CampaignCostStore(QSqlDatabase db, const Clock& clock);

    /// Stores a new cost; fills in id and createdAt unless the caller set them (an id set puts
    /// back a cost that was removed, under its old id).
    Status create(domain::CampaignCost& cost);
    Result<domain::CampaignCost> get(qint64 id) const;
    /// Writes every field of an existing cost.
    Status update(domain::CampaignCost& cost);
    Status remove(qint64 id);
    /// The costs of one campaign, oldest first (incurred_on, then id).
    Result<std::vector<domain::CampaignCost>> listForCampaign(qint64 campaignId) const;

private:
    Status validateForSave(const domain::CampaignCost& cost) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace grapevine::store
