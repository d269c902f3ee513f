// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QSqlDatabase>

#include "domain/ImportBatch.h"
#include "domain/Result.h"

namespace grapevine {
class Clock;
}

namespace grapevine::store {

/// Reads and writes import batches and the rows each one could not take.
class ImportBatchStore final
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatchStore)

public:
    ImportBatchStore(QSqlDatabase db, const Clock& clock);

    /// Stores a new batch; fills in id and startedAt (unless the caller set it).
    Status create(domain::ImportBatch& batch);
    Result<domain::ImportBatch> get(qint64 id) const;
    /// Writes every field of an existing batch (counts, status, finish and undo times).
    Status update(domain::ImportBatch& batch);
    /// Deletes the batch and its row errors. Records it imported stay, no longer linked to it.
    Status remove(qint64 id);

    /// Records a row the batch could not take; fills in error.id.
    Status addRowError(domain::ImportRowError& error);
    /// The batch's row errors in file order (row number, then id).
    Result<std::vector<domain::ImportRowError>> rowErrors(qint64 batchId) const;

private:
    Status validate(const domain::ImportBatch& batch) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace grapevine::store
