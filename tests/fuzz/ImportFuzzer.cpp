// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target for the import path after the reader: column matching, value parsing and
// validation, dedupe, the writes and the rejected-rows file, for all three kinds. Any bytes
// as a CSV must never crash or trip a sanitizer; the counts must add up; a dry run must leave
// the database as it was; and a real import taken back with undo-import must leave no record
// of its own behind. Build and run: see tests/fuzz/README.md.
#include <cstddef>
#include <cstdint>
#include <memory>

#include <QBuffer>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "db/Database.h"
#include "domain/Clock.h"
#include "import/ImportKinds.h"
#include "import/ImportUndo.h"

using namespace grapevine;

namespace {

struct FuzzState
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<db::Database> database;
    SystemClock clock;
};

/// Never destroyed: at exit Qt's own globals (the SQL driver registry) may already be gone.
FuzzState& state()
{
    static FuzzState* s = new FuzzState;
    return *s;
}

qint64 records(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT (SELECT count(*) FROM advocates) + (SELECT count(*) FROM referrals) + "
                                 "(SELECT count(*) FROM mentions) + (SELECT count(*) FROM rewards)"))
            && q.next()
        ? q.value(0).toLongLong()
        : -1;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzState& s = state();
    s.app = std::make_unique<QCoreApplication>(*argc, *argv);
    s.dir = std::make_unique<QTemporaryDir>();
    db::OpenFailure failure;
    s.database = db::Database::open(s.dir->filePath(QStringLiteral("fuzz.sqlite")), {}, &failure);
    if (!s.database)
        __builtin_trap();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    FuzzState& s = state();
    const std::uint8_t options = data[0];
    QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));

    static const domain::ImportKind kinds[]
        = {domain::ImportKind::Advocates, domain::ImportKind::Orders, domain::ImportKind::Mentions};
    const domain::ImportKind kind = kinds[(options & 0x03) % 3];
    importing::ImportSettings settings;
    settings.kind = kind;
    settings.onDuplicate = static_cast<importing::DuplicatePolicy>((options >> 2) % 3);
    if (options & 0x10)
        settings.dateOrder = csv::DateOrder::DayMonthYear;
    if (options & 0x20)
        settings.rejectedOutPath = s.dir->filePath(QStringLiteral("rejected.csv"));
    const bool keep = (options & 0x40) != 0;
    settings.dryRun = !keep;

    QSqlDatabase db = s.database->connection();
    const qint64 before = records(db);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto summary = importing::ImportKinds::run(kind, db, s.clock, buffer, QStringLiteral("fuzz.csv"), settings);
    if (summary) {
        const importing::ImportSummary& r = *summary;
        if (r.rows < 0 || r.created < 0 || r.updated < 0 || r.skipped < 0 || r.rejected < 0
            || r.created + r.updated + r.skipped + r.rejected > r.rows)
            __builtin_trap(); // every row is counted once at most
        if (keep && r.batchId > 0) {
            importing::ImportUndo undo(db, s.clock);
            if (!undo.undo(r.batchId))
                __builtin_trap(); // an import just made can always be taken back
        }
    }
    if (records(db) != before)
        __builtin_trap(); // a dry run, a refused file or an undone import leave nothing behind
    return 0;
}
