// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

#include "domain/Campaign.h"
#include "domain/Result.h"

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace grapevine::ui {

/// What one side of a referral earns: kind, value (in the unit the kind counts in) and
/// description, with the message of a wrong value under them.
class RewardOfferBox final : public QGroupBox
{
    Q_OBJECT

public:
    /// `field` is the domain field it edits ("advocate_reward"); `prefix` starts the child
    /// widgets' object names ("advocate" → "advocateKindCombo").
    RewardOfferBox(const QString& title, const QString& field, const QString& prefix, QWidget* parent = nullptr);

    void setOffer(const domain::RewardOffer& offer);
    void setCurrency(const QString& currency);
    /// The offer as typed, or an Error naming this box's field when the value cannot be read.
    Result<domain::RewardOffer> offer() const;

    QString field() const { return m_field; }
    QLabel* errorLabel() const { return m_error; }
    /// Where the cursor goes to fix a wrong value.
    QWidget* focusWidget() const;

signals:
    void edited();

private:
    void updateUnit();

    QString m_field;
    QString m_currency = QStringLiteral("USD");
    QComboBox* m_kind;
    QLineEdit* m_value;
    QLabel* m_unit;
    QLineEdit* m_description;
    QLabel* m_error;
    QFormLayout* m_form = nullptr;
    QHBoxLayout* m_valueRow = nullptr;
};

} // namespace grapevine::ui
