// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommands.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

#include "CliSupport.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "export/CsvWriter.h"
#include "metrics/MetricsJson.h"
#include "metrics/ProgramMetrics.h"

namespace grapevine::cli {

namespace {

/// "2026-04-01" as the local midnight that starts the day; nothing when it is no date.
std::optional<QDate> parseDay(const QString& text)
{
    const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

/// The campaign by id or by name (case ignored); the error says which exist.
std::optional<std::pair<qint64, QString>> findCampaign(QSqlDatabase db, const QString& wanted, QString* problem)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, name FROM campaigns ORDER BY id"));
    QStringList names;
    bool isId = false;
    const qint64 id = wanted.toLongLong(&isId);
    while (q.next()) {
        const qint64 cid = q.value(0).toLongLong();
        const QString name = q.value(1).toString();
        if ((isId && cid == id) || name.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
            return std::make_pair(cid, name);
        names << QStringLiteral("%1 (%2)").arg(name).arg(cid);
    }
    *problem = Cli::tr("There is no campaign \"%1\". Campaigns: %2.")
                   .arg(wanted, names.isEmpty() ? Cli::tr("none") : names.join(QLatin1String(", ")));
    return std::nullopt;
}

/// The metrics as rows of "metric,value": the JSON names, nested ones joined with a dot.
void flatten(const QJsonObject& object, const QString& prefix, QList<QStringList>& rows)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        const QJsonValue v = it.value();
        if (v.isObject())
            flatten(v.toObject(), name, rows);
        else if (v.isNull())
            rows << QStringList {name, QString()};
        else if (v.isDouble())
            rows << QStringList {name, QString::number(v.toDouble(), 'g', 15)};
        else if (!v.isArray())
            rows << QStringList {name, v.toVariant().toString()};
    }
}

Status writeCsv(const QString& path, const metrics::ProgramFigures& figures, const QJsonObject& header)
{
    exporting::CsvWriter writer(path);
    if (Status opened = writer.open(); !opened)
        return opened;
    QList<QStringList> rows;
    flatten(header, QString(), rows);
    flatten(metrics::MetricsJson::period(figures.current), QString(), rows);
    writer.writeRow(QStringList {QStringLiteral("metric"), QStringLiteral("value")});
    for (const QStringList& row : rows)
        writer.writeRow(row);
    // The campaigns, one row each, below the figures of the whole period.
    writer.writeRow(QStringList());
    writer.writeRow(QStringList {QStringLiteral("campaign_id"), QStringLiteral("campaign"), QStringLiteral("referrals"),
        QStringLiteral("converted"), QStringLiteral("revenue_minor"), QStringLiteral("cost_minor"),
        QStringLiteral("roi")});
    for (const metrics::CampaignFigures& c : figures.campaigns) {
        const auto roi = c.roi();
        writer.writeRow(QStringList {QString::number(c.campaignId), c.name, QString::number(c.referrals),
            QString::number(c.converted), QString::number(c.revenueMinor), QString::number(c.costMinor()),
            roi ? QString::number(*roi, 'g', 15) : QString()});
    }
    return writer.commit();
}

} // namespace

int runReport(const QString& dbPath, const ReportCommand& command)
{
    const QString format = command.format.trimmed().toLower();
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        err(command.format.isEmpty()
                ? Cli::tr("Say which format: --format json or --format csv.")
                : Cli::tr("--format takes json or csv, not \"%1\". (PDF and HTML reports come from the Reports page "
                          "for now.)")
                      .arg(command.format));
        return Usage;
    }
    if (command.out.trimmed().isEmpty()) {
        err(Cli::tr("Say where to write the report: --out FILE."));
        return Usage;
    }
    std::optional<QDate> from;
    std::optional<QDate> to;
    if (!command.from.isEmpty() && !(from = parseDay(command.from))) {
        err(Cli::tr("--from takes a date written 2026-04-01, not \"%1\".").arg(command.from));
        return Usage;
    }
    if (!command.to.isEmpty() && !(to = parseDay(command.to))) {
        err(Cli::tr("--to takes a date written 2026-04-30, not \"%1\".").arg(command.to));
        return Usage;
    }
    if (from && to && *from > *to) {
        err(Cli::tr("The period ends (%1) before it begins (%2).").arg(command.to, command.from));
        return Usage;
    }

    db::OpenFailure failure;
    // As every command opens it; a read-only file reports as well.
    auto database = db::Database::open(dbPath, {}, &failure);
    if (!database) {
        err(failure.message);
        return Refused;
    }
    metrics::MetricsQuery query;
    QJsonObject header;
    if (!command.campaign.trimmed().isEmpty()) {
        QString problem;
        const auto campaign = findCampaign(database->connection(), command.campaign, &problem);
        if (!campaign) {
            err(problem);
            return Usage;
        }
        query.campaignId = campaign->first;
        header.insert(QStringLiteral("campaign"), campaign->second);
    } else {
        header.insert(QStringLiteral("campaign"), QJsonValue());
    }
    // Whole days of the business's own clock: from the first day's midnight to the last day's end.
    if (from)
        query.from = QDateTime(*from, QTime(0, 0)).toUTC();
    const SystemClock clock;
    const QDate last = to.value_or(clock.nowUtc().toLocalTime().date());
    query.to = QDateTime(last.addDays(1), QTime(0, 0)).toUTC();
    const auto figures = metrics::ProgramMetrics::compute(database->connection(), query, clock.nowUtc());
    if (!figures) {
        err(figures.error().message);
        return Failed;
    }

    Status written;
    if (format == QLatin1String("json")) {
        QJsonObject json = metrics::MetricsJson::program(figures.value());
        for (auto it = header.begin(); it != header.end(); ++it)
            json.insert(it.key(), it.value());
        QSaveFile file(command.out);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0
            || !file.commit())
            written = Error {Error::Code::Storage,
                Cli::tr("\"%1\" cannot be written: %2").arg(QDir::toNativeSeparators(command.out), file.errorString())};
    } else {
        written = writeCsv(command.out, figures.value(), header);
    }
    if (!written) {
        err(written.error().message);
        return Failed;
    }
    out(Cli::tr("Wrote the report to %1").arg(QDir::toNativeSeparators(command.out)));
    return Ok;
}

} // namespace grapevine::cli
