// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QString>

#include "domain/Result.h"

namespace grapevine::invitations {

/// A QR code as a square grid of dark and light modules, made by libqrencode. The grid has no
/// quiet zone: whoever draws it leaves 4 light modules around it.
class QrCode final
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    /// How much of the code may be damaged and still read: about 7, 15, 25 and 30 %.
    enum class Level {
        Low,
        Medium,
        Quartile,
        High
    };

    /// Encodes `text` as UTF-8 in the smallest version that holds it. Empty text, or text too
    /// long for any QR code at `level`, gives an error saying so.
    static Result<QrCode> encode(const QString& text, Level level = Level::Medium);

    /// Modules per side (21 for version 1, 4 more per version up to 177).
    int size() const { return m_size; }
    /// 1–40.
    int version() const { return m_version; }
    bool isDark(int x, int y) const { return m_dark[static_cast<std::size_t>(y) * m_size + x] != 0; }

private:
    QrCode() = default;

    int m_size = 0;
    int m_version = 0;
    std::vector<unsigned char> m_dark;
};

} // namespace grapevine::invitations
