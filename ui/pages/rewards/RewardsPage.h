// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include "itemmodels/RewardListModel.h"
#include "widgets/RecordExportFlow.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace grapevine {
class Clock;
class Settings;
namespace db {
class Database;
}
} // namespace grapevine

namespace grapevine::ui {

class EmptyStatePage;
class FileChooser;
class LeaderboardView;
class Prompter;
class RewardDetailsPanel;

/// The Rewards page: every reward with its status, the ledger actions (approve, mark issued,
/// void) and the payout list, and the advocates' leaderboard. Ledger actions append entries
/// and cannot be undone, so the bigger ones are confirmed first.
class RewardsPage final : public QWidget
{
    Q_OBJECT

public:
    RewardsPage(
        Settings& settings, Prompter& prompter, FileChooser& files, const Clock& clock, QWidget* parent = nullptr);
    ~RewardsPage() override;

    /// Shows the rewards of `database` (nullptr: none).
    void setDatabase(db::Database* database);
    /// Reads everything again after a change elsewhere (a referral converted), keeping the
    /// filters, the selection and the scroll position where the rows are still there.
    void reload();

    itemmodels::RewardListModel& model() { return m_model; }
    QAction* exportRecordsAction() const { return m_exportRecordsAction; }
    /// The CSV export of the list (tests answer its questions through it).
    RecordExportFlow& recordExport() { return m_recordExport; }
    /// "Approved, not yet issued: €123.00 …", as shown under the table.
    QString totalsText() const;

signals:
    /// A ledger action changed rewards; other pages' figures are out of date.
    void rewardsChanged();

private:
    void buildActions();
    void buildRewardsTab(QWidget* tab);
    void refreshCampaigns();
    void applyFilters();
    void updateTotals();
    void updateActions();
    void updateStack();
    void showContextMenu(const QPoint& pos);

    void approveSelected();
    void issueSelected();
    void voidSelected();
    void exportSelected();
    /// Asks for a file and writes the payout list of `ids`; false when cancelled or failed.
    bool exportPayout(const QList<qint64>& ids);
    /// The rewards the list shows (or all of them) as a CSV file.
    void exportRecords();

    QList<qint64> selectedIds() const;
    /// The selected rewards whose status is one of `statuses`.
    QList<qint64> selectedWith(std::initializer_list<domain::RewardStatus> statuses) const;
    void restoreSelection(const QList<qint64>& ids, qint64 current);
    void ledgerChanged();
    bool readOnly() const;
    void showProblem(const QString& title, const QString& message);

    Prompter& m_prompter;
    FileChooser& m_files;
    const Clock& m_clock;
    RecordExportFlow m_recordExport;
    db::Database* m_database = nullptr;
    itemmodels::RewardListModel m_model;

    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_stack = nullptr;
    EmptyStatePage* m_emptyState = nullptr;
    QStackedWidget* m_tableStack = nullptr;
    QLabel* m_noMatch = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchDelay = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_campaignFilter = nullptr;
    QTableView* m_table = nullptr;
    RewardDetailsPanel* m_details = nullptr;
    QLabel* m_totals = nullptr;
    LeaderboardView* m_leaderboard = nullptr;

    QAction* m_approveAction = nullptr;
    QAction* m_issueAction = nullptr;
    QAction* m_voidAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_exportRecordsAction = nullptr;
    QAction* m_refreshAction = nullptr;
};

} // namespace grapevine::ui
