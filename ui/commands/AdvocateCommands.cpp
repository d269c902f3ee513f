// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvocateCommands.h"

#include <QCoreApplication>

#include "domain/Clock.h"
#include "store/AdvocateStore.h"

namespace grapevine::ui {

AdvocateCommand::AdvocateCommand(CommandContext context, const QString& text, QList<qint64> ids)
    : QUndoCommand(text)
    , m_context(std::move(context))
    , m_ids(std::move(ids))
{ }

void AdvocateCommand::undo()
{
    const Status done = doUndo();
    if (!done) {
        setObsolete(true);
        if (m_context.failed)
            m_context.failed(done.error().message);
    }
    if (m_context.changed)
        m_context.changed(m_ids);
}

void AdvocateCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    const Status done = doRedo();
    if (!done) {
        setObsolete(true);
        if (m_context.failed)
            m_context.failed(done.error().message);
    }
    if (m_context.changed)
        m_context.changed(m_ids);
}

AddAdvocateCommand::AddAdvocateCommand(CommandContext context, const domain::Advocate& added)
    : AdvocateCommand(std::move(context),
        QCoreApplication::translate("AdvocateCommands", "Add “%1”").arg(added.displayName()), {added.id})
{ }

Status AddAdvocateCommand::doUndo()
{
    return m_context.execute(text(), [this](QSqlDatabase db) -> Status {
        auto removed = store::AdvocateSnapshot::remove(db, m_ids);
        if (!removed)
            return removed.error();
        m_snapshot = std::move(removed).value();
        return {};
    });
}

Status AddAdvocateCommand::doRedo()
{
    return m_context.execute(text(), [this](QSqlDatabase db) { return m_snapshot.restore(db); });
}

EditAdvocateCommand::EditAdvocateCommand(CommandContext context, domain::Advocate before, domain::Advocate after)
    : AdvocateCommand(std::move(context),
        QCoreApplication::translate("AdvocateCommands", "Edit “%1”").arg(after.displayName()), {after.id})
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

Status EditAdvocateCommand::doUndo()
{
    return store::AdvocateStore(m_context.db, *m_context.clock).overwrite(m_before, m_after.updatedAt);
}

Status EditAdvocateCommand::doRedo()
{
    return store::AdvocateStore(m_context.db, *m_context.clock).overwrite(m_after, m_before.updatedAt);
}

DeleteAdvocatesCommand::DeleteAdvocatesCommand(CommandContext context, store::AdvocateSnapshot removed)
    : AdvocateCommand(std::move(context),
        QCoreApplication::translate(
            "AdvocateCommands", "Delete %Ln advocate(s)", nullptr, static_cast<int>(removed.advocateIds().size())),
        removed.advocateIds())
    , m_snapshot(std::move(removed))
{ }

Status DeleteAdvocatesCommand::doUndo()
{
    return m_context.execute(QCoreApplication::translate("AdvocateCommands", "Putting the advocates back…"),
        [this](QSqlDatabase db) { return m_snapshot.restore(db); });
}

Status DeleteAdvocatesCommand::doRedo()
{
    return m_context.execute(QCoreApplication::translate("AdvocateCommands", "Deleting the advocates again…"),
        [this](QSqlDatabase db) { return m_snapshot.removeCaptured(db); });
}

BulkAdvocatesCommand::BulkAdvocatesCommand(CommandContext context, const QString& text, QList<qint64> ids,
    store::AdvocateStamps before, store::AdvocateStamps after)
    : AdvocateCommand(std::move(context), text, std::move(ids))
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

Status BulkAdvocatesCommand::doUndo()
{
    return m_before.restore(m_context.db, &m_after);
}

Status BulkAdvocatesCommand::doRedo()
{
    return m_after.restore(m_context.db, &m_before);
}

} // namespace grapevine::ui
