// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace grapevine::ui {

class ImportProgressView;
class ImportRunner;
class ImportWizard;

/// Step 6: the import itself, on a worker thread with a connection of its own: rows, rows a
/// second and the time left, and Cancel, which leaves the database exactly as it was. When it
/// ends the wizard moves on to the summary.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard& wizard);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    /// Stops the import; it rolls back and the summary says so.
    void cancel();

private:
    void onFinished();

    ImportWizard& m_wizard;
    ImportRunner* m_runner;
    QLabel* m_file;
    ImportProgressView* m_progress;
    QPushButton* m_cancel;
    QLabel* m_note;
    bool m_done = false;
};

} // namespace grapevine::ui
