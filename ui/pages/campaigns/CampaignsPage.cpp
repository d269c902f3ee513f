// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignsPage.h"

#include <algorithm>

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "CampaignCostsView.h"
#include "CampaignEditor.h"
#include "commands/CampaignCommands.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "pages/EmptyStatePage.h"
#include "store/CampaignSnapshot.h"
#include "store/CampaignStore.h"
#include "store/SettingsStore.h"
#include "store/SqlSupport.h"
#include "widgets/HeaderWidths.h"
#include "widgets/Prompter.h"

namespace grapevine::ui {

using domain::Campaign;
using domain::CampaignStatus;
using domain::CampaignTemplate;
using domain::CampaignTemplates;
using itemmodels::CampaignListModel;

namespace {

const char* templateKey(CampaignTemplate which)
{
    switch (which) {
    case CampaignTemplate::Blank:
        return "Blank";
    case CampaignTemplate::ReferAFriend:
        return "ReferAFriend";
    case CampaignTemplate::MilestoneLadder:
        return "MilestoneLadder";
    case CampaignTemplate::StaffAdvocacy:
        return "StaffAdvocacy";
    }
    return "";
}

} // namespace

CampaignsPage::CampaignsPage(Prompter& prompter, QUndoStack& undoStack, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_undoStack(undoStack)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("campaignsPage"));
    buildActions();
    buildUi();
    setDatabase(nullptr);
}

CampaignsPage::~CampaignsPage() = default;

void CampaignsPage::buildActions()
{
    const auto make = [this](const QString& text, const char* name, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    m_newMenu = new QMenu(tr("&New Campaign"), this);
    m_newMenu->setObjectName(QStringLiteral("newCampaignMenu"));
    m_newMenu->setToolTipsVisible(true);
    for (const CampaignTemplate which : CampaignTemplates::all()) {
        if (which == CampaignTemplate::Blank)
            continue;
        QAction* a = m_newMenu->addAction(CampaignTemplates::name(which));
        a->setObjectName(QStringLiteral("newCampaign%1Action").arg(QLatin1String(templateKey(which))));
        a->setToolTip(CampaignTemplates::summary(which));
        connect(a, &QAction::triggered, this, [this, which] { startNew(which); });
    }
    m_newMenu->addSeparator();
    QAction* blank = m_newMenu->addAction(CampaignTemplates::name(CampaignTemplate::Blank));
    blank->setObjectName(QStringLiteral("newCampaignBlankAction"));
    blank->setToolTip(CampaignTemplates::summary(CampaignTemplate::Blank));
    connect(blank, &QAction::triggered, this, [this] { startNew(CampaignTemplate::Blank); });

    m_editAction = make(tr("&Edit"), "editCampaignAction", tr("Edit the campaign in the designer below"));
    m_activateAction = make(tr("&Activate"), "activateCampaignAction",
        tr("Start the campaign: advocates' referrals earn the rewards from now on"));
    m_pauseAction = make(tr("&Pause"), "pauseCampaignAction",
        tr("Stop the campaign for a while; referrals made meanwhile earn nothing"));
    m_endAction
        = make(tr("E&nd"), "endCampaignAction", tr("Close the campaign for good; its results stay in your numbers"));
    m_invitationsAction = make(tr("&Invitations…"), "campaignInvitationsAction",
        tr("Write the personal invitations advocates send for this campaign"));
    m_deleteAction = make(tr("&Delete…"), "deleteCampaignAction",
        tr("Delete a campaign without referrals or rewards (end it otherwise)"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only from the list: in the designer the key deletes text.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);

    connect(m_editAction, &QAction::triggered, this, [this] { m_editor->focusFirstField(); });
    connect(m_activateAction, &QAction::triggered, this, [this] { changeStatus(CampaignStatus::Active); });
    connect(m_pauseAction, &QAction::triggered, this, [this] { changeStatus(CampaignStatus::Paused); });
    connect(m_endAction, &QAction::triggered, this, [this] { changeStatus(CampaignStatus::Ended); });
    connect(m_deleteAction, &QAction::triggered, this, &CampaignsPage::deleteCurrent);
    connect(m_invitationsAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId(); id > 0)
            emit invitationsRequested(id);
    });
}

void CampaignsPage::buildUi()
{
    m_newButton = new QPushButton(tr("New Campaign"), this);
    m_newButton->setObjectName(QStringLiteral("newCampaignButton"));
    m_newButton->setToolTip(tr("Start a campaign from a template or from scratch"));
    m_newButton->setMenu(m_newMenu);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_newButton);
    toolbar->addSpacing(12);
    for (QAction* action : {m_activateAction, m_pauseAction, m_endAction, m_invitationsAction}) {
        auto* button = new QToolButton(this);
        button->setObjectName(action->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        toolbar->addWidget(button);
    }
    toolbar->addStretch();
    auto* deleteButton = new QToolButton(this);
    deleteButton->setObjectName(QStringLiteral("deleteCampaignButton"));
    deleteButton->setDefaultAction(m_deleteAction);
    deleteButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addWidget(deleteButton);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(CampaignListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("campaignsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CampaignListModel::Name, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->addAction(m_deleteAction);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setMinimumSectionSize(60);
    setHeaderWidths(header, {220, 80, 95, 95, 85, 100, 110, 110, 75});
    header->setSectionResizeMode(CampaignListModel::Name, QHeaderView::Stretch);
    connect(m_table, &QTableView::customContextMenuRequested, this, &CampaignsPage::showTableMenu);
    connect(m_table, &QTableView::doubleClicked, m_editAction, &QAction::trigger);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (!m_selecting && current.isValid())
                openRow(current.row());
        });

    m_editor = new CampaignEditor(this);
    connect(m_editor, &CampaignEditor::saveRequested, this, &CampaignsPage::saveEditor);
    connect(m_editor, &CampaignEditor::revertRequested, this, &CampaignsPage::revert);
    connect(m_editor, &CampaignEditor::modifiedChanged, this, &CampaignsPage::updateState);
    m_costs = new CampaignCostsView(m_undoStack, m_clock, m_editor);
    m_editor->addPage(m_costs, tr("Costs"));
    // A cost changes the campaign's ROI in the list, on the dashboard and in reports.
    connect(m_costs, &CampaignCostsView::costsChanged, this, [this] {
        reload();
        emit campaignsChanged();
    });

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("campaignsSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({220, 560});

    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("campaignsContent"));
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(8, 8, 8, 8);
    contentLayout->addLayout(toolbar);
    contentLayout->addWidget(m_splitter, 1);

    m_emptyState = new EmptyStatePage(QIcon(QStringLiteral(":/icons/nav/campaigns.svg")),
        tr("No campaigns yet — start from a template"),
        tr("A campaign says what advocates and their friends earn for a recommendation, and when. Pick a starting "
           "point below; you can change every detail before you activate it."),
        this);
    m_emptyState->setObjectName(QStringLiteral("campaignsEmptyState"));
    // The templates first: a filled-in campaign is the easier start; blank comes last.
    auto starts = CampaignTemplates::all();
    std::rotate(starts.begin(), starts.begin() + 1, starts.end());
    for (const CampaignTemplate which : starts) {
        QPushButton* button = m_emptyState->addButton(CampaignTemplates::name(which));
        button->setObjectName(QStringLiteral("emptyState%1Button").arg(QLatin1String(templateKey(which))));
        button->setToolTip(CampaignTemplates::summary(which));
        connect(button, &QPushButton::clicked, this, [this, which] { startNew(which); });
    }

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("campaignsStack"));
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_emptyState);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void CampaignsPage::setDatabase(db::Database* database)
{
    m_database = database;
    QString currency = QStringLiteral("USD");
    if (m_database) {
        const auto settings = store::SettingsStore(m_database->connection()).load();
        if (settings)
            currency = settings->currency;
    }
    m_editor->setCurrency(currency);
    m_editor->setReadOnly(!m_database || m_database->isReadOnly());
    m_editor->clear();
    m_costs->setDatabase(
        m_database ? m_database->connection() : QSqlDatabase(), !m_database || m_database->isReadOnly());
    m_costs->setCurrency(currency);
    reload();
}

void CampaignsPage::reload()
{
    m_selecting = true;
    const Status loaded = m_model.load(m_database ? m_database->connection() : QSqlDatabase(), m_clock);
    m_selecting = false;
    if (!loaded)
        showProblem(tr("Campaigns"), loaded.error().message);
    if (!m_database) {
        m_editor->clear();
    } else if (m_editor->hasCampaign() && !m_editor->isNew() && !m_editor->isModified()) {
        // Typing not saved yet is kept; everything else shows what is stored now.
        if (m_model.rowOf(m_editor->campaignId()) < 0)
            m_editor->clear();
        else
            loadIntoEditor(m_editor->campaignId());
    }
    selectInTable(m_editor->isNew() ? 0 : m_editor->campaignId());
    updateState();
}

void CampaignsPage::showCampaign(qint64 id)
{
    if (!m_database || id <= 0)
        return;
    if (m_editor->isModified() && (id != m_editor->campaignId() || m_editor->isNew()) && !saveEditor())
        return;
    if (m_model.rowOf(id) < 0)
        reload();
    loadIntoEditor(id);
    selectInTable(id);
}

void CampaignsPage::startNew(CampaignTemplate which)
{
    if (!m_database || m_database->isReadOnly())
        return;
    if (m_editor->isModified() && !saveEditor())
        return;
    m_editor->setReadOnly(false);
    m_editor->startNew(CampaignTemplates::make(which, m_model.currency()));
    selectInTable(0);
    updateState();
    m_editor->focusFirstField();
}

bool CampaignsPage::saveEditor()
{
    if (!m_database || !m_editor->hasCampaign())
        return false;
    const auto form = m_editor->campaign();
    if (!form) {
        m_editor->showError(form.error());
        return false;
    }
    return save(form.value(), QString());
}

bool CampaignsPage::save(Campaign c, const QString& undoText)
{
    const bool activating = c.status == CampaignStatus::Active
        && (m_editor->isNew() || m_editor->loaded().status != CampaignStatus::Active);
    if (activating && c.offersIncentive() && c.disclosureText.trimmed().isEmpty()) {
        // Undisclosed incentives mislead: offer words that fit the rewards, to read and edit first.
        const QString suggested = CampaignTemplates::defaultDisclosure(c, m_model.currency());
        const QString question
            = tr("“%1” rewards people for recommending you, so friends must be told before it can be activated.\n\n"
                 "Suggested disclosure:\n“%2”\n\nUse it? You can edit it, then activate the campaign.")
                  .arg(c.name, suggested);
        if (m_prompter.confirm(this, tr("Disclosure Needed"), question, tr("Use Suggested Text"))) {
            m_editor->setDisclosureText(suggested);
        } else {
            m_editor->showError(Error(Error::Code::Invalid,
                tr("This campaign offers a reward, so it needs a disclosure text before it can be activated."),
                QStringLiteral("disclosure_text")));
        }
        return false;
    }

    const QSqlDatabase db = m_database->connection();
    store::CampaignStore store(db, m_clock);
    if (m_editor->isNew()) {
        if (Status created = store.create(c); !created) {
            m_editor->showError(created.error());
            return false;
        }
        m_undoStack.push(new CreateCampaignCommand(commandContext(), c.id, c.name));
    } else {
        // Both versions as stored, read in the same transaction as the write.
        store::WriteTransaction tx(db);
        if (!tx.started()) {
            m_editor->showError(tx.startError());
            return false;
        }
        auto before = store::CampaignSnapshot::capture(db, c.id);
        if (!before) {
            m_editor->showError(before.error());
            return false;
        }
        if (Status updated = store.update(c); !updated) {
            m_editor->showError(updated.error());
            return false;
        }
        auto after = store::CampaignSnapshot::capture(db, c.id);
        Status committed = after ? tx.commit() : Status(after.error());
        if (!committed) {
            m_editor->showError(committed.error());
            return false;
        }
        const QString text = undoText.isEmpty() ? tr("Edit “%1”").arg(c.name) : undoText;
        m_undoStack.push(
            new EditCampaignCommand(commandContext(), text, std::move(before).value(), std::move(after).value()));
    }
    m_editor->clearErrors();
    m_editor->setCampaign(c);
    reload();
    emit campaignsChanged();
    return true;
}

void CampaignsPage::changeStatus(CampaignStatus status)
{
    if (!m_database || m_database->isReadOnly() || !m_editor->hasCampaign())
        return;
    const auto form = m_editor->campaign();
    if (!form) {
        m_editor->showError(form.error());
        return;
    }
    Campaign c = form.value();
    c.status = status;
    QString text;
    switch (status) {
    case CampaignStatus::Active:
        text = tr("Activate “%1”").arg(c.name);
        break;
    case CampaignStatus::Paused:
        text = tr("Pause “%1”").arg(c.name);
        break;
    case CampaignStatus::Ended:
        text = tr("End “%1”").arg(c.name);
        break;
    case CampaignStatus::Draft:
        text = tr("Make “%1” a draft").arg(c.name);
        break;
    }
    save(c, text);
}

void CampaignsPage::deleteCurrent()
{
    const qint64 id = currentId();
    if (!m_database || m_database->isReadOnly() || id <= 0)
        return;
    const QString name = m_editor->loaded().name;
    if (!m_prompter.confirm(this, tr("Delete Campaign"),
            tr("Delete “%1”? Its milestones and recorded costs are deleted with it. You can undo this with "
               "Edit → Undo.")
                .arg(name),
            tr("Delete")))
        return;
    auto removed = store::CampaignSnapshot::remove(m_database->connection(), m_clock, id);
    if (!removed) {
        if (removed.error().code != Error::Code::InUse)
            return showProblem(tr("Delete Campaign"), removed.error().message);
        //: %1 says why (e.g. "The campaign has 3 referrals; end it instead of deleting it."), %2 is its name
        const QString offer = tr("%1\n\nEnd “%2” now? Its referrals and rewards stay in your results.")
                                  .arg(removed.error().message, name);
        if (m_prompter.confirm(this, tr("Campaign In Use"), offer, tr("End Campaign")))
            changeStatus(CampaignStatus::Ended);
        return;
    }
    m_undoStack.push(new DeleteCampaignCommand(commandContext(), std::move(removed).value()));
    m_editor->clear();
    reload();
    emit campaignsChanged();
}

void CampaignsPage::revert()
{
    if (m_editor->isNew() || !m_editor->hasCampaign())
        m_editor->clear();
    else
        loadIntoEditor(m_editor->campaignId());
    updateState();
}

void CampaignsPage::openRow(int proxyRow)
{
    const qint64 id = m_proxy->index(proxyRow, 0).data(CampaignListModel::CampaignIdRole).toLongLong();
    if (id <= 0 || (id == m_editor->campaignId() && m_editor->hasCampaign() && !m_editor->isNew()))
        return;
    // Leaving a campaign with unsaved changes saves them: nothing typed is lost, and the save
    // can be undone like any other. When it cannot be saved, the user stays to fix it.
    if (m_editor->isModified() && !saveEditor()) {
        selectInTable(m_editor->isNew() ? 0 : m_editor->campaignId());
        return;
    }
    loadIntoEditor(id);
    selectInTable(id);
}

void CampaignsPage::loadIntoEditor(qint64 id)
{
    if (!m_database || id <= 0) {
        m_editor->clear();
        updateState();
        return;
    }
    const auto campaign = store::CampaignStore(m_database->connection(), m_clock).get(id);
    if (!campaign) {
        m_editor->clear();
        showProblem(tr("Campaigns"), campaign.error().message);
    } else {
        m_editor->setReadOnly(m_database->isReadOnly());
        m_editor->setCampaign(campaign.value());
    }
    updateState();
}

void CampaignsPage::selectInTable(qint64 id)
{
    const int row = id > 0 ? m_model.rowOf(id) : -1;
    m_selecting = true;
    if (row < 0) {
        m_table->selectionModel()->clear();
    } else {
        const QModelIndex index = m_proxy->mapFromSource(m_model.index(row, 0));
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    m_selecting = false;
}

void CampaignsPage::onDataChanged()
{
    reload();
    emit campaignsChanged();
}

void CampaignsPage::updateState()
{
    m_costs->setCampaign(m_editor->hasCampaign() && !m_editor->isNew() ? m_editor->campaignId() : 0);
    const bool writable = m_database && !m_database->isReadOnly();
    const bool empty = m_database && m_model.rowCount() == 0 && !(m_editor->hasCampaign() && m_editor->isNew());
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyState) : m_content);
    const bool open = m_editor->hasCampaign();
    const bool saved = open && !m_editor->isNew();
    const CampaignStatus status = m_editor->loaded().status;
    m_newButton->setEnabled(writable);
    m_newMenu->setEnabled(writable);
    m_editAction->setEnabled(saved);
    m_activateAction->setEnabled(writable && open && (!saved || status != CampaignStatus::Active));
    m_pauseAction->setEnabled(writable && saved && status == CampaignStatus::Active);
    m_endAction->setEnabled(writable && saved && status != CampaignStatus::Ended);
    m_deleteAction->setEnabled(writable && saved);
    m_invitationsAction->setEnabled(saved);
}

void CampaignsPage::showTableMenu(const QPoint& pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid() && index.row() != m_table->currentIndex().row())
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addAction(m_editAction);
    menu.addSeparator();
    menu.addAction(m_activateAction);
    menu.addAction(m_pauseAction);
    menu.addAction(m_endAction);
    menu.addSeparator();
    menu.addAction(m_invitationsAction);
    menu.addSeparator();
    menu.addMenu(m_newMenu);
    menu.addAction(m_deleteAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

qint64 CampaignsPage::currentId() const
{
    return m_editor->hasCampaign() && !m_editor->isNew() ? m_editor->campaignId() : 0;
}

CommandContext CampaignsPage::commandContext()
{
    CommandContext context;
    context.db = m_database->connection();
    context.clock = &m_clock;
    context.changed = [this](const QList<qint64>&) { onDataChanged(); };
    context.failed = [this](const QString& message) { showProblem(tr("Undo"), message); };
    return context;
}

void CampaignsPage::showProblem(const QString& title, const QString& message)
{
    m_prompter.warning(this, title, message);
}

} // namespace grapevine::ui
