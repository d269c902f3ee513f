// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every benchmark program does before it measures: take --db=FILE (a file made by
// grapevine-cli demo) or --rows=N (generate N advocates and N referrals into a temporary
// file, 10,000 by default), and hand the other arguments to Google Benchmark.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

#include <benchmark/benchmark.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include "db/Database.h"
#include "demo/DemoGenerator.h"

namespace grapevine::bench {

/// A line of /proc/self/status in MiB: "VmRSS:" now, "VmHWM:" the peak so far (Linux; 0 elsewhere).
/// Opens `path` as the app does but without the integrity check (measured apart, in
/// Open_QuickCheck); a benchmark without its database stops with the reason.
inline std::unique_ptr<db::Database> openUnchecked(const QString& path)
{
    db::OpenOptions options;
    options.quickCheck = false;
    db::OpenFailure failure;
    auto db = db::Database::open(path, options, &failure);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(failure.message));
        std::exit(1);
    }
    return db;
}

inline double processMemoryMiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray name(field);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

inline double residentMiB()
{
    return processMemoryMiB("VmRSS:");
}

inline double peakResidentMiB()
{
    return processMemoryMiB("VmHWM:");
}

/// The database file to measure, or an empty string (after a message on stderr) when it
/// could not be made. `rest` receives the arguments meant for Google Benchmark.
inline QString benchDatabase(int argc, char** argv, const QTemporaryDir& dir, std::vector<char*>& rest)
{
    QString path;
    qint64 rows = 0;
    for (int i = 0; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--db="))
            path = QString::fromLocal8Bit(arg.mid(5));
        else if (arg.startsWith("--rows="))
            rows = arg.mid(7).toLongLong();
        else
            rest.push_back(argv[i]);
    }
    if (!path.isEmpty()) {
        // Database::open would make a new, empty business at a mistyped path, and every
        // benchmark would then measure nothing (or stop half-way with a timeout).
        if (!QFileInfo::exists(path)) {
            std::fprintf(
                stderr, "there is no database at %s; make one with grapevine-cli demo --out FILE\n", qPrintable(path));
            return {};
        }
        db::OpenFailure failure;
        if (!db::Database::open(path, {}, &failure)) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(failure.message));
            return {};
        }
        return path;
    }
    path = dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = db::Database::open(path, {}, nullptr);
    if (!db) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(path));
        return {};
    }
    demo::DemoOptions options;
    options.advocates = rows > 0 ? rows : 10000;
    options.referrals = options.advocates;
    options.mentions = options.advocates / 10;
    const Status made = demo::DemoGenerator::generate(db->connection(), options);
    if (!made) {
        std::fprintf(stderr, "%s\n", made.error().message.toLocal8Bit().constData());
        return {};
    }
    return path;
}

/// Google Benchmark over the arguments the program did not take for itself.
inline void runBenchmarks(std::vector<char*>& args)
{
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}

/// The main() of a benchmark over one database file (`--db=FILE`, else one generated):
/// `path` is set, then `setUp` runs, every benchmark, and `tearDown`.
inline int runOnDatabase(int argc, char** argv, QString& path, const std::function<void()>& setUp = {},
    const std::function<void()>& tearDown = {})
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    std::vector<char*> rest;
    path = benchDatabase(argc, argv, dir, rest);
    if (path.isEmpty())
        return 1;
    if (setUp)
        setUp();
    runBenchmarks(rest);
    if (tearDown)
        tearDown();
    return 0;
}

} // namespace grapevine::bench
