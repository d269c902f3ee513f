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

ProcessResult run(const QString& program, const QStringList& args, const QString& home = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!home.isEmpty()) {
        // A private home, so the default database and settings are the test's own.
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    }
    p.setProcessEnvironment(env);
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
    ProcessResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

ProcessResult cli(const QStringList& args, const QString& home = QString())
{
    return run(QStringLiteral(GRAPEVINE_CLI_PATH), args, home);
}

TEST(CliCheck, CreatesAndChecksANewDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
    const ProcessResult r = cli({QStringLiteral("--db"), path, QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Created: a new, empty database")));
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("Schema version: [1-9]"))));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Integrity: ok")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Foreign keys: ok")));
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("advocates +0\\n")))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("settings +5\\n")))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("advocates_fts_"))) << "search-index internals are not data";

    const ProcessResult again = cli({QStringLiteral("--db"), path, QStringLiteral("check")});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_FALSE(again.out.contains(QStringLiteral("Created")));
}

TEST(CliCheck, CountsTheRowsOfAnExistingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(QFile::copy(grapevine::test::testDataPath(QStringLiteral("db/v1.sqlite")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const ProcessResult r = cli({QStringLiteral("--db"), path, QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("advocates +3\\n")))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("referrals +2\\n")))) << r.out.toStdString();
}

TEST(CliCheck, UsesTheDefaultDatabaseWithoutDb)
{
    QTemporaryDir home;
    const ProcessResult r = cli({QStringLiteral("check")}, home.path());
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(home.path() + QStringLiteral("/data/Grapevine/Grapevine/grapevine.sqlite")))
        << r.out.toStdString();
}

class CliRefuses : public ::testing::TestWithParam<const char*>
{
};

TEST_P(CliRefuses, WithAMessageOnStderrAndTheFileUntouched)
{
    QTemporaryDir dir;
    const QString name = QLatin1String(GetParam());
    const QString path = dir.filePath(name);
    ASSERT_TRUE(QFile::copy(grapevine::test::testDataPath(QStringLiteral("db/") + name), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = grapevine::test::fileBytes(path);
    const ProcessResult r = cli({QStringLiteral("--db"), path, QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(name)) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(grapevine::test::fileBytes(path), before);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, CliRefuses,
    ::testing::Values(
        "not-sqlite.sqlite", "truncated.sqlite", "corrupt.sqlite", "newer-version.sqlite", "other-app.sqlite"));

TEST(Cli, AnswersVersionAndHelp)
{
    const ProcessResult version = cli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.contains(QStringLiteral(GRAPEVINE_EXPECTED_VERSION))) << version.out.toStdString();
    const ProcessResult help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("check"))) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--db")));
}

TEST(Cli, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(cli({}).exitCode, 2);
    const ProcessResult unknown
        = cli({QStringLiteral("--db"), QStringLiteral("/nonexistent/x.sqlite"), QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("frobnicate")));
}

TEST(Gui, AnswersVersionWithoutADisplay)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GRAPEVINE_GUI_PATH), {QStringLiteral("--version")});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_TRUE(QString::fromLocal8Bit(p.readAllStandardOutput()).contains(QStringLiteral(GRAPEVINE_EXPECTED_VERSION)));
}

TEST(Gui, AnswersHelp)
{
    const ProcessResult r = run(QStringLiteral(GRAPEVINE_GUI_PATH), {QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("database"))) << r.out.toStdString();
}

} // namespace
