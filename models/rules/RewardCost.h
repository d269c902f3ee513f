// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QtGlobal>

#include "domain/Campaign.h"

namespace grapevine::rules {

/// What a reward costs the business, in minor units: points at the value per point, a
/// percentage discount at its amount on the order it applies to (0 while that order is
/// unknown), a fixed discount, credit or cash at face value, a gift at its stated cost.
/// Half a cent rounds up, as a till would.
qint64 rewardCostMinor(
    domain::RewardKind kind, qint64 value, std::optional<qint64> orderValueMinor, qint64 pointValueMinor);

} // namespace grapevine::rules
