// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentionDetailsPanel.h"

#include <cmath>

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/AlertColor.h"

namespace grapevine::ui {

using domain::Mention;
using domain::ResponseStatus;

namespace {

QString shortDateTime(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString row(const QString& name, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:10px'><b>%1</b></td><td>%2</td></tr>").arg(name, value);
}

} // namespace

MentionDetailsPanel::MentionDetailsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mentionDetails"));
    m_nothing = new QLabel(this);
    m_nothing->setObjectName(QStringLiteral("mentionDetailsHint"));
    m_nothing->setWordWrap(true);
    m_nothing->setAlignment(Qt::AlignCenter);

    // What was said, on the left, scrolling as one page when it is long; the answer on the right.
    m_said = new QTextBrowser(this);
    m_said->setObjectName(QStringLiteral("mentionDetailsText"));
    m_said->setOpenExternalLinks(true);
    m_said->setFrameShape(QFrame::StyledPanel);

    m_responseBox = new QGroupBox(tr("Response"), this);
    m_due = new QLabel(m_responseBox);
    m_due->setObjectName(QStringLiteral("mentionDue"));
    m_due->setWordWrap(true);
    m_responseEdit = new QPlainTextEdit(m_responseBox);
    m_responseEdit->setObjectName(QStringLiteral("responseEdit"));
    m_responseEdit->setPlaceholderText(tr("What you answered, or will answer (Ctrl+Enter keeps it)"));
    m_responseEdit->setToolTip(
        tr("The response is kept with the mention: what was said, and when. Choose Respond once you have answered."));
    m_responseEdit->setTabChangesFocus(true);
    m_responseEdit->setMinimumHeight(m_responseEdit->fontMetrics().lineSpacing() * 3 + 12);
    m_responseButtons = new QHBoxLayout;
    auto* responseLayout = new QVBoxLayout(m_responseBox);
    responseLayout->addWidget(m_due);
    responseLayout->addWidget(m_responseEdit, 1);
    responseLayout->addLayout(m_responseButtons);
    connect(m_responseEdit, &QPlainTextEdit::textChanged, this, &MentionDetailsPanel::responseEdited);

    auto* content = new QWidget(this);
    auto* contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_said, 3);
    contentLayout->addWidget(m_responseBox, 2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_nothing);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showNothing(tr("Select a mention to see it whole and answer it."));
}

void MentionDetailsPanel::addButtons(QHBoxLayout* row, const QList<QAction*>& actions)
{
    for (QAction* action : actions) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        row->addWidget(button);
    }
    row->addStretch(1);
}

void MentionDetailsPanel::setResponseActions(const QList<QAction*>& actions)
{
    addButtons(m_responseButtons, actions);
}

std::optional<qint64> MentionDetailsPanel::mentionId() const
{
    return m_mention ? std::optional<qint64>(m_mention->id) : std::nullopt;
}

QString MentionDetailsPanel::responseText() const
{
    return m_responseEdit->toPlainText().trimmed();
}

void MentionDetailsPanel::markResponseSaved()
{
    m_responseEdit->document()->setModified(false);
}

QString MentionDetailsPanel::dueLabelText() const
{
    return m_due->text();
}

QString MentionDetailsPanel::saidText() const
{
    return m_said->toPlainText();
}

void MentionDetailsPanel::showNothing(const QString& text)
{
    m_mention.reset();
    m_nothing->setText(text);
    m_stack->setCurrentWidget(m_nothing);
    m_responseEdit->blockSignals(true);
    m_responseEdit->clear();
    m_responseEdit->blockSignals(false);
}

void MentionDetailsPanel::showMention(const Mention& m, const Names& names, const QDateTime& now)
{
    // Typing in progress survives a refresh of the same mention, unless the stored answer changed
    // underneath it (an undo): then the stored one is shown.
    const bool keepTyping = m_mention && m_mention->id == m.id && m_mention->responseText == m.responseText
        && m_responseEdit->document()->isModified();
    m_mention = m;
    const QLocale locale;

    const QString title
        = m.author.isEmpty() ? tr("On %1").arg(names.channel) : tr("%1 on %2").arg(m.author, names.channel);
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='1'>").arg(title.toHtmlEscaped());
    html += row(tr("When"), shortDateTime(m.occurredAt).toHtmlEscaped());
    QString sentiment = Mention::sentimentName(m.sentiment).toHtmlEscaped();
    if (m.reach)
        sentiment += QStringLiteral(" · ") + tr("reach %1").arg(locale.toString(*m.reach));
    html += row(tr("Sentiment"), sentiment);
    if (!names.advocate.isEmpty())
        html += row(tr("Advocate"), names.advocate.toHtmlEscaped());
    if (!names.campaign.isEmpty())
        html += row(tr("Campaign"), names.campaign.toHtmlEscaped());
    if (!m.url.isEmpty()) {
        const QUrl url(m.url);
        const QString shown = m.url.size() > 60 ? QString(m.url.left(59) + QChar(0x2026)) : m.url;
        // Only web links become clickable; anything else is shown as the text it is.
        html += row(tr("Link"),
            url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
                ? QStringLiteral("<a href=\"%1\">%2</a>")
                      .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), shown.toHtmlEscaped())
                : shown.toHtmlEscaped());
    }
    if (m.incentivised)
        html += row(tr("Incentivised"), tr("The author was rewarded: any reuse carries the disclosure."));
    if (m.isTestimonial) {
        //: %1 the day the author allowed the reuse, %2 how ("By e-mail")
        html += row(tr("Testimonial"),
            tr("Reuse allowed on %1 (%2)")
                .arg(locale.toString(m.testimonialPermissionAt.toLocalTime().date(), QLocale::ShortFormat),
                    m.testimonialPermissionHow)
                .toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    const QString body = m.body.isEmpty() ? tr("(No text was logged.)") : m.body;
    html += QStringLiteral("<p style='white-space: pre-wrap'>%1</p>").arg(body.toHtmlEscaped());
    m_said->setHtml(html);

    if (!keepTyping) {
        m_responseEdit->blockSignals(true);
        m_responseEdit->setPlainText(m.responseText);
        m_responseEdit->document()->setModified(false);
        m_responseEdit->blockSignals(false);
    }
    showDue(now);

    m_stack->setCurrentIndex(1);
    emit responseEdited();
}

void MentionDetailsPanel::refreshDue(const QDateTime& now)
{
    if (m_mention)
        showDue(now);
}

void MentionDetailsPanel::showDue(const QDateTime& now)
{
    const Mention& m = *m_mention;
    bool overdue = false;
    QString text;
    switch (m.responseStatus) {
    case ResponseStatus::NeedsResponse:
        if (m.responseDueAt.isValid()) {
            overdue = m.responseDueAt < now;
            //: %1 is "overdue by 3 h" or "due in 5 h", %2 the due date and time
            text = tr("Needs a response: %1 (%2).").arg(dueText(m.responseDueAt, now), shortDateTime(m.responseDueAt));
        } else {
            text = tr("Needs a response.");
        }
        if (m.respondedAt.isValid())
            text += QLatin1Char(' ') + tr("Reopened; first answered %1.").arg(shortDateTime(m.respondedAt));
        break;
    case ResponseStatus::Responded:
        text = tr("Responded %1. Resolve it when nothing more is needed.").arg(shortDateTime(m.respondedAt));
        break;
    case ResponseStatus::Resolved:
        text = tr("Resolved %1; responded %2.").arg(shortDateTime(m.resolvedAt), shortDateTime(m.respondedAt));
        break;
    case ResponseStatus::None:
        text = tr("No response needed. If you answered anyway, write what you said and choose Respond.");
        break;
    }
    m_due->setText(text);
    m_due->setStyleSheet(overdue ? alertStyleSheet(palette()) : QString());
}

QString MentionDetailsPanel::spanText(qint64 seconds)
{
    const qint64 span = seconds < 0 ? -seconds : seconds;
    if (span < 3600)
        return tr("%n min", nullptr, static_cast<int>(std::max<qint64>(1, (span + 59) / 60)));
    if (span < 48 * 3600)
        return tr("%n h", nullptr, static_cast<int>(std::llround(static_cast<double>(span) / 3600.0)));
    return tr("%n day(s)", nullptr, static_cast<int>(std::llround(static_cast<double>(span) / 86400.0)));
}

QString MentionDetailsPanel::dueText(const QDateTime& due, const QDateTime& now)
{
    const qint64 seconds = now.secsTo(due);
    return seconds < 0 ? tr("overdue by %1").arg(spanText(seconds)) : tr("due in %1").arg(spanText(seconds));
}

QString MentionDetailsPanel::testimonialText(const Mention& m, const QString& channelName)
{
    //: The date under a copied testimonial; reorder as your language writes dates
    const QString date = QLocale().toString(m.occurredAt.toLocalTime().date(), tr("d MMMM yyyy"));
    QStringList source;
    if (!m.author.trimmed().isEmpty())
        source << m.author.trimmed();
    source << channelName << date;
    //: A copied testimonial: %1 the words, %2 who said it, where and when
    QString text = tr("“%1”\n— %2").arg(m.body.trimmed(), source.join(QStringLiteral(", ")));
    if (m.incentivised)
        text += QLatin1Char('\n') + tr("The author received a reward from us.");
    return text;
}

QString MentionDetailsPanel::describe(const Mention& m, const QString& channelName)
{
    return m.author.trimmed().isEmpty() ? channelName : m.author.trimmed();
}

} // namespace grapevine::ui
