// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvitationTemplate.h"

#include <QRegularExpression>

namespace grapevine::invitations {

namespace {

int fieldIndex(const QString& name)
{
    for (MergeField field : InvitationTemplate::allFields()) {
        if (name.compare(InvitationTemplate::fieldName(field), Qt::CaseInsensitive) == 0)
            return static_cast<int>(field);
    }
    return -1;
}

} // namespace

std::array<MergeField, mergeFieldCount> InvitationTemplate::allFields()
{
    return {MergeField::FirstName, MergeField::LastName, MergeField::ReferralCode, MergeField::Link,
        MergeField::AdvocateReward, MergeField::FriendReward, MergeField::Disclosure, MergeField::BusinessName,
        MergeField::Campaign};
}

QString InvitationTemplate::fieldName(MergeField field)
{
    switch (field) {
    case MergeField::FirstName:
        return QStringLiteral("first_name");
    case MergeField::LastName:
        return QStringLiteral("last_name");
    case MergeField::ReferralCode:
        return QStringLiteral("referral_code");
    case MergeField::Link:
        return QStringLiteral("link");
    case MergeField::AdvocateReward:
        return QStringLiteral("advocate_reward");
    case MergeField::FriendReward:
        return QStringLiteral("friend_reward");
    case MergeField::Disclosure:
        return QStringLiteral("disclosure");
    case MergeField::BusinessName:
        return QStringLiteral("business_name");
    case MergeField::Campaign:
        return QStringLiteral("campaign");
    }
    return {};
}

QString InvitationTemplate::placeholder(MergeField field)
{
    return QLatin1Char('{') + fieldName(field) + QLatin1Char('}');
}

QString InvitationTemplate::fieldLabel(MergeField field)
{
    switch (field) {
    case MergeField::FirstName:
        return tr("First name");
    case MergeField::LastName:
        return tr("Last name");
    case MergeField::ReferralCode:
        return tr("Referral code");
    case MergeField::Link:
        return tr("Personal link");
    case MergeField::AdvocateReward:
        return tr("Advocate's reward");
    case MergeField::FriendReward:
        return tr("Friend's reward");
    case MergeField::Disclosure:
        return tr("Disclosure");
    case MergeField::BusinessName:
        return tr("Business name");
    case MergeField::Campaign:
        return tr("Campaign name");
    }
    return {};
}

QString InvitationTemplate::defaultText()
{
    //: Keep the {names} in braces as they are: they are replaced by each advocate's details.
    return tr("Hi {first_name},\n\n"
              "thank you for recommending {business_name}! When a friend uses your personal link or your "
              "code {referral_code}, they get {friend_reward} and you get {advocate_reward}.\n\n"
              "Your link: {link}\n\n"
              "{disclosure}\n\n"
              "Best wishes,\n"
              "{business_name}");
}

InvitationTemplate::InvitationTemplate(const QString& text)
    : m_text(text)
{
    // Only {word} is a field, so braces in ordinary text ("{ }", JSON, a smiley) stay text.
    static const QRegularExpression fieldPattern(QStringLiteral("\\{([A-Za-z0-9_]+)\\}"));
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = fieldPattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const int field = fieldIndex(match.captured(1));
        if (field < 0) {
            if (!m_unknown.contains(match.captured(0)))
                m_unknown << match.captured(0);
            continue;
        }
        m_segments.push_back({text.mid(from, match.capturedStart() - from), field});
        from = match.capturedEnd();
    }
    m_segments.push_back({text.mid(from), -1});
}

bool InvitationTemplate::usesField(MergeField field) const
{
    for (const Segment& segment : m_segments) {
        if (segment.field == static_cast<int>(field))
            return true;
    }
    return false;
}

QString InvitationTemplate::render(const MergeValues& values) const
{
    QString out;
    out.reserve(m_text.size() + 256);
    for (const Segment& segment : m_segments) {
        out += segment.literal;
        if (segment.field >= 0)
            out += values[static_cast<MergeField>(segment.field)];
    }
    return out;
}

} // namespace grapevine::invitations
