// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include <atomic>
#include <filesystem>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include "Migrator.h"
#include "domain/Clock.h"

namespace grapevine::db {

namespace {

constexpr int kBusyTimeoutMs = 5000;
const QByteArray kSqliteMagic("SQLite format 3\0", 16);

QString uniqueConnectionName(const char* purpose)
{
    static std::atomic<int> counter {0};
    return QStringLiteral("grapevine-%1-%2").arg(QLatin1String(purpose)).arg(++counter);
}

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    const auto b = [&](int i) { return static_cast<quint32>(static_cast<unsigned char>(bytes.at(offset + i))); };
    return (b(0) << 24) | (b(1) << 16) | (b(2) << 8) | b(3);
}

// SQLite's extended result codes, as Qt's driver reports them in nativeErrorCode().
int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

// Closes and unregisters a connection when it goes out of scope, so no handle is left behind
// on any early return.
class ScopedConnection final
{
public:
    explicit ScopedConnection(QString name)
        : m_name(std::move(name))
    { }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;
    void release() { m_name.clear(); }

private:
    QString m_name;
};

struct FileFacts
{
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

} // namespace

void restrictToOwner(const QString& path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

namespace {

/// An empty file readable by its owner alone, for VACUUM INTO to fill (it accepts an empty
/// file): the customer list in it is never readable by others, not even while it is written.
bool createOwnerOnly(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

QStringList Database::quickCheck(const QString& path)
{
    const QString name = uniqueConnectionName("check");
    QStringList problems;
    {
        ScopedConnection guard(name);
        QSqlDatabase db = openConnection(name, path, true);
        QSqlQuery q(db);
        if (!db.isOpen() || !q.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
            problems << (db.isOpen() ? q.lastError().text() : db.lastError().text());
            return problems;
        }
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
    }
    return problems;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/grapevine.sqlite");
}

bool Database::looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() == 0)
        return true;
    return file.read(16) == kSqliteMagic;
}

QSqlDatabase Database::openConnection(const QString& name, const QString& path, bool readOnly, bool immutable)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        QUrl url = QUrl::fromLocalFile(path);
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
    db.open();
    return db;
}

bool Database::applyPragmas(QSqlDatabase& db, bool readOnly)
{
    QSqlQuery q(db);
    bool ok = q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // Deleted or overwritten personal data is zeroed, not left in free pages (Debian's SQLite
    // does this by default, the one bundled with Qt on Windows and macOS does not).
    q.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    // Statements that fire triggers keep their undo journal here; on disk it costs a write per
    // row of a bulk insert.
    q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (readOnly) {
        ok = q.exec(QStringLiteral("PRAGMA query_only = ON")) && ok;
    } else {
        // FULL: a commit that returned is on disk, even after a power cut (DESIGN.md).
        ok = q.exec(QStringLiteral("PRAGMA synchronous = FULL")) && ok;
        // Readers never block the writer and a crash mid-write leaves the last commit intact.
        // Some network file systems cannot do WAL; SQLite then keeps its rollback journal,
        // which is still safe, so the answer is not treated as an error.
        ok = q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && ok;
    }
    return ok;
}

std::unique_ptr<Database> Database::open(const QString& path, const OpenOptions& options, OpenFailure* failure)
{
    return open(path, options, failure, Clock::system());
}

std::unique_ptr<Database> Database::open(
    const QString& rawPath, const OpenOptions& options, OpenFailure* failure, const Clock& clock)
{
    OpenFailure scratch;
    OpenFailure& fail = failure ? *failure : scratch;
    fail = {};
    const auto refuse = [&](OpenFailure::Kind kind, const QString& message) -> std::unique_ptr<Database> {
        fail.kind = kind;
        fail.message = message;
        return nullptr;
    };

    const Migrator migrator(options.migrationsDirectory);
    const int latest = migrator.latestVersion();
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    QFileInfo info(path);
    bool isNew = false;
    bool walWithoutLog = false; // WAL-mode file whose log was folded back: nothing but the file to read

    // 1. Create the file ourselves, so it is restricted to its owner from the first byte.
    if (!info.exists()) {
        if (!options.createIfMissing || options.readOnly)
            return refuse(OpenFailure::Kind::NotFound, tr("The file \"%1\" does not exist.").arg(shown));
        if (!QDir().mkpath(info.absolutePath()))
            return refuse(OpenFailure::Kind::CannotCreate,
                tr("The folder \"%1\" could not be created. Choose another place for the database.")
                    .arg(QDir::toNativeSeparators(info.absolutePath())));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return refuse(OpenFailure::Kind::CannotCreate,
                tr("The database \"%1\" could not be created: %2.").arg(shown, file.errorString()));
        file.close();
        restrictToOwner(path);
        info.refresh();
        isNew = true;
    }

    // 2. Look at the header before SQLite does: a wrong or cut-off file is refused here.
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return refuse(OpenFailure::Kind::CannotCreate,
                tr("The file \"%1\" could not be read: %2.").arg(shown, file.errorString()));
        const qint64 size = file.size();
        if (size == 0) {
            isNew = true;
        } else {
            const QByteArray header = file.read(100);
            if (!header.startsWith(kSqliteMagic.left(qMin<qsizetype>(header.size(), 16))) || header.size() < 16)
                return refuse(OpenFailure::Kind::NotSqlite,
                    tr("\"%1\" is not a Grapevine database (it is not an SQLite file at all). "
                       "Choose a file that Grapevine created.")
                        .arg(shown));
            if (!header.startsWith(kSqliteMagic))
                return refuse(OpenFailure::Kind::NotSqlite,
                    tr("\"%1\" is not a Grapevine database (it is not an SQLite file).").arg(shown));
            if (header.size() < 100)
                return refuse(OpenFailure::Kind::Corrupt,
                    tr("\"%1\" is damaged: it ends after %n byte(s), inside its header. "
                       "Restore it from a backup copy.",
                        nullptr, static_cast<int>(header.size()))
                        .arg(shown));
            quint32 pageSize
                = (static_cast<unsigned char>(header.at(16)) << 8) | static_cast<unsigned char>(header.at(17));
            if (pageSize == 1)
                pageSize = 65536;
            const quint32 changeCounter = bigEndian32(header, 24);
            const quint32 pageCount = bigEndian32(header, 28);
            const quint32 validFor = bigEndian32(header, 92);
            const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
            // Bytes 18 and 19 are 2 for a WAL-mode file.
            walWithoutLog = header.at(18) == 2 && header.at(19) == 2 && !hasWal;
            // The page count in the header is only trustworthy when "version-valid-for" matches
            // the change counter (SQLite file format, section 1.3.7).
            if (!hasWal && validFor == changeCounter && pageCount > 0
                && static_cast<quint64>(size) < static_cast<quint64>(pageSize) * pageCount)
                return refuse(OpenFailure::Kind::Corrupt,
                    tr("\"%1\" is damaged: it is cut off (%2 bytes of the expected %3). "
                       "Restore it from a backup copy.")
                        .arg(shown)
                        .arg(size)
                        .arg(static_cast<quint64>(pageSize) * pageCount));
        }
    }

    // 3. Decide whether we may write.
    QString readOnlyReason;
    if (options.readOnly) {
        readOnlyReason = tr("The database was opened read-only.");
    } else if (!info.isWritable()
        || !(info.permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther))) {
        // The mode bits as well as access(): an administrator can write anything, but a file
        // that its owner marked read-only should still be treated as read-only.
        readOnlyReason = tr("The file is read-only, so changes cannot be saved.");
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        readOnlyReason = tr("The folder holding the file cannot be written to, so changes cannot be saved.");
    }
    const bool readOnly = !readOnlyReason.isEmpty();

    // 4. Inspect through a read-only connection, so a refused file is never written to.
    FileFacts facts;
    const auto classify = [&](const QSqlError& error) {
        switch (primaryCode(error)) {
        case kSqliteNotADb:
            return refuse(OpenFailure::Kind::NotSqlite,
                tr("\"%1\" is not a Grapevine database, or it is encrypted or badly damaged (%2).")
                    .arg(shown, error.databaseText()));
        case kSqliteBusy:
        case kSqliteLocked:
            return refuse(OpenFailure::Kind::Busy,
                tr("\"%1\" is locked by another program. Close the other program and try again.").arg(shown));
        case kSqliteCorrupt:
        default:
            return refuse(OpenFailure::Kind::Corrupt,
                tr("\"%1\" is damaged and cannot be opened (%2). Restore it from a backup copy.")
                    .arg(shown, error.databaseText()));
        }
    };
    QString backupPath;
    if (!isNew) {
        const QString name = uniqueConnectionName("inspect");
        ScopedConnection guard(name);
        // A read-only connection to a WAL-mode file would create -wal and -shm files beside a
        // file we may be about to refuse; immutable mode creates nothing.
        QSqlDatabase db = openConnection(name, path, true, walWithoutLog);
        if (!db.isOpen())
            return classify(db.lastError());
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return classify(q.lastError());
        facts.objectCount = q.value(0).toInt();
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return classify(q.lastError());
        facts.applicationId = q.value(0).toInt();
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return classify(q.lastError());
        facts.userVersion = q.value(0).toInt();
        q.finish();

        if (facts.objectCount == 0 && facts.userVersion == 0 && facts.applicationId == 0) {
            isNew = true; // an empty SQLite database: make it ours
        } else if (facts.applicationId != Migrator::kApplicationId) {
            return refuse(OpenFailure::Kind::NotGrapevine,
                tr("\"%1\" is an SQLite database, but not one made by Grapevine. It was not changed.").arg(shown));
        } else if (facts.userVersion > latest) {
            return refuse(OpenFailure::Kind::NewerVersion,
                tr("\"%1\" was saved by a newer version of Grapevine (database version %2; this version "
                   "understands up to %3). Install the newer Grapevine to open it. The file was not changed.")
                    .arg(shown)
                    .arg(facts.userVersion)
                    .arg(latest));
        }
        if (!isNew && options.quickCheck) {
            if (!q.exec(QStringLiteral("PRAGMA quick_check(5)")))
                return classify(q.lastError());
            QStringList problems;
            while (q.next())
                problems << q.value(0).toString();
            if (problems != QStringList {QStringLiteral("ok")})
                return refuse(OpenFailure::Kind::Corrupt,
                    tr("\"%1\" is damaged and cannot be opened safely. It was not changed; restore it "
                       "from a backup copy. (SQLite reports: %2)")
                        .arg(shown, problems.mid(0, 2).join(QStringLiteral("; "))));
        }
        if (readOnly && (isNew || facts.userVersion < latest))
            return refuse(OpenFailure::Kind::ReadOnlyTooOld,
                tr("\"%1\" needs to be updated for this version of Grapevine, but it cannot be written. "
                   "Copy it to a folder you can write to, then open the copy.")
                    .arg(shown));

        // 5. A safety copy before an existing business is updated.
        if (!isNew && facts.userVersion < latest) {
            const QString stamp = clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            const QString stem = QStringLiteral("%1/%2.backup-v%3-%4")
                                     .arg(info.absolutePath(), info.completeBaseName())
                                     .arg(facts.userVersion)
                                     .arg(stamp);
            backupPath = stem + QStringLiteral(".sqlite");
            // Two updates within a second (a failed one, then a retry) must not share a name.
            for (int n = 2; QFileInfo::exists(backupPath); ++n)
                backupPath = QStringLiteral("%1-%2.sqlite").arg(stem).arg(n);
            QSqlQuery vacuum(db);
            vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
            vacuum.addBindValue(backupPath);
            const bool created = createOwnerOnly(backupPath);
            if (!vacuum.exec()) {
                if (created)
                    QFile::remove(backupPath);
                return refuse(OpenFailure::Kind::BackupFailed,
                    tr("Before updating \"%1\", Grapevine makes a safety copy, and that failed (%2). "
                       "The file was not changed. Free some disk space or check the folder's permissions.")
                        .arg(shown, vacuum.lastError().databaseText()));
            }
            restrictToOwner(backupPath);
        }
    } else if (readOnly) {
        return refuse(OpenFailure::Kind::ReadOnlyTooOld,
            tr("\"%1\" is empty and cannot be written, so no database can be created in it.").arg(shown));
    }

    // 6. The connection the app keeps.
    auto database = std::unique_ptr<Database>(new Database);
    database->m_path = path;
    database->m_connectionName = uniqueConnectionName("main");
    database->m_readOnly = readOnly;
    database->m_readOnlyReason = readOnlyReason;
    database->m_created = isNew;
    database->m_backupPath = backupPath;
    database->m_previousVersion = isNew ? 0 : facts.userVersion;

    database->m_immutable = readOnly && walWithoutLog;
    QSqlDatabase db = openConnection(database->m_connectionName, path, readOnly, database->m_immutable);
    if (!db.isOpen())
        return classify(db.lastError());

    if (!readOnly) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        const int from = isNew ? 0 : facts.userVersion;
        if (from < latest) {
            const Status migrated = migrator.migrate(db, from);
            if (!migrated) {
                QString message = migrated.error().message;
                if (!backupPath.isEmpty())
                    message += QLatin1Char(' ')
                        + tr("A copy made before the update is at \"%1\".").arg(QDir::toNativeSeparators(backupPath));
                return refuse(OpenFailure::Kind::MigrationFailed, message);
            }
        }
        if (isNew) {
            // A new business starts in the currency of the person's locale.
            const QString currency = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
            if (currency.size() == 3) {
                q.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'currency'"));
                q.addBindValue(currency);
                q.exec();
            }
        }
    }
    if (!applyPragmas(db, readOnly) && !readOnly)
        return classify(db.lastError());
    database->m_schemaVersion = latest;
    return database;
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid()) {
            if (!m_readOnly) {
                // Fold the WAL back into the file, so a copy made with a file manager is whole.
                QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlDatabase Database::addConnection(const QString& name) const
{
    QSqlDatabase db = openConnection(name, m_path, m_readOnly, m_immutable);
    if (db.isOpen()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        q.exec(QStringLiteral("PRAGMA secure_delete = ON"));
        q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        q.exec(m_readOnly ? QStringLiteral("PRAGMA query_only = ON") : QStringLiteral("PRAGMA synchronous = FULL"));
    }
    return db;
}

Status Database::saveCopy(const QString& target) const
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute == m_path)
        return Error {Error::Code::Invalid, tr("Choose a different file than the open database for the copy.")};
    // VACUUM INTO refuses an existing file, and a half-written copy must never replace a good
    // one: write beside the target, then rename over it.
    const QString partial = absolute + QStringLiteral(".partial");
    QFile::remove(partial);
    createOwnerOnly(partial);
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        QFile::remove(partial);
        return Error {Error::Code::Storage,
            tr("The copy could not be written to \"%1\": %2.")
                .arg(QDir::toNativeSeparators(absolute), q.lastError().databaseText())};
    }
    restrictToOwner(partial);
    if (const QString why = moveIntoPlace(partial, absolute); !why.isEmpty()) {
        QFile::remove(partial);
        return Error {Error::Code::Storage,
            tr("The copy could not be saved as \"%1\": %2.").arg(QDir::toNativeSeparators(absolute), why)};
    }
    return {};
}

QString moveIntoPlace(const QString& finished, const QString& target)
{
    // std::filesystem::rename replaces the target atomically (rename(2) on POSIX,
    // MoveFileEx with MOVEFILE_REPLACE_EXISTING on Windows); QFile::rename refuses an existing one.
    std::error_code ec;
    std::filesystem::rename(
        std::filesystem::path(finished.toStdU16String()), std::filesystem::path(target.toStdU16String()), ec);
    return ec ? QString::fromLocal8Bit(ec.message().c_str()) : QString();
}

} // namespace grapevine::db
