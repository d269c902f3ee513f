// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every benchmark program does before it measures: take --db=FILE (a file made by
// grapevine-cli demo) or --rows=N (generate N advocates and N referrals into a temporary
// file, 10,000 by default), and hand the other arguments to Google Benchmark.
#include <cstdio>
#include <vector>

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include "db/Database.h"
#include "demo/DemoGenerator.h"

namespace grapevine::bench {

/// A line of /proc/self/status in MiB: "VmRSS:" now, "VmHWM:" the peak so far (Linux; 0 elsewhere).
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
    if (!path.isEmpty())
        return path;
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

} // namespace grapevine::bench
