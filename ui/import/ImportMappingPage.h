// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QStringList>
#include <QWizardPage>

#include "csv/ColumnMatcher.h"

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace grapevine::ui {

class ImportWizard;

/// Step 3: which column fills which advocate field. One row per column of the file with its
/// heading, a few sample values and a choice of field or "Don't import"; matched automatically
/// from the headings (the common exports need no change at all). A saved mapping can be applied,
/// and this one saved under a name for next week's file. An email column is required.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

    /// The combo box of the file's column `column` (tests choose fields through it).
    QComboBox* fieldCombo(int column) const;

private:
    void rebuild();
    void refresh();
    void syncCombos(const csv::ColumnMapping& mapping);
    void fieldChosen(int column);
    csv::ColumnMapping mappingFromCombos() const;
    void fillPresets(const QString& select = {});
    void presetChosen(int index);
    void savePreset();
    void updateStatus();

    ImportWizard& m_wizard;
    QLabel* m_banner;
    QComboBox* m_presets;
    QPushButton* m_savePreset;
    QLabel* m_presetNote;
    QScrollArea* m_scroll;
    QLabel* m_count;
    QLabel* m_emailWarning;
    std::vector<QComboBox*> m_combos;
    QStringList m_builtHeader;
};

} // namespace grapevine::ui
