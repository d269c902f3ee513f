// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "domain/Result.h"

namespace grapevine {
class Clock;
}

namespace grapevine::importing {

/// What undoing an import would do, for the confirmation.
struct UndoCheck
{
    qint64 created = 0; ///< records the import created: undo deletes them
    qint64 changed = 0; ///< records it changed: undo puts their old values back
    qint64 inUse = 0; ///< created advocates that have referrals or rewards since: undo refuses
    qint64 editedSince = 0; ///< created records edited after the import: deleted all the same
};

struct UndoResult
{
    qint64 deleted = 0;
    qint64 restored = 0;
    /// Values the import wrote that were edited since: those edits are kept.
    qint64 keptEdits = 0;
};

/// Takes an import back as a whole: the records it created are deleted, and the values it
/// changed in existing records are put back, except where someone has changed them since.
class ImportUndo final
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndo)

public:
    ImportUndo(QSqlDatabase db, const Clock& clock);

    Result<UndoCheck> check(qint64 batchId) const;
    /// All or nothing, in one transaction. Refused when the batch is not a completed import, or
    /// when advocates it created have referrals or rewards (deleting them would delete those).
    Result<UndoResult> undo(qint64 batchId);

private:
    Status checkBatch(qint64 batchId) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace grapevine::importing
