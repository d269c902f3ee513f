// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include "csv/CsvEncoding.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace grapevine::ui {

class ImportPreviewModel;
class ImportWizard;

/// Step 2: how the file is read — its encoding, the character between values, whether the
/// first row names the columns — each preset to what was detected, with the first rows read
/// again live as any of them changes. Rows with problems are tinted and say why.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

    /// "The file starts with a byte-order mark…": why the encoding was chosen, in words.
    static QString encodingReasonText(csv::EncodingReason reason, int bomLength);

private:
    void fillChoices();
    void refresh();
    void userChangedReading();

    ImportWizard& m_wizard;
    ImportPreviewModel* m_model;
    QComboBox* m_encoding;
    QLabel* m_encodingNote;
    QComboBox* m_delimiter;
    QLabel* m_delimiterNote;
    QCheckBox* m_header;
    QTableView* m_table;
    QLabel* m_info;
    QLabel* m_error;
};

} // namespace grapevine::ui
