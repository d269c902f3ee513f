// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvocateLookup.h"

#include <QSqlQuery>
#include <QStringList>

#include "SqlSupport.h"

namespace grapevine::store {

QString AdvocateLookup::likePrefix(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped + QLatin1Char('%');
}

Result<std::vector<AdvocateSuggestion>> AdvocateLookup::suggest(const QSqlDatabase& db, const QString& typed, Who who)
{
    std::vector<AdvocateSuggestion> out;
    const QString text = typed.trimmed();
    if (text.size() < 2 || !db.isValid() || !db.isOpen())
        return out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, trim(first_name || ' ' || last_name), email, referral_code FROM advocates "
        "WHERE %1 AND (first_name LIKE :p ESCAPE '\\' OR last_name LIKE :p ESCAPE '\\' "
        "OR email LIKE :p ESCAPE '\\' OR referral_code LIKE :p ESCAPE '\\' "
        "OR (first_name || ' ' || last_name) LIKE :p ESCAPE '\\') ORDER BY last_name, first_name LIMIT %2")
                  .arg(who == Who::Active ? QStringLiteral("status = 'active'") : QStringLiteral("status <> 'erased'"))
                  .arg(kLimit));
    q.bindValue(QStringLiteral(":p"), likePrefix(text));
    if (!q.exec())
        return storageError(q.lastError(), tr("Looking up advocates"));
    while (q.next()) {
        QStringList parts {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        parts.removeAll(QString());
        out.push_back({q.value(0).toLongLong(), parts.join(QStringLiteral(" · "))});
    }
    return out;
}

} // namespace grapevine::store
