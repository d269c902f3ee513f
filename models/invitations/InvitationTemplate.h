// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <vector>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace grapevine::invitations {

/// The merge fields a message can use, in the order the editor offers them.
enum class MergeField {
    FirstName,
    LastName,
    ReferralCode,
    Link,
    AdvocateReward,
    FriendReward,
    Disclosure,
    BusinessName,
    Campaign
};
constexpr int mergeFieldCount = 9;

/// The text each merge field stands for in one message.
class MergeValues final
{
public:
    QString& operator[](MergeField field) { return m_values[static_cast<std::size_t>(field)]; }
    const QString& operator[](MergeField field) const { return m_values[static_cast<std::size_t>(field)]; }

private:
    std::array<QString, mergeFieldCount> m_values;
};

/// A personal message with {first_name}-style fields. Parsed once, so rendering a million
/// messages is a string join. Field names match case-insensitively; a {name} that is not a
/// field stays in the text as typed and is reported by unknownFields().
class InvitationTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(InvitationTemplate)

public:
    explicit InvitationTemplate(const QString& text);

    const QString& text() const { return m_text; }
    QString render(const MergeValues& values) const;
    /// Each unknown "{name}" once, as typed, in order of appearance (for the editor's warning).
    const QStringList& unknownFields() const { return m_unknown; }
    bool usesField(MergeField field) const;

    /// "first_name" … the name between the braces.
    static QString fieldName(MergeField field);
    /// "{first_name}" … as inserted into a template.
    static QString placeholder(MergeField field);
    /// "First name" … for menus.
    static QString fieldLabel(MergeField field);
    static std::array<MergeField, mergeFieldCount> allFields();
    /// A friendly message that uses every field, for campaigns without their own.
    static QString defaultText();

private:
    struct Segment
    {
        QString literal;
        int field = -1; ///< a MergeField after the literal, or -1
    };

    QString m_text;
    std::vector<Segment> m_segments;
    QStringList m_unknown;
};

} // namespace grapevine::invitations
