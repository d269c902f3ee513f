// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertColor.h"

#include <QPalette>
#include <QString>

namespace grapevine::ui {

QColor alertColor(const QPalette& palette)
{
    const QColor red(0xd3, 0x2f, 0x2f);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    // Three parts red, two parts text: about 10:1 against white and 4.5:1 against a dark grey.
    constexpr double kText = 0.4;
    const auto mix = [](int a, int b) { return static_cast<int>(a * (1.0 - kText) + b * kText + 0.5); };
    return QColor(mix(red.red(), text.red()), mix(red.green(), text.green()), mix(red.blue(), text.blue()));
}

QString alertStyleSheet(const QPalette& palette)
{
    return QStringLiteral("color: %1; font-weight: bold;").arg(alertColor(palette).name());
}

} // namespace grapevine::ui
