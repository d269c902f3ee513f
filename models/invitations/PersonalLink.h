// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include "domain/Campaign.h"

namespace grapevine::invitations {

/// An advocate's own link to a campaign: its landing page with `ref=<code>` and the campaign's
/// utm_source / utm_medium / utm_campaign, so a visit is attributed to both. Query items the
/// landing page already has are kept; ours replace any of the same name.
class PersonalLink final
{
    Q_DECLARE_TR_FUNCTIONS(PersonalLink)

public:
    explicit PersonalLink(const domain::Campaign& campaign);

    bool isAvailable() const { return m_problem.isEmpty(); }
    /// Why there is no link (no or a malformed landing page), in words that say what to do.
    QString unavailableReason() const { return m_problem; }
    /// The link for one referral code, fully percent-encoded; empty when unavailable.
    QString forCode(const QString& referralCode) const;
    /// The landing page as it will be used (scheme added when it was left out), for display.
    QUrl landingPage() const { return m_landing; }

private:
    QUrl m_landing;
    QString m_problem;
    QString m_before; ///< the finished link up to the code
    QString m_after; ///< and after it (a #fragment)
};

} // namespace grapevine::invitations
