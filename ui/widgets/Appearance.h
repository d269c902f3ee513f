// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

namespace grapevine::ui {

/// The window's colours: the system's, or Grapevine's own light or dark palette on Qt's Fusion
/// style. Qt 6.4 follows a dark desktop by itself on macOS only, so on Windows and most Linux
/// desktops a person who wants dark windows chooses them here.
class Appearance final
{
public:
    static QString system() { return QString(); }
    static QString light() { return QStringLiteral("light"); }
    static QString dark() { return QStringLiteral("dark"); }

    /// Applies `mode` (one of the three above; anything else counts as the system's) to the
    /// whole application. Windows made afterwards take it; the caller rebuilds the open ones.
    static void apply(const QString& mode);

    static QPalette lightPalette();
    static QPalette darkPalette();

    /// The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
    static double contrast(const QColor& a, const QColor& b);
};

} // namespace grapevine::ui
