// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace grapevine::domain {

/// Email addresses: the normalised form is a person's identity, the original is shown.
class Email final
{
    Q_DECLARE_TR_FUNCTIONS(Email)

public:
    /// Trims, lower-cases and removes invisible characters (zero-width spaces, joiners, BOMs,
    /// soft hyphens, directional marks) and every kind of space, including non-breaking ones.
    static QString normalise(const QString& email);

    /// True when the normalised address looks deliverable: one @, a non-empty local part of at
    /// most 64 characters, a domain with a dot and no empty labels, no spaces or control characters.
    static bool isValid(const QString& email);

    /// A sentence saying what is wrong with `email`, or an empty string when it is valid.
    static QString problem(const QString& email);
};

} // namespace grapevine::domain
