// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "EnumKeys.h"
#include "Result.h"

namespace grapevine::domain {

enum class Sentiment {
    Positive,
    Neutral,
    Negative
};

enum class ResponseStatus {
    None,
    NeedsResponse,
    Responded,
    Resolved
};

template <>
struct EnumKeys<Sentiment>
{
    static constexpr std::pair<Sentiment, const char*> table[]
        = {{Sentiment::Positive, "positive"}, {Sentiment::Neutral, "neutral"}, {Sentiment::Negative, "negative"}};
};

template <>
struct EnumKeys<ResponseStatus>
{
    static constexpr std::pair<ResponseStatus, const char*> table[]
        = {{ResponseStatus::None, "none"}, {ResponseStatus::NeedsResponse, "needs_response"},
            {ResponseStatus::Responded, "responded"}, {ResponseStatus::Resolved, "resolved"}};
};

/// Something someone said about the business, somewhere, and how the business answered.
struct Mention
{
    Q_DECLARE_TR_FUNCTIONS(Mention)

public:
    qint64 id = 0;
    QDateTime occurredAt;
    QString channel; ///< a key from the editable channel list ("facebook", "google_review")
    QString author;
    std::optional<qint64> advocateId;
    std::optional<qint64> campaignId;
    Sentiment sentiment = Sentiment::Neutral;
    std::optional<qint64> reach;
    QString url;
    QString body;
    bool incentivised = false;
    ResponseStatus responseStatus = ResponseStatus::None;
    QDateTime responseDueAt;
    QString responseText;
    QDateTime respondedAt;
    QDateTime resolvedAt;
    bool isTestimonial = false;
    QDateTime testimonialPermissionAt;
    QString testimonialPermissionHow;
    std::optional<qint64> importBatchId;
    QDateTime createdAt;
    QDateTime updatedAt;

    Status validate() const;

    static QString sentimentName(Sentiment sentiment);
    static QString responseStatusName(ResponseStatus status);
};

} // namespace grapevine::domain
