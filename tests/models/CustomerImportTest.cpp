// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cctype>
#include <iostream>

#include <QBuffer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>

#include <gtest/gtest.h>

#include "TestDatabase.h"
#include "csv/CsvReader.h"
#include "export/RecordExport.h"
#include "import/CustomerImport.h"
#include "import/CustomerRowParser.h"
#include "import/ImportUndo.h"
#include "import/MappingPresets.h"
#include "import/RejectedRowsFile.h"
#include "import/SeenPeople.h"
#include "privacy/PersonalData.h"

using namespace grapevine;
using namespace grapevine::importing;

namespace {

const QByteArray kShopifyHeader
    = "First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,Default Address Address1,"
      "Default Address City,Default Address Zip,Default Address Country Code,Phone,Total Spent,Total "
      "Orders,Tags,Note\r\n";

class CustomerImportTest : public ::testing::Test
{
protected:
    Result<ImportSummary> import(const QByteArray& bytes, ImportSettings settings = {},
        const ImportProgressCallback& progress = {}, const ImportCancelFlag* cancel = nullptr)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CustomerImport importer(db.connection(), db.clock());
        importer.seedCodes(7);
        auto result = importer.run(buffer, QStringLiteral("customers.csv"), settings, progress, cancel);
        if (!result)
            std::cerr << "import refused: " << result.error().message.toStdString() << '\n';
        return result;
    }

    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    qint64 count(const QString& table) { return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong(); }

    /// Everything about the advocates that an import could touch, in one comparable string.
    QString advocatesDump()
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id, first_name, last_name, email, phone, company, address, notes, consent, "
                              "total_spent_minor, order_count, created_at, updated_at, referral_code, "
                              "coalesce(referred_by_id, ''), coalesce(nps_score, ''), tags_text FROM advocates "
                              "ORDER BY id"));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 17; ++i)
                cells << q.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
        return rows.join(QLatin1Char('\n'));
    }

    QString field(const QString& email, const QString& column)
    {
        QSqlQuery q(db.connection());
        // Column names come from the tests themselves.
        q.prepare(QStringLiteral("SELECT %1 FROM advocates WHERE email_norm = ?").arg(column));
        q.addBindValue(email);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }

    qint64 searchHits(const QString& word)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM advocates_fts WHERE advocates_fts MATCH ?"));
        q.addBindValue(word);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    /// Every table, index and trigger with its SQL: what a bulk load takes away must come back.
    QString schema()
    {
        return scalar(
            QStringLiteral("SELECT group_concat(x) FROM (SELECT name || sql AS x FROM sqlite_master ORDER BY name)"))
            .toString();
    }

    /// The file and its full-text index are sound.
    void expectIntact()
    {
        EXPECT_EQ(scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QSqlQuery check(db.connection());
        EXPECT_TRUE(
            check.exec(QStringLiteral("INSERT INTO advocates_fts (advocates_fts, rank) VALUES ('integrity-check', 1)")))
            << check.lastError().text().toStdString();
    }

    /// A customers file of `n` generated people, each with a tag and a note.
    static QByteArray generated(int n, int firstId = 0)
    {
        QByteArray out = kShopifyHeader;
        for (int i = firstId; i < firstId + n; ++i)
            out += QStringLiteral("Person%1,Family%2,person%1@example.com,yes,,%1 Main St,Lyon,69001,FR,,12.50,1,"
                                  "batch,note %1\r\n")
                       .arg(i)
                       .arg(i % 50)
                       .toUtf8();
        return out;
    }

    test::TestDatabase db;
};

TEST_F(CustomerImportTest, ShopifyExportBecomesAdvocatesWithoutTouchingTheMapping)
{
    const QByteArray file = kShopifyHeader
        + "Émile,Zola,Emile.Zola@Example.com,yes,Les Éditions,12 Rue de Rivoli,Paris,75001,FR,+33 1 23 45 67 89,"
          "\"1,234.50\",7,\"vip, newsletter\",Likes croissants\r\n"
          "Ada,Lovelace,ada@example.org,no,,,,,,,0.00,0,,\r\n";
    const auto summary = import(file);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->rows, 2);
    EXPECT_EQ(summary->created, 2);
    EXPECT_EQ(summary->rejected, 0);
    EXPECT_GT(summary->batchId, 0);
    EXPECT_EQ(field(QStringLiteral("emile.zola@example.com"), QStringLiteral("first_name")), QStringLiteral("Émile"));
    EXPECT_EQ(field(QStringLiteral("emile.zola@example.com"), QStringLiteral("email")),
        QStringLiteral("Emile.Zola@Example.com"));
    EXPECT_EQ(field(QStringLiteral("emile.zola@example.com"), QStringLiteral("address")),
        QStringLiteral("12 Rue de Rivoli\n75001 Paris\nFR"));
    EXPECT_EQ(
        field(QStringLiteral("emile.zola@example.com"), QStringLiteral("total_spent_minor")), QStringLiteral("123450"));
    EXPECT_EQ(field(QStringLiteral("emile.zola@example.com"), QStringLiteral("order_count")), QStringLiteral("7"));
    EXPECT_EQ(field(QStringLiteral("emile.zola@example.com"), QStringLiteral("consent")), QStringLiteral("1"));
    EXPECT_EQ(field(QStringLiteral("emile.zola@example.com"), QStringLiteral("tags_text")),
        QStringLiteral("newsletter, vip"));
    EXPECT_EQ(
        field(QStringLiteral("emile.zola@example.com"), QStringLiteral("notes")), QStringLiteral("Likes croissants"));
    EXPECT_EQ(field(QStringLiteral("ada@example.org"), QStringLiteral("consent")), QStringLiteral("0"));
    EXPECT_TRUE(
        field(QStringLiteral("ada@example.org"), QStringLiteral("referral_code")).startsWith(QStringLiteral("ADA-")));
    EXPECT_EQ(count(QStringLiteral("advocate_tags")), 2);
    EXPECT_EQ(searchHits(QStringLiteral("emile")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status || rows_inserted FROM import_batches")).toString(),
        QStringLiteral("completed2"));
}

TEST_F(CustomerImportTest, TheSameFileTwiceChangesNothingTheSecondTime)
{
    const QByteArray file = generated(40);
    ASSERT_TRUE(import(file));
    const QString before = advocatesDump();
    db.clock().advanceSeconds(3600);
    const auto again = import(file);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->created, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(again->skipped, 40);
    EXPECT_EQ(advocatesDump(), before);
    EXPECT_EQ(count(QStringLiteral("import_changes")), 0);
}

TEST_F(CustomerImportTest, TheSamePersonTwiceInAFileIsOneAdvocate)
{
    const QByteArray file = kShopifyHeader
        + "Anna,Berg,anna@example.com,,,,,,,,,,,\r\n"
          "Anna,Berg,\" ANNA@Example.COM \",,,,,,,+49 30 1234,,,,\r\n"
          "Anna,Berg,anna@example.com\xE2\x80\x8B,,,,,,,,,,,\r\n"; // a zero-width space after the address
    const auto summary = import(file);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(count(QStringLiteral("advocates")), 1);
    EXPECT_EQ(summary->created, 1);
    EXPECT_EQ(summary->updated, 1); // the phone the first row lacked
    EXPECT_EQ(summary->skipped, 1);
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("phone")), QStringLiteral("+49 30 1234"));
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("email")), QStringLiteral("anna@example.com"));
}

TEST_F(CustomerImportTest, APersonWhoseRowsDisagreeStillImportsTheSameWayTwice)
{
    const QByteArray file = kShopifyHeader
        + "Anna,Berg,anna@example.com,yes,,,,,,,10.00,1,vip,First note\r\n"
          "Annie,Berg-Lund,ANNA@EXAMPLE.COM,no,Acme,,,,,+1 555,20.00,2,new,Second note\r\n";
    ASSERT_TRUE(import(file));
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("first_name")), QStringLiteral("Anna"));
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("company")), QStringLiteral("Acme"));
    const QString before = advocatesDump();
    db.clock().advanceSeconds(60);
    const auto again = import(file);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(again->skipped, 2);
    EXPECT_EQ(advocatesDump(), before);
}

TEST_F(CustomerImportTest, DuplicatePoliciesDecideWhatHappensToExistingAdvocates)
{
    ASSERT_TRUE(import(kShopifyHeader + "Anna,,anna@example.com,,,,,,,,,,,Old note\r\n"));
    const QByteArray second = kShopifyHeader + "Annie,Berg,anna@example.com,,,,,,,+1 555,,,,New note\r\n";

    ImportSettings skip;
    skip.onDuplicate = DuplicatePolicy::Skip;
    const auto skipped = import(second, skip);
    ASSERT_TRUE(skipped);
    EXPECT_EQ(skipped->skipped, 1);
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("first_name")), QStringLiteral("Anna"));

    ImportSettings fill;
    fill.onDuplicate = DuplicatePolicy::FillEmpty;
    const auto filled = import(second, fill);
    ASSERT_TRUE(filled);
    EXPECT_EQ(filled->updated, 1);
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("first_name")), QStringLiteral("Anna"));
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("last_name")), QStringLiteral("Berg"));
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("phone")), QStringLiteral("+1 555"));
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("notes")), QStringLiteral("Old note"));

    const auto updated = import(second);
    ASSERT_TRUE(updated);
    EXPECT_EQ(updated->updated, 1);
    EXPECT_EQ(updated->reports.at(0).detail, QStringLiteral("Updated: first name, notes"));
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("first_name")), QStringLiteral("Annie"));
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("notes")), QStringLiteral("New note"));
    EXPECT_EQ(count(QStringLiteral("advocates")), 1);
}

TEST_F(CustomerImportTest, ControlCharactersInValuesAreKeptAndCompared)
{
    // Unit and record separators are what the lookup packs the stored values with.
    const QByteArray file = kShopifyHeader + "An\x1fna,Be\x1erg,anna@example.com,,,,,,,,,,,\x1e\r\n";
    ASSERT_TRUE(import(file));
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("first_name")), QStringLiteral("An\x1fna"));
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("notes")), QStringLiteral("\x1e"));
    const auto again = import(file);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->skipped, 1);
}

TEST_F(CustomerImportTest, AnEmptyCellNeverBlanksWhatIsStored)
{
    ASSERT_TRUE(import(kShopifyHeader + "Anna,Berg,anna@example.com,,Acme,,,,,+1 555,,,,Note\r\n"));
    const auto again = import(kShopifyHeader + "Anna,,anna@example.com,,,,,,,,,,,\r\n");
    ASSERT_TRUE(again);
    EXPECT_EQ(again->skipped, 1);
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("company")), QStringLiteral("Acme"));
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("last_name")), QStringLiteral("Berg"));
}

TEST_F(CustomerImportTest, BadRowsAreRejectedWithRowColumnAndReasonAndTheRestImported)
{
    const QByteArray file = kShopifyHeader
        + "No,Email,,,,,,,,,,,,\r\n" // row 2
          "Bad,Email,not-an-address,,,,,,,,,,,\r\n" // row 3
          "Good,One,good@example.com,,,,,,,,,,,\"two\nlines\"\r\n" // rows 4-5
          "Bad,Money,money@example.com,,,,,,,,twelve,,,\r\n" // row 6
          "Bad,Consent,consent@example.com,maybe,,,,,,,,,,\r\n" // row 7
          "Too,Few,few@example.com\r\n" // row 8
          "Bad,Orders,orders@example.com,,,,,,,,,-3,,\r\n"; // row 9
    const QString rejectedPath = db.dir() + QStringLiteral("/rejected.csv");
    ImportSettings settings;
    settings.rejectedOutPath = rejectedPath;
    const auto summary = import(file, settings);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->rows, 7);
    EXPECT_EQ(summary->created, 1);
    EXPECT_EQ(summary->rejected, 6);
    ASSERT_EQ(summary->errors.size(), 6u);
    EXPECT_EQ(summary->errors[0].row, 2);
    EXPECT_EQ(summary->errors[0].column, QStringLiteral("Email"));
    EXPECT_TRUE(summary->errors[0].message.contains(QStringLiteral("No email address")));
    EXPECT_EQ(summary->errors[1].row, 3);
    EXPECT_TRUE(summary->errors[1].message.contains(QStringLiteral("no @ sign")));
    EXPECT_EQ(summary->errors[2].row, 6);
    EXPECT_EQ(summary->errors[2].column, QStringLiteral("Total Spent"));
    EXPECT_EQ(summary->errors[3].row, 7);
    EXPECT_EQ(summary->errors[3].column, QStringLiteral("Accepts Email Marketing"));
    EXPECT_EQ(summary->errors[4].row, 8);
    EXPECT_TRUE(summary->errors[4].message.contains(QStringLiteral("3 of the 14 columns")));
    EXPECT_EQ(summary->errors[5].row, 9);
    EXPECT_EQ(summary->errors[5].column, QStringLiteral("Total Orders"));
    EXPECT_EQ(field(QStringLiteral("good@example.com"), QStringLiteral("notes")), QStringLiteral("two\nlines"));

    // Kept with the batch, and written as the original rows plus the reason, ready to fix.
    EXPECT_EQ(count(QStringLiteral("import_row_errors")), 6);
    EXPECT_EQ(scalar(QStringLiteral("SELECT raw_line FROM import_row_errors WHERE row_number = 6")).toString(),
        QStringLiteral("Bad,Money,money@example.com,,,,,,,,twelve,,,"));
    QFile rejected(rejectedPath);
    ASSERT_TRUE(rejected.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejected.readAll());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 7);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Import problem,First Name,Last Name,Email,")));
    EXPECT_TRUE(lines[4].contains(QStringLiteral("is not a yes or no")));
    EXPECT_TRUE(lines[4].endsWith(QStringLiteral(",Bad,Consent,consent@example.com,maybe,,,,,,,,,,")));
    EXPECT_TRUE(lines[5].endsWith(QStringLiteral(",Too,Few,few@example.com")));

    // The same file again later, from what the batch keeps.
    const QString again2 = db.dir() + QStringLiteral("/rejected-later.csv");
    const auto written = RejectedRowsFile::write(db.connection(), summary->batchId, again2);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    EXPECT_EQ(written.value(), 6);
    EXPECT_EQ(test::fileBytes(again2), test::fileBytes(rejectedPath));

    // The fixed file goes back in: the reason column is ignored.
    QByteArray fixed = rejected.fileName().isEmpty() ? QByteArray() : text.toUtf8();
    fixed.replace("maybe", "yes");
    const auto again = import(fixed);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->created, 1);
    EXPECT_EQ(field(QStringLiteral("consent@example.com"), QStringLiteral("consent")), QStringLiteral("1"));
}

TEST_F(CustomerImportTest, AmbiguousDatesAreNeverGuessed)
{
    const QByteArray file = "Email,Created At\r\na@example.com,03/04/2026\r\nb@example.com,05/06/2026\r\n";
    const auto refused = import(file);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("date_format"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Created At")));
    EXPECT_EQ(count(QStringLiteral("advocates")), 0);
    EXPECT_EQ(count(QStringLiteral("import_batches")), 0);

    ImportSettings dayFirst;
    dayFirst.dateOrder = csv::DateOrder::DayMonthYear;
    ASSERT_TRUE(import(file, dayFirst));
    const QDateTime created = QDateTime::fromSecsSinceEpoch(
        field(QStringLiteral("a@example.com"), QStringLiteral("created_at")).toLongLong(), Qt::UTC);
    EXPECT_EQ(created.toLocalTime().date(), QDate(2026, 4, 3));
}

TEST_F(CustomerImportTest, UnambiguousDatesAndEuropeanMoneyAreRead)
{
    const QByteArray file = "E-Mail-Adresse;Vorname;Umsatz;Kunde seit\r\n"
                            "jo@example.de;Jo;1.234,50 €;25.12.2025\r\n"
                            "max@example.de;Max;12,00 €;01.02.2026\r\n";
    const auto summary = import(file);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->created, 2);
    EXPECT_EQ(summary->delimiter, QLatin1Char(';'));
    EXPECT_EQ(field(QStringLiteral("jo@example.de"), QStringLiteral("total_spent_minor")), QStringLiteral("123450"));
    const QDateTime created = QDateTime::fromSecsSinceEpoch(
        field(QStringLiteral("jo@example.de"), QStringLiteral("created_at")).toLongLong(), Qt::UTC);
    EXPECT_EQ(created.toLocalTime().date(), QDate(2025, 12, 25));
}

TEST_F(CustomerImportTest, Windows1252FileKeepsItsAccents)
{
    QStringEncoder encoder("windows-1252");
    const QByteArray file = encoder.encode(
        QStringLiteral("Email;First Name;Last Name\r\nj@example.de;Jürgen;Müller\r\nc@example.fr;Chloé;Lefèvre\r\n"));
    const auto summary = import(file);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(field(QStringLiteral("j@example.de"), QStringLiteral("last_name")), QStringLiteral("Müller"));
    EXPECT_EQ(field(QStringLiteral("c@example.fr"), QStringLiteral("first_name")), QStringLiteral("Chloé"));
}

TEST_F(CustomerImportTest, AFileWithoutAnEmailColumnIsRefusedWhole)
{
    const auto refused = import("Name,Phone\r\nAnna,123\r\n");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("mapping"));
    EXPECT_EQ(count(QStringLiteral("import_batches")), 0);
}

TEST_F(CustomerImportTest, DryRunCountsExactlyAndKeepsNothing)
{
    ASSERT_TRUE(import(kShopifyHeader + "Anna,,anna@example.com,,,,,,,,,,,\r\n"));
    const QString before = advocatesDump();
    ImportSettings dry;
    dry.dryRun = true;
    const auto summary = import(kShopifyHeader
            + "Anna,Berg,anna@example.com,,,,,,,,,,,\r\nBen,,ben@example.com,,,,,,,,,,,\r\nX,,nope,,,,,,,,,,,\r\n",
        dry);
    ASSERT_TRUE(summary);
    EXPECT_TRUE(summary->dryRun);
    EXPECT_EQ(summary->batchId, 0);
    EXPECT_EQ(summary->created, 1);
    EXPECT_EQ(summary->updated, 1);
    EXPECT_EQ(summary->rejected, 1);
    ASSERT_EQ(summary->reports.size(), 3u);
    EXPECT_EQ(summary->reports[0].outcome, RowOutcome::Updated);
    EXPECT_EQ(summary->reports[0].detail, QStringLiteral("Updated: last name"));
    EXPECT_EQ(summary->reports[1].outcome, RowOutcome::Created);
    EXPECT_EQ(summary->reports[2].outcome, RowOutcome::Rejected);
    EXPECT_EQ(advocatesDump(), before);
    EXPECT_EQ(count(QStringLiteral("import_batches")), 1);
    EXPECT_EQ(count(QStringLiteral("import_row_errors")), 0);
}

TEST_F(CustomerImportTest, CancelHalfwayLeavesTheDatabaseExactlyAsBefore)
{
    ASSERT_TRUE(import(generated(10)));
    const QString before = advocatesDump();
    const QString schemaBefore = scalar(QStringLiteral("SELECT group_concat(name) FROM sqlite_master")).toString();
    // Large enough for the bulk load, which takes the indexes away until the end.
    ImportCancelFlag cancel {false};
    qint64 seenRows = 0;
    const auto summary = import(
        generated(8000, 5), {},
        [&](const ImportProgress& p) {
            seenRows = p.rows;
            if (p.rows >= 4000)
                cancel = true;
        },
        &cancel);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_TRUE(summary->cancelled);
    EXPECT_EQ(summary->batchId, 0);
    EXPECT_EQ(seenRows, 4000);
    EXPECT_EQ(advocatesDump(), before);
    EXPECT_EQ(scalar(QStringLiteral("SELECT group_concat(name) FROM sqlite_master")).toString(), schemaBefore);
    EXPECT_EQ(count(QStringLiteral("import_batches")), 1);
    EXPECT_EQ(searchHits(QStringLiteral("person7000")), 0);
}

TEST_F(CustomerImportTest, ABulkLoadEndsWithEveryIndexTriggerAndSearchEntryInPlace)
{
    ASSERT_TRUE(import(generated(3)));
    const QString schemaBefore = schema();
    QByteArray big = generated(6000, 0);
    big.replace("Person1,Family1,person1@example.com", "Renamed,Family1,person1@example.com");
    const auto summary = import(big);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->created, 5997);
    EXPECT_EQ(summary->updated, 1);
    EXPECT_EQ(summary->skipped, 2);
    EXPECT_EQ(schema(), schemaBefore);
    expectIntact();
    EXPECT_EQ(searchHits(QStringLiteral("renamed")), 1);
    EXPECT_EQ(searchHits(QStringLiteral("first_name:person1")), 0);
    EXPECT_EQ(searchHits(QStringLiteral("first_name:person2")), 1);
    EXPECT_EQ(searchHits(QStringLiteral("person5999")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM advocates WHERE tags_text = 'batch'")).toLongLong(), 6000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(DISTINCT referral_code) FROM advocates")).toLongLong(), 6000);
    // The triggers are back: an edit after the import reaches the search index again.
    QSqlQuery edit(db.connection());
    ASSERT_TRUE(edit.exec(
        QStringLiteral("UPDATE advocates SET first_name = 'Zebulon' WHERE email_norm = 'person7@example.com'")));
    EXPECT_EQ(searchHits(QStringLiteral("zebulon")), 1);
}

TEST_F(CustomerImportTest, UndoDeletesWhatTheImportCreatedAndPutsBackWhatItChanged)
{
    ASSERT_TRUE(import(kShopifyHeader
        + "Anna,,anna@example.com,,,,,,,,,,vip,Old note\r\n"
          "Ben,,ben@example.com,,,,,,,,,,,\r\n"));
    const QString before = advocatesDump();
    db.clock().advanceSeconds(60);
    const auto second = import(kShopifyHeader
        + "Anna,Berg,anna@example.com,,,,,,,,,,\"vip, fair\",New note\r\n"
          "Ben,,ben@example.com,,,,,,,+1 555,,,,\r\n"
          "Cleo,,cleo@example.com,,,,,,,,,,,\r\n");
    ASSERT_TRUE(second);
    EXPECT_EQ(second->updated, 2);
    EXPECT_EQ(second->created, 1);
    // Someone edits Ben's phone after the import: the undo keeps that edit.
    db.clock().advanceSeconds(60);
    QSqlQuery edit(db.connection());
    ASSERT_TRUE(
        edit.exec(QStringLiteral("UPDATE advocates SET phone = '+1 999' WHERE email_norm = 'ben@example.com'")));

    ImportUndo undo(db.connection(), db.clock());
    const auto check = undo.check(second->batchId);
    ASSERT_TRUE(check);
    EXPECT_EQ(check->created, 1);
    EXPECT_EQ(check->changed, 2);
    EXPECT_EQ(check->inUse, 0);
    const auto undone = undo.undo(second->batchId);
    ASSERT_TRUE(undone) << undone.error().message.toStdString();
    EXPECT_EQ(undone->deleted, 1);
    EXPECT_EQ(undone->restored, 1);
    EXPECT_EQ(undone->keptEdits, 1);
    EXPECT_EQ(field(QStringLiteral("cleo@example.com"), QStringLiteral("id")), QStringLiteral("<none>"));
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("notes")), QStringLiteral("Old note"));
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("last_name")), QString());
    EXPECT_EQ(field(QStringLiteral("anna@example.com"), QStringLiteral("tags_text")), QStringLiteral("vip"));
    EXPECT_EQ(field(QStringLiteral("ben@example.com"), QStringLiteral("phone")), QStringLiteral("+1 999"));
    EXPECT_EQ(searchHits(QStringLiteral("cleo")), 0);
    EXPECT_EQ(count(QStringLiteral("import_changes")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM import_batches WHERE id = %1").arg(second->batchId)).toString(),
        QStringLiteral("undone"));

    const auto twice = undo.undo(second->batchId);
    ASSERT_FALSE(twice);
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("already undone")));
    Q_UNUSED(before);
}

TEST_F(CustomerImportTest, UndoOfTheFirstImportLeavesAnEmptyBusiness)
{
    const auto first = import(generated(30));
    ASSERT_TRUE(first);
    const auto undone = ImportUndo(db.connection(), db.clock()).undo(first->batchId);
    ASSERT_TRUE(undone);
    EXPECT_EQ(undone->deleted, 30);
    EXPECT_EQ(count(QStringLiteral("advocates")), 0);
    EXPECT_EQ(count(QStringLiteral("advocates_fts")), 0);
}

TEST_F(CustomerImportTest, UndoOfALargeImportLeavesIndexesAndSearchAsBefore)
{
    ASSERT_TRUE(import(generated(5, 90000)));
    const QString schemaBefore = schema();
    const QString before = advocatesDump();
    const auto big = import(generated(5100));
    ASSERT_TRUE(big);
    const auto undone = ImportUndo(db.connection(), db.clock()).undo(big->batchId);
    ASSERT_TRUE(undone) << undone.error().message.toStdString();
    EXPECT_EQ(undone->deleted, 5100);
    EXPECT_EQ(advocatesDump(), before);
    EXPECT_EQ(schema(), schemaBefore);
    expectIntact();
    EXPECT_EQ(searchHits(QStringLiteral("person90002")), 1);
    EXPECT_EQ(searchHits(QStringLiteral("person17")), 0);
    // The triggers are back: the search index follows edits again.
    QSqlQuery edit(db.connection());
    ASSERT_TRUE(edit.exec(
        QStringLiteral("UPDATE advocates SET first_name = 'Zebulon' WHERE email_norm = 'person90001@example.com'")));
    EXPECT_EQ(searchHits(QStringLiteral("zebulon")), 1);
}

TEST_F(CustomerImportTest, UndoIsRefusedWhenImportedAdvocatesHaveReferralsSince)
{
    const auto first = import(generated(2));
    ASSERT_TRUE(first);
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "INSERT INTO campaigns (id, name, status, starts_on, advocate_reward_kind, advocate_reward_value, "
        "friend_reward_kind, friend_reward_value, disclosure_text, created_at, updated_at) VALUES (1, 'Spring', "
        "'active', '2026-03-01', 'store_credit', 1000, 'none', 0, 'We pay $10 per friend.', 1, 1)")))
        << q.lastError().text().toStdString();
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO referrals (campaign_id, referrer_id, status, created_at, updated_at) "
                              "SELECT 1, id, 'pending', 1, 1 FROM advocates LIMIT 1")))
        << q.lastError().text().toStdString();
    ImportUndo undo(db.connection(), db.clock());
    EXPECT_EQ(undo.check(first->batchId)->inUse, 1);
    const auto refused = undo.undo(first->batchId);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Error::Code::InUse);
    EXPECT_EQ(count(QStringLiteral("advocates")), 2);
    EXPECT_EQ(count(QStringLiteral("referrals")), 1);
}

TEST_F(CustomerImportTest, ReferredByLinksToAdvocatesInTheFileOrTheDatabase)
{
    ASSERT_TRUE(import("Email,First Name,Referral Code\r\nold@example.com,Olga,OLGA-123\r\n"));
    const auto summary = import("Email,First Name,Referred By\r\n"
                                "new@example.com,Nina,later@example.com\r\n"
                                "later@example.com,Lars,olga-123\r\n"
                                "lost@example.com,Lou,nobody@example.com\r\n");
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->created, 3);
    EXPECT_EQ(field(QStringLiteral("new@example.com"), QStringLiteral("referred_by_id")),
        field(QStringLiteral("later@example.com"), QStringLiteral("id")));
    EXPECT_EQ(field(QStringLiteral("later@example.com"), QStringLiteral("referred_by_id")),
        field(QStringLiteral("old@example.com"), QStringLiteral("id")));
    EXPECT_EQ(field(QStringLiteral("lost@example.com"), QStringLiteral("referred_by_id")), QString());
    ASSERT_EQ(summary->notices.size(), 1u);
    EXPECT_EQ(summary->notices[0].row, 4);
    EXPECT_EQ(summary->notices[0].column, QStringLiteral("Referred By"));
}

TEST_F(CustomerImportTest, AReferralCodeFromTheFileIsKeptOrTheRowRejectedWhenTaken)
{
    ASSERT_TRUE(import("Email,Referral Code\r\na@example.com,anna-2026\r\n"));
    EXPECT_EQ(field(QStringLiteral("a@example.com"), QStringLiteral("referral_code")), QStringLiteral("ANNA-2026"));
    const auto clash = import("Email,Referral Code\r\nb@example.com,ANNA-2026\r\n");
    ASSERT_TRUE(clash);
    EXPECT_EQ(clash->rejected, 1);
    EXPECT_TRUE(clash->errors.at(0).message.contains(QStringLiteral("already belongs")));
}

TEST_F(CustomerImportTest, ProgressReportsRowsAndBytes)
{
    std::vector<ImportProgress> seen;
    const QByteArray file = generated(2500);
    ASSERT_TRUE(import(file, {}, [&](const ImportProgress& p) { seen.push_back(p); }));
    ASSERT_GE(seen.size(), 3u);
    EXPECT_EQ(seen.front().rows, 1000);
    EXPECT_EQ(seen.back().rows, 2500);
    EXPECT_EQ(seen.back().bytesTotal, file.size());
    EXPECT_EQ(seen.back().bytesRead, file.size());
}

TEST_F(CustomerImportTest, ErasingAPersonForgetsTheOldValuesAnImportKeptForUndo)
{
    ASSERT_TRUE(import(kShopifyHeader + "Anna,,anna@example.com,,,,,,,,,,,Lives at 1 Secret Lane\r\n"));
    const auto second = import(kShopifyHeader + "Anna,Berg,anna@example.com,,,,,,,,,,,New note\r\n");
    ASSERT_TRUE(second);
    const qint64 id = field(QStringLiteral("anna@example.com"), QStringLiteral("id")).toLongLong();
    const auto exported = privacy::PersonalData::exportPerson(db.connection(), id, db.clock());
    ASSERT_TRUE(exported);
    EXPECT_TRUE(exported->contains("Secret Lane")); // the kept old note is part of their data
    ASSERT_TRUE(privacy::PersonalData::erasePerson(db.connection(), id, db.clock()));
    EXPECT_EQ(count(QStringLiteral("import_changes")), 0);
    // The undo still runs, and leaves the person erased.
    ASSERT_TRUE(ImportUndo(db.connection(), db.clock()).undo(second->batchId));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM advocates WHERE notes LIKE '%Secret%'")).toLongLong(), 0);
}

struct ToolExport
{
    const char* file;
    bool spentMapped;
    bool consentMapped;
    const char* emileTags;
};

class CustomerImportOfToolExports : public CustomerImportTest, public ::testing::WithParamInterface<ToolExport>
{
};

// The exports of the tools small shops use, as those tools write them (encodings, dates, money,
// yes/no words, tags); each imports without the user touching the mapping.
TEST_P(CustomerImportOfToolExports, ImportsWithoutTouchingTheMapping)
{
    const ToolExport& e = GetParam();
    const QByteArray bytes = test::fileBytes(test::testDataPath(QStringLiteral("import/") + QLatin1String(e.file)));
    ASSERT_FALSE(bytes.isEmpty());
    const auto summary = import(bytes);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->created, 3);
    EXPECT_EQ(summary->rejected, 0) << (summary->errors.empty() ? std::string()
                                                                : summary->errors[0].message.toStdString());
    const QString emile = QStringLiteral("emile.zola@example.com");
    EXPECT_EQ(field(emile, QStringLiteral("first_name")), QStringLiteral("Émile"));
    EXPECT_EQ(field(emile, QStringLiteral("last_name")), QStringLiteral("Zola"));
    EXPECT_EQ(field(QStringLiteral("soren@example.dk"), QStringLiteral("first_name")), QStringLiteral("Søren"));
    if (e.spentMapped) {
        EXPECT_EQ(field(emile, QStringLiteral("total_spent_minor")), QStringLiteral("123450"));
    }
    if (e.consentMapped) {
        EXPECT_EQ(field(emile, QStringLiteral("consent")), QStringLiteral("1"));
        EXPECT_EQ(field(QStringLiteral("ada@example.org"), QStringLiteral("consent")), QStringLiteral("0"));
    }
    EXPECT_EQ(field(emile, QStringLiteral("tags_text")), QString::fromUtf8(e.emileTags));
    // Phones written with Excel's guard apostrophe ("'+33…") come out as numbers.
    EXPECT_FALSE(field(emile, QStringLiteral("phone")).startsWith(QLatin1Char('\'')));
}

INSTANTIATE_TEST_SUITE_P(Tools, CustomerImportOfToolExports,
    ::testing::Values(ToolExport {"shopify.csv", true, true, "newsletter, vip"},
        ToolExport {"woocommerce.csv", true, false, ""}, ToolExport {"hubspot.csv", false, true, ""},
        ToolExport {"mailchimp.csv", false, false, "newsletter, vip"}, ToolExport {"square.csv", true, true, ""},
        ToolExport {"stripe.csv", true, false, ""}, ToolExport {"klaviyo.csv", false, true, ""},
        ToolExport {"google-contacts.csv", false, false, "VIP"},
        ToolExport {"outlook-contacts.csv", false, false, "Newsletter, VIP"},
        ToolExport {"spreadsheet-de.csv", true, false, ""}, ToolExport {"excel-unicode-text.txt", true, false, ""}),
    [](const ::testing::TestParamInfo<ToolExport>& info) {
        std::string name = info.param.file;
        for (char& c : name) {
            if (!std::isalnum(static_cast<unsigned char>(c)))
                c = '_';
        }
        return name;
    });

TEST_F(CustomerImportTest, SavedMappingsFindTheirColumnsByNameWhereverTheyMoved)
{
    csv::ColumnMapping mapping;
    mapping.set(csv::CustomerField::Email, 2);
    mapping.set(csv::CustomerField::FirstName, 0);
    const QStringList lastWeek = {QStringLiteral("Vorname"), QStringLiteral("Land"), QStringLiteral("Mail")};
    ASSERT_TRUE(MappingPresets::save(
        db.connection(), MappingPreset::fromMapping(QStringLiteral("Weekly shop export"), mapping, lastWeek)));
    EXPECT_EQ(MappingPresets::names(db.connection()).value(), QStringList {QStringLiteral("Weekly shop export")});
    const auto preset = MappingPresets::load(db.connection(), QStringLiteral("Weekly shop export"));
    ASSERT_TRUE(preset && preset->has_value());
    QStringList missing;
    const csv::ColumnMapping thisWeek
        = (*preset)->apply({QStringLiteral("MAIL"), QStringLiteral("Vorname"), QStringLiteral("Stadt")}, &missing);
    EXPECT_EQ(thisWeek.column(csv::CustomerField::Email), 0);
    EXPECT_EQ(thisWeek.column(csv::CustomerField::FirstName), 1);
    EXPECT_TRUE(missing.isEmpty());
    (*preset)->apply({QStringLiteral("Vorname")}, &missing);
    EXPECT_EQ(missing, QStringList {QStringLiteral("Mail")});
    ASSERT_TRUE(MappingPresets::remove(db.connection(), QStringLiteral("Weekly shop export")));
    EXPECT_TRUE(MappingPresets::names(db.connection()).value().isEmpty());
}

TEST(MappingPresetsTest, AMappingWrittenOutIsReadOrTheWrongPartNamed)
{
    const auto parsed = MappingPresets::parse(QStringLiteral("email=E-Mail, first_name = Vorname"));
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->columns.at(QStringLiteral("email")), QStringLiteral("E-Mail"));
    EXPECT_EQ(parsed->columns.at(QStringLiteral("first_name")), QStringLiteral("Vorname"));
    const auto unknown = MappingPresets::parse(QStringLiteral("mail=E-Mail"));
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("“mail” is not a field")));
    EXPECT_FALSE(MappingPresets::parse(QStringLiteral("email")));
    EXPECT_FALSE(MappingPresets::parse(QStringLiteral(" ")));
}

TEST_F(CustomerImportTest, AnExportedAdvocatesFileReimportsWithoutChanges)
{
    ASSERT_TRUE(import(test::fileBytes(test::testDataPath(QStringLiteral("import/shopify.csv")))));
    ASSERT_TRUE(import("Email,First Name,Referred By,NPS,Created At,Notes\r\n"
                       "zoe@example.com,Zoë,emile.zola@example.com,9,2025-06-01T10:00:00Z,\"=HYPERLINK(\"\"x\"\")\"\r\n"
                       "max@example.com,Max,,,,\"-5 points, \"\"quoted\"\"\nsecond line\"\r\n"));
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        const QString path = db.dir() + QStringLiteral("/advocates.csv");
        exporting::RecordExportOptions options;
        options.csv.delimiter = delimiter;
        const auto written
            = exporting::RecordExport::write(db.connection(), exporting::RecordKind::Advocates, path, options);
        ASSERT_TRUE(written) << written.error().message.toStdString();
        EXPECT_EQ(written->written, 5);
        const QString before = advocatesDump();
        db.clock().advanceSeconds(60);
        const auto again = import(test::fileBytes(path));
        ASSERT_TRUE(again) << again.error().message.toStdString();
        EXPECT_EQ(again->rows, 5);
        EXPECT_EQ(again->created, 0);
        EXPECT_EQ(again->updated, 0) << (again->reports.empty() ? std::string()
                                                                : again->reports[0].detail.toStdString());
        EXPECT_EQ(again->skipped, 5);
        EXPECT_EQ(advocatesDump(), before);
    }
    EXPECT_EQ(field(QStringLiteral("zoe@example.com"), QStringLiteral("notes")), QStringLiteral("=HYPERLINK(\"x\")"));
}

// Payloadbox's formula-injection list: each payload, imported as a name and a note, is stored
// exactly as written, leaves in an export as text a spreadsheet will not run, and comes back
// unchanged when that export is imported again.
TEST_F(CustomerImportTest, FormulaPayloadsAreStoredExactlyAndExportedAsText)
{
    QFile list(
        QStringLiteral(GRAPEVINE_SHARED_TESTDATA_DIR "/csv-suites/payloadbox-csv-injection/Intruder/csv-payload.txt"));
    if (!list.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "payloadbox-csv-injection is not here: skipped";
    const QStringList payloads = QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(payloads.size(), 6);
    QByteArray file = "Email,First Name,Notes\r\n";
    for (int i = 0; i < payloads.size(); ++i) {
        const QString quoted = QLatin1Char('"') + QString(payloads[i]).replace(QLatin1Char('"'), QLatin1String("\"\""))
            + QLatin1Char('"');
        file += QStringLiteral("p%1@example.com,%2,%2\r\n").arg(i).arg(quoted).toUtf8();
    }
    const auto imported = import(file);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    ASSERT_EQ(imported->created, 6);
    for (int i = 0; i < payloads.size(); ++i) {
        EXPECT_EQ(field(QStringLiteral("p%1@example.com").arg(i), QStringLiteral("first_name")), payloads[i]);
        EXPECT_EQ(field(QStringLiteral("p%1@example.com").arg(i), QStringLiteral("notes")), payloads[i]);
    }
    const QString path = db.dir() + QStringLiteral("/payloads.csv");
    exporting::RecordExportOptions options;
    options.csv.byteOrderMark = false;
    ASSERT_TRUE(exporting::RecordExport::write(db.connection(), exporting::RecordKind::Advocates, path, options));
    QFile exported(path);
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    QBuffer buffer;
    buffer.setData(exported.readAll());
    buffer.open(QIODevice::ReadOnly);
    csv::CsvReader reader(buffer);
    ASSERT_TRUE(reader.open());
    const qsizetype firstName = reader.header().indexOf(QStringLiteral("First Name"));
    const qsizetype notes = reader.header().indexOf(QStringLiteral("Notes"));
    csv::CsvRow row;
    int rows = 0;
    while (reader.next(row)) {
        ++rows;
        for (const qsizetype column : {firstName, notes}) {
            const QString cell = row.fields.at(column);
            ASSERT_FALSE(cell.isEmpty());
            EXPECT_FALSE(QStringLiteral("=+-@\t\r").contains(cell.at(0))) << cell.toStdString();
        }
    }
    EXPECT_EQ(rows, 6);
    const auto again = import(test::fileBytes(path));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->skipped, 6);
    EXPECT_EQ(again->updated, 0);
}

TEST(SeenPeopleTest, RemembersEachPersonsFieldsThroughGrowth)
{
    SeenPeople seen;
    for (std::uint64_t h = 1; h <= 100000; ++h)
        seen.add(h * 0x2545F4914F6CDD1DULL, static_cast<std::uint32_t>(h % 7));
    EXPECT_EQ(seen.size(), 100000u);
    std::uint32_t mask = 99;
    ASSERT_TRUE(seen.find(5 * 0x2545F4914F6CDD1DULL, &mask));
    EXPECT_EQ(mask, 5u);
    seen.add(5 * 0x2545F4914F6CDD1DULL, 8);
    ASSERT_TRUE(seen.find(5 * 0x2545F4914F6CDD1DULL, &mask));
    EXPECT_EQ(mask, 13u);
    EXPECT_EQ(seen.size(), 100000u);
    EXPECT_FALSE(seen.find(100001 * 0x2545F4914F6CDD1DULL, &mask));
    EXPECT_FALSE(SeenPeople().find(0, &mask));
    // Hash 0 is a person like any other.
    seen.add(0, 1);
    EXPECT_TRUE(seen.find(0, &mask));
}

TEST(CustomerRowParserTest, FormulaGuardsOfOurOwnExportsAreTakenOff)
{
    EXPECT_EQ(CustomerRowParser::cleanCell(QStringLiteral("'=SUM(A1)")), QStringLiteral("=SUM(A1)"));
    EXPECT_EQ(CustomerRowParser::cleanCell(QStringLiteral("'+1 555")), QStringLiteral("+1 555"));
    EXPECT_EQ(CustomerRowParser::cleanCell(QStringLiteral("'quoted'")), QStringLiteral("'quoted'"));
    EXPECT_EQ(CustomerRowParser::cleanCell(QStringLiteral("  x  ")), QStringLiteral("x"));
}

TEST(CustomerRowParserTest, ConsentWordsOfTheCommonExports)
{
    for (const char* yes : {"yes", "TRUE", "1", "SUBSCRIBED", "Marketing contact", "opted_in", "Ja", "oui"})
        EXPECT_EQ(CustomerRowParser::parseConsent(QString::fromUtf8(yes)), std::optional<bool>(true)) << yes;
    for (const char* no : {"no", "false", "0", "NEVER_SUBSCRIBED", "Non-marketing contact", "unsubscribed", "nein"})
        EXPECT_EQ(CustomerRowParser::parseConsent(QString::fromUtf8(no)), std::optional<bool>(false)) << no;
    EXPECT_EQ(CustomerRowParser::parseConsent(QStringLiteral("maybe")), std::nullopt);
}

TEST(CustomerRowParserTest, TagsSplitAtCommasAndSemicolonsOnce)
{
    EXPECT_EQ(CustomerRowParser::splitTags(QStringLiteral(" vip; newsletter ,VIP,, local ")),
        (QStringList {QStringLiteral("vip"), QStringLiteral("newsletter"), QStringLiteral("local")}));
    EXPECT_EQ(CustomerRowParser::splitTags(QStringLiteral("* myContacts ::: Friends ::: * starred")),
        QStringList {QStringLiteral("Friends")});
    EXPECT_EQ(CustomerRowParser::splitTags(QStringLiteral("\"vip\",\"new customer\"")),
        (QStringList {QStringLiteral("vip"), QStringLiteral("new customer")}));
}

} // namespace
