// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeenPeople.h"

namespace grapevine::importing {

namespace {

constexpr std::uint64_t kMaskOfMask = (std::uint64_t(1) << SeenPeople::kMaskBits) - 1;

} // namespace

std::uint64_t SeenPeople::key(std::uint64_t hash)
{
    // Never 0 (the empty slot): the lowest key bit is always set.
    return ((hash << SeenPeople::kMaskBits) | (std::uint64_t(1) << SeenPeople::kMaskBits)) & ~kMaskOfMask;
}

std::size_t SeenPeople::slotOf(std::uint64_t k) const
{
    const std::size_t capacity = m_slots.size();
    std::size_t i = static_cast<std::size_t>((k >> kMaskBits) * 0x9E3779B97F4A7C15ULL) & (capacity - 1);
    while (m_slots[i] != 0 && (m_slots[i] & ~kMaskOfMask) != k)
        i = (i + 1) & (capacity - 1);
    return i;
}

bool SeenPeople::find(std::uint64_t hash, std::uint32_t* mask) const
{
    if (m_slots.empty())
        return false;
    const std::uint64_t slot = m_slots[slotOf(key(hash))];
    if (slot == 0)
        return false;
    if (mask)
        *mask = static_cast<std::uint32_t>(slot & kMaskOfMask);
    return true;
}

void SeenPeople::add(std::uint64_t hash, std::uint32_t mask)
{
    if ((m_size + 1) * 10 > m_slots.size() * 7)
        grow();
    const std::uint64_t k = key(hash);
    std::uint64_t& slot = m_slots[slotOf(k)];
    if (slot == 0) {
        slot = k;
        ++m_size;
    }
    slot |= mask & kMaskOfMask;
}

void SeenPeople::grow()
{
    std::vector<std::uint64_t> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
    for (const std::uint64_t slot : old) {
        if (slot != 0)
            m_slots[slotOf(slot & ~kMaskOfMask)] = slot;
    }
}

} // namespace grapevine::importing
