// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QSqlDatabase>
#include <QUndoCommand>

#include "domain/Advocate.h"
#include "store/AdvocateSnapshot.h"
#include "store/AdvocateStamps.h"

namespace grapevine {
class Clock;
}

namespace grapevine::ui {

/// What every advocate command needs: where to write, and whom to tell.
struct CommandContext
{
    QSqlDatabase db;
    const Clock* clock = nullptr;
    std::function<void(const QList<qint64>& changedIds)> changed; ///< refresh the views
    std::function<void(const QString& message)> failed; ///< tell the user
    /// Runs long work (snapshots of many advocates) on a worker connection while the window
    /// stays alive; empty: run it on `db` directly.
    std::function<Status(const QString& label, const std::function<Status(QSqlDatabase)>& work)> run;

    /// `work` through `run` when there is one, else on `db`.
    Status execute(const QString& label, const std::function<Status(QSqlDatabase)>& work) const
    {
        return run ? run(label, work) : work(db);
    }
};

/// Base of the advocate commands. Each is pushed after its action already succeeded (so a
/// failure never lands on the stack), which is why the first redo() does nothing. A later
/// undo or redo that fails tells the user and makes the command obsolete, so the stack
/// drops it instead of pretending.
class AdvocateCommand : public QUndoCommand
{
public:
    void undo() final;
    void redo() final;

protected:
    AdvocateCommand(CommandContext context, const QString& text, QList<qint64> ids);
    virtual Status doUndo() = 0;
    virtual Status doRedo() = 0;

    CommandContext m_context;
    QList<qint64> m_ids;

private:
    bool m_firstRedo = true;
};

/// Adding one advocate. Undo deletes them (with anything added to them since), redo restores
/// the very same row.
class AddAdvocateCommand final : public AdvocateCommand
{
public:
    AddAdvocateCommand(CommandContext context, const domain::Advocate& added);

private:
    Status doUndo() override;
    Status doRedo() override;
    store::AdvocateSnapshot m_snapshot;
};

/// Changing the fields of one advocate: both versions are kept whole.
class EditAdvocateCommand final : public AdvocateCommand
{
public:
    EditAdvocateCommand(CommandContext context, domain::Advocate before, domain::Advocate after);

private:
    Status doUndo() override;
    Status doRedo() override;
    domain::Advocate m_before;
    domain::Advocate m_after;
};

/// Deleting advocates with everything that went with them (referrals, rewards, links).
class DeleteAdvocatesCommand final : public AdvocateCommand
{
public:
    DeleteAdvocatesCommand(CommandContext context, store::AdvocateSnapshot removed);

private:
    Status doUndo() override;
    Status doRedo() override;
    store::AdvocateSnapshot m_snapshot;
};

/// A bulk change of kinds or tags, undone and redone from the state before and after.
class BulkAdvocatesCommand final : public AdvocateCommand
{
public:
    BulkAdvocatesCommand(CommandContext context, const QString& text, QList<qint64> ids, store::AdvocateStamps before,
        store::AdvocateStamps after);

private:
    Status doUndo() override;
    Status doRedo() override;
    store::AdvocateStamps m_before;
    store::AdvocateStamps m_after;
};

} // namespace grapevine::ui
