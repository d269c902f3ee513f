// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include "WordOfMouth.h"
#include "domain/Result.h"

namespace grapevine::metrics {

/// What one advocate brought, all time: their referrals (with the definitions of DESIGN.md)
/// beside what they said about the business.
struct AdvocateActivityFigures
{
    qint64 referrals = 0;
    qint64 converted = 0; ///< now converted, approved or rewarded
    qint64 revenueMinor = 0; ///< order values of the converted ones
    WordOfMouthFigures wordOfMouth;
};

class AdvocateActivity final
{
    Q_DECLARE_TR_FUNCTIONS(AdvocateActivity)

public:
    static Result<AdvocateActivityFigures> compute(const QSqlDatabase& db, qint64 advocateId, const QDateTime& now);
};

} // namespace grapevine::metrics
