// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include "MilestoneTable.h"
#include "RewardOfferBox.h"
#include "domain/CampaignTemplates.h"
#include "domain/Money.h"
#include "widgets/AlertColor.h"

namespace grapevine::ui {

using domain::Campaign;
using domain::CampaignStatus;
using domain::RewardTrigger;

namespace {

// An error colour that reads on light and dark backgrounds alike (as on the advocate editor).
// Forms wider than this are hard to read on a wide window: the eye loses the line.
constexpr int kFormMaxWidth = 720;

QLabel* hint(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// A tab's page: the form in a scroll area, so a small window scrolls instead of clipping.
QScrollArea* scrolled(QWidget* content)
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QWidget* formPage(QFormLayout*& form)
{
    auto* page = new QWidget;
    auto* column = new QWidget(page);
    column->setMaximumWidth(kFormMaxWidth);
    form = new QFormLayout(column);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    // Rows keep their natural height at the top; spare room goes below and to the right.
    auto* across = new QHBoxLayout;
    across->addWidget(column, 1);
    across->addStretch(0);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(across);
    layout->addStretch(1);
    return page;
}

QWidget* row(std::initializer_list<QWidget*> widgets)
{
    auto* box = new QWidget;
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : widgets)
        layout->addWidget(w);
    layout->addStretch();
    return box;
}

} // namespace

CampaignEditor::CampaignEditor(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_generalError(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("campaignEditor"));
    m_title->setObjectName(QStringLiteral("editorTitle"));
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_generalError->setStyleSheet(QStringLiteral("color: %1;").arg(alertColor(palette()).name()));
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Save the changes (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert->setToolTip(tr("Throw away the changes not saved yet"));

    m_tabs->addTab(scrolled(buildBasics()), tr("Basics"));
    m_tabs->addTab(scrolled(buildRewards()), tr("Rewards"));
    m_tabs->addTab(scrolled(buildRules()), tr("Rules"));
    m_tabs->addTab(scrolled(buildLink()), tr("Link && Disclosure"));
    m_tabs->addTab(scrolled(buildMilestones()), tr("Milestones"));
    m_tabs->setTabToolTip(BasicsTab, tr("Name, description, status and dates"));
    m_tabs->setTabToolTip(RewardsTab, tr("What the advocate and the friend earn"));
    m_tabs->setTabToolTip(RulesTab, tr("When rewards are earned, caps, budget and waiting periods"));
    m_tabs->setTabToolTip(LinkTab, tr("The landing page, tracking parameters and the incentive disclosure"));
    m_tabs->setTabToolTip(MilestonesTab, tr("Extra rewards for advocates who bring several friends"));

    // Save and Revert sit by the title, in sight whichever tab is open.
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_revert);
    header->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_generalError);
    layout->addWidget(m_tabs, 1);

    connectEdits();
    setCurrency(m_currency);
    clear();
}

QWidget* CampaignEditor::buildBasics()
{
    QFormLayout* form = nullptr;
    QWidget* page = formPage(form);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Spring refer-a-friend"));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the campaign is about, for you and your team"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (const auto status : domain::allValues<CampaignStatus>())
        m_status->addItem(Campaign::statusName(status), static_cast<int>(status));
    m_status->setToolTip(tr("Draft while you prepare it; Active while it runs; Paused to stop it for a while; "
                            "Ended when it is over"));
    m_hasStart = new QCheckBox(tr("S&tarts on:"));
    m_hasStart->setObjectName(QStringLiteral("hasStartCheck"));
    m_hasStart->setToolTip(tr("Untick for a campaign that runs as soon as it is active"));
    m_startsOn = new QDateEdit;
    m_startsOn->setObjectName(QStringLiteral("startsOnEdit"));
    m_hasEnd = new QCheckBox(tr("&Ends on:"));
    m_hasEnd->setObjectName(QStringLiteral("hasEndCheck"));
    m_hasEnd->setToolTip(tr("Untick for an open-ended campaign that runs until you end it"));
    m_endsOn = new QDateEdit;
    m_endsOn->setObjectName(QStringLiteral("endsOnEdit"));
    for (QDateEdit* date : {m_startsOn, m_endsOn}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        date->setDate(QDate::currentDate());
        date->setMinimumWidth(130);
    }

    form->addRow(tr("&Name:"), withError(m_name, QStringLiteral("name")));
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Stat&us:"), row({m_status}));
    form->addRow(m_hasStart, withError(row({m_startsOn}), QStringLiteral("starts_on")));
    form->addRow(m_hasEnd, withError(row({m_endsOn}), QStringLiteral("ends_on")));
    form->addRow(QString(), hint(tr("Without dates a campaign runs for as long as it is active.")));
    return page;
}

QWidget* CampaignEditor::buildRewards()
{
    m_advocateReward
        = new RewardOfferBox(tr("The advocate gets"), QStringLiteral("advocate_reward"), QStringLiteral("advocate"));
    m_friendReward
        = new RewardOfferBox(tr("The friend gets"), QStringLiteral("friend_reward"), QStringLiteral("friend"));
    m_advocateReward->setToolTip(tr("The reward for the person who recommends you"));
    m_friendReward->setToolTip(tr("The welcome offer for the friend they bring (double-sided rewards convert best)"));
    for (RewardOfferBox* box : {m_advocateReward, m_friendReward})
        m_errors.insert(box->field(), box->errorLabel());

    auto* page = new QWidget;
    auto* boxes = new QHBoxLayout;
    boxes->addWidget(m_advocateReward, 1);
    boxes->addWidget(m_friendReward, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(boxes);
    layout->addWidget(hint(tr("Values: points as a whole number, a percentage discount from 0 to 100, every other "
                              "kind as money. When rewards are earned is set on the Rules tab.")));
    layout->addStretch();
    return page;
}

QWidget* CampaignEditor::buildRules()
{
    QFormLayout* form = nullptr;
    QWidget* page = formPage(form);
    m_trigger = new QComboBox;
    m_trigger->setObjectName(QStringLiteral("triggerCombo"));
    m_trigger->addItem(tr("The friend signs up"), static_cast<int>(RewardTrigger::SignUp));
    m_trigger->addItem(tr("The friend makes a first purchase"), static_cast<int>(RewardTrigger::FirstPurchase));
    m_newCustomersOnly = new QCheckBox(tr("Only &new customers count as referred friends"));
    m_newCustomersOnly->setObjectName(QStringLiteral("newCustomersOnlyCheck"));
    m_newCustomersOnly->setToolTip(tr("A friend who already bought from you earns nobody a reward"));
    m_minOrder = new QLineEdit;
    m_minOrder->setObjectName(QStringLiteral("minOrderEdit"));
    m_minOrder->setMaximumWidth(160);
    m_minOrder->setToolTip(tr("The first order must be at least this much to earn the rewards; 0 for any order"));
    m_minOrderLabel = new QLabel;
    m_minOrderLabel->setBuddy(m_minOrder);
    m_hasCap = new QCheckBox(tr("&Limit rewards per advocate to:"));
    m_hasCap->setObjectName(QStringLiteral("hasCapCheck"));
    m_cap = new QSpinBox;
    m_cap->setObjectName(QStringLiteral("capSpin"));
    m_cap->setRange(1, 1000000);
    m_cap->setToolTip(tr("No advocate earns more rewards than this in this campaign"));
    m_hasBudget = new QCheckBox;
    m_hasBudget->setObjectName(QStringLiteral("hasBudgetCheck"));
    m_hasBudget->setToolTip(tr("Stop rewarding once approved and issued rewards reach this amount"));
    m_budget = new QLineEdit;
    m_budget->setObjectName(QStringLiteral("budgetEdit"));
    m_budget->setMaximumWidth(160);
    m_holdDays = new QSpinBox;
    m_holdDays->setObjectName(QStringLiteral("holdDaysSpin"));
    m_holdDays->setRange(0, 3650);
    m_holdDays->setToolTip(tr("Rewards wait this long before they can be approved, so that returned orders and "
                              "cancellations earn nothing"));
    m_attributionDays = new QSpinBox;
    m_attributionDays->setObjectName(QStringLiteral("attributionDaysSpin"));
    m_attributionDays->setRange(0, 3650);
    m_attributionDays->setToolTip(
        tr("A friend who signs up or buys within this many days of following the link counts as referred"));

    form->addRow(tr("Rewards are earned &when:"), withError(m_trigger, QStringLiteral("trigger")));
    form->addRow(QString(), m_newCustomersOnly);
    form->addRow(m_minOrderLabel, withError(row({m_minOrder}), QStringLiteral("min_order")));
    form->addRow(m_hasCap, withError(row({m_cap}), QStringLiteral("max_rewards_per_advocate")));
    form->addRow(m_hasBudget, withError(row({m_budget}), QStringLiteral("budget")));
    form->addRow(
        tr("&Hold rewards for:"), withError(row({m_holdDays, new QLabel(tr("days"))}), QStringLiteral("hold_days")));
    form->addRow(tr("&Attribution window:"),
        withError(row({m_attributionDays, new QLabel(tr("days"))}), QStringLiteral("attribution_days")));
    return page;
}

QWidget* CampaignEditor::buildLink()
{
    QFormLayout* form = nullptr;
    QWidget* page = formPage(form);
    m_landingUrl = new QLineEdit;
    m_landingUrl->setObjectName(QStringLiteral("landingUrlEdit"));
    m_landingUrl->setPlaceholderText(tr("https://example.com/welcome"));
    m_landingUrl->setToolTip(tr("Where a friend lands after following an advocate's link"));
    m_utmSource = new QLineEdit;
    m_utmSource->setObjectName(QStringLiteral("utmSourceEdit"));
    m_utmMedium = new QLineEdit;
    m_utmMedium->setObjectName(QStringLiteral("utmMediumEdit"));
    m_utmCampaign = new QLineEdit;
    m_utmCampaign->setObjectName(QStringLiteral("utmCampaignEdit"));
    m_utmSource->setPlaceholderText(QStringLiteral("referral"));
    m_utmMedium->setPlaceholderText(QStringLiteral("word-of-mouth"));
    m_utmCampaign->setPlaceholderText(QStringLiteral("spring-2026"));
    const QString utmTip = tr("Added to the link so your web analytics can tell these visits apart");
    for (QLineEdit* edit : {m_utmSource, m_utmMedium, m_utmCampaign})
        edit->setToolTip(utmTip);
    m_linkPreview = new QLabel;
    m_linkPreview->setObjectName(QStringLiteral("linkPreviewLabel"));
    m_linkPreview->setWordWrap(true);
    m_linkPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_disclosure = new QPlainTextEdit;
    m_disclosure->setObjectName(QStringLiteral("disclosureEdit"));
    m_disclosure->setTabChangesFocus(true);
    m_disclosure->setFixedHeight(m_disclosure->fontMetrics().lineSpacing() * 4 + 12);
    m_disclosure->setPlaceholderText(tr("e.g. I get store credit when you buy through my link."));
    m_disclosure->setToolTip(tr("Shown with every advocate's link, so friends know the advocate is rewarded"));
    m_suggestDisclosure = new QPushButton(tr("Use Su&ggested Text"));
    m_suggestDisclosure->setObjectName(QStringLiteral("suggestDisclosureButton"));
    m_suggestDisclosure->setToolTip(tr("Write a disclosure from this campaign's rewards, to edit as you like"));
    connect(m_suggestDisclosure, &QPushButton::clicked, this, &CampaignEditor::useSuggestedDisclosure);

    auto* disclosureBox = new QWidget;
    auto* disclosureLayout = new QVBoxLayout(disclosureBox);
    disclosureLayout->setContentsMargins(0, 0, 0, 0);
    disclosureLayout->addWidget(m_disclosure);
    disclosureLayout->addWidget(addErrorLabel(QStringLiteral("disclosure_text")));
    disclosureLayout->addWidget(row({m_suggestDisclosure}));
    disclosureLayout->addWidget(hint(tr("Required before a campaign with rewards can be activated: "
                                        "undisclosed incentives mislead friends and are unlawful in many places.")));

    form->addRow(tr("&Landing page:"), withError(m_landingUrl, QStringLiteral("landing_url")));
    form->addRow(tr("UTM s&ource:"), m_utmSource);
    form->addRow(tr("UTM &medium:"), m_utmMedium);
    form->addRow(tr("UTM &campaign:"), m_utmCampaign);
    form->addRow(tr("Link with tracking:"), m_linkPreview);
    form->addRow(tr("&Incentive disclosure:"), disclosureBox);
    return page;
}

QWidget* CampaignEditor::buildMilestones()
{
    m_milestones = new MilestoneTable;
    m_milestones->setObjectName(QStringLiteral("milestoneTable"));
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hint(tr("A milestone ladder gives an advocate an extra reward once that many of their "
                              "referrals have converted, e.g. at 1, 3 and 5 friends.")));
    layout->addWidget(m_milestones, 1);
    layout->addWidget(addErrorLabel(QStringLiteral("milestones")));
    return page;
}

QWidget* CampaignEditor::withError(QWidget* field, const QString& name)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(addErrorLabel(name));
    return box;
}

QLabel* CampaignEditor::addErrorLabel(const QString& field)
{
    auto* label = new QLabel;
    label->setObjectName(field + QStringLiteral("Error"));
    label->setStyleSheet(QStringLiteral("color: %1;").arg(alertColor(palette()).name()));
    label->setWordWrap(true);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

void CampaignEditor::connectEdits()
{
    for (QLineEdit* edit : {m_name, m_minOrder, m_budget, m_landingUrl, m_utmSource, m_utmMedium, m_utmCampaign})
        connect(edit, &QLineEdit::textEdited, this, &CampaignEditor::markModified);
    for (QPlainTextEdit* edit : {m_description, m_disclosure})
        connect(edit, &QPlainTextEdit::textChanged, this, &CampaignEditor::markModified);
    for (QComboBox* combo : {m_status, m_trigger})
        connect(combo, &QComboBox::currentIndexChanged, this, &CampaignEditor::markModified);
    for (QCheckBox* check : {m_hasStart, m_hasEnd, m_newCustomersOnly, m_hasCap, m_hasBudget}) {
        connect(check, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            markModified();
        });
    }
    for (QDateEdit* date : {m_startsOn, m_endsOn})
        connect(date, &QDateEdit::dateChanged, this, &CampaignEditor::markModified);
    for (QSpinBox* spin : {m_cap, m_holdDays, m_attributionDays})
        connect(spin, &QSpinBox::valueChanged, this, &CampaignEditor::markModified);
    for (RewardOfferBox* box : {m_advocateReward, m_friendReward})
        connect(box, &RewardOfferBox::edited, this, &CampaignEditor::markModified);
    connect(m_milestones, &MilestoneTable::edited, this, &CampaignEditor::markModified);
    connect(m_name, &QLineEdit::textEdited, this, &CampaignEditor::updateTitle);
    for (QLineEdit* edit : {m_landingUrl, m_utmSource, m_utmMedium, m_utmCampaign})
        connect(edit, &QLineEdit::textChanged, this, &CampaignEditor::updateLinkPreview);
    connect(m_save, &QPushButton::clicked, this, &CampaignEditor::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, &CampaignEditor::revertRequested);
}

void CampaignEditor::setCurrency(const QString& currency)
{
    m_currency = currency;
    m_advocateReward->setCurrency(currency);
    m_friendReward->setCurrency(currency);
    m_milestones->setCurrency(currency);
    //: %1 is the currency code, e.g. EUR
    m_minOrderLabel->setText(tr("Minimum &order (%1):").arg(currency));
    //: %1 is the currency code, e.g. EUR
    m_hasBudget->setText(tr("Campaign &budget (%1):").arg(currency));
}

void CampaignEditor::setCampaign(const Campaign& c)
{
    m_loading = true;
    m_campaign = c;
    m_new = false;
    m_loaded = true;
    clearErrors();
    m_name->setText(c.name);
    m_description->setPlainText(c.description);
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(c.status)));
    m_hasStart->setChecked(c.startsOn.isValid());
    m_startsOn->setDate(c.startsOn.isValid() ? c.startsOn : QDate::currentDate());
    m_hasEnd->setChecked(c.endsOn.isValid());
    m_endsOn->setDate(c.endsOn.isValid() ? c.endsOn : QDate::currentDate());
    m_advocateReward->setOffer(c.advocateReward);
    m_friendReward->setOffer(c.friendReward);
    m_trigger->setCurrentIndex(m_trigger->findData(static_cast<int>(c.trigger)));
    m_newCustomersOnly->setChecked(c.newCustomersOnly);
    m_minOrder->setText(c.minOrderMinor > 0 ? domain::Money(c.minOrderMinor, m_currency).formatAmount() : QString());
    m_minOrder->setPlaceholderText(domain::Money(0, m_currency).formatAmount());
    m_hasCap->setChecked(c.maxRewardsPerAdvocate.has_value());
    m_cap->setValue(c.maxRewardsPerAdvocate.value_or(10));
    m_hasBudget->setChecked(c.budgetMinor.has_value());
    m_budget->setText(c.budgetMinor ? domain::Money(*c.budgetMinor, m_currency).formatAmount() : QString());
    m_holdDays->setValue(c.holdDays);
    m_attributionDays->setValue(c.attributionDays);
    m_landingUrl->setText(c.landingUrl);
    m_utmSource->setText(c.utmSource);
    m_utmMedium->setText(c.utmMedium);
    m_utmCampaign->setText(c.utmCampaign);
    m_disclosure->setPlainText(c.disclosureText);
    m_milestones->setMilestones(c.milestones);
    m_loading = false;
    setReadOnly(m_readOnly);
    setModified(false);
    updateTitle();
    updateLinkPreview();
}

void CampaignEditor::startNew(const Campaign& draft)
{
    Campaign fresh = draft;
    fresh.id = 0;
    fresh.createdAt = QDateTime();
    fresh.updatedAt = QDateTime();
    for (domain::Milestone& m : fresh.milestones)
        m.id = 0;
    setCampaign(fresh);
    m_new = true;
    updateTitle();
    setModified(false);
    showTab(BasicsTab);
}

void CampaignEditor::clear()
{
    setCampaign(Campaign());
    m_loaded = false;
    setReadOnly(m_readOnly);
    m_title->setText(tr("No campaign selected"));
}

Result<Campaign> CampaignEditor::campaign() const
{
    Campaign c = m_campaign;
    c.name = m_name->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    c.status = static_cast<CampaignStatus>(m_status->currentData().toInt());
    c.startsOn = m_hasStart->isChecked() ? m_startsOn->date() : QDate();
    c.endsOn = m_hasEnd->isChecked() ? m_endsOn->date() : QDate();
    const auto advocate = m_advocateReward->offer();
    if (!advocate)
        return advocate.error();
    c.advocateReward = advocate.value();
    const auto friendOffer = m_friendReward->offer();
    if (!friendOffer)
        return friendOffer.error();
    c.friendReward = friendOffer.value();
    c.trigger = static_cast<RewardTrigger>(m_trigger->currentData().toInt());
    c.newCustomersOnly = m_newCustomersOnly->isChecked();
    const auto moneyExample = domain::Money(1050, m_currency).formatAmount();
    if (m_minOrder->text().trimmed().isEmpty()) {
        c.minOrderMinor = 0;
    } else if (const auto min = domain::Money::parse(m_minOrder->text(), m_currency)) {
        c.minOrderMinor = min->minor();
    } else {
        return Error(Error::Code::Invalid,
            tr("The minimum order is not an amount of money; enter e.g. %1, or leave it empty for any order.")
                .arg(moneyExample),
            QStringLiteral("min_order"));
    }
    c.maxRewardsPerAdvocate = m_hasCap->isChecked() ? std::optional<int>(m_cap->value()) : std::nullopt;
    if (!m_hasBudget->isChecked()) {
        c.budgetMinor.reset();
    } else if (const auto budget = domain::Money::parse(m_budget->text(), m_currency)) {
        c.budgetMinor = budget->minor();
    } else {
        return Error(Error::Code::Invalid,
            tr("The budget is not an amount of money; enter e.g. %1, or untick the budget.").arg(moneyExample),
            QStringLiteral("budget"));
    }
    c.holdDays = m_holdDays->value();
    c.attributionDays = m_attributionDays->value();
    c.landingUrl = m_landingUrl->text().trimmed();
    if (!c.landingUrl.isEmpty()) {
        const QUrl url(c.landingUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return Error(Error::Code::Invalid,
                tr("The landing page is not a web address; enter one starting with https://, e.g. "
                   "https://example.com/welcome."),
                QStringLiteral("landing_url"));
    }
    c.utmSource = m_utmSource->text().trimmed();
    c.utmMedium = m_utmMedium->text().trimmed();
    c.utmCampaign = m_utmCampaign->text().trimmed();
    c.disclosureText = m_disclosure->toPlainText().trimmed();
    const auto milestones = m_milestones->milestones();
    if (!milestones)
        return milestones.error();
    c.milestones = milestones.value();
    return c;
}

void CampaignEditor::showError(const Error& error)
{
    clearErrors();
    QLabel* label = m_errors.value(error.field, m_generalError);
    label->setText(error.message);
    label->show();
    const struct
    {
        const char* field;
        Tab tab;
        QWidget* widget;
    } places[] = {{"name", BasicsTab, m_name}, {"status", BasicsTab, m_status}, {"starts_on", BasicsTab, m_startsOn},
        {"ends_on", BasicsTab, m_endsOn}, {"advocate_reward", RewardsTab, m_advocateReward->focusWidget()},
        {"friend_reward", RewardsTab, m_friendReward->focusWidget()}, {"trigger", RulesTab, m_trigger},
        {"min_order", RulesTab, m_minOrder}, {"max_rewards_per_advocate", RulesTab, m_cap},
        {"budget", RulesTab, m_budget}, {"hold_days", RulesTab, m_holdDays},
        {"attribution_days", RulesTab, m_attributionDays}, {"landing_url", LinkTab, m_landingUrl},
        {"disclosure_text", LinkTab, m_disclosure}, {"milestones", MilestonesTab, m_milestones->table()}};
    for (const auto& place : places) {
        if (error.field == QLatin1String(place.field)) {
            showTab(place.tab);
            place.widget->setFocus();
            return;
        }
    }
}

void CampaignEditor::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
    m_generalError->hide();
}

void CampaignEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    // The tab pages, not the tabs: a read-only campaign can still be looked through.
    const bool editable = m_loaded && !readOnly;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* scroll = qobject_cast<QScrollArea*>(m_tabs->widget(i)))
            scroll->widget()->setEnabled(editable);
    }
    updateEnabled();
    m_save->setEnabled(editable && (m_modified || m_new));
    m_revert->setEnabled(editable && (m_modified || m_new));
}

void CampaignEditor::updateEnabled()
{
    const bool editable = m_loaded && !m_readOnly;
    m_startsOn->setEnabled(editable && m_hasStart->isChecked());
    m_endsOn->setEnabled(editable && m_hasEnd->isChecked());
    m_cap->setEnabled(editable && m_hasCap->isChecked());
    m_budget->setEnabled(editable && m_hasBudget->isChecked());
}

void CampaignEditor::setDisclosureText(const QString& text)
{
    m_disclosure->setPlainText(text);
    showTab(LinkTab);
    m_disclosure->setFocus();
    m_disclosure->selectAll();
}

void CampaignEditor::useSuggestedDisclosure()
{
    const auto typed = campaign();
    // A value that cannot be read yet should not stop the suggestion: word it from what was saved.
    const Campaign& basis = typed ? typed.value() : m_campaign;
    setDisclosureText(domain::CampaignTemplates::defaultDisclosure(basis, m_currency));
}

void CampaignEditor::addPage(QWidget* page, const QString& title)
{
    m_tabs->addTab(page, title);
}

void CampaignEditor::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void CampaignEditor::focusFirstField()
{
    showTab(BasicsTab);
    m_name->setFocus();
    m_name->selectAll();
}

void CampaignEditor::markModified()
{
    if (!m_loading && m_loaded)
        setModified(true);
}

void CampaignEditor::setModified(bool modified)
{
    const bool changed = modified != m_modified;
    m_modified = modified;
    const bool editable = m_loaded && !m_readOnly;
    m_save->setEnabled(editable && (modified || m_new));
    m_revert->setEnabled(editable && (modified || m_new));
    if (changed)
        emit modifiedChanged(modified);
}

void CampaignEditor::updateTitle()
{
    const QString name = m_name->text().trimmed();
    if (m_new)
        m_title->setText(name.isEmpty() ? tr("New campaign") : tr("New campaign: %1").arg(name));
    else
        m_title->setText(name);
}

void CampaignEditor::updateLinkPreview()
{
    const QString landing = m_landingUrl->text().trimmed();
    if (landing.isEmpty()) {
        m_linkPreview->setText(tr("Enter a landing page to see the link advocates share."));
        return;
    }
    QUrl url(landing);
    QUrlQuery query(url);
    const struct
    {
        const char* key;
        QLineEdit* edit;
    } params[] = {{"utm_source", m_utmSource}, {"utm_medium", m_utmMedium}, {"utm_campaign", m_utmCampaign}};
    for (const auto& p : params) {
        if (!p.edit->text().trimmed().isEmpty())
            query.addQueryItem(QLatin1String(p.key), p.edit->text().trimmed());
    }
    url.setQuery(query);
    m_linkPreview->setText(url.toString());
}

} // namespace grapevine::ui
