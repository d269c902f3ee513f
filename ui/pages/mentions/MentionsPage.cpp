// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentionsPage.h"

#include <algorithm>

#include <QAction>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "MentionDetailsPanel.h"
#include "MentionLogForm.h"
#include "commands/MentionCommands.h"
#include "db/Database.h"
#include "dialogs/MentionSettingsDialog.h"
#include "domain/Campaign.h"
#include "domain/Clock.h"
#include "metrics/WordOfMouth.h"
#include "pages/EmptyStatePage.h"
#include "settings/Settings.h"
#include "store/AdvocateStore.h"
#include "store/CampaignStore.h"
#include "store/MentionStore.h"
#include "store/SettingsStore.h"
#include "store/SqlSupport.h"
#include "widgets/AlertColor.h"
#include "widgets/HeaderWidths.h"
#include "widgets/Prompter.h"
#include "widgets/TwoPartBar.h"

namespace grapevine::ui {

using domain::Mention;
using domain::ResponseStatus;
using domain::Sentiment;
using itemmodels::MentionListModel;

namespace {

/// The "any date" end of the date filters: the earliest date they offer, shown as "Any date".
const QDate kAnyDate(2000, 1, 1);

/// How far back the figures under the table look.
constexpr int kFigureDays = 30;

/// Overdue rows in the alert colour, their Response cell in bold: the queue's urgent items
/// stand out without a colour the model would have to know about.
class OverdueDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(MentionListModel::OverdueRole).toBool())
            return;
        option->palette.setColor(QPalette::Text, alertColor(option->palette));
        if (index.column() == MentionListModel::Response)
            option->font.setBold(true);
    }
};

/// "25%", or "+25%" / "-10%" for a figure that can go either way.
QString percent(double share, bool withSign)
{
    const QLocale locale;
    const int value = qRound(share * 100.0);
    QString text = locale.toString(value) + locale.percent();
    if (withSign && value > 0)
        text.prepend(locale.positiveSign());
    return text;
}

} // namespace

MentionsPage::MentionsPage(Settings& settings, Prompter& prompter, FileChooser& files, QUndoStack& undoStack,
    const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_prompter(prompter)
    , m_undoStack(undoStack)
    , m_clock(clock)
    , m_recordExport(settings, prompter, files, clock)
    , m_model(clock)
{
    setObjectName(QStringLiteral("mentionsPage"));
    buildActions();
    buildUi();
    connect(&m_model, &MentionListModel::errorOccurred, this,
        [this](const QString& message) { showProblem(tr("Mentions"), message); });
    // "Due in 2 h" becomes "overdue" while nobody touches anything: the clock is read again
    // every minute, which is as fine as the due times are shown.
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(60 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, &MentionsPage::refreshDueTimes);
    m_clockTimer->start();
    setDatabase(nullptr);
}

MentionsPage::~MentionsPage()
{
    m_settings.setValue(Settings::Key::MentionsHeaderState, m_table->horizontalHeader()->saveState());
    m_settings.setValue(Settings::Key::MentionsSplitterState, m_splitter->saveState());
}

void MentionsPage::buildActions()
{
    const auto make = [this](const QString& text, const char* name, const QString& tip, void (MentionsPage::*slot)()) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(tip);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_logAction = new QAction(tr("Log a Mention"), this);
    m_logAction->setObjectName(QStringLiteral("logMentionAction"));
    m_logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_logAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_logAction->setToolTip(tr("Go to the form above to log what someone said about you (Ctrl+L)"));
    connect(m_logAction, &QAction::triggered, this, [this] { m_form->focusFirstField(); });
    addAction(m_logAction);

    m_respondAction = make(tr("&Respond"), "respondAction",
        tr("Keep the response written in the details as the answer to this mention (Ctrl+Enter in the response)"),
        &MentionsPage::respond);
    m_resolveAction = make(tr("Re&solve"), "resolveAction",
        tr("Close the answered mention: the author is satisfied, or nothing more can be done"), &MentionsPage::resolve);
    m_reopenAction = make(tr("Re&open"), "reopenAction",
        tr("Back into the response queue, due a full response target from now (the author wrote again)"),
        &MentionsPage::reopen);
    m_markAction = make(tr("Mark as &Testimonial…"), "markTestimonialAction",
        tr("The author allowed you to reuse these words: record when and how"), &MentionsPage::markTestimonial);
    m_unmarkAction = make(tr("Not a Testimonial"), "unmarkTestimonialAction",
        tr("Stop offering these words as a testimonial (the permission was withdrawn)"),
        &MentionsPage::unmarkTestimonial);
    m_copyAction = make(tr("&Copy Testimonial"), "copyTestimonialAction",
        tr("Copy the words with the author and date, and the disclosure when the author was rewarded"),
        &MentionsPage::copyTestimonial);
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copyAction);
    m_deleteAction = make(tr("&Delete…"), "deleteMentionAction", tr("Delete the mention (Edit → Undo brings it back)"),
        &MentionsPage::deleteCurrent);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only from the table: elsewhere the key deletes text.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_settingsAction = make(tr("Channels && Target…"), "mentionSettingsAction",
        tr("Edit the channels offered when you log a mention, and the response target for negative ones"),
        &MentionsPage::editSettings);
    m_exportRecordsAction = make(tr("Export to &CSV…"), "exportRecordsAction",
        tr("Save the mentions the list shows, or all of them, as a CSV file for a spreadsheet (Ctrl+E)"),
        &MentionsPage::exportRecords);
    m_exportRecordsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportRecordsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_exportRecordsAction);
}

void MentionsPage::editSettings()
{
    if (!m_database)
        return;
    const auto settings = store::SettingsStore(m_database->connection()).load();
    if (!settings) {
        showProblem(tr("Mention Settings"), settings.error().message);
        return;
    }
    // Window-modal and open() rather than exec(): the page stays responsive to its timer, and
    // tests reach the dialog as a child of the page.
    auto* dialog = new MentionSettingsDialog(settings.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_database)
            return;
        const Status saved = store::SettingsStore(m_database->connection()).save(dialog->settings());
        if (!saved) {
            showProblem(tr("Mention Settings"), saved.error().message);
            return;
        }
        reloadChoices();
        reload();
    });
    dialog->open();
}

void MentionsPage::buildUi()
{
    auto* logBox = new QGroupBox(tr("Log a mention"), this);
    logBox->setObjectName(QStringLiteral("logBox"));
    m_form = new MentionLogForm(m_clock, logBox);
    auto* logLayout = new QVBoxLayout(logBox);
    logLayout->addWidget(m_form);
    connect(m_form, &MentionLogForm::logged, this, &MentionsPage::onLogged);

    // The views: every mention, the response queue, the testimonials.
    auto* viewBar = new QHBoxLayout;
    m_views = new QButtonGroup(this);
    m_views->setExclusive(true);
    const auto addView = [&](View view, const char* name, const QString& text, const QString& tip) {
        auto* button = new QToolButton(this);
        button->setCheckable(true);
        button->setObjectName(QLatin1String(name));
        button->setText(text);
        button->setToolTip(tip);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        m_views->addButton(button, view);
        viewBar->addWidget(button);
    };
    addView(AllView, "viewAll", tr("All mentions"), tr("Every mention, newest first"));
    addView(QueueView, "viewQueue", tr("Response queue"),
        tr("Negative mentions waiting for an answer, the one due first on top"));
    addView(TestimonialsView, "viewTestimonials", tr("Testimonials"),
        tr("Positive mentions whose authors allowed their reuse, ready to copy"));
    m_views->button(AllView)->setChecked(true);
    connect(m_views, &QButtonGroup::idClicked, this, [this](int id) { showView(static_cast<View>(id)); });

    // The actions follow the views on the same row: the form above is where mentions are logged.
    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("mentionsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* a : {m_respondAction, m_resolveAction, m_reopenAction})
        toolbar->addAction(a);
    toolbar->addSeparator();
    for (QAction* a : {m_markAction, m_copyAction})
        toolbar->addAction(a);
    toolbar->addSeparator();
    toolbar->addAction(m_deleteAction);
    toolbar->addSeparator();
    toolbar->addAction(m_exportRecordsAction);
    toolbar->addAction(m_settingsAction);
    viewBar->addSpacing(12);
    viewBar->addWidget(toolbar, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("mentionsTable"));
    m_table->setModel(&m_model);
    m_table->setItemDelegate(new OverdueDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->addAction(m_deleteAction);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures every row of a long list.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const int dateWidth = m_table->fontMetrics().horizontalAdvance(
                              QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(22, 58)), QLocale::ShortFormat))
        + 24;
    setHeaderWidths(header, {dateWidth, 110, 130, 80, 75, 260, 120, 170, 90});
    header->setMinimumSectionSize(40);
    // The text is what matters most after who and where, and takes the width the others leave;
    // reach and campaign are in the details.
    header->moveSection(header->visualIndex(MentionListModel::Text), header->visualIndex(MentionListModel::Reach));
    m_table->setColumnHidden(MentionListModel::Reach, true);
    m_table->setColumnHidden(MentionListModel::Campaign, true);
    header->restoreState(m_settings.value<QByteArray>(Settings::Key::MentionsHeaderState));
    header->setSectionResizeMode(MentionListModel::Text, QHeaderView::Stretch);
    header->setSortIndicator(MentionListModel::Occurred, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        if (MentionListModel::isSortable(column))
            return;
        // The text, campaign and incentive cannot be sorted: the indicator goes back to the real sort.
        const QSignalBlocker block(header);
        header->setSortIndicator(m_model.sortColumn(), m_model.sortOrder());
    });
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint& pos) {
        QMenu menu(this);
        for (int c = 0; c < MentionListModel::ColumnCount; ++c) {
            QAction* a = menu.addAction(MentionListModel::columnTitle(static_cast<MentionListModel::Column>(c)));
            a->setCheckable(true);
            a->setChecked(!m_table->isColumnHidden(c));
            a->setEnabled(c != MentionListModel::Occurred);
            connect(a, &QAction::toggled, this, [this, c](bool shown) { m_table->setColumnHidden(c, !shown); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &MentionsPage::showTableMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_selecting)
            return;
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        // An empty selection (the row left the view after an action) keeps the details where they are.
        if (rows.size() == 1)
            loadCurrent(m_model.idAt(rows.front().row()));
    });

    m_noMatch = new QLabel(this);
    m_noMatch->setObjectName(QStringLiteral("mentionsNoMatch"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->setMargin(24);
    m_tableStack = new QStackedWidget(this);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_noMatch);

    m_details = new MentionDetailsPanel(this);
    m_details->setResponseActions({m_respondAction, m_resolveAction, m_reopenAction});
    connect(m_details, &MentionDetailsPanel::responseEdited, this, &MentionsPage::updateActions);
    auto* respondKey = new QAction(this);
    respondKey->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    respondKey->setShortcutContext(Qt::WidgetShortcut);
    connect(respondKey, &QAction::triggered, this, [this] {
        if (m_respondAction->isEnabled())
            respond();
    });
    m_details->responseEdit()->addAction(respondKey);

    // The details go under the table, so that the table keeps the page's width for its columns.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mentionsSplitter"));
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(m_settings.value<QByteArray>(Settings::Key::MentionsSplitterState)))
        m_splitter->setSizes({250, 200});

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("mentionsNotice"));
    m_notice->setWordWrap(true);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("mentionFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_notice, 1);
    statusRow->addWidget(m_figures, 2);

    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("mentionsContent"));
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(viewBar);
    contentLayout->addWidget(buildFilters());
    contentLayout->addWidget(m_splitter, 1);
    contentLayout->addLayout(statusRow);

    m_emptyState = new EmptyStatePage(QIcon(QStringLiteral(":/icons/nav/mentions.svg")),
        tr("No mentions yet — log the first one above"), QString(), this);
    m_emptyState->setObjectName(QStringLiteral("mentionsEmptyState"));

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("mentionsStack"));
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_emptyState);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(logBox);
    layout->addWidget(m_stack, 1);
}

QWidget* MentionsPage::buildFilters()
{
    auto* bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("mentionSearch"));
    m_search->setPlaceholderText(tr("Search author, text or link"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    // One query for the word typed, not one per keystroke.
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MentionsPage::applyFilters);

    m_channelFilter = new QComboBox(bar);
    m_channelFilter->setObjectName(QStringLiteral("channelFilter"));
    m_channelFilter->setToolTip(tr("Show the mentions of one channel"));
    m_sentimentFilter = new QComboBox(bar);
    m_sentimentFilter->setObjectName(QStringLiteral("sentimentFilter"));
    m_sentimentFilter->setToolTip(tr("Show positive, neutral or negative mentions only"));
    m_sentimentFilter->addItem(tr("Any sentiment"), -1);
    for (const Sentiment s : domain::allValues<Sentiment>())
        m_sentimentFilter->addItem(Mention::sentimentName(s), static_cast<int>(s));
    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setToolTip(tr("Show the mentions whose answer is at one step"));
    m_statusFilter->addItem(tr("Any response"), -1);
    for (const ResponseStatus s : domain::allValues<ResponseStatus>())
        m_statusFilter->addItem(Mention::responseStatusName(s), static_cast<int>(s));
    m_campaignFilter = new QComboBox(bar);
    m_campaignFilter->setObjectName(QStringLiteral("campaignFilter"));
    m_campaignFilter->setToolTip(tr("Show the mentions linked to one campaign"));
    for (QComboBox* combo : {m_channelFilter, m_sentimentFilter, m_statusFilter, m_campaignFilter}) {
        // As wide as their choices where there is room; a narrow window may cut them short.
        combo->setMinimumWidth(combo->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 3 + 24);
        connect(combo, qOverload<int>(&QComboBox::activated), this, &MentionsPage::applyFilters);
    }

    const auto dateFilter = [&](const char* name, const QString& tip) {
        auto* edit = new QDateEdit(bar);
        edit->setObjectName(QLatin1String(name));
        edit->setToolTip(tip);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kAnyDate);
        //: The date filters at their lowest value: no limit
        edit->setSpecialValueText(tr("Any date"));
        edit->setDate(kAnyDate);
        const QFontMetrics metrics = edit->fontMetrics();
        edit->setMinimumWidth(
            std::max(metrics.horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), edit->displayFormat())),
                metrics.horizontalAdvance(edit->specialValueText()))
            + 28);
        connect(edit, &QDateEdit::dateChanged, this, &MentionsPage::applyFilters);
        return edit;
    };
    m_fromFilter = dateFilter("fromFilter", tr("Mentions from this day on (down to the lowest date: any date)"));
    m_toFilter
        = dateFilter("toFilter", tr("Mentions up to and including this day (down to the lowest date: any date)"));

    auto* clear = new QToolButton(bar);
    clear->setObjectName(QStringLiteral("clearMentionFilters"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Clear the filters and the search: show every mention of this view again"));
    clear->setAutoRaise(true);
    connect(clear, &QToolButton::clicked, this, &MentionsPage::clearFilters);

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    // The choices keep their width while there is room; the search takes the rest.
    layout->addWidget(m_search, 1);
    layout->addWidget(m_channelFilter);
    layout->addWidget(m_sentimentFilter);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_campaignFilter);
    auto* dates = new QWidget(this);
    auto* from = new QLabel(tr("&From:"), dates);
    from->setBuddy(m_fromFilter);
    auto* to = new QLabel(tr("T&o:"), dates);
    to->setBuddy(m_toFilter);
    auto* datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    datesLayout->addWidget(from);
    datesLayout->addWidget(m_fromFilter);
    datesLayout->addWidget(to);
    datesLayout->addWidget(m_toFilter);
    datesLayout->addWidget(clear);
    // The dates go under the choices when a window or a language leaves no room beside them.
    auto* filters = new TwoPartBar(bar, dates, this);
    filters->setObjectName(QStringLiteral("mentionFilters"));
    return filters;
}

void MentionsPage::setDatabase(db::Database* database)
{
    m_database = database;
    m_current.reset();
    const QSqlDatabase connection = database ? database->connection() : QSqlDatabase();
    m_form->setDatabase(connection);
    reloadChoices();
    // Errors arrive through errorOccurred().
    (void)m_model.setDatabase(connection);
    m_notice->clear();
    showView(m_view);
    updateCounts();
    updateFigures();
}

void MentionsPage::reloadChoices()
{
    m_channels = domain::MentionChannels::defaults();
    m_responseTargetHours = 24;
    std::vector<domain::Campaign> campaigns;
    if (m_database) {
        const QSqlDatabase db = m_database->connection();
        if (const auto settings = store::SettingsStore(db).load()) {
            m_channels = settings->mentionChannels;
            m_responseTargetHours = settings->responseTargetHours;
        }
        if (auto all = store::CampaignStore(db, m_clock).list())
            campaigns = std::move(all).value();
    }
    std::sort(campaigns.begin(), campaigns.end(),
        [](const domain::Campaign& a, const domain::Campaign& b) { return a.name.localeAwareCompare(b.name) < 0; });

    const QVariant channel = m_channelFilter->currentData();
    m_channelFilter->clear();
    m_channelFilter->addItem(tr("All channels"));
    for (const domain::MentionChannel& c : std::as_const(m_channels))
        m_channelFilter->addItem(c.name, c.key);
    const int channelIndex = channel.isValid() ? m_channelFilter->findData(channel) : 0;
    m_channelFilter->setCurrentIndex(channelIndex < 0 ? 0 : channelIndex);

    const qint64 campaign = m_campaignFilter->currentData().toLongLong();
    m_campaignFilter->clear();
    m_campaignFilter->addItem(tr("All campaigns"), qint64 {0});
    for (const domain::Campaign& c : campaigns)
        m_campaignFilter->addItem(c.name, c.id);
    const int campaignIndex = m_campaignFilter->findData(campaign);
    m_campaignFilter->setCurrentIndex(campaignIndex < 0 ? 0 : campaignIndex);

    m_form->reloadChoices();
    m_emptyState->setText(
        tr("Reviews, posts, comments and what customers tell you in person all count: paste the link or write what "
           "was said, choose the channel and press Enter. A negative mention goes into the response queue, to be "
           "answered within %n hour(s).",
            nullptr, m_responseTargetHours));
}

void MentionsPage::reload()
{
    reloadChoices();
    (void)m_model.reload();
    if (m_current)
        loadCurrent(m_current->id);
    selectCurrent();
    updateCounts();
    updateFigures();
    updateStack();
}

void MentionsPage::showView(View view)
{
    m_view = view;
    if (QAbstractButton* b = m_views->button(view))
        b->setChecked(true);
    // Each view has its natural order: the queue by due time, the others newest first.
    const int column = view == QueueView ? MentionListModel::Response : MentionListModel::Occurred;
    const Qt::SortOrder order = view == QueueView ? Qt::AscendingOrder : Qt::DescendingOrder;
    {
        const QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(column, order);
    }
    if (m_model.sortColumn() != column || m_model.sortOrder() != order)
        (void)m_model.setSort(column, order);
    // The queue is about the answer, the testimonials about the words and the incentive.
    m_statusFilter->setEnabled(view == AllView);
    m_sentimentFilter->setEnabled(view != TestimonialsView);
    m_table->setColumnHidden(MentionListModel::Response, view == TestimonialsView);
    if (view == TestimonialsView)
        m_table->setColumnHidden(MentionListModel::Incentivised, false);
    applyFilters();
}

void MentionsPage::applyFilters()
{
    m_searchDelay->stop();
    itemmodels::MentionFilter filter;
    if (const QVariant channel = m_channelFilter->currentData(); channel.isValid())
        filter.channel = channel.toString();
    if (const int sentiment = m_sentimentFilter->currentData().toInt(); sentiment >= 0 && m_view != TestimonialsView)
        filter.sentiment = static_cast<Sentiment>(sentiment);
    if (m_view == QueueView)
        filter.responseStatus = ResponseStatus::NeedsResponse;
    else if (const int status = m_statusFilter->currentData().toInt(); status >= 0 && m_view == AllView)
        filter.responseStatus = static_cast<ResponseStatus>(status);
    if (const qint64 campaign = m_campaignFilter->currentData().toLongLong(); campaign > 0)
        filter.campaignId = campaign;
    // Days as the user reads them, in their time zone: from the start of the first to the end of the last.
    if (m_fromFilter->date() != kAnyDate)
        filter.from = QDateTime(m_fromFilter->date(), QTime(0, 0)).toUTC();
    if (m_toFilter->date() != kAnyDate)
        filter.to = QDateTime(m_toFilter->date().addDays(1), QTime(0, 0)).toUTC();
    filter.testimonialsOnly = m_view == TestimonialsView;
    filter.search = m_search->text();
    if (filter != m_model.filter())
        (void)m_model.setFilter(filter);
    // A mention the new view does not hold is no longer what the details are about.
    if (m_current && m_model.rowOf(m_current->id) < 0) {
        m_current.reset();
        showDetails();
    }
    selectCurrent();
    updateStack();
    updateActions();
}

void MentionsPage::clearFilters()
{
    for (QComboBox* combo : {m_channelFilter, m_sentimentFilter, m_statusFilter, m_campaignFilter})
        combo->setCurrentIndex(0);
    for (QDateEdit* edit : {m_fromFilter, m_toFilter}) {
        const QSignalBlocker block(edit);
        edit->setDate(kAnyDate);
        edit->setMinimumWidth(
            edit->fontMetrics().horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), edit->displayFormat())) + 28);
    }
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    applyFilters();
}

void MentionsPage::showMentions(const QString& channel, const QDate& first, const QDate& last)
{
    if (m_view != AllView)
        showView(AllView);
    {
        const QSignalBlocker blockChannel(m_channelFilter);
        const QSignalBlocker blockSentiment(m_sentimentFilter);
        const QSignalBlocker blockStatus(m_statusFilter);
        const QSignalBlocker blockCampaign(m_campaignFilter);
        const QSignalBlocker blockFrom(m_fromFilter);
        const QSignalBlocker blockTo(m_toFilter);
        const QSignalBlocker blockSearch(m_search);
        for (QComboBox* combo : {m_sentimentFilter, m_statusFilter, m_campaignFilter})
            combo->setCurrentIndex(0);
        m_channelFilter->setCurrentIndex(channel.isEmpty() ? 0 : std::max(0, m_channelFilter->findData(channel)));
        m_fromFilter->setDate(first.isValid() && first > kAnyDate ? first : kAnyDate);
        m_toFilter->setDate(last.isValid() && last > kAnyDate ? last : kAnyDate);
        m_search->clear();
    }
    applyFilters();
}

void MentionsPage::showMention(qint64 id)
{
    if (!m_database || id <= 0)
        return;
    if (m_model.rowOf(id) < 0) {
        clearFilters();
        if (m_view != AllView)
            showView(AllView);
    }
    // Deep in a long list it may not be loaded yet: the details show it all the same.
    loadCurrent(id);
    selectCurrent();
}

void MentionsPage::refreshDueTimes()
{
    m_table->viewport()->update();
    m_details->refreshDue(m_clock.nowUtc());
    // The figures under the table do not show what the clock changes; they wait for the next change.
    updateCounts();
}

std::optional<qint64> MentionsPage::currentMentionId() const
{
    return m_current ? std::optional<qint64>(m_current->id) : std::nullopt;
}

bool MentionsPage::loadCurrent(qint64 id)
{
    m_current.reset();
    if (m_database && id > 0) {
        Result<Mention> read = store::MentionStore(m_database->connection(), m_clock).get(id);
        if (read)
            m_current = std::move(read).value();
    }
    showDetails();
    updateActions();
    return m_current.has_value();
}

void MentionsPage::selectCurrent()
{
    const int row = m_current ? m_model.rowOf(m_current->id) : -1;
    m_selecting = true;
    if (row < 0) {
        m_table->selectionModel()->clearSelection();
    } else {
        const QModelIndex index = m_model.index(row, 0);
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    m_selecting = false;
}

void MentionsPage::showDetails()
{
    if (!m_current) {
        m_details->showNothing(m_database ? tr("Select a mention to see it whole and answer it.")
                                          : tr("Open a database to see its mentions."));
        return;
    }
    const Mention& m = *m_current;
    MentionDetailsPanel::Names names;
    names.channel = channelName(m.channel);
    const QSqlDatabase db = m_database->connection();
    if (m.advocateId) {
        if (const auto advocate = store::AdvocateStore(db, m_clock).get(*m.advocateId))
            names.advocate = advocate->displayName();
    }
    if (m.campaignId) {
        if (const auto campaign = store::CampaignStore(db, m_clock).get(*m.campaignId))
            names.campaign = campaign->name;
    }
    m_details->showMention(m, names, m_clock.nowUtc());
}

void MentionsPage::updateCounts()
{
    m_counts = {};
    if (m_database) {
        if (const auto counts = mentions::ResponseWorkflow(m_database->connection(), m_clock).counts())
            m_counts = counts.value();
    }
    QAbstractButton* queue = m_views->button(QueueView);
    const QLocale locale;
    queue->setText(tr("Response queue (%1)").arg(locale.toString(m_counts.open)));
    QString tip = tr("%Ln negative mention(s) waiting for an answer, the one due first on top.", nullptr,
        static_cast<int>(m_counts.open));
    if (m_counts.overdue > 0)
        tip += QLatin1Char(' ') + tr("%Ln overdue.", nullptr, static_cast<int>(m_counts.overdue));
    queue->setToolTip(tip);
    QFont f = queue->font();
    f.setBold(m_counts.overdue > 0);
    queue->setFont(f);
    queue->setStyleSheet(
        m_counts.overdue > 0 ? QStringLiteral("color: %1;").arg(alertColor(palette()).name()) : QString());
    emit queueCountsChanged(m_counts.open, m_counts.overdue);
}

void MentionsPage::updateFigures()
{
    if (!m_database) {
        m_figures->clear();
        return;
    }
    const QDateTime now = m_clock.nowUtc();
    metrics::MentionPeriod period;
    period.from = now.addDays(-kFigureDays);
    const auto figures = metrics::WordOfMouth::compute(m_database->connection(), period, now);
    if (!figures) {
        m_figures->setText(figures.error().message);
        return;
    }
    const metrics::WordOfMouthFigures& w = figures.value();
    const QLocale locale;
    const QString none = QStringLiteral("—");
    const auto net = w.netSentiment();
    const auto answered = w.answeredInTimeShare();
    QStringList parts;
    parts << tr("Last %Ln day(s): ", nullptr, kFigureDays)
            + tr("%Ln mention(s)", nullptr, static_cast<int>(w.mentions));
    parts << tr("net sentiment %1").arg(net ? percent(*net, true) : none);
    parts << tr("reach %1").arg(locale.toString(w.reach));
    parts << tr("answered in time %1").arg(answered ? percent(*answered, false) : none);
    parts << tr("median response %1")
                 .arg(w.medianResponseSeconds ? MentionDetailsPanel::spanText(*w.medianResponseSeconds) : none);
    m_figures->setText(parts.join(QStringLiteral(" · ")));
    m_figures->setToolTip(tr("Net sentiment: (positive − negative) ÷ all mentions. Answered in time: the negative "
                             "mentions answered within the response target of %n hour(s), of those that had their "
                             "chance.",
        nullptr, m_responseTargetHours));
}

void MentionsPage::updateStack()
{
    const bool empty = m_database && m_model.databaseIsEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyState) : m_content);
    const bool rows = m_model.rowCount() > 0;
    m_tableStack->setCurrentWidget(rows ? static_cast<QWidget*>(m_table) : m_noMatch);
    if (rows)
        return;
    const itemmodels::MentionFilter& f = m_model.filter();
    const bool filtered = f.channel || f.sentiment || f.campaignId || f.from.isValid() || f.to.isValid()
        || !f.search.trimmed().isEmpty() || (m_view == AllView && f.responseStatus);
    if (!m_database)
        m_noMatch->setText(tr("Open a database to see its mentions."));
    else if (filtered)
        m_noMatch->setText(tr("No mention matches the filters and the search. Clear shows them all."));
    else if (m_view == QueueView)
        m_noMatch->setText(tr("Nothing waits for an answer. A negative mention you log lands here, due within %n "
                              "hour(s) of when it was posted.",
            nullptr, m_responseTargetHours));
    else if (m_view == TestimonialsView)
        m_noMatch->setText(tr("No testimonials yet. Once an author allows you to reuse their words, select their "
                              "positive mention and choose Mark as Testimonial."));
    else
        m_noMatch->setText(tr("No mentions yet."));
}

bool MentionsPage::writable() const
{
    return m_database && !m_database->isReadOnly();
}

void MentionsPage::updateActions()
{
    const bool editable = writable() && m_current;
    const ResponseStatus status = m_current ? m_current->responseStatus : ResponseStatus::None;
    const QString typed = m_details->responseText();
    m_respondAction->setEnabled(editable && status != ResponseStatus::Resolved && !typed.isEmpty()
        && (status != ResponseStatus::Responded || typed != m_current->responseText));
    m_resolveAction->setEnabled(editable && status == ResponseStatus::Responded);
    m_reopenAction->setEnabled(editable && (status == ResponseStatus::Responded || status == ResponseStatus::Resolved));
    const bool testimonial = m_current && m_current->isTestimonial;
    m_markAction->setEnabled(editable && m_current->sentiment == Sentiment::Positive && !testimonial);
    m_unmarkAction->setEnabled(editable && testimonial);
    m_copyAction->setEnabled(testimonial);
    m_deleteAction->setEnabled(editable);
    m_logAction->setEnabled(writable());
    m_exportRecordsAction->setEnabled(m_database != nullptr);
    m_form->setEnabled(writable());
    m_details->responseEdit()->setReadOnly(!editable || status == ResponseStatus::Resolved);
}

QString MentionsPage::channelName(const QString& key) const
{
    return domain::MentionChannels::nameOf(key, m_channels);
}

void MentionsPage::onLogged(const Mention& mention)
{
    m_undoStack.push(new LogMentionCommand(commandContext(),
        tr("Log mention by “%1”").arg(MentionDetailsPanel::describe(mention, channelName(mention.channel))),
        mention.id));
    m_notice->clear();
    afterChange(mention.id);
}

void MentionsPage::change(const QString& title, const QString& undoText, const std::function<Status(qint64)>& step)
{
    if (!m_current || !writable())
        return;
    const qint64 id = m_current->id;
    const QSqlDatabase db = m_database->connection();
    store::MentionStore store(db, m_clock);
    // Both versions as stored, read in the same transaction as the change.
    store::WriteTransaction tx(db);
    if (!tx.started())
        return showProblem(title, tx.startError().message);
    Result<Mention> before = store.get(id);
    Status done = before ? step(id) : Status(before.error());
    Result<Mention> after = done ? store.get(id) : Result<Mention>(done.error());
    Status committed = after ? tx.commit() : Status(after.error());
    if (!committed) {
        showProblem(title, committed.error().message);
        afterChange(id);
        return;
    }
    m_undoStack.push(
        new EditMentionCommand(commandContext(), undoText, std::move(before).value(), std::move(after).value()));
    afterChange(id);
}

void MentionsPage::afterChange(qint64 id)
{
    const std::optional<qint64> previous = currentMentionId();
    (void)m_model.reload();
    // The changed mention is shown, even when it left the view (answered, out of the queue), so
    // the next step on it is at hand; when it is gone, what was shown before stays.
    if (!loadCurrent(id) && previous && *previous != id)
        loadCurrent(*previous);
    selectCurrent();
    updateCounts();
    updateFigures();
    updateStack();
    emit mentionsChanged();
}

void MentionsPage::respond()
{
    if (!m_current)
        return;
    const QString text = m_details->responseText();
    const QString who = MentionDetailsPanel::describe(*m_current, channelName(m_current->channel));
    const bool wasQueued = m_current->responseStatus == ResponseStatus::NeedsResponse;
    change(tr("Respond"), tr("Respond to “%1”").arg(who),
        [&](qint64 id) { return mentions::ResponseWorkflow(m_database->connection(), m_clock).respond(id, text); });
    if (m_current && m_current->responseStatus == ResponseStatus::Responded) {
        m_details->markResponseSaved();
        m_notice->setText(wasQueued && m_view == QueueView
                ? tr("Response kept; the mention left the queue. Resolve it when nothing more is needed.")
                : tr("Response kept."));
    }
}

void MentionsPage::resolve()
{
    if (!m_current)
        return;
    const QString who = MentionDetailsPanel::describe(*m_current, channelName(m_current->channel));
    change(tr("Resolve"), tr("Resolve mention by “%1”").arg(who),
        [this](qint64 id) { return mentions::ResponseWorkflow(m_database->connection(), m_clock).resolve(id); });
    m_notice->clear();
}

void MentionsPage::reopen()
{
    if (!m_current)
        return;
    const QString who = MentionDetailsPanel::describe(*m_current, channelName(m_current->channel));
    change(tr("Reopen"), tr("Reopen mention by “%1”").arg(who),
        [this](qint64 id) { return mentions::ResponseWorkflow(m_database->connection(), m_clock).reopen(id); });
    m_notice->clear();
}

void MentionsPage::markTestimonial()
{
    if (!m_current || !writable() || m_current->sentiment != Sentiment::Positive)
        return;
    const QString title = tr("Mark as Testimonial");
    const QString who = MentionDetailsPanel::describe(*m_current, channelName(m_current->channel));
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    const QString dateText = m_prompter
                                 .askText(this, title,
                                     tr("On which day did %1 allow you to reuse these words? (e.g. %2)")
                                         .arg(who, today.toString(Qt::ISODate)),
                                     {today.toString(Qt::ISODate)})
                                 .trimmed();
    if (dateText.isEmpty())
        return;
    QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid())
        date = QLocale().toDate(dateText, QLocale::ShortFormat);
    if (!date.isValid())
        return showProblem(
            title, tr("“%1” is not a date. Type the day as %2.").arg(dateText, today.toString(Qt::ISODate)));
    if (date > today)
        return showProblem(title,
            tr("The permission cannot be dated in the future; today is %1.")
                .arg(QLocale().toString(today, QLocale::ShortFormat)));
    const QString how = m_prompter
                            .askText(this, title, tr("How did %1 give permission?").arg(who),
                                {tr("By e-mail"), tr("In a direct message"), tr("On the review site"), tr("In person"),
                                    tr("By phone")})
                            .trimmed();
    if (how.isEmpty())
        return;
    // Today's permission is dated now; an earlier one at noon, safely inside its day everywhere.
    const QDateTime at = date == today ? m_clock.nowUtc() : QDateTime(date, QTime(12, 0)).toUTC();
    change(title, tr("Mark “%1” as a testimonial").arg(who), [&](qint64 id) {
        return mentions::ResponseWorkflow(m_database->connection(), m_clock).markTestimonial(id, at, how);
    });
}

void MentionsPage::unmarkTestimonial()
{
    if (!m_current)
        return;
    const QString who = MentionDetailsPanel::describe(*m_current, channelName(m_current->channel));
    change(tr("Not a Testimonial"), tr("Take “%1” out of the testimonials").arg(who), [this](qint64 id) {
        return mentions::ResponseWorkflow(m_database->connection(), m_clock).unmarkTestimonial(id);
    });
}

void MentionsPage::copyTestimonial()
{
    if (!m_current || !m_current->isTestimonial)
        return;
    const QString text = MentionDetailsPanel::testimonialText(*m_current, channelName(m_current->channel));
    QGuiApplication::clipboard()->setText(text);
    const QString who = MentionDetailsPanel::describe(*m_current, channelName(m_current->channel));
    m_notice->setText(m_current->incentivised
            ? tr("Copied the testimonial by %1, with the disclosure that they were rewarded.").arg(who)
            : tr("Copied the testimonial by %1.").arg(who));
}

void MentionsPage::deleteCurrent()
{
    if (!m_current || !writable())
        return;
    const QString who = MentionDetailsPanel::describe(*m_current, channelName(m_current->channel));
    if (!m_prompter.confirm(this, tr("Delete Mention"),
            tr("Delete the mention by “%1”, with its response? Edit → Undo brings it back.").arg(who), tr("Delete")))
        return;
    const qint64 id = m_current->id;
    store::MentionStore store(m_database->connection(), m_clock);
    Result<Mention> before = store.get(id);
    const Status removed = before ? store.remove(id) : Status(before.error());
    if (!removed) {
        showProblem(tr("Delete Mention"), removed.error().message);
        afterChange(id);
        return;
    }
    m_undoStack.push(
        new DeleteMentionCommand(commandContext(), tr("Delete mention by “%1”").arg(who), std::move(before).value()));
    m_notice->clear();
    afterChange(id);
}

void MentionsPage::showTableMenu(const QPoint& pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), QModelIndex()))
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    for (QAction* a : {m_respondAction, m_resolveAction, m_reopenAction})
        menu.addAction(a);
    menu.addSeparator();
    for (QAction* a : {m_markAction, m_unmarkAction, m_copyAction})
        menu.addAction(a);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.addSeparator();
    menu.addAction(m_exportRecordsAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MentionsPage::exportRecords()
{
    if (!m_database)
        return;
    exporting::RecordExportOptions view;
    view.mentions = exporting::MentionView {m_model.filter(), m_model.sortColumn(), m_model.sortOrder()};
    const bool filtered = m_model.filter() != itemmodels::MentionFilter();
    m_recordExport.run(this, *m_database, exporting::RecordKind::Mentions, view, filtered);
}

CommandContext MentionsPage::commandContext()
{
    CommandContext context;
    context.db = m_database->connection();
    context.clock = &m_clock;
    context.changed = [this](const QList<qint64>& ids) { afterChange(ids.isEmpty() ? 0 : ids.front()); };
    context.failed = [this](const QString& message) { showProblem(tr("Undo"), message); };
    return context;
}

void MentionsPage::showProblem(const QString& title, const QString& message)
{
    m_prompter.warning(this, title, message);
}

} // namespace grapevine::ui
