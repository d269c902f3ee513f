// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentionStore.h"

#include <utility>

#include <QSqlQuery>

#include "SettingsStore.h"
#include "SqlSupport.h"
#include "domain/Clock.h"

namespace grapevine::store {

using domain::Mention;
using domain::ResponseStatus;

namespace {

const QString kColumns = QStringLiteral(
    "id, occurred_at, channel, author, advocate_id, campaign_id, sentiment, reach, url, body, incentivised, "
    "response_status, response_due_at, response_text, responded_at, resolved_at, is_testimonial, "
    "testimonial_permission_at, testimonial_permission_how, import_batch_id, created_at, updated_at");

void bindFields(QSqlQuery& q, const Mention& m)
{
    q.bindValue(QStringLiteral(":occurred_at"), sql::instant(m.occurredAt));
    q.bindValue(QStringLiteral(":channel"), sql::text(m.channel));
    q.bindValue(QStringLiteral(":author"), sql::text(m.author));
    q.bindValue(QStringLiteral(":advocate_id"), sql::nullable(m.advocateId));
    q.bindValue(QStringLiteral(":campaign_id"), sql::nullable(m.campaignId));
    q.bindValue(QStringLiteral(":sentiment"), domain::toKey(m.sentiment));
    q.bindValue(QStringLiteral(":reach"), sql::nullable(m.reach));
    q.bindValue(QStringLiteral(":url"), sql::text(m.url));
    q.bindValue(QStringLiteral(":body"), sql::text(m.body));
    q.bindValue(QStringLiteral(":incentivised"), m.incentivised ? 1 : 0);
    q.bindValue(QStringLiteral(":response_status"), domain::toKey(m.responseStatus));
    q.bindValue(QStringLiteral(":response_due_at"), sql::instant(m.responseDueAt));
    q.bindValue(QStringLiteral(":response_text"), sql::text(m.responseText));
    q.bindValue(QStringLiteral(":responded_at"), sql::instant(m.respondedAt));
    q.bindValue(QStringLiteral(":resolved_at"), sql::instant(m.resolvedAt));
    q.bindValue(QStringLiteral(":is_testimonial"), m.isTestimonial ? 1 : 0);
    q.bindValue(QStringLiteral(":testimonial_permission_at"), sql::instant(m.testimonialPermissionAt));
    q.bindValue(QStringLiteral(":testimonial_permission_how"), sql::text(m.testimonialPermissionHow));
    q.bindValue(QStringLiteral(":import_batch_id"), sql::nullable(m.importBatchId));
    q.bindValue(QStringLiteral(":created_at"), sql::instant(m.createdAt));
    q.bindValue(QStringLiteral(":updated_at"), sql::instant(m.updatedAt));
}

Mention fromRow(const QSqlQuery& q)
{
    Mention m;
    m.id = q.value(0).toLongLong();
    m.occurredAt = sql::toInstant(q.value(1));
    m.channel = q.value(2).toString();
    m.author = q.value(3).toString();
    m.advocateId = sql::toOptional<qint64>(q.value(4));
    m.campaignId = sql::toOptional<qint64>(q.value(5));
    m.sentiment = domain::fromKey<domain::Sentiment>(q.value(6).toString()).value_or(domain::Sentiment::Neutral);
    m.reach = sql::toOptional<qint64>(q.value(7));
    m.url = q.value(8).toString();
    m.body = q.value(9).toString();
    m.incentivised = q.value(10).toInt() != 0;
    m.responseStatus = domain::fromKey<ResponseStatus>(q.value(11).toString()).value_or(ResponseStatus::None);
    m.responseDueAt = sql::toInstant(q.value(12));
    m.responseText = q.value(13).toString();
    m.respondedAt = sql::toInstant(q.value(14));
    m.resolvedAt = sql::toInstant(q.value(15));
    m.isTestimonial = q.value(16).toInt() != 0;
    m.testimonialPermissionAt = sql::toInstant(q.value(17));
    m.testimonialPermissionHow = q.value(18).toString();
    m.importBatchId = sql::toOptional<qint64>(q.value(19));
    m.createdAt = sql::toInstant(q.value(20));
    m.updatedAt = sql::toInstant(q.value(21));
    return m;
}

} // namespace

MentionStore::MentionStore(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Status MentionStore::validateForSave(const Mention& m) const
{
    if (Status valid = m.validate(); !valid)
        return valid;
    // Checked here so the user reads which record is missing rather than the schema's
    // "FOREIGN KEY constraint failed".
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT :advocate IS NULL OR EXISTS (SELECT 1 FROM advocates WHERE id = :advocate), "
                             ":campaign IS NULL OR EXISTS (SELECT 1 FROM campaigns WHERE id = :campaign), "
                             ":batch IS NULL OR EXISTS (SELECT 1 FROM import_batches WHERE id = :batch)"));
    q.bindValue(QStringLiteral(":advocate"), sql::nullable(m.advocateId));
    q.bindValue(QStringLiteral(":campaign"), sql::nullable(m.campaignId));
    q.bindValue(QStringLiteral(":batch"), sql::nullable(m.importBatchId));
    if (!q.exec() || !q.next())
        return storageError(q.lastError(), tr("Checking the mention"));
    if (!q.value(0).toBool())
        return Error {Error::Code::Invalid, tr("The advocate linked to this mention no longer exists."),
            QStringLiteral("advocate")};
    if (!q.value(1).toBool())
        return Error {Error::Code::Invalid, tr("The campaign linked to this mention no longer exists."),
            QStringLiteral("campaign")};
    if (!q.value(2).toBool())
        return Error {Error::Code::Invalid, tr("The import this mention came from no longer exists."),
            QStringLiteral("import_batch")};
    return {};
}

Status MentionStore::create(Mention& m)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status valid = validateForSave(m); !valid)
        return valid;
    Mention stored = m;
    const QDateTime now = m_clock.nowUtc();
    if (!stored.createdAt.isValid())
        stored.createdAt = now;
    stored.updatedAt = now;

    // The response queue: a complaint nobody has triaged yet needs an answer, due the business's
    // response target after it was posted (not after it was entered, since the author has been
    // waiting since then). A due time the caller chose is kept.
    if (stored.sentiment == domain::Sentiment::Negative && stored.responseStatus == ResponseStatus::None)
        stored.responseStatus = ResponseStatus::NeedsResponse;
    if (stored.responseStatus == ResponseStatus::NeedsResponse && !stored.responseDueAt.isValid()) {
        const auto settings = SettingsStore(m_db).load();
        if (!settings)
            return settings.error();
        stored.responseDueAt = stored.occurredAt.addSecs(qint64(settings->responseTargetHours) * 3600);
    }

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO mentions (occurred_at, channel, author, advocate_id, campaign_id, sentiment, reach, url, body, "
        "incentivised, response_status, response_due_at, response_text, responded_at, resolved_at, is_testimonial, "
        "testimonial_permission_at, testimonial_permission_how, import_batch_id, created_at, updated_at) VALUES "
        "(:occurred_at, :channel, :author, :advocate_id, :campaign_id, :sentiment, :reach, :url, :body, "
        ":incentivised, :response_status, :response_due_at, :response_text, :responded_at, :resolved_at, "
        ":is_testimonial, :testimonial_permission_at, :testimonial_permission_how, :import_batch_id, :created_at, "
        ":updated_at)"));
    bindFields(q, stored);
    if (!q.exec())
        return storageError(q.lastError(), tr("Saving the mention"));
    stored.id = q.lastInsertId().toLongLong();
    if (Status done = tx.commit(); !done)
        return done;
    m = std::move(stored);
    return {};
}

Result<Mention> MentionStore::get(qint64 id) const
{
    QSqlQuery q(m_db);
    if (Status found = selectById(q, QStringLiteral("mentions"), kColumns, id, tr("Reading the mention"),
            tr("The mention no longer exists."));
        !found)
        return found.error();
    return fromRow(q);
}

Status MentionStore::update(Mention& m)
{
    if (m.id <= 0)
        return Error {Error::Code::NotFound, tr("The mention has not been saved yet.")};
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status valid = validateForSave(m); !valid)
        return valid;
    if (Status fresh
        = refuseIfChangedSince(m_db, QStringLiteral("mentions"), m.id, m.updatedAt, tr("Saving the mention"),
            tr("This mention was changed elsewhere (in another Grapevine window or by an import) after it "
               "was read. Nothing was saved, so that neither change is lost: look at it again and repeat what "
               "you did."));
        !fresh)
        return fresh;
    Mention stored = m;
    stored.updatedAt = m_clock.nowUtc();
    QSqlQuery q(m_db);
    // COALESCE keeps the stored creation time when the caller's copy has none.
    q.prepare(QStringLiteral(
        "UPDATE mentions SET occurred_at = :occurred_at, channel = :channel, author = :author, "
        "advocate_id = :advocate_id, campaign_id = :campaign_id, sentiment = :sentiment, reach = :reach, url = :url, "
        "body = :body, incentivised = :incentivised, response_status = :response_status, "
        "response_due_at = :response_due_at, response_text = :response_text, responded_at = :responded_at, "
        "resolved_at = :resolved_at, is_testimonial = :is_testimonial, "
        "testimonial_permission_at = :testimonial_permission_at, "
        "testimonial_permission_how = :testimonial_permission_how, import_batch_id = :import_batch_id, "
        // One second past the stored stamp at least: two saves within a second still differ.
        "created_at = COALESCE(:created_at, created_at), updated_at = max(:updated_at, updated_at + 1) "
        "WHERE id = :id RETURNING created_at, updated_at"));
    bindFields(q, stored);
    q.bindValue(QStringLiteral(":id"), stored.id);
    if (!q.exec())
        return storageError(q.lastError(), tr("Saving the mention"));
    if (!q.next())
        return Error {Error::Code::NotFound, tr("The mention no longer exists.")};
    stored.createdAt = sql::toInstant(q.value(0));
    stored.updatedAt = sql::toInstant(q.value(1));
    q.finish();
    if (Status done = tx.commit(); !done)
        return done;
    m = std::move(stored);
    return {};
}

Status MentionStore::remove(qint64 id)
{
    return deleteRow(
        m_db, QStringLiteral("mentions"), id, tr("Deleting the mention"), tr("The mention no longer exists."));
}

Status MentionStore::restore(const Mention& m)
{
    if (m.id <= 0 || !m.createdAt.isValid())
        return Error {Error::Code::NotFound, tr("The mention to put back was never saved.")};
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status valid = validateForSave(m); !valid)
        return valid;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM mentions WHERE id = ?"));
    q.addBindValue(m.id);
    if (!q.exec())
        return storageError(q.lastError(), tr("Putting the mention back"));
    if (q.next())
        return Error {Error::Code::Duplicate, tr("The mention is already there."), QString(), m.id};
    q.finish();
    q.prepare(QStringLiteral(
        "INSERT INTO mentions (id, occurred_at, channel, author, advocate_id, campaign_id, sentiment, reach, url, "
        "body, "
        "incentivised, response_status, response_due_at, response_text, responded_at, resolved_at, is_testimonial, "
        "testimonial_permission_at, testimonial_permission_how, import_batch_id, created_at, updated_at) VALUES "
        "(:id, :occurred_at, :channel, :author, :advocate_id, :campaign_id, :sentiment, :reach, :url, :body, "
        ":incentivised, :response_status, :response_due_at, :response_text, :responded_at, :resolved_at, "
        ":is_testimonial, :testimonial_permission_at, :testimonial_permission_how, :import_batch_id, :created_at, "
        ":updated_at)"));
    bindFields(q, m);
    q.bindValue(QStringLiteral(":id"), m.id);
    if (!q.exec())
        return storageError(q.lastError(), tr("Putting the mention back"));
    return tx.commit();
}

Result<std::vector<Mention>> MentionStore::listForAdvocate(qint64 advocateId, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM mentions WHERE advocate_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?")
                  .arg(kColumns));
    q.addBindValue(advocateId);
    q.addBindValue(limit);
    if (!q.exec())
        return storageError(q.lastError(), tr("Reading the advocate's mentions"));
    std::vector<Mention> mentions;
    while (q.next())
        mentions.push_back(fromRow(q));
    return mentions;
}

} // namespace grapevine::store
