// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RewardValueText.h"

#include <cmath>

#include "domain/Money.h"

namespace grapevine::ui {

using domain::RewardKind;

QString RewardValueText::unit(RewardKind kind, const QString& currency)
{
    switch (kind) {
    case RewardKind::None:
        return {};
    case RewardKind::Points:
        return tr("points");
    case RewardKind::PercentDiscount:
        return QStringLiteral("%");
    default:
        return currency;
    }
}

QString RewardValueText::format(RewardKind kind, qint64 value, const QString& currency, const QLocale& locale)
{
    switch (kind) {
    case RewardKind::None:
        return {};
    case RewardKind::Points:
        return locale.toString(value);
    case RewardKind::PercentDiscount: {
        const int decimals = value % 100 == 0 ? 0 : (value % 10 == 0 ? 1 : 2);
        return locale.toString(static_cast<double>(value) / 100.0, 'f', decimals);
    }
    default:
        return domain::Money(value, currency).formatAmount(locale);
    }
}

std::optional<qint64> RewardValueText::parse(
    RewardKind kind, const QString& text, const QString& currency, const QLocale& locale)
{
    QString typed = text.trimmed();
    if (typed.isEmpty() || kind == RewardKind::None)
        return 0;
    bool ok = false;
    switch (kind) {
    case RewardKind::Points: {
        // Negative numbers are read, so that validation can say what is wrong with them.
        const qint64 points = locale.toLongLong(typed, &ok);
        return ok ? std::optional<qint64>(points) : std::nullopt;
    }
    case RewardKind::PercentDiscount: {
        if (typed.endsWith(QLatin1Char('%')) || typed.endsWith(locale.percent()))
            typed = typed.chopped(1).trimmed();
        const double percent = locale.toDouble(typed, &ok);
        if (!ok || !std::isfinite(percent))
            return std::nullopt;
        const double basisPoints = percent * 100.0;
        const qint64 rounded = std::llround(basisPoints);
        // More than two decimals cannot be stored; refusing beats rounding behind the user's back.
        if (std::abs(basisPoints - static_cast<double>(rounded)) > 1e-6)
            return std::nullopt;
        return rounded;
    }
    default: {
        const auto money = domain::Money::parse(typed, currency, locale);
        return money ? std::optional<qint64>(money->minor()) : std::nullopt;
    }
    }
}

QString RewardValueText::problem(RewardKind kind, const QString& currency, const QLocale& locale)
{
    switch (kind) {
    case RewardKind::Points:
        return tr("Enter a whole number of points, e.g. %1.").arg(locale.toString(500));
    case RewardKind::PercentDiscount:
        return tr("Enter a percentage from 0 to 100 with at most two decimals, e.g. %1.")
            .arg(locale.toString(12.5, 'f', 1));
    default:
        return tr("Enter an amount of money, e.g. %1.").arg(domain::Money(1050, currency).formatAmount(locale));
    }
}

} // namespace grapevine::ui
