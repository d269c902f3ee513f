// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include "domain/Mention.h"
#include "domain/Result.h"

namespace grapevine {
class Clock;
}

namespace grapevine::mentions {

/// How many answers are owed now, for the navigation and the dashboard.
struct QueueCounts
{
    qint64 open = 0; ///< negative mentions that still need a response
    qint64 overdue = 0; ///< of those, the ones past their due time
};

/// The answer to a mention, step by step: needs response → responded → resolved. A negative
/// mention enters the queue when it is logged (MentionStore::create sets its due time from
/// the business's response target); any mention can be answered. Each step is dated.
/// Testimonials: a positive mention whose author allowed its reuse, with when and how.
class ResponseWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(ResponseWorkflow)

public:
    ResponseWorkflow(QSqlDatabase db, const Clock& clock);

    /// True when `mention` still needs a response and its due time has passed at `now`.
    static bool isOverdue(const domain::Mention& mention, const QDateTime& now);

    /// Records the response. The first response's date is kept when the text is edited later.
    Status respond(qint64 mentionId, const QString& text);
    /// Closes a responded mention (the author is satisfied, or nothing more can be done).
    Status resolve(qint64 mentionId);
    /// Back into the queue, due a full response target from now (the author wrote again).
    Status reopen(qint64 mentionId);

    Status markTestimonial(qint64 mentionId, const QDateTime& permissionAt, const QString& how);
    Status unmarkTestimonial(qint64 mentionId);

    Result<QueueCounts> counts() const;
    /// The mentions that need a response, the one due first at the top.
    Result<std::vector<domain::Mention>> queue(int limit = 200) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace grapevine::mentions
