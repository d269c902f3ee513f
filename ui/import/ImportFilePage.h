// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace grapevine::ui {

class ImportWizard;

/// Step 1: the file, chosen with a button or dropped on the page; its name and size, and the
/// export it was recognised as.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard& wizard);

    bool isComplete() const override;

    /// "Recognised: Shopify customers export"; empty when the tool is not known.
    static QString recognisedText(const QString& tool);

private:
    void choose();
    void refresh();

    ImportWizard& m_wizard;
    QPushButton* m_chooseButton;
    QLabel* m_dropHint;
    QWidget* m_fileBox;
    QLabel* m_fileName;
    QLabel* m_fileDetails;
    QLabel* m_recognised;
    QLabel* m_error;
};

} // namespace grapevine::ui
