// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvitationRecipients.h"

#include <QSqlQuery>
#include <QVariant>

#include "itemmodels/AdvocateQuery.h"
#include "store/SqlSupport.h"

namespace grapevine::invitations {

namespace {

const QString columns = QStringLiteral("a.id, a.email, a.first_name, a.last_name, a.referral_code");

Recipient readRecipient(const QSqlQuery& q)
{
    return Recipient {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString()};
}

QString likePrefix(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped + QLatin1Char('%');
}

} // namespace

QString Recipient::displayName() const
{
    const QString name = QString(firstName.trimmed() + QLatin1Char(' ') + lastName.trimmed()).trimmed();
    return name.isEmpty() ? email : name;
}

InvitationRecipients::InvitationRecipients(QSqlDatabase db, std::optional<qint64> onlyAdvocateId)
    : m_db(std::move(db))
    , m_only(onlyAdvocateId)
{ }

QString InvitationRecipients::condition() const
{
    QString sql = QStringLiteral("a.consent = 1 AND a.status = 'active' AND trim(a.email) <> ''");
    if (m_only)
        sql += QStringLiteral(" AND a.id = %1").arg(*m_only);
    return sql;
}

Result<qint64> InvitationRecipients::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM advocates a WHERE ") + condition()) || !q.next())
        return store::storageError(q.lastError(), tr("Counting the advocates who can be invited"));
    return q.value(0).toLongLong();
}

Result<std::optional<Recipient>> InvitationRecipients::first() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM advocates a WHERE ") + condition()
            + QStringLiteral(" ORDER BY a.id LIMIT 1")))
        return store::storageError(q.lastError(), tr("Finding an advocate for the preview"));
    if (!q.next())
        return std::optional<Recipient>();
    return std::optional<Recipient>(readRecipient(q));
}

Result<std::optional<Recipient>> InvitationRecipients::find(qint64 advocateId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM advocates a WHERE a.id = ? AND ") + condition());
    q.addBindValue(advocateId);
    if (!q.exec())
        return store::storageError(q.lastError(), tr("Finding an advocate for the preview"));
    if (!q.next())
        return std::optional<Recipient>();
    return std::optional<Recipient>(readRecipient(q));
}

Result<std::vector<Recipient>> InvitationRecipients::suggest(const QString& typed, int limit) const
{
    const QString text = typed.trimmed();
    std::vector<Recipient> found;
    if (text.size() < 2 || limit <= 0)
        return found;
    const QString match = itemmodels::AdvocateQuery::matchExpression(text);
    // Walking the matches in id order lets SQLite stop after `limit` rows, however many match.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM advocates a WHERE a.id IN (")
        + (match.isEmpty() ? QString()
                           : QStringLiteral("SELECT rowid FROM advocates_fts WHERE advocates_fts MATCH ? UNION "))
        + QStringLiteral("SELECT id FROM advocates WHERE referral_code LIKE ? ESCAPE '\\') AND ") + condition()
        + QStringLiteral(" ORDER BY a.id LIMIT ?"));
    if (!match.isEmpty())
        q.addBindValue(match);
    q.addBindValue(likePrefix(text));
    q.addBindValue(limit);
    if (!q.exec())
        return store::storageError(q.lastError(), tr("Looking up advocates"));
    while (q.next())
        found.push_back(readRecipient(q));
    return found;
}

Status InvitationRecipients::forEach(const std::function<bool(const Recipient&)>& visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM advocates a WHERE ") + condition()
            + QStringLiteral(" ORDER BY a.id")))
        return store::storageError(q.lastError(), tr("Reading the advocates to invite"));
    while (q.next()) {
        if (!visit(readRecipient(q)))
            break;
    }
    if (q.lastError().isValid())
        return store::storageError(q.lastError(), tr("Reading the advocates to invite"));
    return {};
}

} // namespace grapevine::invitations
