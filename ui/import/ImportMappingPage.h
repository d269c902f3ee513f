// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <vector>

#include <QStringList>
#include <QWizardPage>

#include "domain/ImportBatch.h"

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace grapevine::ui {

class ImportWizard;

/// Step 3: which column fills which field (of an advocate, an order or a mention). One row per
/// column of the file with its heading, a few sample values and a choice of field or "Don't
/// import"; matched automatically from the headings (the common exports need no change at all).
/// A saved mapping can be applied, and this one saved under a name for next week's file. The
/// fields the kind of file needs (a customer's email) are required.
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
    void syncCombos(const std::map<QString, int>& columns);
    void fieldChosen(int column);
    /// Field key → column, as the combo boxes say.
    std::map<QString, int> columnsFromCombos() const;
    void fillPresets(const QString& select = {});
    void presetChosen(int index);
    /// Applies the saved mapping that fits the file's headings, if one does and nothing is chosen yet.
    bool applyFittingPreset();
    void savePreset();
    void updateStatus();

    ImportWizard& m_wizard;
    QLabel* m_banner;
    QComboBox* m_presets;
    QPushButton* m_savePreset;
    QLabel* m_presetNote;
    QScrollArea* m_scroll;
    QLabel* m_count;
    QLabel* m_requiredWarning;
    std::vector<QComboBox*> m_combos;
    QStringList m_builtHeader;
    domain::ImportKind m_builtKind = domain::ImportKind::Advocates;
};

} // namespace grapevine::ui
