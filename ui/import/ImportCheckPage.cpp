// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCheckPage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "ImportCountsView.h"
#include "ImportProgressView.h"
#include "ImportReportModel.h"
#include "ImportRunner.h"
#include "ImportWizard.h"
#include "widgets/AlertColor.h"
#include "widgets/CountForTr.h"

namespace grapevine::ui {

using importing::RowOutcome;

ImportCheckPage::ImportCheckPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_runner(new ImportRunner(wizard.database(), wizard.clock(), this))
    , m_progress(new ImportProgressView(this))
    , m_counts(new ImportCountsView(this))
    , m_message(new QLabel(this))
    , m_retry(new QPushButton(tr("Check &Again"), this))
    , m_filter(new QComboBox(this))
    , m_model(new ImportReportModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_tableNote(new QLabel(this))
{
    setObjectName(QStringLiteral("importCheckPage"));
    setTitle(tr("Check before importing"));
    setSubTitle(tr("Grapevine tries the whole import and then takes it back, so these numbers are exact and nothing "
                   "has changed yet. Press Import to do it for real."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_message->setObjectName(QStringLiteral("checkMessage"));
    m_message->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("checkAgainButton"));
    m_retry->hide();

    m_filter->setObjectName(QStringLiteral("reportFilter"));
    m_filter->addItem(tr("All rows"), -1);
    for (const RowOutcome outcome :
        {RowOutcome::Created, RowOutcome::Updated, RowOutcome::Skipped, RowOutcome::Rejected})
        m_filter->addItem(ImportReportModel::outcomeText(outcome), static_cast<int>(outcome));
    m_filter->setToolTip(tr("Show only the rows with this outcome"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ImportReportModel::OutcomeRole);
    m_proxy->setFilterKeyColumn(ImportReportModel::Line);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_proxy);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setAccessibleName(tr("What the import would do with each row"));
    m_tableNote->setObjectName(QStringLiteral("reportNote"));
    m_tableNote->setWordWrap(true);
    m_tableNote->setForegroundRole(QPalette::PlaceholderText);

    auto* filterLabel = new QLabel(tr("Sho&w:"), this);
    filterLabel->setBuddy(m_filter);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addWidget(m_tableNote, 1);

    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_retry);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addLayout(messageRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(m_runner, &ImportRunner::progressed, this,
        [this](const ImportRunProgress& progress) { m_progress->show(progress, true); });
    connect(m_runner, &ImportRunner::finished, this, &ImportCheckPage::onFinished);
    connect(m_retry, &QPushButton::clicked, this, &ImportCheckPage::start);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ImportCheckPage::applyFilter);
}

ImportCheckPage::~ImportCheckPage() = default;

void ImportCheckPage::initializePage()
{
    start();
}

void ImportCheckPage::cleanupPage()
{
    // Back: the dry run stops and rolls back; a new one starts when the page is shown again.
    m_runner->cancel();
    m_done = false;
}

bool ImportCheckPage::isRunning() const
{
    return m_runner->isRunning();
}

void ImportCheckPage::cancel()
{
    m_runner->cancel();
}

void ImportCheckPage::start()
{
    m_done = false;
    m_retry->hide();
    m_counts->setKind(m_wizard.kind());
    m_counts->clear();
    m_model->clear();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Checking every row of %1…").arg(QFileInfo(m_wizard.filePath()).fileName()));
    m_tableNote->clear();
    m_progress->start(tr("Starting…"));
    importing::ImportSettings settings = m_wizard.runSettings();
    settings.dryRun = true;
    m_runner->start(m_wizard.filePath(), settings);
    emit completeChanged();
}

void ImportCheckPage::onFinished()
{
    const auto& result = m_runner->result();
    if (wizard() == nullptr || wizard()->currentPage() != this) {
        emit stopped();
        return;
    }
    if (!result || !result->ok()) {
        m_progress->finish(tr("The check did not finish."), false);
        m_message->setStyleSheet(alertStyleSheet(palette()));
        m_message->setText(
            result ? tr("%1 Nothing was changed.").arg(result->error().message) : tr("The check did not finish."));
        m_retry->show();
        emit completeChanged();
        emit stopped();
        return;
    }
    const importing::ImportSummary& summary = result->value();
    if (summary.cancelled) {
        m_progress->finish(tr("The check was stopped."), false);
        m_message->setText(tr("The check was stopped. Nothing was changed."));
        m_retry->show();
        emit completeChanged();
        emit stopped();
        return;
    }
    const QLocale locale;
    m_progress->finish(tr("Checked all %Ln row(s).", nullptr, clampCount(summary.rows)), true);
    m_counts->setSummary(summary);
    if (summary.created + summary.updated == 0 && summary.rejected == 0)
        m_message->setText(m_wizard.kind() == domain::ImportKind::Advocates
                ? tr("Nothing would change: everyone in the file is in Grapevine already with these details. You can "
                     "still import, to have the file in the import history.")
                : tr("Nothing would change: everything in the file is in Grapevine already, or is not a referral. "
                     "You can still import, to have the file in the import history."));
    else if (summary.rejected > 0)
        m_message->setText(tr("%Ln row(s) would be rejected; the table says why. You can import the rest now and save "
                              "the rejected rows afterwards, to fix them and import them again.",
            nullptr, clampCount(summary.rejected)));
    else
        m_message->setText(tr("Every row can be imported. Nothing has changed yet: press Import to do it."));
    m_model->setReports(summary.reports);
    m_table->resizeColumnToContents(ImportReportModel::Line);
    m_table->resizeColumnToContents(ImportReportModel::Outcome);
    if (static_cast<qint64>(summary.reports.size()) < summary.rows)
        m_tableNote->setText(
            tr("The first %1 of %2 rows are listed.")
                .arg(locale.toString(static_cast<qint64>(summary.reports.size())), locale.toString(summary.rows)));
    // Rejected rows are what needs a look: show them first when there are any.
    if (summary.rejected > 0)
        m_filter->setCurrentIndex(m_filter->findData(static_cast<int>(RowOutcome::Rejected)));
    else
        m_filter->setCurrentIndex(0);
    applyFilter();
    m_done = true;
    emit completeChanged();
    emit stopped();
}

void ImportCheckPage::applyFilter()
{
    const int outcome = m_filter->currentData().toInt();
    m_proxy->setFilterRegularExpression(outcome < 0 ? QString() : QStringLiteral("^%1$").arg(outcome));
}

bool ImportCheckPage::isComplete() const
{
    return m_done && !m_runner->isRunning();
}

} // namespace grapevine::ui
