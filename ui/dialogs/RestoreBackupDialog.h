// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include "backup/DailyBackups.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace grapevine::ui {

/// File → Restore from Backup…: the backups of the open file with their dates and what each
/// holds; the chosen one is returned for the main window to put back.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~RestoreBackupDialog() override;

    QTreeWidget* list() const { return m_list; }
    QPushButton* restoreButton() const { return m_restore; }
    /// The backup chosen (valid once accepted).
    QString chosenPath() const;
    /// True once every backup's contents have been read (they are read on a thread).
    bool isLoaded() const { return m_loaded; }

private:
    void showContents(const QList<backup::BackupFile>& files, const QList<backup::BackupContents>& contents,
        const QStringList& problems);

    backup::DailyBackups m_backups;
    QTreeWidget* m_list;
    QLabel* m_note;
    QPushButton* m_restore;
    class QThread* m_reader = nullptr;
    bool m_loaded = false;
};

} // namespace grapevine::ui
