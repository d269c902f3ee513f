// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "FieldMatcher.h"

namespace grapevine::csv {

/// What a column of a customers file can fill in an advocate.
enum class CustomerField {
    Email,
    FirstName,
    LastName,
    FullName, ///< "Name": split into first and last when there are no separate columns
    Phone,
    Company,
    Address,
    City,
    PostalCode,
    Country,
    Tags,
    Notes,
    Consent, ///< accepts marketing / subscribed / opted in
    TotalSpent,
    OrderCount,
    CreatedAt,
    ReferralCode,
    ReferredBy, ///< the referrer's e-mail or referral code
    NpsScore,
};

/// The column chosen for each field, by index into the header (nothing: not in the file).
struct ColumnMapping
{
    std::vector<std::pair<CustomerField, int>> columns;
    std::optional<int> column(CustomerField field) const;
    void set(CustomerField field, std::optional<int> column);
    /// The export it looks like ("Shopify", "Mailchimp", …), for the wizard to say; empty when unsure.
    QString recognisedAs;
};

/// Maps the header of a customers export to advocate fields without the user touching it:
/// the names the common exports use (Shopify, WooCommerce, HubSpot, Mailchimp, Square,
/// Stripe, Klaviyo, Google and Outlook contacts, plain spreadsheets) in English, German,
/// French, Spanish, Dutch and Italian, read from resources/import/customer-columns.txt.
/// Names are compared without case, accents, spaces or punctuation, so "E-mail Address",
/// "email_address" and "E-Mail-Adresse" all meet their entry.
class ColumnMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMatcher)

public:
    ColumnMatcher();

    ColumnMapping match(const QStringList& header) const;

    static QString fieldName(CustomerField field);
    static QString key(CustomerField field); ///< "email", "first_name": as in the synonyms file
    static QString normalise(const QString& name);

private:
    FieldMatcher m_matcher;
};

} // namespace grapevine::csv
