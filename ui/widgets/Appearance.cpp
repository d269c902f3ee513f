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

struct Colours
{
    QColor window, windowText, base, alternateBase, text, placeholder, button, buttonText, highlight, highlightedText,
        link, linkVisited, toolTipBase, toolTipText, light, midlight, mid, dark, shadow, disabledText, brightText;
};

QPalette paletteOf(const Colours& c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.windowText);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.buttonText);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.linkVisited);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.toolTipText);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.midlight);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Shadow, c.shadow);
    p.setColor(QPalette::BrightText, c.brightText);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledText);
    return p;
}

double luminance(const QColor& colour)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

QPalette Appearance::lightPalette()
{
    // The brand's purple for selections and links on quiet, slightly violet greys.
    return paletteOf({QColor(0xf3, 0xf2, 0xf5), QColor(0x1d, 0x1b, 0x20), QColor(0xff, 0xff, 0xff),
        QColor(0xf6, 0xf4, 0xf8), QColor(0x1d, 0x1b, 0x20), QColor(0x6b, 0x68, 0x70), QColor(0xec, 0xeb, 0xef),
        QColor(0x1d, 0x1b, 0x20), QColor(0x7b, 0x3f, 0xa0), QColor(0xff, 0xff, 0xff), QColor(0x6a, 0x2f, 0x91),
        QColor(0x55, 0x25, 0x75), QColor(0xff, 0xfd, 0xe7), QColor(0x1d, 0x1b, 0x20), QColor(0xff, 0xff, 0xff),
        QColor(0xe3, 0xe1, 0xe6), QColor(0xc8, 0xc4, 0xcc), QColor(0xa0, 0x9c, 0xa6), QColor(0x6e, 0x6b, 0x73),
        QColor(0x8e, 0x8b, 0x93), QColor(0xff, 0xff, 0xff)});
}

QPalette Appearance::darkPalette()
{
    return paletteOf({QColor(0x2b, 0x2a, 0x30), QColor(0xe8, 0xe6, 0xea), QColor(0x1f, 0x1e, 0x23),
        QColor(0x29, 0x28, 0x2e), QColor(0xe8, 0xe6, 0xea), QColor(0x9d, 0x9a, 0xa3), QColor(0x38, 0x37, 0x3e),
        QColor(0xe8, 0xe6, 0xea), QColor(0x8e, 0x52, 0xb5), QColor(0xff, 0xff, 0xff), QColor(0xc5, 0x9b, 0xe8),
        QColor(0xb0, 0x84, 0xd6), QColor(0x3a, 0x39, 0x40), QColor(0xe8, 0xe6, 0xea), QColor(0x4a, 0x49, 0x50),
        QColor(0x3e, 0x3d, 0x44), QColor(0x5a, 0x59, 0x60), QColor(0x1a, 0x19, 0x1e), QColor(0x0e, 0x0e, 0x10),
        QColor(0x85, 0x82, 0x8b), QColor(0xff, 0x8a, 0x8a)});
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
