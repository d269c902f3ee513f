// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/Result.h"

namespace grapevine::backup {

/// One copy of a database in its backup folder.
struct BackupFile
{
    QString path;
    QDate day; ///< the day it was made (from its name)
    bool beforeRestore = false; ///< made just before a restore replaced the file
    QDateTime modified;
    qint64 bytes = 0;
};

/// What a backup holds, to choose one by.
struct BackupContents
{
    int schemaVersion = 0;
    qint64 advocates = 0;
    qint64 campaigns = 0;
    qint64 referrals = 0;
    qint64 mentions = 0;
};

/// Rotating daily copies of one database file, made with SQLite's online backup (a consistent
/// copy of a file that may be open and written, which a file copy of a live WAL database is
/// not), each readable by its owner only, kept for a number of days.
///
/// A backup is `<folder>/<stem>-YYYY-MM-DD.sqlite`; the folder is per database file (see
/// folderFor), so two businesses with the same file name keep apart.
class DailyBackups final
{
    Q_DECLARE_TR_FUNCTIONS(DailyBackups)

public:
    static constexpr int kDefaultKeepDays = 14;

    explicit DailyBackups(QString databasePath, QString folder = QString());

    /// The per-user backup folder for a database: `<app data>/backups/<stem>-<hash of its path>`.
    static QString folderFor(const QString& databasePath);
    QString folder() const { return m_folder; }

    /// Newest first.
    QList<BackupFile> list() const;

    /// Today's copy, unless there is one already (then its path, and `*made` false). `cancel`
    /// may stop a long copy from another thread; nothing is left behind then.
    Result<QString> makeToday(const QDate& today, bool* made = nullptr, const std::atomic_bool* cancel = nullptr);

    /// Deletes the daily copies older than `keepDays` days before `today` (0: keep all); a copy
    /// made before a restore is kept as long. Returns how many went.
    Result<int> prune(const QDate& today, int keepDays);

    /// Replaces the database's contents with `backupPath`'s, through SQLite (the file must not
    /// be open in this program; another program holding it makes this fail, never half-done).
    /// The current contents are first saved as a "before restore" copy of today.
    Status restore(const QString& backupPath, const QDate& today);

    static Result<BackupContents> contents(const QString& backupPath);

    /// SQLite's online backup of `from` into a new file `to` (written beside as `to`.part and
    /// renamed when complete). Public for the tests and the fuzz/kill harnesses.
    static Status copy(const QString& from, const QString& to, const std::atomic_bool* cancel = nullptr);

private:
    QString m_databasePath;
    QString m_folder;
};

} // namespace grapevine::backup
