// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <climits>

#include <QtGlobal>

namespace grapevine::ui {

/// tr()'s plural forms take an int, and a count of rows can be larger than one holds.
inline int clampCount(qint64 n)
{
    return static_cast<int>(qBound(qint64 {0}, n, qint64 {INT_MAX}));
}

} // namespace grapevine::ui
