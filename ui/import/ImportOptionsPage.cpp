// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportOptionsPage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "ImportWizard.h"
#include "import/ImportKinds.h"
#include "widgets/AlertColor.h"

namespace grapevine::ui {

using csv::DateOrder;
using importing::DuplicatePolicy;

namespace {

constexpr int kDetect = -1;

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return ImportOptionsPage::tr("DD/MM/YYYY (day first)");
    case DateOrder::MonthDayYear:
        return ImportOptionsPage::tr("MM/DD/YYYY (month first)");
    case DateOrder::YearMonthDay:
        return ImportOptionsPage::tr("YYYY-MM-DD (year first)");
    }
    return {};
}

/// An explanation under a radio button: indented to line up with the button's text.
QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(24, 0, 0, 6);
    return label;
}

} // namespace

ImportOptionsPage::ImportOptionsPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_date(new QComboBox(this))
    , m_dateNote(new QLabel(this))
    , m_dateWarning(new QLabel(this))
    , m_decimal(new QComboBox(this))
    , m_decimalNote(new QLabel(this))
    , m_policy(new QButtonGroup(this))
    , m_update(new QRadioButton(tr("&Update them"), this))
    , m_skip(new QRadioButton(tr("&Skip them"), this))
    , m_fill(new QRadioButton(tr("&Fill in empty details only"), this))
{
    setObjectName(QStringLiteral("importOptionsPage"));

    m_date->setObjectName(QStringLiteral("dateFormatCombo"));
    m_date->setToolTip(tr("The order of day, month and year in the file's dates"));
    m_date->addItem(tr("Detect"), kDetect);
    for (const DateOrder order : {DateOrder::DayMonthYear, DateOrder::MonthDayYear, DateOrder::YearMonthDay})
        m_date->addItem(dateOrderName(order), static_cast<int>(order));
    m_dateNote->setObjectName(QStringLiteral("dateNote"));
    m_dateNote->setWordWrap(true);
    m_dateWarning->setObjectName(QStringLiteral("dateWarning"));
    m_dateWarning->setWordWrap(true);
    m_dateWarning->setStyleSheet(alertStyleSheet(palette()));
    m_dateWarning->hide();

    m_decimal->setObjectName(QStringLiteral("decimalCombo"));
    m_decimal->setToolTip(tr("The character before the cents in amounts of money"));
    m_decimal->addItem(tr("Detect"), QString());
    m_decimal->addItem(tr("Point: 1,234.50"), QStringLiteral("."));
    m_decimal->addItem(tr("Comma: 1.234,50"), QStringLiteral(","));
    m_decimalNote->setObjectName(QStringLiteral("decimalNote"));
    m_decimalNote->setWordWrap(true);

    auto* formats = new QGroupBox(tr("Dates and amounts"), this);
    // A grid rather than a form: the notes under the combo boxes use the whole width.
    auto* grid = new QGridLayout(formats);
    grid->setColumnStretch(2, 1);
    grid->setHorizontalSpacing(12);
    auto* dateLabel = new QLabel(tr("&Date format:"), formats);
    dateLabel->setBuddy(m_date);
    auto* decimalLabel = new QLabel(tr("Decimal &separator:"), formats);
    decimalLabel->setBuddy(m_decimal);
    grid->addWidget(dateLabel, 0, 0);
    grid->addWidget(m_date, 0, 1);
    grid->addWidget(m_dateNote, 1, 1, 1, 2);
    grid->addWidget(m_dateWarning, 2, 1, 1, 2);
    grid->setRowMinimumHeight(3, 8);
    m_decimalLabel = decimalLabel;
    grid->addWidget(decimalLabel, 4, 0);
    grid->addWidget(m_decimal, 4, 1);
    grid->addWidget(m_decimalNote, 5, 1, 1, 2);

    m_update->setObjectName(QStringLiteral("updateRadio"));
    m_skip->setObjectName(QStringLiteral("skipRadio"));
    m_fill->setObjectName(QStringLiteral("fillEmptyRadio"));
    m_policy->addButton(m_update, static_cast<int>(DuplicatePolicy::Update));
    m_policy->addButton(m_skip, static_cast<int>(DuplicatePolicy::Skip));
    m_policy->addButton(m_fill, static_cast<int>(DuplicatePolicy::FillEmpty));
    auto* duplicates = m_duplicates = new QGroupBox(tr("When someone is an advocate already"), this);
    auto* duplicatesLayout = new QVBoxLayout(duplicates);
    duplicatesLayout->addWidget(m_update);
    duplicatesLayout->addWidget(
        explanation(tr("The file's values replace the stored ones. Empty cells never erase anything."), duplicates));
    duplicatesLayout->addWidget(m_skip);
    duplicatesLayout->addWidget(explanation(
        tr("People already in Grapevine are left exactly as they are; only new people are added."), duplicates));
    duplicatesLayout->addWidget(m_fill);
    duplicatesLayout->addWidget(
        explanation(tr("Only details that are empty in Grapevine are taken from the file; nothing stored is changed."),
            duplicates));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(formats);
    layout->addSpacing(8);
    layout->addWidget(duplicates);
    layout->addStretch();

    connect(m_date, &QComboBox::activated, this, &ImportOptionsPage::dateChosen);
    connect(m_decimal, &QComboBox::activated, this, &ImportOptionsPage::decimalChosen);
    connect(m_policy, &QButtonGroup::idClicked, this, &ImportOptionsPage::policyChosen);
    connect(&m_wizard, &ImportWizard::previewChanged, this, &ImportOptionsPage::refresh);
}

void ImportOptionsPage::initializePage()
{
    const importing::ImportSettings& choices = m_wizard.choices();
    {
        const QSignalBlocker block(m_date);
        m_date->setCurrentIndex(m_date->findData(choices.dateOrder ? static_cast<int>(*choices.dateOrder) : kDetect));
        const QSignalBlocker blockDecimal(m_decimal);
        m_decimal->setCurrentIndex(
            m_decimal->findData(choices.decimal.isNull() ? QString() : QString(choices.decimal)));
    }
    if (QAbstractButton* button = m_policy->button(static_cast<int>(choices.onDuplicate)))
        button->setChecked(true);
    refresh();
}

void ImportOptionsPage::refresh()
{
    const importing::ImportPreview* preview = m_wizard.currentPreview();
    if (!preview) {
        emit completeChanged();
        return;
    }
    const importing::ImportSettings& choices = m_wizard.choices();
    const domain::ImportKind kind = m_wizard.kind();
    const bool customers = kind == domain::ImportKind::Advocates;
    const std::optional<QString> dateKey = importing::ImportKinds::dateKey(kind);
    const std::optional<QString> moneyKey = importing::ImportKinds::moneyKey(kind);
    // Orders and mentions are never merged into what is stored: duplicates are skipped.
    m_duplicates->setVisible(customers);
    m_decimalLabel->setVisible(moneyKey.has_value());
    m_decimal->setVisible(moneyKey.has_value());
    m_decimalNote->setVisible(moneyKey.has_value());
    setTitle(customers ? tr("Dates, amounts and people you have already")
            : moneyKey ? tr("Dates and amounts")
                       : tr("Dates"));
    setSubTitle(customers ? tr("Say how the file writes dates and amounts, and what to do when someone in the file is "
                               "an advocate already (the same email).")
            : moneyKey    ? tr("Say how the file writes dates and amounts.")
                          : tr("Say how the file writes dates."));

    // Dates: what the column shows, and a warning that blocks Next while day and month could swap.
    const std::optional<int> dateColumn = preview->dateColumn();
    m_date->setEnabled(dateColumn.has_value());
    if (!dateColumn) {
        m_dateNote->setText(tr("No column is imported as “%1”, so no dates are read.")
                                .arg(importing::ImportKinds::fieldName(kind, dateKey.value_or(QString()))));
    } else {
        const QString heading = preview->header.value(*dateColumn);
        QStringList examples;
        for (const csv::CsvRow& row : preview->rows) {
            const QString value = row.fields.value(*dateColumn).trimmed();
            if (!value.isEmpty() && !examples.contains(value))
                examples << value;
            if (examples.size() == 3)
                break;
        }
        const QString shown = examples.isEmpty() ? tr("(all empty)") : examples.join(QStringLiteral(", "));
        if (preview->dates.order && !preview->dates.ambiguous)
            m_dateNote->setText(tr("Dates in “%1”, such as %2. Detected: %3.")
                                    .arg(heading, shown, dateOrderName(*preview->dates.order)));
        else
            m_dateNote->setText(tr("Dates in “%1”, such as %2.").arg(heading, shown));
    }
    const auto order = preview->dateOrder(choices);
    m_dateWarning->setVisible(!order);
    if (!order)
        m_dateWarning->setText(tr("⚠ %1").arg(order.error().message));

    // Amounts: the separator the samples show; symbols and thousands separators are always fine.
    const std::optional<int> moneyColumn = preview->moneyColumn();
    m_decimal->setEnabled(moneyColumn.has_value());
    QString decimal;
    if (!moneyColumn)
        decimal = tr("No column is imported as “%1”, so no amounts are read.")
                      .arg(importing::ImportKinds::fieldName(kind, moneyKey.value_or(QString())));
    else if (!choices.decimal.isNull())
        decimal = tr("Amounts in “%1” are read with the separator chosen.").arg(preview->header.value(*moneyColumn));
    else if (preview->decimal == QLatin1Char(','))
        decimal = tr("Detected in “%1”: a comma before the cents.").arg(preview->header.value(*moneyColumn));
    else if (preview->decimal == QLatin1Char('.'))
        decimal = tr("Detected in “%1”: a point before the cents.").arg(preview->header.value(*moneyColumn));
    else
        decimal = tr("Each amount in “%1” decides for itself: a separator followed by one or two digits at the end "
                     "is taken as the cents.")
                      .arg(preview->header.value(*moneyColumn));
    //: Follows what was detected about the decimal separator
    m_decimalNote->setText(tr("%1 Currency symbols and codes ($, €, EUR) and thousands separators are recognised and "
                              "left out.")
                               .arg(decimal));
    emit completeChanged();
}

void ImportOptionsPage::dateChosen()
{
    const int data = m_date->currentData().toInt();
    m_wizard.setDateOrder(data == kDetect ? std::nullopt : std::optional<DateOrder>(static_cast<DateOrder>(data)));
    refresh();
}

void ImportOptionsPage::decimalChosen()
{
    const QString data = m_decimal->currentData().toString();
    m_wizard.setDecimal(data.isEmpty() ? QChar() : data.at(0));
    refresh();
}

void ImportOptionsPage::policyChosen()
{
    m_wizard.setDuplicatePolicy(static_cast<DuplicatePolicy>(m_policy->checkedId()));
}

bool ImportOptionsPage::isComplete() const
{
    const importing::ImportPreview* preview = m_wizard.currentPreview();
    return !m_wizard.isPreviewLoading() && preview && preview->dateOrder(m_wizard.choices()).ok();
}

} // namespace grapevine::ui
