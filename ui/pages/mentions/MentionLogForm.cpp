// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentionLogForm.h"

#include <QAbstractItemView>
#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStringListModel>
#include <QTimer>
#include <QUrl>

#include "MentionDetailsPanel.h"
#include "domain/Campaign.h"
#include "domain/Clock.h"
#include "store/AdvocateLookup.h"
#include "store/AdvocateStore.h"
#include "store/CampaignStore.h"
#include "store/MentionStore.h"
#include "store/SettingsStore.h"
#include "widgets/AlertColor.h"

namespace grapevine::ui {

using domain::Mention;
using domain::Sentiment;

namespace {

/// The link as it will be stored (with https:// when it was pasted without a scheme), or
/// nothing when it is not a web address.
std::optional<QString> normalisedLink(const QString& typed)
{
    QString text = typed.trimmed();
    if (text.contains(QLatin1Char(' ')))
        return std::nullopt;
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("https://"));
    const QUrl url(text, QUrl::StrictMode);
    const QString host = url.host();
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || !host.contains(QLatin1Char('.')) || host.startsWith(QLatin1Char('.')) || host.endsWith(QLatin1Char('.')))
        return std::nullopt;
    return text;
}

/// "1200", "1,200", "1 200" and "1.200" are all twelve hundred people; nothing for anything else.
std::optional<qint64> parseReach(const QString& typed)
{
    bool ok = false;
    const qint64 local = QLocale().toLongLong(typed, &ok);
    if (ok)
        return local;
    QString digits = typed;
    digits.remove(QRegularExpression(QStringLiteral("[\\s,.'\u00a0\u202f]")));
    const qint64 plain = digits.toLongLong(&ok);
    return ok && !digits.isEmpty() ? std::optional<qint64>(plain) : std::nullopt;
}

} // namespace

MentionLogForm::MentionLogForm(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_url(new QLineEdit(this))
    , m_channel(new QComboBox(this))
    , m_when(new QDateTimeEdit(this))
    , m_author(new QLineEdit(this))
    , m_advocate(new QLineEdit(this))
    , m_campaign(new QComboBox(this))
    , m_sentiment(new QButtonGroup(this))
    , m_reach(new QLineEdit(this))
    , m_incentivised(new QCheckBox(tr("&Incentivised: the author was rewarded"), this))
    , m_text(new QPlainTextEdit(this))
    , m_log(new QPushButton(tr("&Log mention"), this))
    , m_result(new QLabel(this))
    , m_suggestions(new QStringListModel(this))
{
    setObjectName(QStringLiteral("mentionLogForm"));
    m_url->setObjectName(QStringLiteral("logUrl"));
    m_channel->setObjectName(QStringLiteral("logChannel"));
    m_when->setObjectName(QStringLiteral("logWhen"));
    m_author->setObjectName(QStringLiteral("logAuthor"));
    m_advocate->setObjectName(QStringLiteral("logAdvocate"));
    m_campaign->setObjectName(QStringLiteral("logCampaign"));
    m_reach->setObjectName(QStringLiteral("logReach"));
    m_incentivised->setObjectName(QStringLiteral("logIncentivised"));
    m_text->setObjectName(QStringLiteral("logText"));
    m_log->setObjectName(QStringLiteral("logButton"));
    m_result->setObjectName(QStringLiteral("logResult"));

    m_url->setPlaceholderText(tr("Paste the link to the review or post (optional)"));
    m_url->setToolTip(tr("Where the mention can be read. A link to Facebook, Instagram, X, LinkedIn, TikTok, YouTube, "
                         "Google Maps, Yelp or Trustpilot chooses the channel for you."));
    m_url->setClearButtonEnabled(true);
    m_channel->setPlaceholderText(tr("Choose…"));
    m_channel->setToolTip(tr("Where the mention appeared. The list is kept in the business settings."));
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_channel->setMinimumContentsLength(8);
    m_when->setCalendarPopup(true);
    // To the minute: seconds are noise when someone says when they saw a post.
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss")));
    m_when->setDisplayFormat(format);
    m_when->setToolTip(
        tr("When it was said or posted (not when you log it): a complaint's response is due from then."));
    m_author->setPlaceholderText(tr("Who said it (name or handle)"));
    m_advocate->setPlaceholderText(tr("Optional: name, e-mail or code"));
    m_advocate->setToolTip(tr("Link the mention to one of your advocates: type a few letters of their name or e-mail, "
                              "or their referral code, and pick them from the list."));
    m_campaign->setToolTip(tr("The campaign the mention came from, if any"));
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaign->setMinimumContentsLength(8);
    m_reach->setPlaceholderText(tr("Optional, e.g. 1200"));
    m_reach->setToolTip(tr("About how many people could have seen it: followers, views, or the people in the room"));
    m_incentivised->setToolTip(tr("Tick when the author was given something for it: a reused testimonial must then say "
                                  "so."));
    m_text->setPlaceholderText(tr("What was said, or a summary (Ctrl+Enter logs it)"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 2 + 2 * m_text->frameWidth() + 10);
    m_log->setToolTip(tr("Store the mention (Enter, or Ctrl+Enter in the text); the form is then ready for the next"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* sentimentRow = new QHBoxLayout;
    sentimentRow->setContentsMargins(0, 0, 0, 0);
    const struct
    {
        Sentiment sentiment;
        QString text;
        const char* name;
    } sentiments[] = {{Sentiment::Positive, tr("&Positive"), "logPositive"},
        {Sentiment::Neutral, tr("Ne&utral"), "logNeutral"}, {Sentiment::Negative, tr("&Negative"), "logNegative"}};
    for (const auto& s : sentiments) {
        auto* button = new QRadioButton(s.text, this);
        button->setObjectName(QLatin1String(s.name));
        m_sentiment->addButton(button, static_cast<int>(s.sentiment));
        sentimentRow->addWidget(button);
    }
    m_sentiment->button(static_cast<int>(Sentiment::Negative))
        ->setToolTip(tr("A negative mention goes into the response queue, due within the response target"));
    sentimentRow->addStretch(1);

    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_advocate->setCompleter(m_completer);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto label = [this](const QString& text, const char* field, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        m_labels.insert(QLatin1String(field), l);
        return l;
    };
    grid->addWidget(label(tr("Lin&k:"), "url", m_url), 0, 0);
    grid->addWidget(m_url, 0, 1, 1, 3);
    grid->addWidget(label(tr("C&hannel:"), "channel", m_channel), 0, 4);
    grid->addWidget(m_channel, 0, 5);
    grid->addWidget(label(tr("&When:"), "occurred_at", m_when), 1, 0);
    grid->addWidget(m_when, 1, 1);
    grid->addWidget(label(tr("&Author:"), "author", m_author), 1, 2);
    grid->addWidget(m_author, 1, 3);
    grid->addWidget(label(tr("Ad&vocate:"), "advocate", m_advocate), 1, 4);
    grid->addWidget(m_advocate, 1, 5);
    auto* sentimentLabel = new QLabel(tr("Sentiment:"), this);
    m_labels.insert(QStringLiteral("sentiment"), sentimentLabel);
    grid->addWidget(sentimentLabel, 2, 0);
    grid->addLayout(sentimentRow, 2, 1, 1, 3);
    grid->addWidget(label(tr("Ca&mpaign:"), "campaign", m_campaign), 2, 4);
    grid->addWidget(m_campaign, 2, 5);
    grid->addWidget(label(tr("Te&xt:"), "body", m_text), 3, 0, Qt::AlignTop);
    grid->addWidget(m_text, 3, 1, 2, 3);
    grid->addWidget(label(tr("R&each:"), "reach", m_reach), 3, 4);
    grid->addWidget(m_reach, 3, 5);
    grid->addWidget(m_incentivised, 4, 4, 1, 2, Qt::AlignTop);
    grid->addWidget(m_result, 5, 0, 1, 4);
    grid->addWidget(m_log, 5, 4, 1, 2, Qt::AlignRight);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(5, 2);

    // The fast path first: the link (which may choose the channel), then who and how.
    setTabOrder(m_url, m_channel);
    setTabOrder(m_channel, m_when);
    setTabOrder(m_when, m_author);
    setTabOrder(m_author, m_advocate);
    setTabOrder(m_advocate, m_sentiment->button(static_cast<int>(Sentiment::Positive)));
    setTabOrder(m_sentiment->button(static_cast<int>(Sentiment::Positive)), m_campaign);
    setTabOrder(m_campaign, m_reach);
    setTabOrder(m_reach, m_text);
    setTabOrder(m_text, m_incentivised);
    setTabOrder(m_incentivised, m_log);

    // Ctrl+Enter logs from anywhere in the form, the text included (where Enter is a new line).
    auto* logShortcut = new QAction(this);
    logShortcut->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    logShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(logShortcut, &QAction::triggered, this, &MentionLogForm::submit);
    addAction(logShortcut);

    connect(m_log, &QPushButton::clicked, this, &MentionLogForm::submit);
    connect(m_url, &QLineEdit::textChanged, this, &MentionLogForm::linkEdited);
    connect(m_channel, qOverload<int>(&QComboBox::activated), this, [this] {
        m_channelByHand = true;
        m_channelFromLink = false;
    });
    connect(m_advocate, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_advocateId.reset();
        suggestAdvocates(text, true);
    });
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &MentionLogForm::chooseSuggestion);
    clear();
}

QAbstractButton* MentionLogForm::sentimentButton(Sentiment sentiment) const
{
    return m_sentiment->button(static_cast<int>(sentiment));
}

void MentionLogForm::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    reloadChoices();
    clear();
    m_result->clear();
}

void MentionLogForm::reloadChoices()
{
    const QVariant channel = m_channel->currentData();
    const QVariant campaign = m_campaign->currentData();
    m_channel->clear();
    m_campaign->clear();
    m_campaign->addItem(tr("No campaign"));
    if (m_db.isValid() && m_db.isOpen()) {
        if (const auto settings = store::SettingsStore(m_db).load())
            m_channels = settings->mentionChannels;
        if (const auto campaigns = store::CampaignStore(m_db, m_clock).list()) {
            // Active ones first: they are where new word of mouth comes from.
            for (const bool active : {true, false}) {
                for (const domain::Campaign& c : campaigns.value()) {
                    if ((c.status == domain::CampaignStatus::Active) != active)
                        continue;
                    m_campaign->addItem(
                        active ? c.name : tr("%1 (%2)").arg(c.name, domain::Campaign::statusName(c.status)), c.id);
                }
            }
        }
    }
    for (const domain::MentionChannel& c : std::as_const(m_channels))
        m_channel->addItem(c.name, c.key);
    m_channel->setCurrentIndex(channel.isValid() ? m_channel->findData(channel) : -1);
    const int keep = m_campaign->findData(campaign);
    m_campaign->setCurrentIndex(keep >= 0 ? keep : 0);
}

void MentionLogForm::clear()
{
    clearProblem();
    for (QLineEdit* edit : {m_url, m_author, m_advocate, m_reach})
        edit->clear();
    m_text->clear();
    m_channel->setCurrentIndex(-1);
    m_channelByHand = false;
    m_channelFromLink = false;
    m_advocateId.reset();
    m_sentiment->button(static_cast<int>(Sentiment::Neutral))->setChecked(true);
    m_incentivised->setChecked(false);
    // Minutes only, as the field shows them: "now" must not be a few seconds in the future.
    QDateTime now = m_clock.nowUtc().toLocalTime();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    m_when->setDateTime(now);
}

void MentionLogForm::focusFirstField()
{
    m_url->setFocus(Qt::ShortcutFocusReason);
    m_url->selectAll();
}

QString MentionLogForm::channelName(const QString& key) const
{
    return domain::MentionChannels::nameOf(key, m_channels);
}

QString MentionLogForm::fieldName(const QString& field) const
{
    const QLabel* l = m_labels.value(field);
    if (!l)
        return QString();
    QString text = l->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

void MentionLogForm::linkEdited(const QString& text)
{
    // A channel the user chose stays; one the link chose follows the link.
    if (m_channelByHand)
        return;
    const std::optional<QString> key = domain::MentionChannels::keyForUrl(text);
    const int index = key ? m_channel->findData(*key) : -1;
    if (index >= 0) {
        const bool changed = m_channel->currentIndex() != index;
        m_channel->setCurrentIndex(index);
        m_channelFromLink = true;
        if (changed && m_problemField.isEmpty())
            showResult(tr("Channel: %1, from the link.").arg(m_channel->itemText(index)), false);
    } else if (m_channelFromLink) {
        m_channel->setCurrentIndex(-1);
        m_channelFromLink = false;
    }
}

void MentionLogForm::suggestAdvocates(const QString& text, bool popup)
{
    m_suggestionIds.clear();
    QStringList items;
    // Suggestions are a convenience: a failed lookup offers none, and typing goes on.
    if (const auto found = store::AdvocateLookup::suggest(m_db, text, store::AdvocateLookup::Who::NotErased)) {
        for (const store::AdvocateSuggestion& s : found.value()) {
            m_suggestionIds.insert(s.label, s.id);
            items << s.label;
        }
    }
    m_suggestions->setStringList(items);
    if (popup && !items.isEmpty())
        m_completer->complete();
}

void MentionLogForm::chooseSuggestion(const QString& text)
{
    const auto it = m_suggestionIds.constFind(text);
    if (it == m_suggestionIds.constEnd())
        return;
    m_advocateId = it.value();
    m_advocate->setText(text);
    // The completer passes the Enter that picked the advocate on to the field: it must not log.
    m_suggestionChosen = true;
    QTimer::singleShot(0, this, [this] { m_suggestionChosen = false; });
    if (m_author->text().trimmed().isEmpty())
        m_author->setText(text.section(QStringLiteral(" · "), 0, 0));
}

void MentionLogForm::keyPressEvent(QKeyEvent* event)
{
    // Enter in any field but the text (where it starts a new line) logs the mention: line edits,
    // combo boxes, the date and the buttons all pass it on to the form.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        event->accept();
        if (!m_suggestionChosen)
            submit();
        return;
    }
    QWidget::keyPressEvent(event);
}

QWidget* MentionLogForm::fieldWidget(const QString& field) const
{
    if (field == QLatin1String("occurred_at"))
        return m_when;
    if (field == QLatin1String("channel"))
        return m_channel;
    if (field == QLatin1String("author"))
        return m_author;
    if (field == QLatin1String("advocate"))
        return m_advocate;
    if (field == QLatin1String("campaign"))
        return m_campaign;
    if (field == QLatin1String("sentiment"))
        return m_sentiment->checkedButton();
    if (field == QLatin1String("reach"))
        return m_reach;
    if (field == QLatin1String("url"))
        return m_url;
    if (field == QLatin1String("body"))
        return m_text;
    return nullptr;
}

void MentionLogForm::showResult(const QString& text, bool problem)
{
    m_result->setText(text);
    m_result->setStyleSheet(problem ? alertStyleSheet(palette()) : QString());
}

void MentionLogForm::clearProblem()
{
    if (QLabel* l = m_labels.value(m_problemField))
        l->setStyleSheet(QString());
    if (QWidget* w = fieldWidget(m_problemField)) {
        w->setProperty("problem", false);
        w->setAccessibleDescription(QString());
    }
    m_problemField.clear();
    if (!m_result->styleSheet().isEmpty())
        showResult(QString(), false);
}

bool MentionLogForm::refuse(const QString& field, const QString& message)
{
    clearProblem();
    m_problemField = field;
    QWidget* widget = fieldWidget(field);
    const QString name = fieldName(field);
    //: A problem with what was typed: %1 names the field ("Channel"), %2 says what is wrong
    showResult(name.isEmpty() ? message : tr("%1: %2").arg(name, message), true);
    if (QLabel* l = m_labels.value(field))
        l->setStyleSheet(alertStyleSheet(palette()));
    if (widget) {
        widget->setProperty("problem", true);
        widget->setAccessibleDescription(message);
        widget->setFocus(Qt::OtherFocusReason);
    }
    return false;
}

bool MentionLogForm::submit()
{
    if (!m_db.isValid() || !m_db.isOpen() || !isEnabled())
        return false;
    clearProblem();
    Mention m;
    const QDateTime now = m_clock.nowUtc();
    m.occurredAt = m_when->dateTime().toUTC();
    if (!m.occurredAt.isValid())
        return refuse(QStringLiteral("occurred_at"), tr("Say when the mention happened."));
    if (m.occurredAt > now)
        return refuse(QStringLiteral("occurred_at"),
            tr("It cannot have happened in the future; it is %1 now.")
                .arg(QLocale().toString(now.toLocalTime(), QLocale::ShortFormat)));
    if (m_channel->currentIndex() < 0)
        return refuse(QStringLiteral("channel"), tr("Choose where the mention appeared."));
    m.channel = m_channel->currentData().toString();

    const QString link = m_url->text().trimmed();
    if (!link.isEmpty()) {
        const std::optional<QString> normalised = normalisedLink(link);
        if (!normalised)
            return refuse(QStringLiteral("url"),
                tr("“%1” is not a web address. Paste the whole link, e.g. https://www.yelp.com/biz/your-shop.")
                    .arg(link));
        m.url = *normalised;
    }

    const QString reachText = m_reach->text().trimmed();
    if (!reachText.isEmpty()) {
        const std::optional<qint64> reach = parseReach(reachText);
        if (!reach || *reach < 0)
            return refuse(QStringLiteral("reach"),
                tr("“%1” is not a number of people. Type about how many could see it, e.g. 1200.").arg(reachText));
        m.reach = reach;
    }

    const QString typedAdvocate = m_advocate->text().trimmed();
    if (m_advocateId) {
        m.advocateId = m_advocateId;
    } else if (!typedAdvocate.isEmpty()) {
        // Typed without picking a suggestion: taken when exactly one advocate matches.
        suggestAdvocates(typedAdvocate, false);
        if (m_suggestionIds.size() != 1)
            return refuse(QStringLiteral("advocate"),
                tr("No single advocate matches “%1”. Pick one from the list, or leave the field empty.")
                    .arg(typedAdvocate));
        m.advocateId = m_suggestionIds.constBegin().value();
    }
    if (const qint64 campaign = m_campaign->currentData().toLongLong(); campaign > 0)
        m.campaignId = campaign;

    m.author = m_author->text().trimmed();
    if (m.author.isEmpty() && m.advocateId) {
        if (const auto advocate = store::AdvocateStore(m_db, m_clock).get(*m.advocateId))
            m.author = advocate->displayName();
    }
    m.sentiment = static_cast<Sentiment>(m_sentiment->checkedId());
    m.body = m_text->toPlainText().trimmed();
    if (m.body.isEmpty() && m.url.isEmpty())
        return refuse(QStringLiteral("body"), tr("Write what was said (a summary will do), or paste the link to it."));
    m.incentivised = m_incentivised->isChecked();

    if (const Status created = store::MentionStore(m_db, m_clock).create(m); !created)
        return refuse(created.error().field, created.error().message);

    const QString channel = channelName(m.channel);
    const QString sentiment = Mention::sentimentName(m.sentiment);
    QString said = m.author.isEmpty() ? tr("Logged: a mention on %1 (%2).").arg(channel, sentiment)
                                      : tr("Logged: %1 on %2 (%3).").arg(m.author, channel, sentiment);
    if (m.responseStatus == domain::ResponseStatus::NeedsResponse && m.responseDueAt.isValid())
        said += QLatin1Char(' ')
            + tr("It is in the response queue, %1.").arg(MentionDetailsPanel::dueText(m.responseDueAt, now));
    clear();
    showResult(said, false);
    focusFirstField();
    emit logged(m);
    return true;
}

} // namespace grapevine::ui
