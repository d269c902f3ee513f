// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RewardOfferBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

#include "RewardValueText.h"
#include "widgets/AlertColor.h"

namespace grapevine::ui {

using domain::RewardKind;

RewardOfferBox::RewardOfferBox(const QString& title, const QString& field, const QString& prefix, QWidget* parent)
    : QGroupBox(title, parent)
    , m_field(field)
    , m_kind(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_unit(new QLabel(this))
    , m_description(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(prefix + QStringLiteral("RewardBox"));
    m_kind->setObjectName(prefix + QStringLiteral("KindCombo"));
    m_value->setObjectName(prefix + QStringLiteral("ValueEdit"));
    m_unit->setObjectName(prefix + QStringLiteral("UnitLabel"));
    m_description->setObjectName(prefix + QStringLiteral("DescriptionEdit"));
    m_error->setObjectName(field + QStringLiteral("Error"));
    for (const auto kind : domain::allValues<RewardKind>())
        m_kind->addItem(domain::Campaign::rewardKindName(kind), static_cast<int>(kind));
    m_kind->setToolTip(tr("What is given: points, store credit, a discount, cash or a gift"));
    m_value->setToolTip(tr("How much: points as a whole number, a discount in percent, everything else as money"));
    m_value->setMaximumWidth(160);
    m_unit->setMinimumWidth(m_unit->fontMetrics().horizontalAdvance(tr("points")) + 4);
    m_description->setPlaceholderText(tr("In your words, e.g. “for your next visit”"));
    m_description->setToolTip(tr("Shown to people next to the reward"));
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(alertColor(palette()).name()));
    m_error->setWordWrap(true);
    m_error->hide();

    m_valueRow = new QHBoxLayout;
    m_valueRow->setContentsMargins(0, 0, 0, 0);
    m_valueRow->addWidget(m_value);
    m_valueRow->addWidget(m_unit);
    m_valueRow->addStretch();
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Reward:"), m_kind);
    // The value row is a layout, so its label needs the buddy set by hand for its shortcut.
    auto* valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    m_form->addRow(valueLabel, m_valueRow);
    m_form->addRow(tr("&Description:"), m_description);
    m_form->addRow(m_error);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateUnit();
        emit edited();
    });
    connect(m_value, &QLineEdit::textEdited, this, &RewardOfferBox::edited);
    connect(m_description, &QLineEdit::textEdited, this, &RewardOfferBox::edited);
    updateUnit();
}

void RewardOfferBox::setOffer(const domain::RewardOffer& offer)
{
    const QSignalBlocker blocker(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(offer.kind)));
    m_value->setText(
        offer.kind == RewardKind::None ? QString() : RewardValueText::format(offer.kind, offer.value, m_currency));
    m_description->setText(offer.description);
    m_error->hide();
    updateUnit();
}

void RewardOfferBox::setCurrency(const QString& currency)
{
    m_currency = currency;
    updateUnit();
}

Result<domain::RewardOffer> RewardOfferBox::offer() const
{
    domain::RewardOffer offer;
    offer.kind = static_cast<RewardKind>(m_kind->currentData().toInt());
    offer.description = m_description->text().trimmed();
    const auto value = RewardValueText::parse(offer.kind, m_value->text(), m_currency);
    if (!value)
        return Error(Error::Code::Invalid, RewardValueText::problem(offer.kind, m_currency), m_field);
    offer.value = *value;
    return offer;
}

QWidget* RewardOfferBox::focusWidget() const
{
    const auto kind = static_cast<RewardKind>(m_kind->currentData().toInt());
    return kind == RewardKind::None ? static_cast<QWidget*>(m_kind) : m_value;
}

void RewardOfferBox::updateUnit()
{
    const auto kind = static_cast<RewardKind>(m_kind->currentData().toInt());
    m_unit->setText(RewardValueText::unit(kind, m_currency));
    const bool some = kind != RewardKind::None;
    // "No reward" has no value to type; hiding the row says so better than a dead field.
    m_form->setRowVisible(m_valueRow, some);
    m_value->setPlaceholderText(some ? RewardValueText::format(kind, 0, m_currency) : QString());
}

} // namespace grapevine::ui
