// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResponseWorkflow.h"

#include <QSqlQuery>

#include "domain/Clock.h"
#include "store/MentionStore.h"
#include "store/SettingsStore.h"
#include "store/SqlSupport.h"

namespace grapevine::mentions {

using domain::Mention;
using domain::ResponseStatus;

namespace {

Error refused(const QString& message, const char* field = "response_status")
{
    return Error {Error::Code::Invalid, message, QString::fromLatin1(field)};
}

} // namespace

ResponseWorkflow::ResponseWorkflow(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

bool ResponseWorkflow::isOverdue(const Mention& mention, const QDateTime& now)
{
    return mention.responseStatus == ResponseStatus::NeedsResponse && mention.responseDueAt.isValid()
        && mention.responseDueAt < now;
}

Status ResponseWorkflow::respond(qint64 mentionId, const QString& text)
{
    const QString answer = text.trimmed();
    if (answer.isEmpty())
        return refused(tr("Write the response you gave, so it is kept with the mention."), "response_text");
    store::MentionStore mentions(m_db, m_clock);
    Result<Mention> read = mentions.get(mentionId);
    if (!read)
        return read.error();
    Mention m = read.value();
    if (m.responseStatus == ResponseStatus::Resolved)
        return refused(tr("This mention is resolved. Reopen it to respond again."));
    m.responseText = answer;
    if (!m.respondedAt.isValid())
        m.respondedAt = m_clock.nowUtc();
    m.responseStatus = ResponseStatus::Responded;
    return mentions.update(m);
}

Status ResponseWorkflow::resolve(qint64 mentionId)
{
    store::MentionStore mentions(m_db, m_clock);
    Result<Mention> read = mentions.get(mentionId);
    if (!read)
        return read.error();
    Mention m = read.value();
    switch (m.responseStatus) {
    case ResponseStatus::Responded:
        break;
    case ResponseStatus::Resolved:
        return refused(tr("This mention is already resolved."));
    case ResponseStatus::NeedsResponse:
    case ResponseStatus::None:
        return refused(tr("Record the response first; a mention is resolved after it was answered."));
    }
    m.responseStatus = ResponseStatus::Resolved;
    m.resolvedAt = m_clock.nowUtc();
    return mentions.update(m);
}

Status ResponseWorkflow::reopen(qint64 mentionId)
{
    store::MentionStore mentions(m_db, m_clock);
    Result<Mention> read = mentions.get(mentionId);
    if (!read)
        return read.error();
    Mention m = read.value();
    if (m.responseStatus == ResponseStatus::NeedsResponse)
        return refused(tr("This mention is already waiting for a response."));
    const auto settings = store::SettingsStore(m_db).load();
    if (!settings)
        return settings.error();
    const QDateTime now = m_clock.nowUtc();
    m.responseStatus = ResponseStatus::NeedsResponse;
    m.responseDueAt = now.addSecs(qint64(settings->responseTargetHours) * 3600);
    m.resolvedAt = QDateTime();
    // The earlier response and its date stay: the record of what was said before.
    return mentions.update(m);
}

Status ResponseWorkflow::markTestimonial(qint64 mentionId, const QDateTime& permissionAt, const QString& how)
{
    store::MentionStore mentions(m_db, m_clock);
    Result<Mention> read = mentions.get(mentionId);
    if (!read)
        return read.error();
    Mention m = read.value();
    if (!permissionAt.isValid())
        return refused(tr("Say when the author allowed the mention to be reused."), "testimonial_permission");
    if (permissionAt > m_clock.nowUtc().addSecs(24 * 3600))
        return refused(tr("The permission cannot be dated in the future."), "testimonial_permission");
    if (how.trimmed().isEmpty())
        return refused(
            tr("Say how the author gave permission (by email, on the review form…)."), "testimonial_permission_how");
    m.isTestimonial = true;
    m.testimonialPermissionAt = permissionAt;
    m.testimonialPermissionHow = how.trimmed();
    return mentions.update(m); // Mention::validate() refuses a testimonial that is not positive
}

Status ResponseWorkflow::unmarkTestimonial(qint64 mentionId)
{
    store::MentionStore mentions(m_db, m_clock);
    Result<Mention> read = mentions.get(mentionId);
    if (!read)
        return read.error();
    Mention m = read.value();
    m.isTestimonial = false;
    m.testimonialPermissionAt = QDateTime();
    m.testimonialPermissionHow.clear();
    return mentions.update(m);
}

Result<QueueCounts> ResponseWorkflow::counts() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(response_due_at < ?), 0) FROM mentions "
                             "WHERE response_status = 'needs_response'"));
    q.addBindValue(store::sql::instant(m_clock.nowUtc()));
    if (!q.exec() || !q.next())
        return store::storageError(q.lastError(), tr("Counting the mentions that need a response"));
    return QueueCounts {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

Result<std::vector<Mention>> ResponseWorkflow::queue(int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM mentions WHERE response_status = 'needs_response' "
                             "ORDER BY response_due_at IS NULL, response_due_at, id LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return store::storageError(q.lastError(), tr("Reading the response queue"));
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    store::MentionStore mentions(m_db, m_clock);
    std::vector<Mention> out;
    out.reserve(ids.size());
    for (const qint64 id : ids) {
        Result<Mention> m = mentions.get(id);
        if (!m)
            return m.error();
        out.push_back(std::move(m).value());
    }
    return out;
}

} // namespace grapevine::mentions
