// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMatcher.h"

#include <algorithm>

#include <QFile>
#include <QSet>

namespace grapevine::csv {

namespace {

struct FieldKey
{
    CustomerField field;
    const char* key;
};

const FieldKey kKeys[] = {{CustomerField::Email, "email"}, {CustomerField::FirstName, "first_name"},
    {CustomerField::LastName, "last_name"}, {CustomerField::FullName, "full_name"}, {CustomerField::Phone, "phone"},
    {CustomerField::Company, "company"}, {CustomerField::Address, "address"}, {CustomerField::City, "city"},
    {CustomerField::PostalCode, "postal_code"}, {CustomerField::Country, "country"}, {CustomerField::Tags, "tags"},
    {CustomerField::Notes, "notes"}, {CustomerField::Consent, "consent"}, {CustomerField::TotalSpent, "total_spent"},
    {CustomerField::OrderCount, "order_count"}, {CustomerField::CreatedAt, "created_at"},
    {CustomerField::ReferralCode, "referral_code"}, {CustomerField::ReferredBy, "referred_by"},
    {CustomerField::NpsScore, "nps_score"}};

/// Columns only one tool writes, to say which export a file is (all must be present).
struct Signature
{
    const char* tool;
    std::initializer_list<const char*> columns;
};

const Signature kSignatures[] = {
    {"Shopify", {"Accepts Email Marketing", "Default Address Zip"}},
    {"Shopify", {"Accepts Marketing", "Total Orders", "Tax Exempt"}},
    {"WooCommerce", {"Username", "Date Registered"}},
    {"WooCommerce", {"Billing First Name", "Billing Email"}},
    {"HubSpot", {"Record ID", "Lifecycle Stage"}},
    {"Mailchimp", {"Email Address", "MEMBER_RATING"}},
    {"Mailchimp", {"Email Address", "OPTIN_TIME"}},
    {"Square", {"Reference ID", "Creation Source"}},
    {"Square", {"Surname", "Transaction Count"}},
    {"Stripe", {"Created (UTC)", "Payment Count"}},
    {"Stripe", {"id", "Created (UTC)", "Email"}},
    {"Klaviyo", {"Email Marketing Consent"}},
    {"Klaviyo", {"Klaviyo ID"}},
    {"Google Contacts", {"E-mail 1 - Value"}},
    {"Outlook", {"E-mail Address", "Mobile Phone", "Business Phone"}},
};

} // namespace

std::optional<int> ColumnMapping::column(CustomerField field) const
{
    for (const auto& [f, c] : columns) {
        if (f == field)
            return c;
    }
    return std::nullopt;
}

void ColumnMapping::set(CustomerField field, std::optional<int> column)
{
    columns.erase(
        std::remove_if(columns.begin(), columns.end(), [&](const auto& p) { return p.first == field; }), columns.end());
    if (column)
        columns.emplace_back(field, *column);
}

QString ColumnMatcher::normalise(const QString& name)
{
    return FieldMatcher::normalise(name);
}

QString ColumnMatcher::key(CustomerField field)
{
    for (const FieldKey& k : kKeys) {
        if (k.field == field)
            return QString::fromLatin1(k.key);
    }
    return {};
}

QString ColumnMatcher::fieldName(CustomerField field)
{
    switch (field) {
    case CustomerField::Email:
        return tr("E-mail");
    case CustomerField::FirstName:
        return tr("First name");
    case CustomerField::LastName:
        return tr("Last name");
    case CustomerField::FullName:
        return tr("Full name");
    case CustomerField::Phone:
        return tr("Phone");
    case CustomerField::Company:
        return tr("Company");
    case CustomerField::Address:
        return tr("Address");
    case CustomerField::City:
        return tr("City");
    case CustomerField::PostalCode:
        return tr("Postal code");
    case CustomerField::Country:
        return tr("Country");
    case CustomerField::Tags:
        return tr("Tags");
    case CustomerField::Notes:
        return tr("Notes");
    case CustomerField::Consent:
        return tr("Marketing consent");
    case CustomerField::TotalSpent:
        return tr("Total spent");
    case CustomerField::OrderCount:
        return tr("Number of orders");
    case CustomerField::CreatedAt:
        return tr("Customer since");
    case CustomerField::ReferralCode:
        return tr("Referral code");
    case CustomerField::ReferredBy:
        return tr("Referred by");
    case CustomerField::NpsScore:
        return tr("NPS score");
    }
    return {};
}

ColumnMatcher::ColumnMatcher()
    : m_matcher(QStringLiteral(":/import/customer-columns.txt"), []() {
        QStringList keys;
        for (const FieldKey& k : kKeys)
            keys << QString::fromLatin1(k.key);
        return keys;
    }())
{ }

ColumnMapping ColumnMatcher::match(const QStringList& header) const
{
    ColumnMapping mapping;
    for (const auto& match : m_matcher.match(header)) {
        const QString& key = match.first; // a structured binding cannot be captured before C++20
        const auto field = std::find_if(
            std::begin(kKeys), std::end(kKeys), [&](const FieldKey& k) { return key == QLatin1String(k.key); });
        if (field != std::end(kKeys))
            mapping.set(field->field, match.second);
    }
    QSet<QString> names;
    for (const QString& h : header)
        names.insert(normalise(h));
    for (const Signature& s : kSignatures) {
        if (std::all_of(s.columns.begin(), s.columns.end(),
                [&](const char* column) { return names.contains(normalise(QString::fromLatin1(column))); })) {
            mapping.recognisedAs = QString::fromLatin1(s.tool);
            break;
        }
    }
    return mapping;
}

} // namespace grapevine::csv
