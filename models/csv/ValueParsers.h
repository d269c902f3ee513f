// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace grapevine::csv {

/// The order of day, month and year in the dates of a column.
enum class DateOrder {
    YearMonthDay, ///< 2026-03-14 (ISO 8601, and what most exports write)
    DayMonthYear, ///< 14/03/2026 (most of the world)
    MonthDayYear, ///< 03/14/2026 (the United States)
};

/// What the values of a date column say about their order. Never a silent guess: when no
/// value tells day from month (every day ≤ 12), `ambiguous` is set and the wizard asks.
struct DateOrderGuess
{
    std::optional<DateOrder> order; ///< nothing when the values contradict each other or are not dates
    bool ambiguous = false;
    int datesSeen = 0;
};

class DateValues final
{
    Q_DECLARE_TR_FUNCTIONS(DateValues)

public:
    static DateOrderGuess guessOrder(const QStringList& samples);
    /// A date, or a date and time, in `order`; ISO 8601 with "T", "Z" or an offset is read
    /// whatever the order. A time without a zone is taken as local time. Two-digit years
    /// are 2000–2069 or 1970–1999.
    static std::optional<QDateTime> parse(const QString& text, DateOrder order);
};

/// How a money column writes its amounts.
struct MoneyFormat
{
    QChar decimal; ///< '.' or ','; null: decided per value (a separator followed by 1 or 2 digits at the end)
    int minorDigits = 2; ///< the currency's (0 for JPY)
};

class MoneyValues final
{
    Q_DECLARE_TR_FUNCTIONS(MoneyValues)

public:
    /// An amount in minor units: "$1,234.50", "1.234,50 €", "EUR 12", "CHF 1'234.–", "(12.00)"
    /// and "-12" are negative and positive as written; currency symbols and codes, spaces and
    /// thousands separators are ignored. Nothing when it is not an amount, or when it has more
    /// decimals than the currency allows (not rounded silently).
    static std::optional<qint64> parse(const QString& text, const MoneyFormat& format);
    /// The decimal separator a column's values show: ',' or '.', or null when none tells.
    static QChar guessDecimal(const QStringList& samples);
};

} // namespace grapevine::csv
