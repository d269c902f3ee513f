// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

namespace grapevine::i18n {

/// The translations embedded in the build (under :/i18n), installed on the running
/// application. Used by the GUI and the CLI alike.
class Translations final
{
public:
    /// Replaces any translators installed before: English first (it carries the plural forms
    /// of the source strings, "1 referral" / "2 referrals"), then the catalogue for `locale`
    /// when there is one, then Qt's own for standard dialogs when `withQt` is set.
    /// A language without a catalogue falls back to English as a whole, never half.
    static void install(const QLocale& locale = QLocale(), bool withQt = true);

    /// Language codes with an embedded catalogue ("en", "de", ...).
    static QStringList availableLanguages();
};

} // namespace grapevine::i18n
