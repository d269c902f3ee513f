// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A disk that fills up: grapevine-cli runs with a limit on how large a file it may write
// (RLIMIT_FSIZE, which makes a write beyond it fail as a full disk does, without needing a
// small filesystem or administrator rights). The import, the export and the backup must each
// fail with a message that says what could not be written, and leave the database and any
// older file exactly as they were.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include "DatabaseState.h"
#include "TestDatabase.h"

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

namespace {

using grapevine::test::openAndCheck;

struct Outcome
{
    int exitCode = -1;
    QString err;
};

class CliDiskFull : public ::testing::Test
{
protected:
    void SetUp() override
    {
#ifndef Q_OS_UNIX
        GTEST_SKIP() << "RLIMIT_FSIZE is a Unix facility";
#endif
        const Outcome demo = run({QStringLiteral("demo"), QStringLiteral("--out"), db(), QStringLiteral("--advocates"),
                                     QStringLiteral("3000"), QStringLiteral("--referrals"), QStringLiteral("2000"),
                                     QStringLiteral("--mentions"), QStringLiteral("100")},
            0);
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        // A customers file of 20,000 people, most of them new: the import has to grow the file.
        QFile csv(path(QStringLiteral("customers.csv")));
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write("Email,First Name,Last Name,Company,Note\n");
        for (int i = 0; i < 20000; ++i)
            csv.write(QStringLiteral("full.%1@example.org,Kim,Lee %1,Shop %2,A note long enough to take some room %1\n")
                          .arg(i)
                          .arg(i % 50)
                          .toUtf8());
    }

    /// Runs grapevine-cli, every file it writes limited to `fileLimit` bytes (0: no limit).
    static Outcome run(const QStringList& args, qint64 fileLimit)
    {
        QProcess p;
#ifdef Q_OS_UNIX
        if (fileLimit > 0) {
            p.setChildProcessModifier([fileLimit] {
                // Past the limit write() fails with EFBIG; ignoring SIGXFSZ keeps the process alive
                // to handle it, as it would handle ENOSPC on a full disk.
                std::signal(SIGXFSZ, SIG_IGN);
                const rlimit limit {static_cast<rlim_t>(fileLimit), static_cast<rlim_t>(fileLimit)};
                setrlimit(RLIMIT_FSIZE, &limit);
            });
        }
#endif
        p.start(QStringLiteral(GRAPEVINE_CLI_PATH), args);
        EXPECT_TRUE(p.waitForFinished(120000));
        Outcome o;
        o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        o.err = QString::fromLocal8Bit(p.readAllStandardError());
        return o;
    }

    Outcome cli(const QStringList& args, qint64 fileLimit) const
    {
        return run(QStringList {QStringLiteral("--db"), db()} + args, fileLimit);
    }

    qint64 databaseSize() const
    {
        return QFileInfo(db()).size();
    }
    QString db() const
    {
        return m_dir.filePath(QStringLiteral("business.sqlite"));
    }
    QString path(const QString& name) const
    {
        return m_dir.filePath(name);
    }

private:
    QTemporaryDir m_dir;
};

TEST_F(CliDiskFull, AnImportThatFillsTheDiskSaysSoAndChangesNothing)
{
    const auto before = openAndCheck(db());
    ASSERT_TRUE(before.problem.isEmpty()) << before.problem.toStdString();
    const QByteArray bytes = grapevine::test::fileBytes(db());

    // Room for the write-ahead log to start, not for 20,000 new people.
    const Outcome full
        = cli({QStringLiteral("import"), QStringLiteral("customers"), path(QStringLiteral("customers.csv"))},
            databaseSize() + 256 * 1024);
    EXPECT_EQ(full.exitCode, 4) << full.err.toStdString();
    EXPECT_TRUE(full.err.contains(QStringLiteral("import of \"customers.csv\""))) << full.err.toStdString();
    EXPECT_TRUE(full.err.contains(QStringLiteral("disk may be full"))) << full.err.toStdString();
    EXPECT_TRUE(full.err.contains(QStringLiteral("Nothing of it was saved"))) << full.err.toStdString();

    EXPECT_EQ(grapevine::test::fileBytes(db()), bytes) << "the database file is as it was";
    const auto after = openAndCheck(db());
    ASSERT_TRUE(after.problem.isEmpty()) << after.problem.toStdString();
    EXPECT_EQ(after.fingerprint.toStdString(), before.fingerprint.toStdString());

    // With room again, the same import goes through.
    const Outcome roomy
        = cli({QStringLiteral("import"), QStringLiteral("customers"), path(QStringLiteral("customers.csv"))}, 0);
    EXPECT_EQ(roomy.exitCode, 0) << roomy.err.toStdString();
}

TEST_F(CliDiskFull, AnExportThatFillsTheDiskLeavesTheOlderFileAndNoPiece)
{
    const QString out = path(QStringLiteral("advocates.csv"));
    {
        QFile older(out);
        ASSERT_TRUE(older.open(QIODevice::WriteOnly));
        older.write("last week's export\n");
    }
    const Outcome full
        = cli({QStringLiteral("export"), QStringLiteral("advocates"), QStringLiteral("--out"), out}, 64 * 1024);
    EXPECT_EQ(full.exitCode, 4) << full.err.toStdString();
    EXPECT_TRUE(full.err.contains(out)) << "names the file: " << full.err.toStdString();
    EXPECT_TRUE(full.err.contains(QStringLiteral("disk is not full"))) << full.err.toStdString();
    EXPECT_EQ(grapevine::test::fileBytes(out), QByteArray("last week's export\n"));
    EXPECT_EQ(QDir(path(QString())).entryList({QStringLiteral("advocates.csv*")}, QDir::Files | QDir::Hidden).size(), 1)
        << "no half-written file beside it";
}

TEST_F(CliDiskFull, ABackupThatFillsTheDiskLeavesNoHalfCopy)
{
    const QByteArray bytes = grapevine::test::fileBytes(db());
    const QString out = path(QStringLiteral("copy.sqlite"));
    const Outcome full = cli({QStringLiteral("backup"), QStringLiteral("--out"), out}, databaseSize() / 2);
    EXPECT_EQ(full.exitCode, 4) << full.err.toStdString();
    EXPECT_TRUE(full.err.contains(out)) << "names the copy: " << full.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_FALSE(QFile::exists(out + QStringLiteral(".part")));
    EXPECT_EQ(grapevine::test::fileBytes(db()), bytes);
}

} // namespace
