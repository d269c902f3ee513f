// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RewardDetailsPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include "domain/Money.h"
#include "invitations/RewardWording.h"
#include "itemmodels/RewardListModel.h"
#include "store/RewardStore.h"

namespace grapevine::ui {

namespace {

QString signedMoney(qint64 minor, const QString& currency)
{
    if (minor == 0)
        return QString();
    const QString text = domain::Money(minor, currency).format();
    return minor > 0 ? QStringLiteral("+") + text : text;
}

/// A change of the reward's value in its own unit: points, a percentage, or money.
QString valueChange(domain::RewardKind kind, qint64 value, const QString& currency)
{
    if (value == 0)
        return QString();
    const QString sign = value > 0 ? QStringLiteral("+") : QStringLiteral("-");
    const qint64 magnitude = value < 0 ? -value : value;
    switch (kind) {
    case domain::RewardKind::Points:
        //: a change of a reward in points, e.g. "+500 points"
        return RewardDetailsPanel::tr("%1%2 points").arg(sign, QLocale().toString(magnitude));
    case domain::RewardKind::PercentDiscount:
        return sign + invitations::RewardWording::percent(magnitude) + QStringLiteral("%");
    default:
        return signedMoney(value, currency);
    }
}

QString localDateTime(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

RewardDetailsPanel::RewardDetailsPanel(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("rewardDetails"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("rewardDetailsTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("rewardDetailsFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_entries = new QTableWidget(0, 5, this);
    m_entries->setObjectName(QStringLiteral("ledgerEntries"));
    m_entries->setHorizontalHeaderLabels({tr("Entry"), tr("Value"), tr("Cost"), tr("Date"), tr("Note")});
    m_entries->setToolTip(tr("The append-only ledger of this reward: every change is a new line, none is edited"));
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->verticalHeader()->hide();
    m_entries->setWordWrap(false);
    m_entries->horizontalHeader()->setStretchLastSection(true);
    m_entries->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_entries->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);

    auto* ledgerLabel = new QLabel(tr("Ledger"), this);
    ledgerLabel->setFont(bold);
    // Facts on the left, the ledger beside them: under a wide table the panel is wide and low.
    auto* facts = new QVBoxLayout;
    facts->addWidget(m_title);
    facts->addWidget(m_facts);
    facts->addStretch(1);
    auto* ledger = new QVBoxLayout;
    ledger->addWidget(ledgerLabel);
    ledger->addWidget(m_entries, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addLayout(facts, 2);
    layout->addSpacing(12);
    layout->addLayout(ledger, 5);
    showNothing(tr("Select a reward to see its ledger."));
}

void RewardDetailsPanel::setDatabase(const QSqlDatabase& db, const QString& currency)
{
    m_db = db;
    m_currency = currency;
    showReward(0);
}

void RewardDetailsPanel::showNothing(const QString& text)
{
    m_rewardId = 0;
    m_title->setText(text);
    m_facts->clear();
    m_entries->setRowCount(0);
}

void RewardDetailsPanel::showReward(qint64 id)
{
    if (id == 0 || !m_db.isValid()) {
        showNothing(tr("Select a reward to see its ledger."));
        return;
    }
    const store::RewardStore store(m_db, m_clock);
    const auto reward = store.get(id);
    const auto entries = store.entries(id);
    if (!reward || !entries) {
        showNothing(reward ? entries.error().message : reward.error().message);
        return;
    }
    m_rewardId = id;
    const domain::Reward& w = reward.value();
    //: %1 is the reward's number, %2 what it is ("€10.00 store credit")
    m_title->setText(tr("Reward %1: %2").arg(id).arg(itemmodels::RewardListModel::rewardText(w, m_currency)));
    QStringList facts;
    facts << tr("Status: %1").arg(domain::Reward::statusName(w.status));
    facts << tr("Cost: %1").arg(domain::Money(w.costMinor, m_currency).format());
    facts << tr("Created: %1").arg(localDateTime(w.createdAt));
    if (w.dueAt.isValid())
        facts << tr("Held until: %1").arg(localDateTime(w.dueAt));
    if (w.milestoneThreshold)
        facts << tr("Milestone: %Ln conversion(s)", nullptr, *w.milestoneThreshold);
    if (!w.payoutReference.isEmpty())
        facts << tr("Payout reference: %1").arg(w.payoutReference);
    if (!w.withheldReason.isEmpty())
        facts << tr("Withheld: %1").arg(w.withheldReason);
    m_facts->setText(facts.join(QLatin1Char('\n')));

    const auto& list = entries.value();
    m_entries->setRowCount(static_cast<int>(list.size()));
    for (int row = 0; row < static_cast<int>(list.size()); ++row) {
        const domain::LedgerEntry& e = list[static_cast<size_t>(row)];
        const QStringList cells = {domain::LedgerEntry::kindName(e.kind), valueChange(w.kind, e.value, m_currency),
            signedMoney(e.costMinor, m_currency), localDateTime(e.at), e.note};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == 1 || column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == 4)
                item->setToolTip(e.note);
            m_entries->setItem(row, column, item);
        }
    }
    if (list.empty() && w.status == domain::RewardStatus::Withheld) {
        m_entries->setRowCount(0);
        m_facts->setText(m_facts->text() + QLatin1Char('\n')
            + tr("A withheld reward never entered the ledger: it was stopped before it was earned."));
    }
}

} // namespace grapevine::ui
