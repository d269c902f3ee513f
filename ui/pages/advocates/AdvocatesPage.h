// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QWidget>

#include "itemmodels/AdvocateTableModel.h"
#include "widgets/RecordExportFlow.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace grapevine::store {
class AdvocateBulkEditor;
}

namespace grapevine {
class Clock;
class Settings;
namespace db {
class Database;
}
} // namespace grapevine

namespace grapevine::ui {

class AdvocateEditor;
class EmptyStatePage;
class FileChooser;
class Prompter;
class AdvocateWordOfMouthView;
class ReferralTreeView;
struct CommandContext;

/// The Advocates page: the table of everyone (a million rows feel like ten), filters and
/// search, the detail panel, the referral tree, bulk actions and privacy requests.
class AdvocatesPage final : public QWidget
{
    Q_OBJECT

public:
    AdvocatesPage(Settings& settings, Prompter& prompter, FileChooser& files, QUndoStack& undoStack, const Clock& clock,
        QWidget* parent = nullptr);
    ~AdvocatesPage() override;

    /// Shows the advocates of `database` (nullptr: none).
    void setDatabase(db::Database* database);
    /// Selects the advocate in the table (clearing the filters if they hide them) and opens them.
    void showAdvocate(qint64 id);
    itemmodels::AdvocateTableModel& model() { return m_model; }
    /// "N of M advocates", as shown under the table.
    QString countText() const;

    QAction* addAction() const { return m_addAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* exportRecordsAction() const { return m_exportRecordsAction; }
    /// The CSV export of the table (tests answer its questions through it).
    RecordExportFlow& recordExport() { return m_recordExport; }
    /// Re-reads the open advocate's referrals and word of mouth (after a change elsewhere).
    void refreshActivity();
    /// Reads the tags offered by the tag filter again (after an import or its undo added or
    /// took some away); the chosen tag stays chosen while it exists.
    void refreshTagFilter();

signals:
    /// A mention of the open advocate was double-clicked: show it on the Mentions page.
    void mentionRequested(qint64 mentionId);
    /// The empty page's Import button: the window opens the import wizard.
    void importRequested();

private:
    void buildUi();
    void buildActions();
    void applyFilters();
    void clearFilters();
    void updateCount();
    void updateActions();
    void openRow(int row);
    void loadIntoEditor(qint64 id);
    bool saveEditor();
    void startNewAdvocate();
    void deleteSelected();
    void addTagToSelected();
    void removeTagFromSelected();
    void setKindOfSelected(int kind);
    /// A bulk change of the selected advocates, pushed as one undoable command.
    void applyToSelected(const QString& title, const std::function<QString(int count)>& describe,
        const std::function<Status(store::AdvocateBulkEditor&, const QList<qint64>&)>& change);
    QString askForTag(const QString& title, const QString& label);
    void exportPerson();
    /// The advocates the table shows (or all of them) as a CSV file.
    void exportRecords();
    void erasePerson();
    void showTableMenu(const QPoint& pos);
    void showHeaderMenu(const QPoint& pos);
    void onDataChanged(const QList<qint64>& ids);
    void onLocated(qint64 id, int row);
    QList<qint64> selectedIds(bool* ok = nullptr);
    qint64 currentId() const;
    CommandContext commandContext();
    void showProblem(const QString& title, const QString& message);

    Settings& m_settings;
    Prompter& m_prompter;
    FileChooser& m_files;
    QUndoStack& m_undoStack;
    const Clock& m_clock;
    RecordExportFlow m_recordExport;
    db::Database* m_database = nullptr;
    itemmodels::AdvocateTableModel m_model;
    qint64 m_pendingOpenId = 0;
    int m_pendingOpenRow = -1;

    QStackedWidget* m_stack = nullptr;
    EmptyStatePage* m_emptyState = nullptr;
    QStackedWidget* m_tableStack = nullptr;
    EmptyStatePage* m_noMatch = nullptr;
    QSplitter* m_splitter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QComboBox* m_tagFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_consentFilter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_countLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    AdvocateEditor* m_editor = nullptr;
    ReferralTreeView* m_tree = nullptr;
    AdvocateWordOfMouthView* m_activity = nullptr;
    QTimer* m_searchDelay = nullptr;

    QAction* m_addAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_addTagAction = nullptr;
    QAction* m_removeTagAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_exportRecordsAction = nullptr;
    QAction* m_eraseAction = nullptr;
    QMenu* m_kindMenu = nullptr;
};

} // namespace grapevine::ui
