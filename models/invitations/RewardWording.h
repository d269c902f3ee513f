// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include "domain/Campaign.h"

namespace grapevine::invitations {

/// A reward in the words a message or card uses: "500 points", "€10.00 store credit", "15% off".
class RewardWording final
{
    Q_DECLARE_TR_FUNCTIONS(RewardWording)

public:
    /// The offer's own description when it has one (the business knows best how to say it),
    /// otherwise worded from its kind and value; money in `currency` (the database's).
    static QString describe(
        const domain::RewardOffer& offer, const QString& currency, const QLocale& locale = QLocale());

    /// A percentage given in basis points: 1500 → "15", 1250 → "12.5", without a double.
    static QString percent(qint64 basisPoints, const QLocale& locale = QLocale());
};

} // namespace grapevine::invitations
