// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Every metric of the dashboard (ProgramMetrics: KPIs, previous period, funnel, series, top
// advocates, generations, word of mouth, NPS) over a big file. The target of issue 7 is every
// metric for all campaigns of 1,000,000 referrals and 1,000,000 advocates in under 200 ms.
// "Cold" opens a new connection for each run, so SQLite's page cache starts empty (the
// operating system's file cache stays warm); "Warm" reuses one connection.
//   grapevine_metrics_bench --db=FILE      a file made by grapevine-cli demo
//   grapevine_metrics_bench --rows=N       generate N advocates and N referrals first
#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include "BenchDatabase.h"
#include "db/Database.h"
#include "metrics/CampaignSummary.h"
#include "metrics/ProgramMetrics.h"

using namespace grapevine;
using metrics::Bucket;
using metrics::MetricsQuery;
using metrics::ProgramMetrics;

namespace {

QString g_path;
std::unique_ptr<db::Database> g_db;

// "Today" of the demo generator's business: its two years of history end here.
const QDateTime kNow(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

MetricsQuery allTime()
{
    MetricsQuery q;
    q.timeZone = QTimeZone::utc();
    return q;
}

MetricsQuery lastDays(int days)
{
    MetricsQuery q = allTime();
    q.from = kNow.addDays(-days);
    q.to = kNow;
    return q;
}

void measure(benchmark::State& state, const MetricsQuery& query, bool cold, bool cached = false)
{
    metrics::MetricsCache cache;
    qint64 referrals = 0;
    for (auto _ : state) {
        std::unique_ptr<db::Database> fresh;
        if (cold) {
            state.PauseTiming();
            fresh = bench::openUnchecked(g_path);
            state.ResumeTiming();
        }
        const auto figures
            = ProgramMetrics::compute((cold ? fresh : g_db)->connection(), query, kNow, cached ? &cache : nullptr);
        if (!figures) {
            state.SkipWithError(figures.error().message.toUtf8().constData());
            return;
        }
        referrals = figures->current.referrals;
        benchmark::DoNotOptimize(figures->generations);
        if (cold) {
            state.PauseTiming();
            fresh.reset();
            state.ResumeTiming();
        }
    }
    state.counters["referrals"] = static_cast<double>(referrals);
}

void AllCampaigns_AllTime_Cold(benchmark::State& state)
{
    measure(state, allTime(), true);
}
void AllCampaigns_AllTime_Warm(benchmark::State& state)
{
    measure(state, allTime(), false);
}
void AllCampaigns_AllTime_Warm_Cache(benchmark::State& state)
{
    // As the dashboard computes: one MetricsCache for the file, the first run fills it.
    measure(state, allTime(), false, true);
}
void AllCampaigns_LastYear_Warm_Cache(benchmark::State& state)
{
    measure(state, lastDays(365), false, true);
}
void AllCampaigns_LastYear_Warm(benchmark::State& state)
{
    measure(state, lastDays(365), false);
}
void AllCampaigns_Last30Days_Warm(benchmark::State& state)
{
    MetricsQuery q = lastDays(30);
    q.bucket = Bucket::Week;
    measure(state, q, false);
}
void AllCampaigns_TwoYears_Weekly_Berlin_Warm(benchmark::State& state)
{
    // Away from UTC every week begins inside a UTC day: the worst case for the daily totals.
    MetricsQuery q = lastDays(730);
    q.bucket = Bucket::Week;
    q.timeZone = QTimeZone("Europe/Berlin");
    measure(state, q, false);
}
void OneCampaign_AllTime_Warm(benchmark::State& state)
{
    MetricsQuery q = allTime();
    q.campaignId = 1; // the demo's biggest campaign
    measure(state, q, false);
}
void OneCampaign_LastYear_Warm(benchmark::State& state)
{
    MetricsQuery q = lastDays(365);
    q.campaignId = 1;
    measure(state, q, false);
}

void CampaignSummary_Warm(benchmark::State& state)
{
    for (auto _ : state) {
        const auto figures = metrics::CampaignSummary::compute(g_db->connection());
        if (!figures) {
            state.SkipWithError("CampaignSummary failed");
            return;
        }
        benchmark::DoNotOptimize(figures->size());
    }
}

} // namespace

BENCHMARK(AllCampaigns_AllTime_Cold)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(AllCampaigns_AllTime_Warm)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(AllCampaigns_AllTime_Warm_Cache)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(AllCampaigns_LastYear_Warm)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(AllCampaigns_LastYear_Warm_Cache)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(AllCampaigns_Last30Days_Warm)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(AllCampaigns_TwoYears_Weekly_Berlin_Warm)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(OneCampaign_AllTime_Warm)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(OneCampaign_LastYear_Warm)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(CampaignSummary_Warm)->Unit(benchmark::kMillisecond)->Iterations(10);

int main(int argc, char** argv)
{
    return bench::runOnDatabase(
        argc, argv, g_path, [] { g_db = bench::openUnchecked(g_path); }, [] { g_db.reset(); });
}
