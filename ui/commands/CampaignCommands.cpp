// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignCommands.h"

#include <QCoreApplication>

#include "domain/Clock.h"
#include "store/CampaignCostStore.h"

namespace grapevine::ui {

CampaignCommand::CampaignCommand(CommandContext context, const QString& text, qint64 campaignId)
    : QUndoCommand(text)
    , m_context(std::move(context))
    , m_campaignId(campaignId)
{ }

void CampaignCommand::undo()
{
    report(doUndo());
}

void CampaignCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    report(doRedo());
}

void CampaignCommand::report(const Status& done)
{
    if (!done) {
        setObsolete(true);
        if (m_context.failed)
            m_context.failed(done.error().message);
    }
    if (m_context.changed)
        m_context.changed({m_campaignId});
}

CreateCampaignCommand::CreateCampaignCommand(CommandContext context, qint64 campaignId, const QString& name)
    : CampaignCommand(
        std::move(context), QCoreApplication::translate("CampaignCommands", "Create “%1”").arg(name), campaignId)
{ }

Status CreateCampaignCommand::doUndo()
{
    // Captured now, not at creation: costs recorded since must come back with a redo.
    auto removed = store::CampaignSnapshot::remove(m_context.db, *m_context.clock, m_campaignId);
    if (!removed)
        return removed.error();
    m_snapshot = std::move(removed).value();
    return {};
}

Status CreateCampaignCommand::doRedo()
{
    return m_snapshot.restore(m_context.db);
}

EditCampaignCommand::EditCampaignCommand(
    CommandContext context, const QString& text, store::CampaignSnapshot before, store::CampaignSnapshot after)
    : CampaignCommand(std::move(context), text, after.campaignId())
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

Status EditCampaignCommand::doUndo()
{
    return m_before.overwrite(m_context.db, &m_after);
}

Status EditCampaignCommand::doRedo()
{
    return m_after.overwrite(m_context.db, &m_before);
}

DeleteCampaignCommand::DeleteCampaignCommand(CommandContext context, store::CampaignSnapshot removed)
    : CampaignCommand(std::move(context),
        QCoreApplication::translate("CampaignCommands", "Delete “%1”").arg(removed.name()), removed.campaignId())
    , m_snapshot(std::move(removed))
{ }

Status DeleteCampaignCommand::doUndo()
{
    return m_snapshot.restore(m_context.db);
}

Status DeleteCampaignCommand::doRedo()
{
    // Captured again, so costs recorded after the undo are not lost by the next undo.
    auto removed = store::CampaignSnapshot::remove(m_context.db, *m_context.clock, m_campaignId);
    if (!removed)
        return removed.error();
    m_snapshot = std::move(removed).value();
    return {};
}

AddCampaignCostCommand::AddCampaignCostCommand(CommandContext context, domain::CampaignCost added)
    : CampaignCommand(std::move(context),
        QCoreApplication::translate("CampaignCommands", "Add Cost “%1”").arg(added.description), added.campaignId)
    , m_cost(std::move(added))
{ }

Status AddCampaignCostCommand::doUndo()
{
    return store::CampaignCostStore(m_context.db, *m_context.clock).remove(m_cost.id);
}

Status AddCampaignCostCommand::doRedo()
{
    return store::CampaignCostStore(m_context.db, *m_context.clock).create(m_cost);
}

RemoveCampaignCostCommand::RemoveCampaignCostCommand(CommandContext context, domain::CampaignCost removed)
    : CampaignCommand(std::move(context),
        QCoreApplication::translate("CampaignCommands", "Remove Cost “%1”").arg(removed.description),
        removed.campaignId)
    , m_cost(std::move(removed))
{ }

Status RemoveCampaignCostCommand::doUndo()
{
    return store::CampaignCostStore(m_context.db, *m_context.clock).create(m_cost);
}

Status RemoveCampaignCostCommand::doRedo()
{
    return store::CampaignCostStore(m_context.db, *m_context.clock).remove(m_cost.id);
}

} // namespace grapevine::ui
