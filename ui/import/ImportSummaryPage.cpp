// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSummaryPage.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include "ImportBatchActions.h"
#include "ImportCountsView.h"
#include "ImportReportModel.h"
#include "ImportWizard.h"
#include "widgets/AlertColor.h"
#include "widgets/CountForTr.h"

namespace grapevine::ui {

ImportSummaryPage::ImportSummaryPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_message(new QLabel(this))
    , m_counts(new ImportCountsView(this))
    , m_rejectedTitle(new QLabel(this))
    , m_model(new ImportReportModel(this))
    , m_table(new QTableView(this))
    , m_more(new QLabel(this))
    , m_saveRejected(new QPushButton(tr("&Save Rejected Rows…"), this))
    , m_undo(new QPushButton(tr("&Undo This Import…"), this))
    , m_actionNote(new QLabel(this))
{
    setObjectName(QStringLiteral("importSummaryPage"));
    setFinalPage(true);

    m_message->setObjectName(QStringLiteral("summaryMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setObjectName(QStringLiteral("summaryCounts"));

    QFont bold = m_rejectedTitle->font();
    bold.setBold(true);
    m_rejectedTitle->setFont(bold);
    m_rejectedTitle->setObjectName(QStringLiteral("rejectedTitle"));
    m_table->setObjectName(QStringLiteral("rejectedTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setAccessibleName(tr("The rejected rows and why"));
    m_more->setObjectName(QStringLiteral("rejectedMore"));
    m_more->setWordWrap(true);
    m_more->setForegroundRole(QPalette::PlaceholderText);

    m_saveRejected->setObjectName(QStringLiteral("saveRejectedButton"));
    m_saveRejected->setToolTip(tr("Save the rejected rows as a CSV file: the original columns plus the reason, to fix "
                                  "and import again"));
    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    m_undo->setToolTip(tr("Delete what this import added and put back what it changed"));
    m_actionNote->setObjectName(QStringLiteral("summaryActionNote"));
    m_actionNote->setWordWrap(true);
    m_actionNote->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveRejected);
    buttons->addWidget(m_undo);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_counts);
    layout->addSpacing(6);
    layout->addWidget(m_rejectedTitle);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_more);
    layout->addLayout(buttons);
    layout->addWidget(m_actionNote);
    // Takes the room the rejected rows leave when there are none (the table stretches otherwise).
    layout->addStretch(0);

    connect(m_saveRejected, &QPushButton::clicked, this, &ImportSummaryPage::saveRejected);
    connect(m_undo, &QPushButton::clicked, this, &ImportSummaryPage::undo);
}

void ImportSummaryPage::initializePage()
{
    const QString file = QFileInfo(m_wizard.filePath()).fileName();
    const auto& outcome = m_wizard.outcome();
    m_actionNote->clear();
    m_batchId = 0;
    const auto showTable = [this](bool on) {
        m_rejectedTitle->setVisible(on);
        m_table->setVisible(on);
        m_more->setVisible(on);
    };
    if (!outcome || !outcome->ok() || outcome->value().cancelled) {
        const bool cancelled = outcome && outcome->ok();
        setTitle(cancelled ? tr("Import cancelled") : tr("Import failed"));
        setSubTitle(cancelled ? tr("Cancel stopped the import before anything was saved.")
                              : tr("Something went wrong before the import could be saved."));
        m_message->setStyleSheet(cancelled ? QString() : alertStyleSheet(palette()));
        m_message->setText(cancelled
                ? tr("The import of %1 was cancelled. Nothing was imported: Grapevine is exactly as it was.").arg(file)
                : tr("The import of %1 failed: %2 Nothing was imported: Grapevine is exactly as it was.")
                      .arg(file, outcome ? outcome->error().message : QString()));
        m_counts->hide();
        showTable(false);
        m_saveRejected->hide();
        m_undo->hide();
        return;
    }
    const importing::ImportSummary& s = outcome->value();
    m_batchId = s.batchId;
    setTitle(tr("Import finished"));
    setSubTitle(tr("The import is number %1 in File → Import History, where it can be reviewed and undone later.")
                    .arg(s.batchId));
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Imported %1: %Ln row(s) read.", nullptr, clampCount(s.rows)).arg(file));
    m_counts->show();
    m_counts->setKind(m_wizard.kind());
    m_counts->setSummary(s);

    showTable(s.rejected > 0);
    m_rejectedTitle->setVisible(true);
    m_model->setIssues(s.errors);
    m_table->resizeColumnToContents(ImportReportModel::Line);
    m_table->resizeColumnToContents(ImportReportModel::Outcome);
    m_rejectedTitle->setText(s.rejected > 0
            ? tr("%Ln rejected row(s), with the reason:", nullptr, clampCount(s.rejected))
            : tr("No row was rejected."));
    m_more->setText(s.issuesLeftOut > 0 ? tr("%Ln more problem(s) are not listed here; the saved file has every "
                                             "rejected row.",
                        nullptr, clampCount(s.issuesLeftOut))
                                        : tr("Save them, fix them in the saved file, and import that file again."));
    m_saveRejected->setVisible(s.rejected > 0);
    m_saveRejected->setEnabled(true);
    m_undo->show();
    m_undo->setEnabled(s.batchId > 0);
    if (!s.notices.empty()) {
        const importing::ImportIssue& first = s.notices.front();
        // A row can have several remarks (a reward withheld and a fraud flag): rows are counted.
        QSet<qint64> rows;
        for (const importing::ImportIssue& notice : s.notices)
            rows.insert(notice.row);
        m_actionNote->setText(tr("%Ln row(s) were imported with a remark, such as line %1: %2", nullptr,
            clampCount(static_cast<qint64>(rows.size())))
                                  .arg(QLocale().toString(first.row), first.message));
    }
}

void ImportSummaryPage::saveRejected()
{
    ImportBatchActions actions(m_wizard.database(), m_wizard.clock(), m_wizard.prompter(), m_wizard.files());
    const auto said = actions.saveRejectedRows(
        this, m_batchId, QFileInfo(m_wizard.filePath()).fileName(), QFileInfo(m_wizard.filePath()).absolutePath());
    if (said)
        m_actionNote->setText(*said);
}

void ImportSummaryPage::undo()
{
    ImportBatchActions actions(m_wizard.database(), m_wizard.clock(), m_wizard.prompter(), m_wizard.files());
    const auto said = actions.undo(this, m_batchId, QFileInfo(m_wizard.filePath()).fileName(), m_wizard.kind());
    if (!said)
        return;
    m_undo->setEnabled(false);
    setTitle(tr("Import undone"));
    setSubTitle(tr("Everything this import did was taken back. File → Import History keeps its record."));
    m_actionNote->setText(*said);
    emit m_wizard.recordsChanged();
}

} // namespace grapevine::ui
