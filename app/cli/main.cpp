// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// grapevine-cli: the same models as the GUI, without a window.
//   exit 0: done and healthy   1: a check found problems   2: usage error   3: database refused
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include "db/Database.h"
#include "db/DatabaseCheck.h"
#include "i18n/Translations.h"
#include "settings/AppIdentity.h"
#include "version.h"

namespace {

enum ExitCode {
    Ok = 0,
    CheckFailed = 1,
    Usage = 2,
    Refused = 3
};

void out(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
}

void err(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
}

// The translation context of the command-line texts.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runCheck(const QString& path)
{
    grapevine::db::OpenFailure failure;
    auto database = grapevine::db::Database::open(path, {}, &failure);
    if (!database) {
        err(failure.message);
        return Refused;
    }
    out(Cli::tr("Database: %1").arg(QDir::toNativeSeparators(database->path())));
    if (database->wasCreated())
        out(Cli::tr("Created: a new, empty database"));
    if (!database->backupPath().isEmpty())
        out(Cli::tr("Updated: from schema version %1; copy of the old file at %2")
                .arg(database->previousSchemaVersion())
                .arg(QDir::toNativeSeparators(database->backupPath())));
    if (database->isReadOnly())
        out(Cli::tr("Read-only: %1").arg(database->readOnlyReason()));

    const grapevine::db::CheckReport report = grapevine::db::DatabaseCheck::run(database->connection());
    if (!report.error.isEmpty()) {
        err(report.error);
        return CheckFailed;
    }
    out(Cli::tr("Schema version: %1").arg(report.schemaVersion));
    out(Cli::tr("Integrity: %1").arg(report.integrityProblems.isEmpty() ? Cli::tr("ok") : Cli::tr("PROBLEMS FOUND")));
    for (const QString& problem : report.integrityProblems)
        out(QStringLiteral("  ") + problem);
    out(Cli::tr("Foreign keys: %1")
            .arg(report.foreignKeyProblems.isEmpty() ? Cli::tr("ok") : Cli::tr("PROBLEMS FOUND")));
    for (const QString& problem : report.foreignKeyProblems)
        out(QStringLiteral("  ") + problem);
    out(Cli::tr("Rows:"));
    int width = 0;
    for (const auto& [table, count] : report.tableCounts)
        width = qMax(width, static_cast<int>(table.size()));
    for (const auto& [table, count] : report.tableCounts)
        out(QStringLiteral("  %1 %2").arg(table, -width).arg(count, 10));
    if (!report.healthy()) {
        err(Cli::tr("The database has problems (see above). Restore it from a backup copy."));
        return CheckFailed;
    }
    return Ok;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    grapevine::AppIdentity::apply(QStringLiteral(GRAPEVINE_VERSION));
    QCoreApplication::setApplicationName(QStringLiteral("grapevine-cli"));
    grapevine::i18n::Translations::install(QLocale(), false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Grapevine on the command line.\n\nCommands:\n"
                "  check    Open the database exactly as the app does (creating or updating it),\n"
                "           run SQLite's integrity and foreign-key checks, and print the schema\n"
                "           version and the number of rows in each table."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringList {QStringLiteral("db")},
        Cli::tr("The database file (default: the app's default database)."), Cli::tr("file"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("What to do: check."), QStringLiteral("<command>"));
    parser.process(app);

    // The GUI and CLI share one default database, so look it up under the GUI's name.
    QCoreApplication::setApplicationName(QStringLiteral("Grapevine"));
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : grapevine::db::Database::defaultPath();

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err(Cli::tr("Say what to do, for example: grapevine-cli --db business.sqlite check"));
        err(parser.helpText());
        return Usage;
    }
    const QString command = args.constFirst();
    if (command == QLatin1String("check") && args.size() == 1)
        return runCheck(path);
    err(Cli::tr("Unknown command \"%1\". Run grapevine-cli --help for the list of commands.")
            .arg(args.join(QLatin1Char(' '))));
    return Usage;
}
