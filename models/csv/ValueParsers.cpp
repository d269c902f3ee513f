// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueParsers.h"

#include <algorithm>

#include <QRegularExpression>
#include <QTimeZone>

namespace grapevine::csv {

namespace {

/// "14/03/2026", "2026-03-14", "3.14.26", with an optional time after a space or a "T".
const QRegularExpression& datePattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^\\s*(\\d{1,4})[-/.](\\d{1,2})[-/.](\\d{1,4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*"
            "(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

int fullYear(int year, int digits)
{
    if (digits > 2)
        return year;
    return year < 70 ? 2000 + year : 1900 + year;
}

} // namespace

DateOrderGuess DateValues::guessOrder(const QStringList& samples)
{
    bool dayFirstPossible = true;
    bool monthFirstPossible = true;
    bool yearFirstPossible = true;
    bool dayFirstProven = false;
    bool monthFirstProven = false;
    DateOrderGuess guess;
    for (const QString& s : samples) {
        const QRegularExpressionMatch m = datePattern().match(s);
        if (!m.hasMatch())
            continue;
        ++guess.datesSeen;
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        const int c = m.captured(3).toInt();
        const bool aIsYear = m.captured(1).size() == 4;
        yearFirstPossible = yearFirstPossible && aIsYear && b <= 12 && c <= 31;
        dayFirstPossible = dayFirstPossible && !aIsYear && a <= 31 && b <= 12;
        monthFirstPossible = monthFirstPossible && !aIsYear && a <= 12 && b <= 31;
        dayFirstProven = dayFirstProven || (!aIsYear && a > 12 && a <= 31);
        monthFirstProven = monthFirstProven || (!aIsYear && b > 12 && b <= 31);
    }
    if (guess.datesSeen == 0)
        return guess;
    if (yearFirstPossible) {
        guess.order = DateOrder::YearMonthDay;
    } else if (dayFirstPossible && (dayFirstProven || !monthFirstPossible)) {
        guess.order = DateOrder::DayMonthYear;
    } else if (monthFirstPossible && (monthFirstProven || !dayFirstPossible)) {
        guess.order = DateOrder::MonthDayYear;
    } else if (dayFirstPossible && monthFirstPossible) {
        guess.ambiguous = true; // every day ≤ 12: 03/04 could be March 4th or April 3rd
    }
    return guess;
}

std::optional<QDateTime> DateValues::parse(const QString& text, DateOrder order)
{
    // ISO 8601 with a "T" (and perhaps a zone) means exactly one thing.
    if (text.contains(QLatin1Char('T'))) {
        const QDateTime iso = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
        if (iso.isValid())
            return iso.timeSpec() == Qt::LocalTime ? iso
                                                   : QDateTime::fromMSecsSinceEpoch(iso.toMSecsSinceEpoch(), Qt::UTC);
    }
    const QRegularExpressionMatch m = datePattern().match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const bool isoLike = m.captured(1).size() == 4;
    int year = 0;
    int month = 0;
    int day = 0;
    if (isoLike || order == DateOrder::YearMonthDay) {
        year = fullYear(m.captured(1).toInt(), static_cast<int>(m.captured(1).size()));
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else {
        const int first = m.captured(1).toInt();
        const int second = m.captured(2).toInt();
        year = fullYear(m.captured(3).toInt(), static_cast<int>(m.captured(3).size()));
        day = order == DateOrder::DayMonthYear ? first : second;
        month = order == DateOrder::DayMonthYear ? second : first;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    QTime time(0, 0);
    if (!m.captured(4).isEmpty()) {
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (!time.isValid())
            return std::nullopt;
    }
    const QString zone = m.captured(7).toUpper();
    if (zone.isEmpty())
        return QDateTime(date, time); // local time, as the person who exported it saw it
    if (zone == QLatin1String("Z") || zone == QLatin1String("UTC") || zone == QLatin1String("GMT"))
        return QDateTime(date, time, Qt::UTC);
    QString digits = zone.mid(1);
    digits.remove(QLatin1Char(':'));
    const int offset = (digits.left(2).toInt() * 60 + digits.mid(2).toInt()) * 60 * (zone.startsWith('-') ? -1 : 1);
    return QDateTime::fromMSecsSinceEpoch(QDateTime(date, time, QTimeZone(offset)).toMSecsSinceEpoch(), Qt::UTC);
}

std::optional<qint64> MoneyValues::parse(const QString& text, const MoneyFormat& format)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')'))) {
        negative = true;
        s = s.mid(1, s.size() - 2);
    }
    // Keep digits, separators and signs; drop currency symbols and codes, spaces (also the
    // no-break and thin ones), and the Swiss apostrophe.
    QString kept;
    for (const QChar c : s) {
        if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(',')) {
            kept += c;
        } else if (c == QLatin1Char('-') || c == QChar(0x2212)) {
            if (!kept.isEmpty())
                return std::nullopt; // a minus after the digits: a range or a date, not an amount
            negative = !negative;
        } else if (c == QLatin1Char('+') || c.isSpace() || c == QLatin1Char('\'') || c == QChar(0x2019) || c.isLetter()
            || c.category() == QChar::Symbol_Currency || c == QChar(0x2013)) {
            continue; // "+", spaces, ', currency codes and symbols, the "–" of "12.–"
        } else {
            return std::nullopt;
        }
    }
    while (!kept.isEmpty() && (kept.back() == QLatin1Char('.') || kept.back() == QLatin1Char(',')))
        kept.chop(1); // "12.–" and "12," are whole amounts
    if (!std::any_of(kept.begin(), kept.end(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;

    // The decimal separator: the one given; else the last one when both kinds appear, or the
    // only one when it is not followed by exactly three digits ("1,234" is a thousand).
    QChar decimal = format.decimal;
    if (decimal.isNull()) {
        const qsizetype last = std::max(kept.lastIndexOf(QLatin1Char('.')), kept.lastIndexOf(QLatin1Char(',')));
        if (last >= 0) {
            const QChar sep = kept.at(last);
            const bool both = kept.contains(QLatin1Char('.')) && kept.contains(QLatin1Char(','));
            const QString before = kept.left(last);
            if (both || before.isEmpty() || before == QLatin1String("0")
                || (kept.count(sep) == 1 && kept.size() - last - 1 != 3))
                decimal = sep;
        }
    }
    QString whole = kept;
    QString fraction;
    if (!decimal.isNull()) {
        const qsizetype at = kept.lastIndexOf(decimal);
        if (at >= 0) {
            whole = kept.left(at);
            fraction = kept.mid(at + 1);
        }
        if (whole.contains(decimal))
            return std::nullopt; // the decimal separator twice
    }
    whole.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    if (fraction.size() > format.minorDigits)
        return std::nullopt; // never rounded silently
    fraction = fraction.leftJustified(format.minorDigits, QLatin1Char('0'));
    bool ok = true;
    const qint64 units = whole.isEmpty() ? 0 : whole.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    qint64 scale = 1;
    for (int i = 0; i < format.minorDigits; ++i)
        scale *= 10;
    const qint64 minor = units * scale + (fraction.isEmpty() ? 0 : fraction.toLongLong());
    return negative ? -minor : minor;
}

QChar MoneyValues::guessDecimal(const QStringList& samples)
{
    for (const QString& s : samples) {
        const qsizetype dot = s.lastIndexOf(QLatin1Char('.'));
        const qsizetype comma = s.lastIndexOf(QLatin1Char(','));
        if (dot >= 0 && comma >= 0)
            return dot > comma ? QLatin1Char('.') : QLatin1Char(',');
        static const QRegularExpression twoDecimals(QStringLiteral("[.,]\\d{1,2}\\D*$"));
        const QRegularExpressionMatch m = twoDecimals.match(s);
        if (m.hasMatch())
            return s.at(m.capturedStart());
    }
    return {};
}

} // namespace grapevine::csv
