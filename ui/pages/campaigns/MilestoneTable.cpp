// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MilestoneTable.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "RewardValueText.h"
#include "widgets/HeaderWidths.h"

namespace grapevine::ui {

using domain::Milestone;
using domain::RewardKind;

namespace {

// The milestone id rides on the threshold cell, so a loaded row keeps its id when saved.
constexpr int kIdRole = Qt::UserRole;

} // namespace

MilestoneTable::MilestoneTable(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add Milestone"), this))
    , m_remove(new QPushButton(tr("Re&move Milestone"), this))
{
    m_table->setObjectName(QStringLiteral("milestonesTable"));
    m_add->setObjectName(QStringLiteral("addMilestoneButton"));
    m_remove->setObjectName(QStringLiteral("removeMilestoneButton"));
    m_table->setHorizontalHeaderLabels({tr("Converted referrals"), tr("Reward"), tr("Value"), tr("Description")});
    m_table->horizontalHeaderItem(Threshold)->setToolTip(
        tr("The advocate earns this step once this many of their referrals have converted"));
    m_table->horizontalHeaderItem(Value)->setToolTip(
        tr("Points as a whole number, a discount in percent, everything else as money"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(Threshold, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Kind, QHeaderView::ResizeToContents);
    setHeaderWidth(header, Value, 110);
    header->setStretchLastSection(true);
    m_table->setMinimumHeight(160);
    m_add->setToolTip(tr("Add a step to the ladder"));
    m_remove->setToolTip(tr("Remove the selected step"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &MilestoneTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &MilestoneTable::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &MilestoneTable::updateButtons);
    updateButtons();
}

void MilestoneTable::setMilestones(const std::vector<Milestone>& milestones)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const Milestone& m : milestones)
        insertRow(m);
    m_loading = false;
    updateButtons();
}

void MilestoneTable::setCurrency(const QString& currency)
{
    m_currency = currency;
}

void MilestoneTable::insertRow(const Milestone& m)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* threshold = new QSpinBox;
    threshold->setRange(1, 100000);
    threshold->setValue(m.threshold);
    threshold->setProperty("milestoneId", m.id);
    threshold->setFrame(false);
    auto* kind = new QComboBox;
    kind->setFrame(false);
    for (const auto k : domain::allValues<RewardKind>()) {
        if (k != RewardKind::None)
            kind->addItem(domain::Campaign::rewardKindName(k), static_cast<int>(k));
    }
    kind->setCurrentIndex(std::max(0, kind->findData(static_cast<int>(m.kind))));
    m_table->setCellWidget(row, Threshold, threshold);
    m_table->setCellWidget(row, Kind, kind);
    m_table->setItem(row, Value, new QTableWidgetItem(RewardValueText::format(m.kind, m.value, m_currency)));
    m_table->item(row, Value)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, Description, new QTableWidgetItem(m.description));
    connect(threshold, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    connect(kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

void MilestoneTable::addRow()
{
    int highest = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        highest = std::max(highest, static_cast<QSpinBox*>(m_table->cellWidget(row, Threshold))->value());
    Milestone m;
    m.threshold = highest + 1;
    m.kind = RewardKind::StoreCredit;
    insertRow(m);
    m_table->setCurrentCell(m_table->rowCount() - 1, Value);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, Value));
    updateButtons();
    emit edited();
}

void MilestoneTable::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    updateButtons();
    emit edited();
}

Result<std::vector<Milestone>> MilestoneTable::milestones() const
{
    std::vector<Milestone> ladder;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* threshold = static_cast<QSpinBox*>(m_table->cellWidget(row, Threshold));
        const auto* kind = static_cast<QComboBox*>(m_table->cellWidget(row, Kind));
        Milestone m;
        m.id = threshold->property("milestoneId").toLongLong();
        m.threshold = threshold->value();
        m.kind = static_cast<RewardKind>(kind->currentData().toInt());
        const QTableWidgetItem* value = m_table->item(row, Value);
        const auto parsed = RewardValueText::parse(m.kind, value ? value->text() : QString(), m_currency);
        if (!parsed) {
            //: %1 is the row number, %2 says what to type
            return Error(Error::Code::Invalid,
                tr("Milestone %1: %2").arg(row + 1).arg(RewardValueText::problem(m.kind, m_currency)),
                QStringLiteral("milestones"));
        }
        m.value = *parsed;
        const QTableWidgetItem* description = m_table->item(row, Description);
        m.description = description ? description->text().trimmed() : QString();
        ladder.push_back(m);
    }
    return ladder;
}

void MilestoneTable::updateButtons()
{
    m_remove->setEnabled(isEnabled() && m_table->currentRow() >= 0);
}

} // namespace grapevine::ui
