// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvocateEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "domain/Money.h"
#include "widgets/AlertColor.h"

namespace grapevine::ui {

namespace {

// An error colour that reads on light and dark backgrounds alike.

QWidget* withError(QWidget* field, QLabel* error)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

AdvocateEditor::AdvocateEditor(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_generalError(new QLabel(this))
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_company(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_referralCode(new QLineEdit(this))
    , m_newCode(new QPushButton(tr("New Code"), this))
    , m_referredBy(new QLineEdit(this))
    , m_consent(new QCheckBox(tr("Marketing consent given"), this))
    , m_consentDate(new QDateEdit(this))
    , m_consentSource(new QLineEdit(this))
    , m_nps(new QSpinBox(this))
    , m_totalSpent(new QLineEdit(this))
    , m_orderCount(new QSpinBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("advocateEditor"));
    m_title->setObjectName(QStringLiteral("editorTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setStyleSheet(QStringLiteral("color: %1;").arg(alertColor(palette()).name()));
    m_generalError->setWordWrap(true);
    m_generalError->hide();

    const struct
    {
        QWidget* widget;
        const char* name;
    } names[] = {{m_firstName, "firstNameEdit"}, {m_lastName, "lastNameEdit"}, {m_email, "emailEdit"},
        {m_phone, "phoneEdit"}, {m_address, "addressEdit"}, {m_company, "companyEdit"}, {m_kind, "kindCombo"},
        {m_status, "statusCombo"}, {m_tags, "tagsEdit"}, {m_referralCode, "referralCodeEdit"},
        {m_newCode, "newCodeButton"}, {m_referredBy, "referredByEdit"}, {m_consent, "consentCheck"},
        {m_consentDate, "consentDateEdit"}, {m_consentSource, "consentSourceEdit"}, {m_nps, "npsSpin"},
        {m_totalSpent, "totalSpentEdit"}, {m_orderCount, "orderCountSpin"}, {m_notes, "notesEdit"},
        {m_save, "saveButton"}, {m_revert, "revertButton"}};
    for (const auto& n : names)
        n.widget->setObjectName(QLatin1String(n.name));

    for (const auto kind : domain::allValues<domain::AdvocateKind>())
        m_kind->addItem(domain::Advocate::kindName(kind), static_cast<int>(kind));
    for (const auto status : {domain::AdvocateStatus::Active, domain::AdvocateStatus::Inactive})
        m_status->addItem(domain::Advocate::statusName(status), static_cast<int>(status));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. VIP, spring fair"));
    m_tags->setToolTip(tr("Tags group advocates for filtering and campaigns; separate them with commas."));
    m_referralCode->setToolTip(tr("The personal code this advocate shares. Letters A–Z, digits and dashes."));
    m_newCode->setToolTip(tr("Make a new code from the first name"));
    m_referredBy->setPlaceholderText(tr("Referral code or email of the referrer"));
    m_referredBy->setToolTip(tr("Who brought this advocate: type their referral code or email. Leave empty for none."));
    m_consentDate->setCalendarPopup(true);
    m_consentDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_consentSource->setPlaceholderText(tr("Where consent was given, e.g. shop checkout"));
    m_nps->setRange(-1, 10);
    m_nps->setSpecialValueText(tr("—"));
    m_nps->setToolTip(tr("How likely they are to recommend you, 0 to 10 (— for no answer)"));
    m_consent->setToolTip(tr("The person agreed to receive marketing messages. Without consent they are left out "
                             "of anything that contacts people."));
    m_totalSpent->setToolTip(tr("What this customer has spent in total"));
    m_orderCount->setRange(0, 1000000);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(70);
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Save the changes (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert->setToolTip(tr("Throw away the changes not saved yet"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("&First name:"), withError(m_firstName, addErrorLabel(QStringLiteral("first_name"))));
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Email:"), withError(m_email, addErrorLabel(QStringLiteral("email"))));
    form->addRow(tr("&Phone:"), m_phone);
    m_address->setToolTip(tr("Postal address. Referrals between people at the same address are flagged for review "
                             "(the household rule), never blocked."));
    form->addRow(tr("Addr&ess:"), m_address);
    form->addRow(tr("Co&mpany:"), m_company);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("&Tags:"), withError(m_tags, addErrorLabel(QStringLiteral("tags"))));
    auto* codeRow = new QHBoxLayout;
    codeRow->setContentsMargins(0, 0, 0, 0);
    codeRow->addWidget(m_referralCode, 1);
    codeRow->addWidget(m_newCode);
    auto* codeBox = new QWidget;
    codeBox->setLayout(codeRow);
    form->addRow(tr("Referral &code:"), withError(codeBox, addErrorLabel(QStringLiteral("referral_code"))));
    form->addRow(tr("&Referred by:"), withError(m_referredBy, addErrorLabel(QStringLiteral("referred_by"))));
    form->addRow(QString(), m_consent);
    form->addRow(tr("Consent &date:"), m_consentDate);
    form->addRow(tr("Consent s&ource:"), m_consentSource);
    form->addRow(tr("&NPS:"), withError(m_nps, addErrorLabel(QStringLiteral("nps_score"))));
    m_totalSpentLabel = new QLabel(this);
    form->addRow(m_totalSpentLabel, withError(m_totalSpent, addErrorLabel(QStringLiteral("total_spent"))));
    m_totalSpentLabel->setBuddy(m_totalSpent);
    form->addRow(tr("&Orders:"), m_orderCount);
    form->addRow(tr("No&tes:"), m_notes);

    // Save and Revert sit by the title, where they stay in sight however long the form is.
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_revert);
    header->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_generalError);
    layout->addLayout(form);
    layout->addStretch();

    for (QLineEdit* edit : {m_firstName, m_lastName, m_email, m_phone, m_address, m_company, m_tags, m_referralCode,
             m_referredBy, m_consentSource, m_totalSpent})
        connect(edit, &QLineEdit::textEdited, this, &AdvocateEditor::markModified);
    for (QComboBox* combo : {m_kind, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &AdvocateEditor::markModified);
    connect(m_consent, &QCheckBox::toggled, this, [this](bool on) {
        m_consentDate->setEnabled(on && !m_readOnly);
        m_consentSource->setEnabled(on && !m_readOnly);
        if (on && !m_loading && !m_advocate.consent)
            m_consentDate->setDate(QDate::currentDate());
        markModified();
    });
    connect(m_consentDate, &QDateEdit::dateChanged, this, &AdvocateEditor::markModified);
    connect(m_nps, &QSpinBox::valueChanged, this, &AdvocateEditor::markModified);
    connect(m_orderCount, &QSpinBox::valueChanged, this, &AdvocateEditor::markModified);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &AdvocateEditor::markModified);
    connect(m_save, &QPushButton::clicked, this, &AdvocateEditor::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, &AdvocateEditor::revertRequested);
    connect(m_newCode, &QPushButton::clicked, this, &AdvocateEditor::newCodeRequested);
    connect(m_firstName, &QLineEdit::textEdited, this, &AdvocateEditor::updateTitle);
    connect(m_lastName, &QLineEdit::textEdited, this, &AdvocateEditor::updateTitle);
    for (QLabel* error : std::as_const(m_errors)) {
        connect(error, &QLabel::linkActivated, this, [this](const QString& link) {
            emit showAdvocateRequested(link.section(QLatin1Char(':'), 1).toLongLong());
        });
    }
    setCurrency(m_currency);
    clear();
}

void AdvocateEditor::setCurrency(const QString& currency)
{
    m_currency = currency;
    //: %1 is the currency code, e.g. EUR
    m_totalSpentLabel->setText(tr("Total &spent (%1):").arg(currency));
}

QLabel* AdvocateEditor::addErrorLabel(const QString& field)
{
    auto* label = new QLabel(this);
    label->setObjectName(field + QStringLiteral("Error"));
    label->setStyleSheet(QStringLiteral("color: %1;").arg(alertColor(palette()).name()));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

void AdvocateEditor::setAdvocate(const domain::Advocate& a, const QString& referrerText)
{
    m_loading = true;
    m_advocate = a;
    m_referrerText = referrerText;
    m_new = false;
    m_loaded = true;
    clearErrors();
    m_firstName->setText(a.firstName);
    m_lastName->setText(a.lastName);
    m_email->setText(a.email);
    m_phone->setText(a.phone);
    m_address->setText(a.address);
    m_company->setText(a.company);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(a.kind)));
    const int status = m_status->findData(static_cast<int>(a.status));
    m_status->setCurrentIndex(status < 0 ? 0 : status);
    m_tags->setText(a.tags.join(QStringLiteral(", ")));
    m_referralCode->setText(a.referralCode);
    m_referredBy->setText(referrerText);
    m_consent->setChecked(a.consent);
    m_consentDate->setDate(a.consentAt.isValid() ? a.consentAt.toLocalTime().date() : QDate::currentDate());
    m_consentSource->setText(a.consentSource);
    m_nps->setValue(a.npsScore.value_or(-1));
    m_totalSpent->setText(domain::Money(a.totalSpentMinor, m_currency).formatAmount());
    m_orderCount->setValue(static_cast<int>(qMin<qint64>(a.orderCount, m_orderCount->maximum())));
    m_notes->setPlainText(a.notes);
    m_loading = false;
    setReadOnly(m_readOnly);
    setModified(false);
    updateTitle();
}

void AdvocateEditor::startNew()
{
    domain::Advocate fresh;
    fresh.consent = false;
    setAdvocate(fresh, QString());
    m_new = true;
    m_totalSpent->clear();
    updateTitle();
    setModified(false);
}

void AdvocateEditor::clear()
{
    setAdvocate(domain::Advocate(), QString());
    m_loaded = false;
    m_title->setText(tr("No advocate selected"));
    for (QWidget* w : findChildren<QWidget*>()) {
        if (w != m_title)
            w->setEnabled(false);
    }
}

void AdvocateEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const bool editable = m_loaded && !readOnly;
    for (QWidget* w : findChildren<QWidget*>()) {
        if (w != m_title && w != m_generalError && !m_errors.values().contains(qobject_cast<QLabel*>(w)))
            w->setEnabled(editable);
    }
    m_consentDate->setEnabled(editable && m_consent->isChecked());
    m_consentSource->setEnabled(editable && m_consent->isChecked());
    m_save->setEnabled(editable && m_modified);
    m_revert->setEnabled(editable && m_modified);
    // Erased people keep their place in the numbers but their record cannot be edited.
    if (m_advocate.status == domain::AdvocateStatus::Erased) {
        for (QWidget* w : findChildren<QWidget*>()) {
            if (w != m_title)
                w->setEnabled(false);
        }
    }
}

domain::Advocate AdvocateEditor::advocate() const
{
    domain::Advocate a = m_advocate;
    a.firstName = m_firstName->text().trimmed();
    a.lastName = m_lastName->text().trimmed();
    a.email = m_email->text().trimmed();
    a.phone = m_phone->text().trimmed();
    a.address = m_address->text().trimmed();
    a.company = m_company->text().trimmed();
    a.kind = static_cast<domain::AdvocateKind>(m_kind->currentData().toInt());
    if (a.status != domain::AdvocateStatus::Erased)
        a.status = static_cast<domain::AdvocateStatus>(m_status->currentData().toInt());
    a.tags.clear();
    for (const QString& tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty() && !a.tags.contains(tag.trimmed(), Qt::CaseInsensitive))
            a.tags << tag.trimmed();
    }
    a.referralCode = m_referralCode->text().trimmed();
    const bool hadConsent = m_advocate.consent;
    a.consent = m_consent->isChecked();
    if (a.consent) {
        const QDate chosen = m_consentDate->date();
        if (!hadConsent || !m_advocate.consentAt.isValid() || m_advocate.consentAt.toLocalTime().date() != chosen)
            a.consentAt = QDateTime(chosen, QTime(12, 0)).toUTC();
        a.consentSource = m_consentSource->text().trimmed();
    } else {
        a.consentAt = QDateTime();
        a.consentSource.clear();
    }
    if (m_nps->value() < 0) {
        a.npsScore.reset();
        a.npsAt = QDateTime();
    } else {
        if (a.npsScore != m_nps->value())
            a.npsAt = QDateTime::currentDateTimeUtc();
        a.npsScore = m_nps->value();
    }
    const QString spent = m_totalSpent->text().trimmed();
    if (spent.isEmpty()) {
        a.totalSpentMinor = 0;
    } else if (const auto money = domain::Money::parse(spent, m_currency)) {
        a.totalSpentMinor = money->minor();
    } else {
        a.totalSpentMinor = -1; // validate() names the field
    }
    a.orderCount = m_orderCount->value();
    a.notes = m_notes->toPlainText();
    return a;
}

QString AdvocateEditor::referrerInput() const
{
    return m_referredBy->text().trimmed();
}

bool AdvocateEditor::referrerChanged() const
{
    return m_referredBy->text().trimmed() != m_referrerText.trimmed();
}

void AdvocateEditor::setReferralCode(const QString& code)
{
    m_referralCode->setText(code);
    markModified();
}

void AdvocateEditor::showError(const Error& error)
{
    clearErrors();
    QLabel* label = m_errors.value(error.field);
    QString text = error.message.toHtmlEscaped();
    if (error.code == Error::Code::Duplicate && error.relatedId > 0)
        text += QStringLiteral(" <a href=\"advocate:%1\">%2</a>").arg(error.relatedId).arg(tr("Show that advocate"));
    if (!label) {
        label = m_generalError;
        if (error.field == QLatin1String("total_spent"))
            text = tr("The total spent is not an amount of money, e.g. 125.50.").toHtmlEscaped();
    }
    label->setText(text);
    label->show();
    static const QHash<QString, const char*> fieldWidgets = {{QStringLiteral("first_name"), "firstNameEdit"},
        {QStringLiteral("email"), "emailEdit"}, {QStringLiteral("tags"), "tagsEdit"},
        {QStringLiteral("referral_code"), "referralCodeEdit"}, {QStringLiteral("referred_by"), "referredByEdit"},
        {QStringLiteral("nps_score"), "npsSpin"}, {QStringLiteral("total_spent"), "totalSpentEdit"}};
    if (auto* w = findChild<QWidget*>(QLatin1String(fieldWidgets.value(error.field, "firstNameEdit"))))
        w->setFocus();
}

void AdvocateEditor::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
    m_generalError->hide();
}

void AdvocateEditor::focusFirstField()
{
    m_firstName->setFocus();
    m_firstName->selectAll();
}

void AdvocateEditor::markModified()
{
    if (!m_loading && m_loaded)
        setModified(true);
}

void AdvocateEditor::setModified(bool modified)
{
    const bool changed = modified != m_modified;
    m_modified = modified;
    const bool editable = m_loaded && !m_readOnly && m_advocate.status != domain::AdvocateStatus::Erased;
    m_save->setEnabled(editable && (modified || m_new));
    m_revert->setEnabled(editable && modified);
    if (changed)
        emit modifiedChanged(modified);
}

void AdvocateEditor::updateTitle()
{
    const QString name
        = QString(m_firstName->text().trimmed() + QLatin1Char(' ') + m_lastName->text().trimmed()).trimmed();
    if (m_new)
        m_title->setText(name.isEmpty() ? tr("New advocate") : tr("New advocate: %1").arg(name));
    else if (m_advocate.status == domain::AdvocateStatus::Erased)
        m_title->setText(tr("Erased person (their referrals and rewards are kept for the totals)"));
    else
        m_title->setText(name.isEmpty() ? m_email->text() : name);
}

} // namespace grapevine::ui
