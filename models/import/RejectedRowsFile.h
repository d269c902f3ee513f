// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "domain/Result.h"

namespace grapevine::importing {

/// Writes the rows an import rejected as a CSV to fix and import again: a first column with the
/// reason, then the original columns exactly as the file had them (a row with a value too few
/// stays that way, so it is rejected again until fixed, never imported shifted).
class RejectedRowsFile final
{
    Q_DECLARE_TR_FUNCTIONS(RejectedRowsFile)

public:
    /// From the batch's stored row errors; returns how many rows were written. Atomic: the file
    /// appears whole or not at all.
    static Result<qint64> write(QSqlDatabase db, qint64 batchId, const QString& path);
};

} // namespace grapevine::importing
