// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewestJobRunner.h"

#include <QThread>

namespace grapevine::ui {

NewestJobRunner::NewestJobRunner(const QString& threadName, QObject* parent)
    : QObject(parent)
    , m_threadName(threadName)
{ }

NewestJobRunner::~NewestJobRunner()
{
    stop();
}

qint64 NewestJobRunner::run(Work work, Done done)
{
    auto job = std::make_shared<Job>(Job {std::move(work), std::move(done)});
    if (m_thread)
        m_pending = std::move(job);
    else {
        m_running = std::move(job);
        launch();
    }
    return ++m_generation;
}

void NewestJobRunner::stop()
{
    m_pending.reset();
    if (!m_thread)
        return;
    disconnect(m_thread, nullptr, this, nullptr);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_running.reset();
}

void NewestJobRunner::launch()
{
    const std::shared_ptr<Job> job = m_running;
    m_thread = QThread::create([job] { job->work(); });
    m_thread->setObjectName(m_threadName);
    connect(m_thread, &QThread::finished, this, &NewestJobRunner::onThreadFinished);
    m_thread->start();
}

void NewestJobRunner::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Job> finished = std::move(m_running);
    if (m_pending) {
        m_running = std::move(m_pending);
        launch();
        return;
    }
    if (finished && finished->done)
        finished->done();
}

} // namespace grapevine::ui
