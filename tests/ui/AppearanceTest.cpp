// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QPalette>

#include "widgets/AlertColor.h"
#include "widgets/Appearance.h"

using namespace grapevine;
using ui::Appearance;

namespace {

struct Pair
{
    const char* what;
    QColor front;
    QColor back;
};

/// Every text on its background, as the windows draw them, at WCAG AA for normal text.
void expectReadable(const char* name, const QPalette& p)
{
    const Pair pairs[] = {
        {"window text", p.color(QPalette::WindowText), p.color(QPalette::Window)},
        {"text", p.color(QPalette::Text), p.color(QPalette::Base)},
        {"text on alternate rows", p.color(QPalette::Text), p.color(QPalette::AlternateBase)},
        {"placeholder", p.color(QPalette::PlaceholderText), p.color(QPalette::Base)},
        {"button text", p.color(QPalette::ButtonText), p.color(QPalette::Button)},
        {"selected text", p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)},
        {"link", p.color(QPalette::Link), p.color(QPalette::Base)},
        {"tooltip", p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase)},
        {"alert on a field", ui::alertColor(p), p.color(QPalette::Base)},
        {"alert on the window", ui::alertColor(p), p.color(QPalette::Window)},
        {"caution on a field", ui::cautionColor(p), p.color(QPalette::Base)},
        {"caution on the window", ui::cautionColor(p), p.color(QPalette::Window)},
    };
    for (const Pair& pair : pairs) {
        EXPECT_GE(Appearance::contrast(pair.front, pair.back), 4.5)
            << name << ": " << pair.what << " " << pair.front.name().toStdString() << " on "
            << pair.back.name().toStdString();
    }
    // Greyed-out text need not meet AA, but must still be seen.
    EXPECT_GE(Appearance::contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base)), 2.5) << name;
}

TEST(Appearance, ContrastIsMeasuredAsWcagDoes)
{
    EXPECT_NEAR(Appearance::contrast(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(Appearance::contrast(Qt::white, Qt::white), 1.0, 0.001);
    EXPECT_NEAR(Appearance::contrast(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
}

TEST(Appearance, BothPalettesAreReadable)
{
    expectReadable("light", Appearance::lightPalette());
    expectReadable("dark", Appearance::darkPalette());
    EXPECT_LT(Appearance::darkPalette().color(QPalette::Window).lightness(), 128) << "charts pick their dark theme";
    EXPECT_GT(Appearance::lightPalette().color(QPalette::Window).lightness(), 128);
}

} // namespace
