// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "domain/Campaign.h"
#include "domain/CampaignTemplates.h"
#include "itemmodels/CampaignListModel.h"

class QAction;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class QUndoStack;

namespace grapevine {
class Clock;
namespace db {
class Database;
}
} // namespace grapevine

namespace grapevine::store {
class CampaignSnapshot;
}

namespace grapevine::ui {

class CampaignCostsView;
class CampaignEditor;
class EmptyStatePage;
class Prompter;
struct CommandContext;

/// The Campaigns page: every campaign with its status and results at a glance, and the
/// designer for one of them (rewards, rules, link, disclosure, milestones), new campaigns
/// from templates, Activate / Pause / End, and Delete for campaigns nothing depends on.
class CampaignsPage final : public QWidget
{
    Q_OBJECT

public:
    CampaignsPage(Prompter& prompter, QUndoStack& undoStack, const Clock& clock, QWidget* parent = nullptr);
    ~CampaignsPage() override;

    /// Shows the campaigns of `database` (nullptr: none).
    void setDatabase(db::Database* database);
    /// Reads the campaigns and their figures again (after referrals or rewards changed elsewhere),
    /// keeping the selection and anything typed but not saved.
    void reload();
    /// Selects campaign `id` and opens it in the designer.
    void showCampaign(qint64 id);

    itemmodels::CampaignListModel& model() { return m_model; }

signals:
    /// A campaign was created, changed or deleted here (or by undo): other pages may show them.
    void campaignsChanged();
    /// The user asked for the invitations of a campaign; the main window opens them.
    void invitationsRequested(qint64 campaignId);

private:
    void buildActions();
    void buildUi();
    void startNew(domain::CampaignTemplate which);
    /// Saves the form (as a new campaign or over the stored one) and pushes the undo command;
    /// false, with the message on its field, when it cannot be saved.
    bool saveEditor();
    bool save(domain::Campaign campaign, const QString& undoText);
    void changeStatus(domain::CampaignStatus status);
    void deleteCurrent();
    void revert();
    void openRow(int proxyRow);
    void loadIntoEditor(qint64 id);
    void selectInTable(qint64 id);
    void onDataChanged();
    void updateState();
    void showTableMenu(const QPoint& pos);
    qint64 currentId() const;
    CommandContext commandContext();
    void showProblem(const QString& title, const QString& message);

    Prompter& m_prompter;
    QUndoStack& m_undoStack;
    const Clock& m_clock;
    db::Database* m_database = nullptr;
    itemmodels::CampaignListModel m_model;
    QSortFilterProxyModel* m_proxy = nullptr;
    bool m_selecting = false;

    QStackedWidget* m_stack = nullptr;
    QWidget* m_content = nullptr;
    EmptyStatePage* m_emptyState = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    CampaignEditor* m_editor = nullptr;
    CampaignCostsView* m_costs = nullptr;
    QPushButton* m_newButton = nullptr;

    QMenu* m_newMenu = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_activateAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_endAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_invitationsAction = nullptr;
};

} // namespace grapevine::ui
