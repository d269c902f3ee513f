// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommands.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

#include "CliDatabase.h"
#include "CliSupport.h"
#include "db/Database.h"
#include "export/RecordExport.h"

namespace grapevine::cli {

int runExport(const QString& dbPath, const ExportCommand& command)
{
    const std::optional<exporting::RecordKind> kind = exporting::RecordExport::parseKind(command.kind);
    if (!kind) {
        err(Cli::tr("Say what to export: advocates, referrals, rewards or mentions, not \"%1\".").arg(command.kind));
        return Usage;
    }
    if (command.out.trimmed().isEmpty()) {
        err(Cli::tr("Say which file to write, for example: grapevine-cli export advocates --out advocates.csv"));
        return Usage;
    }
    auto database = openDatabase(dbPath);
    if (!database)
        return Refused;
    exporting::RecordExportOptions options;
    options.csv.delimiter = command.delimiter;
    options.csv.byteOrderMark = command.byteOrderMark;
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    const QLocale locale;
    const auto progress = [&](qint64 done, qint64 total) {
        if (timer.elapsed() - lastReport >= 1000) {
            lastReport = timer.elapsed();
            err(Cli::tr("Exporting: %1 of %2 rows").arg(locale.toString(done), locale.toString(total)));
        }
    };
    const auto written = exporting::RecordExport::write(database->connection(), *kind, command.out, options, progress);
    if (!written) {
        err(written.error().message);
        return Failed;
    }
    out(Cli::tr("Wrote %1 %2 to %3.")
            .arg(locale.toString(written->written), exporting::RecordExport::kindWord(*kind),
                QDir::toNativeSeparators(command.out)));
    return Ok;
}

} // namespace grapevine::cli
