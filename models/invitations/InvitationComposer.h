// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include "domain/BusinessSettings.h"
#include "domain/Campaign.h"
#include "invitations/InvitationRecipients.h"
#include "invitations/InvitationTemplate.h"
#include "invitations/PersonalLink.h"

namespace grapevine::invitations {

/// Everything one campaign's invitations share (template, link, reward wording, disclosure,
/// business name), worked out once; then each advocate's message is a cheap merge. A value
/// type: copy it to a worker thread.
class InvitationComposer final
{
public:
    /// Uses the campaign's own template, or the default one when it has none.
    InvitationComposer(
        const domain::Campaign& campaign, const domain::BusinessSettings& business, const QLocale& locale = QLocale());

    /// Replaces the template (the one being edited, not yet saved).
    void setTemplateText(const QString& text);

    const InvitationTemplate& messageTemplate() const { return m_template; }
    const PersonalLink& link() const { return m_link; }
    const domain::Campaign& campaign() const { return m_campaign; }
    QString advocateReward() const { return m_shared[MergeField::AdvocateReward]; }
    QString friendReward() const { return m_shared[MergeField::FriendReward]; }

    MergeValues valuesFor(const Recipient& recipient) const;
    QString messageFor(const Recipient& recipient) const { return m_template.render(valuesFor(recipient)); }
    QString linkFor(const Recipient& recipient) const { return m_link.forCode(recipient.referralCode); }

private:
    domain::Campaign m_campaign;
    InvitationTemplate m_template;
    PersonalLink m_link;
    MergeValues m_shared;
};

} // namespace grapevine::invitations
