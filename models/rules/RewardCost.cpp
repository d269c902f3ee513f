// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RewardCost.h"

namespace grapevine::rules {

using domain::RewardKind;

qint64 rewardCostMinor(RewardKind kind, qint64 value, std::optional<qint64> orderValueMinor, qint64 pointValueMinor)
{
    switch (kind) {
    case RewardKind::None:
        return 0;
    case RewardKind::Points:
        return value * pointValueMinor;
    case RewardKind::PercentDiscount:
        // value is in basis points: 1500 = 15 %.
        return orderValueMinor ? (*orderValueMinor * value + 5000) / 10000 : 0;
    case RewardKind::StoreCredit:
    case RewardKind::FixedDiscount:
    case RewardKind::Cash:
    case RewardKind::Gift:
        return value;
    }
    return 0;
}

} // namespace grapevine::rules
