// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace grapevine::ui {

namespace {

/// Each role's colour in the light and the dark palette: the brand's purple for selections and
/// links on quiet, slightly violet greys.
struct RoleColours
{
    QPalette::ColorGroup group;
    QPalette::ColorRole role;
    QRgb light;
    QRgb dark;
};

constexpr QPalette::ColorGroup kAll = QPalette::All;
constexpr QPalette::ColorGroup kDisabled = QPalette::Disabled;

const RoleColours kRoles[] = {
    {kAll, QPalette::Window, 0xf3f2f5, 0x2b2a30},
    {kAll, QPalette::WindowText, 0x1d1b20, 0xe8e6ea},
    {kAll, QPalette::Base, 0xffffff, 0x1f1e23},
    {kAll, QPalette::AlternateBase, 0xf6f4f8, 0x29282e},
    {kAll, QPalette::Text, 0x1d1b20, 0xe8e6ea},
    {kAll, QPalette::PlaceholderText, 0x6b6870, 0x9d9aa3},
    {kAll, QPalette::Button, 0xecebef, 0x38373e},
    {kAll, QPalette::ButtonText, 0x1d1b20, 0xe8e6ea},
    {kAll, QPalette::Highlight, 0x7b3fa0, 0x8e52b5},
    {kAll, QPalette::HighlightedText, 0xffffff, 0xffffff},
    {kAll, QPalette::Link, 0x6a2f91, 0xc59be8},
    {kAll, QPalette::LinkVisited, 0x552575, 0xb084d6},
    {kAll, QPalette::ToolTipBase, 0xfffde7, 0x3a3940},
    {kAll, QPalette::ToolTipText, 0x1d1b20, 0xe8e6ea},
    {kAll, QPalette::Light, 0xffffff, 0x4a4950},
    {kAll, QPalette::Midlight, 0xe3e1e6, 0x3e3d44},
    {kAll, QPalette::Mid, 0xc8c4cc, 0x5a5960},
    {kAll, QPalette::Dark, 0xa09ca6, 0x1a191e},
    {kAll, QPalette::Shadow, 0x6e6b73, 0x0e0e10},
    {kAll, QPalette::BrightText, 0xffffff, 0xff8a8a},
    {kDisabled, QPalette::WindowText, 0x8e8b93, 0x85828b},
    {kDisabled, QPalette::Text, 0x8e8b93, 0x85828b},
    {kDisabled, QPalette::ButtonText, 0x8e8b93, 0x85828b},
    {kDisabled, QPalette::Highlight, 0xc8c4cc, 0x5a5960},
    {kDisabled, QPalette::HighlightedText, 0x8e8b93, 0x85828b},
};

QPalette paletteFor(bool dark)
{
    QPalette palette;
    // Every group first, then the disabled one over it.
    for (const RoleColours& c : kRoles)
        palette.setColor(c.group, c.role, QColor::fromRgb(dark ? c.dark : c.light));
    return palette;
}

double luminance(const QColor& colour)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

QPalette Appearance::lightPalette()
{
    return paletteFor(false);
}

QPalette Appearance::darkPalette()
{
    return paletteFor(true);
}

void Appearance::apply(const QString& mode)
{
    // What the system gave, kept from before Grapevine first changed anything.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    static bool changed = false;
    if (mode == light() || mode == dark()) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(mode == dark() ? darkPalette() : lightPalette());
        changed = true;
    } else if (changed) {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        changed = false;
    }
}

double Appearance::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace grapevine::ui
