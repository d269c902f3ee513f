// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>

class QHeaderView;

namespace grapevine::ui {

/// Sets the width of each column in turn from `widths`, but never narrower than the column's
/// title with its sort arrow: the widths suit English titles, and German ones run longer.
void setHeaderWidths(QHeaderView* header, std::initializer_list<int> widths);

/// One column's width, at least its title's.
void setHeaderWidth(QHeaderView* header, int logicalIndex, int width);

} // namespace grapevine::ui
