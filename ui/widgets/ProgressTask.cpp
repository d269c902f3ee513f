// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressTask.h"

#include <atomic>

#include <QProgressDialog>
#include <QSqlError>
#include <QThread>

#include "db/Database.h"

namespace grapevine::ui {

Status runWithProgress(QWidget* parent, const db::Database& database, const QString& label, const ProgressWork& work)
{
    static std::atomic<int> counter {0};
    const QString name = QStringLiteral("grapevine-progress-%1").arg(++counter);
    constexpr int steps = 1000;

    QProgressDialog dialog(label, QObject::tr("Cancel"), 0, steps, parent);
    dialog.setWindowTitle(QObject::tr("Please Wait"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);

    exporting::CancelFlag cancel {false};
    // The dialog emits canceled for its button and for closing the window; Escape rejects it.
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancel] { cancel = true; });
    QObject::connect(&dialog, &QDialog::rejected, &dialog, [&cancel] { cancel = true; });

    // Only a change of the shown step is posted to the UI thread, so a million rows make at most
    // a thousand events.
    std::atomic<int> shownStep {-1};
    // The dialog outlives the thread, and Qt drops events posted to an object once it is gone.
    QProgressDialog* target = &dialog;
    const exporting::ProgressCallback progress = [&shownStep, target](qint64 done, qint64 total) {
        const int step = total > 0 ? static_cast<int>(qBound(qint64 {0}, done * steps / total, qint64 {steps})) : 0;
        if (shownStep.exchange(step) == step)
            return;
        QMetaObject::invokeMethod(
            target, [target, step] { target->setValue(step); }, Qt::QueuedConnection);
    };

    Status result;
    QThread* thread = QThread::create([&] {
        {
            QSqlDatabase connection = database.addConnection(name);
            result = connection.isOpen() ? work(connection, progress, cancel)
                                         : Status(Error(Error::Code::Storage, connection.lastError().text()));
            connection.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    QObject::connect(thread, &QThread::finished, &dialog, &QProgressDialog::cancel);
    thread->start();
    if (thread->isRunning())
        dialog.exec();
    // Closed early (Escape): the flag is set, so the work stops soon; wait for it to let go of
    // the file and the connection before anything else touches them.
    thread->wait();
    delete thread;
    return result;
}

} // namespace grapevine::ui
