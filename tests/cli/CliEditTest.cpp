// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "TestDatabase.h"
#include "backup/DailyBackups.h"

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CliEdit : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const CliResult demo = run({QStringLiteral("demo"), QStringLiteral("--out"), db(),
            QStringLiteral("--advocates"), QStringLiteral("40"), QStringLiteral("--referrals"), QStringLiteral("20"),
            QStringLiteral("--mentions"), QStringLiteral("5")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    static CliResult run(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(GRAPEVINE_CLI_PATH), args);
        EXPECT_TRUE(p.waitForFinished(120000));
        CliResult r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    CliResult cli(const QStringList& args) const { return run(QStringList {QStringLiteral("--db"), db()} + args); }

    qint64 scalar(const QString& sql) const
    {
        grapevine::db::OpenFailure failure;
        auto database = grapevine::db::Database::open(db(), {}, &failure);
        EXPECT_TRUE(database) << failure.message.toStdString();
        if (!database)
            return -1;
        QSqlQuery q(database->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    QString db() const { return m_dir.filePath(QStringLiteral("business.sqlite")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

TEST_F(CliEdit, BulkEditTagsAndRetypesEveryAdvocateButTheErased)
{
    const qint64 living = scalar(QStringLiteral("SELECT count(*) FROM advocates WHERE status <> 'erased'"));
    ASSERT_GT(living, 0);
    CliResult r = cli({QStringLiteral("bulk-edit"), QStringLiteral("add-tag"), QStringLiteral("Summer fair")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM advocate_tags a JOIN tags t ON t.id = a.tag_id "
                                    "WHERE t.name = 'Summer fair'")),
        living);

    r = cli({QStringLiteral("bulk-edit"), QStringLiteral("set-kind"), QStringLiteral("Partner")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM advocates WHERE kind = 'partner'")), living);

    r = cli({QStringLiteral("bulk-edit"), QStringLiteral("remove-tag"), QStringLiteral("summer FAIR")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tags WHERE name = 'Summer fair'")), 0);
}

TEST_F(CliEdit, AWrongBulkEditSaysWhatIsAcceptedAndChangesNothing)
{
    const QByteArray before = grapevine::test::fileBytes(db());
    for (const QStringList& args :
        {QStringList {QStringLiteral("bulk-edit"), QStringLiteral("paint"), QStringLiteral("red")},
            QStringList {QStringLiteral("bulk-edit"), QStringLiteral("set-kind"), QStringLiteral("robot")}}) {
        const CliResult r = cli(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("customer, partner")) || r.err.contains(QStringLiteral("add-tag")))
            << r.err.toStdString();
    }
    const CliResult empty = cli({QStringLiteral("bulk-edit"), QStringLiteral("add-tag"), QStringLiteral("  ")});
    EXPECT_EQ(empty.exitCode, 4);
    EXPECT_TRUE(empty.err.contains(QStringLiteral("tag"))) << empty.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tags WHERE trim(name) = ''")), 0);
    EXPECT_EQ(grapevine::test::fileBytes(db()), before);
}

TEST_F(CliEdit, BackupWritesAnOwnerOnlyCopyWithTheSameRows)
{
    const QString copy = path(QStringLiteral("copy.sqlite"));
    const CliResult r = cli({QStringLiteral("backup"), QStringLiteral("--out"), copy});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto contents = grapevine::backup::DailyBackups::contents(copy);
    ASSERT_TRUE(contents) << contents.error().message.toStdString();
    EXPECT_EQ(contents->advocates, scalar(QStringLiteral("SELECT count(*) FROM advocates")));
    EXPECT_EQ(QFile::permissions(copy) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther), 0);
    EXPECT_FALSE(QFile::exists(copy + QStringLiteral(".part")));

    // Again over the first copy: replaced in one step.
    const CliResult again = cli({QStringLiteral("backup"), QStringLiteral("--out"), copy});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
}

TEST_F(CliEdit, BackupRefusesTheDatabaseItselfAndAMissingDatabase)
{
    const QByteArray before = grapevine::test::fileBytes(db());
    const CliResult self = cli({QStringLiteral("backup"), QStringLiteral("--out"), db()});
    EXPECT_EQ(self.exitCode, 2);
    EXPECT_EQ(grapevine::test::fileBytes(db()), before);

    const CliResult missing = run({QStringLiteral("--db"), path(QStringLiteral("nowhere.sqlite")),
        QStringLiteral("backup"), QStringLiteral("--out"), path(QStringLiteral("c.sqlite"))});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nowhere.sqlite"))) << missing.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("nowhere.sqlite"))));
}

} // namespace
