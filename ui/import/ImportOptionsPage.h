// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QRadioButton;

namespace grapevine::ui {

class ImportWizard;

/// Step 4: how dates and amounts are written, and what happens to people who are advocates
/// already. Dates whose day and month could be swapped are never guessed: Next waits until a
/// format is chosen.
class ImportOptionsPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportOptionsPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void refresh();
    void dateChosen();
    void decimalChosen();
    void policyChosen();

    ImportWizard& m_wizard;
    QComboBox* m_date;
    QLabel* m_dateNote;
    QLabel* m_dateWarning;
    QLabel* m_decimalLabel = nullptr;
    QComboBox* m_decimal;
    QLabel* m_decimalNote;
    QGroupBox* m_duplicates = nullptr;
    QButtonGroup* m_policy;
    QRadioButton* m_update;
    QRadioButton* m_skip;
    QRadioButton* m_fill;
};

} // namespace grapevine::ui
