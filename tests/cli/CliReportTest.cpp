// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString err;
};

/// A made-up business of a few hundred advocates and referrals, once for all the tests.
class CliReport : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        const CliRun made = cliRaw({QStringLiteral("demo"), QStringLiteral("--out"), db(),
            QStringLiteral("--advocates"), QStringLiteral("300"), QStringLiteral("--referrals"), QStringLiteral("400"),
            QStringLiteral("--mentions"), QStringLiteral("60")});
        ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    static QString db() { return s_dir->filePath(QStringLiteral("demo.sqlite")); }
    static QString path(const QString& name) { return s_dir->filePath(name); }

    static CliRun cliRaw(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(GRAPEVINE_CLI_PATH), args);
        EXPECT_TRUE(p.waitForFinished(120000));
        return {
            p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
    }
    static CliRun report(const QStringList& args)
    {
        return cliRaw(QStringList {QStringLiteral("--db"), db(), QStringLiteral("report")} + args);
    }
    static QJsonObject json(const QString& file)
    {
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    static qint64 count(const QString& sql) { return value(sql).toLongLong(); }
    static QVariant value(const QString& sql)
    {
        const QString name = QStringLiteral("report-test");
        QVariant n;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            c.setDatabaseName(db());
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(sql) && q.next())
                    n = q.value(0);
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }

    static QTemporaryDir* s_dir;
};

QTemporaryDir* CliReport::s_dir = nullptr;

TEST_F(CliReport, JsonCarriesTheIssuesNamesAndAgreesWithTheDatabase)
{
    const QString out = path(QStringLiteral("all.json"));
    const CliRun r = report({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject j = json(out);
    for (const char* key : {"referrals", "funnel", "conversion_rate", "participation_rate", "revenue_minor",
             "cost_minor", "roi", "cac_minor", "baseline_cac_minor", "k_factor", "liability_minor", "mentions", "nps"})
        EXPECT_TRUE(j.contains(QLatin1String(key))) << key;
    EXPECT_EQ(
        j.value(QStringLiteral("referrals")).toInteger(), count(QStringLiteral("SELECT count(*) FROM referrals")));
    EXPECT_EQ(j.value(QStringLiteral("revenue_minor")).toInteger(),
        count(QStringLiteral("SELECT coalesce(sum(order_value_minor), 0) FROM referrals "
                             "WHERE status IN ('converted', 'approved', 'rewarded')")));
    const QJsonObject funnel = j.value(QStringLiteral("funnel")).toObject();
    EXPECT_EQ(funnel.value(QStringLiteral("rejected")).toInteger(),
        count(QStringLiteral("SELECT count(*) FROM referrals WHERE status = 'rejected'")));
    EXPECT_TRUE(j.value(QStringLiteral("campaign")).isNull()) << "all campaigns";
}

TEST_F(CliReport, AnEmptyPeriodGivesNullNeverZeroForUndefinedRatios)
{
    const QString out = path(QStringLiteral("empty.json"));
    const CliRun r = report({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out,
        QStringLiteral("--from"), QStringLiteral("2001-01-01"), QStringLiteral("--to"), QStringLiteral("2001-01-31")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject j = json(out);
    EXPECT_EQ(j.value(QStringLiteral("referrals")).toInteger(), 0);
    EXPECT_TRUE(j.value(QStringLiteral("conversion_rate")).isNull());
    EXPECT_TRUE(j.value(QStringLiteral("roi")).isNull());
    EXPECT_TRUE(j.value(QStringLiteral("k_factor")).isNull());
    EXPECT_TRUE(j.value(QStringLiteral("mentions")).toObject().value(QStringLiteral("net_sentiment")).isNull());
}

TEST_F(CliReport, OneCampaignByNameAsCsv)
{
    const qint64 firstCampaign = count(QStringLiteral("SELECT min(id) FROM campaigns"));
    const QString out = path(QStringLiteral("one.csv"));
    // By its name, in other letters' case.
    const QString name
        = value(QStringLiteral("SELECT name FROM campaigns WHERE id = %1").arg(firstCampaign)).toString();
    CliRun r = report({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out,
        QStringLiteral("--campaign"), name.toUpper()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const qint64 referrals
        = count(QStringLiteral("SELECT count(*) FROM referrals WHERE campaign_id = %1").arg(firstCampaign));
    EXPECT_TRUE(text.contains(QStringLiteral("\nreferrals,%1\r\n").arg(referrals))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("funnel.converted,"))) << "nested names joined with a dot";
    EXPECT_TRUE(text.contains(QStringLiteral("campaign_id,campaign,referrals")));
}

TEST_F(CliReport, PdfAndHtmlDrawTheChartsWithoutADisplay)
{
    const QString pdf = path(QStringLiteral("all.pdf"));
    const QString html = path(QStringLiteral("all.html"));
    // No display at all, and a platform asked for that does not exist here: the CLI needs neither.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    for (const QString& out : {pdf, html}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GRAPEVINE_CLI_PATH),
            {QStringLiteral("--db"), db(), QStringLiteral("report"), QStringLiteral("--format"),
                QFileInfo(out).suffix(), QStringLiteral("--out"), out});
        ASSERT_TRUE(p.waitForFinished(120000));
        ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    }

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    ASSERT_TRUE(info.waitForFinished(60000));
    const QRegularExpressionMatch pages
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.readAllStandardOutput()));
    ASSERT_TRUE(pages.hasMatch());
    const int n = pages.captured(1).toInt();
    EXPECT_GE(n, 3);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    EXPECT_TRUE(words.contains(QStringLiteral("Page 1 of %1").arg(n)));
    EXPECT_TRUE(words.contains(QStringLiteral("Page %1 of %1").arg(n)));
    EXPECT_TRUE(words.contains(QLatin1String("Key figures")));
    const QRegularExpression referrals(
        QStringLiteral("Referrals\\s+%1\\s").arg(count(QStringLiteral("SELECT count(*) FROM referrals"))));
    EXPECT_TRUE(words.contains(referrals)) << "the key figure as the database has it";

    QFile page(html);
    ASSERT_TRUE(page.open(QIODevice::ReadOnly));
    const QString source = QString::fromUtf8(page.readAll());
    EXPECT_GE(source.count(QLatin1String("src=\"data:image/png;base64,")), 5) << "the charts are inside the file";
    EXPECT_TRUE(source.contains(QLatin1String("<h1>Referral report: all campaigns</h1>")));
}

TEST_F(CliReport, WrongArgumentsAreRefusedWithTheReason)
{
    const QString out = path(QStringLiteral("never.json"));
    const QStringList base = {QStringLiteral("--out"), out};
    struct Case
    {
        QStringList args;
        const char* says;
    };
    const Case cases[] = {
        {QStringList {QStringLiteral("--format"), QStringLiteral("docx")} + base, "csv or json"},
        {QStringList {QStringLiteral("--format"), QStringLiteral("json")}, "--out"},
        {QStringList {
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--from"), QStringLiteral("2026-13-01")}
                + base,
            "--from"},
        {QStringList {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--from"),
             QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-04-01")}
                + base,
            "ends"},
        {QStringList {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--campaign"),
             QStringLiteral("No such campaign")}
                + base,
            "no campaign"},
    };
    for (const Case& c : cases) {
        const CliRun r = report(c.args);
        EXPECT_EQ(r.exitCode, 2) << c.args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(c.says))) << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(out)) << "nothing written for a wrong command";
    // Report options on another command are a usage error too.
    EXPECT_EQ(cliRaw({QStringLiteral("--db"), db(), QStringLiteral("check"), QStringLiteral("--format"),
                         QStringLiteral("json")})
                  .exitCode,
        2);
}

} // namespace
