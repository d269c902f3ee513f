// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <vector>

#include <QString>

#include "csv/ColumnMatcher.h"
#include "csv/ValueParsers.h"
#include "domain/ImportBatch.h"

namespace grapevine::importing {

/// What to do with a row whose person (normalised e-mail) is already an advocate.
enum class DuplicatePolicy {
    Update, ///< the file's non-empty values replace the stored ones
    Skip, ///< the stored advocate is left as it is
    FillEmpty, ///< only fields that are empty in the database are filled in
};

/// What the user chose; everything left unset is detected from the file.
struct ImportSettings
{
    /// What the file holds; the import that runs decides (a CustomerImport reads customers),
    /// this tells the preview which fields to match.
    domain::ImportKind kind = domain::ImportKind::Advocates;
    std::optional<QString> encoding;
    std::optional<QChar> delimiter;
    std::optional<bool> hasHeader;
    std::optional<csv::ColumnMapping> mapping; ///< customers
    std::optional<std::map<QString, int>> columns; ///< other kinds: field key → column
    std::optional<csv::DateOrder> dateOrder;
    /// '.' or ','; null: each amount decides (the usual case when a column mixes "12" and "12.50")
    QChar decimal;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Update;
    /// Does everything and then rolls it all back: the counts and reasons are exact.
    bool dryRun = false;
    /// When set, the rejected rows go to this CSV: the original columns plus the reason.
    QString rejectedOutPath;
};

/// A problem with one row of the file; `row` is the file's line number where the row starts.
struct ImportIssue
{
    qint64 row = 0;
    QString column;
    QString message;
};

enum class RowOutcome {
    Created,
    Updated,
    Skipped,
    Rejected
};

/// What happened to one row, with the reason in words ("Updated: phone, notes").
struct RowReport
{
    qint64 row = 0;
    RowOutcome outcome = RowOutcome::Created;
    QString detail;
};

struct ImportSummary
{
    qint64 batchId = 0; ///< 0 for a dry run or a cancelled import: nothing was kept
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    bool dryRun = false;
    bool cancelled = false;
    /// Why rows were rejected, one entry per problem (a row can have several); the first
    /// kMaxIssues only, `issuesLeftOut` counts the rest.
    std::vector<ImportIssue> errors;
    /// Rows that were imported but with a remark (a referrer that is not in the database).
    std::vector<ImportIssue> notices;
    qint64 issuesLeftOut = 0;
    /// The first kMaxReports rows, each with what happened to it, for the dry-run table.
    std::vector<RowReport> reports;
    QString encoding;
    QChar delimiter;

    static constexpr size_t kMaxIssues = 10000;
    static constexpr size_t kMaxReports = 1000;
};

struct ImportProgress
{
    qint64 rows = 0;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0; ///< 0 when the size is not known
};

using ImportProgressCallback = std::function<void(const ImportProgress&)>;
using ImportCancelFlag = std::atomic<bool>;

} // namespace grapevine::importing
