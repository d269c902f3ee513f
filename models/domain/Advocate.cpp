// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Advocate.h"

#include "Email.h"
#include "ReferralCode.h"

namespace grapevine::domain {

namespace {

Error invalid(const QString& field, const QString& message)
{
    return Error {Error::Code::Invalid, message, field};
}

} // namespace

QString Advocate::displayName() const
{
    const QString name = QString(firstName.trimmed() + QLatin1Char(' ') + lastName.trimmed()).trimmed();
    return name.isEmpty() ? email.trimmed() : name;
}

Status Advocate::validate() const
{
    if (firstName.trimmed().isEmpty() && lastName.trimmed().isEmpty() && email.trimmed().isEmpty())
        return invalid(QStringLiteral("first_name"), tr("Give the advocate a name or an email address."));
    if (!email.trimmed().isEmpty()) {
        const QString problem = Email::problem(email);
        if (!problem.isEmpty())
            return invalid(QStringLiteral("email"), problem);
    }
    if (!referralCode.isEmpty()) {
        const QString problem = ReferralCode::problem(referralCode);
        if (!problem.isEmpty())
            return invalid(QStringLiteral("referral_code"), problem);
    }
    if (npsScore && (*npsScore < 0 || *npsScore > 10))
        return invalid(QStringLiteral("nps_score"), tr("The NPS score must be a whole number from 0 to 10."));
    if (totalSpentMinor < 0)
        return invalid(QStringLiteral("total_spent"), tr("The total spent cannot be negative."));
    if (orderCount < 0)
        return invalid(QStringLiteral("order_count"), tr("The number of orders cannot be negative."));
    if (id != 0 && referredById && *referredById == id)
        return invalid(QStringLiteral("referred_by"), tr("An advocate cannot have referred themselves."));
    for (const QString& tag : tags) {
        if (tag.trimmed().isEmpty())
            return invalid(QStringLiteral("tags"), tr("A tag cannot be empty."));
    }
    return {};
}

QString Advocate::kindName(AdvocateKind kind)
{
    switch (kind) {
    case AdvocateKind::Customer:
        return tr("Customer");
    case AdvocateKind::Partner:
        return tr("Partner");
    case AdvocateKind::Employee:
        return tr("Employee");
    case AdvocateKind::Influencer:
        return tr("Influencer");
    case AdvocateKind::Other:
        return tr("Other");
    }
    return {};
}

QString Advocate::statusName(AdvocateStatus status)
{
    switch (status) {
    case AdvocateStatus::Active:
        return tr("Active");
    case AdvocateStatus::Inactive:
        return tr("Inactive");
    case AdvocateStatus::Erased:
        return tr("Erased");
    }
    return {};
}

} // namespace grapevine::domain
