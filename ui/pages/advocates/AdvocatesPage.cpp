// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvocatesPage.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "AdvocateEditor.h"
#include "AdvocateWordOfMouthView.h"
#include "ReferralTreeView.h"
#include "commands/AdvocateCommands.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "pages/EmptyStatePage.h"
#include "privacy/PersonalData.h"
#include "settings/Settings.h"
#include "store/AdvocateBulkEditor.h"
#include "store/AdvocateSnapshot.h"
#include "store/AdvocateStamps.h"
#include "store/AdvocateStore.h"
#include "store/SettingsStore.h"
#include "widgets/BackgroundTask.h"
#include "widgets/HeaderWidths.h"
#include "widgets/Prompter.h"
#include "widgets/TwoPartBar.h"

namespace grapevine::ui {

using itemmodels::AdvocateColumn;
using itemmodels::AdvocateTableModel;

namespace {

/// Enter opens the current advocate; everything else is a normal table.
class AdvocateTable final : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> onEnter;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onEnter) {
            onEnter();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

QString referrerText(const domain::Advocate& referrer)
{
    return QStringLiteral("%1 (%2)").arg(referrer.displayName(), referrer.referralCode);
}

} // namespace

AdvocatesPage::AdvocatesPage(Settings& settings, Prompter& prompter, FileChooser& files, QUndoStack& undoStack,
    const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_prompter(prompter)
    , m_files(files)
    , m_undoStack(undoStack)
    , m_clock(clock)
    , m_recordExport(settings, prompter, files, clock)
{
    setObjectName(QStringLiteral("advocatesPage"));
    buildActions();
    buildUi();
    connect(&m_model, &AdvocateTableModel::countChanged, this, &AdvocatesPage::updateCount);
    connect(&m_model, &AdvocateTableModel::located, this, &AdvocatesPage::onLocated);
    connect(&m_model, &AdvocateTableModel::errorOccurred, this,
        [this](const QString& message) { showProblem(tr("Advocates"), message); });
    connect(&m_model, &AdvocateTableModel::pageLoaded, this, [this] {
        if (m_pendingOpenRow >= 0 && m_model.isRowLoaded(m_pendingOpenRow)) {
            const int row = m_pendingOpenRow;
            m_pendingOpenRow = -1;
            openRow(row);
        }
    });
    setDatabase(nullptr);
}

AdvocatesPage::~AdvocatesPage()
{
    m_settings.setValue(Settings::Key::AdvocatesHeaderState, m_table->horizontalHeader()->saveState());
    m_settings.setValue(Settings::Key::AdvocatesSplitterState, m_splitter->saveState());
}

void AdvocatesPage::buildActions()
{
    const auto make = [this](const QString& text, const char* name, const QKeySequence& key, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        if (!key.isEmpty())
            action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        QWidget::addAction(action);
        return action;
    };
    m_addAction = make(tr("&Add Advocate"), "addAdvocateAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        tr("Add a new advocate by hand"));
    m_openAction = make(tr("&Open"), "openAdvocateAction", QKeySequence(), tr("Show the advocate in the detail panel"));
    m_deleteAction = make(tr("&Delete…"), "deleteAdvocatesAction", QKeySequence::Delete,
        tr("Delete the selected advocates with their referrals and rewards"));
    m_findAction = make(
        tr("&Find"), "findAdvocatesAction", QKeySequence::Find, tr("Search by name, email, company, phone or notes"));
    m_addTagAction = make(tr("Add &Tag…"), "addTagAction", QKeySequence(), tr("Tag the selected advocates"));
    m_removeTagAction
        = make(tr("&Remove Tag…"), "removeTagAction", QKeySequence(), tr("Remove a tag from the selected advocates"));
    m_exportAction = make(tr("E&xport This Person's Data…"), "exportPersonAction", QKeySequence(),
        tr("Save everything stored about this person as a JSON file (for a data access request)"));
    m_exportRecordsAction = make(tr("Export to &CSV…"), "exportRecordsAction", QKeySequence(Qt::CTRL | Qt::Key_E),
        tr("Save the advocates the table shows, or all of them, as a CSV file for a spreadsheet"));
    m_eraseAction = make(tr("&Erase This Person…"), "erasePersonAction", QKeySequence(),
        tr("Remove this person's personal data for good; their referrals and rewards stay in the totals"));
    m_kindMenu = new QMenu(tr("Change &Kind"), this);
    m_kindMenu->setObjectName(QStringLiteral("changeKindMenu"));
    for (const auto kind : domain::allValues<domain::AdvocateKind>()) {
        QAction* a = m_kindMenu->addAction(domain::Advocate::kindName(kind));
        a->setObjectName(QStringLiteral("kind_%1").arg(domain::toKey(kind)));
        connect(a, &QAction::triggered, this, [this, kind] { setKindOfSelected(static_cast<int>(kind)); });
    }

    connect(m_addAction, &QAction::triggered, this, &AdvocatesPage::startNewAdvocate);
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (m_table->currentIndex().isValid()) {
            openRow(m_table->currentIndex().row());
            m_editor->focusFirstField();
        }
    });
    connect(m_deleteAction, &QAction::triggered, this, &AdvocatesPage::deleteSelected);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_addTagAction, &QAction::triggered, this, &AdvocatesPage::addTagToSelected);
    connect(m_removeTagAction, &QAction::triggered, this, &AdvocatesPage::removeTagFromSelected);
    connect(m_exportAction, &QAction::triggered, this, &AdvocatesPage::exportPerson);
    connect(m_exportRecordsAction, &QAction::triggered, this, &AdvocatesPage::exportRecords);
    connect(m_eraseAction, &QAction::triggered, this, &AdvocatesPage::erasePerson);
}

void AdvocatesPage::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("advocateSearch"));
    m_search->setPlaceholderText(tr("Search name, email, company, phone, notes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    // Typing fast sends one query for the word, not one per keystroke.
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &AdvocatesPage::applyFilters);

    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->addItem(tr("All kinds"), -1);
    for (const auto kind : domain::allValues<domain::AdvocateKind>())
        m_kindFilter->addItem(domain::Advocate::kindName(kind), static_cast<int>(kind));
    m_tagFilter = new QComboBox(this);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setMinimumContentsLength(10);
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (const auto status : domain::allValues<domain::AdvocateStatus>())
        m_statusFilter->addItem(domain::Advocate::statusName(status), static_cast<int>(status));
    m_consentFilter = new QComboBox(this);
    m_consentFilter->setObjectName(QStringLiteral("consentFilter"));
    m_consentFilter->addItem(tr("Consent: any"), -1);
    m_consentFilter->addItem(tr("With consent"), 1);
    m_consentFilter->addItem(tr("Without consent"), 0);
    for (QComboBox* combo : {m_kindFilter, m_tagFilter, m_statusFilter, m_consentFilter}) {
        connect(combo, &QComboBox::activated, this, &AdvocatesPage::applyFilters);
        // As wide as their choices where there is room; a very narrow window squeezes them
        // instead of growing.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumWidth(combo->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6);
    }
    // A tag may be long: the list of tags is as wide as "All tags" or ten letters.
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tagFilter->setMinimumContentsLength(std::max(10, static_cast<int>(tr("All tags").size())));
    m_kindFilter->setToolTip(tr("Show one kind of advocate"));
    m_tagFilter->setToolTip(tr("Show advocates with this tag"));
    m_statusFilter->setToolTip(tr("Show active, inactive or erased advocates"));
    m_consentFilter->setToolTip(tr("Show advocates with or without marketing consent"));

    auto* addButton = new QToolButton(this);
    addButton->setObjectName(QStringLiteral("addAdvocateButton"));
    addButton->setDefaultAction(m_addAction);
    addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportRecordsButton"));
    exportButton->setDefaultAction(m_exportRecordsAction);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(addButton);
    searchRow->addWidget(exportButton);
    const auto pair = [this](QWidget* left, QWidget* right) {
        auto* part = new QWidget(this);
        auto* layout = new QHBoxLayout(part);
        layout->setContentsMargins(0, 0, 0, 0);
        // No stretch: a box shares out by stretch alone and would cut the longest choice short.
        layout->addWidget(left);
        layout->addWidget(right);
        layout->addStretch();
        return part;
    };
    // Two lines of two when the panel is too narrow for four whole choices side by side.
    auto* filters = new TwoPartBar(pair(m_kindFilter, m_tagFilter), pair(m_statusFilter, m_consentFilter), this);
    filters->setObjectName(QStringLiteral("advocateFilters"));

    auto* table = new AdvocateTable(this);
    table->onEnter = [this] { m_openAction->trigger(); };
    m_table = table;
    m_table->setObjectName(QStringLiteral("advocatesTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setHighlightSections(false);
    header->setSortIndicator(0, Qt::AscendingOrder);
    setHeaderWidths(header, {180, 220, 90, 140, 110, 150, 80, 95, 120, 70, 50, 75, 95});
    header->restoreState(m_settings.value<QByteArray>(Settings::Key::AdvocatesHeaderState));
    connect(header, &QHeaderView::customContextMenuRequested, this, &AdvocatesPage::showHeaderMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        if (itemmodels::AdvocateQuery::isSortable(AdvocateColumn(column)))
            return;
        // Tags cannot be sorted: put the indicator back where the sort really is.
        const QSignalBlocker blocker(header);
        header->setSortIndicator(static_cast<int>(m_model.query().sortColumn),
            m_model.query().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &AdvocatesPage::showTableMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        openRow(index.row());
        m_editor->focusFirstField();
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (current.isValid())
                openRow(current.row());
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AdvocatesPage::updateActions);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("advocateCount"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 0, 8);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(filters);
    m_noMatch = new EmptyStatePage(QIcon(QStringLiteral(":/icons/nav/advocates.svg")), tr("No advocate matches"),
        tr("Nobody matches the search and filters. Try fewer letters, or clear them to see everyone."), this);
    m_noMatch->setObjectName(QStringLiteral("advocatesNoMatch"));
    connect(m_noMatch->addButton(tr("Clear Search and Filters")), &QPushButton::clicked, this,
        &AdvocatesPage::clearFilters);
    m_tableStack = new QStackedWidget(this);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_noMatch);
    leftLayout->addWidget(m_tableStack, 1);
    leftLayout->addWidget(m_countLabel);

    m_editor = new AdvocateEditor(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The form narrows with the panel; a sideways scrollbar would hide the fields' right edge.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree = new ReferralTreeView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(scroll, tr("Details"));
    m_tabs->addTab(m_tree, tr("Referral Tree"));
    m_tabs->setTabToolTip(1, tr("Who referred this advocate, and whom they referred"));
    m_activity = new AdvocateWordOfMouthView(m_clock, this);
    m_tabs->addTab(m_activity, tr("Word of Mouth"));
    m_tabs->setTabToolTip(2, tr("Their referrals beside what they said about you"));
    connect(m_activity, &AdvocateWordOfMouthView::mentionActivated, this, &AdvocatesPage::mentionRequested);
    // Never narrower than the tab titles and the form: German runs longer than English, and the
    // form does not scroll sideways.
    m_tabs->setMinimumWidth(std::max({300, m_tabs->tabBar()->sizeHint().width() + 8,
        m_editor->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 8}));

    connect(m_editor, &AdvocateEditor::saveRequested, this, &AdvocatesPage::saveEditor);
    connect(m_editor, &AdvocateEditor::revertRequested, this, [this] {
        if (m_editor->isNew())
            m_editor->clear();
        else
            loadIntoEditor(m_editor->advocateId());
    });
    connect(m_editor, &AdvocateEditor::newCodeRequested, this, [this] {
        if (!m_database)
            return;
        store::AdvocateStore store(m_database->connection(), m_clock);
        const auto code = store.uniqueReferralCode(m_editor->advocate().firstName);
        if (code)
            m_editor->setReferralCode(code.value());
        else
            m_editor->showError(code.error());
    });
    connect(m_editor, &AdvocateEditor::showAdvocateRequested, this, &AdvocatesPage::showAdvocate);
    connect(m_tree, &ReferralTreeView::advocateActivated, this, &AdvocatesPage::showAdvocate);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("advocatesSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(m_settings.value<QByteArray>(Settings::Key::AdvocatesSplitterState)))
        m_splitter->setSizes({720, 380});

    m_emptyState = new EmptyStatePage(QIcon(QStringLiteral(":/icons/nav/advocates.svg")), tr("No advocates yet"),
        tr("Advocates are the customers, partners and staff who recommend you. Import the customer list your shop, "
           "CRM or mailing tool exports, or add the first one by hand."),
        this);
    m_emptyState->setObjectName(QStringLiteral("advocatesEmptyState"));
    QPushButton* importButton = m_emptyState->addButton(tr("Import Customers…"));
    importButton->setObjectName(QStringLiteral("emptyImportButton"));
    importButton->setToolTip(tr("Bring in a CSV export of your customers (File → Import Customers…, Ctrl+I)"));
    connect(importButton, &QPushButton::clicked, this, &AdvocatesPage::importRequested);
    connect(m_emptyState->addButton(tr("Add Advocate")), &QPushButton::clicked, this, &AdvocatesPage::startNewAdvocate);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_emptyState);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void AdvocatesPage::setDatabase(db::Database* database)
{
    m_database = database;
    m_pendingOpenId = 0;
    m_pendingOpenRow = -1;
    QString currency = QStringLiteral("USD");
    if (m_database) {
        const auto settings = store::SettingsStore(m_database->connection()).load();
        if (settings)
            currency = settings->currency;
    }
    m_editor->setCurrency(currency);
    m_editor->clear();
    m_editor->setReadOnly(!m_database || m_database->isReadOnly());
    m_tree->setDatabase(m_database ? m_database->connection() : QSqlDatabase());
    m_activity->setDatabase(m_database ? m_database->connection() : QSqlDatabase());
    m_model.setDatabase(m_database, currency);
    refreshTagFilter();
    updateActions();
    updateCount();
}

void AdvocatesPage::refreshTagFilter()
{
    const QString current = m_tagFilter->currentData().toString();
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    if (m_database) {
        QSqlQuery q(m_database->connection());
        if (q.exec(QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE"))) {
            while (q.next())
                m_tagFilter->addItem(q.value(0).toString(), q.value(0).toString());
        }
    }
    const int index = m_tagFilter->findData(current);
    m_tagFilter->setCurrentIndex(index < 0 ? 0 : index);
}

void AdvocatesPage::applyFilters()
{
    itemmodels::AdvocateFilter filter;
    if (m_kindFilter->currentData().toInt() >= 0)
        filter.kind = static_cast<domain::AdvocateKind>(m_kindFilter->currentData().toInt());
    if (m_statusFilter->currentData().toInt() >= 0)
        filter.status = static_cast<domain::AdvocateStatus>(m_statusFilter->currentData().toInt());
    if (m_consentFilter->currentData().toInt() >= 0)
        filter.consent = m_consentFilter->currentData().toInt() == 1;
    filter.tag = m_tagFilter->currentData().toString();
    filter.search = m_search->text();
    m_model.setFilter(filter);
}

void AdvocatesPage::clearFilters()
{
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    for (QComboBox* combo : {m_kindFilter, m_tagFilter, m_statusFilter, m_consentFilter})
        combo->setCurrentIndex(0);
    applyFilters();
}

QString AdvocatesPage::countText() const
{
    const QLocale locale;
    const qint64 shown = m_model.rowCount();
    const qint64 total = m_model.totalCount();
    if (!m_model.isCountFinal())
        return tr("Counting… at least %1 advocates").arg(locale.toString(shown));
    if (shown == total)
        return tr("%Ln advocate(s)", nullptr, static_cast<int>(qMin<qint64>(total, INT_MAX)));
    //: N of M advocates, where N are shown by the filters
    return tr("%1 of %2 advocates").arg(locale.toString(shown), locale.toString(total));
}

void AdvocatesPage::updateCount()
{
    m_countLabel->setText(countText());
    const bool filtered = m_model.filter() != itemmodels::AdvocateFilter();
    const bool empty = m_database && m_model.isCountFinal() && m_model.totalCount() == 0 && !filtered;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyState) : m_splitter);
    const bool noMatch = filtered && m_model.isCountFinal() && m_model.rowCount() == 0;
    m_tableStack->setCurrentWidget(noMatch ? static_cast<QWidget*>(m_noMatch) : m_table);
    if (empty && m_editor->isNew())
        m_stack->setCurrentWidget(m_splitter);
}

void AdvocatesPage::updateActions()
{
    const bool writable = m_database && !m_database->isReadOnly();
    const bool hasSelection = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    const bool single = hasSelection && m_table->selectionModel()->selectedRows().size() == 1;
    m_addAction->setEnabled(writable);
    m_deleteAction->setEnabled(writable && hasSelection);
    m_addTagAction->setEnabled(writable && hasSelection);
    m_removeTagAction->setEnabled(writable && hasSelection);
    m_kindMenu->setEnabled(writable && hasSelection);
    m_exportAction->setEnabled(m_database && single);
    m_exportRecordsAction->setEnabled(m_database != nullptr);
    m_eraseAction->setEnabled(writable && single);
    m_openAction->setEnabled(hasSelection);
}

qint64 AdvocatesPage::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model.idAt(index.row()) : 0;
}

QList<qint64> AdvocatesPage::selectedIds(bool* ok)
{
    QList<qint64> ids;
    if (ok)
        *ok = true;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection()) {
        const auto part = m_model.idsInRows(range.top(), range.bottom());
        if (!part) {
            if (ok)
                *ok = false;
            showProblem(tr("Advocates"), part.error().message);
            return {};
        }
        ids << part.value();
    }
    return ids;
}

void AdvocatesPage::openRow(int row)
{
    if (!m_database)
        return;
    const qint64 id = m_model.idAt(row);
    if (id == 0) {
        // The page is on its way; open it when it lands.
        m_pendingOpenRow = row;
        return;
    }
    if (id == m_editor->advocateId() && m_editor->hasAdvocate() && !m_editor->isNew())
        return;
    // Leaving an advocate with unsaved changes saves them: nothing typed is lost, and the save
    // can be undone like any other.
    if (m_editor->isModified() && !saveEditor())
        return;
    loadIntoEditor(id);
}

void AdvocatesPage::loadIntoEditor(qint64 id)
{
    if (!m_database || id <= 0) {
        m_editor->clear();
        m_tree->showAdvocate(0);
        m_activity->showAdvocate(0);
        return;
    }
    store::AdvocateStore store(m_database->connection(), m_clock);
    const auto advocate = store.get(id);
    if (!advocate) {
        m_editor->clear();
        m_tree->showAdvocate(0);
        m_activity->showAdvocate(0);
        return;
    }
    QString referrer;
    if (advocate->referredById) {
        const auto r = store.get(*advocate->referredById);
        if (r)
            referrer = referrerText(r.value());
    }
    m_editor->setAdvocate(advocate.value(), referrer);
    m_editor->setReadOnly(m_database->isReadOnly());
    m_tree->showAdvocate(id);
    m_activity->showAdvocate(id);
    updateActions();
}

void AdvocatesPage::refreshActivity()
{
    if (!m_editor->isNew())
        m_activity->showAdvocate(m_editor->advocateId());
}

void AdvocatesPage::startNewAdvocate()
{
    if (!m_database || m_database->isReadOnly())
        return;
    if (m_editor->isModified() && !saveEditor())
        return;
    m_stack->setCurrentWidget(m_splitter);
    m_table->clearSelection();
    m_editor->startNew();
    m_editor->setReadOnly(false);
    m_tabs->setCurrentIndex(0);
    m_tree->showAdvocate(0);
    m_activity->showAdvocate(0);
    m_editor->focusFirstField();
}

bool AdvocatesPage::saveEditor()
{
    if (!m_database)
        return false;
    store::AdvocateStore store(m_database->connection(), m_clock);
    domain::Advocate edited = m_editor->advocate();
    if (m_editor->referrerChanged()) {
        const QString input = m_editor->referrerInput();
        if (input.isEmpty()) {
            edited.referredById.reset();
        } else {
            auto found = store.findIdByReferralCode(input);
            if (found && !found.value())
                found = store.findIdByEmail(input);
            if (!found || !found.value()) {
                m_editor->showError(Error(Error::Code::Invalid,
                    tr("No advocate has the referral code or email “%1”.").arg(input), QStringLiteral("referred_by")));
                return false;
            }
            edited.referredById = *found.value();
        }
    }
    if (edited.totalSpentMinor < 0) {
        m_editor->showError(Error(Error::Code::Invalid, QString(), QStringLiteral("total_spent")));
        return false;
    }

    if (m_editor->isNew()) {
        if (Status created = store.create(edited); !created) {
            m_editor->showError(created.error());
            return false;
        }
        m_undoStack.push(new AddAdvocateCommand(commandContext(), edited));
    } else {
        const auto before = store.get(edited.id);
        if (!before) {
            m_editor->showError(before.error());
            return false;
        }
        if (Status updated = store.update(edited); !updated) {
            m_editor->showError(updated.error());
            return false;
        }
        m_undoStack.push(new EditAdvocateCommand(commandContext(), before.value(), edited));
    }
    m_editor->clearErrors();
    m_model.refresh();
    refreshTagFilter();
    loadIntoEditor(edited.id);
    m_pendingOpenId = edited.id;
    m_model.locate(edited.id);
    return true;
}

void AdvocatesPage::showAdvocate(qint64 id)
{
    if (!m_database || id <= 0)
        return;
    if (m_editor->isModified() && id != m_editor->advocateId() && !saveEditor())
        return;
    m_pendingOpenId = id;
    loadIntoEditor(id);
    m_model.locate(id);
}

void AdvocatesPage::onLocated(qint64 id, int row)
{
    if (id != m_pendingOpenId)
        return;
    if (row < 0 && m_model.filter() != itemmodels::AdvocateFilter()) {
        // Hidden by the filters: show everyone, then look again.
        clearFilters();
        m_model.locate(id);
        return;
    }
    m_pendingOpenId = 0;
    if (row < 0)
        return;
    const QModelIndex index = m_model.index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

CommandContext AdvocatesPage::commandContext()
{
    CommandContext context;
    context.db = m_database->connection();
    context.clock = &m_clock;
    context.changed = [this](const QList<qint64>& ids) { onDataChanged(ids); };
    context.failed = [this](const QString& message) { showProblem(tr("Undo"), message); };
    db::Database* database = m_database;
    context.run = [this, database](const QString& label, const std::function<Status(QSqlDatabase)>& work) {
        return runInBackground(this, *database, label, work);
    };
    return context;
}

void AdvocatesPage::onDataChanged(const QList<qint64>& ids)
{
    m_model.refresh();
    refreshTagFilter();
    if (m_editor->hasAdvocate() && !m_editor->isNew() && ids.contains(m_editor->advocateId()))
        loadIntoEditor(m_editor->advocateId());
}

void AdvocatesPage::deleteSelected()
{
    if (!m_database || m_database->isReadOnly())
        return;
    bool ok = false;
    const QList<qint64> ids = selectedIds(&ok);
    if (!ok || ids.isEmpty())
        return;
    store::AdvocateStore store(m_database->connection(), m_clock);
    const auto dependents = store.dependents(ids);
    QString what;
    if (ids.size() == 1) {
        const auto one = store.get(ids.first());
        what = tr("Delete “%1”?").arg(one ? one->displayName() : QString());
    } else {
        what = tr("Delete %Ln advocate(s)?", nullptr, static_cast<int>(ids.size()));
    }
    QString detail;
    if (dependents && (dependents->referrals > 0 || dependents->rewards > 0)) {
        detail = tr("Their %1 referrals and %2 rewards will be deleted with them.")
                     .arg(QLocale().toString(dependents->referrals), QLocale().toString(dependents->rewards));
    }
    const QString text = QStringList {what, detail, tr("You can undo this with Edit → Undo.")}.join(QLatin1Char(' '));
    if (!m_prompter.confirm(this, tr("Delete Advocates"), text.simplified(), tr("Delete")))
        return;
    // Everything that goes with the advocates is kept for undo: seconds for a big selection.
    store::AdvocateSnapshot snapshot;
    const Status deleted = commandContext().execute(
        tr("Deleting %Ln advocate(s) with their referrals and rewards…", nullptr, static_cast<int>(ids.size())),
        [&](QSqlDatabase db) -> Status {
            auto removed = store::AdvocateSnapshot::remove(db, ids);
            if (!removed)
                return removed.error();
            snapshot = std::move(removed).value();
            return {};
        });
    if (!deleted) {
        showProblem(tr("Delete Advocates"), deleted.error().message);
        return;
    }
    m_undoStack.push(new DeleteAdvocatesCommand(commandContext(), std::move(snapshot)));
    if (ids.contains(m_editor->advocateId()))
        m_editor->clear();
    m_table->clearSelection();
    onDataChanged(ids);
}

void AdvocatesPage::applyToSelected(const QString& title, const std::function<QString(int count)>& describe,
    const std::function<Status(store::AdvocateBulkEditor&, const QList<qint64>&)>& change)
{
    bool ok = false;
    const QList<qint64> ids = selectedIds(&ok);
    if (!ok || ids.isEmpty())
        return;
    // The state before and after, so undo and redo put back exactly what was there.
    const QSqlDatabase db = m_database->connection();
    auto before = store::AdvocateStamps::capture(db, ids);
    if (!before)
        return showProblem(title, before.error().message);
    store::AdvocateBulkEditor editor(db, m_clock);
    if (Status done = change(editor, ids); !done)
        return showProblem(title, done.error().message);
    auto after = store::AdvocateStamps::capture(db, ids);
    if (!after)
        return showProblem(title, after.error().message);
    m_undoStack.push(new BulkAdvocatesCommand(commandContext(), describe(static_cast<int>(ids.size())), ids,
        std::move(before).value(), std::move(after).value()));
    onDataChanged(ids);
}

QString AdvocatesPage::askForTag(const QString& title, const QString& label)
{
    QStringList tags;
    for (int i = 1; i < m_tagFilter->count(); ++i)
        tags << m_tagFilter->itemData(i).toString();
    return m_prompter.askText(this, title, label, tags);
}

void AdvocatesPage::addTagToSelected()
{
    if (!m_database || m_database->isReadOnly())
        return;
    const QString tag = askForTag(tr("Add Tag"), tr("Tag to add to the selected advocates:"));
    if (tag.isEmpty())
        return;
    applyToSelected(
        tr("Add Tag"), [tag](int count) { return tr("Tag %Ln advocate(s) “%1”", nullptr, count).arg(tag); },
        [tag](store::AdvocateBulkEditor& editor, const QList<qint64>& ids) { return editor.addTag(ids, tag); });
}

void AdvocatesPage::removeTagFromSelected()
{
    if (!m_database || m_database->isReadOnly())
        return;
    const QString tag = askForTag(tr("Remove Tag"), tr("Tag to remove from the selected advocates:"));
    if (tag.isEmpty())
        return;
    applyToSelected(
        tr("Remove Tag"), [tag](int count) { return tr("Untag %Ln advocate(s) “%1”", nullptr, count).arg(tag); },
        [tag](store::AdvocateBulkEditor& editor, const QList<qint64>& ids) { return editor.removeTag(ids, tag); });
}

void AdvocatesPage::setKindOfSelected(int kind)
{
    if (!m_database || m_database->isReadOnly())
        return;
    const auto newKind = static_cast<domain::AdvocateKind>(kind);
    applyToSelected(
        tr("Change Kind"),
        [newKind](int count) {
            return tr("Make %Ln advocate(s) “%1”", nullptr, count).arg(domain::Advocate::kindName(newKind));
        },
        [newKind](
            store::AdvocateBulkEditor& editor, const QList<qint64>& ids) { return editor.setKind(ids, newKind); });
}

void AdvocatesPage::exportPerson()
{
    const qint64 id = currentId();
    if (!m_database || id <= 0)
        return;
    const auto person = store::AdvocateStore(m_database->connection(), m_clock).get(id);
    const QString suggested = QStringLiteral("%1/%2 personal data.json")
                                  .arg(QDir::homePath(), person ? person->displayName() : QStringLiteral("advocate"));
    const QString path
        = m_files.saveFile(this, tr("Export This Person's Data"), suggested, tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto json = privacy::PersonalData::exportPerson(m_database->connection(), id, m_clock);
    if (!json)
        return showProblem(tr("Export This Person's Data"), json.error().message);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json.value()) != json->size() || !file.commit()) {
        return showProblem(tr("Export This Person's Data"),
            tr("The file “%1” could not be written: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    m_prompter.information(this, tr("Export This Person's Data"),
        tr("Everything stored about this person was saved to “%1”.").arg(QDir::toNativeSeparators(path)));
}

void AdvocatesPage::exportRecords()
{
    if (!m_database)
        return;
    exporting::RecordExportOptions view;
    view.advocates = m_model.query();
    const bool filtered = m_model.filter() != itemmodels::AdvocateFilter();
    // The table's count of the filtered rows, once it is final; otherwise the export counts.
    const qint64 shown = filtered && m_model.isCountFinal() ? m_model.rowCount() : -1;
    m_recordExport.run(this, *m_database, exporting::RecordKind::Advocates, view, filtered, shown);
}

void AdvocatesPage::erasePerson()
{
    const qint64 id = currentId();
    if (!m_database || m_database->isReadOnly() || id <= 0)
        return;
    const auto person = store::AdvocateStore(m_database->connection(), m_clock).get(id);
    if (!person)
        return;
    // Daily backups are the one place the data outlives the erase; say for how long.
    const int keepDays = m_settings.value<int>(Settings::Key::BackupKeepDays);
    const QString backups = keepDays > 0
        ? tr("Only the daily backups made before now still hold the data: each is deleted %n day(s) after it "
             "was made (Settings → Backups). Copies you saved yourself hold it until you delete them.",
            nullptr, keepDays)
        : tr("Only the daily backups made before now still hold the data, and Grapevine keeps every backup "
             "(Settings → Backups): delete the older ones to remove it. Copies you saved yourself hold it until "
             "you delete them.");
    const QString text = tr("Erase the personal data of “%1”? Their name, email, phone, company, notes, tags and "
                            "consent are replaced by an anonymous placeholder everywhere in this file: in mentions "
                            "they wrote, in referrals where they were the friend, and in the import history. Their "
                            "referrals and rewards stay, so your totals remain right. This cannot be undone, and "
                            "the undo history is cleared.")
                             .arg(person->displayName())
        + QStringLiteral("\n\n") + backups;
    if (!m_prompter.confirm(this, tr("Erase This Person"), text, tr("Erase for Good")))
        return;
    // The erase rewrites the whole file so no old copy of the data survives (seconds on a big
    // file): on its own thread, with the window kept alive.
    const Clock& clock = m_clock;
    const Status erased = runInBackground(this, *m_database,
        tr("Erasing the personal data of “%1” and rewriting the file so that no copy of it remains…")
            .arg(person->displayName()),
        [id, &clock](QSqlDatabase connection) { return privacy::PersonalData::erasePerson(connection, id, clock); });
    if (!erased)
        return showProblem(tr("Erase This Person"), erased.error().message);
    // Older commands could put the erased data back (and hold it in memory).
    m_undoStack.clear();
    onDataChanged({id});
    loadIntoEditor(id);
}

void AdvocatesPage::showTableMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(m_openAction);
    menu.addAction(m_addAction);
    menu.addSeparator();
    menu.addAction(m_addTagAction);
    menu.addAction(m_removeTagAction);
    menu.addMenu(m_kindMenu);
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.addAction(m_eraseAction);
    menu.addSeparator();
    menu.addAction(m_exportRecordsAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void AdvocatesPage::showHeaderMenu(const QPoint& pos)
{
    QHeaderView* header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    for (int c = 0; c < itemmodels::kAdvocateColumnCount; ++c) {
        QAction* action = menu.addAction(AdvocateTableModel::columnTitle(AdvocateColumn(c)));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        // The name identifies the row; it stays.
        action->setEnabled(c != static_cast<int>(AdvocateColumn::Name));
        connect(action, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset Columns"), this, [header] {
        for (int c = 0; c < header->count(); ++c) {
            header->setSectionHidden(c, false);
            header->moveSection(header->visualIndex(c), c);
        }
    });
    menu.exec(header->mapToGlobal(pos));
}

void AdvocatesPage::showProblem(const QString& title, const QString& message)
{
    m_prompter.warning(this, title, message);
}

} // namespace grapevine::ui
