// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignCostsView.h"

#include <algorithm>

#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "commands/AdvocateCommands.h"
#include "commands/CampaignCommands.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "store/CampaignCostStore.h"
#include "widgets/AlertColor.h"

namespace grapevine::ui {

CampaignCostsView::CampaignCostsView(QUndoStack& undoStack, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_clock(clock)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_total(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_description(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add Cost"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("campaignCosts"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("What the campaign cost besides its rewards: printing, ads for the program, a launch event. "
                        "They count in its cost, ROI and cost per new customer on the day they were spent. Each cost "
                        "is saved as soon as it is added."));
    m_table->setObjectName(QStringLiteral("costTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Description"), tr("Amount")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &CampaignCostsView::showMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CampaignCostsView::updateEnabled);
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &CampaignCostsView::removeSelected);
    m_total->setObjectName(QStringLiteral("costTotal"));

    m_date->setObjectName(QStringLiteral("costDate"));
    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("The day the money was spent"));
    m_description->setObjectName(QStringLiteral("costDescription"));
    m_description->setPlaceholderText(tr("What it was, e.g. Flyers for the shop window"));
    m_amount->setObjectName(QStringLiteral("costAmount"));
    m_amount->setPlaceholderText(tr("Amount"));
    m_add->setObjectName(QStringLiteral("addCostButton"));
    m_add->setToolTip(tr("Record this cost (Enter)"));
    m_remove->setObjectName(QStringLiteral("removeCostButton"));
    m_remove->setToolTip(tr("Remove the selected costs (Delete); Undo puts them back"));
    m_error->setObjectName(QStringLiteral("costError"));
    m_error->setWordWrap(true);
    m_error->hide();
    connect(m_add, &QPushButton::clicked, this, &CampaignCostsView::addFromFields);
    connect(m_description, &QLineEdit::returnPressed, this, &CampaignCostsView::addFromFields);
    connect(m_amount, &QLineEdit::returnPressed, this, &CampaignCostsView::addFromFields);
    connect(m_remove, &QPushButton::clicked, this, &CampaignCostsView::removeSelected);

    auto* entry = new QGridLayout;
    entry->addWidget(m_date, 0, 0);
    entry->addWidget(m_description, 0, 1);
    entry->addWidget(m_amount, 0, 2);
    entry->addWidget(m_add, 0, 3);
    entry->setColumnStretch(1, 1);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_total, 1);
    footer->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(entry);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
    updateEnabled();
}

CommandContext CampaignCostsView::context()
{
    CommandContext context;
    context.db = m_db;
    context.clock = &m_clock;
    const qint64 campaign = m_campaignId;
    context.changed = [this, campaign](const QList<qint64>&) {
        reload();
        emit costsChanged(campaign);
    };
    context.failed = [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    };
    return context;
}

void CampaignCostsView::setDatabase(QSqlDatabase db, bool readOnly)
{
    m_db = db;
    m_readOnly = readOnly;
    m_campaignId = 0;
    reload();
}

void CampaignCostsView::setCurrency(const QString& currency)
{
    m_currency = currency;
    reload();
}

void CampaignCostsView::setCampaign(qint64 campaignId)
{
    if (campaignId == m_campaignId)
        return;
    m_campaignId = campaignId;
    m_error->hide();
    m_date->setDate(m_clock.nowUtc().toLocalTime().date());
    reload();
}

void CampaignCostsView::reload()
{
    m_costs.clear();
    if (m_db.isValid() && m_db.isOpen() && m_campaignId > 0) {
        if (auto listed = store::CampaignCostStore(m_db, m_clock).listForCampaign(m_campaignId))
            m_costs = std::move(listed).value();
    }
    m_table->setRowCount(static_cast<int>(m_costs.size()));
    qint64 total = 0;
    for (int row = 0; row < static_cast<int>(m_costs.size()); ++row) {
        const domain::CampaignCost& c = m_costs[size_t(row)];
        total += c.amountMinor;
        auto* date = new QTableWidgetItem(QLocale().toString(c.incurredOn, QLocale::ShortFormat));
        auto* amount = new QTableWidgetItem(domain::Money(c.amountMinor, m_currency).format());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1, new QTableWidgetItem(c.description));
        m_table->setItem(row, 2, amount);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    m_total->setText(m_costs.empty() ? tr("No costs recorded.")
                                     : tr("%n cost(s), %1 in all", nullptr, static_cast<int>(m_costs.size()))
                                           .arg(domain::Money(total, m_currency).format()));
    updateEnabled();
}

void CampaignCostsView::updateEnabled()
{
    const bool writable = !m_readOnly && m_campaignId > 0;
    for (QWidget* w : std::initializer_list<QWidget*> {m_date, m_description, m_amount, m_add})
        w->setEnabled(writable);
    m_remove->setEnabled(writable && m_table->selectionModel()->hasSelection());
    if (m_campaignId <= 0)
        m_total->setText(tr("Save the campaign first; its costs are recorded here."));
}

void CampaignCostsView::addFromFields()
{
    if (addCost(m_date->date(), m_description->text(), m_amount->text())) {
        m_description->clear();
        m_amount->clear();
        m_description->setFocus();
    }
}

bool CampaignCostsView::addCost(const QDate& incurredOn, const QString& description, const QString& amount)
{
    if (m_readOnly || m_campaignId <= 0)
        return false;
    const auto fail = [this](QWidget* field, const QString& message) {
        m_error->setText(message);
        m_error->setStyleSheet(QStringLiteral("color: %1").arg(alertColor(palette()).name()));
        m_error->show();
        field->setFocus();
        return false;
    };
    const auto money = domain::Money::parse(amount, m_currency);
    if (amount.trimmed().isEmpty() || !money)
        return fail(m_amount,
            tr("“%1” is not an amount. Type what was spent, e.g. %2.")
                .arg(amount.trimmed(), domain::Money(12550, m_currency).formatAmount()));
    domain::CampaignCost cost;
    cost.campaignId = m_campaignId;
    cost.incurredOn = incurredOn;
    cost.description = description.trimmed();
    cost.amountMinor = money->minor();
    if (const Status saved = store::CampaignCostStore(m_db, m_clock).create(cost); !saved)
        return fail(saved.error().field == QLatin1String("description") ? static_cast<QWidget*>(m_description)
                                                                        : static_cast<QWidget*>(m_amount),
            saved.error().message);
    m_error->hide();
    m_undoStack.push(new AddCampaignCostCommand(context(), cost));
    reload();
    emit costsChanged(m_campaignId);
    return true;
}

void CampaignCostsView::removeSelected()
{
    if (m_readOnly || m_campaignId <= 0)
        return;
    std::vector<domain::CampaignCost> chosen;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (index.row() >= 0 && index.row() < static_cast<int>(m_costs.size()))
            chosen.push_back(m_costs[size_t(index.row())]);
    }
    if (chosen.empty())
        return;
    if (chosen.size() > 1)
        m_undoStack.beginMacro(tr("Remove %n Cost(s)", nullptr, static_cast<int>(chosen.size())));
    for (const domain::CampaignCost& cost : chosen) {
        if (const Status removed = store::CampaignCostStore(m_db, m_clock).remove(cost.id); !removed) {
            m_error->setText(removed.error().message);
            m_error->show();
            break;
        }
        m_undoStack.push(new RemoveCampaignCostCommand(context(), cost));
    }
    if (chosen.size() > 1)
        m_undoStack.endMacro();
    reload();
    emit costsChanged(m_campaignId);
}

void CampaignCostsView::showMenu(const QPoint& pos)
{
    QMenu menu(this);
    QAction* remove = menu.addAction(tr("Remove"), this, &CampaignCostsView::removeSelected);
    remove->setShortcut(QKeySequence::Delete);
    remove->setEnabled(m_remove->isEnabled());
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace grapevine::ui
