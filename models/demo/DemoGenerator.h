// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include "domain/Result.h"

namespace grapevine::demo {

/// How much made-up data to write, and from which seed.
struct DemoOptions
{
    qint64 advocates = 1000;
    qint64 referrals = 1500;
    qint64 mentions = 300;
    quint32 seed = 1;
    /// "Today" of the generated business: every date lies in the two years before it. Fixed by
    /// default, so the same seed gives the same file on any day.
    QDate today = QDate(2026, 11, 1);
};

/// Fills an empty database with a realistic made-up business ("Demo Bakery"): advocates from
/// many cultures with referred-by chains, campaigns, referrals in every status with their
/// history and rewards, and word-of-mouth mentions. Used for the sample database and for
/// benchmarks, so it writes a million rows in one transaction with reused prepared statements.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    /// Called every few thousand rows with the rows written so far; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// The most rows of one kind a run may ask for: the generator keeps a few dozen bytes per
    /// advocate in memory.
    static constexpr qint64 kMaxRows = 20'000'000;

    /// A sentence saying what is wrong with the options, or empty when they can be used.
    static QString problem(const DemoOptions& options);

    /// Writes everything in one transaction, output determined by the options alone (on one
    /// platform: the draws go through std::log and friends). The database must hold no advocates,
    /// campaigns, referrals or mentions yet. On error or cancel nothing is written; a cancel
    /// returns an Error (code Storage, as Error has no code for it) whose message says so.
    static Status generate(QSqlDatabase db, const DemoOptions& options, const Progress& progress = {});
};

} // namespace grapevine::demo
