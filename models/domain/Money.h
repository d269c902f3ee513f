// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace grapevine::domain {

/// An amount of money in minor units (cents) of one currency. Never a double, so sums are exact.
class Money final
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    Money() = default;
    Money(qint64 minor, QString currency)
        : m_minor(minor)
        , m_currency(std::move(currency))
    { }

    qint64 minor() const { return m_minor; }
    const QString& currency() const { return m_currency; }

    /// Digits after the decimal point for an ISO 4217 code (2 unless the currency differs).
    static int minorDigits(const QString& currency);

    /// "$1,234.50" in en_US, "1.234,50 €" in de_DE: the locale's grouping, decimal sign and symbol.
    QString format(const QLocale& locale = QLocale()) const;

    /// The amount alone, without the currency: "1,234.50" in en_US, "1.234,50" in de_DE. For
    /// fields where the currency is shown elsewhere and the user edits the number.
    QString formatAmount(const QLocale& locale = QLocale()) const;

    /// Reads an amount typed by a person in `locale` ("12.5", "1,234.50", "12,50" in de_DE, an
    /// optional currency symbol or code). Returns nothing when it is not an amount, is negative,
    /// or has more decimals than the currency allows.
    static std::optional<Money> parse(const QString& text, const QString& currency, const QLocale& locale = QLocale());

    friend bool operator==(const Money& a, const Money& b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }
    friend bool operator!=(const Money& a, const Money& b) { return !(a == b); }

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace grapevine::domain
