// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "csv/CsvRecordParser.h"

using namespace grapevine::csv;

namespace {

/// Records as "row:field|field|…" lines, problems as "!row:field:kind" — easy to compare and read.
std::vector<std::string> parse(const QByteArray& bytes, CsvDialect dialect = {}, int chunk = 0)
{
    CsvRecordParser parser(dialect);
    if (chunk <= 0) {
        parser.feed(bytes);
    } else {
        for (qsizetype at = 0; at < bytes.size(); at += chunk)
            parser.feed(QByteArrayView(bytes.constData() + at, qMin<qsizetype>(chunk, bytes.size() - at)));
    }
    parser.finish();
    std::vector<std::string> out;
    CsvRecord r;
    while (parser.next(r)) {
        std::string line = std::to_string(r.row) + ":";
        for (size_t i = 0; i < r.fields.size(); ++i)
            line += (i ? "|" : "") + r.fields[i].toStdString();
        if (r.lines > 1)
            line += " (" + std::to_string(r.lines) + " lines)";
        out.push_back(line);
        for (const CsvProblem& p : r.problems)
            out.push_back("!" + std::to_string(p.row) + ":" + std::to_string(p.field) + ":"
                + std::to_string(static_cast<int>(p.kind)));
    }
    return out;
}

struct Case
{
    const char* name;
    QByteArray input;
    std::vector<std::string> expected;
    CsvDialect dialect = {};
};

std::ostream& operator<<(std::ostream& os, const Case& c)
{
    return os << c.name;
}

class CsvRecordParserCases : public ::testing::TestWithParam<Case>
{
};

TEST_P(CsvRecordParserCases, ReadsExactlyTheRecordsAndProblems)
{
    const Case& c = GetParam();
    EXPECT_EQ(parse(c.input, c.dialect), c.expected);
    // The same, whatever the chunks the file arrives in: one byte at a time, and three.
    EXPECT_EQ(parse(c.input, c.dialect, 1), c.expected) << "byte by byte";
    EXPECT_EQ(parse(c.input, c.dialect, 3), c.expected) << "three bytes at a time";
}

const int kUnclosed = static_cast<int>(CsvProblem::Kind::UnclosedQuote);
const int kAfterQuote = static_cast<int>(CsvProblem::Kind::TextAfterQuote);
const int kNul = static_cast<int>(CsvProblem::Kind::NulCharacter);

std::string problem(int row, int field, int kind)
{
    return "!" + std::to_string(row) + ":" + std::to_string(field) + ":" + std::to_string(kind);
}

INSTANTIATE_TEST_SUITE_P(Dialects, CsvRecordParserCases,
    ::testing::Values(Case {"plain", "a,b,c\n1,2,3\n", {"1:a|b|c", "2:1|2|3"}},
        Case {"no final line break", "a,b\n1,2", {"1:a|b", "2:1|2"}},
        Case {"CRLF", "a,b\r\n1,2\r\n", {"1:a|b", "2:1|2"}},
        Case {"lone CR (old Mac)", "a,b\r1,2\r", {"1:a|b", "2:1|2"}},
        Case {"mixed endings", "a\r\nb\nc\rd", {"1:a", "2:b", "3:c", "4:d"}},
        Case {"blank lines are skipped but counted", "a\n\n\r\n\rb\n", {"1:a", "5:b"}},
        Case {"empty fields", ",,\n,x,\n", {"1:||", "2:|x|"}}, Case {"trailing delimiter", "a,\n", {"1:a|"}},
        Case {"quoted delimiter", "\"a,b\",c\n", {"1:a,b|c"}},
        Case {"doubled quotes", "\"say \"\"hi\"\"\",x\n", {"1:say \"hi\"|x"}},
        Case {"empty quoted field", "\"\",\"\"\n", {"1:|"}},
        Case {"line breaks inside quotes count as file lines", "id,note\n1,\"two\r\nlines\"\n2,x\n",
            {"1:id|note", "2:1|two\r\nlines (2 lines)", "4:2|x"}},
        Case {"lone CR inside quotes", "\"a\rb\",c\rd\r", {"1:a\rb|c (2 lines)", "3:d"}},
        Case {"semicolon", "name;amount\nAnna;\"1,50\"\n", {"1:name|amount", "2:Anna|1,50"}, CsvDialect {';', '"'}},
        Case {"tab", "a\tb\n\"x\ty\"\tz\n", {"1:a|b", "2:x\ty|z"}, CsvDialect {'\t', '"'}},
        Case {"pipe", "a|b\n1|2\n", {"1:a|b", "2:1|2"}, CsvDialect {'|', '"'}},
        Case {"single quote as quote", "'a,b',c\n", {"1:a,b|c"}, CsvDialect {',', '\''}},
        Case {"no quoting", "\"a\",b\n", {"1:\"a\"|b"}, CsvDialect {',', 0}},
        Case {"a quote inside an unquoted field is text", "5\" screen,ok\n", {"1:5\" screen|ok"}},
        Case {"text after a closing quote is kept and reported", "\"abc\"def,x\n",
            {"1:abcdef|x", problem(1, 0, kAfterQuote)}},
        Case {"an unclosed quote runs to the end and is reported", "a,\"open\nb,c\n",
            {"1:a|open\nb,c\n (3 lines)", problem(1, 1, kUnclosed)}},
        Case {"NUL bytes are dropped and reported once", QByteArray("a\0\0b,c\n", 7), {"1:ab|c", problem(1, 0, kNul)}},
        Case {"ragged rows are kept as they are", "a,b,c\n1,2\n1,2,3,4\n", {"1:a|b|c", "2:1|2", "3:1|2|3|4"}},
        Case {"UTF-8 bytes pass through", "név,€\n", {"1:név|€"}}, Case {"empty input", "", {}},
        Case {"only blank lines", "\n\r\n\n", {}}));

TEST(CsvRecordParser, HandsOutRecordsAsTheyComplete)
{
    CsvRecordParser parser;
    CsvRecord r;
    parser.feed("a,b\n1,");
    ASSERT_TRUE(parser.next(r));
    EXPECT_EQ(r.fields.size(), 2u);
    EXPECT_FALSE(parser.next(r)) << "the second record is not complete yet";
    parser.feed("2\r");
    ASSERT_TRUE(parser.next(r)) << "a CR ends it, even before the LF arrives";
    EXPECT_EQ(r.fields[1], QByteArray("2"));
    parser.feed("\n3,4");
    EXPECT_FALSE(parser.next(r));
    parser.finish();
    ASSERT_TRUE(parser.next(r));
    EXPECT_EQ(r.row, 3) << "the CRLF counted as one line";
}

// csv-spectrum: each csvs/X.csv must parse to exactly json/X.json (objects keyed by header).
TEST(CsvRecordParser, MatchesCsvSpectrumExactly)
{
    const QDir suite(QStringLiteral(GRAPEVINE_SHARED_TESTDATA_DIR "/csv-suites/csv-spectrum"));
    if (!suite.exists())
        GTEST_SKIP() << "csv-spectrum is not here (" << suite.path().toStdString() << "): skipped";
    const QStringList files = QDir(suite.filePath(QStringLiteral("csvs"))).entryList({QStringLiteral("*.csv")});
    ASSERT_GE(files.size(), 10);
    for (const QString& name : files) {
        QFile csvFile(suite.filePath(QStringLiteral("csvs/") + name));
        QFile jsonFile(suite.filePath(
            QStringLiteral("json/") + QString(name).replace(QStringLiteral(".csv"), QStringLiteral(".json"))));
        ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly) && jsonFile.open(QIODevice::ReadOnly)) << name.toStdString();
        CsvRecordParser parser;
        parser.feed(csvFile.readAll());
        parser.finish();
        QJsonArray got;
        CsvRecord header;
        ASSERT_TRUE(parser.next(header)) << name.toStdString();
        CsvRecord r;
        while (parser.next(r)) {
            EXPECT_TRUE(r.problems.empty()) << name.toStdString();
            QJsonObject o;
            for (size_t i = 0; i < header.fields.size() && i < r.fields.size(); ++i)
                o.insert(QString::fromUtf8(header.fields[i]), QString::fromUtf8(r.fields[i]));
            got.append(o);
        }
        const QJsonArray expected = QJsonDocument::fromJson(jsonFile.readAll()).array();
        EXPECT_EQ(got, expected) << name.toStdString() << "\n got: " << QJsonDocument(got).toJson().toStdString();
    }
}

} // namespace
