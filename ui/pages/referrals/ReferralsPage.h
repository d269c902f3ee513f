// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

#include "itemmodels/ReferralListModel.h"
#include "widgets/RecordExportFlow.h"

class QAction;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTreeWidget;
class QTimer;

namespace grapevine {
class Clock;
class Settings;
namespace db {
class Database;
}
} // namespace grapevine

namespace grapevine::ui {

class FileChooser;
class Prompter;
class QuickEntryForm;

/// The Referrals page: quick entry on top, the pipeline (a stage bar with counts and the
/// table), the selected referral's details and dated history, and the review queue where
/// flagged referrals are let through or rejected in bulk.
class ReferralsPage final : public QWidget
{
    Q_OBJECT

public:
    /// The stage bar: one button per status, and the review queue.
    static constexpr int kAllStages = 99; // not -1: QButtonGroup gives -1 its own id
    static constexpr int kReviewQueue = 100;

    ReferralsPage(
        Settings& settings, Prompter& prompter, FileChooser& files, const Clock& clock, QWidget* parent = nullptr);

    void setDatabase(db::Database* database);
    void reload();
    /// Shows one stage (a ReferralStatus as int, kAllStages or kReviewQueue).
    void showStage(int stage);
    void showReferral(qint64 id);
    /// Only the referrals made in [from, to), every stage, with a note that says so and a
    /// button that shows them all again; invalid times show every day.
    void showPeriod(const QDateTime& from, const QDateTime& to);

    itemmodels::ReferralListModel& model() { return m_model; }
    QuickEntryForm* quickEntry() const { return m_quickEntry; }
    QTableView* table() const { return m_table; }
    QList<qint64> selectedIds() const;

    QAction* signedUpAction() const { return m_signedUp; }
    QAction* convertAction() const { return m_convert; }
    QAction* approveAction() const { return m_approve; }
    QAction* rejectAction() const { return m_reject; }
    QAction* refundAction() const { return m_refund; }
    QAction* reopenAction() const { return m_reopen; }
    QAction* letThroughAction() const { return m_letThrough; }
    QAction* exportRecordsAction() const { return m_exportRecords; }
    /// The CSV export of the pipeline (tests answer its questions through it).
    RecordExportFlow& recordExport() { return m_recordExport; }
    QTreeWidget* historyView() const { return m_history; }

signals:
    /// A referral or its rewards changed: the campaign figures and rewards need a refresh.
    void referralsChanged();

private:
    void buildUi();
    void buildActions();
    void applyFilter();
    void updateCounts();
    void updateActions();
    void showDetails();
    void markSignedUp();
    void convertSelected();
    void approveSelected();
    void rejectSelected();
    void refundSelected();
    void reopenSelected();
    void letThroughSelected();
    /// The referrals the pipeline shows (or all of them) as a CSV file.
    void exportRecords();
    /// Runs `step` for each selected referral, then tells what happened and refreshes.
    void runOnSelected(const QString& title, const std::function<Result<QStringList>(qint64 id)>& step);
    void afterChange(const QList<qint64>& keepSelected);

    Prompter& m_prompter;
    const Clock& m_clock;
    RecordExportFlow m_recordExport;
    db::Database* m_database = nullptr;
    itemmodels::ReferralListModel m_model;
    int m_stage = kAllStages;

    QuickEntryForm* m_quickEntry = nullptr;
    QButtonGroup* m_stages = nullptr;
    QComboBox* m_campaignFilter = nullptr;
    QDateTime m_periodFrom;
    QDateTime m_periodTo;
    QWidget* m_periodNote = nullptr;
    QLabel* m_periodText = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_details = nullptr;
    QTreeWidget* m_history = nullptr;
    QTreeWidget* m_rewards = nullptr;

    QAction* m_signedUp = nullptr;
    QAction* m_convert = nullptr;
    QAction* m_approve = nullptr;
    QAction* m_reject = nullptr;
    QAction* m_refund = nullptr;
    QAction* m_reopen = nullptr;
    QAction* m_letThrough = nullptr;
    QAction* m_quickEntryAction = nullptr;
    QAction* m_exportRecords = nullptr;
};

} // namespace grapevine::ui
