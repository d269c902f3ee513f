// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "domain/Result.h"

namespace grapevine {
class Clock;
}

namespace grapevine::db {

/// Why a file could not be opened. The message names the file and says what to do.
struct OpenFailure
{
    enum class Kind {
        None,
        NotFound, ///< no such file and creating was not asked for
        NotSqlite, ///< not an SQLite file at all
        NotGrapevine, ///< an SQLite file made by some other program
        Corrupt, ///< truncated or damaged
        NewerVersion, ///< made by a newer Grapevine; we must not touch it
        ReadOnlyTooOld, ///< needs an update, but the file cannot be written
        CannotCreate, ///< the folder or file could not be created
        BackupFailed, ///< the safety copy before an update could not be written
        MigrationFailed, ///< an update step failed (and was rolled back)
        Busy ///< another program holds a lock for too long
    };
    Kind kind = Kind::None;
    QString message;
};

struct OpenOptions
{
    bool readOnly = false; ///< open read-only even when the file could be written
    bool createIfMissing = true; ///< create a new, empty business when the file does not exist
    bool quickCheck = true; ///< run PRAGMA quick_check and refuse a damaged file
    QString migrationsDirectory = QStringLiteral(":/migrations"); ///< tests add steps here
};

/// One open Grapevine file: the main-thread connection plus what we learned while opening it.
/// Open with Database::open(); closing happens in the destructor.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /// Opens (creating or updating when needed) the file exactly the way the app does:
    /// header check, version check, integrity check, backup, migrations, pragmas.
    /// A refused file is left byte-for-byte untouched.
    static std::unique_ptr<Database> open(
        const QString& path, const OpenOptions& options, OpenFailure* failure, const Clock& clock);
    static std::unique_ptr<Database> open(const QString& path, const OpenOptions& options, OpenFailure* failure);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The connection of the thread that opened the file. Other threads use addConnection().
    QSqlDatabase connection() const;
    /// A new connection to the same file with the same pragmas, for a worker thread. The caller
    /// must call QSqlDatabase::removeDatabase(name) on that thread when done.
    QSqlDatabase addConnection(const QString& name) const;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// Why the file is read-only, in words for the banner; empty when writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }
    bool wasCreated() const { return m_created; }
    /// The schema version the file had before it was updated; equal to schemaVersion() otherwise.
    int previousSchemaVersion() const { return m_previousVersion; }
    /// The safety copy written before an update, or empty.
    QString backupPath() const { return m_backupPath; }

    /// A consistent copy of the whole file at `target` (SQLite's VACUUM INTO, never a file copy
    /// of a live database). An existing target is replaced only once the copy is complete.
    Status saveCopy(const QString& target) const;

    /// SQLite's quick_check of the file at `path`, on a connection of its own (so it can run on
    /// any thread while the app works). Empty when the file is sound; otherwise what is wrong.
    /// At a million rows it takes seconds, which is why the app runs it after opening.
    static QStringList quickCheck(const QString& path);

    /// Where the app keeps its database unless told otherwise.
    static QString defaultPath();
    /// True when the first bytes are SQLite's header (an empty file counts as a new database).
    static bool looksLikeSqlite(const QString& path);

private:
    Database() = default;
    /// `immutable`: read through SQLite's immutable URI, which creates no -wal/-shm files and
    /// works on read-only media; only correct when no other connection can be writing.
    static QSqlDatabase openConnection(const QString& name, const QString& path, bool readOnly, bool immutable = false);
    static bool applyPragmas(QSqlDatabase& db, bool readOnly);

    QString m_path;
    QString m_connectionName;
    QString m_readOnlyReason;
    QString m_backupPath;
    bool m_readOnly = false;
    bool m_immutable = false;
    bool m_created = false;
    int m_schemaVersion = 0;
    int m_previousVersion = 0;
};

/// Restricts a file we create to its owner (0600 on Unix): it holds personal data.
void restrictToOwner(const QString& path);

/// Renames the complete file `finished` to `target`, replacing an existing target in one step
/// (so a crash leaves the old file or the new one, never neither). Empty when done; otherwise
/// why not.
QString moveIntoPlace(const QString& finished, const QString& target);

} // namespace grapevine::db
