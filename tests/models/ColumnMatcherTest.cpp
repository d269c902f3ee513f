// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "csv/ColumnMatcher.h"

using namespace grapevine::csv;
using F = CustomerField;

namespace {

struct Export
{
    const char* tool;
    QStringList header;
    std::vector<std::pair<F, const char*>> expected; ///< field → the header name it must take
    const char* recognisedAs;
};

std::ostream& operator<<(std::ostream& os, const Export& e)
{
    return os << e.tool;
}

QStringList split(const char* header)
{
    return QString::fromUtf8(header).split(QLatin1Char(','));
}

class ColumnMatcherExports : public ::testing::TestWithParam<Export>
{
};

TEST_P(ColumnMatcherExports, MapsTheUsualColumnsWithoutHelp)
{
    const Export& e = GetParam();
    const ColumnMapping m = ColumnMatcher().match(e.header);
    for (const auto& [field, name] : e.expected) {
        const auto column = m.column(field);
        ASSERT_TRUE(column) << ColumnMatcher::key(field).toStdString() << " not found";
        EXPECT_EQ(e.header.at(*column), QString::fromUtf8(name)) << ColumnMatcher::key(field).toStdString();
    }
    EXPECT_EQ(m.recognisedAs, QString::fromUtf8(e.recognisedAs));
}

INSTANTIATE_TEST_SUITE_P(Tools, ColumnMatcherExports,
    ::testing::Values(
        Export {"Shopify",
            split("First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,Default Address "
                  "Address1,Default Address Address2,Default Address City,Default Address Province Code,Default "
                  "Address Country Code,Default Address Zip,Default Address Phone,Phone,Accepts SMS Marketing,Total "
                  "Spent,Total Orders,Note,Tax Exempt,Tags"),
            {{F::Email, "Email"}, {F::FirstName, "First Name"}, {F::LastName, "Last Name"},
                {F::Consent, "Accepts Email Marketing"}, {F::Phone, "Phone"}, {F::TotalSpent, "Total Spent"},
                {F::OrderCount, "Total Orders"}, {F::Tags, "Tags"}, {F::Notes, "Note"},
                {F::Company, "Default Address Company"}, {F::PostalCode, "Default Address Zip"}},
            "Shopify"},
        Export {"WooCommerce",
            split("ID,Username,Email,First Name,Last Name,Date Registered,Orders,Total Spent,Billing First "
                  "Name,Billing Last Name,Billing Company,Billing Address 1,Billing City,Billing Postcode,Billing "
                  "Country,Billing Email,Billing Phone"),
            {{F::Email, "Email"}, {F::FirstName, "First Name"}, {F::LastName, "Last Name"},
                {F::CreatedAt, "Date Registered"}, {F::OrderCount, "Orders"}, {F::Phone, "Billing Phone"},
                {F::City, "Billing City"}},
            "WooCommerce"},
        Export {"HubSpot",
            split("Record ID,First Name,Last Name,Email,Phone Number,Company Name,Create Date,Lifecycle "
                  "Stage,Marketing contact status"),
            {{F::Email, "Email"}, {F::Phone, "Phone Number"}, {F::Company, "Company Name"},
                {F::CreatedAt, "Create Date"}, {F::Consent, "Marketing contact status"}},
            "HubSpot"},
        Export {"Mailchimp",
            split("Email Address,First Name,Last Name,Address,Phone Number,Birthday,MEMBER_RATING,OPTIN_TIME,"
                  "CONFIRM_TIME,TAGS,NOTES"),
            {{F::Email, "Email Address"}, {F::Address, "Address"}, {F::Tags, "TAGS"}, {F::Notes, "NOTES"},
                {F::CreatedAt, "OPTIN_TIME"}},
            "Mailchimp"},
        Export {"Square",
            split("Reference ID,First Name,Surname,Email Address,Phone Number,Company Name,Creation Source,First "
                  "Visit,Transaction Count,Total Spend,Email Subscription Status,Memo"),
            {{F::LastName, "Surname"}, {F::Email, "Email Address"}, {F::OrderCount, "Transaction Count"},
                {F::TotalSpent, "Total Spend"}, {F::Consent, "Email Subscription Status"}, {F::Notes, "Memo"}},
            "Square"},
        Export {"Stripe", split("id,Description,Email,Name,Created (UTC),Phone,Total Spend,Payment Count"),
            {{F::Email, "Email"}, {F::FullName, "Name"}, {F::CreatedAt, "Created (UTC)"},
                {F::OrderCount, "Payment Count"}, {F::Notes, "Description"}},
            "Stripe"},
        Export {"Klaviyo",
            split("Email,First Name,Last Name,Phone Number,Organization,City,Country,Zip Code,Email Marketing "
                  "Consent,Created"),
            {{F::Company, "Organization"}, {F::PostalCode, "Zip Code"}, {F::Consent, "Email Marketing Consent"},
                {F::CreatedAt, "Created"}},
            "Klaviyo"},
        Export {"Google Contacts",
            split("First Name,Middle Name,Last Name,Phonetic First Name,Organization Name,Notes,Labels,E-mail 1 - "
                  "Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value"),
            {{F::Email, "E-mail 1 - Value"}, {F::Phone, "Phone 1 - Value"}, {F::Tags, "Labels"},
                {F::Company, "Organization Name"}},
            "Google Contacts"},
        Export {"Outlook",
            split("First Name,Middle Name,Last Name,Company,E-mail Address,Business Phone,Mobile Phone,Notes,"
                  "Categories"),
            {{F::Email, "E-mail Address"}, {F::Phone, "Mobile Phone"}, {F::Tags, "Categories"}}, "Outlook"},
        Export {"German spreadsheet", split("Vorname,Nachname,E-Mail-Adresse,Telefon,Firma,PLZ,Ort,Notizen"),
            {{F::FirstName, "Vorname"}, {F::LastName, "Nachname"}, {F::Email, "E-Mail-Adresse"}, {F::Phone, "Telefon"},
                {F::PostalCode, "PLZ"}, {F::City, "Ort"}},
            ""},
        Export {"French spreadsheet", split("Prénom,Nom,Courriel,Téléphone,Société,Parrainé par"),
            {{F::FirstName, "Prénom"}, {F::LastName, "Nom"}, {F::Email, "Courriel"}, {F::Phone, "Téléphone"},
                {F::ReferredBy, "Parrainé par"}},
            ""},
        Export {"Spanish spreadsheet", split("Nombre,Apellidos,Correo electrónico,Teléfono,Empresa,Notas"),
            {{F::FirstName, "Nombre"}, {F::LastName, "Apellidos"}, {F::Email, "Correo electrónico"}}, ""},
        Export {"plain spreadsheet, odd spelling", split("  NAME ,e_mail,phone #,Referral code,nps"),
            {{F::FullName, "  NAME "}, {F::Email, "e_mail"}, {F::Phone, "phone #"}, {F::ReferralCode, "Referral code"},
                {F::NpsScore, "nps"}},
            ""}));

TEST(ColumnMatcher, EachColumnFillsOneFieldAndUnknownOnesNone)
{
    const QStringList header = {QStringLiteral("Email"), QStringLiteral("Billing Email"),
        QStringLiteral("Favourite bread"), QStringLiteral("")};
    const ColumnMapping m = ColumnMatcher().match(header);
    EXPECT_EQ(m.column(F::Email), 0) << "the plain Email column, not the billing one";
    EXPECT_EQ(m.columns.size(), 1u) << "an unknown column is left for the user to map";
    EXPECT_TRUE(m.recognisedAs.isEmpty());
    EXPECT_TRUE(ColumnMatcher().match({}).columns.empty());
}

TEST(ColumnMatcher, NormalisesNamesForComparison)
{
    EXPECT_EQ(ColumnMatcher::normalise(QStringLiteral(" E-mail Address ")), QStringLiteral("emailaddress"));
    EXPECT_EQ(ColumnMatcher::normalise(QString::fromUtf8("Téléphone")), QStringLiteral("telephone"));
    EXPECT_EQ(ColumnMatcher::normalise(QString::fromUtf8("Correo electrónico")), QStringLiteral("correoelectronico"));
    for (int f = 0; f <= static_cast<int>(F::NpsScore); ++f) {
        EXPECT_FALSE(ColumnMatcher::key(static_cast<F>(f)).isEmpty());
        EXPECT_FALSE(ColumnMatcher::fieldName(static_cast<F>(f)).isEmpty());
    }
}

} // namespace
