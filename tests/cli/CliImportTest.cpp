// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "TestDatabase.h"

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

class CliImport : public ::testing::Test
{
protected:
    ProcessResult cli(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(GRAPEVINE_CLI_PATH), QStringList {QStringLiteral("--db"), db()} + args);
        EXPECT_TRUE(p.waitForFinished(120000)) << args.join(u' ').toStdString();
        ProcessResult r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    ProcessResult importJson(const QString& kind, const QString& file, const QStringList& more = {})
    {
        return cli(QStringList {QStringLiteral("import"), kind, data(file), QStringLiteral("--json")} + more);
    }

    QString db() const { return m_dir.filePath(QStringLiteral("business.sqlite")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static QString data(const QString& name) { return grapevine::test::testDataPath(QStringLiteral("import/") + name); }

private:
    QTemporaryDir m_dir;
};

TEST_F(CliImport, ImportsAShopifyExportAndPrintsOneJsonObject)
{
    const ProcessResult r = importJson(QStringLiteral("customers"), QStringLiteral("shopify.csv"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject j = r.json();
    EXPECT_GT(j.value(QStringLiteral("batch")).toInteger(), 0);
    EXPECT_EQ(j.value(QStringLiteral("rows")).toInteger(), 3);
    EXPECT_EQ(j.value(QStringLiteral("created")).toInteger(), 3);
    EXPECT_EQ(j.value(QStringLiteral("updated")).toInteger(), 0);
    EXPECT_EQ(j.value(QStringLiteral("skipped")).toInteger(), 0);
    EXPECT_EQ(j.value(QStringLiteral("rejected")).toInteger(), 0);
    EXPECT_TRUE(j.value(QStringLiteral("errors")).toArray().isEmpty());

    // The weekly re-import: nothing new, nothing doubled.
    const ProcessResult again = importJson(QStringLiteral("customers"), QStringLiteral("shopify.csv"));
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.json().value(QStringLiteral("created")).toInteger(), 0);
    EXPECT_EQ(again.json().value(QStringLiteral("skipped")).toInteger(), 3);

    const ProcessResult history = cli({QStringLiteral("imports")});
    ASSERT_EQ(history.exitCode, 0);
    EXPECT_EQ(history.out.count(QStringLiteral("shopify.csv")), 2) << history.out.toStdString();
}

TEST_F(CliImport, RejectedRowsAreListedAndWrittenWithTheirReasonsAndTheRestImported)
{
    const QString rejected = path(QStringLiteral("rejected.csv"));
    const ProcessResult r = importJson(
        QStringLiteral("customers"), QStringLiteral("bad-rows.csv"), {QStringLiteral("--rejected-out"), rejected});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject j = r.json();
    EXPECT_EQ(j.value(QStringLiteral("created")).toInteger(), 1);
    EXPECT_EQ(j.value(QStringLiteral("rejected")).toInteger(), 3);
    const QJsonArray errors = j.value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 3);
    EXPECT_EQ(errors[0].toObject().value(QStringLiteral("row")).toInteger(), 3);
    EXPECT_EQ(errors[0].toObject().value(QStringLiteral("column")).toString(), QStringLiteral("Email"));
    EXPECT_EQ(errors[2].toObject().value(QStringLiteral("column")).toString(), QStringLiteral("Accepts Marketing"));
    EXPECT_TRUE(errors[2].toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("perhaps")));
    QFile file(rejected);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(lines[0].contains(QStringLiteral("Import problem,Email,First Name")));
    EXPECT_TRUE(lines[3].endsWith(QStringLiteral(",maybe@example.com,Maybe,2.00,perhaps")));
}

TEST_F(CliImport, ADryRunReportsAndKeepsNothing)
{
    const ProcessResult r
        = importJson(QStringLiteral("customers"), QStringLiteral("shopify.csv"), {QStringLiteral("--dry-run")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json().value(QStringLiteral("batch")).isNull());
    EXPECT_TRUE(r.json().value(QStringLiteral("dry_run")).toBool());
    EXPECT_EQ(r.json().value(QStringLiteral("created")).toInteger(), 3);
    const ProcessResult real = importJson(QStringLiteral("customers"), QStringLiteral("shopify.csv"));
    EXPECT_EQ(real.json().value(QStringLiteral("created")).toInteger(), 3);
}

TEST_F(CliImport, AmbiguousDatesNeedADateFormat)
{
    const ProcessResult refused = importJson(QStringLiteral("customers"), QStringLiteral("ambiguous-dates.csv"));
    EXPECT_EQ(refused.exitCode, 4);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("day/month or month/day"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--date-format"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.out.isEmpty());
    const ProcessResult ok = importJson(QStringLiteral("customers"), QStringLiteral("ambiguous-dates.csv"),
        {QStringLiteral("--date-format"), QStringLiteral("dmy")});
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_EQ(ok.json().value(QStringLiteral("created")).toInteger(), 2);
}

TEST_F(CliImport, AMappingOnTheCommandLineNamesColumnsTheMatcherDoesNotKnow)
{
    const ProcessResult refused = importJson(QStringLiteral("customers"), QStringLiteral("custom-headers.csv"));
    EXPECT_EQ(refused.exitCode, 4);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("email"))) << refused.err.toStdString();
    const ProcessResult ok = importJson(QStringLiteral("customers"), QStringLiteral("custom-headers.csv"),
        {QStringLiteral("--mapping"), QStringLiteral("email=Kontakt, first_name=Vorname, notes=Bemerkung zum Kunden")});
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_EQ(ok.json().value(QStringLiteral("created")).toInteger(), 1);
    const ProcessResult badKey = importJson(QStringLiteral("customers"), QStringLiteral("custom-headers.csv"),
        {QStringLiteral("--mapping"), QStringLiteral("mail=Kontakt")});
    EXPECT_EQ(badKey.exitCode, 2);
    EXPECT_TRUE(badKey.err.contains(QStringLiteral("not a field"))) << badKey.err.toStdString();
}

TEST_F(CliImport, UndoImportTakesTheWholeImportBackOnce)
{
    const ProcessResult r = importJson(QStringLiteral("customers"), QStringLiteral("shopify.csv"));
    ASSERT_EQ(r.exitCode, 0);
    const QString batch = QString::number(r.json().value(QStringLiteral("batch")).toInteger());
    const ProcessResult undone = cli({QStringLiteral("undo-import"), batch});
    ASSERT_EQ(undone.exitCode, 0) << undone.err.toStdString();
    EXPECT_TRUE(undone.out.contains(QStringLiteral("3 records deleted"))) << undone.out.toStdString();
    const ProcessResult twice = cli({QStringLiteral("undo-import"), batch});
    EXPECT_EQ(twice.exitCode, 4);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("already undone"))) << twice.err.toStdString();
    const ProcessResult check = cli({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("Integrity: ok")));
}

TEST_F(CliImport, MentionsImportFromAListeningExport)
{
    const ProcessResult r = importJson(QStringLiteral("mentions"), QStringLiteral("mentions-listening.csv"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("created")).toInteger(), 2);
}

TEST_F(CliImport, ExportWritesAFileThatImportsBackWithoutChanges)
{
    ASSERT_EQ(importJson(QStringLiteral("customers"), QStringLiteral("shopify.csv")).exitCode, 0);
    const QString file = path(QStringLiteral("advocates.csv"));
    const ProcessResult exported = cli({QStringLiteral("export"), QStringLiteral("advocates"), QStringLiteral("--out"),
        file, QStringLiteral("--delimiter"), QStringLiteral(";")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("Wrote 3 advocates"))) << exported.out.toStdString();
    const QByteArray bytes = grapevine::test::fileBytes(file);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"
                                 "Email;First Name;Last Name"))
        << bytes.left(60).toStdString();
    EXPECT_TRUE(bytes.contains("1234.50"));
    const ProcessResult again
        = cli({QStringLiteral("import"), QStringLiteral("customers"), file, QStringLiteral("--json")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.json().value(QStringLiteral("skipped")).toInteger(), 3);
    EXPECT_EQ(again.json().value(QStringLiteral("updated")).toInteger(), 0);

    const ProcessResult noBom = cli({QStringLiteral("export"), QStringLiteral("mentions"), QStringLiteral("--out"),
        path(QStringLiteral("mentions.csv")), QStringLiteral("--no-bom")});
    ASSERT_EQ(noBom.exitCode, 0) << noBom.err.toStdString();
    EXPECT_FALSE(grapevine::test::fileBytes(path(QStringLiteral("mentions.csv"))).startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(cli({QStringLiteral("export"), QStringLiteral("pets"), QStringLiteral("--out"), file}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("export"), QStringLiteral("advocates")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("check"), QStringLiteral("--no-bom")}).exitCode, 2);
}

TEST_F(CliImport, WrongCommandLinesAndUnreadableFilesSayWhatIsWrong)
{
    EXPECT_EQ(importJson(QStringLiteral("pets"), QStringLiteral("shopify.csv")).exitCode, 2);
    const ProcessResult missing
        = cli({QStringLiteral("import"), QStringLiteral("customers"), path(QStringLiteral("nope.csv"))});
    EXPECT_EQ(missing.exitCode, 4);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nope.csv"))) << missing.err.toStdString();
    const ProcessResult policy = importJson(QStringLiteral("customers"), QStringLiteral("shopify.csv"),
        {QStringLiteral("--on-duplicate"), QStringLiteral("merge")});
    EXPECT_EQ(policy.exitCode, 2);
    EXPECT_TRUE(policy.err.contains(QStringLiteral("update, skip or fill")));
    const ProcessResult encoding = importJson(QStringLiteral("customers"), QStringLiteral("shopify.csv"),
        {QStringLiteral("--encoding"), QStringLiteral("klingon")});
    EXPECT_EQ(encoding.exitCode, 4);
    EXPECT_TRUE(encoding.err.contains(QStringLiteral("klingon"))) << encoding.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("undo-import"), QStringLiteral("seven")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("check"), QStringLiteral("--dry-run")}).exitCode, 2);
}

} // namespace
