// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include "ImportTypes.h"
#include "csv/ColumnMatcher.h"
#include "csv/CsvReader.h"
#include "csv/ValueParsers.h"

namespace grapevine::importing {

/// One row of a customer file in advocate terms. A field the file left empty (or has no
/// column for) is empty / unset here: an import never blanks what it was not given.
struct CustomerRecord
{
    QString email; ///< as written, trimmed
    QString emailNorm;
    QString firstName;
    QString lastName;
    QString phone;
    QString company;
    QString address; ///< street, "postcode city" and country on their own lines
    QString notes;
    QStringList tags;
    std::optional<bool> consent;
    std::optional<qint64> totalSpentMinor;
    std::optional<qint64> orderCount;
    QDateTime createdAt; ///< UTC; invalid when not given
    QString referralCode; ///< normalised
    QString referredBy; ///< the referrer's e-mail or code, as written
    std::optional<int> npsScore;
};

/// Reads rows of a customer file into CustomerRecords, checking each value; a row with a
/// value that cannot be taken as it is, is rejected with every reason, never half-read.
class CustomerRowParser final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRowParser)

public:
    CustomerRowParser(
        QStringList header, const csv::ColumnMapping& mapping, csv::DateOrder dateOrder, csv::MoneyFormat money);

    /// Fills `out` and returns no issues, or returns why the row cannot be imported.
    std::vector<ImportIssue> parse(const csv::CsvRow& row, CustomerRecord& out) const;

    /// Yes/no words of the common exports ("yes", "subscribed", "Marketing contact", "ja"…);
    /// nothing when the word means neither.
    static std::optional<bool> parseConsent(const QString& text);
    /// A cell as the user meant it: trimmed, and without the apostrophe that a CSV export puts
    /// before text a spreadsheet would run as a formula ("'=1+2" is "=1+2").
    static QString cleanCell(const QString& text);
    /// Tags as written in one cell: split at commas or semicolons, trimmed, each once.
    static QStringList splitTags(const QString& text);

private:
    QString cell(const csv::CsvRow& row, csv::CustomerField field) const;
    QString columnName(csv::CustomerField field) const;

    QStringList m_header;
    std::vector<std::optional<int>> m_columns; ///< per CustomerField
    csv::DateOrder m_dateOrder;
    csv::MoneyFormat m_money;
};

} // namespace grapevine::importing
