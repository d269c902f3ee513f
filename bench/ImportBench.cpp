// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The customer import at scale, beside the sqlite3 shell in the same run:
//   Shell_Import              `.import --csv` of the file into a plain table (the reference)
//   Shell_IdentityIndexesOnly the rows into a table with only the two identity indexes (email,
//                             referral code), built after: the floor of any deduplicating import
//   Shell_SearchIndexOnly     the search index alone, as the app defines it
//   Shell_IntoGrapevineSchema  the shell loading those rows into Grapevine's advocates table with
//                             its indexes and search index built after the load: what SQLite
//                             itself costs for this schema, with no validation at all
//   Grapevine_FirstImport     CustomerImport into an empty business (everything new)
//   Grapevine_WeeklyReimport  the same file again into the now full business (nothing new)
// --rows=N sets the file's size (10,000 by default); the file is generated: a Shopify customer
// export of 16 columns, every field quoted, about 2% of the rows a person seen earlier.

#include <cstdio>
#include <cstdlib>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include "BenchDatabase.h"
#include "csv/CsvReader.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "import/CustomerImport.h"
#include "import/CustomerRowParser.h"
#include "import/ImportPreview.h"

namespace {

using namespace grapevine;

QTemporaryDir* g_dir = nullptr;
qint64 g_rows = 10000;
QString g_csv;

QString quoted(const QString& s)
{
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

bool writeShopifyFile(const QString& path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QStringList first = {QStringLiteral("Emma"), QStringLiteral("Liam"), QStringLiteral("Olivia"),
        QStringLiteral("Noah"), QStringLiteral("Élodie"), QStringLiteral("Zoë"), QStringLiteral("Jürgen"),
        QStringLiteral("María"), QStringLiteral("José"), QStringLiteral("Søren"), QStringLiteral("Anna")};
    const QStringList last = {QStringLiteral("Smith"), QStringLiteral("Müller"), QStringLiteral("García"),
        QStringLiteral("Dubois"), QStringLiteral("O'Brien"), QStringLiteral("Kim"), QStringLiteral("Silva")};
    const QStringList cities = {QStringLiteral("Berlin"), QStringLiteral("Paris"), QStringLiteral("Madrid"),
        QStringLiteral("London"), QStringLiteral("München"), QStringLiteral("Austin")};
    const QStringList tags
        = {QStringLiteral("vip"), QStringLiteral("newsletter"), QStringLiteral("wholesale, vip"), QString()};
    QRandomGenerator random(42);
    QByteArray out = "\"First Name\",\"Last Name\",\"Email\",\"Accepts Email Marketing\",\"Default Address "
                     "Company\",\"Default Address Address1\",\"Default Address Address2\",\"Default Address "
                     "City\",\"Default Address Province Code\",\"Default Address Country Code\",\"Default Address "
                     "Zip\",\"Phone\",\"Total Spent\",\"Total Orders\",\"Note\",\"Tags\"\r\n";
    for (qint64 i = 0; i < rows; ++i) {
        // About 2% of the rows are a person from a little earlier, written in capitals.
        const bool again = i > 100 && random.bounded(50) == 0;
        const qint64 person = again ? i - 1 - random.bounded(100) : i;
        QString email = QStringLiteral("customer%1@example%2.com").arg(person).arg(person % 97);
        if (again)
            email = email.toUpper();
        const QStringList row = {first.at(random.bounded(static_cast<int>(first.size()))),
            last.at(random.bounded(static_cast<int>(last.size()))), email,
            random.bounded(2) ? QStringLiteral("yes") : QStringLiteral("no"),
            i % 20 == 0 ? QStringLiteral("Acme, Inc.") : QString(),
            QStringLiteral("%1 Main Street").arg(random.bounded(1, 200)), QString(),
            cities.at(random.bounded(static_cast<int>(cities.size()))), QString(), QStringLiteral("DE"),
            QString::number(random.bounded(10000, 99999)),
            QStringLiteral("+49 151 %1").arg(random.bounded(1000000, 9999999)),
            QString::number(random.bounded(100000) / 100.0, 'f', 2), QString::number(random.bounded(40)),
            i % 10 == 0 ? QStringLiteral("Said \"great bread\", lives nearby") : QString(),
            tags.at(random.bounded(static_cast<int>(tags.size())))};
        QStringList cells;
        for (const QString& c : row)
            cells << quoted(c);
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return file.flush();
}

void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

bool runShell(const QString& database, const QString& script)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {database});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    return p.waitForFinished(-1) && p.exitCode() == 0;
}

/// An empty, migrated Grapevine database (the schema as the app makes it).
QString emptyBusiness()
{
    static QString path;
    if (path.isEmpty()) {
        path = g_dir->filePath(QStringLiteral("empty.sqlite"));
        auto db = db::Database::open(path, {}, nullptr);
        if (!db)
            std::abort();
    }
    return path;
}

void Shell_Import(benchmark::State& state)
{
    const QString path = g_dir->filePath(QStringLiteral("shell.sqlite"));
    for (auto _ : state) {
        state.PauseTiming();
        removeDatabase(path);
        state.ResumeTiming();
        if (!runShell(path, QStringLiteral(".import --csv %1 customers\n").arg(g_csv)))
            state.SkipWithError("sqlite3 .import failed (is Debian's sqlite3 installed?)");
    }
    state.counters["rows"] = static_cast<double>(g_rows);
}

/// The file as the shell's plain table, made once: the rows the Shell_* loads start from
/// (their time excludes reading the CSV). Empty when the shell failed.
QString plainTable()
{
    static QString path;
    if (path.isEmpty()) {
        const QString made = g_dir->filePath(QStringLiteral("plain.sqlite"));
        removeDatabase(made);
        if (runShell(made, QStringLiteral(".import --csv %1 customers\n").arg(g_csv)))
            path = made;
    }
    return path;
}

/// The columns of the file as the import stores them (the advocates' insert of the shell loads).
const char* const kShellAdvocateColumns
    = "first_name, last_name, email, email_norm, phone, company, address, referral_code, consent, total_spent_minor, "
      "order_count, notes, tags_text, created_at, updated_at";
const char* const kShellAdvocateValues
    = "\"First Name\", \"Last Name\", \"Email\", lower(\"Email\"), \"Phone\", \"Default Address Company\", "
      "\"Default Address Address1\" || char(10) || \"Default Address Zip\" || ' ' || \"Default Address City\", "
      "'CODE-' || rowid, \"Accepts Email Marketing\" = 'yes', CAST(\"Total Spent\" * 100 AS INTEGER), "
      "\"Total Orders\", \"Note\", \"Tags\", 1, 1";

/// Runs `statements` in the shell on a new database file, with the plain table attached as `r`,
/// a 64 MiB page cache and one transaction around them: on an empty file, or on a copy of
/// `startFrom` when one is given; the copy is not timed.
void measureShellLoad(
    benchmark::State& state, const QString& fileName, const QString& statements, const QString& startFrom = QString())
{
    const QString plain = plainTable();
    if (plain.isEmpty()) {
        state.SkipWithError("sqlite3 .import failed");
        return;
    }
    const QString path = g_dir->filePath(fileName);
    const QString sql
        = QStringLiteral("ATTACH '%1' AS r;\nPRAGMA cache_size = -65536;\nBEGIN;\n%2COMMIT;\n").arg(plain, statements);
    for (auto _ : state) {
        state.PauseTiming();
        removeDatabase(path);
        if (!startFrom.isEmpty())
            QFile::copy(startFrom, path);
        state.ResumeTiming();
        if (!runShell(path, sql))
            state.SkipWithError("the sqlite3 shell failed");
    }
    state.counters["rows"] = static_cast<double>(g_rows);
}

/// The least any import that keeps one person per email can cost in SQLite: the rows into a
/// table of the advocates' columns, then the two identity indexes (email, referral code) built
/// in one sort each. No search index, no sort indexes, no checks.
void Shell_IdentityIndexesOnly(benchmark::State& state)
{
    measureShellLoad(state, QStringLiteral("identity.sqlite"),
        QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT, "
                       "email_norm TEXT, phone TEXT, company TEXT, address TEXT, referral_code TEXT COLLATE NOCASE, "
                       "consent INTEGER, total_spent_minor INTEGER, order_count INTEGER, notes TEXT, tags_text TEXT, "
                       "created_at INTEGER, updated_at INTEGER);\n"
                       // A person's first row, as the import keeps it; the dedupe is one sort in SQLite.
                       "INSERT INTO people (%1) SELECT %2 FROM r.customers "
                       "WHERE rowid IN (SELECT min(rowid) FROM r.customers GROUP BY lower(\"Email\"));\n"
                       "CREATE UNIQUE INDEX people_email ON people (email_norm);\n"
                       "CREATE UNIQUE INDEX people_code ON people (referral_code);\n")
            .arg(QLatin1String(kShellAdvocateColumns), QLatin1String(kShellAdvocateValues)));
}

/// The search index alone, as the app defines it (FTS5, unicode61 without diacritics, prefix
/// indexes of 2 and 3 characters), over the six searched columns; contentless, so only the
/// index is written.
void Shell_SearchIndexOnly(benchmark::State& state)
{
    measureShellLoad(state, QStringLiteral("search.sqlite"),
        QStringLiteral("CREATE VIRTUAL TABLE search USING fts5 (first_name, last_name, email, company, phone, notes, "
                       "content = '', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');\n"
                       "INSERT INTO search (rowid, first_name, last_name, email, company, phone, notes) SELECT rowid, "
                       "\"First Name\", \"Last Name\", \"Email\", \"Default Address Company\", \"Phone\", \"Note\" "
                       "FROM r.customers;\n"));
}

void Shell_IntoGrapevineSchema(benchmark::State& state)
{
    // The DROP and CREATE statements are written out from the empty schema (the shell has no
    // loops): the same 19 indexes and 3 triggers the import suspends.
    QString drops;
    QString creates;
    {
        auto db = db::Database::open(emptyBusiness(), {}, nullptr);
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'advocates' AND sql IS NOT "
                              "NULL AND (type = 'index' OR name IN ('advocates_fts_insert'))"));
        while (q.next()) {
            drops += QStringLiteral("DROP %1 %2;\n").arg(q.value(0).toString().toUpper(), q.value(1).toString());
            creates += q.value(2).toString() + QStringLiteral(";\n");
        }
    }
    // The load Grapevine does, as SQL: secondary indexes and the search index after the rows.
    measureShellLoad(state, QStringLiteral("schema.sqlite"),
        QStringLiteral(
            "%1"
            "INSERT INTO advocates (%3) SELECT %4 FROM r.customers WHERE true ON CONFLICT (email_norm) DO NOTHING;\n"
            "%2"
            "INSERT INTO advocates_fts (rowid, first_name, last_name, email, company, phone, notes) "
            "SELECT id, first_name, last_name, email, company, phone, notes FROM advocates;\n")
            .arg(drops, creates, QLatin1String(kShellAdvocateColumns), QLatin1String(kShellAdvocateValues)),
        emptyBusiness());
}

void Grapevine_ReadAndCheckOnly(benchmark::State& state)
{
    // What the import does before the database: read, decode, split and check every row.
    for (auto _ : state) {
        QFile file(g_csv);
        file.open(QIODevice::ReadOnly);
        auto preview = importing::ImportPreview::read(file, {});
        if (!preview) {
            state.SkipWithError("cannot read the file");
            return;
        }
        file.seek(0);
        csv::CsvReader reader(file, preview->readOptions());
        if (!reader.open()) {
            state.SkipWithError("cannot read the file");
            return;
        }
        const importing::CustomerRowParser parser(
            reader.header(), preview->mapping, csv::DateOrder::YearMonthDay, csv::MoneyFormat {preview->decimal, 2});
        csv::CsvRow row;
        importing::CustomerRecord record;
        qint64 rejected = 0;
        while (reader.next(row))
            rejected += parser.parse(row, record).empty() ? 0 : 1;
        benchmark::DoNotOptimize(rejected);
    }
    state.counters["rows"] = static_cast<double>(g_rows);
}

void Grapevine_FirstImport(benchmark::State& state)
{
    const QString path = g_dir->filePath(QStringLiteral("grapevine.sqlite"));
    const SystemClock clock;
    for (auto _ : state) {
        state.PauseTiming();
        removeDatabase(path);
        QFile::copy(emptyBusiness(), path);
        auto db = db::Database::open(path, {}, nullptr);
        QFile file(g_csv);
        file.open(QIODevice::ReadOnly);
        state.ResumeTiming();
        const auto summary
            = importing::CustomerImport(db->connection(), clock).run(file, QStringLiteral("bench.csv"), {});
        if (!summary)
            state.SkipWithError(summary.error().message.toLocal8Bit().constData());
        state.PauseTiming();
        db.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = static_cast<double>(g_rows);
    state.counters["peak_rss_MiB"] = bench::peakResidentMiB();
}

void Grapevine_WeeklyReimport(benchmark::State& state)
{
    // The business after the first import; each iteration imports the same file again, which
    // changes nothing, so the file stays full for the next one.
    const QString path = g_dir->filePath(QStringLiteral("grapevine.sqlite"));
    const SystemClock clock;
    auto db = db::Database::open(path, {}, nullptr);
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM advocates")) || !q.next() || q.value(0).toLongLong() == 0) {
        state.SkipWithError("run Grapevine_FirstImport first (the default order does)");
        return;
    }
    q.finish();
    for (auto _ : state) {
        QFile file(g_csv);
        file.open(QIODevice::ReadOnly);
        const auto summary
            = importing::CustomerImport(db->connection(), clock).run(file, QStringLiteral("bench.csv"), {});
        if (!summary)
            state.SkipWithError(summary.error().message.toLocal8Bit().constData());
        else if (summary->created + summary->updated != 0)
            state.SkipWithError("the re-import changed something");
    }
    state.counters["rows"] = static_cast<double>(g_rows);
    state.counters["peak_rss_MiB"] = bench::peakResidentMiB();
}

BENCHMARK(Shell_Import)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(Shell_IdentityIndexesOnly)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(Shell_SearchIndexOnly)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(Shell_IntoGrapevineSchema)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(Grapevine_ReadAndCheckOnly)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(Grapevine_FirstImport)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(Grapevine_WeeklyReimport)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::vector<char*> rest;
    for (int i = 0; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--rows="))
            g_rows = arg.mid(7).toLongLong();
        else
            rest.push_back(argv[i]);
    }
    QTemporaryDir dir;
    g_dir = &dir;
    g_csv = dir.filePath(QStringLiteral("customers.csv"));
    if (!writeShopifyFile(g_csv, g_rows)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(g_csv));
        return 1;
    }
    bench::runBenchmarks(rest);
    return 0;
}
