// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCommandLinkButton>
#include <QDate>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QUndoStack>
#include <QVBoxLayout>

#include "backup/DailyBackups.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/RestoreBackupDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "domain/Clock.h"
#include "import/ImportHistoryDialog.h"
#include "import/ImportWizard.h"
#include "pages/EmptyStatePage.h"
#include "pages/WelcomePage.h"
#include "pages/advocates/AdvocatesPage.h"
#include "pages/campaigns/CampaignsPage.h"
#include "pages/campaigns/InvitationsDialog.h"
#include "pages/dashboard/DashboardPage.h"
#include "pages/mentions/MentionsPage.h"
#include "pages/referrals/ReferralsPage.h"
#include "pages/reports/ReportsPage.h"
#include "pages/rewards/RewardsPage.h"
#include "settings/Settings.h"
#include "store/SettingsStore.h"
#include "widgets/Prompter.h"

namespace grapevine::ui {

namespace {

/// The files the import wizard reads.
bool isImportable(const QList<QUrl>& urls)
{
    if (urls.size() != 1 || !urls.front().isLocalFile())
        return false;
    const QString suffix = QFileInfo(urls.front().toLocalFile()).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("tsv");
}

QString databaseFilter()
{
    return MainWindow::tr("Grapevine databases (*.sqlite *.grapevine *.db);;All files (*)");
}

} // namespace

MainWindow::MainWindow(Settings& settings, Prompter& prompter, FileChooser& files, QWidget* parent)
    : MainWindow(settings, prompter, files, Clock::system(), parent)
{ }

MainWindow::MainWindow(Settings& settings, Prompter& prompter, FileChooser& files, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_undoStack(new QUndoStack(this))
    , m_prompter(prompter)
    , m_files(files)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Grapevine"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/grapevine.svg")));
    setUnifiedTitleAndToolBarOnMac(true);
    setAcceptDrops(true);

    buildPages();
    buildMenus();

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);

    resize(1100, 720);
    restoreGeometry(m_settings.value<QByteArray>(Settings::Key::MainWindowGeometry));
    restoreState(m_settings.value<QByteArray>(Settings::Key::MainWindowState));
    const int page = m_settings.value<int>(Settings::Key::CurrentPage);
    showPage(static_cast<Page>(page >= 0 && page < kPageCount ? page : 0));
    showNoDatabase(tr("Open a database or create a new one to start."));
}

MainWindow::~MainWindow()
{
    if (m_checkThread) {
        m_checkThread->wait();
        delete m_checkThread;
    }
    if (m_backupThread) {
        // A copy of a large file may be under way: it stops within a step and leaves nothing.
        m_backupCancel->store(true);
        m_backupThread->wait();
        delete m_backupThread;
    }
    closeImportDialogs();
    // Pages and commands hold connections of the database: they go before it does.
    m_undoStack->clear();
    if (m_advocatesPage)
        setPagesDatabase(nullptr);
}

void MainWindow::setPagesDatabase(db::Database* database)
{
    m_dashboardPage->setDatabase(database);
    m_advocatesPage->setDatabase(database);
    m_campaignsPage->setDatabase(database);
    m_referralsPage->setDatabase(database);
    m_rewardsPage->setDatabase(database);
    m_mentionsPage->setDatabase(database);
    m_reportsPage->setDatabase(database);
}

void MainWindow::openInvitations(qint64 campaignId)
{
    if (!m_database)
        return;
    InvitationsDialog dialog(*m_database, campaignId, m_prompter, m_files, this);
    dialog.exec();
}

void MainWindow::showMentionQueue(qint64 /*open*/, qint64 overdue)
{
    QListWidgetItem* item = m_navigation->item(static_cast<int>(Page::Mentions));
    if (!item)
        return;
    if (m_mentionsTip.isEmpty())
        m_mentionsTip = item->toolTip();
    if (overdue > 0) {
        //: The Mentions entry of the navigation, %2 the number of complaints overdue for an answer
        item->setText(tr("%1 (%2)").arg(tr("Mentions"), QLocale().toString(overdue)));
        item->setToolTip(tr("%Ln negative mention(s) overdue for a response", nullptr, static_cast<int>(overdue)));
    } else {
        item->setText(tr("Mentions"));
        item->setToolTip(m_mentionsTip);
    }
}

void MainWindow::buildPages()
{
    m_root = new QStackedWidget(this);
    m_root->setObjectName(QStringLiteral("rootStack"));

    m_workspace = new QWidget(m_root);
    auto* workspaceLayout = new QVBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);

    m_readOnlyBanner = new QLabel(m_workspace);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setContentsMargins(12, 8, 12, 8);
    // Fixed colours that keep their contrast in light and dark palettes alike.
    m_readOnlyBanner->setStyleSheet(QStringLiteral("QLabel#readOnlyBanner { background: #fff3cd; color: #664d03; "
                                                   "border-bottom: 1px solid #e0c36c; }"));
    m_readOnlyBanner->hide();
    workspaceLayout->addWidget(m_readOnlyBanner);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    workspaceLayout->addLayout(body, 1);

    m_navigation = new QListWidget(m_workspace);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setBackgroundRole(QPalette::AlternateBase);
    m_navigation->setAutoFillBackground(true);

    m_pages = new QStackedWidget(m_workspace);
    m_pages->setObjectName(QStringLiteral("pages"));

    struct PageSpec
    {
        const char* objectName;
        const char* icon;
        QString label;
        QString tip;
    };
    const PageSpec specs[kPageCount] = {
        {"dashboardPage", "dashboard", tr("Dashboard"), tr("Referrals, revenue, ROI and mentions at a glance")},
        {"advocatesPage", "advocates", tr("Advocates"), tr("The people who recommend your business")},
        {"campaignsPage", "campaigns", tr("Campaigns"), tr("Referral programs and their rewards")},
        {"referralsPage", "referrals", tr("Referrals"), tr("Who referred whom, and how far each referral got")},
        {"rewardsPage", "rewards", tr("Rewards"), tr("Rewards to approve and pay, and the leaderboard")},
        {"mentionsPage", "mentions", tr("Mentions"), tr("Reviews, posts and conversations about your business")},
        {"reportsPage", "reports", tr("Reports"), tr("Reports to print, save as PDF or share")},
    };
    for (int i = 0; i < kPageCount; ++i) {
        const PageSpec& spec = specs[i];
        const QIcon icon(QStringLiteral(":/icons/nav/%1.svg").arg(QLatin1String(spec.icon)));
        auto* item = new QListWidgetItem(icon, spec.label, m_navigation);
        item->setToolTip(QStringLiteral("%1 (Ctrl+%2)").arg(spec.tip).arg(i + 1));
        item->setSizeHint(QSize(0, 40));
        if (i == static_cast<int>(Page::Dashboard)) {
            m_dashboardPage = new DashboardPage(m_settings, m_prompter, m_files, m_clock, m_pages);
            m_pages->addWidget(m_dashboardPage);
            continue;
        }
        if (i == static_cast<int>(Page::Advocates)) {
            m_advocatesPage = new AdvocatesPage(m_settings, m_prompter, m_files, *m_undoStack, m_clock, m_pages);
            m_pages->addWidget(m_advocatesPage);
            continue;
        }
        if (i == static_cast<int>(Page::Campaigns)) {
            m_campaignsPage = new CampaignsPage(m_prompter, *m_undoStack, m_clock, m_pages);
            m_campaignsPage->setObjectName(QLatin1String(spec.objectName));
            m_pages->addWidget(m_campaignsPage);
            continue;
        }
        if (i == static_cast<int>(Page::Referrals)) {
            m_referralsPage = new ReferralsPage(m_settings, m_prompter, m_files, m_clock, m_pages);
            m_referralsPage->setObjectName(QLatin1String(spec.objectName));
            m_pages->addWidget(m_referralsPage);
            continue;
        }
        if (i == static_cast<int>(Page::Rewards)) {
            m_rewardsPage = new RewardsPage(m_settings, m_prompter, m_files, m_clock, m_pages);
            m_rewardsPage->setObjectName(QLatin1String(spec.objectName));
            m_pages->addWidget(m_rewardsPage);
            continue;
        }
        if (i == static_cast<int>(Page::Mentions)) {
            m_mentionsPage = new MentionsPage(m_settings, m_prompter, m_files, *m_undoStack, m_clock, m_pages);
            m_mentionsPage->setObjectName(QLatin1String(spec.objectName));
            m_pages->addWidget(m_mentionsPage);
            continue;
        }
        if (i == static_cast<int>(Page::Reports)) {
            m_reportsPage = new ReportsPage(m_settings, m_prompter, m_files, m_clock, m_pages);
            m_pages->addWidget(m_reportsPage);
        }
    }
    // What one page changes, the others show: campaign figures, the pipeline, the rewards.
    connect(m_campaignsPage, &CampaignsPage::invitationsRequested, this, &MainWindow::openInvitations);
    connect(m_campaignsPage, &CampaignsPage::campaignsChanged, m_referralsPage, &ReferralsPage::reload);
    connect(m_campaignsPage, &CampaignsPage::campaignsChanged, m_rewardsPage, &RewardsPage::reload);
    connect(m_referralsPage, &ReferralsPage::referralsChanged, m_campaignsPage, &CampaignsPage::reload);
    connect(m_referralsPage, &ReferralsPage::referralsChanged, m_rewardsPage, &RewardsPage::reload);
    connect(m_rewardsPage, &RewardsPage::rewardsChanged, m_campaignsPage, &CampaignsPage::reload);
    connect(m_rewardsPage, &RewardsPage::rewardsChanged, m_referralsPage, &ReferralsPage::reload);
    // Mentions link to campaigns and advocates; the advocate's page shows their word of mouth.
    connect(m_campaignsPage, &CampaignsPage::campaignsChanged, m_mentionsPage, &MentionsPage::reload);
    connect(m_mentionsPage, &MentionsPage::mentionsChanged, m_advocatesPage, &AdvocatesPage::refreshActivity);
    connect(
        m_advocatesPage, &AdvocatesPage::importRequested, this, [this] { importFile(domain::ImportKind::Advocates); });
    // The dashboard's bars open the records behind them.
    connect(m_dashboardPage, &DashboardPage::stageRequested, this,
        [this](int status, const QDateTime& from, const QDateTime& to) {
            // The funnel counts the referrals of the dashboard's period: the list shows those.
            m_referralsPage->showPeriod(from, to);
            m_referralsPage->showStage(status == DashboardPage::kAllStages ? ReferralsPage::kAllStages : status);
            showPage(Page::Referrals);
        });
    connect(m_dashboardPage, &DashboardPage::campaignRequested, this, [this](qint64 id) {
        m_campaignsPage->showCampaign(id);
        showPage(Page::Campaigns);
    });
    connect(m_dashboardPage, &DashboardPage::advocateRequested, this, [this](qint64 id) {
        m_advocatesPage->showAdvocate(id);
        showPage(Page::Advocates);
    });
    connect(m_dashboardPage, &DashboardPage::mentionsRequested, this,
        [this](const QString& channel, const QDate& first, const QDate& last) {
            m_mentionsPage->showMentions(channel, first, last);
            showPage(Page::Mentions);
        });
    connect(
        m_dashboardPage, &DashboardPage::referralsRequested, this, [this](const QDateTime& from, const QDateTime& to) {
            m_referralsPage->showPeriod(from, to);
            showPage(Page::Referrals);
        });
    connect(
        m_dashboardPage, &DashboardPage::importRequested, this, [this] { importFile(domain::ImportKind::Advocates); });
    // What changes the figures, the dashboard reads again.
    connect(m_referralsPage, &ReferralsPage::referralsChanged, m_dashboardPage, &DashboardPage::reload);
    connect(m_rewardsPage, &RewardsPage::rewardsChanged, m_dashboardPage, &DashboardPage::reload);
    connect(m_campaignsPage, &CampaignsPage::campaignsChanged, m_dashboardPage, &DashboardPage::reload);
    connect(m_mentionsPage, &MentionsPage::mentionsChanged, m_dashboardPage, &DashboardPage::reload);
    // The report reads again only when it is next shown.
    connect(m_referralsPage, &ReferralsPage::referralsChanged, m_reportsPage, &ReportsPage::reload);
    connect(m_rewardsPage, &RewardsPage::rewardsChanged, m_reportsPage, &ReportsPage::reload);
    connect(m_campaignsPage, &CampaignsPage::campaignsChanged, m_reportsPage, &ReportsPage::reload);
    connect(m_mentionsPage, &MentionsPage::mentionsChanged, m_reportsPage, &ReportsPage::reload);
    connect(m_advocatesPage, &AdvocatesPage::mentionRequested, this, [this](qint64 id) {
        showPage(Page::Mentions);
        m_mentionsPage->showMention(id);
    });
    connect(m_mentionsPage, &MentionsPage::queueCountsChanged, this, &MainWindow::showMentionQueue);
    // Room for the widest label, and for the Mentions entry with a two-digit count of overdue
    // answers (a longer one is cut short; its tooltip has the number).
    int navWidth = m_navigation->fontMetrics().horizontalAdvance(
        tr("%1 (%2)").arg(specs[static_cast<int>(Page::Mentions)].label, QStringLiteral("99")));
    for (int i = 0; i < m_navigation->count(); ++i)
        navWidth = qMax(navWidth, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(navWidth + 24 + 48);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* separator = new QFrame(m_workspace);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    body->addWidget(m_navigation);
    body->addWidget(separator);
    body->addWidget(m_pages, 1);

    m_noDatabasePage = new EmptyStatePage(
        QIcon(QStringLiteral(":/icons/grapevine.svg")), tr("No database is open"), QString(), m_root);
    m_noDatabasePage->setObjectName(QStringLiteral("noDatabasePage"));
    connect(
        m_noDatabasePage->addButton(tr("Open a Database…")), &QPushButton::clicked, this, &MainWindow::chooseAndOpen);
    connect(m_noDatabasePage->addButton(tr("Create a New Database…")), &QPushButton::clicked, this,
        &MainWindow::chooseAndCreate);

    m_welcomePage = new WelcomePage(m_root);
    connect(m_welcomePage, &WelcomePage::sampleRequested, this, [this] {
        if (openSampleBusiness())
            showPage(Page::Dashboard);
    });
    connect(m_welcomePage, &WelcomePage::importRequested, this, [this] {
        if (openDatabase(db::Database::defaultPath()))
            importFile(domain::ImportKind::Advocates);
    });
    connect(m_welcomePage, &WelcomePage::emptyRequested, this, [this] {
        if (openDatabase(db::Database::defaultPath()))
            showPage(Page::Advocates);
    });
    connect(m_welcomePage, &WelcomePage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_welcomePage, &WelcomePage::backRequested, this, [this] { m_root->setCurrentWidget(m_workspace); });

    m_root->addWidget(m_workspace);
    m_root->addWidget(m_noDatabasePage);
    m_root->addWidget(m_welcomePage);
    setCentralWidget(m_root);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(
        QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Database…"), this, &MainWindow::chooseAndCreate);
    newAction->setObjectName(QStringLiteral("newDatabaseAction"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Create a new, empty database for a business"));
    QAction* openAction = file->addAction(
        QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Database…"), this, &MainWindow::chooseAndOpen);
    openAction->setObjectName(QStringLiteral("openDatabaseAction"));
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open an existing Grapevine database"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    m_saveCopyAction = file->addAction(
        QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save a &Copy…"), this, &MainWindow::saveCopy);
    m_saveCopyAction->setObjectName(QStringLiteral("saveCopyAction"));
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_saveCopyAction->setStatusTip(tr("Write a complete copy of the open database to another file"));
    m_saveCopyAction->setEnabled(false);
    m_restoreAction = file->addAction(tr("&Restore from Backup…"), this, &MainWindow::showRestoreBackup);
    m_restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restoreAction->setStatusTip(tr("Put back one of the daily copies of the open file"));
    m_restoreAction->setEnabled(false);
    file->addSeparator();
    QAction* settings = file->addAction(
        QIcon::fromTheme(QStringLiteral("preferences-system")), tr("Se&ttings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setStatusTip(tr("The business's name, currency and targets; language, exports and backups"));
    file->addSeparator();
    m_importAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Customers…"),
        this, [this] { importFile(domain::ImportKind::Advocates); });
    m_importAction->setObjectName(QStringLiteral("importCustomersAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import the customer list your shop, CRM or mailing tool exports as CSV"));
    m_importAction->setEnabled(false);
    m_importOrdersAction = file->addAction(
        tr("Import &Orders or Referrals…"), this, [this] { importFile(domain::ImportKind::Referrals); });
    m_importOrdersAction->setObjectName(QStringLiteral("importOrdersAction"));
    m_importOrdersAction->setStatusTip(
        tr("Import your shop's orders to mark referred friends' purchases as conversions"));
    m_importOrdersAction->setEnabled(false);
    m_importMentionsAction
        = file->addAction(tr("Import &Mentions…"), this, [this] { importFile(domain::ImportKind::Mentions); });
    m_importMentionsAction->setObjectName(QStringLiteral("importMentionsAction"));
    m_importMentionsAction->setStatusTip(tr("Import the mentions and reviews your social-listening tool exports"));
    m_importMentionsAction->setEnabled(false);
    m_importHistoryAction = file->addAction(tr("Import &History…"), this, &MainWindow::showImportHistory);
    m_importHistoryAction->setObjectName(QStringLiteral("importHistoryAction"));
    m_importHistoryAction->setStatusTip(tr("Review earlier imports and undo one as a whole"));
    m_importHistoryAction->setEnabled(false);
    file->addSeparator();
    QAction* quit
        = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_advocatesPage->addAction());
    edit->addAction(m_advocatesPage->deleteAction());

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < kPageCount; ++i) {
        QAction* action = go->addAction(m_navigation->item(i)->icon(), m_navigation->item(i)->text(), this,
            [this, i] { showPage(static_cast<Page>(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* welcome = help->addAction(tr("&Welcome"), this, &MainWindow::showWelcome);
    welcome->setObjectName(QStringLiteral("welcomeAction"));
    welcome->setStatusTip(tr("Open the sample business, import customers or start an empty file"));
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Grapevine"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::showNoDatabase(const QString& reason)
{
    m_noDatabasePage->setText(reason);
    m_root->setCurrentWidget(m_noDatabasePage);
}

void MainWindow::showWelcome()
{
    m_welcomePage->setOpenFile(m_database ? QFileInfo(m_database->path()).fileName() : QString());
    m_root->setCurrentWidget(m_welcomePage);
    m_welcomePage->sampleButton()->setFocus();
}

QString MainWindow::sampleBusinessPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/sample-business.sqlite");
}

bool MainWindow::openSampleBusiness()
{
    const QString path = sampleBusinessPath();
    db::OpenFailure failure;
    db::OpenOptions options;
    options.quickCheck = false;
    auto database = db::Database::open(path, options, &failure);
    if (!database) {
        m_prompter.warning(this, tr("Cannot Open the Sample Business"), failure.message);
        return false;
    }
    // Made on first use, and again if an earlier attempt left the file empty. A person's own
    // changes to the sample are kept: it is only made where there is nothing.
    QSqlQuery q(database->connection());
    const bool empty = q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM advocates) AND NOT EXISTS "
                                             "(SELECT 1 FROM campaigns) AND NOT EXISTS (SELECT 1 FROM mentions)"))
        && q.next() && q.value(0).toBool();
    q.finish();
    if (empty && !database->isReadOnly()) {
        demo::DemoOptions sample;
        // Dated up to today, so that "last month" on the dashboard has something to show.
        sample.today = m_clock.nowUtc().toLocalTime().date();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status made = demo::DemoGenerator::generate(database->connection(), sample);
        QApplication::restoreOverrideCursor();
        if (!made) {
            m_prompter.warning(this, tr("Cannot Make the Sample Business"), made.error().message);
            return false;
        }
    }
    adoptDatabase(std::move(database));
    return true;
}

bool MainWindow::openDatabase(const QString& path)
{
    db::OpenFailure failure;
    db::OpenOptions options;
    // A full check reads the whole file (about 3 s at a million advocates): it runs right after
    // the window shows the data, on its own thread (startIntegrityCheck).
    options.quickCheck = false;
    auto database = db::Database::open(path, options, &failure);
    if (!database) {
        m_prompter.warning(this, tr("Cannot Open Database"), failure.message);
        if (!m_database)
            showNoDatabase(failure.message);
        return false;
    }
    adoptDatabase(std::move(database));
    return true;
}

bool MainWindow::openDatabaseReadOnly(const QString& path, const QString& why)
{
    db::OpenFailure failure;
    db::OpenOptions options;
    options.readOnly = true;
    options.quickCheck = false;
    auto database = db::Database::open(path, options, &failure);
    if (!database) {
        m_prompter.warning(this, tr("Cannot Open Database"), failure.message);
        return false;
    }
    m_damageNote = why;
    adoptDatabase(std::move(database));
    return true;
}

bool MainWindow::createDatabase(const QString& path)
{
    if (QFileInfo::exists(path)) {
        m_prompter.warning(this, tr("Cannot Create Database"),
            tr("\"%1\" already exists. Grapevine never replaces an existing file with an empty "
               "database: choose a new file name, or open the file with File → Open.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return openDatabase(path);
}

void MainWindow::adoptDatabase(std::unique_ptr<db::Database> database)
{
    // The commands and the table hold connections to the old file: let go of them first.
    closeImportDialogs();
    m_undoStack->clear();
    setPagesDatabase(nullptr);
    m_database = std::move(database);
    setPagesDatabase(m_database.get());
    const QString path = m_database->path();
    const QString native = QDir::toNativeSeparators(path);
    m_settings.setValue(Settings::Key::LastDatabase, path);
    m_settings.addRecentDatabase(path);
    rebuildRecentMenu();

    setWindowTitle(tr("%1 — Grapevine").arg(QFileInfo(path).fileName()));
    setWindowFilePath(path);
    m_databaseLabel->setText(native);
    m_databaseLabel->setToolTip(tr("The database file that is open"));
    m_saveCopyAction->setEnabled(true);
    m_restoreAction->setEnabled(true);
    for (QAction* action : {m_importAction, m_importOrdersAction, m_importMentionsAction})
        action->setEnabled(!m_database->isReadOnly());
    m_importHistoryAction->setEnabled(true);

    m_readOnlyBanner->setVisible(m_database->isReadOnly());
    const QString reason = m_damageNote.isEmpty() ? m_database->readOnlyReason() : m_damageNote;
    m_readOnlyBanner->setText(tr("<b>Read-only.</b> %1 You can look at everything, but nothing can be changed. "
                                 "Use File → Save a Copy to make an editable copy.")
                                  .arg(reason.toHtmlEscaped()));
    const bool damaged = !m_damageNote.isEmpty();
    m_damageNote.clear();

    if (m_database->wasCreated()) {
        statusBar()->showMessage(tr("Created a new database at %1.").arg(native), 10000);
    } else if (!m_database->backupPath().isEmpty()) {
        statusBar()->showMessage(tr("Updated the database to version %1. A copy of the old version is at %2.")
                                     .arg(m_database->schemaVersion())
                                     .arg(QDir::toNativeSeparators(m_database->backupPath())),
            30000);
    } else {
        statusBar()->showMessage(tr("Opened %1.").arg(native), 5000);
    }
    m_root->setCurrentWidget(m_workspace);
    emit databaseChanged();
    if (!damaged)
        startIntegrityCheck();
}

void MainWindow::startIntegrityCheck()
{
    if (m_checkThread) {
        // One check at a time; a newer file's check waits for the older one to end.
        m_checkThread->wait();
        delete m_checkThread;
        m_checkThread = nullptr;
    }
    const QString path = m_database->path();
    QPointer<MainWindow> self(this);
    m_checkThread = QThread::create([path, self] {
        const QStringList problems = db::Database::quickCheck(path);
        QMetaObject::invokeMethod(
            qApp,
            [self, path, problems] {
                if (self)
                    self->onIntegrityChecked(path, problems);
            },
            Qt::QueuedConnection);
    });
    m_checkThread->setObjectName(QStringLiteral("integrity-check"));
    m_checkThread->start(QThread::LowPriority);
}

void MainWindow::onIntegrityChecked(const QString& path, const QStringList& problems)
{
    emit integrityChecked(problems);
    if (!m_database || m_database->path() != path)
        return;
    if (problems.isEmpty()) {
        startDailyBackup(); // only a sound file is worth a copy that may replace an older one
        return;
    }
    const QString why = tr("The file is damaged (SQLite reports: %1), so it was opened read-only to keep it from "
                           "getting worse.")
                            .arg(problems.mid(0, 2).join(QStringLiteral("; ")));
    m_prompter.warning(this, tr("Damaged Database"),
        tr("“%1” is damaged. %2 Restore it from a backup copy, or save a copy to rescue what can still be read.")
            .arg(QDir::toNativeSeparators(path), why));
    openDatabaseReadOnly(path, why);
}

void MainWindow::startDailyBackup()
{
    if (!m_database || m_database->isReadOnly() || !m_settings.value<bool>(Settings::Key::BackupsEnabled))
        return;
    if (m_backupThread) {
        if (!m_backupThread->isFinished())
            return; // today's copy of the earlier file is still being made
        delete m_backupThread;
        m_backupThread = nullptr;
    }
    const QString path = m_database->path();
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    const int keepDays = m_settings.value<int>(Settings::Key::BackupKeepDays);
    m_backupCancel = std::make_shared<std::atomic_bool>(false);
    QPointer<MainWindow> self(this);
    m_backupThread = QThread::create([path, today, keepDays, self, cancel = m_backupCancel] {
        backup::DailyBackups backups(path);
        bool made = false;
        const Result<QString> copy = backups.makeToday(today, &made, cancel.get());
        QString error = copy.ok() ? QString() : copy.error().message;
        if (copy.ok()) {
            const Result<int> pruned = backups.prune(today, keepDays);
            if (!pruned)
                error = pruned.error().message;
        }
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            qApp,
            [self, made, error] {
                if (!self)
                    return;
                if (!error.isEmpty())
                    self->statusBar()->showMessage(tr("Today's backup could not be made: %1").arg(error), 30000);
                emit self->dailyBackupFinished(made, error);
            },
            Qt::QueuedConnection);
    });
    m_backupThread->setObjectName(QStringLiteral("daily-backup"));
    m_backupThread->start(QThread::LowPriority);
}

void MainWindow::showSettings()
{
    std::optional<domain::BusinessSettings> business;
    if (m_database) {
        auto loaded = store::SettingsStore(m_database->connection()).load();
        if (loaded)
            business = loaded.value();
    }
    SettingsDialog dialog(m_settings, business, m_database && !m_database->isReadOnly(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_database && business && dialog.businessSettings() && !(*dialog.businessSettings() == *business)) {
        const Status saved = store::SettingsStore(m_database->connection()).save(*dialog.businessSettings());
        if (!saved)
            m_prompter.warning(this, tr("Cannot Save the Settings"), saved.error().message);
        else
            importChangedRecords(); // every page shows the new currency, values and channels
    }
    if (dialog.languageChanged())
        emit languageChosen(dialog.language());
    else if (dialog.appearanceChanged())
        emit appearanceChosen(dialog.appearance());
}

void MainWindow::showRestoreBackup()
{
    if (!m_database)
        return;
    RestoreBackupDialog dialog(m_database->path(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenPath().isEmpty())
        restoreBackup(dialog.chosenPath());
}

bool MainWindow::restoreBackup(const QString& backupPath)
{
    if (!m_database)
        return false;
    const QString path = m_database->path();
    if (!m_prompter.confirm(this, tr("Restore from Backup"),
            tr("Replace everything in “%1” with the backup “%2”?\n\nWhat the file holds now is kept as a backup "
               "of its own (“before restore”), so you can go back to it the same way.")
                .arg(QFileInfo(path).fileName(), QFileInfo(backupPath).fileName()),
            tr("Restore")))
        return false;

    // Let go of the file: the pages, commands, dialogs and threads that hold it first.
    closeImportDialogs();
    m_undoStack->clear();
    setPagesDatabase(nullptr);
    if (m_backupThread) {
        m_backupCancel->store(true);
        m_backupThread->wait();
    }
    if (m_checkThread)
        m_checkThread->wait();
    m_database.reset();

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status restored = backup::DailyBackups(path).restore(backupPath, m_clock.nowUtc().toLocalTime().date());
    QApplication::restoreOverrideCursor();
    if (!restored)
        m_prompter.warning(this, tr("Cannot Restore"), restored.error().message);
    const bool reopened = openDatabase(path);
    if (restored && reopened)
        statusBar()->showMessage(
            tr("Restored %1 from %2.").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(backupPath)), 30000);
    return restored.ok() && reopened;
}

QString MainWindow::dialogDirectory() const
{
    if (m_database)
        return QFileInfo(m_database->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::chooseAndCreate()
{
    QString path = m_files.saveFile(
        this, tr("New Database"), dialogDirectory() + QStringLiteral("/business.sqlite"), databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    createDatabase(path);
}

void MainWindow::chooseAndOpen()
{
    const QString path = m_files.openFile(this, tr("Open Database"), dialogDirectory(), databaseFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::saveCopy()
{
    if (!m_database)
        return;
    const QFileInfo current(m_database->path());
    const QString suggestion
        = QStringLiteral("%1/%2 %3.sqlite")
              .arg(current.absolutePath(), current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate));
    QString path = m_files.saveFile(this, tr("Save a Copy"), suggestion, databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status saved = m_database->saveCopy(path);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        m_prompter.warning(this, tr("Cannot Save a Copy"), saved.error().message);
        return;
    }
    statusBar()->showMessage(tr("Saved a copy to %1.").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_database.get(), this);
    dialog.exec();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentDatabases();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        //: %1 is a number used as keyboard accelerator, %2 a file path
        QAction* action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                m_prompter.warning(this, tr("Cannot Open Database"),
                    tr("\"%1\" no longer exists; it was moved or deleted. It is removed from the "
                       "recent files.")
                        .arg(QDir::toNativeSeparators(path)));
                m_settings.removeRecentDatabase(path);
                rebuildRecentMenu();
                return;
            }
            openDatabase(path);
        });
    }
    if (recent.isEmpty()) {
        QAction* none = m_recentMenu->addAction(tr("No recent databases"));
        none->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            m_settings.setValue(Settings::Key::RecentDatabases, QStringList());
            rebuildRecentMenu();
        });
    }
}

void MainWindow::saveWindowState()
{
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::MainWindowState, saveState());
    m_settings.setValue(Settings::Key::CurrentPage, static_cast<int>(currentPage()));
    m_settings.sync();
}

void MainWindow::importFile(std::optional<domain::ImportKind> kind, const QString& path)
{
    if (!m_database)
        return;
    if (m_database->isReadOnly()) {
        m_prompter.warning(this, tr("Cannot Import"),
            tr("The database is read-only (%1), so nothing can be imported into it. Use File → Save a Copy to make "
               "an editable copy.")
                .arg(m_database->readOnlyReason()));
        return;
    }
    if (m_importWizard) {
        // The wizard open is busy with its own file; it is shown rather than replaced.
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return;
    }
    // Window-modal and not exec(): the window keeps painting, and tests reach the wizard.
    m_importWizard = new ImportWizard(*m_database, m_prompter, m_files, m_clock, this);
    m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importWizard, &ImportWizard::recordsChanged, this, &MainWindow::importChangedRecords);
    if (kind)
        m_importWizard->setKind(*kind, true);
    if (!path.isEmpty())
        m_importWizard->setFile(path);
    m_importWizard->open();
}

ImportWizard* MainWindow::importWizard() const
{
    return m_importWizard;
}

void MainWindow::showImportHistory()
{
    if (!m_database)
        return;
    if (m_importHistory) {
        m_importHistory->reload();
        m_importHistory->raise();
        m_importHistory->activateWindow();
        return;
    }
    m_importHistory = new ImportHistoryDialog(*m_database, m_prompter, m_files, m_clock, this);
    m_importHistory->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importHistory, &ImportHistoryDialog::recordsChanged, this, &MainWindow::importChangedRecords);
    m_importHistory->open();
}

void MainWindow::closeImportDialogs()
{
    // Deleting the wizard stops an import still running; it rolls back before the file goes.
    delete m_importWizard;
    delete m_importHistory;
}

void MainWindow::importChangedRecords()
{
    m_advocatesPage->model().refresh();
    m_advocatesPage->refreshActivity();
    m_advocatesPage->refreshTagFilter();
    // Undoing an import puts names back, which the other lists show beside referrals and rewards.
    m_referralsPage->reload();
    m_rewardsPage->reload();
    m_mentionsPage->reload();
    m_dashboardPage->reload();
    m_reportsPage->reload();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_database && !m_database->isReadOnly() && isImportable(event->mimeData()->urls()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (!m_database || m_database->isReadOnly() || !isImportable(event->mimeData()->urls()))
        return;
    event->acceptProposedAction();
    const QString path = event->mimeData()->urls().front().toLocalFile();
    // After the drop has finished: the wizard opens as a window of its own.
    QMetaObject::invokeMethod(
        this, [this, path] { importFile(std::nullopt, path); }, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

} // namespace grapevine::ui
