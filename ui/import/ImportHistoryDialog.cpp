// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportHistoryDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ImportBatchActions.h"
#include "ImportWizard.h"
#include "db/Database.h"
#include "store/ImportBatchStore.h"
#include "widgets/AlertColor.h"
#include "widgets/Prompter.h"

namespace grapevine::ui {

using domain::ImportBatch;
using domain::ImportStatus;

namespace {

// Prefixed: QDialog's own Rejected and Accepted would win inside the dialog's members.
enum Column {
    StartedColumn,
    KindColumn,
    FileColumn,
    StatusColumn,
    RowsColumn,
    CreatedColumn,
    UpdatedColumn,
    SkippedColumn,
    RejectedColumn,
    ColumnCount
};

/// The batches, newest first. ImportBatchStore reads one batch; the list of ids is all this adds.
std::vector<ImportBatch> loadBatches(QSqlDatabase db, const Clock& clock, QString* error)
{
    std::vector<ImportBatch> batches;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM import_batches ORDER BY id DESC"))) {
        *error = ImportHistoryDialog::tr("The import history cannot be read.");
        return batches;
    }
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    store::ImportBatchStore store(db, clock);
    for (const qint64 id : ids) {
        auto batch = store.get(id);
        if (batch)
            batches.push_back(std::move(batch).value());
    }
    return batches;
}

QTableWidgetItem* item(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* it = new QTableWidgetItem(text);
    it->setTextAlignment(alignment);
    it->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return it;
}

QTableWidgetItem* number(qint64 n)
{
    return item(QLocale().toString(n), Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(
    db::Database& database, Prompter& prompter, FileChooser& files, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_prompter(prompter)
    , m_files(files)
    , m_clock(clock)
    , m_table(new QTableWidget(this))
    , m_empty(new QLabel(this))
    , m_note(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo Import…"), this))
    , m_saveRejected(new QPushButton(tr("&Save Rejected Rows…"), this))
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import History"));

    auto* intro = new QLabel(tr("Every import, newest first. An import can be undone as a whole: what it added is "
                                "deleted and what it changed is put back."),
        this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Started"), tr("Kind"), tr("File"), tr("Status"), tr("Rows"), tr("Created"),
        tr("Updated"), tr("Skipped"), tr("Rejected")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Imports"));

    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setText(tr("Nothing has been imported yet. File → Import brings in your shop's or CRM's customer "
                        "list, its orders, or your mentions."));
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_note->setObjectName(QStringLiteral("historyNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    m_undo->setToolTip(tr("Delete what the selected import added and put back what it changed"));
    m_saveRejected->setObjectName(QStringLiteral("saveRejectedButton"));
    m_saveRejected->setToolTip(
        tr("Save the rows the selected import rejected, with the reason, as a CSV file to fix and import again"));

    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->addButton(m_undo, QDialogButtonBox::ActionRole);
    box->addButton(m_saveRejected, QDialogButtonBox::ActionRole);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_note);
    layout->addWidget(box);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateButtons);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_saveRejected, &QPushButton::clicked, this, &ImportHistoryDialog::saveRejectedOfSelected);

    resize(940, 460);
    reload();
}

ImportHistoryDialog::~ImportHistoryDialog() = default;

QString ImportHistoryDialog::statusText(ImportStatus status)
{
    switch (status) {
    case ImportStatus::Running:
        return tr("Running");
    case ImportStatus::Completed:
        return tr("Completed");
    case ImportStatus::Cancelled:
        return tr("Cancelled");
    case ImportStatus::Failed:
        return tr("Failed");
    case ImportStatus::Undone:
        return tr("Undone");
    }
    return {};
}

QString ImportHistoryDialog::kindText(domain::ImportKind kind)
{
    switch (kind) {
    case domain::ImportKind::Advocates:
        return tr("Customers");
    case domain::ImportKind::Referrals:
        return tr("Referrals");
    case domain::ImportKind::Orders:
        return tr("Orders");
    case domain::ImportKind::Mentions:
        return tr("Mentions");
    }
    return {};
}

void ImportHistoryDialog::reload()
{
    const qint64 selectedId = selected() ? selected()->id : 0;
    QString error;
    m_batches = loadBatches(m_database.connection(), m_clock, &error);
    if (!error.isEmpty())
        m_prompter.warning(this, tr("Import History"), error);
    const QLocale locale;
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(m_batches.size()));
    for (int r = 0; r < static_cast<int>(m_batches.size()); ++r) {
        const ImportBatch& b = m_batches[static_cast<size_t>(r)];
        QTableWidgetItem* started = item(locale.toString(b.startedAt.toLocalTime(), QLocale::ShortFormat));
        started->setData(Qt::UserRole, b.id);
        started->setToolTip(tr("Import number %1").arg(b.id));
        m_table->setItem(r, StartedColumn, started);
        m_table->setItem(r, KindColumn, item(kindText(b.kind)));
        QTableWidgetItem* file = item(b.fileName);
        file->setToolTip(tr("%1 (%2, values separated by “%3”)").arg(b.fileName, b.encoding, b.delimiter));
        m_table->setItem(r, FileColumn, file);
        QTableWidgetItem* status = item(statusText(b.status));
        if (b.status == ImportStatus::Undone && b.undoneAt.isValid())
            status->setToolTip(tr("Undone on %1").arg(locale.toString(b.undoneAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(r, StatusColumn, status);
        m_table->setItem(r, RowsColumn, number(b.rowsTotal));
        m_table->setItem(r, CreatedColumn, number(b.rowsInserted));
        m_table->setItem(r, UpdatedColumn, number(b.rowsUpdated));
        m_table->setItem(r, SkippedColumn, number(b.rowsSkipped));
        QTableWidgetItem* rejected = number(b.rowsFailed);
        if (b.rowsFailed > 0)
            rejected->setForeground(alertColor(palette()));
        m_table->setItem(r, RejectedColumn, rejected);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_empty->setVisible(m_batches.empty());
    m_table->setVisible(!m_batches.empty());
    if (selectedId > 0)
        selectBatch(selectedId);
    else if (!m_batches.empty())
        m_table->selectRow(0);
    updateButtons();
}

void ImportHistoryDialog::selectBatch(qint64 batchId)
{
    for (int r = 0; r < static_cast<int>(m_batches.size()); ++r) {
        if (m_batches[static_cast<size_t>(r)].id == batchId) {
            m_table->selectRow(r);
            return;
        }
    }
}

const ImportBatch* ImportHistoryDialog::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.front()->row();
    return row >= 0 && row < static_cast<int>(m_batches.size()) ? &m_batches[static_cast<size_t>(row)] : nullptr;
}

void ImportHistoryDialog::updateButtons()
{
    const ImportBatch* batch = selected();
    const bool writable = !m_database.isReadOnly();
    m_undo->setEnabled(batch && writable && batch->status == ImportStatus::Completed);
    m_saveRejected->setEnabled(batch && batch->rowsFailed > 0);
    if (batch && batch->status == ImportStatus::Undone)
        m_undo->setToolTip(tr("This import was undone already"));
    else if (!writable)
        m_undo->setToolTip(tr("The database is read-only"));
    else
        m_undo->setToolTip(tr("Delete what the selected import added and put back what it changed"));
}

void ImportHistoryDialog::undoSelected()
{
    const ImportBatch* batch = selected();
    if (!batch)
        return;
    const qint64 id = batch->id;
    ImportBatchActions actions(m_database, m_clock, m_prompter, m_files);
    const auto said = actions.undo(this, id, batch->fileName, batch->kind);
    if (!said)
        return;
    m_note->setText(*said);
    reload();
    selectBatch(id);
    emit recordsChanged();
}

void ImportHistoryDialog::saveRejectedOfSelected()
{
    const ImportBatch* batch = selected();
    if (!batch)
        return;
    ImportBatchActions actions(m_database, m_clock, m_prompter, m_files);
    const auto said = actions.saveRejectedRows(this, batch->id, batch->fileName, ImportWizard::lastDirectory());
    if (said)
        m_note->setText(*said);
}

} // namespace grapevine::ui
