// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace grapevine::ui {

class ImportCountsView;
class ImportReportModel;
class ImportWizard;

/// Step 7: what the import did — the counts, the rejected rows with their line, column and
/// reason — with the rejected rows to save as a CSV to fix and import again, and the import to
/// undo as a whole. After a cancel or a failure it says that nothing changed.
class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportWizard& wizard);

    void initializePage() override;

private:
    void saveRejected();
    void undo();

    ImportWizard& m_wizard;
    QLabel* m_message;
    ImportCountsView* m_counts;
    QLabel* m_rejectedTitle;
    ImportReportModel* m_model;
    QTableView* m_table;
    QLabel* m_more;
    QPushButton* m_saveRejected;
    QPushButton* m_undo;
    QLabel* m_actionNote;
    qint64 m_batchId = 0;
};

} // namespace grapevine::ui
