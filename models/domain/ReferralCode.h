// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QRandomGenerator;

namespace grapevine::domain {

/// Personal referral codes a person can say aloud: the first name, a dash, three characters
/// from an alphabet without look-alikes (no 0/O, 1/I/L), e.g. "ANNA-7KQ".
class ReferralCode final
{
    Q_DECLARE_TR_FUNCTIONS(ReferralCode)

public:
    /// Characters of the random part: digits and capitals that cannot be mistaken for another.
    static const QString& alphabet();

    /// A new code for a person with this first name (transliterated to A–Z, at most 8 letters;
    /// "FRIEND" when the name has no Latin letters). Uniqueness is the store's job.
    static QString generate(const QString& firstName, QRandomGenerator& random);

    /// Upper-cased, trimmed, spaces removed: how codes are compared and stored.
    static QString normalise(const QString& code);

    /// A sentence saying what is wrong with the code, or empty when it can be used.
    static QString problem(const QString& code);
};

} // namespace grapevine::domain
