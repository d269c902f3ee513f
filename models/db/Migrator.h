// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include "domain/Result.h"

namespace grapevine::db {

/// Brings a database from its PRAGMA user_version to the newest schema, one numbered
/// migration (resources/migrations/NNNN_name.sql) at a time, each in one transaction that
/// also bumps user_version. A failed step rolls back whole.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    /// Stamped into every Grapevine file (PRAGMA application_id), so we can tell our files from
    /// other SQLite databases. "GrpV" in ASCII.
    static constexpr int kApplicationId = 0x47727056;

    /// The migrations compiled into this build.
    static QString builtInDirectory() { return QStringLiteral(":/migrations"); }

    /// Uses the NNNN_name.sql files of `directory` (tests pass a folder with extra steps).
    explicit Migrator(QString directory = builtInDirectory());

    /// The schema version this build creates: the number of the last migration.
    int latestVersion() const;

    /// Paths of the migrations, in order; the n-th entry brings version n-1 to n.
    QStringList migrationFiles() const;

    /// Applies every migration after `fromVersion`. Foreign keys are switched off while a step
    /// runs (SQLite's recommended way to rebuild tables) and checked before it commits.
    Status migrate(QSqlDatabase& db, int fromVersion) const;

    /// Splits a script into complete SQL statements (triggers keep their inner semicolons).
    static QStringList splitStatements(const QString& script);

private:
    QString m_directory;
};

} // namespace grapevine::db
