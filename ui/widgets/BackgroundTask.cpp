// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundTask.h"

#include <atomic>

#include <QProgressDialog>
#include <QSqlError>
#include <QThread>

#include "db/Database.h"

namespace grapevine::ui {

Status runInBackground(QWidget* parent, const db::Database& database, const QString& label,
    const std::function<Status(QSqlDatabase connection)>& work)
{
    static std::atomic<int> counter {0};
    const QString name = QStringLiteral("grapevine-task-%1").arg(++counter);
    Status result;
    QThread* thread = QThread::create([&] {
        {
            QSqlDatabase connection = database.addConnection(name);
            result = connection.isOpen() ? work(connection)
                                         : Status(Error(Error::Code::Storage, connection.lastError().text()));
            connection.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    QProgressDialog dialog(label, QString(), 0, 0, parent);
    dialog.setWindowTitle(QObject::tr("Please Wait"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    QObject::connect(thread, &QThread::finished, &dialog, &QProgressDialog::cancel);
    thread->start();
    // A local event loop: the window repaints, input goes nowhere else, and the database is
    // not touched by this thread until the work is done.
    if (thread->isRunning())
        dialog.exec();
    thread->wait();
    delete thread;
    return result;
}

} // namespace grapevine::ui
