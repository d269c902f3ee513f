// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RewardWording.h"

#include <climits>

#include "domain/Money.h"

namespace grapevine::invitations {

using domain::RewardKind;

QString RewardWording::percent(qint64 basisPoints, const QLocale& locale)
{
    QString text = locale.toString(basisPoints / 100);
    const qint64 fraction = basisPoints % 100;
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(2, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += locale.decimalPoint() + digits;
    }
    return text;
}

QString RewardWording::describe(const domain::RewardOffer& offer, const QString& currency, const QLocale& locale)
{
    const QString description = offer.description.trimmed();
    if (!description.isEmpty())
        return description;
    const QString money = domain::Money(offer.value, currency).format(locale);
    switch (offer.kind) {
    case RewardKind::None:
        return tr("no reward");
    case RewardKind::Points:
        return tr("%Ln point(s)", nullptr, static_cast<int>(qBound(qint64 {0}, offer.value, qint64 {INT_MAX})));
    case RewardKind::StoreCredit:
        //: %1 is an amount of money, e.g. "€10.00 store credit"
        return tr("%1 store credit").arg(money);
    case RewardKind::PercentDiscount:
        //: %1 is a number, e.g. "15% off"
        return tr("%1% off").arg(percent(offer.value, locale));
    case RewardKind::FixedDiscount:
        //: %1 is an amount of money, e.g. "€5.00 off"
        return tr("%1 off").arg(money);
    case RewardKind::Cash:
        //: %1 is an amount of money, e.g. "€25.00 cash"
        return tr("%1 cash").arg(money);
    case RewardKind::Gift:
        //: %1 is an amount of money
        return offer.value > 0 ? tr("a gift worth %1").arg(money) : tr("a gift");
    }
    return {};
}

} // namespace grapevine::invitations
