// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommands.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include "backup/DailyBackups.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "domain/EnumKeys.h"
#include "store/AdvocateBulkEditor.h"

#include "CliDatabase.h"
#include "CliSupport.h"

namespace grapevine::cli {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

int runBulkEdit(const QString& dbPath, const QString& action, const QString& value)
{
    const bool addTag = action == QLatin1String("add-tag");
    const bool removeTag = action == QLatin1String("remove-tag");
    const bool setKind = action == QLatin1String("set-kind");
    if (!addTag && !removeTag && !setKind) {
        err(Cli::tr("bulk-edit does add-tag NAME, remove-tag NAME or set-kind KIND, not \"%1\".").arg(action));
        return Usage;
    }
    const auto kind = setKind ? domain::fromKey<domain::AdvocateKind>(value.trimmed().toLower()) : std::nullopt;
    if (setKind && !kind) {
        err(Cli::tr("set-kind takes customer, partner, employee, influencer or other, not \"%1\".").arg(value));
        return Usage;
    }

    auto database = openForChanges(dbPath, Cli::tr("The database is read-only (%1); nothing can be changed."));
    if (!database)
        return Refused;
    QSqlQuery q(database->connection());
    QList<qint64> ids;
    if (!q.exec(QStringLiteral("SELECT id FROM advocates WHERE status <> 'erased' ORDER BY id"))) {
        err(Cli::tr("The advocates cannot be read."));
        return Failed;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();

    const SystemClock clock;
    store::AdvocateBulkEditor editor(database->connection(), clock);
    const Status done = addTag ? editor.addTag(ids, value)
        : removeTag            ? editor.removeTag(ids, value)
                               : editor.setKind(ids, *kind);
    if (!done) {
        err(done.error().message);
        return Failed;
    }
    out(Cli::tr("Changed %n advocate(s).", nullptr, static_cast<int>(ids.size())));
    return Ok;
}

int runBackup(const QString& dbPath, const QString& outPath)
{
    if (!QFileInfo::exists(dbPath)) {
        err(Cli::tr("There is no database \"%1\" to back up.").arg(native(dbPath)));
        return Refused;
    }
    if (!outPath.isEmpty()) {
        if (QFileInfo(outPath).absoluteFilePath() == QFileInfo(dbPath).absoluteFilePath()) {
            err(Cli::tr("The copy must be another file than the database itself."));
            return Usage;
        }
        if (const Status copied = backup::DailyBackups::copy(dbPath, outPath); !copied) {
            err(copied.error().message);
            return Failed;
        }
        out(Cli::tr("Copied to %1").arg(native(outPath)));
        return Ok;
    }
    backup::DailyBackups backups(dbPath);
    bool made = false;
    const auto today = backups.makeToday(QDate::currentDate(), &made);
    if (!today) {
        err(today.error().message);
        return Failed;
    }
    out(made ? Cli::tr("Backed up to %1").arg(native(*today))
             : Cli::tr("Today's backup was already there: %1").arg(native(*today)));
    return Ok;
}

} // namespace grapevine::cli
