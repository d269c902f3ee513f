// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "TestDatabase.h"

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(GRAPEVINE_CLI_PATH), args);
    EXPECT_TRUE(p.waitForFinished(120000)) << args.join(u' ').toStdString();
    ProcessResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

QStringList demo(const QString& path, const QStringList& more = {})
{
    return QStringList {QStringLiteral("demo"), QStringLiteral("--out"), path} + more;
}

TEST(CliDemo, CreatesAHealthyDatabaseOfTheAskedSize)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const ProcessResult r = cli(demo(path,
        {QStringLiteral("--advocates"), QStringLiteral("300"), QStringLiteral("--referrals"), QStringLiteral("450"),
            QStringLiteral("--mentions"), QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("5")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("Advocates: +300\\n")))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("Referrals: +450\\n")))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("Mentions: +60\\n")))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Seconds:"))) << r.out.toStdString();

    const ProcessResult check = cli({QStringLiteral("--db"), path, QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString() << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("Integrity: ok")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("Foreign keys: ok")));
    EXPECT_TRUE(check.out.contains(QRegularExpression(QStringLiteral("advocates +300\\n")))) << check.out.toStdString();
    EXPECT_FALSE(check.out.contains(QStringLiteral("Created")));
}

TEST(CliDemo, UsesTheDefaultSizes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const ProcessResult r = cli(demo(path));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("Advocates: +1,?000\\n")))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("Referrals: +1,?500\\n")))) << r.out.toStdString();
}

TEST(CliDemo, NeverTouchesAnExistingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
    ASSERT_TRUE(QFile::copy(grapevine::test::testDataPath(QStringLiteral("db/v1.sqlite")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = grapevine::test::fileBytes(path);
    const ProcessResult r = cli(demo(path, {QStringLiteral("--advocates"), QStringLiteral("10")}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already exists"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(grapevine::test::fileBytes(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));

    // Not even an empty file, which SQLite would happily treat as a new database.
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile f(empty);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    EXPECT_EQ(cli(demo(empty)).exitCode, 2);
    EXPECT_EQ(QFile(empty).size(), 0);
}

class CliDemoBadArguments : public ::testing::TestWithParam<std::vector<const char*>>
{
};

TEST_P(CliDemoBadArguments, ExitWithTwoAndWriteNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QStringList args;
    for (const char* a : GetParam())
        args << (QLatin1String(a) == QLatin1String("FILE") ? path : QString::fromUtf8(a));
    const ProcessResult r = cli(args);
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString();
    EXPECT_FALSE(r.err.trimmed().isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}

INSTANTIATE_TEST_SUITE_P(Cases, CliDemoBadArguments,
    ::testing::Values(std::vector<const char*> {"demo"}, std::vector<const char*> {"demo", "--out", ""},
        std::vector<const char*> {"demo", "--out", "FILE", "--advocates", "-5"},
        std::vector<const char*> {"demo", "--out", "FILE", "--referrals", "many"},
        std::vector<const char*> {"demo", "--out", "FILE", "--mentions", "1.5"},
        std::vector<const char*> {"demo", "--out", "FILE", "--seed", "-1"},
        std::vector<const char*> {"demo", "--out", "FILE", "--seed", "x"},
        std::vector<const char*> {"demo", "--out", "FILE", "--advocates", "0", "--referrals", "10"},
        std::vector<const char*> {"demo", "--out", "FILE", "--advocates", "999999999999"},
        std::vector<const char*> {"demo", "--out", "FILE", "extra"},
        std::vector<const char*> {"--db", "FILE", "demo", "--out", "FILE"},
        std::vector<const char*> {"--db", "FILE", "check", "--advocates", "5"}));

TEST(CliDemo, SaysWhatTheBadNumberIs)
{
    QTemporaryDir dir;
    const ProcessResult r
        = cli(demo(dir.filePath(QStringLiteral("d.sqlite")), {QStringLiteral("--advocates"), QStringLiteral("lots")}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--advocates"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("lots"))) << r.err.toStdString();
}

TEST(CliDemo, IsListedInTheHelp)
{
    const ProcessResult help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("demo "))) << help.out.toStdString();
    for (const char* option : {"--out", "--advocates", "--referrals", "--mentions", "--seed"})
        EXPECT_TRUE(help.out.contains(QLatin1String(option))) << option;
}

TEST(CliDemo, AFileThatCannotBeCreatedIsRefused)
{
    QTemporaryDir dir;
    // A regular file where the folder should be: no folder can be made there.
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    {
        QFile f(blocker);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    const ProcessResult r = cli(demo(blocker + QStringLiteral("/demo.sqlite")));
    EXPECT_EQ(r.exitCode, 3) << r.out.toStdString();
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_EQ(QFile(blocker).size(), 0);
}

} // namespace
