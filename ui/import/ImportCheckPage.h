// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace grapevine::ui {

class ImportCountsView;
class ImportProgressView;
class ImportReportModel;
class ImportRunner;
class ImportWizard;

/// Step 5: a dry run. The whole import runs on a worker thread and is then rolled back, so the
/// counts of what would be created, updated, skipped and rejected — and why — are exact, and
/// nothing has changed yet. Its button starts the import.
class ImportCheckPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard& wizard);
    ~ImportCheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    void cancel();

signals:
    /// The dry run ended or was stopped.
    void stopped();

private:
    void start();
    void onFinished();
    void applyFilter();

    ImportWizard& m_wizard;
    ImportRunner* m_runner;
    ImportProgressView* m_progress;
    ImportCountsView* m_counts;
    QLabel* m_message;
    QPushButton* m_retry;
    QComboBox* m_filter;
    ImportReportModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_tableNote;
    bool m_done = false;
};

} // namespace grapevine::ui
