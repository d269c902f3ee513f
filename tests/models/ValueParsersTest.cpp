// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QTimeZone>

#include "csv/ValueParsers.h"

using namespace grapevine::csv;

namespace {

QStringList list(std::initializer_list<const char*> values)
{
    QStringList out;
    for (const char* v : values)
        out << QString::fromUtf8(v);
    return out;
}

TEST(DateValues, TheOrderIsProvenByTheValuesOrLeftToThePerson)
{
    DateOrderGuess g = DateValues::guessOrder(list({"2026-03-14", "2025-12-01"}));
    EXPECT_EQ(g.order, DateOrder::YearMonthDay);
    g = DateValues::guessOrder(list({"03/04/2026", "14/03/2026"}));
    EXPECT_EQ(g.order, DateOrder::DayMonthYear) << "14 can only be a day";
    EXPECT_FALSE(g.ambiguous);
    g = DateValues::guessOrder(list({"03/04/2026", "12/31/2025"}));
    EXPECT_EQ(g.order, DateOrder::MonthDayYear);
    g = DateValues::guessOrder(list({"03/04/2026", "01.02.2026", "", "n/a"}));
    EXPECT_FALSE(g.order) << "never a silent guess";
    EXPECT_TRUE(g.ambiguous);
    EXPECT_EQ(g.datesSeen, 2);
    g = DateValues::guessOrder(list({"14/03/2026", "12/31/2025"}));
    EXPECT_FALSE(g.order) << "contradicting values";
    EXPECT_FALSE(g.ambiguous);
    EXPECT_FALSE(DateValues::guessOrder(list({"hello", ""})).order);
}

TEST(DateValues, ParsesEachOrderAndTime)
{
    const auto date = [](const char* text, DateOrder order) {
        const auto d = DateValues::parse(QString::fromUtf8(text), order);
        return d ? d->toString(Qt::ISODate).toStdString() : std::string("(none)");
    };
    EXPECT_EQ(date("14/03/2026", DateOrder::DayMonthYear), "2026-03-14T00:00:00");
    EXPECT_EQ(date("03/14/2026", DateOrder::MonthDayYear), "2026-03-14T00:00:00");
    EXPECT_EQ(date("14.3.26", DateOrder::DayMonthYear), "2026-03-14T00:00:00") << "two-digit year";
    EXPECT_EQ(date("1.2.85", DateOrder::DayMonthYear), "1985-02-01T00:00:00");
    EXPECT_EQ(date("2026-03-14 09:30", DateOrder::DayMonthYear), "2026-03-14T09:30:00") << "ISO whatever the order";
    EXPECT_EQ(date("2026-03-14T09:30:00Z", DateOrder::MonthDayYear), "2026-03-14T09:30:00Z");
    EXPECT_EQ(date("2026-03-14 09:30:00 +01:00", DateOrder::YearMonthDay), "2026-03-14T08:30:00Z");
    EXPECT_EQ(date("2026-03-14 09:30:00 UTC", DateOrder::YearMonthDay), "2026-03-14T09:30:00Z");
    EXPECT_EQ(date("31/02/2026", DateOrder::DayMonthYear), "(none)") << "no 31 February";
    EXPECT_EQ(date("14/03/2026", DateOrder::MonthDayYear), "(none)") << "no month 14";
    EXPECT_EQ(date("2026-03-14 25:00", DateOrder::YearMonthDay), "(none)");
    EXPECT_EQ(date("next Tuesday", DateOrder::YearMonthDay), "(none)");
    EXPECT_EQ(date("", DateOrder::YearMonthDay), "(none)");
}

TEST(MoneyValues, ReadsAmountsAsShopsWriteThem)
{
    const auto minor = [](const char* text, QChar decimal = QChar(), int digits = 2) {
        const auto v = MoneyValues::parse(QString::fromUtf8(text), MoneyFormat {decimal, digits});
        return v ? std::to_string(*v) : std::string("(none)");
    };
    EXPECT_EQ(minor("12.50"), "1250");
    EXPECT_EQ(minor("12,50"), "1250");
    EXPECT_EQ(minor("$1,234.50"), "123450");
    EXPECT_EQ(minor("1.234,50 €"), "123450");
    EXPECT_EQ(minor("EUR 12"), "1200");
    EXPECT_EQ(minor("CHF 1'234.–"), "123400");
    EXPECT_EQ(minor("1 234,5"), "123450");
    EXPECT_EQ(minor("1\u00A0234,56"), "123456") << "a no-break space between thousands";
    EXPECT_EQ(minor("(12.00)"), "-1200");
    EXPECT_EQ(minor("-12"), "-1200");
    EXPECT_EQ(minor("−7.5"), "-750") << "the minus sign";
    EXPECT_EQ(minor("1,234"), "123400") << "three digits after a lone separator: thousands";
    EXPECT_EQ(minor("1.234.567"), "123456700");
    EXPECT_EQ(minor("1,234", QLatin1Char(',')), "(none)") << "with a decimal comma: three decimals";
    EXPECT_EQ(minor("0.999"), "(none)") << "more decimals than the currency: not rounded silently";
    EXPECT_EQ(minor("12.345", QLatin1Char('.')), "(none)");
    EXPECT_EQ(minor("1,234,50", QLatin1Char(',')), "(none)") << "the decimal separator twice";
    EXPECT_EQ(minor("1,234", QChar(), 0), "1234") << "yen";
    EXPECT_EQ(minor("12-15"), "(none)");
    EXPECT_EQ(minor("free"), "(none)");
    EXPECT_EQ(minor(""), "(none)");
    EXPECT_EQ(minor("€"), "(none)");
}

TEST(MoneyValues, GuessesTheDecimalSeparatorOfAColumn)
{
    EXPECT_EQ(MoneyValues::guessDecimal(list({"1234", "1.234,50"})), QLatin1Char(','));
    EXPECT_EQ(MoneyValues::guessDecimal(list({"12.5", "3"})), QLatin1Char('.'));
    EXPECT_EQ(MoneyValues::guessDecimal(list({"12,99 €"})), QLatin1Char(','));
    EXPECT_TRUE(MoneyValues::guessDecimal(list({"1,234", "12"})).isNull()) << "nothing tells";
}

} // namespace
