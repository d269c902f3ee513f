// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvocateActivity.h"

#include <QSqlQuery>

#include "store/SqlSupport.h"

namespace grapevine::metrics {

Result<AdvocateActivityFigures> AdvocateActivity::compute(
    const QSqlDatabase& db, qint64 advocateId, const QDateTime& now)
{
    AdvocateActivityFigures f;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT count(*), coalesce(sum(status IN ('converted', 'approved', 'rewarded')), 0), "
        "coalesce(sum(CASE WHEN status IN ('converted', 'approved', 'rewarded') THEN order_value_minor END), 0) "
        "FROM referrals WHERE referrer_id = ?"));
    q.addBindValue(advocateId);
    if (!q.exec() || !q.next())
        return store::storageError(q.lastError(), tr("Computing the advocate's referrals"));
    f.referrals = q.value(0).toLongLong();
    f.converted = q.value(1).toLongLong();
    f.revenueMinor = q.value(2).toLongLong();
    MentionPeriod all;
    all.advocateId = advocateId;
    Result<WordOfMouthFigures> said = WordOfMouth::compute(db, all, now);
    if (!said)
        return said.error();
    f.wordOfMouth = std::move(said).value();
    return f;
}

} // namespace grapevine::metrics
