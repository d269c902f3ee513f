// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "MentionChannels.h"
#include "Result.h"

namespace grapevine::domain {

/// Settings that belong to the business, so they travel with its database file.
struct BusinessSettings
{
    Q_DECLARE_TR_FUNCTIONS(BusinessSettings)

public:
    QString businessName;
    QString currency = QStringLiteral("USD"); ///< ISO 4217
    qint64 pointValueMinor = 1; ///< what one loyalty point costs the business
    qint64 baselineCacMinor = 0; ///< cost to acquire a customer through paid channels
    int responseTargetHours = 24; ///< negative mentions should be answered within this
    QList<MentionChannel> mentionChannels = MentionChannels::defaults(); ///< offered when a mention is logged

    Status validate() const;

    friend bool operator==(const BusinessSettings& a, const BusinessSettings& b)
    {
        return a.businessName == b.businessName && a.currency == b.currency && a.pointValueMinor == b.pointValueMinor
            && a.baselineCacMinor == b.baselineCacMinor && a.responseTargetHours == b.responseTargetHours
            && a.mentionChannels == b.mentionChannels;
    }
};

} // namespace grapevine::domain
