// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "domain/Result.h"
#include "export/CsvWriter.h"
#include "export/ExportProgress.h"
#include "itemmodels/AdvocateQuery.h"
#include "itemmodels/MentionListModel.h"
#include "itemmodels/ReferralListModel.h"
#include "itemmodels/RewardListModel.h"

namespace grapevine::exporting {

/// The records that can be exported as CSV, one kind per page.
enum class RecordKind {
    Advocates,
    Referrals,
    Rewards,
    Mentions
};

/// The Mentions page's view: its filter and its sort.
struct MentionView
{
    itemmodels::MentionFilter filter;
    int sortColumn = itemmodels::MentionListModel::Occurred;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
};

/// How to export: the file's format, and which rows in which order.
struct RecordExportOptions
{
    CsvOptions csv;
    /// A page's view (its filter and order), so that the file holds exactly the rows the page
    /// shows, in the same order. Only the one of the kind exported is used; without it every
    /// record is exported: advocates by id, the others newest first as their pages list them.
    std::optional<itemmodels::AdvocateQuery> advocates;
    std::optional<itemmodels::ReferralFilter> referrals;
    std::optional<itemmodels::RewardFilter> rewards;
    std::optional<MentionView> mentions;
    /// "Now" for a filter that depends on it (mentions overdue for a response); invalid: the
    /// current time.
    QDateTime now;
    /// Read the rows through Qt's SQL driver even where SQLite's own API could be used. It is
    /// slower, and the way every export reads where Qt's driver has an SQLite of its own
    /// (Qt's installers for Windows and macOS); tests set it to check both ways agree.
    bool viaQtDriver = false;
};

/// Advocates, referrals, rewards and mentions as CSV files for spreadsheets and scripts.
///
/// The column names and the words in the cells (yes/no, statuses as their stored keys) are
/// English and fixed whatever the interface language: they are data, which scripts and the CSV
/// import read by name, not text for a person. Instants are ISO 8601 in UTC
/// (2026-11-22T09:30:00Z), money a plain decimal in the database's currency with its minor
/// digits (1234.50; 1234 for JPY), without symbol or grouping.
///
/// The advocates file imports again unchanged: its first columns carry names the CSV import
/// recognises (csv::ColumnMatcher), one per field an advocate has; the columns after them
/// (Kind, Status, counters…) are for reading only. Erased advocates are written as stored,
/// which the erase already stripped of personal data.
class RecordExport final
{
    Q_DECLARE_TR_FUNCTIONS(RecordExport)

public:
    /// The kind for the word a command line uses: "advocates", "referrals", "rewards" or
    /// "mentions" (any case); nothing for another word.
    static std::optional<RecordKind> parseKind(const QString& word);
    /// The word parseKind() reads for `kind` ("advocates").
    static QString kindWord(RecordKind kind);
    /// What an export of `kind` holds, in a sentence for the interface and --help (translated).
    static QString describe(RecordKind kind);
    /// "Export Referrals": the title of what exports them.
    static QString title(RecordKind kind);
    /// The header row of `kind`'s file.
    static QStringList header(RecordKind kind);

    /// How many rows the export of `kind` with `options` would write.
    static Result<qint64> count(QSqlDatabase db, RecordKind kind, const RecordExportOptions& options);

    /// Writes the records of `kind` to `path`, streaming them from one forward-only statement
    /// (one consistent snapshot; memory does not grow with rows). `progress`, when given, is
    /// called from this thread every few thousand rows with the total counted beforehand.
    /// Cancelling or a failure leaves no file, and an existing file at `path` untouched. The
    /// error names the file or says what could not be read.
    static Result<ExportOutcome> write(QSqlDatabase db, RecordKind kind, const QString& path,
        const RecordExportOptions& options, const ProgressCallback& progress = {}, const CancelFlag* cancel = nullptr);

    /// Whether write() reads `db` through SQLite's own API (fast) rather than through Qt's
    /// driver: true where Qt's driver uses the SQLite this program links (Linux distributions).
    static bool readsNatively(const QSqlDatabase& db);

    /// The SELECT that write() runs for `kind`, with the values to bind in order: the file's
    /// rows and columns with the values as stored (write() then formats dates and money), so
    /// that another program (the sqlite3 shell in bench/ExportBench.cpp) can read the same.
    static QString selectSql(RecordKind kind, const RecordExportOptions& options, QVariantList& binds);

    /// Minor units as a plain decimal with the currency's digits: -123450 → "-1234.50" (EUR),
    /// 1234 → "1234" (JPY).
    static QString plainMoney(qint64 minor, int minorDigits);
    /// Seconds since the epoch as ISO 8601 in UTC: "2026-11-22T09:30:00Z".
    static QString isoInstant(qint64 secondsSinceEpoch);
};

/// RecordExport::write() under the name the CLI and the pages call.
inline Result<ExportOutcome> exportRecords(QSqlDatabase db, RecordKind kind, const QString& path,
    const RecordExportOptions& options, const ProgressCallback& progress = {}, const CancelFlag* cancel = nullptr)
{
    return RecordExport::write(std::move(db), kind, path, options, progress, cancel);
}

} // namespace grapevine::exporting
