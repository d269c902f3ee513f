// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommands.h"

#include <QDir>
#include <QSqlQuery>

#include "CliDatabase.h"
#include "CliSupport.h"
#include "charts/ProgramCharts.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "metrics/ProgramMetrics.h"
#include "report/ReportFiles.h"
#include "report/ReportInput.h"

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

} // namespace

int runReport(const QString& dbPath, const ReportCommand& command)
{
    const auto format = report::ReportFiles::formatNamed(command.format);
    if (!format) {
        err(command.format.isEmpty()
                ? Cli::tr("Say which format: --format pdf, html, csv or json.")
                : Cli::tr("--format takes pdf, html, csv or json, not \"%1\".").arg(command.format));
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

    auto database = openDatabase(dbPath);
    if (!database)
        return Refused;
    metrics::MetricsQuery query;
    if (!command.campaign.trimmed().isEmpty()) {
        QString problem;
        const auto campaign = findCampaign(database->connection(), command.campaign, &problem);
        if (!campaign) {
            err(problem);
            return Usage;
        }
        query.campaignId = campaign->first;
    }
    // Whole days of the business's own clock: from the first day's midnight to the last day's end.
    if (from)
        query.from = QDateTime(*from, QTime(0, 0)).toUTC();
    const SystemClock clock;
    const QDate last = to.value_or(clock.nowUtc().toLocalTime().date());
    query.to = QDateTime(last.addDays(1), QTime(0, 0)).toUTC();
    auto read = report::ReportInput::read(database->connection(), query, clock.nowUtc());
    if (!read) {
        err(read.error().message);
        return Failed;
    }
    report::ReportInput input = std::move(read).value();
    if (report::ReportFiles::showsCharts(*format)) {
        // The GUI's own charts, drawn on the offscreen platform (main() made a QApplication).
        const qreal scale = *format == report::ReportFormat::Pdf ? 3.0 : 2.0;
        input.charts = ui::ProgramCharts::reportCharts(input, scale);
    }
    const Status written = report::ReportFiles::write(input, *format, command.out);
    if (!written) {
        err(written.error().message);
        return Failed;
    }
    out(Cli::tr("Wrote the report to %1").arg(QDir::toNativeSeparators(command.out)));
    return Ok;
}

} // namespace grapevine::cli
