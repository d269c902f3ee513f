// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "TestDatabase.h"
#include "db/Database.h"
#include "db/DatabaseCheck.h"
#include "db/Migrator.h"
#include "domain/Advocate.h"
#include "store/AdvocateStore.h"
#include "store/SqlSupport.h"

using namespace grapevine;
using namespace grapevine::db;

namespace {

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Reads one value straight from a file, bypassing Database::open (and so its migrations).
QVariant rawScalar(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("raw-") + path;
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            value = scalar(db, sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QString copyFixture(const QTemporaryDir& dir, const QString& name)
{
    const QString target = dir.filePath(name);
    QFile::remove(target);
    EXPECT_TRUE(QFile::copy(test::testDataPath(QStringLiteral("db/") + name), target)) << name.toStdString();
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

TEST(Database, CreatesANewFileWithTheWholeSchema)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/folder/business.sqlite"));
    OpenFailure failure;
    auto db = Database::open(path, {}, &failure);
    ASSERT_TRUE(db) << failure.message.toStdString();
    EXPECT_TRUE(db->wasCreated());
    EXPECT_FALSE(db->isReadOnly());
    EXPECT_EQ(db->schemaVersion(), Migrator().latestVersion());
    EXPECT_TRUE(db->backupPath().isEmpty()) << "nothing to back up in a new file";

    const QSqlDatabase c = db->connection();
    EXPECT_EQ(scalar(c, QStringLiteral("PRAGMA user_version")).toInt(), Migrator().latestVersion());
    EXPECT_EQ(scalar(c, QStringLiteral("PRAGMA application_id")).toInt(), Migrator::kApplicationId);
    EXPECT_EQ(scalar(c, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(scalar(c, QStringLiteral("PRAGMA synchronous")).toInt(), 2) << "FULL";
    EXPECT_GE(scalar(c, QStringLiteral("PRAGMA busy_timeout")).toInt(), 1000);
    EXPECT_EQ(scalar(c, QStringLiteral("PRAGMA secure_delete")).toInt(), 1) << "deleted personal data is zeroed";
    for (const char* table : {"settings", "advocates", "tags", "advocate_tags", "advocates_fts", "campaigns",
             "campaign_milestones", "campaign_costs", "referrals", "referral_status_history", "rewards", "mentions",
             "import_batches", "import_row_errors"}) {
        EXPECT_EQ(
            scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(table)))
                .toInt(),
            1)
            << table;
    }
    EXPECT_EQ(scalar(c, QStringLiteral("SELECT value FROM settings WHERE key = 'response_target_hours'")).toInt(), 24);
#ifdef Q_OS_UNIX
    EXPECT_EQ(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0)
        << "personal data: owner only";
#endif
    EXPECT_TRUE(DatabaseCheck::run(c).healthy());
}

TEST(Database, ReopensAnExistingFileAsItWas)
{
    test::TestDatabase t;
    domain::Advocate a;
    {
        store::AdvocateStore store(t.connection(), t.clock());
        a.firstName = QStringLiteral("Anna");
        a.email = QStringLiteral("anna@example.com");
        ASSERT_TRUE(store.create(a).ok());
    }
    t.reopen();
    EXPECT_FALSE(t.database().wasCreated());
    EXPECT_TRUE(t.database().backupPath().isEmpty());
    store::AdvocateStore again(t.connection(), t.clock());
    EXPECT_EQ(again.get(a.id)->email, QStringLiteral("anna@example.com"));
    EXPECT_TRUE(filesIn(t.dir()).filter(QStringLiteral("backup")).isEmpty()) << "an up-to-date file needs no backup";
}

TEST(Database, AnEmptyFileBecomesANewDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    auto db = Database::open(path, {}, nullptr);
    ASSERT_TRUE(db);
    EXPECT_TRUE(db->wasCreated());
    EXPECT_EQ(db->schemaVersion(), Migrator().latestVersion());
}

TEST(Database, RefusesAMissingFileWhenNotAskedToCreate)
{
    QTemporaryDir dir;
    OpenOptions options;
    options.createIfMissing = false;
    OpenFailure failure;
    EXPECT_FALSE(Database::open(dir.filePath(QStringLiteral("nope.sqlite")), options, &failure));
    EXPECT_EQ(failure.kind, OpenFailure::Kind::NotFound);
    EXPECT_TRUE(filesIn(dir.path()).isEmpty());
}

struct RefusedCase
{
    const char* fixture;
    OpenFailure::Kind kind;
    const char* messagePart;
};

class RefusedFile : public ::testing::TestWithParam<RefusedCase>
{
};

TEST_P(RefusedFile, IsRefusedWithAClearMessageAndLeftUntouched)
{
    const RefusedCase& c = GetParam();
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QLatin1String(c.fixture));
    const QByteArray before = test::fileBytes(path);
    ASSERT_FALSE(before.isEmpty());

    OpenFailure failure;
    auto db = Database::open(path, {}, &failure);
    EXPECT_FALSE(db);
    EXPECT_EQ(failure.kind, c.kind) << failure.message.toStdString();
    EXPECT_TRUE(failure.message.contains(QLatin1String(c.messagePart))) << failure.message.toStdString();
    EXPECT_TRUE(failure.message.contains(QLatin1String(c.fixture))) << "the message names the file";
    EXPECT_EQ(test::fileBytes(path), before) << "byte-for-byte untouched";
    EXPECT_EQ(filesIn(dir.path()), QStringList {QLatin1String(c.fixture)}) << "no journal, WAL or backup left behind";
}

INSTANTIATE_TEST_SUITE_P(Fixtures, RefusedFile,
    ::testing::Values(RefusedCase {"not-sqlite.sqlite", OpenFailure::Kind::NotSqlite, "not an SQLite file"},
        RefusedCase {"truncated.sqlite", OpenFailure::Kind::Corrupt, "cut off"},
        RefusedCase {"corrupt.sqlite", OpenFailure::Kind::Corrupt, "damaged"},
        RefusedCase {"newer-version.sqlite", OpenFailure::Kind::NewerVersion, "newer version"},
        RefusedCase {"other-app.sqlite", OpenFailure::Kind::NotGrapevine, "not one made by Grapevine"},
        RefusedCase {"tiny.sqlite", OpenFailure::Kind::Corrupt, "inside its header"}),
    [](const ::testing::TestParamInfo<RefusedCase>& info) {
        std::string name = info.param.fixture;
        name = name.substr(0, name.find('.'));
        for (char& ch : name) {
            if (ch == '-')
                ch = '_';
        }
        return name;
    });

TEST(Database, OpensEveryReleasedSchemaVersion)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("v1.sqlite"));
    OpenFailure failure;
    auto db = Database::open(path, {}, &failure);
    ASSERT_TRUE(db) << failure.message.toStdString();
    EXPECT_EQ(db->previousSchemaVersion(), 1);
    EXPECT_EQ(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM advocates")).toInt(), 3);
    EXPECT_EQ(scalar(db->connection(), QStringLiteral("SELECT email FROM advocates WHERE id = 1")).toString(),
        QStringLiteral("Anna.Berg@example.com"));
    EXPECT_TRUE(DatabaseCheck::run(db->connection()).healthy());
}

TEST(Database, AVersion2FileGainsTheRewardsLedger)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("v2.sqlite"));
    OpenFailure failure;
    auto db = Database::open(path, {}, &failure);
    ASSERT_TRUE(db) << failure.message.toStdString();
    EXPECT_EQ(db->previousSchemaVersion(), 2);
    const QSqlDatabase c = db->connection();
    // The pending reward of the fixture now has its earn entry, and the ledger agrees.
    EXPECT_EQ(scalar(c, QStringLiteral("SELECT count(*) FROM reward_entries WHERE kind = 'earn'")).toInt(), 1);
    EXPECT_EQ(scalar(c, QStringLiteral("SELECT sum(value) FROM reward_entries")).toInt(),
        scalar(c, QStringLiteral("SELECT sum(value) FROM rewards")).toInt());
    EXPECT_EQ(scalar(c, QStringLiteral("SELECT status FROM rewards")).toString(), QStringLiteral("pending"));
    EXPECT_EQ(scalar(c, QStringLiteral("SELECT count(*) FROM referral_status_history")).toInt(), 4)
        << "the history was carried over";
    EXPECT_EQ(scalar(c, QStringLiteral("SELECT referrals_made FROM advocates WHERE id = 1")).toInt(), 1)
        << "the counters and their triggers survive the rebuilt tables";
    QSqlQuery q(c);
    EXPECT_FALSE(q.exec(QStringLiteral(
        "INSERT INTO referral_status_history (referral_id, to_status, changed_at) VALUES (1, 'bogus', 0)")))
        << "the history now has the status CHECK";
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE reward_entries SET value = 0"))) << "append-only";
    EXPECT_TRUE(DatabaseCheck::run(c).healthy());
}

TEST(Database, AVersion3FileGainsTheCampaignListIndexesAndTheyAreUsed)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("v3.sqlite"));
    OpenFailure failure;
    auto db = Database::open(path, {}, &failure);
    ASSERT_TRUE(db) << failure.message.toStdString();
    EXPECT_EQ(db->previousSchemaVersion(), 3);
    const QSqlDatabase c = db->connection();
    EXPECT_EQ(scalar(c, QStringLiteral("SELECT count(*) FROM referrals")).toInt(), 2) << "rows kept";
    // The plans the lists rely on: one campaign's rewards newest first without sorting them
    // all, and one campaign's stage counts from the index alone.
    const auto plan = [&c](const QString& sql) {
        QSqlQuery q(c);
        QStringList steps;
        if (q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
            while (q.next())
                steps << q.value(3).toString();
        }
        return steps.join(QLatin1Char('|'));
    };
    const QString rewards = plan(QStringLiteral(
        "SELECT id FROM rewards w WHERE w.campaign_id = 1 ORDER BY w.created_at DESC, w.id DESC LIMIT 500"));
    EXPECT_TRUE(rewards.contains(QStringLiteral("rewards_campaign_created"))) << rewards.toStdString();
    EXPECT_FALSE(rewards.contains(QStringLiteral("TEMP B-TREE"))) << rewards.toStdString();
    const QString counts
        = plan(QStringLiteral("SELECT status, count(*) FROM referrals WHERE 1 AND campaign_id = 1 GROUP BY status"));
    EXPECT_TRUE(counts.contains(QStringLiteral("COVERING INDEX referrals_campaign_status"))) << counts.toStdString();
    for (const QString& filter : {QString(), QStringLiteral("AND campaign_id = 1")}) {
        const QString totals
            = plan(QStringLiteral("SELECT status, count(*), coalesce(sum(cost_minor), 0) FROM rewards "
                                  "WHERE status IN ('pending', 'approved', 'issued') %1 GROUP BY status")
                       .arg(filter));
        EXPECT_TRUE(totals.contains(QStringLiteral("COVERING INDEX"))) << totals.toStdString();
    }
    EXPECT_TRUE(DatabaseCheck::run(c).healthy());
}

TEST(Database, OpensTheCurrentSchemaVersionWithoutUpdating)
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("v%1.sqlite").arg(Migrator().latestVersion());
    const QString path = copyFixture(dir, name);
    OpenFailure failure;
    auto db = Database::open(path, {}, &failure);
    ASSERT_TRUE(db) << failure.message.toStdString();
    EXPECT_EQ(db->previousSchemaVersion(), Migrator().latestVersion());
    EXPECT_TRUE(db->backupPath().isEmpty());
    EXPECT_EQ(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM referrals")).toInt(), 2);
    EXPECT_TRUE(DatabaseCheck::run(db->connection()).healthy());
}

TEST(Database, AReadOnlyFileOpensReadOnly)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("v1.sqlite"));
    {
        ASSERT_TRUE(Database::open(path, {}, nullptr)) << "brought up to date while still writable";
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const QByteArray before = test::fileBytes(path);

    OpenFailure failure;
    auto db = Database::open(path, {}, &failure);
    ASSERT_TRUE(db) << failure.message.toStdString();
    EXPECT_TRUE(db->isReadOnly());
    EXPECT_FALSE(db->readOnlyReason().isEmpty());
    EXPECT_EQ(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM advocates")).toInt(), 3);

    ManualClock clock(test::fixedNow());
    store::AdvocateStore store(db->connection(), clock);
    domain::Advocate a;
    a.firstName = QStringLiteral("Ben");
    const Status created = store.create(a);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, Error::Code::ReadOnly) << created.error().message.toStdString();
    db.reset();
    EXPECT_EQ(test::fileBytes(path), before);
}

TEST(Database, AnOldReadOnlyFileIsRefusedBecauseItCannotBeUpdated)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("v1.sqlite"));
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    const QByteArray before = test::fileBytes(path);
    OpenFailure failure;
    EXPECT_FALSE(Database::open(path, {}, &failure));
    EXPECT_EQ(failure.kind, OpenFailure::Kind::ReadOnlyTooOld);
    EXPECT_TRUE(failure.message.contains(QStringLiteral("Copy it to a folder you can write to")))
        << failure.message.toStdString();
    EXPECT_EQ(test::fileBytes(path), before);
    EXPECT_EQ(filesIn(dir.path()), QStringList {QStringLiteral("v1.sqlite")});
}

TEST(Database, ReadOnlyCanBeAskedFor)
{
    test::TestDatabase t;
    const QString path = t.path();
    OpenOptions options;
    options.readOnly = true;
    auto db = Database::open(path, options, nullptr);
    ASSERT_TRUE(db);
    EXPECT_TRUE(db->isReadOnly());
    QSqlQuery q(db->connection());
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM settings")));
}

// A build whose migrations folder has a step 2, to prove the update path on a real v1 file.
class MigrationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QFile::copy(QStringLiteral(":/migrations/0001_initial.sql"),
            m_migrations.filePath(QStringLiteral("0001_initial.sql"))));
        m_path = copyFixture(m_files, QStringLiteral("v1.sqlite"));
    }
    void addStep(const QString& name, const QByteArray& sql)
    {
        QFile f(m_migrations.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(sql);
    }
    OpenOptions options() const
    {
        OpenOptions o;
        o.migrationsDirectory = m_migrations.path();
        return o;
    }

    QTemporaryDir m_migrations;
    QTemporaryDir m_files;
    QString m_path;
};

TEST_F(MigrationTest, BacksUpThenUpdates)
{
    addStep(QStringLiteral("0002_add_vip.sql"),
        "ALTER TABLE advocates ADD COLUMN vip INTEGER NOT NULL DEFAULT 0;\n"
        "UPDATE advocates SET vip = 1 WHERE id = 1;\n");
    ManualClock clock(test::fixedNow());
    OpenFailure failure;
    auto db = Database::open(m_path, options(), &failure, clock);
    ASSERT_TRUE(db) << failure.message.toStdString();
    EXPECT_EQ(db->schemaVersion(), 2);
    EXPECT_EQ(db->previousSchemaVersion(), 1);
    EXPECT_EQ(scalar(db->connection(), QStringLiteral("PRAGMA user_version")).toInt(), 2);
    EXPECT_EQ(scalar(db->connection(), QStringLiteral("SELECT vip FROM advocates WHERE id = 1")).toInt(), 1);

    const QString backup = m_files.filePath(QStringLiteral("v1.backup-v1-20260314-092653.sqlite"));
    EXPECT_EQ(db->backupPath(), backup);
    ASSERT_TRUE(QFileInfo::exists(backup));
    EXPECT_EQ(rawScalar(backup, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    EXPECT_EQ(rawScalar(backup, QStringLiteral("SELECT count(*) FROM advocates")).toInt(), 3);
    EXPECT_EQ(rawScalar(backup, QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(QFileInfo(backup).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0)
        << "the safety copy is the owner's alone";
}

TEST_F(MigrationTest, AFailedStepChangesNothing)
{
    addStep(QStringLiteral("0002_broken.sql"),
        "ALTER TABLE advocates ADD COLUMN vip INTEGER;\n"
        "INSERT INTO no_such_table VALUES (1);\n");
    const QByteArray before = test::fileBytes(m_path);
    OpenFailure failure;
    auto db = Database::open(m_path, options(), &failure);
    EXPECT_FALSE(db);
    EXPECT_EQ(failure.kind, OpenFailure::Kind::MigrationFailed);
    EXPECT_TRUE(failure.message.contains(QStringLiteral("version 2"))) << failure.message.toStdString();
    EXPECT_TRUE(failure.message.contains(QStringLiteral("backup-v1"))) << "says where the safety copy is";
    EXPECT_EQ(test::fileBytes(m_path), before) << "the file is exactly as before";

    EXPECT_EQ(rawScalar(m_path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    EXPECT_TRUE(
        rawScalar(m_path, QStringLiteral("SELECT count(*) FROM pragma_table_info('advocates') WHERE name = 'vip'"))
            .toInt()
        == 0)
        << "the first statement of the step was rolled back";

    // A retry in the same second gets its own safety copy instead of failing on the name.
    OpenFailure again;
    EXPECT_FALSE(Database::open(m_path, options(), &again));
    EXPECT_EQ(again.kind, OpenFailure::Kind::MigrationFailed) << again.message.toStdString();
}

TEST_F(MigrationTest, ABrokenReferenceFailsTheStep)
{
    addStep(QStringLiteral("0002_orphan.sql"), "INSERT INTO advocate_tags (advocate_id, tag_id) VALUES (999, 999);\n");
    OpenFailure failure;
    EXPECT_FALSE(Database::open(m_path, options(), &failure));
    EXPECT_EQ(failure.kind, OpenFailure::Kind::MigrationFailed);
}

TEST(Database, SavesACompleteCopy)
{
    test::TestDatabase t;
    store::AdvocateStore store(t.connection(), t.clock());
    domain::Advocate a;
    a.firstName = QStringLiteral("Chidi");
    ASSERT_TRUE(store.create(a).ok());
    const QString target = t.dir() + QStringLiteral("/copy.sqlite");
    ASSERT_TRUE(t.database().saveCopy(target).ok());
    ASSERT_TRUE(t.database().saveCopy(target).ok()) << "an existing copy is replaced";
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".partial")));
    EXPECT_EQ(QFileInfo(target).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    EXPECT_FALSE(t.database().saveCopy(t.path()).ok()) << "never over the open file";

    auto copy = Database::open(target, {}, nullptr);
    ASSERT_TRUE(copy);
    EXPECT_EQ(scalar(copy->connection(), QStringLiteral("SELECT first_name FROM advocates")).toString(),
        QStringLiteral("Chidi"));
}

TEST(Database, ClosingFoldsTheLogBackIntoTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("closed.sqlite"));
    {
        ASSERT_TRUE(Database::open(path, {}, nullptr));
    }
    EXPECT_EQ(filesIn(dir.path()), QStringList {QStringLiteral("closed.sqlite")})
        << "a closed database is one file that a file manager can copy whole";
}

TEST(Database, ACopyIntoAMissingFolderFailsClearly)
{
    test::TestDatabase t;
    const Status saved = t.database().saveCopy(t.dir() + QStringLiteral("/no/such/folder/copy.sqlite"));
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("copy.sqlite"))) << saved.error().message.toStdString();
}

TEST(Migrator, SplitsTriggersAsOneStatement)
{
    const QStringList statements = Migrator::splitStatements(
        QStringLiteral("-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT ';');\n"
                       "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = 'y;';\n  DELETE FROM a;\nEND;\n"
                       "INSERT INTO a VALUES ('1');\n-- trailing comment\n"));
    ASSERT_EQ(statements.size(), 3);
    EXPECT_TRUE(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    EXPECT_TRUE(statements.at(1).endsWith(QStringLiteral("END;")));
}

} // namespace

namespace {

TEST(Database, AWorkerConnectionSeesTheSameFileWithTheSamePragmas)
{
    test::TestDatabase t;
    {
        QSqlDatabase worker = t.database().addConnection(QStringLiteral("worker-test"));
        ASSERT_TRUE(worker.isOpen());
        EXPECT_EQ(scalar(worker, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        EXPECT_EQ(scalar(worker, QStringLiteral("PRAGMA synchronous")).toInt(), 2);
        QSqlQuery q(worker);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE settings SET value = 'Worker Café' WHERE key = 'business_name'")));
        EXPECT_EQ(
            scalar(t.connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'business_name'")).toString(),
            QStringLiteral("Worker Café"));
        worker.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("worker-test"));
}

TEST(WriteTransaction, NestedChangesJoinTheOuterOne)
{
    test::TestDatabase t;
    const auto name = [&] {
        return scalar(t.connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'business_name'"))
            .toString();
    };
    const auto setName = [&](const QString& value) {
        QSqlQuery q(t.connection());
        q.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'business_name'"));
        q.addBindValue(value);
        return q.exec();
    };
    {
        store::WriteTransaction outer(t.connection());
        ASSERT_TRUE(outer.started());
        ASSERT_TRUE(setName(QStringLiteral("outer")));
        {
            store::WriteTransaction inner(t.connection());
            ASSERT_TRUE(inner.started());
            ASSERT_TRUE(setName(QStringLiteral("inner, rolled back")));
        } // no commit: only the inner change is undone
        EXPECT_EQ(name(), QStringLiteral("outer"));
        {
            store::WriteTransaction inner(t.connection());
            ASSERT_TRUE(setName(QStringLiteral("inner, kept")));
            ASSERT_TRUE(inner.commit().ok());
        }
        EXPECT_EQ(name(), QStringLiteral("inner, kept"));
    } // the outer one was never committed: everything is undone
    EXPECT_EQ(name(), QString());

    {
        store::WriteTransaction outer(t.connection());
        ASSERT_TRUE(setName(QStringLiteral("committed")));
        ASSERT_TRUE(outer.commit().ok());
    }
    EXPECT_EQ(name(), QStringLiteral("committed"));
}

} // namespace
