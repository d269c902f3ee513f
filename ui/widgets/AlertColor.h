// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace grapevine::ui {

/// The red of overdue items and field errors, made from the palette: a fixed red mixed with the
/// palette's text colour, so it darkens on a light background and lightens on a dark one and
/// stays readable on both.
QColor alertColor(const QPalette& palette);

/// `alertColor` as a style sheet rule for a label ("color: #9e2a2a; font-weight: bold;").
QString alertStyleSheet(const QPalette& palette);

/// The amber of warnings that need no action, made from the palette as `alertColor` is.
QColor cautionColor(const QPalette& palette);

/// `cautionColor` as a style sheet rule for a label ("color: #7c4d14;").
QString cautionStyleSheet(const QPalette& palette);

} // namespace grapevine::ui
