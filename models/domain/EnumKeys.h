// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <iterator>
#include <optional>
#include <utility>

#include <QString>

namespace grapevine::domain {

/// Each enumeration stored in the database specialises this with a table of its TEXT keys, the
/// same keys the schema's CHECK constraints list.
template <typename E>
struct EnumKeys;

/// The database key of an enumeration value ("in_person").
template <typename E>
QString toKey(E value)
{
    for (const auto& [v, key] : EnumKeys<E>::table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

/// The value for a database key, or nothing for a key this build does not know.
template <typename E>
std::optional<E> fromKey(const QString& key)
{
    for (const auto& [v, k] : EnumKeys<E>::table) {
        if (key == QLatin1String(k))
            return v;
    }
    return std::nullopt;
}

/// Every value, in the order users see them.
template <typename E>
auto allValues()
{
    std::array<E, std::size(EnumKeys<E>::table)> values {};
    std::size_t i = 0;
    for (const auto& entry : EnumKeys<E>::table)
        values[i++] = entry.first;
    return values;
}

} // namespace grapevine::domain
