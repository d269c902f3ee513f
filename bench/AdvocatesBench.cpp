// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Advocates table over a big file: each operation of AdvocateTableModel beside the same
// operation done the plain way, with a QSqlQueryModel over one SELECT (Qt's stock approach).
//   grapevine_advocates_bench --db=FILE          a file made by grapevine-cli demo
//   grapevine_advocates_bench --rows=N           generate N advocates and N referrals first
// Wall-clock times (UseRealTime): the model works on a thread and the user waits for the rows.
#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include "BenchDatabase.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "itemmodels/AdvocateTableModel.h"

using namespace grapevine;
using itemmodels::AdvocateColumn;
using itemmodels::AdvocateTableModel;

namespace {

QString g_path;

template <typename Predicate>
bool waitFor(Predicate done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

bool firstRowShown(const AdvocateTableModel& model)
{
    return model.rowCount() > 0 && model.isRowLoaded(0);
}

const QString kPlainSelect = QStringLiteral(
    "SELECT a.id, a.first_name, a.last_name, a.email, a.kind, a.referral_code, r.first_name, a.nps_score, a.consent, "
    "a.created_at FROM advocates a LEFT JOIN advocates r ON r.id = a.referred_by_id");

// --- open the file and show the first page ---------------------------------------------------

void Model_OpenFirstPage(benchmark::State& state)
{
    for (auto _ : state) {
        auto db = bench::openUnchecked(g_path);
        AdvocateTableModel model;
        model.setDatabase(db.get(), QStringLiteral("EUR"));
        model.idAt(0);
        if (!waitFor([&] { return firstRowShown(model); }))
            state.SkipWithError("timeout");
        state.PauseTiming();
        model.setDatabase(nullptr, QString());
        db.reset();
        state.ResumeTiming();
    }
}

void Plain_OpenFirstPage(benchmark::State& state)
{
    for (auto _ : state) {
        auto db = bench::openUnchecked(g_path);
        {
            QSqlQueryModel model;
            model.setQuery(
                kPlainSelect + QStringLiteral(" ORDER BY a.first_name COLLATE NOCASE, a.last_name COLLATE NOCASE"),
                db->connection());
            benchmark::DoNotOptimize(model.data(model.index(0, 1)));
        }
        state.PauseTiming();
        db.reset();
        state.ResumeTiming();
    }
}

void Open_QuickCheck(benchmark::State& state)
{
    for (auto _ : state) {
        auto db = db::Database::open(g_path, {}, nullptr);
        benchmark::DoNotOptimize(db.get());
    }
}

// --- jump to the last row ----------------------------------------------------------------------

void Model_JumpToLastRow(benchmark::State& state)
{
    auto db = bench::openUnchecked(g_path);
    AdvocateTableModel model;
    model.setDatabase(db.get(), QStringLiteral("EUR"));
    waitFor([&] { return model.isCountFinal() && !model.isLoading(); });
    for (auto _ : state) {
        state.PauseTiming();
        model.refresh(); // an empty cache, anchors rebuilt: every jump starts cold
        waitFor([&] { return model.isCountFinal() && !model.isLoading(); });
        const int last = model.rowCount() - 1;
        state.ResumeTiming();
        model.idAt(last);
        if (!waitFor([&] { return model.isRowLoaded(last); }))
            state.SkipWithError("timeout");
    }
    state.counters["rows"] = model.rowCount();
    model.setDatabase(nullptr, QString());
}

void Plain_JumpToLastRow(benchmark::State& state)
{
    auto db = bench::openUnchecked(g_path);
    for (auto _ : state) {
        QSqlQueryModel model;
        model.setQuery(
            kPlainSelect + QStringLiteral(" ORDER BY a.first_name COLLATE NOCASE, a.last_name COLLATE NOCASE"),
            db->connection());
        // QSqlQueryModel only knows a row once everything before it was fetched.
        while (model.canFetchMore())
            model.fetchMore();
        benchmark::DoNotOptimize(model.data(model.index(model.rowCount() - 1, 1)));
        state.counters["rss_mib"] = bench::residentMiB();
    }
}

// --- sort --------------------------------------------------------------------------------------

void Model_Sort(benchmark::State& state, AdvocateColumn column)
{
    auto db = bench::openUnchecked(g_path);
    AdvocateTableModel model;
    model.setDatabase(db.get(), QStringLiteral("EUR"));
    waitFor([&] { return !model.isLoading(); });
    bool descending = false;
    qint64 indexMs = 0;
    for (auto _ : state) {
        descending = !descending;
        model.sort(static_cast<int>(column), descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        if (!waitFor([&] { return firstRowShown(model); }))
            state.SkipWithError("timeout");
        state.PauseTiming();
        QElapsedTimer t;
        t.start();
        waitFor([&] { return model.isCountFinal(); });
        indexMs += t.elapsed();
        state.ResumeTiming();
    }
    // After the first page shows, the count and page anchors finish in the background.
    state.counters["index_ms_after"] = static_cast<double>(indexMs) / static_cast<double>(state.iterations());
    model.setDatabase(nullptr, QString());
}

void Plain_Sort(benchmark::State& state, const QString& orderBy)
{
    auto db = bench::openUnchecked(g_path);
    for (auto _ : state) {
        QSqlQueryModel model;
        model.setQuery(kPlainSelect + QStringLiteral(" ORDER BY ") + orderBy, db->connection());
        benchmark::DoNotOptimize(model.data(model.index(0, 1)));
    }
}

void Model_SortByName(benchmark::State& state)
{
    Model_Sort(state, AdvocateColumn::Name);
}
void Model_SortByReferralsMade(benchmark::State& state)
{
    Model_Sort(state, AdvocateColumn::ReferralsMade);
}
void Plain_SortByName(benchmark::State& state)
{
    Plain_Sort(state, QStringLiteral("a.first_name COLLATE NOCASE DESC, a.last_name COLLATE NOCASE DESC, a.id DESC"));
}
// Without stored counters the plain way counts each advocate's referrals to sort by them.
void Plain_SortByReferralsMade(benchmark::State& state)
{
    Plain_Sort(state, QStringLiteral("(SELECT count(*) FROM referrals x WHERE x.referrer_id = a.id) DESC"));
}

// --- one search keystroke ----------------------------------------------------------------------

void Model_SearchKeystroke(benchmark::State& state)
{
    auto db = bench::openUnchecked(g_path);
    AdvocateTableModel model;
    model.setDatabase(db.get(), QStringLiteral("EUR"));
    waitFor([&] { return !model.isLoading(); });
    // What a person types, one keystroke at a time; each one is a new query.
    const QStringList keystrokes = {QStringLiteral("m"), QStringLiteral("ma"), QStringLiteral("mar"),
        QStringLiteral("mari"), QStringLiteral("maria"), QStringLiteral("maria g")};
    int i = 0;
    for (auto _ : state) {
        itemmodels::AdvocateFilter filter;
        filter.search = keystrokes.at(i++ % keystrokes.size());
        model.setFilter(filter);
        if (!waitFor([&] { return firstRowShown(model) || (model.isCountFinal() && model.rowCount() == 0); }))
            state.SkipWithError("timeout");
    }
    model.setDatabase(nullptr, QString());
}

void Plain_SearchKeystroke(benchmark::State& state)
{
    auto db = bench::openUnchecked(g_path);
    const QStringList keystrokes = {QStringLiteral("m"), QStringLiteral("ma"), QStringLiteral("mar"),
        QStringLiteral("mari"), QStringLiteral("maria"), QStringLiteral("maria g")};
    int i = 0;
    for (auto _ : state) {
        const QString like = QLatin1Char('%') + keystrokes.at(i++ % keystrokes.size()) + QLatin1Char('%');
        QSqlQuery q(db->connection());
        q.prepare(kPlainSelect
            + QStringLiteral(" WHERE a.first_name || ' ' || a.last_name LIKE ? OR a.email LIKE ? OR a.company LIKE ? "
                             "OR a.phone LIKE ? OR a.notes LIKE ? ORDER BY a.first_name COLLATE NOCASE, a.last_name "
                             "COLLATE NOCASE"));
        for (int b = 0; b < 5; ++b)
            q.addBindValue(like);
        q.exec();
        QSqlQueryModel model;
        model.setQuery(std::move(q));
        benchmark::DoNotOptimize(model.data(model.index(0, 1)));
    }
}

// --- resident memory with the table open ----------------------------------------------------------

void Model_ResidentMemory(benchmark::State& state)
{
    auto db = bench::openUnchecked(g_path);
    AdvocateTableModel model;
    model.setDatabase(db.get(), QStringLiteral("EUR"));
    waitFor([&] { return !model.isLoading(); });
    for (auto _ : state) {
        // Scroll through a hundred pages spread over the whole table, as a user jumping around.
        const int step = qMax(1, model.rowCount() / 100);
        for (int row = 0; row < model.rowCount(); row += step) {
            model.idAt(row);
            waitFor([&] { return model.isRowLoaded(row); });
        }
    }
    state.counters["rss_mib"] = bench::residentMiB();
    model.setDatabase(nullptr, QString());
}

} // namespace

BENCHMARK(Open_QuickCheck)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(Model_OpenFirstPage)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);
BENCHMARK(Plain_OpenFirstPage)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);
BENCHMARK(Model_JumpToLastRow)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);
BENCHMARK(Plain_JumpToLastRow)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(Model_SortByName)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);
BENCHMARK(Plain_SortByName)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(Model_SortByReferralsMade)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);
BENCHMARK(Plain_SortByReferralsMade)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(Model_SearchKeystroke)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(12);
BENCHMARK(Plain_SearchKeystroke)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(6);
BENCHMARK(Model_ResidentMemory)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

int main(int argc, char** argv)
{
    return bench::runOnDatabase(argc, argv, g_path);
}
