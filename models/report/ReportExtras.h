// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "domain/MentionChannels.h"
#include "domain/Result.h"
#include "metrics/ProgramMetrics.h"

namespace grapevine::report {

/// A reward approved and not yet handed over: what the business still owes.
struct OwedReward
{
    QString advocate; ///< who receives it: name, or email when there is no name
    QString campaign;
    QString description; ///< the reward's own words, or the kind's name
    qint64 costMinor = 0; ///< points at the value per point
    QDateTime approvedAt;
};

/// A campaign cost recorded by hand (printing, an ad, a launch event).
struct CostLine
{
    QDate incurredOn;
    QString campaign;
    QString description;
    qint64 amountMinor = 0;
};

/// A mention as the report quotes it.
struct QuotedMention
{
    QDateTime occurredAt;
    QString channel; ///< the stored key
    QString author; ///< as recorded, or the advocate's name
    QString sentiment; ///< the stored key: positive, neutral or negative
    std::optional<qint64> reach;
    QString url;
    QString text;
    QString permission; ///< how a testimonial's author allowed its reuse
    QString responseStatus; ///< the stored key
};

/// A campaign's incentive disclosure, as its invitations print it.
struct Disclosure
{
    QString campaign;
    QString text; ///< empty: the campaign has none
};

/// What a report shows besides the metrics: the lists behind the rewards owed and the costs,
/// the words of testimonials and the mentions that reached most people, and the disclosures.
/// The lists follow the period rules of DESIGN.md "Metrics" (a reward belongs to the period of
/// its referral, a cost to the day it was incurred) and are cut to what a reader takes in;
/// each has its full count beside it.
struct ReportExtras
{
    static constexpr int kOwedShown = 25;
    static constexpr int kCostsShown = 50;
    static constexpr int kTestimonialsShown = 10;
    static constexpr int kNotableShown = 5;

    QString businessName;
    QString currency = QStringLiteral("USD");
    QList<domain::MentionChannel> channels;
    std::vector<OwedReward> owed; ///< the oldest approvals first
    qint64 owedCount = 0;
    std::vector<CostLine> costs; ///< by date
    qint64 costCount = 0;
    std::vector<QuotedMention> testimonials; ///< the newest first
    std::vector<QuotedMention> notable; ///< the widest reach first; testimonials left out
    std::vector<Disclosure> disclosures; ///< by campaign name

    /// For `query`'s period and campaign; `campaignIds` are the campaigns whose disclosures
    /// apply (those with referrals or costs in the period); `now` ends an open period.
    static Result<ReportExtras> read(const QSqlDatabase& db, const metrics::MetricsQuery& query,
        const std::vector<qint64>& campaignIds, const QDateTime& now);

    Q_DECLARE_TR_FUNCTIONS(ReportExtras)
};

} // namespace grapevine::report
