// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The CSV export of every advocate beside the sqlite3 shell's `-csv` output of the same rows
// and columns (RecordExport::selectSql, run by the shell as it is), in the same run.
//   grapevine_export_bench --db=FILE     a file made by grapevine-cli demo (a copy: opening it
//                                        switches it to WAL)
//   grapevine_export_bench --rows=N      generate N advocates first
//   --sqlite3=PATH                       the shell to compare with (default: sqlite3 on PATH)
// Wall-clock times: a person waits for the file, not for the CPU. The shell is the stricter
// reference: it writes the stored values as they are (dates as integers, money in cents, no
// byte order mark, no formula guard), which is less work than the export's cells.
#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "BenchDatabase.h"
#include "db/Database.h"
#include "export/RecordExport.h"

using namespace grapevine;
using exporting::RecordExport;
using exporting::RecordKind;

namespace {

QString g_path;
QString g_outDir;
QString g_shell = QStringLiteral("sqlite3");

/// Reads the file once, so that neither side pays for the disk and the first one measured is
/// not the one that filled the page cache.
void warmPageCache(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QByteArray chunk(8 * 1024 * 1024, Qt::Uninitialized);
    while (file.read(chunk.data(), chunk.size()) > 0) { }
}

QString outFile(const char* name)
{
    return QDir(g_outDir).filePath(QLatin1String(name));
}

void Grapevine_ExportAdvocates(benchmark::State& state)
{
    auto database = bench::openUnchecked(g_path);
    if (!database) {
        state.SkipWithError("cannot open the database");
        return;
    }
    const QString out = outFile("grapevine.csv");
    qint64 rows = 0;
    for (auto _ : state) {
        exporting::CancelFlag cancel {false};
        // With a progress callback, as the GUI runs it (it counts the rows first).
        const auto written = RecordExport::write(
            database->connection(), RecordKind::Advocates, out, {}, [](qint64, qint64) {}, &cancel);
        if (!written) {
            state.SkipWithError(written.error().message.toLocal8Bit().constData());
            return;
        }
        rows = written->written;
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["native"] = RecordExport::readsNatively(database->connection()) ? 1 : 0;
    state.counters["file_mb"] = static_cast<double>(QFileInfo(out).size()) / 1e6;
    state.counters["peak_rss_mib"] = bench::peakResidentMiB();
}
BENCHMARK(Grapevine_ExportAdvocates)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void Sqlite3Shell_CsvAdvocates(benchmark::State& state)
{
    QVariantList binds;
    const QString sql = RecordExport::selectSql(RecordKind::Advocates, {}, binds);
    const QString out = outFile("shell.csv");
    for (auto _ : state) {
        QProcess shell;
        shell.setStandardOutputFile(out);
        shell.start(g_shell, {QStringLiteral("-csv"), g_path, sql});
        if (!shell.waitForFinished(-1) || shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0) {
            state.SkipWithError(("sqlite3 failed: " + shell.readAllStandardError().toStdString()).c_str());
            return;
        }
    }
    state.counters["file_mb"] = static_cast<double>(QFileInfo(out).size()) / 1e6;
}
BENCHMARK(Sqlite3Shell_CsvAdvocates)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

/// Only reading the same rows through Qt's SQLite driver (QSqlQuery, forward-only, every value
/// as the driver gives it), writing nothing: why the export reads through SQLite's own API.
void QtDriver_ReadAdvocatesOnly(benchmark::State& state)
{
    auto database = bench::openUnchecked(g_path);
    if (!database) {
        state.SkipWithError("cannot open the database");
        return;
    }
    QVariantList binds;
    const QString sql = RecordExport::selectSql(RecordKind::Advocates, {}, binds);
    const int columns = static_cast<int>(RecordExport::header(RecordKind::Advocates).size());
    qint64 characters = 0;
    for (auto _ : state) {
        QSqlQuery q(database->connection());
        q.setForwardOnly(true);
        if (!q.exec(sql)) {
            state.SkipWithError("query failed");
            return;
        }
        while (q.next()) {
            for (int c = 0; c < columns; ++c)
                characters += q.value(c).toString().size();
        }
    }
    benchmark::DoNotOptimize(characters);
}
BENCHMARK(QtDriver_ReadAdvocatesOnly)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    std::vector<char*> rest;
    std::vector<char*> args;
    for (int i = 0; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--sqlite3="))
            g_shell = QString::fromLocal8Bit(arg.mid(10));
        else
            args.push_back(argv[i]);
    }
    g_path = bench::benchDatabase(static_cast<int>(args.size()), args.data(), dir, rest);
    if (g_path.isEmpty())
        return 1;
    g_outDir = dir.path();
    warmPageCache(g_path);
    bench::runBenchmarks(rest);
    return 0;
}
