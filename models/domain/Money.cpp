// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <cstdlib>
#include <limits>

namespace grapevine::domain {

namespace {

qint64 pow10(int n)
{
    qint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

// The locale that actually uses a currency gives the right symbol for it (e.g. "€", "¥").
QString symbolFor(const QString& currency, const QLocale& locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    static const struct
    {
        const char* code;
        const char* symbol;
    } known[] = {
        {"USD", "US$"},
        {"EUR", "€"},
        {"GBP", "£"},
        {"JPY", "¥"},
        {"CHF", "CHF"},
        {"CAD", "CA$"},
        {"AUD", "A$"},
        {"INR", "₹"},
        {"CNY", "CN¥"},
        {"BRL", "R$"},
    };
    for (const auto& k : known) {
        if (currency == QLatin1String(k.code))
            return QString::fromUtf8(k.symbol);
    }
    return currency;
}

} // namespace

int Money::minorDigits(const QString& currency)
{
    static const char* const zero[] = {
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"};
    static const char* const three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    for (const char* c : zero) {
        if (currency == QLatin1String(c))
            return 0;
    }
    for (const char* c : three) {
        if (currency == QLatin1String(c))
            return 3;
    }
    return 2;
}

QString Money::formatAmount(const QLocale& locale) const
{
    const int digits = minorDigits(m_currency);
    const qint64 scale = pow10(digits);
    const qint64 absMinor = m_minor < 0 ? -m_minor : m_minor;
    QString text = locale.toString(absMinor / scale);
    if (digits > 0) {
        text += locale.decimalPoint();
        text += QString::number(absMinor % scale).rightJustified(digits, QLatin1Char('0'));
    }
    return m_minor < 0 ? locale.negativeSign() + text : text;
}

QString Money::format(const QLocale& locale) const
{
    const int digits = minorDigits(m_currency);
    const qint64 scale = pow10(digits);
    const qint64 absMinor = m_minor < 0 ? -m_minor : m_minor;
    // Whole units through QLocale for grouping; the fraction by hand so no double is involved.
    QString text = locale.toString(absMinor / scale);
    if (digits > 0) {
        text += locale.decimalPoint();
        text += QString::number(absMinor % scale).rightJustified(digits, QLatin1Char('0'));
    }
    const QString symbol = symbolFor(m_currency, locale);
    const bool symbolFirst = locale.toCurrencyString(1.0, QStringLiteral("#")).startsWith(QLatin1Char('#'));
    QString result = symbolFirst ? QString(symbol + text) : QString(text + QChar(0x00A0) + symbol);
    if (m_minor < 0)
        result.prepend(locale.negativeSign());
    return result;
}

std::optional<Money> Money::parse(const QString& input, const QString& currency, const QLocale& locale)
{
    QString text = input.trimmed();
    text.remove(symbolFor(currency, locale));
    text.remove(currency, Qt::CaseInsensitive);
    text.remove(locale.currencySymbol(QLocale::CurrencySymbol));
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    QString whole = text;
    QString fraction;
    const qsizetype dot = text.lastIndexOf(decimal);
    if (dot >= 0) {
        whole = text.left(dot);
        fraction = text.mid(dot + decimal.size());
    }
    if (!group.isEmpty())
        whole.remove(group);
    // Spreadsheets often drop the group separator but a person may type a plain space.
    whole.remove(QLatin1Char(' '));

    const int digits = minorDigits(currency);
    if (fraction.size() > digits)
        return std::nullopt;
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    for (const QChar c : QString(whole + fraction)) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    bool ok = true;
    const qint64 units = whole.isEmpty() ? 0 : whole.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const qint64 scale = pow10(digits);
    if (units > std::numeric_limits<qint64>::max() / scale - 1)
        return std::nullopt;
    const qint64 frac = fraction.isEmpty() ? 0 : fraction.leftJustified(digits, QLatin1Char('0')).toLongLong();
    return Money(units * scale + frac, currency);
}

} // namespace grapevine::domain
