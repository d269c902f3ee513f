// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentionCommands.h"

#include <QCoreApplication>

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
    , m_stamp(m_after.updatedAt)
{ }

Status EditMentionCommand::doUndo()
{
    return writeOver(m_before);
}

Status EditMentionCommand::doRedo()
{
    return writeOver(m_after);
}

Status EditMentionCommand::writeOver(Mention m)
{
    m.updatedAt = m_stamp;
    Status done = store::MentionStore(m_context.db, *m_context.clock).update(m);
    if (done) {
        m_stamp = m.updatedAt;
        return done;
    }
    if (done.error().code != Error::Code::Stale)
        return done;
    return Error {Error::Code::Stale,
        QCoreApplication::translate("MentionCommands",
            "This mention was changed elsewhere (in another Grapevine window or by an import) after this step, "
            "so undoing or redoing it now would throw that change away. Nothing was changed.")};
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
