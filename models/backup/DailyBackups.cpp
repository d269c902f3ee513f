// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DailyBackups.h"

#include <algorithm>
#include <memory>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sqlite3.h>

#include "db/Database.h"
#include "db/Migrator.h"

namespace grapevine::backup {

namespace {

struct Close
{
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, Close>;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Error failure(const QString& message)
{
    return Error(Error::Code::Storage, message);
}

/// Opens with this program's SQLite, not through Qt: the backup API needs both ends as handles
/// of the same copy of SQLite, which Qt's driver does not promise on every platform.
Connection open(const QString& path, int flags, QString* error)
{
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK) {
        *error = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString::fromUtf8(sqlite3_errstr(rc));
        return nullptr;
    }
    sqlite3_busy_timeout(raw, 5000);
    return db;
}

qint64 single(sqlite3* db, const char* sql, bool* ok)
{
    sqlite3_stmt* statement = nullptr;
    qint64 value = 0;
    *ok = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW;
    if (*ok)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

QRegularExpression backupName(const QString& stem)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2})(-before-restore(?:-\\d+)?)?\\.sqlite$")
                                  .arg(QRegularExpression::escape(stem)));
}

} // namespace

DailyBackups::DailyBackups(QString databasePath, QString folder)
    : m_databasePath(std::move(databasePath))
    , m_folder(folder.isEmpty() ? folderFor(m_databasePath) : std::move(folder))
{ }

QString DailyBackups::folderFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    const QString where = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/backups/")
        + info.completeBaseName() + QLatin1Char('-') + QString::fromLatin1(hash);
}

QList<BackupFile> DailyBackups::list() const
{
    QList<BackupFile> backups;
    const QRegularExpression pattern = backupName(QFileInfo(m_databasePath).completeBaseName());
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        BackupFile b;
        b.path = file.absoluteFilePath();
        b.day = QDate::fromString(match.captured(1), Qt::ISODate);
        b.beforeRestore = !match.captured(2).isEmpty();
        b.modified = file.lastModified();
        b.bytes = file.size();
        if (b.day.isValid())
            backups << b;
    }
    std::sort(backups.begin(), backups.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.modified != b.modified ? a.modified > b.modified : a.path > b.path;
    });
    return backups;
}

Status DailyBackups::copy(const QString& from, const QString& to, const std::atomic_bool* cancel)
{
    const QString part = to + QStringLiteral(".part");
    QFile::remove(part);
    {
        // Created empty and owner-only before SQLite writes a byte of personal data into it.
        QFile created(part);
        if (!created.open(QIODevice::WriteOnly)) {
            return failure(tr("Cannot write the backup \"%1\": %2").arg(native(to), created.errorString()));
        }
        created.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    auto fail = [&](const QString& why) {
        QFile::remove(part);
        return failure(tr("Cannot back up \"%1\" to \"%2\": %3").arg(native(from), native(to), why));
    };
    QString error;
    Connection source = open(from, SQLITE_OPEN_READONLY, &error);
    if (!source)
        return fail(error);
    Connection target = open(part, SQLITE_OPEN_READWRITE, &error);
    if (!target)
        return fail(error);
    sqlite3_backup* backup = sqlite3_backup_init(target.get(), "main", source.get(), "main");
    if (!backup)
        return fail(QString::fromUtf8(sqlite3_errmsg(target.get())));
    int rc = SQLITE_OK;
    bool cancelled = false;
    // A few thousand pages a step, so that a cancel is noticed within a fraction of a second.
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (cancel && cancel->load()) {
            cancelled = true;
            break;
        }
        rc = sqlite3_backup_step(backup, 4096);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    if (cancelled)
        return fail(tr("the backup was cancelled"));
    if (rc != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errstr(rc)));
    // One self-contained file: no write-ahead log beside it, so it opens from anywhere, even
    // read-only media.
    if (sqlite3_exec(target.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(target.get())));
    target.reset();
    source.reset();
    if (const QString why = db::moveIntoPlace(part, to); !why.isEmpty())
        return fail(why);
    return {};
}

Result<QString> DailyBackups::makeToday(const QDate& today, bool* made, const std::atomic_bool* cancel)
{
    if (made)
        *made = false;
    if (!QDir().mkpath(m_folder))
        return failure(tr("Cannot create the backup folder \"%1\".").arg(native(m_folder)));
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = QStringLiteral("%1/%2-%3.sqlite")
                             .arg(m_folder, QFileInfo(m_databasePath).completeBaseName(), today.toString(Qt::ISODate));
    if (QFileInfo::exists(path))
        return path;
    const Status copied = copy(m_databasePath, path, cancel);
    if (!copied)
        return copied.error();
    if (made)
        *made = true;
    return path;
}

Result<int> DailyBackups::prune(const QDate& today, int keepDays)
{
    if (keepDays <= 0)
        return 0;
    const QDate oldestKept = today.addDays(-keepDays);
    int removed = 0;
    for (const BackupFile& b : list()) {
        if (b.day >= oldestKept)
            continue;
        if (!QFile::remove(b.path))
            return failure(tr("Cannot delete the old backup \"%1\".").arg(native(b.path)));
        ++removed;
    }
    return removed;
}

Result<BackupContents> DailyBackups::contents(const QString& backupPath)
{
    QString error;
    Connection db = open(backupPath, SQLITE_OPEN_READONLY, &error);
    if (!db)
        return failure(tr("Cannot read the backup \"%1\": %2").arg(native(backupPath), error));
    bool ok = false;
    BackupContents c;
    c.schemaVersion = static_cast<int>(single(db.get(), "PRAGMA user_version", &ok));
    if (!ok)
        return failure(tr("\"%1\" is not a database Grapevine can read.").arg(native(backupPath)));
    c.advocates = single(db.get(), "SELECT count(*) FROM advocates", &ok);
    c.campaigns = single(db.get(), "SELECT count(*) FROM campaigns", &ok);
    c.referrals = single(db.get(), "SELECT count(*) FROM referrals", &ok);
    c.mentions = single(db.get(), "SELECT count(*) FROM mentions", &ok);
    return c;
}

Status DailyBackups::restore(const QString& backupPath, const QDate& today)
{
    QString error;
    {
        Connection backup = open(backupPath, SQLITE_OPEN_READONLY, &error);
        if (!backup)
            return failure(tr("Cannot read the backup \"%1\": %2").arg(native(backupPath), error));
        sqlite3_stmt* check = nullptr;
        bool sound = sqlite3_prepare_v2(backup.get(), "PRAGMA quick_check", -1, &check, nullptr) == SQLITE_OK
            && sqlite3_step(check) == SQLITE_ROW
            && qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(check, 0)), "ok") == 0;
        sqlite3_finalize(check);
        if (!sound) {
            return failure(
                tr("The backup \"%1\" is damaged and was not restored. Choose another one.").arg(native(backupPath)));
        }
        bool ok = false;
        const qint64 application = single(backup.get(), "PRAGMA application_id", &ok);
        const qint64 version = single(backup.get(), "PRAGMA user_version", &ok);
        if (application != db::Migrator::kApplicationId)
            return failure(tr("\"%1\" is not a Grapevine database and was not restored.").arg(native(backupPath)));
        if (version > db::Migrator().latestVersion()) {
            return failure(tr("The backup \"%1\" was made by a newer version of Grapevine and was not restored. "
                              "Install the newer Grapevine to use it.")
                               .arg(native(backupPath)));
        }
    }

    // The contents being replaced stay within reach, as a backup of their own.
    if (!QDir().mkpath(m_folder))
        return failure(tr("Cannot create the backup folder \"%1\".").arg(native(m_folder)));
    const QString stem = QStringLiteral("%1/%2-%3-before-restore")
                             .arg(m_folder, QFileInfo(m_databasePath).completeBaseName(), today.toString(Qt::ISODate));
    QString before = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(before); ++n)
        before = QStringLiteral("%1-%2.sqlite").arg(stem).arg(n);
    if (QFileInfo::exists(m_databasePath)) {
        const Status saved = copy(m_databasePath, before);
        if (!saved)
            return saved;
    }

    // Page by page into the file through SQLite, in one write transaction: a failure or another
    // program holding the file leaves it as it was.
    Connection target = open(m_databasePath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &error);
    Connection source = open(backupPath, SQLITE_OPEN_READONLY, &error);
    if (!target || !source)
        return failure(tr("Cannot restore \"%1\": %2").arg(native(m_databasePath), error));
    sqlite3_backup* backup = sqlite3_backup_init(target.get(), "main", source.get(), "main");
    if (!backup)
        return failure(tr("Cannot restore \"%1\": %2")
                           .arg(native(m_databasePath), QString::fromUtf8(sqlite3_errmsg(target.get()))));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const QString why = rc == SQLITE_BUSY || rc == SQLITE_LOCKED
            ? tr("another program is using the file. Close it and try again.")
            : QString::fromUtf8(sqlite3_errstr(rc));
        return failure(tr("Cannot restore \"%1\": %2").arg(native(m_databasePath), why));
    }
    return {};
}

} // namespace grapevine::backup
