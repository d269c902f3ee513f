// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QSqlDatabase>

#include "domain/Referral.h"
#include "domain/Result.h"

namespace grapevine::rules {
class DisposableDomains;
}

namespace grapevine::program {

/// The checks that flag a referral for a person to review. They never block: a flagged
/// referral is recorded as usual, and its rewards wait for the review.
///   * self-referral: the friend has the referrer's e-mail or phone number
///   * household: the friend has the referrer's last name and address (a spouse, or the
///     referrer under another first name)
///   * already a customer: the friend was in the records with orders before the referral
///   * velocity: more than kVelocityLimit referrals from one advocate within kVelocityWindowHours
///   * a disposable e-mail domain
class FraudCheck final
{
    Q_DECLARE_TR_FUNCTIONS(FraudCheck)

public:
    static constexpr int kVelocityLimit = 5;
    static constexpr int kVelocityWindowHours = 24;

    explicit FraudCheck(QSqlDatabase db);
    FraudCheck(QSqlDatabase db, const rules::DisposableDomains& disposable);

    /// The flags `referral` (stored or not) earns; its createdAt must be set.
    Result<std::vector<domain::FraudFlag>> check(const domain::Referral& referral) const;

    /// True when the friend of `referral` was a customer before it was made.
    Result<bool> friendWasCustomer(const domain::Referral& referral) const;

    /// Digits only, without a leading 00 or national 0, so "+44 7700 900123" and "07700 900123" agree.
    static QString normalisePhone(const QString& phone);
    /// Lower-cased, punctuation and runs of spaces folded, for comparing addresses.
    static QString normaliseAddress(const QString& address);

private:
    QSqlDatabase m_db;
    const rules::DisposableDomains& m_disposable;
};

} // namespace grapevine::program
