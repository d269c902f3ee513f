// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace grapevine::test {

/// The state of a file that an interrupted or failed command may change, in a few lines: the
/// schema (the import drops and rebuilds indexes and triggers), the rows of every table, and
/// the values the commands change (kinds, tags, import batches, first names "Renamed"). Time
/// stamps and generated codes are left out, so that two runs of the same command on the same
/// file give the same fingerprint.
QString fingerprint(const QSqlDatabase& db);

struct CheckedFile
{
    QString problem; ///< empty when the file opened and passed every check
    QString fingerprint;
};

/// Opens the file as the app does (which recovers a write-ahead log left by a killed process),
/// runs the integrity, foreign-key and full-text index checks, and fingerprints it.
CheckedFile openAndCheck(const QString& path);

/// Deletes a database file with its -wal, -shm and -journal files.
void removeDatabaseFiles(const QString& path);

} // namespace grapevine::test
