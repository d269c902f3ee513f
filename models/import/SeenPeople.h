// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace grapevine::importing {

/// The people an import has met so far, each with the fields their rows gave: one 64-bit slot
/// per person (a 46-bit hash of the normalised email and an 18-bit field mask) in an open
/// addressing table, 8 to 16 bytes a person where a node-based hash map takes about 40.
/// Two people whose hashes agree share a slot; the import then only looks the second up in
/// the database (where they are told apart by their email), so a collision costs a lookup,
/// never a wrong merge.
class SeenPeople final
{
public:
    static constexpr unsigned kMaskBits = 18;

    /// The mask recorded for `hash` and whether it was there.
    bool find(std::uint64_t hash, std::uint32_t* mask) const;
    /// Adds `mask` to what `hash` gave (recording it if new).
    void add(std::uint64_t hash, std::uint32_t mask);
    std::size_t size() const { return m_size; }

private:
    static std::uint64_t key(std::uint64_t hash);
    std::size_t slotOf(std::uint64_t key) const;
    void grow();

    std::vector<std::uint64_t> m_slots; ///< 0 = empty; key in the high bits, mask in the low
    std::size_t m_size = 0;
};

} // namespace grapevine::importing
