// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QStringEncoder>

#include "csv/CsvReader.h"

using namespace grapevine;
using namespace grapevine::csv;

namespace {

struct Read
{
    QString encoding;
    char delimiter = 0;
    QStringList header;
    std::vector<CsvRow> rows;
};

Read readAll(QByteArray bytes, CsvReadOptions options = {})
{
    QBuffer buffer(&bytes);
    CsvReader reader(buffer, options);
    Read out;
    const Status opened = reader.open();
    EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().message.toStdString());
    out.encoding = reader.encoding().name;
    out.delimiter = reader.dialect().dialect.delimiter;
    out.header = reader.header();
    CsvRow row;
    while (reader.next(row))
        out.rows.push_back(row);
    EXPECT_TRUE(reader.error().isEmpty()) << reader.error().toStdString();
    return out;
}

std::string problems(const CsvRow& row)
{
    std::string s;
    for (const CsvRowProblem& p : row.problems)
        s += std::to_string(p.row) + "/" + p.column.toStdString() + ": " + p.message.toStdString() + "\n";
    return s;
}

const QString kText = QString::fromUtf8("name,city,note\nJürgen,München,\"Hauptstraße 5\nHinterhaus\"\nZoë,Köln,€5\n");

TEST(CsvReader, ReadsEachEncodingToTheSameRows)
{
    for (const char* encoding : {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-15"}) {
        for (const bool bom : {false, true}) {
            QByteArray bytes
                = QStringEncoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default)
                      .encode(kText);
            CsvReadOptions options;
            options.chunkBytes = 7; // records, characters and the BOM straddle the chunks
            if (QByteArray(encoding).startsWith("windows") || QByteArray(encoding).startsWith("ISO"))
                options.encoding = QString::fromLatin1(encoding); // single-byte ones are a guess: given here
            const Read r = readAll(bytes, options);
            SCOPED_TRACE(std::string(encoding) + (bom ? " with BOM" : ""));
            EXPECT_EQ(r.header, (QStringList {QStringLiteral("name"), QStringLiteral("city"), QStringLiteral("note")}));
            ASSERT_EQ(r.rows.size(), 2u);
            EXPECT_EQ(r.rows[0].row, 2);
            EXPECT_EQ(r.rows[0].fields,
                (QStringList {QString::fromUtf8("Jürgen"), QString::fromUtf8("München"),
                    QString::fromUtf8("Hauptstraße 5\nHinterhaus")}));
            EXPECT_EQ(r.rows[1].row, 4) << "the line break inside quotes is counted";
            EXPECT_EQ(r.rows[1].fields.at(2), QString::fromUtf8("€5"));
            EXPECT_TRUE(r.rows[0].problems.empty()) << problems(r.rows[0]);
        }
    }
}

TEST(CsvReader, DetectsWhatIsNotGiven)
{
    const Read utf16 = readAll(QStringEncoder("UTF-16LE", QStringConverter::Flag::WriteBom).encode(kText));
    EXPECT_EQ(utf16.encoding, QStringLiteral("UTF-16LE"));
    const Read semicolons = readAll(QByteArray("Name;Betrag\nAnna;12,50\n"));
    EXPECT_EQ(semicolons.delimiter, ';');
    EXPECT_EQ(semicolons.rows.at(0).fields.at(1), QStringLiteral("12,50"));
    const Read western = readAll(QStringEncoder("windows-1252").encode(kText));
    EXPECT_NE(western.encoding, QStringLiteral("UTF-8"));
    ASSERT_EQ(western.rows.size(), 2u);
    EXPECT_EQ(western.rows[0].fields.at(0), QString::fromUtf8("Jürgen"));
}

TEST(CsvReader, ReportsInvalidBytesWithRowAndColumn)
{
    CsvReadOptions utf8;
    utf8.encoding = QStringLiteral("utf8");
    const Read r = readAll(QByteArray("name,email\nAnna,anna@example.com\nM\xFCller,m@example.com\n"), utf8);
    ASSERT_EQ(r.rows.size(), 2u);
    EXPECT_TRUE(r.rows[0].problems.empty());
    ASSERT_EQ(r.rows[1].problems.size(), 1u);
    EXPECT_EQ(r.rows[1].problems[0].row, 3);
    EXPECT_EQ(r.rows[1].problems[0].column, QStringLiteral("name"));
    EXPECT_TRUE(r.rows[1].problems[0].message.contains(QStringLiteral("UTF-8")));
    EXPECT_EQ(r.rows[1].fields.at(0), QString::fromUtf8("M\uFFFDller")) << "kept, marked, not dropped";
}

TEST(CsvReader, RaggedRowsAreReportedNeverShifted)
{
    const Read r = readAll(QByteArray("a,b,c\n1,2\n1,2,3\n1,2,3,4\n"));
    ASSERT_EQ(r.rows.size(), 3u);
    EXPECT_EQ(r.rows[0].fields.size(), 2);
    ASSERT_EQ(r.rows[0].problems.size(), 1u);
    EXPECT_EQ(r.rows[0].problems[0].row, 2);
    EXPECT_TRUE(r.rows[0].problems[0].message.contains(QStringLiteral("2 of the 3 columns")))
        << r.rows[0].problems[0].message.toStdString();
    EXPECT_TRUE(r.rows[1].problems.empty());
    EXPECT_EQ(r.rows[2].fields.size(), 4);
    EXPECT_TRUE(r.rows[2].problems.at(0).message.contains(QStringLiteral("4 values for 3 columns")));
}

TEST(CsvReader, HeaderNamesAreMadeUsable)
{
    const Read r = readAll(QByteArray("\xEF\xBB\xBF"
                                      "Email, ,email,Name\nx@y.org,1,2,3\n"));
    EXPECT_EQ(r.header,
        (QStringList {
            QStringLiteral("Email"), QStringLiteral("Column 2"), QStringLiteral("email (2)"), QStringLiteral("Name")}))
        << "no BOM in the first name, blanks named, repeats told apart";
    CsvReadOptions noHeader;
    noHeader.hasHeader = false;
    const Read plain = readAll(QByteArray("a@x.org,1\nb@x.org,2\n"), noHeader);
    EXPECT_EQ(plain.header, (QStringList {QStringLiteral("Column 1"), QStringLiteral("Column 2")}));
    EXPECT_EQ(plain.rows.size(), 2u);
    EXPECT_EQ(plain.rows[0].row, 1);
}

TEST(CsvReader, UnknownEncodingAndUnreadableFilesAreClearErrors)
{
    QByteArray bytes("a,b\n");
    QBuffer buffer(&bytes);
    CsvReadOptions options;
    options.encoding = QStringLiteral("klingon");
    CsvReader reader(buffer, options);
    const Status opened = reader.open();
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("klingon")));

    QFile missing(QDir::temp().filePath(QStringLiteral("grapevine-no-such-file.csv")));
    CsvReader none(missing);
    EXPECT_FALSE(none.open().ok());
    CsvRow row;
    EXPECT_FALSE(none.next(row)) << "nothing to read, and no crash";
}

// The public suites: csvkit's expectations, and no file of messytables-horror may crash the
// reader or lose a row's problems.
TEST(CsvReader, CsvkitFixtures)
{
    const QDir suite(QStringLiteral(GRAPEVINE_SHARED_TESTDATA_DIR "/csv-suites/csvkit-examples"));
    if (!suite.exists())
        GTEST_SKIP() << "csvkit-examples is not here: skipped";
    const auto read = [&suite](const char* name) {
        QFile f(suite.filePath(QLatin1String(name)));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
        return readAll(f.readAll());
    };
    const Read mac = read("mac_newlines.csv");
    ASSERT_EQ(mac.rows.size(), 2u);
    EXPECT_TRUE(std::any_of(mac.rows.begin(), mac.rows.end(),
        [](const CsvRow& r) { return r.fields.contains(QStringLiteral("Once upon\ra time")); }));
    for (const char* name : {"test_utf16_big.csv", "test_utf16_little.csv", "test_utf8.csv", "test_utf8_bom.csv"}) {
        const Read r = read(name);
        ASSERT_EQ(r.rows.size(), 2u) << name;
        EXPECT_EQ(r.rows.back().fields.back(), QString(QChar(0x02A4))) << name;
        // The UTF-16 files are headed a,b,c and the UTF-8 ones foo,bar,baz; no BOM in either.
        EXPECT_EQ(
            r.header.front(), QByteArray(name).startsWith("test_utf16") ? QStringLiteral("a") : QStringLiteral("foo"))
            << name;
    }
    const Read latin = read("test_latin1.csv");
    EXPECT_EQ(latin.rows.back().fields.back(), QString::fromUtf8("©"));
}

TEST(CsvReader, MessyTablesNeverCrashTheReader)
{
    const QDir suite(QStringLiteral(GRAPEVINE_SHARED_TESTDATA_DIR "/csv-suites/messytables-horror"));
    if (!suite.exists())
        GTEST_SKIP() << "messytables-horror is not here: skipped";
    int files = 0;
    for (const QString& name : suite.entryList(QDir::Files)) {
        if (name.endsWith(QLatin1String(".md")))
            continue;
        QFile f(suite.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        CsvReader reader(f);
        ASSERT_TRUE(reader.open().ok()) << name.toStdString();
        CsvRow row;
        qint64 rows = 0;
        qint64 lastRow = 0;
        while (reader.next(row)) {
            ++rows;
            EXPECT_GT(row.row, lastRow) << name.toStdString() << ": row numbers only go forward";
            lastRow = row.row;
        }
        EXPECT_TRUE(reader.error().isEmpty()) << name.toStdString();
        EXPECT_EQ(reader.bytesRead(), f.size()) << name.toStdString();
        ++files;
    }
    EXPECT_GE(files, 15);
    // Two of them say what they are.
    QFile utf16(suite.filePath(QStringLiteral("utf-16le_encoded.csv")));
    ASSERT_TRUE(utf16.open(QIODevice::ReadOnly));
    CsvReader reader(utf16);
    ASSERT_TRUE(reader.open().ok());
    EXPECT_EQ(reader.encoding().name, QStringLiteral("UTF-16LE"));
}

} // namespace
