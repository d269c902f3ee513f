// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickEntryForm.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>

#include "domain/Campaign.h"
#include "domain/Clock.h"
#include "domain/Referral.h"
#include "program/ReferralWorkflow.h"
#include "store/AdvocateLookup.h"
#include "store/CampaignStore.h"

namespace grapevine::ui {

using domain::ReferralChannel;

QuickEntryForm::QuickEntryForm(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_campaign(new QComboBox(this))
    , m_referrer(new QLineEdit(this))
    , m_friendName(new QLineEdit(this))
    , m_friendEmail(new QLineEdit(this))
    , m_friendPhone(new QLineEdit(this))
    , m_channel(new QComboBox(this))
    , m_notes(new QLineEdit(this))
    , m_record(new QPushButton(tr("&Record referral"), this))
    , m_result(new QLabel(this))
    , m_suggestions(new QStringListModel(this))
{
    m_campaign->setObjectName(QStringLiteral("quickCampaign"));
    m_referrer->setObjectName(QStringLiteral("quickReferrer"));
    m_friendName->setObjectName(QStringLiteral("quickFriendName"));
    m_friendEmail->setObjectName(QStringLiteral("quickFriendEmail"));
    m_record->setObjectName(QStringLiteral("quickRecord"));
    m_result->setObjectName(QStringLiteral("quickResult"));
    m_referrer->setPlaceholderText(tr("Who told them? Name, e-mail or code"));
    m_referrer->setToolTip(tr("Type a few letters of the advocate's name or e-mail, or their referral code. When a "
                              "code is given, the code decides who gets the credit."));
    m_friendName->setPlaceholderText(tr("Friend's name"));
    m_friendEmail->setPlaceholderText(tr("Friend's e-mail (optional)"));
    m_friendPhone->setPlaceholderText(tr("Phone (optional)"));
    m_notes->setPlaceholderText(tr("Notes"));
    for (const ReferralChannel c : domain::allValues<ReferralChannel>())
        m_channel->addItem(domain::Referral::channelName(c), domain::toKey(c));
    m_channel->setCurrentIndex(m_channel->findData(domain::toKey(ReferralChannel::InPerson)));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_referrer->setCompleter(m_completer);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* campaignLabel = new QLabel(tr("Ca&mpaign:"), this);
    campaignLabel->setBuddy(m_campaign);
    auto* referrerLabel = new QLabel(tr("&Referred by:"), this);
    referrerLabel->setBuddy(m_referrer);
    auto* friendLabel = new QLabel(tr("&Friend:"), this);
    friendLabel->setBuddy(m_friendName);
    grid->addWidget(campaignLabel, 0, 0);
    grid->addWidget(m_campaign, 0, 1);
    grid->addWidget(referrerLabel, 0, 2);
    grid->addWidget(m_referrer, 0, 3, 1, 2);
    grid->addWidget(m_channel, 0, 5);
    grid->addWidget(friendLabel, 1, 0);
    grid->addWidget(m_friendName, 1, 1);
    grid->addWidget(m_friendEmail, 1, 2, 1, 2);
    grid->addWidget(m_friendPhone, 1, 4);
    grid->addWidget(m_notes, 1, 5);
    grid->addWidget(m_record, 1, 6);
    grid->addWidget(m_result, 2, 0, 1, 7);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(5, 1);
    setTabOrder(m_campaign, m_referrer);
    setTabOrder(m_referrer, m_channel);
    setTabOrder(m_channel, m_friendName);
    setTabOrder(m_friendName, m_friendEmail);
    setTabOrder(m_friendEmail, m_friendPhone);
    setTabOrder(m_friendPhone, m_notes);
    setTabOrder(m_notes, m_record);

    connect(m_referrer, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_referrerId.reset();
        suggestReferrers(text);
    });
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &QuickEntryForm::chooseSuggestion);
    for (QLineEdit* edit : {m_referrer, m_friendName, m_friendEmail, m_friendPhone, m_notes}) {
        connect(edit, &QLineEdit::returnPressed, this, [this, edit] {
            // Enter in the referrer field while suggestions show picks one; elsewhere it records.
            if (edit == m_referrer && m_completer->popup()->isVisible())
                return;
            submit();
        });
    }
    connect(m_record, &QPushButton::clicked, this, &QuickEntryForm::submit);
}

void QuickEntryForm::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    reloadCampaigns();
    m_result->clear();
}

void QuickEntryForm::reloadCampaigns()
{
    const QVariant current = m_campaign->currentData();
    m_campaign->clear();
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    const auto campaigns = store::CampaignStore(m_db, m_clock).list();
    if (!campaigns)
        return;
    // Active ones first: they are where new referrals go.
    for (const bool active : {true, false}) {
        for (const domain::Campaign& c : campaigns.value()) {
            if ((c.status == domain::CampaignStatus::Active) != active)
                continue;
            m_campaign->addItem(
                active ? c.name : tr("%1 (%2)").arg(c.name, domain::Campaign::statusName(c.status)), c.id);
        }
    }
    const int keep = m_campaign->findData(current);
    m_campaign->setCurrentIndex(keep >= 0 ? keep : 0);
}

void QuickEntryForm::focusReferrer()
{
    m_referrer->setFocus(Qt::ShortcutFocusReason);
    m_referrer->selectAll();
}

void QuickEntryForm::suggestReferrers(const QString& text)
{
    m_suggestionIds.clear();
    QStringList items;
    // Suggestions are a convenience: a failed lookup offers none, and typing goes on.
    if (const auto found = store::AdvocateLookup::suggest(m_db, text, store::AdvocateLookup::Who::Active)) {
        for (const store::AdvocateSuggestion& s : found.value()) {
            m_suggestionIds.insert(s.label, s.id);
            items << s.label;
        }
    }
    m_suggestions->setStringList(items);
    if (!items.isEmpty())
        m_completer->complete();
}

void QuickEntryForm::chooseSuggestion(const QString& text)
{
    const auto it = m_suggestionIds.constFind(text);
    if (it == m_suggestionIds.constEnd())
        return;
    m_referrerId = it.value();
    m_referrer->setText(text);
    m_friendName->setFocus(Qt::TabFocusReason);
}

void QuickEntryForm::showResult(const QString& text, bool problem)
{
    m_result->setText(text);
    m_result->setStyleSheet(problem ? QStringLiteral("color: palette(highlight); font-weight: bold;") : QString());
}

bool QuickEntryForm::submit()
{
    if (!m_db.isValid() || !m_db.isOpen())
        return false;
    if (m_campaign->currentIndex() < 0) {
        showResult(tr("Create a campaign first: every referral belongs to one."), true);
        return false;
    }
    program::ReferralDraft draft;
    draft.campaignId = m_campaign->currentData().toLongLong();
    const QString typed = m_referrer->text().trimmed();
    if (m_referrerId) {
        draft.referrerId = m_referrerId;
    } else if (!typed.isEmpty() && !typed.contains(QLatin1Char(' '))) {
        draft.code = typed; // a code typed straight in
    } else if (!typed.isEmpty()) {
        // A name typed without picking a suggestion: take it when exactly one advocate matches.
        suggestReferrers(typed);
        if (m_suggestionIds.size() == 1)
            draft.referrerId = m_suggestionIds.constBegin().value();
    }
    if (!draft.referrerId && draft.code.isEmpty()) {
        showResult(typed.isEmpty() ? tr("Who referred them? Type the advocate's name, e-mail or code.")
                                   : tr("No single advocate matches \"%1\": pick one from the list.").arg(typed),
            true);
        focusReferrer();
        return false;
    }
    draft.friendName = m_friendName->text();
    draft.friendEmail = m_friendEmail->text();
    draft.friendPhone = m_friendPhone->text();
    draft.notes = m_notes->text();
    draft.channel
        = domain::fromKey<ReferralChannel>(m_channel->currentData().toString()).value_or(ReferralChannel::Other);

    const Result<program::StepResult> outcome = program::ReferralWorkflow(m_db, m_clock).record(draft);
    if (!outcome) {
        showResult(outcome.error().message, true);
        const QString field = outcome.error().field;
        if (field == QLatin1String("friend_email"))
            m_friendEmail->setFocus();
        else if (field == QLatin1String("friend"))
            m_friendName->setFocus();
        else
            focusReferrer();
        return false;
    }
    const domain::Referral& r = outcome.value().referral;
    QStringList lines {
        tr("Recorded: %1, referred by code %2.").arg(r.friendName.isEmpty() ? r.friendEmail : r.friendName, r.code)};
    lines << outcome.value().notices;
    showResult(lines.join(QLatin1Char('\n')), r.isDuplicate() || r.reviewState == domain::ReviewState::Flagged);
    for (QLineEdit* edit : {m_referrer, m_friendName, m_friendEmail, m_friendPhone, m_notes})
        edit->clear();
    m_referrerId.reset();
    focusReferrer();
    emit recorded(r.id);
    return true;
}

} // namespace grapevine::ui
