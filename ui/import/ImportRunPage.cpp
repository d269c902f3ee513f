// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRunPage.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ImportProgressView.h"
#include "ImportRunner.h"
#include "ImportWizard.h"

namespace grapevine::ui {

ImportRunPage::ImportRunPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_runner(new ImportRunner(wizard.database(), wizard.clock(), this))
    , m_file(new QLabel(this))
    , m_progress(new ImportProgressView(this))
    , m_cancel(new QPushButton(tr("Cancel Import"), this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("Everything is saved at once at the end. Cancel stops the import and leaves everything "
                   "exactly as it was."));
    // The summary that follows has no way back: the import is done (or undone from there).
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Continue"));

    QFont bold = m_file->font();
    bold.setBold(true);
    m_file->setFont(bold);
    m_file->setObjectName(QStringLiteral("runFileLabel"));
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setToolTip(tr("Stop the import; nothing of it is kept"));
    m_note->setObjectName(QStringLiteral("runNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setText(
        tr("A large file takes a while: about a minute for a hundred thousand rows on a typical laptop. Cancel "
           "stays possible until the very end."));

    auto* cancelRow = new QHBoxLayout;
    cancelRow->addStretch();
    cancelRow->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_file);
    layout->addWidget(m_progress);
    layout->addLayout(cancelRow);
    layout->addSpacing(12);
    layout->addWidget(m_note);
    layout->addStretch(2);

    connect(m_runner, &ImportRunner::progressed, this,
        [this](const ImportRunProgress& progress) { m_progress->show(progress, false); });
    connect(m_runner, &ImportRunner::finished, this, &ImportRunPage::onFinished);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
}

ImportRunPage::~ImportRunPage() = default;

void ImportRunPage::initializePage()
{
    m_done = false;
    m_cancel->setEnabled(true);
    m_file->setText(tr("Importing %1").arg(QFileInfo(m_wizard.filePath()).fileName()));
    m_progress->start(tr("Starting…"));
    m_runner->start(m_wizard.filePath(), m_wizard.runSettings());
    emit completeChanged();
}

bool ImportRunPage::isRunning() const
{
    return m_runner->isRunning();
}

void ImportRunPage::cancel()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_progress->start(tr("Cancelling: taking back what was imported so far…"));
}

void ImportRunPage::onFinished()
{
    m_done = true;
    m_cancel->setEnabled(false);
    const auto& result = m_runner->result();
    m_wizard.setOutcome(*result);
    emit completeChanged();
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

} // namespace grapevine::ui
