// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include "Result.h"

namespace grapevine::domain {

/// Money spent on a campaign besides its rewards (printing, ads for the program, tools).
struct CampaignCost
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCost)

public:
    qint64 id = 0;
    qint64 campaignId = 0;
    QDate incurredOn;
    QString description;
    qint64 amountMinor = 0;
    QDateTime createdAt;

    Status validate() const;
};

} // namespace grapevine::domain
