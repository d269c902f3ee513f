// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include "domain/Result.h"

namespace grapevine::metrics {

/// Which mentions count: those that occurred in [from, to) (an invalid end is open), of one
/// campaign or of all, by one advocate or by anyone.
struct MentionPeriod
{
    QDateTime from;
    QDateTime to;
    std::optional<qint64> campaignId;
    std::optional<qint64> advocateId;
};

/// Mentions of one channel, by sentiment.
struct ChannelSentiment
{
    QString channel; ///< the stored key
    qint64 positive = 0;
    qint64 neutral = 0;
    qint64 negative = 0;
    qint64 reach = 0;
    qint64 total() const { return positive + neutral + negative; }
};

/// Word of mouth for a period, as DESIGN.md "Metrics" defines it. Ratios whose denominator is
/// zero are empty (shown as "—"), never 0.
struct WordOfMouthFigures
{
    qint64 mentions = 0;
    qint64 positive = 0;
    qint64 neutral = 0;
    qint64 negative = 0;
    qint64 reach = 0; ///< the sum of the known reaches
    std::vector<ChannelSentiment> byChannel; ///< most mentions first, then by key

    /// Negative mentions that can be judged: answered, or past their due time unanswered.
    /// One still inside its response window has not had its chance yet and is left out.
    qint64 negativeJudged = 0;
    qint64 negativeAnsweredInTime = 0; ///< answered no later than due
    qint64 overdue = 0; ///< negative, still needing a response, past due at `now`
    std::optional<qint64> medianResponseSeconds; ///< occurred → first response, negative mentions

    /// (positive − negative) ÷ all.
    std::optional<double> netSentiment() const;
    /// Answered within the response target ÷ judged.
    std::optional<double> answeredInTimeShare() const;
};

class WordOfMouth final
{
    Q_DECLARE_TR_FUNCTIONS(WordOfMouth)

public:
    /// All figures in a handful of grouped queries. `now` decides what is overdue. A negative
    /// mention without a stored due time (an old import) is due the business's response
    /// target after it occurred.
    static Result<WordOfMouthFigures> compute(
        const QSqlDatabase& db, const MentionPeriod& period, const QDateTime& now);
};

} // namespace grapevine::metrics
