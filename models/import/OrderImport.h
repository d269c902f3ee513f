// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "ImportTypes.h"
#include "domain/Result.h"

class QIODevice;

namespace grapevine {
class Clock;
}

namespace grapevine::importing {

/// Imports a shop's orders (or a list of referrals) to find the referrals that converted.
/// A row whose buyer is the friend of an open referral (by email), or who used an advocate's
/// referral code, converts that referral with the order's value, exactly as "Mark converted"
/// does (rewards, holds and fraud checks included). A row with a code or a "referred by" and no
/// open referral records a new one (and converts it when there is an order value). Other orders
/// are skipped as ordinary sales. An order already recorded (same order number) is skipped, so
/// the same export imported twice changes nothing.
class OrderImport final
{
    Q_DECLARE_TR_FUNCTIONS(OrderImport)

public:
    OrderImport(QSqlDatabase db, const Clock& clock);

    Result<ImportSummary> run(QIODevice& device, const QString& fileName, const ImportSettings& settings,
        const ImportProgressCallback& progress = {}, const ImportCancelFlag* cancel = nullptr);

    /// The field keys this import knows, as in resources/import/order-columns.txt.
    static QStringList fieldKeys();

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace grapevine::importing
