// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertColor.h"

#include <QPalette>
#include <QString>

namespace grapevine::ui {

namespace {

QColor towardsText(const QColor& colour, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    // Three parts colour, two parts text: about 10:1 against white and 4.5:1 against a dark grey.
    constexpr double kText = 0.4;
    const auto mix = [](int a, int b) { return static_cast<int>(a * (1.0 - kText) + b * kText + 0.5); };
    return QColor(mix(colour.red(), text.red()), mix(colour.green(), text.green()), mix(colour.blue(), text.blue()));
}

} // namespace

QColor alertColor(const QPalette& palette)
{
    return towardsText(QColor(0xd3, 0x2f, 0x2f), palette);
}

QColor cautionColor(const QPalette& palette)
{
    return towardsText(QColor(0xc2, 0x74, 0x0c), palette);
}

QString cautionStyleSheet(const QPalette& palette)
{
    return QStringLiteral("color: %1;").arg(cautionColor(palette).name());
}

QString alertStyleSheet(const QPalette& palette)
{
    return QStringLiteral("color: %1; font-weight: bold;").arg(alertColor(palette).name());
}

} // namespace grapevine::ui
