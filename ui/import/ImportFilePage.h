// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace grapevine::importing {
struct ImportPreview;
}

namespace grapevine::ui {

class ImportWizard;

/// Step 1: what the file holds (customers, orders or referrals, mentions: taken from its columns
/// until chosen) and the file, chosen with a button or dropped on the page; its name and size,
/// and the export it was recognised as.
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
    void showKind();

    QString recognition(const importing::ImportPreview& detected) const;

    ImportWizard& m_wizard;
    QButtonGroup* m_kinds;
    QLabel* m_help;
    QPushButton* m_chooseButton;
    QLabel* m_dropHint;
    QWidget* m_fileBox;
    QLabel* m_fileName;
    QLabel* m_fileDetails;
    QLabel* m_recognised;
    QLabel* m_error;
};

} // namespace grapevine::ui
