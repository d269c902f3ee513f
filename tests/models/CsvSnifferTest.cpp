// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

#include "csv/CsvSniffer.h"

using namespace grapevine::csv;

namespace {

struct SniffCase
{
    const char* name;
    QByteArray sample;
    char delimiter;
    bool header;
    int columns;
};

std::ostream& operator<<(std::ostream& os, const SniffCase& c)
{
    return os << c.name;
}

class CsvSnifferCases : public ::testing::TestWithParam<SniffCase>
{
};

TEST_P(CsvSnifferCases, GuessesDelimiterHeaderAndWidth)
{
    const SniffCase& c = GetParam();
    const SniffedDialect s = CsvSniffer::sniff(c.sample);
    EXPECT_EQ(s.dialect.delimiter, c.delimiter);
    EXPECT_EQ(s.hasHeader, c.header);
    EXPECT_EQ(s.columns, c.columns);
}

INSTANTIATE_TEST_SUITE_P(Samples, CsvSnifferCases,
    ::testing::Values(
        SniffCase {"comma with header", "name,email,amount\nAnna,a@x.org,12.50\nBo,b@x.org,3\n", ',', true, 3},
        SniffCase {"semicolon with decimal commas", "Name;Betrag\nAnna;12,50\nBo;3,00\n", ';', true, 2},
        SniffCase {"tab", "a\tb\tc\n1\t2\t3\n4\t5\t6\n", '\t', true, 3},
        SniffCase {"pipe", "id|name\n1|Anna\n2|Bo\n", '|', true, 2},
        SniffCase {"no header: data from the first row", "Anna,a@x.org,12\nBo,b@x.org,3\n", ',', false, 3},
        SniffCase {"text only, names not repeated", "first,last\nAnna,Berg\nBo,Lind\n", ',', true, 2},
        SniffCase {
            "semicolons inside quoted comma fields", "name,note\n\"A\",\"x;y;z\"\n\"B\",\"p;q\"\n", ',', true, 2},
        SniffCase {"a cut-off last line is left out", "a,b\n1,2\n3,4\n5,", ',', true, 2},
        SniffCase {"one line", "a;b;c", ';', true, 3},
        SniffCase {"CRLF and a blank line", "a,b\r\n\r\n1,2\r\n", ',', true, 2}));

TEST(CsvSniffer, EmptyOrOneColumnSamplesDoNotCrash)
{
    EXPECT_EQ(CsvSniffer::sniff(QByteArray()).columns, 0);
    const SniffedDialect one = CsvSniffer::sniff(QByteArray("email\na@x.org\nb@x.org\n"));
    EXPECT_EQ(one.columns, 1);
    EXPECT_TRUE(one.hasHeader);
}

TEST(CsvSniffer, CsvkitTabFile)
{
    QFile file(QStringLiteral(GRAPEVINE_SHARED_TESTDATA_DIR "/csv-suites/csvkit-examples/dummy.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "csvkit-examples is not here: skipped";
    EXPECT_EQ(CsvSniffer::sniff(file.readAll()).dialect.delimiter, '\t');
}

} // namespace
