// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include "AdvocateCommands.h"
#include "domain/Mention.h"

namespace grapevine::ui {

/// Base of the mention commands, like CampaignCommand: pushed after the action succeeded, so
/// the first redo() does nothing; a later undo or redo that fails tells the user and makes the
/// command obsolete. `changed` receives the mention's id.
class MentionCommand : public QUndoCommand
{
public:
    void undo() final;
    void redo() final;

protected:
    MentionCommand(CommandContext context, const QString& text, qint64 mentionId);
    virtual Status doUndo() = 0;
    virtual Status doRedo() = 0;

    CommandContext m_context;
    qint64 m_mentionId;

private:
    void report(const Status& done);

    bool m_firstRedo = true;
};

/// Logging a mention. Undo removes it (as it is then, answers included); redo puts back the
/// very same row, with its id, so later commands on the stack still find it.
class LogMentionCommand final : public MentionCommand
{
public:
    LogMentionCommand(CommandContext context, const QString& text, qint64 mentionId);

private:
    Status doUndo() override;
    Status doRedo() override;
    domain::Mention m_snapshot;
};

/// Any change of one mention (a response, resolving, reopening, a testimonial): both versions
/// are kept whole, as stored.
class EditMentionCommand final : public MentionCommand
{
public:
    EditMentionCommand(CommandContext context, const QString& text, domain::Mention before, domain::Mention after);

private:
    Status doUndo() override;
    Status doRedo() override;
    Status writeOver(domain::Mention m);
    domain::Mention m_before;
    domain::Mention m_after;
    /// The mention's stamp as this step last left it: undo and redo refuse to run over a
    /// save made elsewhere since.
    QDateTime m_stamp;
};

/// Deleting a mention; undo puts it back with the same id and every field.
class DeleteMentionCommand final : public MentionCommand
{
public:
    DeleteMentionCommand(CommandContext context, const QString& text, domain::Mention removed);

private:
    Status doUndo() override;
    Status doRedo() override;
    domain::Mention m_snapshot;
};

} // namespace grapevine::ui
