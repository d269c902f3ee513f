// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "TestDatabase.h"
#include "export/CsvWriter.h"

using namespace grapevine;
using exporting::CsvCell;
using exporting::CsvOptions;
using exporting::CsvWriter;

namespace {

const QByteArray bom("\xEF\xBB\xBF");

struct FieldCase
{
    const char* name;
    CsvCell cell;
    const char* expected;
};

class CsvFieldTest : public ::testing::TestWithParam<FieldCase>
{
};

TEST_P(CsvFieldTest, EncodesOneField)
{
    EXPECT_EQ(CsvWriter::encodeField(GetParam().cell), QString::fromUtf8(GetParam().expected));
}

TEST_P(CsvFieldTest, EncodesTheSameFromUtf8)
{
    // The fast path of long exports makes the same decisions on the bytes, for any delimiter.
    const CsvCell& cell = GetParam().cell;
    for (const QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(0x00A7)}) {
        QByteArray out("x");
        CsvWriter::appendEncodedField(out, cell.text.toUtf8(), cell.kind, QString(delimiter).toUtf8());
        EXPECT_EQ(out, "x" + CsvWriter::encodeField(cell, delimiter).toUtf8()) << delimiter.unicode();
    }
}

INSTANTIATE_TEST_SUITE_P(CsvWriter, CsvFieldTest,
    ::testing::Values(FieldCase {"Plain", CsvCell("Anna"), "Anna"}, FieldCase {"Empty", CsvCell(""), ""},
        FieldCase {"Comma", CsvCell("Berg, Anna"), "\"Berg, Anna\""},
        FieldCase {"Quote", CsvCell("say \"hi\""), "\"say \"\"hi\"\"\""},
        FieldCase {"LineFeed", CsvCell("line 1\nline 2"), "\"line 1\nline 2\""},
        FieldCase {"CrLf", CsvCell("line 1\r\nline 2"), "\"line 1\r\nline 2\""},
        FieldCase {"Accents", CsvCell("Zoë Ångström"), "Zoë Ångström"},
        FieldCase {"EqualsFormula", CsvCell("=SUM(A1:A9)"), "'=SUM(A1:A9)"},
        FieldCase {"PlusFormula", CsvCell("+1+2"), "'+1+2"}, FieldCase {"MinusAsText", CsvCell("-5"), "'-5"},
        FieldCase {"MinusAsNumber", CsvCell::number(QStringLiteral("-5")), "-5"},
        FieldCase {"NegativeInteger", CsvCell::number(-1250), "-1250"},
        FieldCase {"AtFormula", CsvCell("@cmd"), "'@cmd"}, FieldCase {"TabStart", CsvCell("\tx"), "'\tx"},
        FieldCase {"CarriageReturnStart", CsvCell("\rx"), "\"'\rx\""},
        FieldCase {"FormulaWithComma", CsvCell("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
        FieldCase {"EqualsInside", CsvCell("a=b"), "a=b"}, FieldCase {"Semicolon", CsvCell("a;b"), "a;b"},
        FieldCase {"Tab", CsvCell("a\tb"), "a\tb"}, FieldCase {"Section", CsvCell("§ 5"), "§ 5"},
        FieldCase {"QuotedFormula", CsvCell("=\"x\""), "\"'=\"\"x\"\"\""}),
    [](const ::testing::TestParamInfo<FieldCase>& info) { return std::string(info.param.name); });

class CsvWriterTest : public ::testing::Test
{
protected:
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    QStringList filesInDir() const { return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden); }

    QTemporaryDir m_dir;
};

TEST_F(CsvWriterTest, WritesBomCrlfAndUtf8)
{
    CsvWriter writer(path("out.csv"));
    ASSERT_TRUE(writer.open().ok());
    writer.writeRow(QStringList {QStringLiteral("name"), QStringLiteral("note")});
    writer.writeRow(QStringList {QStringLiteral("Zoë"), QStringLiteral("two\nlines")});
    writer.writeRow(std::vector<CsvCell> {CsvCell(QStringLiteral("-5")), CsvCell::number(-5)});
    EXPECT_EQ(writer.rowsWritten(), 3);
    ASSERT_TRUE(writer.commit().ok());
    EXPECT_EQ(
        test::fileBytes(path("out.csv")), bom + QByteArray("name,note\r\nZo\xC3\xAB,\"two\nlines\"\r\n'-5,-5\r\n"));
    EXPECT_EQ(filesInDir(), QStringList {QStringLiteral("out.csv")});
}

TEST_F(CsvWriterTest, WithoutBomAndWithSemicolons)
{
    CsvWriter writer(path("out.csv"), CsvOptions {QLatin1Char(';'), false});
    ASSERT_TRUE(writer.open().ok());
    writer.writeRow(QStringList {QStringLiteral("a;b"), QStringLiteral("c,d")});
    ASSERT_TRUE(writer.commit().ok());
    EXPECT_EQ(test::fileBytes(path("out.csv")), QByteArray("\"a;b\";c,d\r\n"));
}

TEST_F(CsvWriterTest, FieldByFieldRowsMixWithWholeRows)
{
    CsvWriter writer(path("out.csv"), CsvOptions {QLatin1Char(';'), false});
    ASSERT_TRUE(writer.open().ok());
    writer.writeRow(QStringList {QStringLiteral("name"), QStringLiteral("amount")});
    writer.addField("=1+1");
    writer.addField("-12.50", CsvCell::Kind::Number);
    writer.endRow();
    writer.addField("a;b");
    writer.addField({});
    writer.endRow();
    EXPECT_EQ(writer.rowsWritten(), 3);
    ASSERT_TRUE(writer.commit().ok());
    EXPECT_EQ(test::fileBytes(path("out.csv")), QByteArray("name;amount\r\n'=1+1;-12.50\r\n\"a;b\";\r\n"));
}

TEST_F(CsvWriterTest, ManyRowsAreAllWritten)
{
    // More than the internal buffer, so the flushing path is exercised.
    CsvWriter writer(path("big.csv"), CsvOptions {QLatin1Char(','), false});
    ASSERT_TRUE(writer.open().ok());
    for (int i = 0; i < 20000; ++i)
        writer.writeRow(std::vector<CsvCell> {CsvCell::number(i), CsvCell(QStringLiteral("row"))});
    ASSERT_TRUE(writer.commit().ok());
    const QByteArray bytes = test::fileBytes(path("big.csv"));
    EXPECT_EQ(bytes.count("\r\n"), 20000);
    EXPECT_TRUE(bytes.startsWith("0,row\r\n1,row\r\n"));
    EXPECT_TRUE(bytes.endsWith("19999,row\r\n"));
}

TEST_F(CsvWriterTest, CancelLeavesAnExistingFileByteIdentical)
{
    const QByteArray before("old,content\r\nkept,as is\r\n");
    {
        QFile file(path("out.csv"));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(before);
    }
    CsvWriter writer(path("out.csv"));
    ASSERT_TRUE(writer.open().ok());
    for (int i = 0; i < 10000; ++i)
        writer.writeRow(QStringList {QStringLiteral("new"), QString::number(i)});
    writer.cancel();
    EXPECT_EQ(test::fileBytes(path("out.csv")), before);
    EXPECT_EQ(filesInDir(), QStringList {QStringLiteral("out.csv")});
    EXPECT_FALSE(writer.commit().ok());
    EXPECT_EQ(test::fileBytes(path("out.csv")), before);
}

TEST_F(CsvWriterTest, DestroyedWithoutCommitLeavesNoFile)
{
    {
        CsvWriter writer(path("out.csv"));
        ASSERT_TRUE(writer.open().ok());
        writer.writeRow(QStringList {QStringLiteral("half")});
    }
    EXPECT_TRUE(filesInDir().isEmpty()) << filesInDir().join(QLatin1Char(' ')).toStdString();
}

TEST_F(CsvWriterTest, ReplacesAnExistingFileOnCommit)
{
    {
        QFile file(path("out.csv"));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("old\r\n");
    }
    CsvWriter writer(path("out.csv"), CsvOptions {QLatin1Char(','), false});
    ASSERT_TRUE(writer.open().ok());
    writer.writeRow(QStringList {QStringLiteral("new")});
    ASSERT_TRUE(writer.commit().ok());
    EXPECT_EQ(test::fileBytes(path("out.csv")), QByteArray("new\r\n"));
}

TEST_F(CsvWriterTest, AFolderThatDoesNotExistGivesAMessageNamingTheFile)
{
    const QString target = m_dir.filePath(QStringLiteral("no such folder/out.csv"));
    CsvWriter writer(target);
    const Status opened = writer.open();
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(QDir::toNativeSeparators(target)))
        << opened.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(target));
}

TEST_F(CsvWriterTest, AFolderAsTheTargetGivesAMessageNamingIt)
{
    CsvWriter writer(m_dir.path());
    const Status opened = writer.open();
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(QDir::toNativeSeparators(m_dir.path())))
        << opened.error().message.toStdString();
}

TEST_F(CsvWriterTest, CommitWithoutOpenFails)
{
    CsvWriter writer(path("out.csv"));
    const Status committed = writer.commit();
    ASSERT_FALSE(committed.ok());
    EXPECT_TRUE(committed.error().message.contains(QStringLiteral("out.csv")));
    EXPECT_FALSE(QFile::exists(path("out.csv")));
}

} // namespace
