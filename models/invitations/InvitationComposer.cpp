// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvitationComposer.h"

#include "invitations/RewardWording.h"

namespace grapevine::invitations {

namespace {

QString templateOf(const domain::Campaign& campaign)
{
    return campaign.messageTemplate.trimmed().isEmpty() ? InvitationTemplate::defaultText() : campaign.messageTemplate;
}

} // namespace

InvitationComposer::InvitationComposer(
    const domain::Campaign& campaign, const domain::BusinessSettings& business, const QLocale& locale)
    : m_campaign(campaign)
    , m_template(templateOf(campaign))
    , m_link(campaign)
{
    m_shared[MergeField::AdvocateReward] = RewardWording::describe(campaign.advocateReward, business.currency, locale);
    m_shared[MergeField::FriendReward] = RewardWording::describe(campaign.friendReward, business.currency, locale);
    m_shared[MergeField::Disclosure] = campaign.disclosureText.trimmed();
    m_shared[MergeField::BusinessName] = business.businessName.trimmed();
    m_shared[MergeField::Campaign] = campaign.name.trimmed();
}

void InvitationComposer::setTemplateText(const QString& text)
{
    m_template = InvitationTemplate(text);
}

MergeValues InvitationComposer::valuesFor(const Recipient& recipient) const
{
    MergeValues values = m_shared;
    values[MergeField::FirstName] = recipient.firstName;
    values[MergeField::LastName] = recipient.lastName;
    values[MergeField::ReferralCode] = recipient.referralCode;
    values[MergeField::Link] = m_link.forCode(recipient.referralCode);
    return values;
}

} // namespace grapevine::invitations
