// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvocateWordOfMouthView.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "domain/Clock.h"
#include "domain/MentionChannels.h"
#include "domain/Money.h"
#include "metrics/AdvocateActivity.h"
#include "store/MentionStore.h"
#include "store/SettingsStore.h"

namespace grapevine::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString firstLine(const QString& text)
{
    const QString line = text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > 100 ? line.left(99) + QChar(0x2026) : line;
}

} // namespace

AdvocateWordOfMouthView::AdvocateWordOfMouthView(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("advocateWordOfMouth"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("advocateActivitySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("advocateMentions"));
    m_list->setHeaderLabels({tr("When"), tr("Channel"), tr("Sentiment"), tr("What they said")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setToolTip(tr("Double-click a mention to open it on the Mentions page"));
    for (int column = 0; column < 3; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_more = new QLabel(this);
    m_more->setObjectName(QStringLiteral("advocateMentionsMore"));
    m_more->setWordWrap(true);
    m_more->hide();
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { emit mentionActivated(item->data(0, kIdRole).toLongLong()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_more);
}

void AdvocateWordOfMouthView::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    showAdvocate(0);
}

QString AdvocateWordOfMouthView::summaryText() const
{
    return m_summary->text();
}

void AdvocateWordOfMouthView::showAdvocate(qint64 advocateId)
{
    m_advocateId = advocateId;
    m_list->clear();
    m_more->hide();
    if (advocateId <= 0 || !m_db.isOpen()) {
        m_summary->setText(tr("Select an advocate to see their referrals and what they said about you."));
        return;
    }
    const auto settings = store::SettingsStore(m_db).load();
    const auto activity = metrics::AdvocateActivity::compute(m_db, advocateId, m_clock.nowUtc());
    if (!settings || !activity) {
        m_summary->setText(tr("The figures could not be read: %1")
                               .arg(!settings ? settings.error().message : activity.error().message));
        return;
    }
    const metrics::AdvocateActivityFigures& a = activity.value();
    const metrics::WordOfMouthFigures& w = a.wordOfMouth;
    const QLocale locale;
    QString text = tr("<b>Referrals:</b> %Ln made", nullptr, static_cast<int>(a.referrals)) + QStringLiteral(" · ")
        + tr("%Ln converted", nullptr, static_cast<int>(a.converted)) + QStringLiteral(" · ")
        + tr("%1 revenue").arg(domain::Money(a.revenueMinor, settings->currency).format(locale).toHtmlEscaped());
    text += QStringLiteral("<br>") + tr("<b>Word of mouth:</b> %Ln mention(s)", nullptr, static_cast<int>(w.mentions));
    if (w.mentions > 0) {
        text += QStringLiteral(" · ")
            + tr("%1 positive, %2 neutral, %3 negative")
                  .arg(locale.toString(w.positive), locale.toString(w.neutral), locale.toString(w.negative))
            + QStringLiteral(" · ") + tr("reach %1").arg(locale.toString(w.reach));
    }
    m_summary->setText(text);

    const auto mentions = store::MentionStore(m_db, m_clock).listForAdvocate(advocateId, kShown);
    if (!mentions) {
        m_more->setText(mentions.error().message);
        m_more->show();
        return;
    }
    for (const domain::Mention& m : mentions.value()) {
        auto* item = new QTreeWidgetItem(m_list,
            {locale.toString(m.occurredAt.toLocalTime().date(), QLocale::ShortFormat),
                domain::MentionChannels::nameOf(m.channel, settings->mentionChannels),
                domain::Mention::sentimentName(m.sentiment), firstLine(m.body)});
        item->setData(0, kIdRole, m.id);
        item->setToolTip(3, m.body);
    }
    if (w.mentions > kShown) {
        m_more->setText(tr("The newest %1 of %Ln mentions are shown; the Mentions page has them all.", nullptr,
            static_cast<int>(w.mentions))
                            .arg(kShown));
        m_more->show();
    } else if (w.mentions == 0) {
        m_more->setText(
            tr("No mention is linked to this advocate yet. Link one when you log it on the Mentions page."));
        m_more->show();
    }
}

} // namespace grapevine::ui
