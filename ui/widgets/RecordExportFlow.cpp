// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordExportFlow.h"

#include <climits>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "BackgroundTask.h"
#include "CountForTr.h"
#include "ProgressTask.h"
#include "Prompter.h"
#include "db/Database.h"
#include "domain/Clock.h"

namespace grapevine::ui {

using exporting::RecordExport;
using exporting::RecordExportOptions;
using exporting::RecordKind;

namespace {

/// The file name offered, without the extension; %1 is today's date.
QString baseName(RecordKind kind, const QString& date)
{
    switch (kind) {
    case RecordKind::Referrals:
        //: A file name; %1 is today's date (2026-11-22)
        return RecordExportFlow::tr("referrals-%1").arg(date);
    case RecordKind::Rewards:
        //: A file name; %1 is today's date (2026-11-22)
        return RecordExportFlow::tr("rewards-%1").arg(date);
    case RecordKind::Mentions:
        //: A file name; %1 is today's date (2026-11-22)
        return RecordExportFlow::tr("mentions-%1").arg(date);
    case RecordKind::Advocates:
        break;
    }
    //: A file name; %1 is today's date (2026-11-22)
    return RecordExportFlow::tr("advocates-%1").arg(date);
}

QString countingText(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Referrals:
        return RecordExportFlow::tr("Counting the referrals…");
    case RecordKind::Rewards:
        return RecordExportFlow::tr("Counting the rewards…");
    case RecordKind::Mentions:
        return RecordExportFlow::tr("Counting the mentions…");
    case RecordKind::Advocates:
        break;
    }
    return RecordExportFlow::tr("Counting the advocates…");
}

QString exportingText(RecordKind kind, const QString& file)
{
    switch (kind) {
    case RecordKind::Referrals:
        return RecordExportFlow::tr("Exporting the referrals to “%1”…").arg(file);
    case RecordKind::Rewards:
        return RecordExportFlow::tr("Exporting the rewards to “%1”…").arg(file);
    case RecordKind::Mentions:
        return RecordExportFlow::tr("Exporting the mentions to “%1”…").arg(file);
    case RecordKind::Advocates:
        break;
    }
    return RecordExportFlow::tr("Exporting the advocates to “%1”…").arg(file);
}

QString savedText(RecordKind kind, qint64 n, const QString& path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (kind) {
    case RecordKind::Referrals:
        return RecordExportFlow::tr("Saved %Ln referral(s) to “%1”.", nullptr, clampCount(n)).arg(file);
    case RecordKind::Rewards:
        return RecordExportFlow::tr("Saved %Ln reward(s) to “%1”.", nullptr, clampCount(n)).arg(file);
    case RecordKind::Mentions:
        return RecordExportFlow::tr("Saved %Ln mention(s) to “%1”.", nullptr, clampCount(n)).arg(file);
    case RecordKind::Advocates:
        break;
    }
    return RecordExportFlow::tr("Saved %Ln advocate(s) to “%1”.", nullptr, clampCount(n)).arg(file);
}

} // namespace

RecordExportFlow::RecordExportFlow(Settings& settings, Prompter& prompter, FileChooser& files, const Clock& clock)
    : m_settings(settings)
    , m_prompter(prompter)
    , m_files(files)
    , m_clock(clock)
{ }

void RecordExportFlow::setOptionsAsker(ExportOptionsAsker* asker)
{
    m_asker = asker ? asker : &m_dialogAsker;
}

RecordExportOptions RecordExportFlow::withoutFilter(RecordKind kind, const RecordExportOptions& view)
{
    RecordExportOptions all = view;
    switch (kind) {
    case RecordKind::Advocates:
        if (all.advocates) {
            all.advocates->filter = {};
            all.advocates->denseSearch = false;
        }
        break;
    case RecordKind::Referrals:
        all.referrals.reset();
        break;
    case RecordKind::Rewards:
        all.rewards.reset();
        break;
    case RecordKind::Mentions:
        if (all.mentions)
            all.mentions->filter = {};
        break;
    }
    return all;
}

std::optional<qint64> RecordExportFlow::run(QWidget* parent, db::Database& database, RecordKind kind,
    const RecordExportOptions& view, bool filtered, qint64 shown)
{
    const QString title = exporting::RecordExport::title(kind);
    RecordExportOptions current = view;
    if (!current.now.isValid())
        current.now = m_clock.nowUtc();
    const RecordExportOptions all = withoutFilter(kind, current);

    ExportQuestion question;
    question.kind = kind;
    question.filtered = filtered;
    question.shown = filtered ? shown : -1;
    question.format = ExportOptionsDialog::rememberedFormat(m_settings);
    if (filtered) {
        // The counts read every row a filter matches (a second for a search over a million
        // referrals): on a thread of its own, with the window kept painted.
        const Status counted = runInBackground(parent, database, countingText(kind), [&](QSqlDatabase connection) {
            const Result<qint64> total = RecordExport::count(connection, kind, all);
            if (!total)
                return Status(total.error());
            question.total = total.value();
            if (question.shown < 0) {
                const Result<qint64> matching = RecordExport::count(connection, kind, current);
                if (!matching)
                    return Status(matching.error());
                question.shown = matching.value();
            }
            return Status();
        });
        if (!counted) {
            m_prompter.warning(parent, title, counted.error().message);
            return std::nullopt;
        }
    }

    const std::optional<ExportAnswer> answer = m_asker->ask(parent, question);
    if (!answer)
        return std::nullopt;
    ExportOptionsDialog::rememberFormat(m_settings, answer->format);
    RecordExportOptions options = filtered && answer->onlyShown ? current : all;
    options.csv = answer->format;

    // Excel reads a .csv with its own idea of the delimiter; tab-separated files say so by name.
    const bool tabs = answer->format.delimiter == QLatin1Char('\t');
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = baseName(kind, m_clock.nowUtc().toLocalTime().date().toString(Qt::ISODate))
        + (tabs ? QStringLiteral(".tsv") : QStringLiteral(".csv"));
    const QString path = m_files.saveFile(parent, title, QDir(documents).filePath(name),
        tabs ? tr("Tab-separated files (*.tsv *.txt);;All files (*)") : tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;

    Result<exporting::ExportOutcome> outcome = exporting::ExportOutcome {};
    const Status ran = runWithProgress(parent, database, exportingText(kind, QFileInfo(path).fileName()),
        [&](QSqlDatabase connection, const exporting::ProgressCallback& progress, const exporting::CancelFlag& cancel) {
            outcome = RecordExport::write(connection, kind, path, options, progress, &cancel);
            return outcome ? Status() : Status(outcome.error());
        });
    if (!ran) {
        m_prompter.warning(parent, title, ran.error().message);
        return std::nullopt;
    }
    // Cancelled: the person knows, and no file was written.
    if (outcome->cancelled)
        return std::nullopt;
    m_prompter.information(parent, title, savedText(kind, outcome->written, path));
    return outcome->written;
}

} // namespace grapevine::ui
