// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "backup/DailyBackups.h"
#include "db/Database.h"
#include "db/Migrator.h"

using namespace grapevine;
using backup::DailyBackups;

namespace {

class DailyBackupsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = db::Database::open(path(), {}, nullptr);
        ASSERT_TRUE(m_db);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("shop.sqlite")); }
    QString folder() const { return m_dir.filePath(QStringLiteral("backups")); }

    void addAdvocate(const QString& email)
    {
        QSqlQuery q(m_db->connection());
        ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO advocates (first_name, email, referral_code, created_at, "
                                             "updated_at) VALUES ('A', ?, ?, 0, 0)")));
        q.addBindValue(email);
        q.addBindValue(QString(QStringLiteral("CODE-") + email.left(email.indexOf(QLatin1Char('@'))).toUpper()));
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }

    qint64 advocatesIn(const QString& file)
    {
        const auto c = DailyBackups::contents(file);
        EXPECT_TRUE(c.ok()) << (c.ok() ? std::string() : c.error().message.toStdString());
        return c.ok() ? c->advocates : -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_db;
    const QDate m_today {2026, 11, 22};
};

TEST_F(DailyBackupsTest, OneCopyADayOfTheLiveFileReadableByItsOwnerOnly)
{
    addAdvocate(QStringLiteral("ana@example.com"));
    // Still in the write-ahead log of the open connection: a file copy of shop.sqlite alone
    // would miss it; SQLite's backup does not.
    addAdvocate(QStringLiteral("bo@example.com"));
    DailyBackups backups(path(), folder());
    bool made = false;
    const auto first = backups.makeToday(m_today, &made);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_TRUE(made);
    EXPECT_EQ(QFileInfo(first.value()).fileName(), QStringLiteral("shop-2026-11-22.sqlite"));
    EXPECT_EQ(advocatesIn(first.value()), 2);
    EXPECT_FALSE(QFileInfo::exists(first.value() + QStringLiteral("-wal"))) << "a single self-contained file";
#ifdef Q_OS_UNIX
    EXPECT_EQ(QFileInfo(first.value()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
#endif
    EXPECT_EQ(DailyBackups::contents(first.value())->schemaVersion, m_db->schemaVersion());

    // The same day again: nothing new.
    addAdvocate(QStringLiteral("cy@example.com"));
    const auto again = backups.makeToday(m_today, &made);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(made);
    EXPECT_EQ(again.value(), first.value());
    EXPECT_EQ(advocatesIn(first.value()), 2);
    ASSERT_EQ(backups.list().size(), 1);
    EXPECT_EQ(backups.list().first().day, m_today);
}

TEST_F(DailyBackupsTest, KeepsTheChosenNumberOfDays)
{
    DailyBackups backups(path(), folder());
    for (int daysAgo : {20, 15, 14, 1, 0})
        ASSERT_TRUE(backups.makeToday(m_today.addDays(-daysAgo)).ok());
    ASSERT_EQ(backups.list().size(), 5);
    EXPECT_EQ(backups.prune(m_today, 0).value(), 0) << "0 keeps everything";
    const auto removed = backups.prune(m_today, 14);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(removed.value(), 2);
    QList<QDate> days;
    for (const backup::BackupFile& b : backups.list())
        days << b.day;
    std::sort(days.begin(), days.end());
    EXPECT_EQ(days, (QList<QDate> {m_today.addDays(-14), m_today.addDays(-1), m_today}));
}

TEST_F(DailyBackupsTest, AnotherFilesBackupsAreNotItsOwn)
{
    // Same folder, another database's name: never listed, never pruned.
    QFile other(folder() + QStringLiteral("/shopfront-2020-01-01.sqlite"));
    ASSERT_TRUE(QDir().mkpath(folder()));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.close();
    DailyBackups backups(path(), folder());
    EXPECT_TRUE(backups.list().isEmpty());
    EXPECT_EQ(backups.prune(m_today, 1).value(), 0);
    EXPECT_TRUE(other.exists());
    EXPECT_NE(DailyBackups::folderFor(path()), DailyBackups::folderFor(m_dir.filePath(QStringLiteral("x/shop.sqlite"))))
        << "two businesses with the same file name keep apart";
}

TEST_F(DailyBackupsTest, RestoreBringsBackTheCopyAndKeepsWhatItReplaced)
{
    addAdvocate(QStringLiteral("ana@example.com"));
    DailyBackups backups(path(), folder());
    const auto monday = backups.makeToday(m_today.addDays(-1));
    ASSERT_TRUE(monday.ok());
    addAdvocate(QStringLiteral("bo@example.com"));
    m_db.reset(); // the app closes the file first

    const Status restored = backups.restore(monday.value(), m_today);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    m_db = db::Database::open(path(), {}, nullptr);
    ASSERT_TRUE(m_db);
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT email FROM advocates")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("ana@example.com"));
    EXPECT_FALSE(q.next());

    const QList<backup::BackupFile> list = backups.list();
    ASSERT_EQ(list.size(), 2);
    const auto before = std::find_if(list.begin(), list.end(), [](const auto& b) { return b.beforeRestore; });
    ASSERT_NE(before, list.end());
    EXPECT_EQ(advocatesIn(before->path), 2) << "what the restore replaced is a backup of its own";
}

TEST_F(DailyBackupsTest, ADamagedBackupIsNotRestored)
{
    addAdvocate(QStringLiteral("ana@example.com"));
    DailyBackups backups(path(), folder());
    const auto copy = backups.makeToday(m_today);
    ASSERT_TRUE(copy.ok());
    {
        QFile f(copy.value());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(static_cast<int>(f.size() / 2), 'x'));
    }
    m_db.reset();
    const QByteArray before = [&] {
        QFile f(path());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const Status restored = backups.restore(copy.value(), m_today);
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.error().message.contains(QStringLiteral("damaged"))) << restored.error().message.toStdString();
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before) << "the file is untouched";
}

/// Sets header fields of a file through SQLite itself (Database::open would refuse it after).
void stamp(const QString& file, int applicationId, int userVersion)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stamp"));
        raw.setDatabaseName(file);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stamp"));
}

TEST_F(DailyBackupsTest, OnlyGrapevineBackupsThisVersionUnderstandsAreRestored)
{
    DailyBackups backups(path(), folder());
    const auto copy = backups.makeToday(m_today);
    ASSERT_TRUE(copy.ok());
    const int version = m_db->schemaVersion();
    m_db.reset();
    stamp(copy.value(), db::Migrator::kApplicationId, 9999);
    Status restored = backups.restore(copy.value(), m_today);
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.error().message.contains(QStringLiteral("newer version")))
        << restored.error().message.toStdString();
    stamp(copy.value(), 7, version);
    restored = backups.restore(copy.value(), m_today);
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.error().message.contains(QStringLiteral("not a Grapevine database")))
        << restored.error().message.toStdString();
    EXPECT_TRUE(db::Database::open(path(), {}, nullptr)) << "the file itself still opens";
}

TEST_F(DailyBackupsTest, ACancelledCopyLeavesNothing)
{
    DailyBackups backups(path(), folder());
    const std::atomic_bool cancel {true};
    const auto made = backups.makeToday(m_today, nullptr, &cancel);
    EXPECT_FALSE(made.ok());
    EXPECT_TRUE(QDir(folder()).entryList(QDir::Files).isEmpty());
}

TEST_F(DailyBackupsTest, ContentsOfSomethingElseIsAnError)
{
    const QString notes = m_dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(notes);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("these are my notes, not a database at all, and long enough to be read as a header");
    f.close();
    EXPECT_FALSE(DailyBackups::contents(notes).ok());
    EXPECT_FALSE(DailyBackups::contents(m_dir.filePath(QStringLiteral("missing.sqlite"))).ok());
}

} // namespace
