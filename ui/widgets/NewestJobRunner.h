// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QString>

class QThread;

namespace grapevine::ui {

/// Runs slow reads (a file's start, the figures of a million referrals) on a thread of their own,
/// one at a time, so the window never waits. Only the newest job is worth its result: a job asked
/// for while another runs waits its turn, and replaces any job already waiting; a job that was
/// overtaken finishes (threads cannot be stopped safely) but its `done` is never called.
class NewestJobRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewestJobRunner)

public:
    /// Runs on the job's thread.
    using Work = std::function<void()>;
    /// Runs on the runner's thread, after `Work`, when no newer job came meanwhile.
    using Done = std::function<void()>;

    explicit NewestJobRunner(const QString& threadName, QObject* parent = nullptr);
    /// Waits for the job running.
    ~NewestJobRunner() override;

    /// Queues the job; returns its generation (one more than the last).
    qint64 run(Work work, Done done);
    bool isBusy() const { return m_thread != nullptr; }
    qint64 generation() const { return m_generation; }
    /// Waits for the job running and forgets the one waiting; neither calls its `done`.
    void stop();

private:
    struct Job
    {
        Work work;
        Done done;
    };
    void launch();
    void onThreadFinished();

    QString m_threadName;
    QThread* m_thread = nullptr;
    std::shared_ptr<Job> m_running;
    std::shared_ptr<Job> m_pending;
    qint64 m_generation = 0;
};

} // namespace grapevine::ui
