// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <QMainWindow>
#include <QPointer>

#include "domain/ImportBatch.h"

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace grapevine {
class Clock;
class Settings;
namespace db {
class Database;
}
} // namespace grapevine

namespace grapevine::ui {

class AdvocatesPage;
class CampaignsPage;
class DashboardPage;
class ReportsPage;
class EmptyStatePage;
class MentionsPage;
class ReferralsPage;
class RewardsPage;
class WelcomePage;
class FileChooser;
class ImportHistoryDialog;
class ImportWizard;
class Prompter;

/// The application window: navigation on the left, one page per area on the right, the File
/// and Help menus, and the open database.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page {
        Dashboard,
        Advocates,
        Campaigns,
        Referrals,
        Rewards,
        Mentions,
        Reports
    };
    static constexpr int kPageCount = 7;

    MainWindow(Settings& settings, Prompter& prompter, FileChooser& files, QWidget* parent = nullptr);
    MainWindow(
        Settings& settings, Prompter& prompter, FileChooser& files, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens (creating or updating as needed) and switches to `path`. On failure the user is
    /// told why through the Prompter and the current database stays open.
    bool openDatabase(const QString& path);
    /// Opens read-only, e.g. after the background check found the file damaged.
    bool openDatabaseReadOnly(const QString& path, const QString& why);
    /// Creates a new, empty database at `path`, refusing to replace an existing file.
    bool createDatabase(const QString& path);
    db::Database* database() const { return m_database.get(); }

    void showPage(Page page);
    AdvocatesPage* advocatesPage() const { return m_advocatesPage; }
    CampaignsPage* campaignsPage() const { return m_campaignsPage; }
    ReferralsPage* referralsPage() const { return m_referralsPage; }
    RewardsPage* rewardsPage() const { return m_rewardsPage; }
    MentionsPage* mentionsPage() const { return m_mentionsPage; }
    QUndoStack* undoStack() const { return m_undoStack; }
    Page currentPage() const;
    /// Shown instead of the pages when no database could be opened.
    void showNoDatabase(const QString& reason);
    /// The welcome page: a sample business, an import or an empty file (first start, Help menu).
    void showWelcome();
    WelcomePage* welcomePage() const { return m_welcomePage; }
    /// Opens the sample business, making it first if it is not there yet (or holds nothing).
    bool openSampleBusiness();
    static QString sampleBusinessPath();
    /// Opens the import wizard for a file of `kind` (nothing: its columns say), with `path`
    /// chosen already when given (a dropped file).
    void importFile(std::optional<domain::ImportKind> kind, const QString& path = QString());
    void showImportHistory();
    /// Lists the backups of the open file and puts the chosen one back.
    void showRestoreBackup();
    /// After the person confirms: closes the file, restores `backupPath` into it, opens it again.
    bool restoreBackup(const QString& backupPath);
    void showSettings();
    /// The open import wizard, if any (tests drive it).
    ImportWizard* importWizard() const;

signals:
    void databaseChanged();
    /// The integrity check that runs after opening has finished (`problems` empty: sound).
    void integrityChecked(const QStringList& problems);
    /// Today's backup is there (`made`: written now) or could not be made (`error`).
    void dailyBackupFinished(bool made, const QString& error);
    /// The person chose another language in Settings (a locale name, empty: the system's).
    void languageChosen(const QString& language);
    /// The person chose other colours in Settings (an `Appearance` mode).
    void appearanceChosen(const QString& mode);

protected:
    void closeEvent(class QCloseEvent* event) override;
    /// A CSV or text file dropped on the window opens the import wizard with it.
    void dragEnterEvent(class QDragEnterEvent* event) override;
    void dropEvent(class QDropEvent* event) override;

private:
    void buildMenus();
    void buildPages();
    void chooseAndCreate();
    void chooseAndOpen();
    void saveCopy();
    void showAbout();
    void openInvitations(qint64 campaignId);
    /// The Mentions entry of the navigation carries the number of complaints overdue for an answer.
    void showMentionQueue(qint64 open, qint64 overdue);
    /// Gives every page the current database (nullptr: none), the order they let go of it.
    void setPagesDatabase(db::Database* database);
    void rebuildRecentMenu();
    void adoptDatabase(std::unique_ptr<db::Database> database);
    void startIntegrityCheck();
    /// Today's backup of a sound, writable file, on a thread; old copies are pruned.
    void startDailyBackup();
    void onIntegrityChecked(const QString& path, const QStringList& problems);
    void saveWindowState();
    /// After an import or its undo: every page reads its records again.
    void importChangedRecords();
    /// The import dialogs hold the open database: they close before it goes.
    void closeImportDialogs();
    QString dialogDirectory() const;

    Settings& m_settings;
    const Clock& m_clock;
    QUndoStack* m_undoStack = nullptr;
    DashboardPage* m_dashboardPage = nullptr;
    ReportsPage* m_reportsPage = nullptr;
    AdvocatesPage* m_advocatesPage = nullptr;
    CampaignsPage* m_campaignsPage = nullptr;
    ReferralsPage* m_referralsPage = nullptr;
    RewardsPage* m_rewardsPage = nullptr;
    MentionsPage* m_mentionsPage = nullptr;
    Prompter& m_prompter;
    FileChooser& m_files;
    std::unique_ptr<db::Database> m_database;

    QStackedWidget* m_root = nullptr;
    QWidget* m_workspace = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_readOnlyBanner = nullptr;
    QLabel* m_databaseLabel = nullptr;
    EmptyStatePage* m_noDatabasePage = nullptr;
    WelcomePage* m_welcomePage = nullptr;
    QMenu* m_recentMenu = nullptr;
    class QAction* m_saveCopyAction = nullptr;
    class QAction* m_restoreAction = nullptr;
    class QAction* m_importAction = nullptr;
    class QAction* m_importOrdersAction = nullptr;
    class QAction* m_importMentionsAction = nullptr;
    class QAction* m_importHistoryAction = nullptr;
    QPointer<ImportWizard> m_importWizard;
    QPointer<ImportHistoryDialog> m_importHistory;
    class QThread* m_checkThread = nullptr;
    class QThread* m_backupThread = nullptr;
    std::shared_ptr<std::atomic_bool> m_backupCancel;
    QString m_damageNote;
    QString m_mentionsTip; ///< the Mentions entry's tooltip when nothing is overdue
};

} // namespace grapevine::ui
