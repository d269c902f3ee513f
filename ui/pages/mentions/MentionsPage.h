// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QWidget>

#include "domain/Mention.h"
#include "domain/MentionChannels.h"
#include "itemmodels/MentionListModel.h"
#include "mentions/ResponseWorkflow.h"
#include "widgets/RecordExportFlow.h"

class QAction;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QUndoStack;

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
class MentionDetailsPanel;
class MentionLogForm;
class Prompter;
struct CommandContext;

/// The Mentions page: what people say about the business. The log form on top, then every
/// mention (filtered, searched, sorted, read page by page), the response queue where
/// complaints are answered before they are overdue, and the testimonials ready to reuse.
/// Every change is undoable; the queue's overdue count goes to the navigation.
class MentionsPage final : public QWidget
{
    Q_OBJECT

public:
    enum View {
        AllView,
        QueueView, ///< needing a response, the one due first on top
        TestimonialsView
    };

    MentionsPage(Settings& settings, Prompter& prompter, FileChooser& files, QUndoStack& undoStack, const Clock& clock,
        QWidget* parent = nullptr);
    ~MentionsPage() override;

    /// Shows the mentions of `database` (nullptr: none).
    void setDatabase(db::Database* database);
    /// Reads everything again after a change elsewhere (a campaign renamed), keeping the view,
    /// the filters and the selected mention.
    void reload();
    void showView(View view);
    View view() const { return m_view; }
    /// Selects mention `id`, clearing the filters if they hide it, and shows it in the details.
    void showMention(qint64 id);
    /// Every mention of `channel` (all channels when empty) on the days from `first` (invalid:
    /// since the beginning) to `last`, the other filters cleared.
    void showMentions(const QString& channel, const QDate& first, const QDate& last);
    /// The clock moved on: overdue marks, "due in …" and the queue counts are read again.
    void refreshDueTimes();

    itemmodels::MentionListModel& model() { return m_model; }
    MentionLogForm* logForm() const { return m_form; }
    QTableView* table() const { return m_table; }
    MentionDetailsPanel* details() const { return m_details; }
    /// The mention the details and the actions are about (kept when an action moved it out of the view).
    std::optional<qint64> currentMentionId() const;
    mentions::QueueCounts queueCounts() const { return m_counts; }

    QAction* logAction() const { return m_logAction; }
    QAction* respondAction() const { return m_respondAction; }
    QAction* resolveAction() const { return m_resolveAction; }
    QAction* reopenAction() const { return m_reopenAction; }
    QAction* markTestimonialAction() const { return m_markAction; }
    QAction* unmarkTestimonialAction() const { return m_unmarkAction; }
    QAction* copyTestimonialAction() const { return m_copyAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* settingsAction() const { return m_settingsAction; }
    QAction* exportRecordsAction() const { return m_exportRecordsAction; }
    /// The CSV export of the list (tests answer its questions through it).
    RecordExportFlow& recordExport() { return m_recordExport; }

    QComboBox* channelFilter() const { return m_channelFilter; }
    QComboBox* sentimentFilter() const { return m_sentimentFilter; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QComboBox* campaignFilter() const { return m_campaignFilter; }
    QDateEdit* fromFilter() const { return m_fromFilter; }
    QDateEdit* toFilter() const { return m_toFilter; }
    QLineEdit* searchEdit() const { return m_search; }
    /// Applies the filters and search now (they otherwise wait for typing to pause).
    void applyFilters();
    void clearFilters();

signals:
    /// Mentions were logged, answered, changed or deleted here (or by undo).
    void mentionsChanged();
    /// The response queue as it is now: for the navigation's overdue count.
    void queueCountsChanged(qint64 open, qint64 overdue);

private:
    void buildActions();
    void buildUi();
    QWidget* buildFilters();
    void reloadChoices();
    void editSettings();
    void updateCounts();
    void updateFigures();
    void updateStack();
    void updateActions();
    /// Reads mention `id` into the details; false (and no mention) when it cannot be read.
    bool loadCurrent(qint64 id);
    void showDetails();
    void selectCurrent();
    void onLogged(const domain::Mention& mention);
    void respond();
    void resolve();
    void reopen();
    void markTestimonial();
    void unmarkTestimonial();
    void copyTestimonial();
    void deleteCurrent();
    /// The mentions the list shows (or all of them) as a CSV file, in the list's order.
    void exportRecords();
    /// Runs `step` on the current mention and pushes the change as one undoable command.
    void change(const QString& title, const QString& undoText, const std::function<Status(qint64 id)>& step);
    void afterChange(qint64 id);
    void showTableMenu(const QPoint& pos);
    bool writable() const;
    QString channelName(const QString& key) const;
    CommandContext commandContext();
    void showProblem(const QString& title, const QString& message);

    Settings& m_settings;
    Prompter& m_prompter;
    QUndoStack& m_undoStack;
    const Clock& m_clock;
    RecordExportFlow m_recordExport;
    db::Database* m_database = nullptr;
    itemmodels::MentionListModel m_model;
    QList<domain::MentionChannel> m_channels = domain::MentionChannels::defaults();
    int m_responseTargetHours = 24;
    View m_view = AllView;
    std::optional<domain::Mention> m_current;
    mentions::QueueCounts m_counts;
    bool m_selecting = false; ///< the page moves the selection itself: not a choice of the user

    MentionLogForm* m_form = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_content = nullptr;
    EmptyStatePage* m_emptyState = nullptr;
    QButtonGroup* m_views = nullptr;
    QLabel* m_figures = nullptr;
    QLabel* m_notice = nullptr;
    QComboBox* m_channelFilter = nullptr;
    QComboBox* m_sentimentFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_campaignFilter = nullptr;
    QDateEdit* m_fromFilter = nullptr;
    QDateEdit* m_toFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchDelay = nullptr;
    QTimer* m_clockTimer = nullptr;
    QStackedWidget* m_tableStack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_noMatch = nullptr;
    MentionDetailsPanel* m_details = nullptr;
    QSplitter* m_splitter = nullptr;

    QAction* m_logAction = nullptr;
    QAction* m_respondAction = nullptr;
    QAction* m_resolveAction = nullptr;
    QAction* m_reopenAction = nullptr;
    QAction* m_markAction = nullptr;
    QAction* m_unmarkAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_exportRecordsAction = nullptr;
};

} // namespace grapevine::ui
