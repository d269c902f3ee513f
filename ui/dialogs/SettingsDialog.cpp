// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "dialogs/MentionSettingsDialog.h"
#include "domain/Money.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"
#include "widgets/AlertColor.h"
#include "widgets/Appearance.h"

namespace grapevine::ui {

namespace {

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString amountText(qint64 minor, const QString& currency)
{
    return domain::Money(minor, currency).formatAmount();
}

} // namespace

SettingsDialog::SettingsDialog(
    Settings& personal, std::optional<domain::BusinessSettings> business, bool businessEditable, QWidget* parent)
    : QDialog(parent)
    , m_personal(personal)
    , m_business(std::move(business))
    , m_initialLanguage(personal.value<QString>(Settings::Key::Language))
    , m_initialAppearance(personal.value<QString>(Settings::Key::Appearance))
    , m_tabs(new QTabWidget(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(businessTab(businessEditable), tr("&Business"));
    m_tabs->addTab(personalTab(), tr("&Language and Exports"));
    m_tabs->addTab(backupsTab(), tr("Bac&kups"));
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->hide();
    QPalette alert = m_error->palette();
    alert.setColor(QPalette::WindowText, alertColor(palette()));
    m_error->setPalette(alert);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QWidget* SettingsDialog::businessTab(bool editable)
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    if (!m_business) {
        layout->addWidget(note(tr("Open or create a business's file to change its settings."), tab));
        layout->addStretch();
        return tab;
    }
    const domain::BusinessSettings& b = *m_business;
    m_name = new QLineEdit(b.businessName, tab);
    m_name->setObjectName(QStringLiteral("businessNameEdit"));
    m_name->setPlaceholderText(tr("Shown on reports and invitations"));
    m_name->setMaxLength(200);
    m_currency = new QComboBox(tab);
    m_currency->setObjectName(QStringLiteral("currencyBox"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    const QStringList common
        = {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF"),
            QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("NZD"), QStringLiteral("SEK"),
            QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("PLN"), QStringLiteral("CZK"),
            QStringLiteral("JPY"), QStringLiteral("MXN"), QStringLiteral("BRL"), QStringLiteral("ARS"),
            QStringLiteral("CLP"), QStringLiteral("COP"), QStringLiteral("INR"), QStringLiteral("ZAR")};
    m_currency->addItems(common);
    m_currency->setCurrentText(b.currency);
    m_currency->setToolTip(tr("The three-letter ISO code of the currency the business works in"));
    m_currencyNote = note(tr("Amounts already recorded are not converted: change the currency only if it was set "
                             "wrongly."),
        tab);
    m_currencyNote->hide();
    connect(m_currency, &QComboBox::currentTextChanged, this,
        [this](const QString& text) { m_currencyNote->setVisible(text.trimmed().toUpper() != m_business->currency); });
    m_pointValue = new QLineEdit(amountText(b.pointValueMinor, b.currency), tab);
    m_pointValue->setObjectName(QStringLiteral("pointValueEdit"));
    m_pointValue->setToolTip(tr("What one loyalty point costs the business, for rewards given in points"));
    m_baselineCac = new QLineEdit(amountText(b.baselineCacMinor, b.currency), tab);
    m_baselineCac->setObjectName(QStringLiteral("baselineCacEdit"));
    m_baselineCac->setToolTip(tr("What winning one customer through paid channels (ads and the like) costs: the "
                                 "dashboard compares the referral program's cost per customer with it"));
    m_channelsSummary = new QLabel(tab);
    m_channelsSummary->setWordWrap(true);
    auto* channels = new QPushButton(tr("Mention Channels and Response Target…"), tab);
    channels->setObjectName(QStringLiteral("channelsButton"));
    connect(channels, &QPushButton::clicked, this, &SettingsDialog::editChannels);

    auto* form = new QFormLayout;
    form->addRow(tr("Business &name:"), m_name);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(QString(), m_currencyNote);
    form->addRow(tr("Value of a &point:"), m_pointValue);
    form->addRow(tr("Cost per customer of pai&d channels:"), m_baselineCac);
    form->addRow(tr("Word of mouth:"), m_channelsSummary);
    form->addRow(QString(), channels);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(note(tr("These settings are saved in the business's file and travel with it."), tab));
    editChannels(); // only fills the summary while the dialog is not shown
    for (QWidget* field :
        {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_currency), static_cast<QWidget*>(m_pointValue),
            static_cast<QWidget*>(m_baselineCac), static_cast<QWidget*>(channels)})
        field->setEnabled(editable);
    if (!editable)
        layout->addWidget(note(tr("The file is open read-only, so these cannot be changed."), tab));
    return tab;
}

void SettingsDialog::editChannels()
{
    if (isVisible()) {
        MentionSettingsDialog dialog(*m_business, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const domain::BusinessSettings edited = dialog.settings();
        m_business->mentionChannels = edited.mentionChannels;
        m_business->responseTargetHours = edited.responseTargetHours;
    }
    m_channelsSummary->setText(tr("%n channel(s); negative mentions answered within %1 hours", nullptr,
        static_cast<int>(m_business->mentionChannels.size()))
                                   .arg(m_business->responseTargetHours));
}

QWidget* SettingsDialog::personalTab()
{
    auto* tab = new QWidget(this);
    m_language = new QComboBox(tab);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("The system's language"), QString());
    QStringList languages = i18n::Translations::availableLanguages();
    if (!languages.contains(QStringLiteral("en")))
        languages << QStringLiteral("en");
    std::sort(languages.begin(), languages.end());
    for (const QString& code : languages) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initialLanguage)));
    m_language->setToolTip(tr("The language of Grapevine's windows; numbers, dates and money follow it too"));

    m_delimiter = new QComboBox(tab);
    m_delimiter->setObjectName(QStringLiteral("delimiterBox"));
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;), for Excel in much of Europe"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setCurrentIndex(
        qMax(0, m_delimiter->findData(m_personal.value<QString>(Settings::Key::ExportDelimiter))));
    m_bom = new QCheckBox(tr("Start CSV files with a byte order mark, so that Excel shows accents"), tab);
    m_bom->setObjectName(QStringLiteral("bomBox"));
    m_bom->setChecked(m_personal.value<bool>(Settings::Key::ExportByteOrderMark));

    m_appearance = new QComboBox(tab);
    m_appearance->setObjectName(QStringLiteral("appearanceBox"));
    m_appearance->addItem(tr("The system's colours"), Appearance::system());
    m_appearance->addItem(tr("Light"), Appearance::light());
    m_appearance->addItem(tr("Dark"), Appearance::dark());
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(m_initialAppearance)));
    m_appearance->setToolTip(tr("Light or dark windows, or whichever the system uses"));

    auto* form = new QFormLayout(tab);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Colours:"), m_appearance);
    form->addRow(QString(), note(tr("A new language or new colours show at once; the open file stays open."), tab));
    form->addRow(tr("CSV &delimiter:"), m_delimiter);
    form->addRow(QString(), m_bom);
    return tab;
}

QWidget* SettingsDialog::backupsTab()
{
    auto* tab = new QWidget(this);
    m_backups = new QCheckBox(tr("Make a &copy of the open file each day"), tab);
    m_backups->setObjectName(QStringLiteral("backupsBox"));
    m_backups->setChecked(m_personal.value<bool>(Settings::Key::BackupsEnabled));
    m_keepDays = new QSpinBox(tab);
    m_keepDays->setObjectName(QStringLiteral("keepDaysSpin"));
    m_keepDays->setRange(0, 3650);
    m_keepDays->setSpecialValueText(tr("Keep every copy"));
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setValue(m_personal.value<int>(Settings::Key::BackupKeepDays));
    m_keepDays->setEnabled(m_backups->isChecked());
    connect(m_backups, &QCheckBox::toggled, m_keepDays, &QWidget::setEnabled);
    auto* form = new QFormLayout(tab);
    form->addRow(m_backups);
    form->addRow(tr("Keep copies &for:"), m_keepDays);
    form->addRow(note(tr("The copy is made with SQLite's own backup when a file is opened, at most once a day, and "
                         "kept in Grapevine's data folder on this computer, readable by you alone. File → Restore "
                         "from Backup puts one back. Data erased from the file remains in older copies until they "
                         "are deleted."),
        tab));
    return tab;
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

bool SettingsDialog::languageChanged() const
{
    return language() != m_initialLanguage;
}

QString SettingsDialog::appearance() const
{
    return m_appearance->currentData().toString();
}

bool SettingsDialog::appearanceChanged() const
{
    return appearance() != m_initialAppearance;
}

void SettingsDialog::showProblem(QWidget* field, const QString& message)
{
    m_error->setText(message);
    m_error->show();
    if (field) {
        m_tabs->setCurrentWidget(field->parentWidget());
        field->setFocus();
    }
}

void SettingsDialog::accept()
{
    if (m_business && m_name && m_name->isEnabled()) {
        domain::BusinessSettings edited = *m_business;
        edited.businessName = m_name->text().trimmed();
        edited.currency = m_currency->currentText().trimmed().toUpper();
        const Status valid = edited.validate();
        if (!valid && valid.error().field == QStringLiteral("currency"))
            return showProblem(m_currency, valid.error().message);
        const auto point = domain::Money::parse(m_pointValue->text(), edited.currency);
        if (!point)
            return showProblem(m_pointValue,
                tr("“%1” is not an amount in %2: type the value of a point, for example %3.")
                    .arg(m_pointValue->text(), edited.currency, domain::Money(1, edited.currency).formatAmount()));
        const auto cac = domain::Money::parse(m_baselineCac->text(), edited.currency);
        if (!cac)
            return showProblem(m_baselineCac,
                tr("“%1” is not an amount in %2: type what a customer costs through paid channels, for example %3.")
                    .arg(m_baselineCac->text(), edited.currency, domain::Money(5000, edited.currency).formatAmount()));
        edited.pointValueMinor = point->minor();
        edited.baselineCacMinor = cac->minor();
        if (const Status checked = edited.validate(); !checked)
            return showProblem(nullptr, checked.error().message);
        m_business = edited;
    }
    m_personal.setValue(Settings::Key::Language, language());
    m_personal.setValue(Settings::Key::Appearance, appearance());
    m_personal.setValue(Settings::Key::ExportDelimiter, m_delimiter->currentData().toString());
    m_personal.setValue(Settings::Key::ExportByteOrderMark, m_bom->isChecked());
    m_personal.setValue(Settings::Key::BackupsEnabled, m_backups->isChecked());
    m_personal.setValue(Settings::Key::BackupKeepDays, m_keepDays->value());
    QDialog::accept();
}

} // namespace grapevine::ui
