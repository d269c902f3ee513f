// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusinessSettings.h"

#include <algorithm>

namespace grapevine::domain {

Status BusinessSettings::validate() const
{
    const auto invalid = [](const char* field, const QString& message) {
        return Error {Error::Code::Invalid, message, QString::fromLatin1(field)};
    };
    // QString::isUpper() is true for "123" and "€€€": check for three ASCII capitals.
    const bool isoCode = currency.size() == 3 && std::all_of(currency.begin(), currency.end(), [](QChar c) {
        return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
    });
    if (!isoCode)
        return invalid("currency", tr("The currency must be a three-letter ISO code such as EUR or USD."));
    if (pointValueMinor < 0)
        return invalid("point_value", tr("The value of a point cannot be negative."));
    if (baselineCacMinor < 0)
        return invalid("baseline_cac", tr("The baseline cost per customer cannot be negative."));
    if (responseTargetHours < 1 || responseTargetHours > 24 * 90)
        return invalid("response_target", tr("The response target must be between 1 hour and 90 days."));
    return MentionChannels::validate(mentionChannels);
}

} // namespace grapevine::domain
