// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QStringEncoder>

#include "csv/CsvEncoding.h"

using namespace grapevine::csv;

namespace {

std::string detected(const QByteArray& bytes)
{
    const DetectedEncoding e = CsvEncoding::detect(bytes);
    return e.name.toStdString() + "/" + std::to_string(e.bomLength);
}

QByteArray encoded(const char* encoding, const QString& text)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

const QString kGerman = QString::fromUtf8(
    "Vorname;Nachname;Straße;Ort\nJürgen;Größe;Hauptstraße 5;München\nRenée;Müller;Königsallee 1;Düsseldorf\n"
    "Zoë;Bäcker;Am Weißen Hof 3;Köln\n");

TEST(CsvEncoding, AByteOrderMarkDecides)
{
    EXPECT_EQ(detected(QByteArray("\xEF\xBB\xBF"
                                  "a,b\n")),
        "UTF-8/3");
    EXPECT_EQ(detected(QByteArray("\xFF\xFE"
                                  "a\0,\0",
                  6)),
        "UTF-16LE/2");
    EXPECT_EQ(detected(QByteArray("\xFE\xFF\0a\0,", 6)), "UTF-16BE/2");
    EXPECT_EQ(CsvEncoding::detect(QByteArray("\xEF\xBB\xBF")).reason, EncodingReason::ByteOrderMark);
}

TEST(CsvEncoding, RecognisesTheUsualFilesWithoutAMark)
{
    EXPECT_EQ(detected(kGerman.toUtf8()), "UTF-8/0");
    EXPECT_EQ(CsvEncoding::detect(kGerman.toUtf8()).reason, EncodingReason::Detected);
    EXPECT_EQ(detected(QByteArray("plain,ascii\n1,2\n")), "UTF-8/0");
    EXPECT_EQ(detected(encoded("UTF-16LE", kGerman)), "UTF-16LE/0") << "Excel's Unicode text without its BOM";
    EXPECT_EQ(detected(encoded("UTF-16BE", kGerman)), "UTF-16BE/0");
    // Excel on Windows: not UTF-8, so one of the single-byte encodings; Western European here.
    const std::string western = detected(encoded("windows-1252", kGerman));
    EXPECT_TRUE(western == "windows-1252/0" || western == "ISO-8859-1/0" || western == "ISO-8859-15/0") << western;
    // A UTF-8 character cut in two at the end of the sample is still UTF-8.
    EXPECT_EQ(detected(QString::fromUtf8("name\nJosé Ørsted").toUtf8().chopped(1)), "UTF-8/0");
}

TEST(CsvEncoding, NamesGivenByPeopleAreUnderstood)
{
    EXPECT_EQ(CsvEncoding::canonicalName(QStringLiteral("utf8")).value_or(QString()), QStringLiteral("UTF-8"));
    EXPECT_EQ(CsvEncoding::canonicalName(QStringLiteral("CP1252")).value_or(QString()), QStringLiteral("windows-1252"));
    EXPECT_EQ(CsvEncoding::canonicalName(QStringLiteral("Latin-1")).value_or(QString()), QStringLiteral("ISO-8859-1"));
    EXPECT_EQ(CsvEncoding::canonicalName(QStringLiteral("mac_roman")).value_or(QString()), QStringLiteral("macintosh"));
    EXPECT_FALSE(CsvEncoding::canonicalName(QStringLiteral("klingon")));
    for (const QString& name : CsvEncoding::names()) {
        EXPECT_EQ(CsvEncoding::canonicalName(name).value_or(QString()), name);
        EXPECT_FALSE(CsvEncoding::displayName(name).isEmpty());
    }
}

TEST(CsvEncoding, FieldsDecodeAndInvalidBytesAreReportedNotDropped)
{
    FieldDecoder utf8(QStringLiteral("UTF-8"));
    ASSERT_TRUE(utf8.isValid());
    EXPECT_EQ(utf8.decode(QByteArray("J\xC3\xBCrgen")), QString::fromUtf8("Jürgen"));
    EXPECT_FALSE(utf8.lastHadInvalidBytes());
    const QString broken = utf8.decode(QByteArray("M\xFCller")); // Latin-1 ü inside a UTF-8 file
    EXPECT_TRUE(utf8.lastHadInvalidBytes());
    EXPECT_EQ(broken, QString::fromUtf8("M\uFFFDller")) << "marked where it was, never silently dropped";
    EXPECT_EQ(utf8.decode(QByteArray("ok")), QStringLiteral("ok"));
    EXPECT_FALSE(utf8.lastHadInvalidBytes()) << "the next field starts clean";
    utf8.decode(QByteArray("cut \xC3"));
    EXPECT_TRUE(utf8.lastHadInvalidBytes()) << "a character cut off at the end of a field";

    FieldDecoder western(QStringLiteral("windows-1252"));
    ASSERT_TRUE(western.isValid());
    EXPECT_EQ(western.decode(QByteArray("M\xFCller \x80 5")), QString::fromUtf8("Müller € 5"));
    FieldDecoder latin9(QStringLiteral("ISO-8859-15"));
    EXPECT_EQ(latin9.decode(QByteArray("\xA4")), QString::fromUtf8("€"));
    FieldDecoder mac(QStringLiteral("macintosh"));
    EXPECT_EQ(mac.decode(QByteArray("M\x9Fller")), QString::fromUtf8("Müller"));
    EXPECT_FALSE(FieldDecoder(QStringLiteral("UTF-16LE")).isValid()) << "UTF-16 is converted before splitting";
    EXPECT_FALSE(FieldDecoder(QStringLiteral("klingon")).isValid());
}

// csvkit's fixtures in odd encodings (see their SOURCE.md).
TEST(CsvEncoding, CsvkitFixtures)
{
    const QDir suite(QStringLiteral(GRAPEVINE_SHARED_TESTDATA_DIR "/csv-suites/csvkit-examples"));
    if (!suite.exists())
        GTEST_SKIP() << "csvkit-examples is not here (" << suite.path().toStdString() << "): skipped";
    const auto head = [&suite](const char* name) {
        QFile f(suite.filePath(QLatin1String(name)));
        return f.open(QIODevice::ReadOnly) ? f.read(65536) : QByteArray();
    };
    EXPECT_EQ(detected(head("test_utf16_big.csv")), "UTF-16BE/2");
    EXPECT_EQ(detected(head("test_utf16_little.csv")), "UTF-16LE/2");
    EXPECT_EQ(detected(head("test_utf8.csv")), "UTF-8/0");
    EXPECT_EQ(detected(head("test_utf8_bom.csv")), "UTF-8/3");
    const DetectedEncoding latin = CsvEncoding::detect(head("test_latin1.csv"));
    EXPECT_NE(latin.name, QStringLiteral("UTF-8")) << "0xA9 alone is not UTF-8";
    FieldDecoder decoder(latin.name);
    EXPECT_TRUE(decoder.decode(QByteArray("\xA9")) == QString::fromUtf8("©")) << latin.name.toStdString();
}

} // namespace
