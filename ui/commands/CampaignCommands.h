// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CampaignCost.h"

#include <QUndoCommand>

#include "AdvocateCommands.h"
#include "store/CampaignSnapshot.h"

namespace grapevine::ui {

/// Base of the campaign commands, like AdvocateCommand: pushed after the action succeeded, so
/// the first redo() does nothing; a later undo or redo that fails tells the user and makes the
/// command obsolete. `changed` receives the campaign's id.
class CampaignCommand : public QUndoCommand
{
public:
    void undo() final;
    void redo() final;

protected:
    CampaignCommand(CommandContext context, const QString& text, qint64 campaignId);
    virtual Status doUndo() = 0;
    virtual Status doRedo() = 0;

    CommandContext m_context;
    qint64 m_campaignId;

private:
    void report(const Status& done);

    bool m_firstRedo = true;
};

/// Creating a campaign. Undo deletes it again (refused once it has referrals); redo puts back
/// the very same row, milestones and any costs added in between.
class CreateCampaignCommand final : public CampaignCommand
{
public:
    CreateCampaignCommand(CommandContext context, qint64 campaignId, const QString& name);

private:
    Status doUndo() override;
    Status doRedo() override;
    store::CampaignSnapshot m_snapshot;
};

/// Any change of a campaign's fields or status: both versions are kept whole, as stored.
class EditCampaignCommand final : public CampaignCommand
{
public:
    EditCampaignCommand(
        CommandContext context, const QString& text, store::CampaignSnapshot before, store::CampaignSnapshot after);

private:
    Status doUndo() override;
    Status doRedo() override;
    store::CampaignSnapshot m_before;
    store::CampaignSnapshot m_after;
};

/// Deleting a campaign; undo restores it with the same id, milestones, costs and mention links.
class DeleteCampaignCommand final : public CampaignCommand
{
public:
    DeleteCampaignCommand(CommandContext context, store::CampaignSnapshot removed);

private:
    Status doUndo() override;
    Status doRedo() override;
    store::CampaignSnapshot m_snapshot;
};

/// A cost recorded on a campaign; undo removes it again.
class AddCampaignCostCommand final : public CampaignCommand
{
public:
    AddCampaignCostCommand(CommandContext context, domain::CampaignCost added);

private:
    Status doUndo() override;
    Status doRedo() override;
    domain::CampaignCost m_cost;
};

/// A campaign cost removed; undo puts it back under its old id.
class RemoveCampaignCostCommand final : public CampaignCommand
{
public:
    RemoveCampaignCostCommand(CommandContext context, domain::CampaignCost removed);

private:
    Status doUndo() override;
    Status doRedo() override;
    domain::CampaignCost m_cost;
};

} // namespace grapevine::ui
