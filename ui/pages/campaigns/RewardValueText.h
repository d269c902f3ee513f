// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include "domain/Campaign.h"

namespace grapevine::ui {

/// How a reward value is typed and shown, by kind: points as a whole number, a percentage
/// with up to two decimals (stored as basis points), every other kind as money.
class RewardValueText final
{
    Q_DECLARE_TR_FUNCTIONS(RewardValueText)

public:
    /// What the number is counted in: the currency code, "%" or "points"; empty for no reward.
    static QString unit(domain::RewardKind kind, const QString& currency);
    static QString format(
        domain::RewardKind kind, qint64 value, const QString& currency, const QLocale& locale = QLocale());
    /// The stored value of `text`; empty text is 0; nothing when it cannot be read.
    static std::optional<qint64> parse(
        domain::RewardKind kind, const QString& text, const QString& currency, const QLocale& locale = QLocale());
    /// What to tell the user when parse() gave nothing.
    static QString problem(domain::RewardKind kind, const QString& currency, const QLocale& locale = QLocale());
};

} // namespace grapevine::ui
