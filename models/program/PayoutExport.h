// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "domain/Result.h"
#include "domain/Reward.h"

namespace grapevine::program {

/// The payout list a person hands to whoever pays the rewards (a bookkeeper, a shop's gift-card
/// screen): one row per reward with who gets what, as numbers a spreadsheet can add up.
class PayoutExport final
{
    Q_DECLARE_TR_FUNCTIONS(PayoutExport)

public:
    /// Writes the rewards `rewardIds` (in that order; unknown ids are left out) to `path` as CSV
    /// with the columns advocate, email, reward, value, unit, cost, reference, campaign. Money is
    /// in `currency` (the database's). Returns the rows written; the error names the file.
    static Result<int> write(
        const QSqlDatabase& db, const QList<qint64>& rewardIds, const QString& currency, const QString& path);

    /// The value as a plain number: money in major units with '.' ("12.50"), points as an
    /// integer, a percentage as a number ("12.5").
    static QString plainValue(domain::RewardKind kind, qint64 value, const QString& currency);
    /// The unit of plainValue(): the currency code, "points" or "%".
    static QString unit(domain::RewardKind kind, const QString& currency);
    /// Minor units as a plain decimal in major units: 1250 → "12.50" (EUR), 500 → "500" (JPY).
    static QString plainMoney(qint64 minor, const QString& currency);
};

} // namespace grapevine::program
