// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

namespace grapevine {

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace grapevine
