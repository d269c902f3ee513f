// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreBackupDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace grapevine::ui {

namespace {

enum Column {
    Day,
    Kind,
    Advocates,
    Campaigns,
    Referrals,
    Mentions,
    Size,
    ColumnCount
};

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_backups(databasePath)
    , m_list(new QTreeWidget(this))
    , m_note(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
{
    setWindowTitle(tr("Restore from Backup"));
    auto* intro = new QLabel(tr("Grapevine keeps a copy of “%1” each day it is opened. Restoring puts the chosen copy "
                                "back in place of everything in the file now; what it replaces is kept as a backup "
                                "of its own, so a restore can itself be undone.")
                                 .arg(QDir::toNativeSeparators(databasePath)),
        this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Advocates"), tr("Campaigns"), tr("Referrals"), tr("Mentions"), tr("Size")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_note->setWordWrap(true);
    m_note->setText(tr("Reading the backups…"));
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    QPushButton* folder = buttons->addButton(tr("Open Backup &Folder"), QDialogButtonBox::ActionRole);
    folder->setToolTip(QDir::toNativeSeparators(m_backups.folder()));
    m_restore->setEnabled(false);
    m_restore->setToolTip(tr("Replace the file's contents with the chosen backup"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(folder, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_backups.folder())); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
        [this] { m_restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(760, 420);

    // A backup of a large file takes a moment to count: the dialog shows at once and fills in.
    const QList<backup::BackupFile> files = m_backups.list();
    QPointer<RestoreBackupDialog> self(this);
    m_reader = QThread::create([self, files] {
        QList<backup::BackupContents> contents;
        QStringList problems;
        for (const backup::BackupFile& f : files) {
            const auto c = backup::DailyBackups::contents(f.path);
            contents << (c.ok() ? c.value() : backup::BackupContents {-1, -1, -1, -1, -1});
            problems << (c.ok() ? QString() : c.error().message);
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, files, contents, problems] {
                if (self)
                    self->showContents(files, contents, problems);
            },
            Qt::QueuedConnection);
    });
    m_reader->start(QThread::LowPriority);
}

RestoreBackupDialog::~RestoreBackupDialog()
{
    m_reader->wait();
    delete m_reader;
}

QString RestoreBackupDialog::chosenPath() const
{
    const QList<QTreeWidgetItem*> chosen = m_list->selectedItems();
    return chosen.isEmpty() ? QString() : chosen.first()->data(Day, Qt::UserRole).toString();
}

void RestoreBackupDialog::showContents(
    const QList<backup::BackupFile>& files, const QList<backup::BackupContents>& contents, const QStringList& problems)
{
    const QLocale locale;
    for (int i = 0; i < files.size(); ++i) {
        const backup::BackupFile& f = files.at(i);
        const backup::BackupContents& c = contents.at(i);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(Day, locale.toString(f.modified, QLocale::ShortFormat));
        item->setData(Day, Qt::UserRole, f.path);
        item->setToolTip(Day, QDir::toNativeSeparators(f.path));
        item->setText(Kind, f.beforeRestore ? tr("Before a restore") : tr("Daily"));
        const bool readable = problems.at(i).isEmpty();
        const qint64 counts[] = {c.advocates, c.campaigns, c.referrals, c.mentions};
        for (int column = Advocates; column <= Mentions; ++column) {
            item->setText(column, readable ? locale.toString(counts[column - Advocates]) : QStringLiteral("—"));
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setText(Size, locale.formattedDataSize(f.bytes));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        if (!readable) {
            item->setDisabled(true);
            item->setToolTip(Kind, problems.at(i));
        }
    }
    m_note->setText(files.isEmpty()
            ? tr("There are no backups of this file yet. The first is made when the file is next opened (Settings → "
                 "Backups).")
            : tr("Backups are kept in %1.").arg(QDir::toNativeSeparators(m_backups.folder())));
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loaded = true;
}

} // namespace grapevine::ui
