// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerRowParser.h"

#include <utility>

#include <QSet>

#include "domain/Email.h"
#include "domain/ReferralCode.h"

namespace grapevine::importing {

using csv::CustomerField;

namespace {

constexpr int kFieldCount = static_cast<int>(CustomerField::NpsScore) + 1;

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

/// A whole number of 0 or more, as a spreadsheet may write it ("12", "12.0", "1,234").
std::optional<qint64> parseCount(const QString& text)
{
    QString t = text;
    t.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QLatin1Char('\''));
    if (t.endsWith(QLatin1String(".0")))
        t.chop(2);
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

} // namespace

CustomerRowParser::CustomerRowParser(
    QStringList header, const csv::ColumnMapping& mapping, csv::DateOrder dateOrder, csv::MoneyFormat money)
    : m_header(std::move(header))
    , m_columns(kFieldCount)
    , m_dateOrder(dateOrder)
    , m_money(money)
{
    for (const auto& [field, column] : mapping.columns)
        m_columns[static_cast<size_t>(field)] = column;
}

QString CustomerRowParser::cleanCell(const QString& text)
{
    QString t = text.trimmed();
    if (t.size() >= 2 && t.at(0) == QLatin1Char('\'') && isFormulaStart(t.at(1)))
        t.remove(0, 1);
    return t;
}

QStringList CustomerRowParser::splitTags(const QString& text)
{
    QStringList out;
    QSet<QString> seen;
    if (text.isEmpty())
        return out;
    // Google Contacts writes "* myContacts ::: VIP" (starred ones are its own labels), Mailchimp
    // "\"vip\",\"newsletter\"", Outlook "VIP;Friends".
    QString separated = text;
    separated.replace(QLatin1Char(';'), QLatin1Char(',')).replace(QLatin1String(":::"), QLatin1String(","));
    for (const QString& part : separated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString tag = part.simplified();
        if (tag.size() >= 2 && tag.startsWith(QLatin1Char('"')) && tag.endsWith(QLatin1Char('"')))
            tag = tag.mid(1, tag.size() - 2).simplified();
        if (tag.startsWith(QLatin1String("* ")))
            continue;
        if (!tag.isEmpty() && !seen.contains(tag.toCaseFolded())) {
            seen.insert(tag.toCaseFolded());
            out << tag;
        }
    }
    return out;
}

std::optional<bool> CustomerRowParser::parseConsent(const QString& text)
{
    QString t = text.trimmed().toCaseFolded();
    t.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    t = t.simplified();
    static const QSet<QString> yes
        = {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("x"),
            QStringLiteral("subscribed"), QStringLiteral("opted in"), QStringLiteral("opt in"),
            QStringLiteral("marketing contact"), QStringLiteral("accepted"), QStringLiteral("granted"),
            QStringLiteral("confirmed"), QStringLiteral("ja"), QStringLiteral("wahr"), QStringLiteral("oui"),
            QStringLiteral("vrai"), QStringLiteral("sí"), QStringLiteral("si"), QStringLiteral("verdadero"),
            QStringLiteral("waar"), QStringLiteral("vero"), QStringLiteral("✓"), QStringLiteral("✔")};
    static const QSet<QString> no = {QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
        QStringLiteral("0"), QStringLiteral("unsubscribed"), QStringLiteral("never subscribed"),
        QStringLiteral("not subscribed"), QStringLiteral("opted out"), QStringLiteral("opt out"),
        QStringLiteral("non marketing contact"), QStringLiteral("cleaned"), QStringLiteral("declined"),
        QStringLiteral("revoked"), QStringLiteral("nein"), QStringLiteral("falsch"), QStringLiteral("non"),
        QStringLiteral("faux"), QStringLiteral("falso"), QStringLiteral("nee"), QStringLiteral("onwaar")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

QString CustomerRowParser::cell(const csv::CsvRow& row, CustomerField field) const
{
    const std::optional<int>& column = m_columns[static_cast<size_t>(field)];
    if (!column || *column < 0 || *column >= row.fields.size())
        return {};
    return cleanCell(row.fields.at(*column));
}

QString CustomerRowParser::columnName(CustomerField field) const
{
    const std::optional<int>& column = m_columns[static_cast<size_t>(field)];
    if (column && *column >= 0 && *column < m_header.size())
        return m_header.at(*column);
    return csv::ColumnMatcher::fieldName(field);
}

std::vector<ImportIssue> CustomerRowParser::parse(const csv::CsvRow& row, CustomerRecord& out) const
{
    std::vector<ImportIssue> issues;
    // A row the reader could not split cleanly would put values under the wrong names.
    for (const csv::CsvRowProblem& p : row.problems)
        issues.push_back({row.row, p.column, p.message});
    if (!issues.empty())
        return issues;

    const auto reject = [&](CustomerField field, const QString& message) {
        issues.push_back({row.row, columnName(field), message});
    };

    out = CustomerRecord();
    // Spelling kept for display, but without the invisible characters copy and paste brings.
    for (const QChar c : cell(row, CustomerField::Email)) {
        if (!c.isSpace() && c.category() != QChar::Other_Format)
            out.email += c;
    }
    out.emailNorm = domain::Email::normalise(out.email);
    if (out.emailNorm.isEmpty())
        reject(CustomerField::Email,
            tr("No email address: Grapevine tells people apart by their email. Add it and import the row again."));
    else if (const QString problem = domain::Email::problem(out.email); !problem.isEmpty())
        reject(CustomerField::Email, problem);

    out.firstName = cell(row, CustomerField::FirstName);
    out.lastName = cell(row, CustomerField::LastName);
    if (out.firstName.isEmpty() && out.lastName.isEmpty()) {
        // "Maria de la Cruz": the first word is the first name, the rest the last name.
        const QString full = cell(row, CustomerField::FullName).simplified();
        const qsizetype space = full.indexOf(QLatin1Char(' '));
        out.firstName = space < 0 ? full : full.left(space);
        out.lastName = space < 0 ? QString() : full.mid(space + 1);
    }
    out.phone = cell(row, CustomerField::Phone);
    out.company = cell(row, CustomerField::Company);
    out.notes = cell(row, CustomerField::Notes);

    QStringList addressLines;
    if (const QString street = cell(row, CustomerField::Address); !street.isEmpty())
        addressLines << street;
    const QString town
        = QString(cell(row, CustomerField::PostalCode) + QLatin1Char(' ') + cell(row, CustomerField::City)).trimmed();
    if (!town.isEmpty())
        addressLines << town;
    if (const QString country = cell(row, CustomerField::Country); !country.isEmpty())
        addressLines << country;
    out.address = addressLines.join(QLatin1Char('\n'));

    out.tags = splitTags(cell(row, CustomerField::Tags));

    if (const QString consent = cell(row, CustomerField::Consent); !consent.isEmpty()) {
        out.consent = parseConsent(consent);
        if (!out.consent)
            reject(CustomerField::Consent,
                tr("“%1” is not a yes or no. Write yes or no (or leave it empty to keep what is stored).")
                    .arg(consent));
    }
    if (const QString spent = cell(row, CustomerField::TotalSpent); !spent.isEmpty()) {
        out.totalSpentMinor = csv::MoneyValues::parse(spent, m_money);
        if (!out.totalSpentMinor)
            reject(CustomerField::TotalSpent,
                tr("“%1” is not an amount of money (or has more decimals than the currency).").arg(spent));
        else if (*out.totalSpentMinor < 0)
            reject(CustomerField::TotalSpent, tr("“%1” is negative; total spent cannot be.").arg(spent));
    }
    if (const QString orders = cell(row, CustomerField::OrderCount); !orders.isEmpty()) {
        out.orderCount = parseCount(orders);
        if (!out.orderCount)
            reject(CustomerField::OrderCount, tr("“%1” is not a whole number of orders.").arg(orders));
    }
    if (const QString created = cell(row, CustomerField::CreatedAt); !created.isEmpty()) {
        const std::optional<QDateTime> at = csv::DateValues::parse(created, m_dateOrder);
        if (!at)
            reject(CustomerField::CreatedAt, tr("“%1” is not a date in the chosen format.").arg(created));
        else
            out.createdAt = at->toUTC();
    }
    if (const QString code = cell(row, CustomerField::ReferralCode); !code.isEmpty()) {
        if (const QString problem = domain::ReferralCode::problem(code); !problem.isEmpty())
            reject(CustomerField::ReferralCode, problem);
        else
            out.referralCode = domain::ReferralCode::normalise(code);
    }
    out.referredBy = cell(row, CustomerField::ReferredBy);
    if (const QString nps = cell(row, CustomerField::NpsScore); !nps.isEmpty()) {
        const std::optional<qint64> score = parseCount(nps);
        if (!score || *score > 10)
            reject(CustomerField::NpsScore, tr("“%1” is not a score from 0 to 10.").arg(nps));
        else
            out.npsScore = static_cast<int>(*score);
    }
    return issues;
}

} // namespace grapevine::importing
