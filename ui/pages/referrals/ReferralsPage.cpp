// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralsPage.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "QuickEntryForm.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "program/ReferralWorkflow.h"
#include "rules/ReferralTransitions.h"
#include "store/CampaignStore.h"
#include "store/ReferralStore.h"
#include "store/RewardStore.h"
#include "store/SettingsStore.h"
#include "widgets/AlertColor.h"
#include "widgets/HeaderWidths.h"
#include "widgets/Prompter.h"
#include "widgets/TwoPartBar.h"

namespace grapevine::ui {

using domain::Referral;
using domain::ReferralStatus;

namespace {

QString formatInstant(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ReferralsPage::ReferralsPage(
    Settings& settings, Prompter& prompter, FileChooser& files, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_recordExport(settings, prompter, files, clock)
{
    buildActions();
    buildUi();
    updateActions();
}

void ReferralsPage::buildActions()
{
    const auto make
        = [this](const QString& text, const QString& tip, const QKeySequence& key, void (ReferralsPage::*slot)()) {
              auto* action = new QAction(text, this);
              action->setToolTip(tip);
              action->setShortcut(key);
              action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              connect(action, &QAction::triggered, this, slot);
              addAction(action);
              return action;
          };
    m_signedUp = make(tr("Signed &up"), tr("The friend signed up (Ctrl+U)"), QKeySequence(Qt::CTRL | Qt::Key_U),
        &ReferralsPage::markSignedUp);
    m_convert = make(tr("&Converted…"), tr("The friend made their first purchase: enter the order value (Ctrl+K)"),
        QKeySequence(Qt::CTRL | Qt::Key_K), &ReferralsPage::convertSelected);
    m_approve
        = make(tr("&Approve"), tr("Confirm the conversion and approve its rewards once their hold is over (Ctrl+P)"),
            QKeySequence(Qt::CTRL | Qt::Key_P), &ReferralsPage::approveSelected);
    m_reject = make(tr("&Reject…"), tr("Reject with a reason; rewards not yet issued are voided"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &ReferralsPage::rejectSelected);
    m_refund = make(tr("Re&fund…"), tr("The order was refunded: reverse the referral and its rewards, once"),
        QKeySequence(), &ReferralsPage::refundSelected);
    m_reopen = make(tr("Re&open"), tr("Reopen a rejected referral"), QKeySequence(), &ReferralsPage::reopenSelected);
    m_letThrough
        = make(tr("&Let through"), tr("The flagged referrals are fine: their rewards can be approved (Ctrl+L)"),
            QKeySequence(Qt::CTRL | Qt::Key_L), &ReferralsPage::letThroughSelected);
    m_exportRecords = make(tr("Export to &CSV…"),
        tr("Save the referrals the pipeline shows, or all of them, as a CSV file for a spreadsheet (Ctrl+E)"),
        QKeySequence(Qt::CTRL | Qt::Key_E), &ReferralsPage::exportRecords);
    m_exportRecords->setObjectName(QStringLiteral("exportRecordsAction"));
    m_quickEntryAction = new QAction(tr("&New referral"), this);
    m_quickEntryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_quickEntryAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_quickEntryAction->setToolTip(tr("Record a referral someone told you about (Ctrl+R)"));
    connect(m_quickEntryAction, &QAction::triggered, this, [this] { m_quickEntry->focusReferrer(); });
    addAction(m_quickEntryAction);
}

void ReferralsPage::buildUi()
{
    auto* quickBox = new QGroupBox(tr("Record a referral"), this);
    m_quickEntry = new QuickEntryForm(m_clock, quickBox);
    auto* quickLayout = new QVBoxLayout(quickBox);
    quickLayout->addWidget(m_quickEntry);
    connect(m_quickEntry, &QuickEntryForm::recorded, this, [this](qint64 id) {
        afterChange({id});
        showReferral(id);
    });

    // The pipeline: one checkable button per stage, with its count. The open stages and the
    // closed ones (with the review queue) go on two lines when the window is narrower than all
    // of them: large counts and longer translations must not make the window wider.
    auto* openStages = new QWidget(this);
    auto* closedStages = new QWidget(this);
    auto* openRow = new QHBoxLayout(openStages);
    auto* closedRow = new QHBoxLayout(closedStages);
    openRow->setContentsMargins(0, 0, 0, 0);
    closedRow->setContentsMargins(0, 0, 0, 0);
    m_stages = new QButtonGroup(this);
    m_stages->setExclusive(true);
    const auto addStage = [&](QHBoxLayout* row, int id, const QString& objectName) {
        auto* button = new QToolButton(this);
        button->setCheckable(true);
        button->setObjectName(objectName);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        m_stages->addButton(button, id);
        row->addWidget(button);
    };
    addStage(openRow, kAllStages, QStringLiteral("stageAll"));
    for (const ReferralStatus s : domain::allValues<ReferralStatus>()) {
        const bool open = s == ReferralStatus::Pending || s == ReferralStatus::SignedUp
            || s == ReferralStatus::Converted || s == ReferralStatus::Approved;
        addStage(open ? openRow : closedRow, static_cast<int>(s), QStringLiteral("stage_") + domain::toKey(s));
    }
    closedRow->addSpacing(12);
    addStage(closedRow, kReviewQueue, QStringLiteral("stageReview"));
    openRow->addStretch(1);
    closedRow->addStretch(1);
    auto* stageBar = new TwoPartBar(openStages, closedStages, this);
    stageBar->setObjectName(QStringLiteral("stageBar"));
    stageBar->setPacked(true);
    m_stages->button(kAllStages)->setChecked(true);
    connect(m_stages, &QButtonGroup::idClicked, this, &ReferralsPage::showStage);

    m_campaignFilter = new QComboBox(this);
    m_campaignFilter->setObjectName(QStringLiteral("campaignFilter"));
    m_campaignFilter->setToolTip(tr("Show one campaign's referrals"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("referralSearch"));
    m_search->setPlaceholderText(tr("Search friend, e-mail, code or referrer"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ReferralsPage::applyFilter);
    connect(m_campaignFilter, qOverload<int>(&QComboBox::activated), this, &ReferralsPage::applyFilter);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);

    // The stage buttons fill their own row; the filters sit to the right of the actions.
    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_quickEntryAction);
    toolbar->addSeparator();
    for (QAction* a : {m_signedUp, m_convert, m_approve, m_reject, m_refund, m_reopen})
        toolbar->addAction(a);
    toolbar->addSeparator();
    toolbar->addAction(m_letThrough);
    toolbar->addSeparator();
    toolbar->addAction(m_exportRecords);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(m_campaignFilter);
    toolbar->addWidget(m_search);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("referralsTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);
    // Code and channel are in the details. The stage comes right after the people, and the
    // review reasons, the longest text, last where they can take the rest of the width.
    m_table->setColumnHidden(itemmodels::ReferralListModel::Code, true);
    m_table->setColumnHidden(itemmodels::ReferralListModel::Channel, true);
    QHeaderView* header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(itemmodels::ReferralListModel::Status),
        header->visualIndex(itemmodels::ReferralListModel::Code));
    header->moveSection(header->visualIndex(itemmodels::ReferralListModel::OrderValue),
        header->visualIndex(itemmodels::ReferralListModel::Code));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    setHeaderWidth(header, itemmodels::ReferralListModel::Created,
        m_table->fontMetrics().horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)) + 24);
    setHeaderWidth(header, itemmodels::ReferralListModel::Campaign, 140);
    setHeaderWidth(header, itemmodels::ReferralListModel::Referrer, 130);
    setHeaderWidth(header, itemmodels::ReferralListModel::Friend, 130);
    setHeaderWidth(header, itemmodels::ReferralListModel::Status, 90);
    setHeaderWidth(header, itemmodels::ReferralListModel::OrderValue, 90);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        for (QAction* a : {m_signedUp, m_convert, m_approve, m_reject, m_refund, m_reopen})
            menu.addAction(a);
        menu.addSeparator();
        menu.addAction(m_letThrough);
        menu.addSeparator();
        menu.addAction(m_exportRecords);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showDetails();
    });

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setObjectName(QStringLiteral("referralsEmpty"));

    auto* detailPanel = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailPanel);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(detailPanel);
    m_details->setObjectName(QStringLiteral("referralDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history = new QTreeWidget(detailPanel);
    m_history->setObjectName(QStringLiteral("referralHistory"));
    m_history->setHeaderLabels({tr("When"), tr("Step"), tr("Note")});
    m_history->setRootIsDecorated(false);
    // The panel is narrow: dates and steps as wide as they are, the note takes what is left.
    m_history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rewards = new QTreeWidget(detailPanel);
    m_rewards->setObjectName(QStringLiteral("referralRewards"));
    m_rewards->setHeaderLabels({tr("Reward"), tr("For"), tr("Status"), tr("Why")});
    m_rewards->setRootIsDecorated(false);
    for (int column = 0; column < 3; ++column)
        m_rewards->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // A word-wrapped label sizes itself badly in a plain layout; a scroll area gives it room.
    auto* detailScroll = new QScrollArea(detailPanel);
    detailScroll->setWidget(m_details);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setMinimumHeight(170);
    detailLayout->addWidget(detailScroll, 1);
    detailLayout->addWidget(new QLabel(tr("<b>History</b>"), detailPanel));
    detailLayout->addWidget(m_history, 2);
    detailLayout->addWidget(new QLabel(tr("<b>Rewards</b>"), detailPanel));
    detailLayout->addWidget(m_rewards, 1);

    auto* tableSide = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_emptyLabel);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(tableSide);
    splitter->addWidget(detailPanel);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({900, 360});

    // Shown when the dashboard opened the referrals of one week or month.
    m_periodNote = new QWidget(this);
    m_periodNote->setObjectName(QStringLiteral("referralPeriodNote"));
    m_periodText = new QLabel(m_periodNote);
    m_periodText->setObjectName(QStringLiteral("referralPeriodText"));
    auto* showAll = new QPushButton(tr("Show All Days"), m_periodNote);
    showAll->setObjectName(QStringLiteral("referralPeriodClear"));
    showAll->setToolTip(tr("Show the referrals of every day again"));
    connect(showAll, &QPushButton::clicked, this, [this] { showPeriod(QDateTime(), QDateTime()); });
    auto* noteLayout = new QHBoxLayout(m_periodNote);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    noteLayout->addWidget(m_periodText);
    noteLayout->addWidget(showAll);
    noteLayout->addStretch(1);
    m_periodNote->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(quickBox);
    layout->addWidget(m_periodNote);
    layout->addWidget(stageBar);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
}

void ReferralsPage::setDatabase(db::Database* database)
{
    m_database = database;
    m_quickEntry->setDatabase(database ? database->connection() : QSqlDatabase());
    reload();
}

void ReferralsPage::reload()
{
    const QVariant campaign = m_campaignFilter->currentData();
    m_campaignFilter->clear();
    m_campaignFilter->addItem(tr("All campaigns"));
    if (m_database) {
        if (const auto campaigns = store::CampaignStore(m_database->connection(), m_clock).list()) {
            for (const domain::Campaign& c : campaigns.value())
                m_campaignFilter->addItem(c.name, c.id);
        }
    }
    const int keep = m_campaignFilter->findData(campaign);
    m_campaignFilter->setCurrentIndex(keep >= 0 ? keep : 0);
    m_quickEntry->reloadCampaigns();
    applyFilter();
}

void ReferralsPage::showStage(int stage)
{
    m_stage = stage;
    if (QAbstractButton* b = m_stages->button(stage))
        b->setChecked(true);
    applyFilter();
}

void ReferralsPage::showPeriod(const QDateTime& from, const QDateTime& to)
{
    m_periodFrom = from;
    m_periodTo = to;
    const bool narrowed = from.isValid() || to.isValid();
    if (narrowed) {
        const QString format = QStringLiteral("d MMM yyyy");
        const QString first = from.isValid() ? QLocale().toString(from.toLocalTime().date(), format) : QString();
        // `to` is exclusive: the last day is the one its last second falls on.
        const QString last = to.isValid() ? QLocale().toString(to.addSecs(-1).toLocalTime().date(), format) : QString();
        m_periodText->setText(first == last ? tr("Only the referrals made on %1.").arg(first)
                : !from.isValid()           ? tr("Only the referrals made up to %1.").arg(last)
                : !to.isValid()             ? tr("Only the referrals made since %1.").arg(first)
                                            : tr("Only the referrals made from %1 to %2.").arg(first, last));
    }
    m_periodNote->setVisible(narrowed);
    showStage(kAllStages);
}

void ReferralsPage::applyFilter()
{
    itemmodels::ReferralFilter filter;
    if (m_stage == kReviewQueue)
        filter.reviewQueue = true;
    else if (m_stage != kAllStages)
        filter.status = static_cast<ReferralStatus>(m_stage);
    if (m_campaignFilter->currentData().isValid())
        filter.campaignId = m_campaignFilter->currentData().toLongLong();
    filter.search = m_search->text();
    filter.createdFrom = m_periodFrom;
    filter.createdTo = m_periodTo;
    const Status loaded = m_model.load(m_database ? m_database->connection() : QSqlDatabase(), filter);
    if (!loaded)
        m_prompter.warning(this, tr("Referrals"), loaded.error().message);
    updateCounts();
    const bool empty = m_model.rowCount() == 0;
    m_emptyLabel->setVisible(empty);
    if (empty) {
        if (!m_database)
            m_emptyLabel->setText(tr("Open a database to see its referrals."));
        else if (m_stage == kReviewQueue)
            m_emptyLabel->setText(tr("Nothing to review. Referrals that look like self-referrals, repeat customers, "
                                     "bursts or throw-away addresses land here with the reason."));
        else if (m_stage == kAllStages && filter.search.trimmed().isEmpty() && !filter.campaignId)
            m_emptyLabel->setText(tr("No referrals yet. Record the first one above: who told whom (Ctrl+R)."));
        else
            m_emptyLabel->setText(tr("No referrals match."));
    }
    updateActions();
    showDetails();
}

void ReferralsPage::updateCounts()
{
    qint64 review = 0;
    const auto counts = m_model.countByStatus(review);
    qint64 all = 0;
    if (counts) {
        for (const auto& [status, n] : counts.value()) {
            all += n;
            if (QAbstractButton* b = m_stages->button(static_cast<int>(status)))
                b->setText(tr("%1 (%2)").arg(Referral::statusName(status), QLocale().toString(n)));
        }
    }
    m_stages->button(kAllStages)->setText(tr("All (%1)").arg(QLocale().toString(all)));
    QAbstractButton* queue = m_stages->button(kReviewQueue);
    queue->setText(tr("Review queue (%1)").arg(QLocale().toString(review)));
    queue->setToolTip(tr("Flagged referrals waiting for a person to look at them"));
    QFont f = queue->font();
    f.setBold(review > 0);
    queue->setFont(f);
}

QList<qint64> ReferralsPage::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids << m_model.referralId(index.row());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ReferralsPage::updateActions()
{
    QSet<QString> statuses;
    bool flagged = false;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        statuses.insert(index.data(itemmodels::ReferralListModel::StatusRole).toString());
        flagged = flagged || index.data(itemmodels::ReferralListModel::FlaggedRole).toBool();
    }
    const bool writable = m_database && !m_database->isReadOnly();
    const auto allowedForAll = [&](ReferralStatus to) {
        if (statuses.isEmpty() || !writable)
            return false;
        for (const QString& key : std::as_const(statuses)) {
            const auto from = domain::fromKey<ReferralStatus>(key);
            if (!from || !rules::ReferralTransitions::isAllowed(*from, to))
                return false;
        }
        return true;
    };
    m_signedUp->setEnabled(allowedForAll(ReferralStatus::SignedUp));
    m_convert->setEnabled(allowedForAll(ReferralStatus::Converted));
    m_approve->setEnabled(allowedForAll(ReferralStatus::Approved));
    m_reject->setEnabled(allowedForAll(ReferralStatus::Rejected));
    m_refund->setEnabled(allowedForAll(ReferralStatus::Reversed));
    m_reopen->setEnabled(allowedForAll(ReferralStatus::Pending));
    m_letThrough->setEnabled(writable && flagged);
    m_quickEntryAction->setEnabled(writable);
    m_quickEntry->setEnabled(writable);
    m_exportRecords->setEnabled(m_database != nullptr);
}

void ReferralsPage::exportRecords()
{
    if (!m_database)
        return;
    // The filter the rows on screen were read with, so the file holds exactly those.
    const itemmodels::ReferralFilter& filter = m_model.filter();
    exporting::RecordExportOptions view;
    view.referrals = filter;
    const bool filtered
        = filter.status || filter.campaignId || filter.reviewQueue || !filter.search.trimmed().isEmpty();
    m_recordExport.run(this, *m_database, exporting::RecordKind::Referrals, view, filtered);
}

void ReferralsPage::showDetails()
{
    m_history->clear();
    m_rewards->clear();
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1 || !m_database) {
        m_details->setText(ids.isEmpty() ? tr("Select a referral to see its history and rewards.")
                                         : tr("%Ln referrals selected.", nullptr, static_cast<int>(ids.size())));
        return;
    }
    const QSqlDatabase db = m_database->connection();
    store::ReferralStore store(db, m_clock);
    const auto read = store.get(ids.front());
    if (!read) {
        m_details->setText(read.error().message.toHtmlEscaped());
        return;
    }
    const Referral& r = read.value();
    QString currency = QStringLiteral("USD");
    if (const auto settings = store::SettingsStore(db).load())
        currency = settings.value().currency;
    QStringList html;
    const QString friendName = r.friendName.isEmpty() ? r.friendEmail : r.friendName;
    html << QStringLiteral("<h3>%1</h3>").arg(friendName.toHtmlEscaped());
    if (!r.friendEmail.isEmpty() && r.friendEmail != friendName)
        html << r.friendEmail.toHtmlEscaped() + QStringLiteral("<br>");
    html << tr("Code <b>%1</b> · %2 · %3")
                .arg(r.code.toHtmlEscaped(), Referral::channelName(r.channel), Referral::statusName(r.status));
    if (r.orderValueMinor)
        html << QStringLiteral("<br>")
                + tr("Order %1 %2")
                      .arg(domain::Money(*r.orderValueMinor, currency).format(), r.orderReference.toHtmlEscaped());
    if (!r.rejectionReason.isEmpty())
        html << QStringLiteral("<br>") + tr("Rejected: %1").arg(r.rejectionReason.toHtmlEscaped());
    if (!r.duplicateReason.isEmpty())
        html << QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(cautionColor(palette()).name(), r.duplicateReason.toHtmlEscaped());
    if (const auto flags = store.flags(r.id); flags && !flags.value().empty()) {
        html << QStringLiteral("<p><b>%1</b><ul>")
                    .arg(r.reviewState == domain::ReviewState::Flagged ? tr("Waiting for review:") : tr("Reviewed:"));
        for (const domain::FraudFlag& f : flags.value())
            html << QStringLiteral("<li>%1 — %2</li>")
                        .arg(domain::FraudFlag::kindName(f.kind).toHtmlEscaped(), f.reason.toHtmlEscaped());
        html << QStringLiteral("</ul>");
        if (!r.reviewNote.isEmpty())
            html << r.reviewNote.toHtmlEscaped();
        html << QStringLiteral("</p>");
    }
    if (!r.notes.isEmpty())
        html << QStringLiteral("<p>%1</p>").arg(r.notes.toHtmlEscaped());
    m_details->setText(html.join(QString()));

    if (const auto history = store.history(r.id)) {
        for (const domain::ReferralStatusChange& c : history.value()) {
            const QString step = c.from ? tr("%1 → %2").arg(Referral::statusName(*c.from), Referral::statusName(c.to))
                                        : tr("Recorded as %1").arg(Referral::statusName(c.to).toLower());
            new QTreeWidgetItem(m_history, {formatInstant(c.changedAt), step, c.note});
        }
    }
    if (const auto rewards = store::RewardStore(db, m_clock).listForReferral(r.id)) {
        for (const domain::Reward& w : rewards.value()) {
            const QString what = w.description.isEmpty() ? domain::Campaign::rewardKindName(w.kind) : w.description;
            QString why = w.withheldReason;
            if (why.isEmpty() && w.status == domain::RewardStatus::Pending && w.dueAt > m_clock.nowUtc())
                why = tr("Held until %1").arg(QLocale().toString(w.dueAt.toLocalTime().date(), QLocale::ShortFormat));
            auto* item = new QTreeWidgetItem(
                m_rewards, {what, domain::Reward::sideName(w.side), domain::Reward::statusName(w.status), why});
            item->setToolTip(3, why);
        }
    }
}

void ReferralsPage::showReferral(qint64 id)
{
    int row = m_model.rowOf(id);
    if (row < 0 && (m_stage != kAllStages || !m_search->text().isEmpty())) {
        m_search->blockSignals(true);
        m_search->clear();
        m_search->blockSignals(false);
        showStage(kAllStages);
        row = m_model.rowOf(id);
    }
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model.index(row, 0));
}

void ReferralsPage::runOnSelected(const QString& title, const std::function<Result<QStringList>(qint64 id)>& step)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_database)
        return;
    QStringList notes;
    QStringList problems;
    int done = 0;
    for (const qint64 id : ids) {
        const Result<QStringList> outcome = step(id);
        if (outcome) {
            ++done;
            notes << outcome.value();
        } else {
            problems << outcome.error().message;
        }
    }
    afterChange(ids);
    notes.removeDuplicates();
    problems.removeDuplicates();
    if (!problems.isEmpty())
        m_prompter.warning(this, title,
            (done > 0 ? tr("%Ln referral(s) changed.", nullptr, done) + QStringLiteral("\n\n") : QString())
                + problems.join(QLatin1Char('\n')));
    else if (!notes.isEmpty())
        m_prompter.information(this, title, notes.join(QLatin1Char('\n')));
}

void ReferralsPage::afterChange(const QList<qint64>& keepSelected)
{
    const int scroll = m_table->verticalScrollBar()->value();
    applyFilter();
    for (const qint64 id : keepSelected) {
        const int row = m_model.rowOf(id);
        if (row >= 0)
            m_table->selectionModel()->select(
                m_model.index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_table->verticalScrollBar()->setValue(scroll);
    emit referralsChanged();
}

namespace {

Result<QStringList> notices(const Result<program::StepResult>& step)
{
    if (!step)
        return step.error();
    return step.value().notices;
}

} // namespace

void ReferralsPage::markSignedUp()
{
    program::ReferralWorkflow workflow(m_database->connection(), m_clock);
    runOnSelected(tr("Signed up"), [&](qint64 id) { return notices(workflow.markSignedUp(id)); });
}

void ReferralsPage::convertSelected()
{
    if (!m_database)
        return;
    QString currency = QStringLiteral("USD");
    if (const auto settings = store::SettingsStore(m_database->connection()).load())
        currency = settings.value().currency;
    const QString typed = m_prompter.askText(this, tr("Converted"),
        tr("Value of the friend's first order (%1), optionally followed by the order number:").arg(currency), {});
    if (typed.trimmed().isEmpty())
        return;
    // "89.50 #1042": the amount, then anything after a space as the order reference.
    const QString trimmed = typed.trimmed();
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    const QString amountText = space < 0 ? trimmed : trimmed.left(space);
    const QString reference = space < 0 ? QString() : trimmed.mid(space + 1).trimmed();
    const std::optional<domain::Money> amount = domain::Money::parse(amountText, currency);
    if (!amount) {
        m_prompter.warning(this, tr("Converted"),
            tr("\"%1\" is not an amount of money. Type the order value, e.g. %2.")
                .arg(amountText, domain::Money(4250, currency).formatAmount()));
        return;
    }
    program::ReferralWorkflow workflow(m_database->connection(), m_clock);
    runOnSelected(
        tr("Converted"), [&](qint64 id) { return notices(workflow.convert(id, amount->minor(), reference)); });
}

void ReferralsPage::approveSelected()
{
    program::ReferralWorkflow workflow(m_database->connection(), m_clock);
    runOnSelected(tr("Approve"), [&](qint64 id) { return notices(workflow.approve(id)); });
}

void ReferralsPage::rejectSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString reason = m_prompter.askText(this, tr("Reject"),
        tr("Why are %Ln referral(s) rejected? The reason is kept with each.", nullptr, static_cast<int>(ids.size())),
        {tr("Duplicate of another referral"), tr("Self-referral"), tr("Order cancelled"), tr("Already a customer")});
    if (reason.trimmed().isEmpty())
        return;
    program::ReferralWorkflow workflow(m_database->connection(), m_clock);
    if (m_stage == kReviewQueue) {
        const Result<int> rejected = workflow.rejectInReview(ids, reason);
        afterChange({});
        if (!rejected)
            m_prompter.warning(this, tr("Reject"), rejected.error().message);
        return;
    }
    runOnSelected(tr("Reject"), [&](qint64 id) { return notices(workflow.reject(id, reason)); });
}

void ReferralsPage::refundSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString note = m_prompter.askText(this, tr("Refund"),
        tr("The order of %Ln referral(s) was refunded. Their rewards are reversed in the ledger; this cannot be "
           "undone. Note:",
            nullptr, static_cast<int>(ids.size())),
        {tr("Order refunded"), tr("Chargeback")});
    if (note.trimmed().isEmpty())
        return;
    program::ReferralWorkflow workflow(m_database->connection(), m_clock);
    runOnSelected(tr("Refund"), [&](qint64 id) { return notices(workflow.reverse(id, note)); });
}

void ReferralsPage::reopenSelected()
{
    program::ReferralWorkflow workflow(m_database->connection(), m_clock);
    runOnSelected(tr("Reopen"), [&](qint64 id) { return notices(workflow.reopen(id)); });
}

void ReferralsPage::letThroughSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_database)
        return;
    const Result<int> cleared = program::ReferralWorkflow(m_database->connection(), m_clock).clearReview(ids);
    afterChange({});
    if (!cleared)
        m_prompter.warning(this, tr("Let through"), cleared.error().message);
}

} // namespace grapevine::ui
