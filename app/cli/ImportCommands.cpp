// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommands.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include "CliDatabase.h"
#include "CliSupport.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "import/ImportKinds.h"
#include "import/ImportPreview.h"
#include "import/ImportUndo.h"
#include "import/MappingPresets.h"

namespace grapevine::cli {

namespace {

/// Why an import or undo cannot run on a read-only file.
QString readOnlyMessage()
{
    return Cli::tr("The database is read-only (%1); nothing can be imported or undone.");
}

QJsonArray issuesJson(const std::vector<importing::ImportIssue>& issues)
{
    QJsonArray array;
    for (const importing::ImportIssue& issue : issues)
        array.append(QJsonObject {{QStringLiteral("row"), issue.row}, {QStringLiteral("column"), issue.column},
            {QStringLiteral("message"), issue.message}});
    return array;
}

QString delimiterName(QChar c)
{
    return c == QLatin1Char('\t') ? Cli::tr("tab") : QString(c);
}

QString issueLine(const importing::ImportIssue& issue)
{
    return issue.column.isEmpty() ? Cli::tr("  row %1: %2").arg(issue.row).arg(issue.message)
                                  : Cli::tr("  row %1, %2: %3").arg(issue.row).arg(issue.column, issue.message);
}

/// Progress on stderr about once a second: how far, how fast, how long still.
class ProgressPrinter
{
public:
    ProgressPrinter() { m_timer.start(); }

    void operator()(const importing::ImportProgress& p)
    {
        const qint64 elapsed = m_timer.elapsed();
        if (elapsed - m_last < 1000)
            return;
        m_last = elapsed;
        const QLocale locale;
        const double rate = elapsed > 0 ? static_cast<double>(p.rows) * 1000.0 / static_cast<double>(elapsed) : 0;
        if (p.bytesTotal <= 0 || p.bytesRead <= 0) {
            err(Cli::tr("Importing: %1 rows (%2 rows a second)")
                    .arg(locale.toString(p.rows), locale.toString(static_cast<qint64>(rate))));
            return;
        }
        const double done = static_cast<double>(p.bytesRead) / static_cast<double>(p.bytesTotal);
        const qint64 left = done > 0 ? static_cast<qint64>(static_cast<double>(elapsed) * (1 - done) / done / 1000) : 0;
        err(Cli::tr("Importing: %1% — %2 rows, %3 rows a second, about %4 s left")
                .arg(static_cast<int>(done * 100))
                .arg(locale.toString(p.rows), locale.toString(static_cast<qint64>(rate)), locale.toString(left)));
    }

private:
    QElapsedTimer m_timer;
    qint64 m_last = 0;
};

} // namespace

QString parseDelimiter(const QString& text, importing::ImportSettings& settings)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return {};
    if (t == QLatin1String(",") || t == QLatin1String("comma"))
        settings.delimiter = QLatin1Char(',');
    else if (t == QLatin1String(";") || t == QLatin1String("semicolon"))
        settings.delimiter = QLatin1Char(';');
    else if (t == QLatin1String("tab") || t == QLatin1String("\\t") || text == QLatin1String("\t"))
        settings.delimiter = QLatin1Char('\t');
    else if (t == QLatin1String("|") || t == QLatin1String("pipe"))
        settings.delimiter = QLatin1Char('|');
    else
        return Cli::tr("--delimiter takes , ; tab or | (or the words comma, semicolon, pipe), not \"%1\".").arg(text);
    return {};
}

QString parseDateFormat(const QString& text, importing::ImportSettings& settings)
{
    const QString t = text.trimmed().toUpper();
    if (t.isEmpty())
        return {};
    if (t == QLatin1String("YMD") || t == QLatin1String("YYYY-MM-DD") || t == QLatin1String("ISO"))
        settings.dateOrder = csv::DateOrder::YearMonthDay;
    else if (t == QLatin1String("DMY") || t == QLatin1String("DD/MM/YYYY") || t == QLatin1String("DD.MM.YYYY")
        || t == QLatin1String("DD-MM-YYYY"))
        settings.dateOrder = csv::DateOrder::DayMonthYear;
    else if (t == QLatin1String("MDY") || t == QLatin1String("MM/DD/YYYY") || t == QLatin1String("MM-DD-YYYY"))
        settings.dateOrder = csv::DateOrder::MonthDayYear;
    else
        return Cli::tr("--date-format takes dmy (DD/MM/YYYY), mdy (MM/DD/YYYY) or ymd (YYYY-MM-DD), not \"%1\".")
            .arg(text);
    return {};
}

QString parseDuplicatePolicy(const QString& text, importing::ImportSettings& settings)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("update"))
        settings.onDuplicate = importing::DuplicatePolicy::Update;
    else if (t == QLatin1String("skip"))
        settings.onDuplicate = importing::DuplicatePolicy::Skip;
    else if (t == QLatin1String("fill"))
        settings.onDuplicate = importing::DuplicatePolicy::FillEmpty;
    else
        return Cli::tr("--on-duplicate takes update, skip or fill, not \"%1\".").arg(text);
    return {};
}

int runImport(const QString& dbPath, ImportCommand command)
{
    std::optional<domain::ImportKind> kind;
    if (command.kind == QLatin1String("customers") || command.kind == QLatin1String("advocates"))
        kind = domain::ImportKind::Advocates;
    else if (command.kind == QLatin1String("referrals") || command.kind == QLatin1String("orders"))
        kind = domain::ImportKind::Referrals;
    else if (command.kind == QLatin1String("mentions"))
        kind = domain::ImportKind::Mentions;
    if (!kind) {
        err(Cli::tr("Say what the file holds: customers, referrals (or orders) or mentions, not \"%1\".")
                .arg(command.kind));
        return Usage;
    }
    const QStringList keys = importing::ImportKinds::keys(*kind);
    command.settings.kind = *kind;
    QFile file(command.file);
    if (!file.open(QIODevice::ReadOnly)) {
        err(Cli::tr("\"%1\" cannot be read: %2").arg(QDir::toNativeSeparators(command.file), file.errorString()));
        return Failed;
    }
    auto database = openForChanges(dbPath, readOnlyMessage());
    if (!database)
        return Refused;
    QSqlDatabase db = database->connection();

    if (!command.mapping.isEmpty()) {
        // A saved preset by name, or the mapping written out on the command line.
        auto preset = importing::MappingPresets::load(db, command.mapping);
        if (!preset) {
            err(preset.error().message);
            return Failed;
        }
        std::optional<importing::MappingPreset> chosen = preset.value();
        if (!chosen) {
            if (!command.mapping.contains(QLatin1Char('='))) {
                const auto names = importing::MappingPresets::names(db);
                err(Cli::tr("There is no saved column mapping called \"%1\". Saved mappings: %2.")
                        .arg(command.mapping,
                            names && !names->isEmpty() ? names->join(QLatin1String(", ")) : Cli::tr("none")));
                return Usage;
            }
            auto parsed = importing::MappingPresets::parse(command.mapping, keys);
            if (!parsed) {
                err(parsed.error().message);
                return Usage;
            }
            chosen = parsed.value();
        }
        // The headings are matched against the file's own header, read with the same settings.
        auto preview = importing::ImportPreview::read(file, command.settings);
        if (!preview) {
            err(preview.error().message);
            return Failed;
        }
        QStringList missing;
        if (*kind == domain::ImportKind::Advocates)
            command.settings.mapping = chosen->apply(preview->header, &missing);
        else
            command.settings.columns = chosen->columnsIn(preview->header, &missing);
        if (!missing.isEmpty()) {
            err(Cli::tr("The file has no column called: %1.").arg(missing.join(QLatin1String(", "))));
            return Failed;
        }
        file.seek(0);
    }

    const SystemClock clock;
    ProgressPrinter printer;
    const auto progress = [&printer](const importing::ImportProgress& p) { printer(p); };
    const QString name = QFileInfo(command.file).fileName();
    const auto summary = importing::ImportKinds::run(*kind, db, clock, file, name, command.settings, progress);
    if (!summary) {
        err(summary.error().message);
        if (summary.error().field == QLatin1String("date_format"))
            err(Cli::tr("For example: --date-format dmy"));
        return Failed;
    }
    const importing::ImportSummary& s = summary.value();
    if (command.json) {
        QJsonObject json {{QStringLiteral("batch"), s.dryRun ? QJsonValue() : QJsonValue(s.batchId)},
            {QStringLiteral("dry_run"), s.dryRun}, {QStringLiteral("rows"), s.rows},
            {QStringLiteral("created"), s.created}, {QStringLiteral("updated"), s.updated},
            {QStringLiteral("skipped"), s.skipped}, {QStringLiteral("rejected"), s.rejected},
            {QStringLiteral("errors"), issuesJson(s.errors)}, {QStringLiteral("notices"), issuesJson(s.notices)},
            {QStringLiteral("issues_left_out"), s.issuesLeftOut}, {QStringLiteral("encoding"), s.encoding},
            {QStringLiteral("delimiter"), QString(s.delimiter)}};
        out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        return Ok;
    }
    const QLocale locale;
    out(s.dryRun ? Cli::tr("Dry run of %1 (%2, delimiter %3): nothing was changed.")
                       .arg(QFileInfo(command.file).fileName(), s.encoding, delimiterName(s.delimiter))
                 : Cli::tr("Imported %1 (%2, delimiter %3) as import %4.")
                       .arg(QFileInfo(command.file).fileName(), s.encoding, delimiterName(s.delimiter))
                       .arg(s.batchId));
    const std::pair<QString, qint64> counts[] = {{Cli::tr("Rows"), s.rows}, {Cli::tr("Created"), s.created},
        {Cli::tr("Updated"), s.updated}, {Cli::tr("Skipped"), s.skipped}, {Cli::tr("Rejected"), s.rejected}};
    for (const auto& [label, n] : counts)
        out(QStringLiteral("  %1 %2").arg(label + QLatin1Char(':'), -10).arg(locale.toString(n), 12));
    constexpr size_t kShown = 20;
    if (!s.errors.empty()) {
        out(Cli::tr("Rejected rows:"));
        for (size_t i = 0; i < std::min(kShown, s.errors.size()); ++i)
            out(issueLine(s.errors[i]));
        if (s.errors.size() > kShown || s.issuesLeftOut > 0)
            out(Cli::tr("  … and more; --rejected-out FILE writes every rejected row with its reason."));
    }
    if (!s.notices.empty()) {
        out(Cli::tr("Imported with a remark:"));
        for (size_t i = 0; i < std::min(kShown, s.notices.size()); ++i)
            out(issueLine(s.notices[i]));
    }
    if (!s.dryRun)
        out(Cli::tr("To take this import back: grapevine-cli --db \"%1\" undo-import %2")
                .arg(QDir::toNativeSeparators(database->path()))
                .arg(s.batchId));
    return Ok;
}

int runUndoImport(const QString& dbPath, const QString& batch)
{
    bool ok = false;
    const qint64 id = batch.trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        err(Cli::tr("undo-import needs the number of an import (see grapevine-cli imports), not \"%1\".").arg(batch));
        return Usage;
    }
    auto database = openForChanges(dbPath, readOnlyMessage());
    if (!database)
        return Refused;
    const SystemClock clock;
    importing::ImportUndo undo(database->connection(), clock);
    const auto done = undo.undo(id);
    if (!done) {
        err(done.error().message);
        return Failed;
    }
    out(Cli::tr("Import %1 undone: %2 records deleted, %3 put back as they were.")
            .arg(id)
            .arg(done->deleted)
            .arg(done->restored));
    if (done->keptEdits > 0)
        out(Cli::tr("%1 values edited after the import were kept.").arg(done->keptEdits));
    return Ok;
}

int runImportHistory(const QString& dbPath)
{
    auto database = openDatabase(dbPath);
    if (!database)
        return Refused;
    QSqlQuery q(database->connection());
    if (!q.exec(QStringLiteral("SELECT id, started_at, kind, status, rows_total, rows_inserted, rows_updated, "
                               "rows_skipped, rows_failed, file_name FROM import_batches ORDER BY id"))) {
        err(Cli::tr("The import history cannot be read."));
        return Failed;
    }
    out(Cli::tr("  #  started (local time)  kind       status      rows  created  updated  skipped  rejected  file"));
    while (q.next()) {
        const QDateTime started = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC).toLocalTime();
        out(QStringLiteral("%1  %2  %3 %4 %5 %6 %7 %8 %9  %10")
                .arg(q.value(0).toLongLong(), 3)
                .arg(started.toString(QStringLiteral("yyyy-MM-dd HH:mm")), -20)
                .arg(q.value(2).toString(), -10)
                .arg(q.value(3).toString(), -9)
                .arg(q.value(4).toLongLong(), 7)
                .arg(q.value(5).toLongLong(), 8)
                .arg(q.value(6).toLongLong(), 8)
                .arg(q.value(7).toLongLong(), 8)
                .arg(q.value(8).toLongLong(), 9)
                .arg(q.value(9).toString()));
    }
    return Ok;
}

} // namespace grapevine::cli
