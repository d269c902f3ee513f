// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportOptionsDialog.h"

#include <climits>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "settings/Settings.h"
#include "widgets/CountForTr.h"

namespace grapevine::ui {

using exporting::RecordKind;

namespace {

QString shownText(RecordKind kind, qint64 n)
{
    if (n < 0) {
        switch (kind) {
        case RecordKind::Referrals:
            return ExportOptionsDialog::tr("The referrals shown by the current filter");
        case RecordKind::Rewards:
            return ExportOptionsDialog::tr("The rewards shown by the current filter");
        case RecordKind::Mentions:
            return ExportOptionsDialog::tr("The mentions shown by the current filter");
        case RecordKind::Advocates:
            break;
        }
        return ExportOptionsDialog::tr("The advocates shown by the current filter");
    }
    switch (kind) {
    case RecordKind::Referrals:
        return ExportOptionsDialog::tr("The %Ln referral(s) shown by the current filter", nullptr, clampCount(n));
    case RecordKind::Rewards:
        return ExportOptionsDialog::tr("The %Ln reward(s) shown by the current filter", nullptr, clampCount(n));
    case RecordKind::Mentions:
        return ExportOptionsDialog::tr("The %Ln mention(s) shown by the current filter", nullptr, clampCount(n));
    case RecordKind::Advocates:
        break;
    }
    return ExportOptionsDialog::tr("The %Ln advocate(s) shown by the current filter", nullptr, clampCount(n));
}

QString allText(RecordKind kind, qint64 n)
{
    if (n < 0) {
        switch (kind) {
        case RecordKind::Referrals:
            return ExportOptionsDialog::tr("All referrals");
        case RecordKind::Rewards:
            return ExportOptionsDialog::tr("All rewards");
        case RecordKind::Mentions:
            return ExportOptionsDialog::tr("All mentions");
        case RecordKind::Advocates:
            break;
        }
        return ExportOptionsDialog::tr("All advocates");
    }
    switch (kind) {
    case RecordKind::Referrals:
        return ExportOptionsDialog::tr("All %Ln referral(s)", nullptr, clampCount(n));
    case RecordKind::Rewards:
        return ExportOptionsDialog::tr("All %Ln reward(s)", nullptr, clampCount(n));
    case RecordKind::Mentions:
        return ExportOptionsDialog::tr("All %Ln mention(s)", nullptr, clampCount(n));
    case RecordKind::Advocates:
        break;
    }
    return ExportOptionsDialog::tr("All %Ln advocate(s)", nullptr, clampCount(n));
}

} // namespace

ExportOptionsDialog::ExportOptionsDialog(const ExportQuestion& question, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportOptionsDialog"));
    setWindowTitle(exporting::RecordExport::title(question.kind));

    auto* intro = new QLabel(exporting::RecordExport::describe(question.kind), this);
    intro->setObjectName(QStringLiteral("exportDescription"));
    intro->setWordWrap(true);

    auto* rows = new QGroupBox(tr("Rows"), this);
    rows->setObjectName(QStringLiteral("exportRowsBox"));
    m_shown = new QRadioButton(shownText(question.kind, question.shown), rows);
    m_shown->setObjectName(QStringLiteral("exportShownRadio"));
    m_all = new QRadioButton(allText(question.kind, question.total), rows);
    m_all->setObjectName(QStringLiteral("exportAllRadio"));
    m_shown->setChecked(true);
    auto* rowsLayout = new QVBoxLayout(rows);
    rowsLayout->addWidget(m_shown);
    rowsLayout->addWidget(m_all);
    // Without a filter there is nothing to choose: every row is what the page shows.
    rows->setVisible(question.filtered);

    auto* format = new QGroupBox(tr("Format"), this);
    m_delimiter = new QComboBox(format);
    m_delimiter->setObjectName(QStringLiteral("exportDelimiterCombo"));
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    //: Excel expects semicolons where the decimal sign is a comma
    m_delimiter->addItem(tr("Semicolon (Excel in most of Europe)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    const int current = m_delimiter->findData(QString(question.format.delimiter));
    m_delimiter->setCurrentIndex(current < 0 ? 0 : current);
    m_byteOrderMark = new QCheckBox(tr("Mark the file as UTF-8, so that Excel shows accents"), format);
    m_byteOrderMark->setObjectName(QStringLiteral("exportBomCheck"));
    m_byteOrderMark->setToolTip(tr("Starts the file with a byte order mark. Leave it off for programs that do not "
                                   "expect one."));
    m_byteOrderMark->setChecked(question.format.byteOrderMark);
    auto* formatLayout = new QFormLayout(format);
    formatLayout->addRow(tr("&Delimiter:"), m_delimiter);
    formatLayout->addRow(m_byteOrderMark);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(rows);
    layout->addWidget(format);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

ExportAnswer ExportOptionsDialog::answer() const
{
    ExportAnswer answer;
    answer.onlyShown = m_shown->isChecked();
    const QString delimiter = m_delimiter->currentData().toString();
    answer.format.delimiter = delimiter.isEmpty() ? QLatin1Char(',') : delimiter.front();
    answer.format.byteOrderMark = m_byteOrderMark->isChecked();
    return answer;
}

exporting::CsvOptions ExportOptionsDialog::rememberedFormat(const Settings& settings)
{
    exporting::CsvOptions format;
    const QString delimiter = settings.value<QString>(Settings::Key::ExportDelimiter);
    // Only the delimiters offered: a hand-edited settings file cannot make the export write nonsense.
    if (delimiter == QLatin1String(";") || delimiter == QLatin1String("\t"))
        format.delimiter = delimiter.front();
    format.byteOrderMark = settings.value<bool>(Settings::Key::ExportByteOrderMark);
    return format;
}

void ExportOptionsDialog::rememberFormat(Settings& settings, const exporting::CsvOptions& format)
{
    settings.setValue(Settings::Key::ExportDelimiter, QString(format.delimiter));
    settings.setValue(Settings::Key::ExportByteOrderMark, format.byteOrderMark);
}

std::optional<ExportAnswer> DialogExportOptionsAsker::ask(QWidget* parent, const ExportQuestion& question)
{
    ExportOptionsDialog dialog(question, parent);
    dialog.setWindowModality(Qt::WindowModal);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

} // namespace grapevine::ui
