// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The power-cut test: grapevine-cli is killed with SIGKILL at random moments while it imports,
// undoes an import, edits every advocate at once or makes a backup. After each kill the file is
// opened as the app opens it; it must pass SQLite's integrity and foreign-key checks, and hold
// either everything the interrupted command does or nothing of it.
//
// GRAPEVINE_KILLS sets the kills per command (default 15, so 60 in all); GRAPEVINE_KILL_SEED
// replays one run. A long run: GRAPEVINE_KILLS=500 grapevine_cli_tests --gtest_filter='CliKill*'
#include <gtest/gtest.h>

#include <random>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include "DatabaseState.h"
#include "TestDatabase.h"
#include "db/Database.h"

namespace {

using grapevine::db::Database;
using grapevine::test::CheckedFile;
using grapevine::test::openAndCheck;
using grapevine::test::removeDatabaseFiles;

constexpr int kImportRows = 20000;
constexpr int kUpdatedRows = 2000; ///< of those, people already in the database

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(name, &ok);
    return ok && n > 0 ? n : fallback;
}

struct Outcome
{
    bool finished = false; ///< ended by itself, before the kill
    int exitCode = -1;
    QString err;
    qint64 ms = 0;
};

/// Runs grapevine-cli and kills it with SIGKILL after `killAfterMs` (never, when negative).
Outcome runCli(const QStringList& args, int killAfterMs)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(GRAPEVINE_CLI_PATH), args);
    Outcome run;
    if (!p.waitForStarted(30000)) {
        run.err = p.errorString();
        return run;
    }
    run.finished = p.waitForFinished(killAfterMs < 0 ? 300000 : killAfterMs);
    if (!run.finished) {
        p.kill(); // SIGKILL on Unix: no destructor, no rollback, no flush runs
        p.waitForFinished(30000);
    } else {
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    run.ms = timer.elapsed();
    run.err = QString::fromLocal8Bit(p.readAllStandardError());
    return run;
}

/// One command to interrupt: the file it starts from and its arguments after --db.
struct Command
{
    QString name;
    QString start;
    QStringList args;
    QString out; ///< a file the command writes besides the database (the backup), or empty
};

class CliKill : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        const QString base = s_dir->filePath(QStringLiteral("base.sqlite"));
        const Outcome demo = runCli(
            {QStringLiteral("demo"), QStringLiteral("--out"), base, QStringLiteral("--advocates"),
                QStringLiteral("3000"), QStringLiteral("--referrals"), QStringLiteral("3000"),
                QStringLiteral("--mentions"), QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("9")},
            -1);
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        writeCustomers(base, s_dir->filePath(QStringLiteral("customers.csv")));
    }

    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    /// A shop's customer export: kUpdatedRows people already in `base` under a new first name,
    /// the rest new.
    static void writeCustomers(const QString& base, const QString& csv)
    {
        QStringList known;
        {
            grapevine::db::OpenFailure failure;
            auto database = Database::open(base, {}, &failure);
            ASSERT_TRUE(database) << failure.message.toStdString();
            QSqlQuery q(database->connection());
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT email FROM advocates WHERE status = 'active' AND email <> '' "
                                              "ORDER BY id LIMIT %1")
                                   .arg(kUpdatedRows)));
            while (q.next())
                known << q.value(0).toString();
        }
        ASSERT_EQ(known.size(), kUpdatedRows);
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QTextStream out(&file);
        out << "Email,First Name,Last Name,Phone,Company,Tags,Total Spent,Total Orders\n";
        for (int i = 0; i < kImportRows; ++i) {
            const bool update = i < kUpdatedRows;
            out << (update ? known.at(i) : QStringLiteral("kill.%1@example.org").arg(i)) << ','
                << (update ? "Renamed" : "Kim") << ",\"Nguyen, " << i << "\",+4930" << (1000000 + i) << ",Shop "
                << (i % 97) << ",\"weekly,batch " << (i % 5) << "\"," << (i % 300) << ".50," << (i % 9) << '\n';
        }
    }

    static QString path(const QString& name) { return s_dir->filePath(name); }

    /// A file made by running `args` on a copy of `from` to the end.
    static QString prepared(const QString& name, const QString& from, const QStringList& args)
    {
        const QString target = path(name);
        if (!QFile::exists(target)) {
            EXPECT_TRUE(QFile::copy(from, target));
            const Outcome run = runCli(QStringList {QStringLiteral("--db"), target} + args, -1);
            EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        }
        return target;
    }

    static QString base() { return path(QStringLiteral("base.sqlite")); }
    static QString customers() { return path(QStringLiteral("customers.csv")); }

    /// Kills `command` at random moments until it was killed `kills` times while running, and
    /// checks the file after each kill.
    void killRepeatedly(const Command& command)
    {
        const int kills = envInt("GRAPEVINE_KILLS", 15);
        const unsigned seed
            = static_cast<unsigned>(envInt("GRAPEVINE_KILL_SEED", static_cast<int>(std::random_device {}())));
        std::mt19937 random(seed);
        SCOPED_TRACE(QStringLiteral("%1, GRAPEVINE_KILL_SEED=%2").arg(command.name).arg(seed).toStdString());

        const CheckedFile before = openAndCheck(command.start);
        ASSERT_TRUE(before.problem.isEmpty()) << before.problem.toStdString();

        // The whole command once, for the state it leaves and the time it takes.
        const QString trial = path(QStringLiteral("trial.sqlite"));
        removeDatabaseFiles(trial);
        ASSERT_TRUE(QFile::copy(command.start, trial));
        const QStringList args = QStringList {QStringLiteral("--db"), trial} + command.args;
        const Outcome whole = runCli(args, -1);
        ASSERT_EQ(whole.exitCode, 0) << whole.err.toStdString();
        const CheckedFile after = openAndCheck(trial);
        ASSERT_TRUE(after.problem.isEmpty()) << after.problem.toStdString();
        if (command.out.isEmpty()) {
            ASSERT_NE(before.fingerprint, after.fingerprint) << "the command changed nothing to interrupt";
        }
        const int span = static_cast<int>(qMax<qint64>(whole.ms, 20));

        int killed = 0;
        int foundBefore = 0;
        int foundAfter = 0;
        for (int attempt = 0; killed < kills && attempt < kills * 4; ++attempt) {
            removeDatabaseFiles(trial);
            if (!command.out.isEmpty()) {
                QFile::remove(command.out);
                QFile::remove(command.out + QStringLiteral(".part"));
            }
            ASSERT_TRUE(QFile::copy(command.start, trial));
            const int delay = std::uniform_int_distribution<int>(0, span)(random);
            const Outcome run = runCli(args, delay);
            if (run.finished)
                continue; // it was quicker this time; only kills count
            ++killed;
            SCOPED_TRACE(QStringLiteral("killed after %1 ms (the whole command takes %2 ms)")
                             .arg(delay)
                             .arg(whole.ms)
                             .toStdString());
            const CheckedFile now = openAndCheck(trial);
            ASSERT_TRUE(now.problem.isEmpty()) << now.problem.toStdString();
            if (now.fingerprint == before.fingerprint) {
                ++foundBefore;
            } else {
                ASSERT_EQ(now.fingerprint.toStdString(), after.fingerprint.toStdString())
                    << "half of the command is in the file";
                ++foundAfter;
            }
            if (!command.out.isEmpty() && QFile::exists(command.out)) {
                // A backup that is there at all is complete: it is renamed into place last.
                const CheckedFile copy = openAndCheck(command.out);
                ASSERT_TRUE(copy.problem.isEmpty()) << copy.problem.toStdString();
                EXPECT_EQ(copy.fingerprint.toStdString(), before.fingerprint.toStdString());
                EXPECT_EQ(QFile::permissions(command.out) & (QFile::ReadGroup | QFile::ReadOther), 0);
            }
        }
        EXPECT_EQ(killed, kills) << "the command mostly finished before the kill";
        s_killsSurvived += killed;
        std::printf("[ kill     ] %s: %d kills survived (%d left the file as before, %d with the command "
                    "whole), %d ms for the whole command, seed %u\n",
            qPrintable(command.name), killed, foundBefore, foundAfter, static_cast<int>(whole.ms), seed);
    }

    static QTemporaryDir* s_dir;
    static int s_killsSurvived;
};

QTemporaryDir* CliKill::s_dir = nullptr;
int CliKill::s_killsSurvived = 0;

TEST_F(CliKill, AnImportIsWhollyThereOrWhollyAbsent)
{
    killRepeatedly(
        {QStringLiteral("import"), base(), {QStringLiteral("import"), QStringLiteral("customers"), customers()}, {}});
}

TEST_F(CliKill, AnUndoneImportIsWhollyBackOrStillWhole)
{
    const QString imported = prepared(QStringLiteral("imported.sqlite"), base(),
        {QStringLiteral("import"), QStringLiteral("customers"), customers()});
    killRepeatedly({QStringLiteral("undo-import"), imported, {QStringLiteral("undo-import"), QStringLiteral("1")}, {}});
}

TEST_F(CliKill, ABulkEditReachesEveryAdvocateOrNone)
{
    const QString imported = prepared(QStringLiteral("imported.sqlite"), base(),
        {QStringLiteral("import"), QStringLiteral("customers"), customers()});
    killRepeatedly({QStringLiteral("bulk-edit add-tag"), imported,
        {QStringLiteral("bulk-edit"), QStringLiteral("add-tag"), QStringLiteral("Summer fair")}, {}});
    killRepeatedly({QStringLiteral("bulk-edit set-kind"), imported,
        {QStringLiteral("bulk-edit"), QStringLiteral("set-kind"), QStringLiteral("partner")}, {}});
}

TEST_F(CliKill, ABackupLeavesTheDatabaseAloneAndIsCompleteOrAbsent)
{
    const QString imported = prepared(QStringLiteral("imported.sqlite"), base(),
        {QStringLiteral("import"), QStringLiteral("customers"), customers()});
    const QString copy = path(QStringLiteral("backup.sqlite"));
    killRepeatedly(
        {QStringLiteral("backup"), imported, {QStringLiteral("backup"), QStringLiteral("--out"), copy}, copy});
}

} // namespace
