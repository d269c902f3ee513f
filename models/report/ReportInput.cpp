// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportInput.h"

#include <QSqlError>
#include <QSqlQuery>

#include "store/SqlSupport.h"

namespace grapevine::report {

metrics::Bucket ReportInput::bucketFor(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid())
        return metrics::Bucket::Month;
    return from.daysTo(to) <= 122 ? metrics::Bucket::Week : metrics::Bucket::Month;
}

Result<ReportInput> ReportInput::read(
    const QSqlDatabase& db, metrics::MetricsQuery query, const QDateTime& now, metrics::MetricsCache* cache)
{
    ReportInput input;
    query.bucket = bucketFor(query.from, query.to.isValid() ? query.to : now);
    if (query.campaignId) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name FROM campaigns WHERE id = ?"));
        q.addBindValue(*query.campaignId);
        if (!q.exec())
            return store::storageError(q.lastError(), tr("Reading the campaign of the report"));
        if (!q.next())
            return Error {Error::Code::NotFound, tr("The campaign of the report no longer exists.")};
        input.campaign = q.value(0).toString();
    }
    auto figures = metrics::ProgramMetrics::compute(db, query, now, cache);
    if (!figures)
        return figures.error();
    input.figures = std::move(figures).value();
    std::vector<qint64> campaignIds;
    for (const metrics::CampaignFigures& c : input.figures.campaigns)
        campaignIds.push_back(c.campaignId);
    auto extras = ReportExtras::read(db, query, campaignIds, now);
    if (!extras)
        return extras.error();
    input.extras = std::move(extras).value();
    input.generatedAt = now;
    input.bucket = query.bucket;
    input.timeZone = query.timeZone;
    return input;
}

} // namespace grapevine::report
