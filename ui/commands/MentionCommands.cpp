// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentionCommands.h"

#include "domain/Clock.h"
#include "store/MentionStore.h"

namespace grapevine::ui {

using domain::Mention;

MentionCommand::MentionCommand(CommandContext context, const QString& text, qint64 mentionId)
    : QUndoCommand(text)
    , m_context(std::move(context))
    , m_mentionId(mentionId)
{ }

void MentionCommand::undo()
{
    report(doUndo());
}

void MentionCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    report(doRedo());
}

void MentionCommand::report(const Status& done)
{
    if (!done) {
        setObsolete(true);
        if (m_context.failed)
            m_context.failed(done.error().message);
    }
    if (m_context.changed)
        m_context.changed({m_mentionId});
}

LogMentionCommand::LogMentionCommand(CommandContext context, const QString& text, qint64 mentionId)
    : MentionCommand(std::move(context), text, mentionId)
{ }

Status LogMentionCommand::doUndo()
{
    // Captured now, not when it was logged: an answer given since comes back with a redo.
    store::MentionStore mentions(m_context.db, *m_context.clock);
    Result<Mention> current = mentions.get(m_mentionId);
    if (!current)
        return current.error();
    if (Status removed = mentions.remove(m_mentionId); !removed)
        return removed;
    m_snapshot = std::move(current).value();
    return {};
}

Status LogMentionCommand::doRedo()
{
    return store::MentionStore(m_context.db, *m_context.clock).restore(m_snapshot);
}

EditMentionCommand::EditMentionCommand(CommandContext context, const QString& text, Mention before, Mention after)
    : MentionCommand(std::move(context), text, after.id)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

Status EditMentionCommand::doUndo()
{
    Mention m = m_before;
    return store::MentionStore(m_context.db, *m_context.clock).update(m);
}

Status EditMentionCommand::doRedo()
{
    Mention m = m_after;
    return store::MentionStore(m_context.db, *m_context.clock).update(m);
}

DeleteMentionCommand::DeleteMentionCommand(CommandContext context, const QString& text, Mention removed)
    : MentionCommand(std::move(context), text, removed.id)
    , m_snapshot(std::move(removed))
{ }

Status DeleteMentionCommand::doUndo()
{
    return store::MentionStore(m_context.db, *m_context.clock).restore(m_snapshot);
}

Status DeleteMentionCommand::doRedo()
{
    store::MentionStore mentions(m_context.db, *m_context.clock);
    Result<Mention> current = mentions.get(m_mentionId);
    if (!current)
        return current.error();
    if (Status removed = mentions.remove(m_mentionId); !removed)
        return removed;
    m_snapshot = std::move(current).value();
    return {};
}

} // namespace grapevine::ui
