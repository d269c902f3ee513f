// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include "ImportPreviewModel.h"
#include "ImportWizard.h"
#include "csv/CsvEncoding.h"
#include "widgets/AlertColor.h"

namespace grapevine::ui {

namespace {

QString delimiterName(char c)
{
    switch (c) {
    case ',':
        return ImportPreviewPage::tr("Comma ( , )");
    case ';':
        return ImportPreviewPage::tr("Semicolon ( ; )");
    case '\t':
        return ImportPreviewPage::tr("Tab");
    case '|':
        return ImportPreviewPage::tr("Vertical bar ( | )");
    default:
        return QString(QLatin1Char(c));
    }
}

constexpr char kDelimiters[] = {',', ';', '\t', '|'};

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_model(new ImportPreviewModel(this))
    , m_encoding(new QComboBox(this))
    , m_encodingNote(new QLabel(this))
    , m_delimiter(new QComboBox(this))
    , m_delimiterNote(new QLabel(this))
    , m_header(new QCheckBox(tr("The first row holds the column &names"), this))
    , m_table(new QTableView(this))
    , m_info(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Check how the file is read"));
    setSubTitle(tr("Grapevine detected how the file is written. If names with accents look wrong or all values sit in "
                   "one column, change the settings below: the preview follows at once."));

    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->setToolTip(tr("How the file's characters are stored. Change it when accents or other letters look "
                              "wrong in the preview."));
    for (const QString& name : csv::CsvEncoding::names())
        m_encoding->addItem(csv::CsvEncoding::displayName(name), name);
    m_encodingNote->setObjectName(QStringLiteral("encodingNote"));
    m_encodingNote->setWordWrap(true);
    m_encodingNote->setForegroundRole(QPalette::PlaceholderText);

    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->setToolTip(tr("The character between two values of a row. Change it when the preview shows "
                               "everything in one column."));
    for (const char c : kDelimiters)
        m_delimiter->addItem(delimiterName(c), QString(QLatin1Char(c)));
    m_delimiterNote->setObjectName(QStringLiteral("delimiterNote"));
    m_delimiterNote->setWordWrap(true);
    m_delimiterNote->setForegroundRole(QPalette::PlaceholderText);

    m_header->setObjectName(QStringLiteral("headerCheck"));
    m_header->setToolTip(tr("Clear this when the first row is already data, not headings: the columns are then called "
                            "“Column 1”, “Column 2”…"));

    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("The first rows of the file"));

    m_info->setObjectName(QStringLiteral("previewInfo"));
    m_info->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("previewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(alertStyleSheet(palette()));
    m_error->hide();

    auto* form = new QGridLayout;
    auto* encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto* delimiterLabel = new QLabel(tr("Values separated &by:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    form->addWidget(encodingLabel, 0, 0);
    form->addWidget(m_encoding, 0, 1);
    form->addWidget(m_encodingNote, 0, 2);
    form->addWidget(delimiterLabel, 1, 0);
    form->addWidget(m_delimiter, 1, 1);
    form->addWidget(m_delimiterNote, 1, 2);
    form->addWidget(m_header, 2, 1, 1, 2);
    form->setColumnStretch(2, 1);
    form->setHorizontalSpacing(12);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_info);
    layout->addWidget(m_error);

    connect(m_encoding, &QComboBox::activated, this, &ImportPreviewPage::userChangedReading);
    connect(m_delimiter, &QComboBox::activated, this, &ImportPreviewPage::userChangedReading);
    connect(m_header, &QCheckBox::toggled, this, &ImportPreviewPage::userChangedReading);
    connect(&m_wizard, &ImportWizard::fileChanged, this, &ImportPreviewPage::fillChoices);
    connect(&m_wizard, &ImportWizard::previewChanged, this, &ImportPreviewPage::refresh);
}

QString ImportPreviewPage::encodingReasonText(csv::EncodingReason reason, int bomLength)
{
    if (bomLength > 0)
        return tr("Detected: the file starts with a mark that names its encoding.");
    if (reason == csv::EncodingReason::Assumed)
        return tr("Assumed: the file is not Unicode, and Windows-1252 is what Excel on Windows saves. If accents look "
                  "wrong below, try another encoding.");
    return tr("Detected from the file's characters.");
}

void ImportPreviewPage::initializePage()
{
    fillChoices();
    refresh();
}

void ImportPreviewPage::fillChoices()
{
    // The detected choice is named as such, so going back to it is one look away.
    const auto& detected = m_wizard.detected();
    const QSignalBlocker blockEncoding(m_encoding);
    for (int i = 0; i < m_encoding->count(); ++i) {
        const QString name = m_encoding->itemData(i).toString();
        const QString text = csv::CsvEncoding::displayName(name);
        m_encoding->setItemText(i,
            detected && detected->encoding.name == name ? tr("%1 — detected", "encoding or delimiter").arg(text)
                                                        : text);
    }
    const QSignalBlocker blockDelimiter(m_delimiter);
    for (int i = 0; i < m_delimiter->count(); ++i) {
        const char c = m_delimiter->itemData(i).toString().at(0).toLatin1();
        m_delimiter->setItemText(i,
            detected && detected->dialect.dialect.delimiter == c
                ? tr("%1 — detected", "encoding or delimiter").arg(delimiterName(c))
                : delimiterName(c));
    }
    m_encodingNote->setText(
        detected ? encodingReasonText(detected->encoding.reason, detected->encoding.bomLength) : QString());
    m_delimiterNote->setText(detected && detected->dialect.columns > 0
            ? tr("Detected: most rows have %Ln value(s) this way.", nullptr, detected->dialect.columns)
            : QString());
}

void ImportPreviewPage::refresh()
{
    const importing::ImportPreview* preview = m_wizard.currentPreview();
    m_error->setVisible(!m_wizard.previewError().isEmpty());
    m_error->setText(m_wizard.previewError());
    if (!preview) {
        m_model->clear();
        m_info->clear();
        emit completeChanged();
        return;
    }
    {
        const QSignalBlocker blockEncoding(m_encoding);
        m_encoding->setCurrentIndex(m_encoding->findData(preview->encoding.name));
        const QSignalBlocker blockDelimiter(m_delimiter);
        m_delimiter->setCurrentIndex(m_delimiter->findData(QString(QLatin1Char(preview->dialect.dialect.delimiter))));
        const QSignalBlocker blockHeader(m_header);
        m_header->setChecked(preview->dialect.hasHeader);
    }
    m_model->setPreview(
        preview->header, preview->rows, m_wizard.preview().rowProblems, preview->kind, preview->columns);
    // Each column as wide as its heading and values, within reason: a long note is in its tooltip.
    m_table->resizeColumnsToContents();
    const int widest = m_table->fontMetrics().averageCharWidth() * 32;
    for (int c = 1; c < m_model->columnCount(); ++c) {
        if (m_table->columnWidth(c) > widest)
            m_table->setColumnWidth(c, widest);
    }

    const QLocale locale;
    const int shown = static_cast<int>(preview->rows.size());
    const QString rows = preview->estimatedRows > shown
        ? tr("The first %1 of about %2 rows.").arg(locale.toString(shown), locale.toString(preview->estimatedRows))
        : tr("All %Ln row(s) of the file.", nullptr, shown);
    const int problems = m_model->rowsWithProblems();
    const QString verdict = problems > 0
        ? tr("%Ln row(s) with a problem are highlighted: point at one to see why. The import leaves such rows out "
             "and lists them, so they can be fixed and imported again.",
            nullptr, problems)
        : tr("No problems found in these rows.");
    //: Two sentences: how many rows are shown, and whether they have problems
    m_info->setText(tr("%1 %2").arg(rows, verdict));
    emit completeChanged();
}

void ImportPreviewPage::userChangedReading()
{
    const importing::ImportSettings& chosen = m_wizard.choices();
    const importing::ImportPreview* preview = m_wizard.currentPreview();
    std::optional<QString> encoding = chosen.encoding;
    std::optional<QChar> delimiter = chosen.delimiter;
    std::optional<bool> header = chosen.hasHeader;
    const QString pickedEncoding = m_encoding->currentData().toString();
    const QChar pickedDelimiter = m_delimiter->currentData().toString().at(0);
    // Only what the user changed is pinned; the rest stays as detected for the new reading.
    if (!preview || preview->encoding.name != pickedEncoding)
        encoding = pickedEncoding;
    if (!preview || QLatin1Char(preview->dialect.dialect.delimiter) != pickedDelimiter)
        delimiter = pickedDelimiter;
    if (!preview || preview->dialect.hasHeader != m_header->isChecked())
        header = m_header->isChecked();
    m_wizard.setReadOptions(encoding, delimiter, header);
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return !m_wizard.isPreviewLoading() && m_wizard.currentPreview() && !m_wizard.currentPreview()->header.isEmpty();
}

} // namespace grapevine::ui
