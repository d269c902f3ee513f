// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QDialog>

#include "domain/ImportBatch.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace grapevine {
class Clock;
namespace db {
class Database;
}
} // namespace grapevine

namespace grapevine::ui {

class FileChooser;
class Prompter;

/// Every import of the business, newest first: when, what, from which file, how it ended and
/// what it did. An import can be undone as a whole from here, and its rejected rows saved.
class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportHistoryDialog(
        db::Database& database, Prompter& prompter, FileChooser& files, const Clock& clock, QWidget* parent = nullptr);
    ~ImportHistoryDialog() override;

    /// Reads the history again.
    void reload();
    /// Selects the import with this number (tests, and the wizard's "see it in the history").
    void selectBatch(qint64 batchId);
    int batchCount() const { return static_cast<int>(m_batches.size()); }

    static QString statusText(domain::ImportStatus status);
    static QString kindText(domain::ImportKind kind);

signals:
    /// An import was undone: what shows its records must read them again.
    void recordsChanged();

private:
    void updateButtons();
    const domain::ImportBatch* selected() const;
    void undoSelected();
    void saveRejectedOfSelected();

    db::Database& m_database;
    Prompter& m_prompter;
    FileChooser& m_files;
    const Clock& m_clock;
    std::vector<domain::ImportBatch> m_batches;

    QTableWidget* m_table;
    QLabel* m_empty;
    QLabel* m_note;
    QPushButton* m_undo;
    QPushButton* m_saveRejected;
};

} // namespace grapevine::ui
