// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Referrals pipeline and the Rewards list over a big file: first page, scrolling deep, the
// filters the pages offer, and the counts beside them. Each list pages with a keyset seek on
// (created_at, id); the reference in the same run is the plain way, LIMIT/OFFSET, reading the
// same page at the same depth.
//   grapevine_program_bench --db=FILE      a file made by grapevine-cli demo (schema 3)
//   grapevine_program_bench --rows=N       generate N advocates and N referrals first
#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "BenchDatabase.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "itemmodels/ReferralListModel.h"
#include "itemmodels/RewardListModel.h"

using namespace grapevine;
using itemmodels::ReferralFilter;
using itemmodels::ReferralListModel;
using itemmodels::RewardFilter;
using itemmodels::RewardListModel;

namespace {

QString g_path;
std::unique_ptr<db::Database> g_db; ///< opened once: each benchmark measures a list, not the open

db::Database& database()
{
    return *g_db;
}

/// Pages fetched from the top before the measured one, from the benchmark's argument.
int depthPages(const benchmark::State& state)
{
    return static_cast<int>(state.range(0));
}

// --- Referrals -------------------------------------------------------------------------------

void Referrals_FirstPage(benchmark::State& state, ReferralFilter filter)
{
    ReferralListModel model;
    for (auto _ : state) {
        if (!model.load(database().connection(), filter))
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["rows"] = model.rowCount();
}

void Referrals_FirstPage_All(benchmark::State& state)
{
    Referrals_FirstPage(state, {});
}
void Referrals_FirstPage_Converted(benchmark::State& state)
{
    ReferralFilter f;
    f.status = domain::ReferralStatus::Converted;
    Referrals_FirstPage(state, f);
}
void Referrals_FirstPage_OneCampaign(benchmark::State& state)
{
    ReferralFilter f;
    f.campaignId = 1;
    Referrals_FirstPage(state, f);
}
void Referrals_FirstPage_ReviewQueue(benchmark::State& state)
{
    ReferralFilter f;
    f.reviewQueue = true;
    Referrals_FirstPage(state, f);
}
void Referrals_FirstPage_SearchCommon(benchmark::State& state)
{
    ReferralFilter f;
    f.search = QStringLiteral("mar");
    Referrals_FirstPage(state, f);
}
void Referrals_FirstPage_SearchRare(benchmark::State& state)
{
    ReferralFilter f;
    f.search = QStringLiteral("zzqx");
    Referrals_FirstPage(state, f);
}

/// The next page after `depth` pages were scrolled through (the page a view asks for next).
void Referrals_NextPageAtDepth(benchmark::State& state)
{
    ReferralListModel model;
    if (!model.load(database().connection(), {}))
        state.SkipWithError("load failed");
    for (int i = 1; i < depthPages(state) && model.canFetchMore({}); ++i)
        model.fetchMore({});
    for (auto _ : state) {
        state.PauseTiming();
        // Back to the same depth, so each iteration reads the same page.
        const int keep = depthPages(state) * ReferralListModel::kPageSize;
        if (model.rowCount() > keep) {
            if (!model.load(database().connection(), {}))
                state.SkipWithError("load failed");
            for (int i = 1; i < depthPages(state) && model.canFetchMore({}); ++i)
                model.fetchMore({});
        }
        state.ResumeTiming();
        model.fetchMore({});
    }
    state.counters["rows_before"] = depthPages(state) * ReferralListModel::kPageSize;
}

/// The reference: the same page read with LIMIT/OFFSET, as a plain pager does.
void Plain_Referrals_OffsetPageAtDepth(benchmark::State& state)
{
    QSqlQuery q(database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.id, r.created_at, c.name, a.first_name, a.last_name, r.friend_name, r.code, r.status "
        "FROM referrals r JOIN campaigns c ON c.id = r.campaign_id JOIN advocates a ON a.id = r.referrer_id "
        "ORDER BY r.created_at DESC, r.id DESC LIMIT 500 OFFSET ?"));
    for (auto _ : state) {
        q.addBindValue(depthPages(state) * 500);
        if (!q.exec())
            state.SkipWithError("query failed");
        int n = 0;
        while (q.next())
            ++n;
        benchmark::DoNotOptimize(n);
    }
}

void Referrals_CountByStatus(benchmark::State& state)
{
    ReferralListModel model;
    if (!model.load(database().connection(), {}))
        state.SkipWithError("load failed");
    for (auto _ : state) {
        qint64 queue = 0;
        auto counts = model.countByStatus(queue);
        if (!counts)
            state.SkipWithError("count failed");
        benchmark::DoNotOptimize(queue);
    }
}

// --- Rewards ---------------------------------------------------------------------------------

void Rewards_FirstPage(benchmark::State& state, RewardFilter filter)
{
    RewardListModel model;
    if (!model.setDatabase(database().connection(), QStringLiteral("EUR")))
        state.SkipWithError("open failed");
    // A different, cheap filter first (voided rewards: few, on an index), so the measured one reloads.
    RewardFilter other;
    other.status = domain::RewardStatus::Voided;
    for (auto _ : state) {
        state.PauseTiming();
        (void)model.setFilter(other);
        state.ResumeTiming();
        if (!model.setFilter(filter))
            state.SkipWithError("filter failed");
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["rows"] = model.rowCount();
}

void Rewards_FirstPage_All(benchmark::State& state)
{
    Rewards_FirstPage(state, {});
}
void Rewards_FirstPage_Approved(benchmark::State& state)
{
    RewardFilter f;
    f.status = domain::RewardStatus::Approved;
    Rewards_FirstPage(state, f);
}
void Rewards_FirstPage_OneCampaign(benchmark::State& state)
{
    RewardFilter f;
    f.campaignId = 1;
    Rewards_FirstPage(state, f);
}
void Rewards_FirstPage_SearchCommon(benchmark::State& state)
{
    RewardFilter f;
    f.search = QStringLiteral("mar");
    Rewards_FirstPage(state, f);
}

void Rewards_NextPageAtDepth(benchmark::State& state)
{
    RewardListModel model;
    if (!model.setDatabase(database().connection(), QStringLiteral("EUR")))
        state.SkipWithError("open failed");
    const int keep = depthPages(state) * RewardListModel::kPageSize;
    auto rewind = [&] {
        (void)model.setDatabase(database().connection(), QStringLiteral("EUR"));
        for (int i = 1; i < depthPages(state) && model.canFetchMore(); ++i)
            model.fetchMore();
    };
    rewind();
    for (auto _ : state) {
        state.PauseTiming();
        if (model.rowCount() > keep)
            rewind();
        state.ResumeTiming();
        model.fetchMore();
    }
    state.counters["rows_before"] = keep;
}

void Plain_Rewards_OffsetPageAtDepth(benchmark::State& state)
{
    QSqlQuery q(database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT w.id, w.created_at, w.status, w.kind, w.value, w.cost_minor, a.first_name, "
                             "c.name FROM rewards w JOIN campaigns c ON c.id = w.campaign_id "
                             "LEFT JOIN advocates a ON a.id = w.advocate_id "
                             "ORDER BY w.created_at DESC, w.id DESC LIMIT 500 OFFSET ?"));
    for (auto _ : state) {
        q.addBindValue(depthPages(state) * 500);
        if (!q.exec())
            state.SkipWithError("query failed");
        int n = 0;
        while (q.next())
            ++n;
        benchmark::DoNotOptimize(n);
    }
}

void Rewards_Totals(benchmark::State& state)
{
    RewardListModel model;
    if (!model.setDatabase(database().connection(), QStringLiteral("EUR")))
        state.SkipWithError("open failed");
    for (auto _ : state) {
        auto totals = model.totals();
        if (!totals)
            state.SkipWithError("totals failed");
        benchmark::DoNotOptimize(totals);
    }
}

} // namespace

// Depths in pages of 500: the second page, row 50,000, row 500,000.
#define GV_DEPTHS ->Arg(1)->Arg(100)->Arg(1000)
BENCHMARK(Referrals_FirstPage_All)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(Referrals_FirstPage_Converted)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(Referrals_FirstPage_OneCampaign)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(Referrals_FirstPage_ReviewQueue)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(Referrals_FirstPage_SearchCommon)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(Referrals_FirstPage_SearchRare)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(Referrals_NextPageAtDepth) GV_DEPTHS->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(Plain_Referrals_OffsetPageAtDepth) GV_DEPTHS->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(Referrals_CountByStatus)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(Rewards_FirstPage_All)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(Rewards_FirstPage_Approved)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(Rewards_FirstPage_OneCampaign)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(Rewards_FirstPage_SearchCommon)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(Rewards_NextPageAtDepth) GV_DEPTHS->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(Plain_Rewards_OffsetPageAtDepth) GV_DEPTHS->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(Rewards_Totals)->Unit(benchmark::kMillisecond)->Iterations(5);

int main(int argc, char** argv)
{
    return bench::runOnDatabase(
        argc, argv, g_path, [] { g_db = bench::openUnchecked(g_path); }, [] { g_db.reset(); });
}
