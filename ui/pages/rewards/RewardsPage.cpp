// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RewardsPage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "LeaderboardView.h"
#include "RewardDetailsPanel.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "pages/EmptyStatePage.h"
#include "program/PayoutExport.h"
#include "program/RewardLedger.h"
#include "store/CampaignStore.h"
#include "store/RewardStore.h"
#include "store/SettingsStore.h"
#include "widgets/HeaderWidths.h"
#include "widgets/Prompter.h"

namespace grapevine::ui {

using domain::RewardStatus;
using itemmodels::RewardListModel;

namespace {

/// Above this many rewards a ledger action asks first: it cannot be undone.
constexpr int kConfirmAbove = 1;

} // namespace

RewardsPage::RewardsPage(
    Settings& settings, Prompter& prompter, FileChooser& files, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_files(files)
    , m_clock(clock)
    , m_recordExport(settings, prompter, files, clock)
{
    setObjectName(QStringLiteral("rewardsPage"));
    buildActions();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("rewardsTabs"));
    auto* rewardsTab = new QWidget(this);
    buildRewardsTab(rewardsTab);
    m_leaderboard = new LeaderboardView(this);
    m_tabs->addTab(rewardsTab, tr("Rewards"));
    m_tabs->addTab(m_leaderboard, tr("Leaderboard"));
    m_tabs->setTabToolTip(0, tr("Every reward, its status and its ledger; approve, issue and pay out"));
    m_tabs->setTabToolTip(1, tr("The advocates who bring the most customers"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(&m_model, &RewardListModel::errorOccurred, this,
        [this](const QString& message) { showProblem(tr("Rewards"), message); });
    connect(m_leaderboard, &LeaderboardView::errorOccurred, this,
        [this](const QString& message) { showProblem(tr("Leaderboard"), message); });
    setDatabase(nullptr);
}

RewardsPage::~RewardsPage() = default;

void RewardsPage::buildActions()
{
    const auto make = [this](const QString& text, const char* name, const QKeySequence& key, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        addAction(action);
        return action;
    };
    m_approveAction = make(tr("&Approve"), "approveRewardsAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
        tr("Approve the selected pending rewards whose hold period is over"));
    m_issueAction = make(tr("Mark &Issued…"), "issueRewardsAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
        tr("Record that the selected approved rewards were paid out, under a payout reference"));
    m_voidAction = make(tr("&Void…"), "voidRewardsAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
        tr("Take back the selected rewards that were not issued yet, with the reason"));
    m_exportAction = make(tr("E&xport Payout CSV…"), "exportPayoutAction", QKeySequence(Qt::CTRL | Qt::Key_E),
        tr("Save the selected approved or issued rewards as a payout list for a spreadsheet"));
    // Ctrl+E is the payout list's here, as it has been; the whole list takes Ctrl+Shift+E.
    m_exportRecordsAction
        = make(tr("Export to &CSV…"), "exportRecordsAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
            tr("Save the rewards the list shows, or all of them, as a CSV file for a spreadsheet"));
    m_refreshAction = make(tr("&Refresh"), "refreshRewardsAction", QKeySequence::Refresh, tr("Read the rewards again"));
    connect(m_approveAction, &QAction::triggered, this, &RewardsPage::approveSelected);
    connect(m_issueAction, &QAction::triggered, this, &RewardsPage::issueSelected);
    connect(m_voidAction, &QAction::triggered, this, &RewardsPage::voidSelected);
    connect(m_exportAction, &QAction::triggered, this, &RewardsPage::exportSelected);
    connect(m_exportRecordsAction, &QAction::triggered, this, &RewardsPage::exportRecords);
    connect(m_refreshAction, &QAction::triggered, this, &RewardsPage::reload);
}

void RewardsPage::buildRewardsTab(QWidget* tab)
{
    m_search = new QLineEdit(tab);
    m_search->setObjectName(QStringLiteral("rewardSearch"));
    m_search->setPlaceholderText(tr("Search recipient, email, campaign or payout reference"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    // One query for the word typed, not one per keystroke.
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &RewardsPage::applyFilters);

    m_statusFilter = new QComboBox(tab);
    m_statusFilter->setObjectName(QStringLiteral("rewardStatusFilter"));
    m_statusFilter->setToolTip(tr("Show rewards in one status"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (const auto status : domain::allValues<RewardStatus>())
        m_statusFilter->addItem(domain::Reward::statusName(status), static_cast<int>(status));
    m_campaignFilter = new QComboBox(tab);
    m_campaignFilter->setObjectName(QStringLiteral("rewardCampaignFilter"));
    m_campaignFilter->setToolTip(tr("Show the rewards of one campaign"));
    for (QComboBox* combo : {m_statusFilter, m_campaignFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        connect(combo, &QComboBox::activated, this, &RewardsPage::applyFilters);
    }

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_statusFilter, 1);
    filters->addWidget(m_campaignFilter, 1);
    for (QAction* action : {m_approveAction, m_issueAction, m_voidAction, m_exportAction}) {
        auto* button = new QToolButton(tab);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        filters->addWidget(button);
    }

    m_table = new QTableView(tab);
    m_table->setObjectName(QStringLiteral("rewardsTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures every row of a long list.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    setHeaderWidths(header, {100, 200, 170, 75, 170, 80, 80, 95, 160});
    connect(m_table, &QTableView::customContextMenuRequested, this, &RewardsPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RewardsPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { m_details->showReward(m_model.idAt(current.row())); });

    m_noMatch = new QLabel(tr("No reward matches the search and filters."), tab);
    m_noMatch->setObjectName(QStringLiteral("rewardsNoMatch"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_tableStack = new QStackedWidget(tab);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_noMatch);

    m_totals = new QLabel(tab);
    m_totals->setObjectName(QStringLiteral("rewardTotals"));
    m_totals->setToolTip(tr("Costs to the business, for the campaign chosen above"));

    // The whole list's export sits under it, by the totals: in the row of the filters it made
    // the page too wide for a small window.
    auto* exportButton = new QToolButton(tab);
    exportButton->setDefaultAction(m_exportRecordsAction);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    exportButton->setObjectName(m_exportRecordsAction->objectName() + QStringLiteral("Button"));
    auto* totalsRow = new QHBoxLayout;
    totalsRow->addWidget(m_totals, 1);
    totalsRow->addWidget(exportButton);

    auto* left = new QWidget(tab);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tableStack, 1);
    leftLayout->addLayout(totalsRow);

    m_details = new RewardDetailsPanel(m_clock, tab);
    // The ledger goes under the table, so that the table keeps the window's width for its columns.
    auto* splitter = new QSplitter(Qt::Vertical, tab);
    splitter->setObjectName(QStringLiteral("rewardsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({520, 200});

    auto* list = new QWidget(tab);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(8, 8, 8, 8);
    listLayout->addLayout(filters);
    listLayout->addWidget(splitter, 1);

    m_emptyState = new EmptyStatePage(QIcon(QStringLiteral(":/icons/nav/referrals.svg")), tr("No rewards yet"),
        tr("Rewards appear here when a referral converts: the advocate's and the friend's, pending until their "
           "hold period is over. Then you approve them, pay them out and mark them issued."),
        tab);
    m_emptyState->setObjectName(QStringLiteral("rewardsEmptyState"));

    m_stack = new QStackedWidget(tab);
    m_stack->setObjectName(QStringLiteral("rewardsStack"));
    m_stack->addWidget(list);
    m_stack->addWidget(m_emptyState);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void RewardsPage::setDatabase(db::Database* database)
{
    m_database = database;
    QString currency = QStringLiteral("USD");
    QSqlDatabase connection;
    if (m_database) {
        connection = m_database->connection();
        if (const auto settings = store::SettingsStore(connection).load())
            currency = settings->currency;
    }
    m_details->setDatabase(connection, currency);
    // setDatabase() reads the first page with the filters as they are; errors arrive by signal.
    (void)m_model.setDatabase(connection, currency);
    refreshCampaigns();
    applyFilters();
}

void RewardsPage::refreshCampaigns()
{
    QList<QPair<qint64, QString>> campaigns;
    if (m_database) {
        const auto all = store::CampaignStore(m_database->connection(), m_clock).list();
        if (all) {
            for (const auto& c : all.value())
                campaigns.append({c.id, c.name});
        }
    }
    std::sort(campaigns.begin(), campaigns.end(),
        [](const auto& a, const auto& b) { return a.second.localeAwareCompare(b.second) < 0; });
    const qint64 current = m_campaignFilter->currentData().toLongLong();
    m_campaignFilter->clear();
    m_campaignFilter->addItem(tr("All campaigns"), qint64 {0});
    for (const auto& [id, name] : std::as_const(campaigns))
        m_campaignFilter->addItem(name, id);
    const int index = m_campaignFilter->findData(current);
    m_campaignFilter->setCurrentIndex(index < 0 ? 0 : index);
    m_leaderboard->setDatabase(m_database ? m_database->connection() : QSqlDatabase(), m_model.currency(), campaigns);
}

void RewardsPage::applyFilters()
{
    itemmodels::RewardFilter filter;
    if (const int status = m_statusFilter->currentData().toInt(); status >= 0)
        filter.status = static_cast<RewardStatus>(status);
    if (const qint64 campaign = m_campaignFilter->currentData().toLongLong(); campaign > 0)
        filter.campaignId = campaign;
    filter.search = m_search->text();
    (void)m_model.setFilter(filter);
    m_details->showReward(0);
    updateStack();
    updateTotals();
    updateActions();
}

void RewardsPage::reload()
{
    const QList<qint64> selected = selectedIds();
    const qint64 current = m_model.idAt(m_table->currentIndex().row());
    refreshCampaigns();
    if (m_model.reload())
        restoreSelection(selected, current);
    m_details->showReward(m_model.rowOf(current) >= 0 ? current : 0);
    updateStack();
    updateTotals();
    updateActions();
}

void RewardsPage::restoreSelection(const QList<qint64>& ids, qint64 current)
{
    QItemSelection selection;
    for (const qint64 id : ids) {
        const int row = m_model.rowOf(id);
        if (row >= 0)
            selection.select(m_model.index(row, 0), m_model.index(row, RewardListModel::ColumnCount - 1));
    }
    QItemSelectionModel* model = m_table->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    if (const int row = m_model.rowOf(current); row >= 0)
        model->setCurrentIndex(m_model.index(row, 0), QItemSelectionModel::NoUpdate);
}

void RewardsPage::updateStack()
{
    m_stack->setCurrentWidget(m_model.databaseIsEmpty() ? static_cast<QWidget*>(m_emptyState) : m_stack->widget(0));
    m_tableStack->setCurrentWidget(m_model.rowCount() > 0 ? static_cast<QWidget*>(m_table) : m_noMatch);
}

QString RewardsPage::totalsText() const
{
    return m_totals->text();
}

void RewardsPage::updateTotals()
{
    const auto totals = m_model.totals();
    if (!totals) {
        m_totals->setText(totals.error().message);
        return;
    }
    const QString currency = m_model.currency();
    //: The money still owed and already paid, under the rewards table
    m_totals->setText(tr("Approved, not yet issued: %1 · Pending: %2 · Issued: %3")
                          .arg(domain::Money(totals->approvedMinor, currency).format(),
                              domain::Money(totals->pendingMinor, currency).format(),
                              domain::Money(totals->issuedMinor, currency).format()));
}

void RewardsPage::updateActions()
{
    const bool writable = !readOnly();
    m_approveAction->setEnabled(writable && !selectedWith({RewardStatus::Pending}).isEmpty());
    m_issueAction->setEnabled(writable && !selectedWith({RewardStatus::Approved}).isEmpty());
    m_voidAction->setEnabled(writable && !selectedWith({RewardStatus::Pending, RewardStatus::Approved}).isEmpty());
    m_exportAction->setEnabled(!selectedWith({RewardStatus::Approved, RewardStatus::Issued}).isEmpty());
    m_exportRecordsAction->setEnabled(m_database != nullptr);
    m_refreshAction->setEnabled(m_database != nullptr);
}

void RewardsPage::showContextMenu(const QPoint& pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_approveAction);
    menu.addAction(m_issueAction);
    menu.addAction(m_voidAction);
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.addAction(m_exportRecordsAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QList<qint64> RewardsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (const qint64 id = m_model.idAt(index.row()))
            ids << id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> RewardsPage::selectedWith(std::initializer_list<RewardStatus> statuses) const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const itemmodels::RewardRow* row = m_model.rowAt(index.row());
        if (row && std::find(statuses.begin(), statuses.end(), row->reward.status) != statuses.end())
            ids << row->reward.id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool RewardsPage::readOnly() const
{
    return !m_database || m_database->isReadOnly();
}

void RewardsPage::approveSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || readOnly())
        return;
    program::RewardLedger ledger(m_database->connection(), m_clock);
    const auto outcome = ledger.approve(ids);
    if (!outcome) {
        showProblem(tr("Approve Rewards"), outcome.error().message);
        return;
    }
    if (outcome->changed > 0)
        ledgerChanged();
    if (!outcome->skipped.isEmpty()) {
        //: %1: "2 rewards approved.", %2: "1 left as it was:", %3 the reasons, one a line
        m_prompter.information(this, tr("Approve Rewards"),
            tr("%1 %2\n\n%3")
                .arg(tr("%Ln reward(s) approved.", nullptr, outcome->changed),
                    tr("%Ln left as it was:", nullptr, static_cast<int>(outcome->skipped.size())),
                    outcome->skipped.join(QLatin1Char('\n'))));
    }
}

void RewardsPage::issueSelected()
{
    const QList<qint64> ids = selectedWith({RewardStatus::Approved});
    if (ids.isEmpty() || readOnly())
        return;
    const QString suggestion = tr("Payout %1").arg(m_clock.nowUtc().toLocalTime().date().toString(Qt::ISODate));
    const QString reference = m_prompter
                                  .askText(this, tr("Mark Rewards Issued"),
                                      tr("Payout reference (kept in the ledger with each reward):"), {suggestion})
                                  .trimmed();
    if (reference.isEmpty())
        return;
    if (ids.size() > kConfirmAbove
        && !m_prompter.confirm(this, tr("Mark Rewards Issued"),
            tr("Mark %Ln reward(s) as issued under \"%1\"? The ledger keeps this for good; it cannot be undone.",
                nullptr, static_cast<int>(ids.size()))
                .arg(reference),
            tr("Mark Issued")))
        return;
    program::RewardLedger ledger(m_database->connection(), m_clock);
    const auto outcome = ledger.issue(ids, reference);
    if (!outcome) {
        showProblem(tr("Mark Rewards Issued"), outcome.error().message);
        return;
    }
    if (outcome->changed > 0)
        ledgerChanged();
    if (!outcome->skipped.isEmpty())
        m_prompter.information(this, tr("Mark Rewards Issued"),
            tr("%1 %2\n\n%3")
                .arg(tr("%Ln reward(s) marked issued.", nullptr, outcome->changed),
                    tr("%Ln left as it was:", nullptr, static_cast<int>(outcome->skipped.size())),
                    outcome->skipped.join(QLatin1Char('\n'))));
    if (outcome->changed == 0)
        return;
    // Export exactly the rewards this payout issued, in the order they are listed.
    QList<qint64> issued;
    const store::RewardStore rewards(m_database->connection(), m_clock);
    for (const qint64 id : ids) {
        const auto w = rewards.get(id);
        if (w && w->status == RewardStatus::Issued && w->payoutReference == reference)
            issued << id;
    }
    if (m_prompter.confirm(this, tr("Export Payout List"),
            tr("Save the payout list of the %Ln reward(s) just issued as a CSV file?", nullptr,
                static_cast<int>(issued.size())),
            tr("Export…")))
        exportPayout(issued);
}

void RewardsPage::voidSelected()
{
    const QList<qint64> ids = selectedWith({RewardStatus::Pending, RewardStatus::Approved});
    if (ids.isEmpty() || readOnly())
        return;
    const QString reason
        = m_prompter
              .askText(this, tr("Void Rewards"), tr("Why are they taken back? The reason stays in the ledger:"),
                  {tr("Entered by mistake"), tr("The order was cancelled"), tr("The referral was not genuine")})
              .trimmed();
    if (reason.isEmpty())
        return;
    if (ids.size() > kConfirmAbove
        && !m_prompter.confirm(this, tr("Void Rewards"),
            tr("Void %Ln reward(s)? The ledger keeps this for good; it cannot be undone.", nullptr,
                static_cast<int>(ids.size())),
            tr("Void")))
        return;
    program::RewardLedger ledger(m_database->connection(), m_clock);
    int voided = 0;
    QStringList problems;
    for (const qint64 id : ids) {
        if (const Status s = ledger.voidReward(id, reason); s)
            ++voided;
        else
            problems << s.error().message;
    }
    if (voided > 0)
        ledgerChanged();
    if (!problems.isEmpty())
        m_prompter.warning(this, tr("Void Rewards"),
            tr("%1 %2\n\n%3")
                .arg(tr("%Ln reward(s) voided.", nullptr, voided),
                    tr("%Ln could not be voided:", nullptr, static_cast<int>(problems.size())),
                    problems.join(QLatin1Char('\n'))));
}

void RewardsPage::exportSelected()
{
    const QList<qint64> ids = selectedWith({RewardStatus::Approved, RewardStatus::Issued});
    if (ids.isEmpty()) {
        m_prompter.information(this, tr("Export Payout CSV"),
            tr("Select approved or issued rewards first: the payout list holds what is to be paid or was paid."));
        return;
    }
    exportPayout(ids);
}

bool RewardsPage::exportPayout(const QList<qint64>& ids)
{
    if (!m_database || ids.isEmpty())
        return false;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("payout-%1.csv").arg(m_clock.nowUtc().toLocalTime().date().toString(Qt::ISODate));
    const QString path
        = m_files.saveFile(this, tr("Export Payout CSV"), QDir(documents).filePath(name), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    const auto written = program::PayoutExport::write(m_database->connection(), ids, m_model.currency(), path);
    if (!written) {
        showProblem(tr("Export Payout CSV"), written.error().message);
        return false;
    }
    m_prompter.information(this, tr("Export Payout CSV"),
        tr("Saved %Ln reward(s) to %1.", nullptr, written.value()).arg(QDir::toNativeSeparators(path)));
    return true;
}

void RewardsPage::exportRecords()
{
    if (!m_database)
        return;
    const itemmodels::RewardFilter& filter = m_model.filter();
    exporting::RecordExportOptions view;
    view.rewards = filter;
    const bool filtered = filter.status || filter.campaignId || !filter.search.trimmed().isEmpty();
    m_recordExport.run(this, *m_database, exporting::RecordKind::Rewards, view, filtered);
}

void RewardsPage::ledgerChanged()
{
    reload();
    emit rewardsChanged();
}

void RewardsPage::showProblem(const QString& title, const QString& message)
{
    m_prompter.warning(this, title, message);
}

} // namespace grapevine::ui
