// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target for opening a file: any bytes as a database file (the seeds are Grapevine
// files of every schema version, so most inputs are damaged or odd databases rather than
// noise) go through Database::open exactly as the app opens a file, then the health check
// and a read of every table. Nothing may crash or trip a sanitizer; a refused file must be
// left byte for byte as it was and come with a message. Build and run: tests/fuzz/README.md.
#include <cstddef>
#include <cstdint>
#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include "db/Database.h"
#include "db/DatabaseCheck.h"

using namespace grapevine;

namespace {

struct FuzzState
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
};

/// Never destroyed: at exit Qt's own globals (the SQL driver registry) may already be gone.
FuzzState& state()
{
    static FuzzState* s = new FuzzState;
    return *s;
}

/// Reads a few rows of every table, every column, as the lists and reports would.
void readEverything(const QSqlDatabase& db)
{
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return;
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& name : names) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" LIMIT 200").arg(name)))
            continue;
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                (void)q.value(i).toString();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzState& s = state();
    s.app = std::make_unique<QCoreApplication>(*argc, *argv);
    s.dir = std::make_unique<QTemporaryDir>();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzState& s = state();
    const QString path = s.dir->filePath(QStringLiteral("business.sqlite"));
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            __builtin_trap();
    }
    {
        db::OpenFailure failure;
        db::OpenOptions options;
        options.createIfMissing = false;
        auto database = db::Database::open(path, options, &failure);
        if (database) {
            const db::CheckReport report = db::DatabaseCheck::run(database->connection());
            (void)report.healthy();
            readEverything(database->connection());
        } else {
            if (failure.message.isEmpty())
                __builtin_trap(); // a refusal always says why
            if (failure.kind != db::OpenFailure::Kind::MigrationFailed
                && failure.kind != db::OpenFailure::Kind::BackupFailed) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly) || file.readAll() != bytes)
                    __builtin_trap(); // a refused file is left untouched
            }
        }
    }
    // The next input starts from nothing: no write-ahead log, no safety copy from an update.
    QDir dir(s.dir->path());
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden))
        dir.remove(name);
    return 0;
}
