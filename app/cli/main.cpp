// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// grapevine-cli: the same models as the GUI, without a window. Exit statuses: see CliSupport.h.
#include <algorithm>
#include <cstdio>
#include <iterator>
#include <memory>
#include <optional>

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>

#include "db/Database.h"
#include "db/DatabaseCheck.h"
#include "demo/DemoGenerator.h"
#include "i18n/Translations.h"
#include "settings/AppIdentity.h"
#include "version.h"

#include "CliDatabase.h"
#include "CliSupport.h"
#include "EditCommands.h"
#include "ExportCommands.h"
#include "ImportCommands.h"
#include "ReportCommands.h"

namespace {

using namespace grapevine::cli;

int runCheck(const QString& path)
{
    auto database = openDatabase(path);
    if (!database)
        return Refused;
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

/// A whole number of 0 or more given to `option`, or nothing (with the message printed).
std::optional<qint64> countOption(const QCommandLineParser& parser, const QCommandLineOption& option, qint64 fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QString text = parser.value(option);
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok || n < 0) {
        err(Cli::tr("--%1 needs a whole number of 0 or more, not \"%2\".").arg(option.names().constFirst(), text));
        return std::nullopt;
    }
    return n;
}

int runDemo(const QString& path, const grapevine::demo::DemoOptions& options)
{
    using grapevine::demo::DemoGenerator;
    // One file is one business: never write demo data over a file that exists, whatever it is.
    if (QFileInfo::exists(path)) {
        err(Cli::tr("\"%1\" already exists. The demo only creates new files; choose another name.")
                .arg(QDir::toNativeSeparators(path)));
        return Usage;
    }
    QElapsedTimer timer;
    timer.start();
    auto database = openDatabase(path);
    if (!database)
        return Refused;

    // Percent on stderr, at most about once a second, so a long run shows it is alive.
    qint64 lastReport = 0;
    int lastPercent = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        if (percent != lastPercent && timer.elapsed() - lastReport >= 1000) {
            err(Cli::tr("Generating: %1%").arg(percent));
            lastReport = timer.elapsed();
            lastPercent = percent;
        }
        return true;
    };
    const grapevine::Status status = DemoGenerator::generate(database->connection(), options, progress);
    if (!status) {
        err(status.error().message);
        // The file is ours (it did not exist): remove it rather than leave an empty business.
        database.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return Failed;
    }

    QSqlQuery q(database->connection());
    const QString tables[] = {QStringLiteral("advocates"), QStringLiteral("campaigns"), QStringLiteral("referrals"),
        QStringLiteral("rewards"), QStringLiteral("mentions")};
    const QString labels[]
        = {Cli::tr("Advocates"), Cli::tr("Campaigns"), Cli::tr("Referrals"), Cli::tr("Rewards"), Cli::tr("Mentions")};
    out(Cli::tr("Created the demo database %1").arg(QDir::toNativeSeparators(database->path())));
    const QLocale locale;
    for (size_t i = 0; i < std::size(tables); ++i) {
        // Table names come from the list above, never from the user.
        const qint64 count
            = q.exec(QStringLiteral("SELECT count(*) FROM ") + tables[i]) && q.next() ? q.value(0).toLongLong() : -1;
        out(QStringLiteral("  %1 %2").arg(labels[i] + QLatin1Char(':'), -12).arg(locale.toString(count), 12));
    }
    q.finish();
    database.reset(); // closing folds the write-ahead log back into the file, which takes a moment
    out(Cli::tr("Seconds: %1").arg(locale.toString(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1)));
    return Ok;
}

} // namespace

int main(int argc, char** argv)
{
    // A report draws the GUI's charts, which need a QApplication; on the offscreen platform it
    // needs no display, and the CLI never opens a window. Every other command stays without one.
    const bool drawsCharts
        = std::any_of(argv + 1, argv + argc, [](const char* a) { return qstrcmp(a, "report") == 0; });
    if (drawsCharts)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app
        = drawsCharts ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    grapevine::AppIdentity::apply(QStringLiteral(GRAPEVINE_VERSION));
    QCoreApplication::setApplicationName(QStringLiteral("grapevine-cli"));
    grapevine::i18n::Translations::install(QLocale(), false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Grapevine on the command line.\n\nCommands:\n"
                "  check    Open the database exactly as the app does (creating or updating it),\n"
                "           run SQLite's integrity and foreign-key checks, and print the schema\n"
                "           version and the number of rows in each table.\n"
                "  demo     Create a new database --out FILE filled with a made-up business (Demo\n"
                "           Bakery): advocates, campaigns, referrals, rewards and mentions, the same\n"
                "           for the same --seed. Sizes: --advocates (1000), --referrals (1500),\n"
                "           --mentions (300). An existing FILE is never touched.\n"
                "  import customers|referrals|mentions FILE.csv\n"
                "           customers: a customer export (Shopify, WooCommerce, HubSpot, Mailchimp, a\n"
                "           spreadsheet…) as advocates. A person is their email: someone already there\n"
                "           is updated, never doubled.\n"
                "           referrals (or orders): a shop's orders; a friend's order converts their\n"
                "           referral, an advocate's code or a Referred By column records a new one.\n"
                "           mentions: a social-listening or review export.\n"
                "           Columns are recognised by their names. Rejected rows are listed with their\n"
                "           reason; the rest is imported. The same file twice changes nothing.\n"
                "  undo-import N\n"
                "           Take import number N back: what it created is deleted, what it changed\n"
                "           is put back (values edited since are kept).\n"
                "  imports  List the imports: when, which file, what each did.\n"
                "  bulk-edit add-tag NAME|remove-tag NAME|set-kind KIND\n"
                "           Give every advocate (all but erased ones) the tag, take it from them,\n"
                "           or make them all customers, partners, employees, influencers or other.\n"
                "  backup [--out FILE]\n"
                "           Today's backup copy in the app's backup folder (what the app makes once a\n"
                "           day), or a copy at FILE. A consistent copy even while the app is open.\n"
                "  export advocates|referrals|rewards|mentions --out FILE.csv\n"
                "           Write every record of that kind to a CSV file (UTF-8 with a byte order\n"
                "           mark so that Excel shows accents; --no-bom to leave it out; --delimiter ;\n"
                "           for Excel in much of Europe). Dates are ISO 8601, amounts plain decimals,\n"
                "           and cells a spreadsheet would run as a formula are neutralised.\n"
                "  report --format pdf|html|csv|json --out FILE [--campaign ID|NAME] [--from DATE] [--to DATE]\n"
                "           The metrics of all campaigns or one, for the days from --from to --to\n"
                "           (YYYY-MM-DD, both included; default: everything up to today). pdf and\n"
                "           html: the whole report with its charts, as the Reports page makes it.\n"
                "           csv and json: the numbers, money in minor units (cents); a ratio that\n"
                "           is undefined is null (JSON) or empty."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(QStringList {QStringLiteral("db")},
        Cli::tr("The database file (default: the app's default database)."), Cli::tr("file"));
    parser.addOption(dbOption);
    const QCommandLineOption outOption(QStringList {QStringLiteral("out")},
        Cli::tr("demo: the new database file to create; export, report, backup: the file to write."), Cli::tr("file"));
    const QCommandLineOption advocatesOption(
        QStringList {QStringLiteral("advocates")}, Cli::tr("demo: how many advocates (default 1000)."), Cli::tr("n"));
    const QCommandLineOption referralsOption(
        QStringList {QStringLiteral("referrals")}, Cli::tr("demo: how many referrals (default 1500)."), Cli::tr("n"));
    const QCommandLineOption mentionsOption(
        QStringList {QStringLiteral("mentions")}, Cli::tr("demo: how many mentions (default 300)."), Cli::tr("n"));
    const QCommandLineOption seedOption(QStringList {QStringLiteral("seed")},
        Cli::tr("demo: the random seed; the same seed gives the same data (default 1)."), Cli::tr("n"));
    const QCommandLineOption encodingOption(QStringList {QStringLiteral("encoding")},
        Cli::tr("import: the file's encoding (UTF-8, UTF-16LE, windows-1252, ISO-8859-15, macintosh…); "
                "detected when not given."),
        Cli::tr("name"));
    const QCommandLineOption delimiterOption(QStringList {QStringLiteral("delimiter")},
        Cli::tr("import: the delimiter, one of , ; tab | (detected when not given)."), Cli::tr("char"));
    const QCommandLineOption dateFormatOption(QStringList {QStringLiteral("date-format")},
        Cli::tr("import: how dates are written: dmy (31/12/2026), mdy (12/31/2026) or ymd (2026-12-31). Needed "
                "when the file's dates could be read either way."),
        Cli::tr("format"));
    const QCommandLineOption mappingOption(QStringList {QStringLiteral("mapping")},
        Cli::tr("import: a saved column mapping's name, or the mapping itself: "
                "\"email=E-Mail, first_name=Vorname\"."),
        Cli::tr("preset"));
    const QCommandLineOption duplicateOption(QStringList {QStringLiteral("on-duplicate")},
        Cli::tr("import: for people already in the database: update (default), skip, or fill (only empty "
                "fields)."),
        Cli::tr("policy"));
    const QCommandLineOption dryRunOption(
        QStringList {QStringLiteral("dry-run")}, Cli::tr("import: do everything, report it, and keep nothing."));
    const QCommandLineOption rejectedOutOption(QStringList {QStringLiteral("rejected-out")},
        Cli::tr("import: write the rejected rows, with the reason first, to this CSV (fix it and import it "
                "again)."),
        Cli::tr("file"));
    const QCommandLineOption noBomOption(QStringList {QStringLiteral("no-bom")},
        Cli::tr("export: leave out the byte order mark (for programs that do not expect one)."));
    parser.addOption(noBomOption);
    const QCommandLineOption jsonOption(
        QStringList {QStringLiteral("json")}, Cli::tr("import: print the result as one JSON object."));
    const QCommandLineOption campaignOption(QStringList {QStringLiteral("campaign")},
        Cli::tr("report: one campaign, by its number or name (default: all)."), Cli::tr("campaign"));
    const QCommandLineOption fromOption(
        QStringList {QStringLiteral("from")}, Cli::tr("report: the first day, YYYY-MM-DD."), Cli::tr("date"));
    const QCommandLineOption toOption(
        QStringList {QStringLiteral("to")}, Cli::tr("report: the last day, YYYY-MM-DD (included)."), Cli::tr("date"));
    const QCommandLineOption formatOption(
        QStringList {QStringLiteral("format")}, Cli::tr("report: pdf, html, csv or json."), Cli::tr("format"));
    for (const QCommandLineOption* option : {&campaignOption, &fromOption, &toOption, &formatOption})
        parser.addOption(*option);
    for (const QCommandLineOption* option : {&outOption, &advocatesOption, &referralsOption, &mentionsOption,
             &seedOption, &encodingOption, &delimiterOption, &dateFormatOption, &mappingOption, &duplicateOption,
             &dryRunOption, &rejectedOutOption, &jsonOption})
        parser.addOption(*option);
    parser.addPositionalArgument(QStringLiteral("command"),
        Cli::tr("What to do: check, demo, import, undo-import, imports, bulk-edit, backup, export or report."),
        QStringLiteral("<command>"));
    // parse() rather than process(): a mistyped option is a usage error (exit 2), where
    // process() would exit with 1, which here means "the check found problems".
    if (!parser.parse(QCoreApplication::arguments())) {
        err(parser.errorText());
        err(Cli::tr("Run grapevine-cli --help for the commands and options."));
        return Usage;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(Ok);
    if (parser.isSet(versionOption))
        parser.showVersion();

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
    const bool demoOptionSet = parser.isSet(outOption) || parser.isSet(advocatesOption) || parser.isSet(referralsOption)
        || parser.isSet(mentionsOption) || parser.isSet(seedOption);
    const bool importOptionSet = parser.isSet(encodingOption) || parser.isSet(delimiterOption)
        || parser.isSet(dateFormatOption) || parser.isSet(mappingOption) || parser.isSet(duplicateOption)
        || parser.isSet(dryRunOption) || parser.isSet(rejectedOutOption) || parser.isSet(jsonOption);
    const bool reportOptionSet = parser.isSet(campaignOption) || parser.isSet(fromOption) || parser.isSet(toOption)
        || parser.isSet(formatOption);
    if (command == QLatin1String("report")) {
        if (args.size() != 1 || parser.isSet(advocatesOption) || parser.isSet(referralsOption)
            || parser.isSet(mentionsOption) || parser.isSet(seedOption) || importOptionSet
            || parser.isSet(noBomOption)) {
            err(Cli::tr("report takes --format, --out, --campaign, --from and --to."));
            return Usage;
        }
        ReportCommand report;
        report.campaign = parser.value(campaignOption);
        report.from = parser.value(fromOption);
        report.to = parser.value(toOption);
        report.format = parser.value(formatOption);
        report.out = parser.value(outOption);
        return runReport(path, report);
    }
    if (reportOptionSet) {
        err(Cli::tr("--campaign, --from, --to and --format belong to the report command."));
        return Usage;
    }
    if (command == QLatin1String("export")) {
        if (args.size() != 2) {
            err(Cli::tr("Say what to export, for example: grapevine-cli export advocates --out advocates.csv"));
            return Usage;
        }
        if (parser.isSet(advocatesOption) || parser.isSet(referralsOption) || parser.isSet(mentionsOption)
            || parser.isSet(seedOption) || (importOptionSet && !parser.isSet(delimiterOption))) {
            err(Cli::tr("export takes --out, --delimiter and --no-bom."));
            return Usage;
        }
        ExportCommand exportCommand;
        exportCommand.kind = args.at(1);
        exportCommand.out = parser.value(outOption);
        exportCommand.byteOrderMark = !parser.isSet(noBomOption);
        grapevine::importing::ImportSettings delimiter;
        if (const QString problem = parseDelimiter(parser.value(delimiterOption), delimiter); !problem.isEmpty()) {
            err(problem);
            return Usage;
        }
        exportCommand.delimiter = delimiter.delimiter.value_or(QLatin1Char(','));
        return runExport(path, exportCommand);
    }
    if (parser.isSet(noBomOption)) {
        err(Cli::tr("--no-bom belongs to the export command."));
        return Usage;
    }
    if (importOptionSet && command != QLatin1String("import")) {
        err(Cli::tr("--encoding, --delimiter, --date-format, --mapping, --on-duplicate, --dry-run, --rejected-out "
                    "and --json belong to the import command."));
        return Usage;
    }
    if (command == QLatin1String("check") && args.size() == 1) {
        if (demoOptionSet) {
            err(Cli::tr("--out, --advocates, --referrals, --mentions and --seed belong to the demo command."));
            return Usage;
        }
        return runCheck(path);
    }
    if (command == QLatin1String("demo") && args.size() == 1) {
        if (parser.isSet(dbOption)) {
            err(Cli::tr("The demo writes a new file given with --out, never the --db database."));
            return Usage;
        }
        if (!parser.isSet(outOption) || parser.value(outOption).trimmed().isEmpty()) {
            err(Cli::tr("Say which new file to create, for example: grapevine-cli demo --out demo.sqlite"));
            return Usage;
        }
        grapevine::demo::DemoOptions options;
        const auto advocates = countOption(parser, advocatesOption, options.advocates);
        const auto referrals = countOption(parser, referralsOption, options.referrals);
        const auto mentions = countOption(parser, mentionsOption, options.mentions);
        if (!advocates || !referrals || !mentions)
            return Usage;
        options.advocates = *advocates;
        options.referrals = *referrals;
        options.mentions = *mentions;
        if (parser.isSet(seedOption)) {
            bool ok = false;
            options.seed = parser.value(seedOption).trimmed().toUInt(&ok);
            if (!ok) {
                err(Cli::tr("--seed needs a whole number from 0 to 4294967295, not \"%1\".")
                        .arg(parser.value(seedOption)));
                return Usage;
            }
        }
        if (const QString problem = grapevine::demo::DemoGenerator::problem(options); !problem.isEmpty()) {
            err(problem);
            return Usage;
        }
        return runDemo(parser.value(outOption), options);
    }
    if (command == QLatin1String("import")) {
        if (args.size() != 3) {
            err(Cli::tr("Say what to import and from which file, for example: grapevine-cli --db business.sqlite "
                        "import customers customers.csv"));
            return Usage;
        }
        if (demoOptionSet) {
            err(Cli::tr("--out, --advocates, --referrals, --mentions and --seed belong to the demo command."));
            return Usage;
        }
        ImportCommand import;
        import.kind = args.at(1).toLower();
        import.file = args.at(2);
        import.settings.dryRun = parser.isSet(dryRunOption);
        import.settings.rejectedOutPath = parser.value(rejectedOutOption);
        import.json = parser.isSet(jsonOption);
        import.mapping = parser.value(mappingOption).trimmed();
        if (parser.isSet(encodingOption))
            import.settings.encoding = parser.value(encodingOption).trimmed();
        for (const QString& problem : {parseDelimiter(parser.value(delimiterOption), import.settings),
                 parseDateFormat(parser.value(dateFormatOption), import.settings),
                 parseDuplicatePolicy(parser.value(duplicateOption), import.settings)}) {
            if (!problem.isEmpty()) {
                err(problem);
                return Usage;
            }
        }
        return runImport(path, import);
    }
    if (command == QLatin1String("bulk-edit") && args.size() == 3 && !demoOptionSet)
        return runBulkEdit(path, args.at(1), args.at(2));
    if (command == QLatin1String("backup") && args.size() == 1) {
        if (parser.isSet(advocatesOption) || parser.isSet(referralsOption) || parser.isSet(mentionsOption)
            || parser.isSet(seedOption)) {
            err(Cli::tr("backup takes --out."));
            return Usage;
        }
        return runBackup(path, parser.value(outOption));
    }
    if (command == QLatin1String("undo-import") && args.size() == 2 && !demoOptionSet)
        return runUndoImport(path, args.at(1));
    if (command == QLatin1String("imports") && args.size() == 1 && !demoOptionSet)
        return runImportHistory(path);
    err(Cli::tr("Unknown command \"%1\". Run grapevine-cli --help for the list of commands.")
            .arg(args.join(QLatin1Char(' '))));
    return Usage;
}
