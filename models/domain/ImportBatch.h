// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include <QDateTime>
#include <QString>

#include "EnumKeys.h"

namespace grapevine::domain {

enum class ImportKind {
    Advocates,
    Referrals,
    Orders,
    Mentions
};

enum class ImportStatus {
    Running,
    Completed,
    Cancelled,
    Failed,
    Undone
};

template <>
struct EnumKeys<ImportKind>
{
    static constexpr std::pair<ImportKind, const char*> table[] = {{ImportKind::Advocates, "advocates"},
        {ImportKind::Referrals, "referrals"}, {ImportKind::Orders, "orders"}, {ImportKind::Mentions, "mentions"}};
};

template <>
struct EnumKeys<ImportStatus>
{
    static constexpr std::pair<ImportStatus, const char*> table[]
        = {{ImportStatus::Running, "running"}, {ImportStatus::Completed, "completed"},
            {ImportStatus::Cancelled, "cancelled"}, {ImportStatus::Failed, "failed"}, {ImportStatus::Undone, "undone"}};
};

/// One run of an import: what came from which file, so it can be reviewed and undone whole.
struct ImportBatch
{
    qint64 id = 0;
    ImportKind kind = ImportKind::Advocates;
    QString fileName;
    QString encoding;
    QString delimiter;
    QString mappingJson = QStringLiteral("{}");
    ImportStatus status = ImportStatus::Running;
    qint64 rowsTotal = 0;
    qint64 rowsInserted = 0;
    qint64 rowsUpdated = 0;
    qint64 rowsSkipped = 0;
    qint64 rowsFailed = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime undoneAt;
};

/// A row of an import file that could not be taken, and why.
struct ImportRowError
{
    qint64 id = 0;
    qint64 batchId = 0;
    qint64 rowNumber = 0; ///< line in the file, counting embedded line breaks, 1 = first line
    QString columnName;
    QString message;
    QString rawLine;
};

} // namespace grapevine::domain
