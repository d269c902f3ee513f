// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCountsView.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "widgets/AlertColor.h"

namespace grapevine::ui {

ImportCountsView::ImportCountsView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_created = addTile("createdCount");
    m_updated = addTile("updatedCount");
    m_skipped = addTile("skippedCount");
    m_rejected = addTile("rejectedCount");
    setKind(domain::ImportKind::Advocates);
    clear();
}

QLabel* ImportCountsView::addTile(const char* objectName)
{
    auto* tile = new QFrame(this);
    tile->setFrameShape(QFrame::StyledPanel);
    auto* number = new QLabel(tile);
    number->setObjectName(QLatin1String(objectName));
    QFont big = number->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    number->setFont(big);
    number->setAlignment(Qt::AlignCenter);
    auto* label = new QLabel(tile);
    label->setObjectName(QLatin1String(objectName) + QStringLiteral("Caption"));
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(tile);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(0);
    layout->addWidget(number);
    layout->addWidget(label);
    static_cast<QHBoxLayout*>(this->layout())->addWidget(tile, 1);
    return number;
}

void ImportCountsView::setTile(QLabel* number, const QString& caption, const QString& tip)
{
    number->setAccessibleDescription(caption);
    number->parentWidget()->setToolTip(tip);
    number->parentWidget()->findChild<QLabel*>(number->objectName() + QStringLiteral("Caption"))->setText(caption);
}

void ImportCountsView::setKind(domain::ImportKind kind)
{
    const QString rejectedTip = tr("Rows that cannot be imported as they are, each with the reason; they can be saved, "
                                   "fixed and imported again");
    switch (kind) {
    case domain::ImportKind::Referrals:
    case domain::ImportKind::Orders:
        setTile(m_created, tr("new referrals"),
            tr("Orders with an advocate's referral code, or a referrer named, and no referral yet: recorded as new "
               "referrals (converted when the order has a value)"));
        setTile(m_updated, tr("converted"),
            tr("Open referrals whose friend ordered: marked converted with the order's value, rewards as the "
               "campaign says"));
        setTile(m_skipped, tr("skipped"),
            tr("Ordinary orders without a referral, refunds and cancellations, and orders already recorded"));
        break;
    case domain::ImportKind::Mentions:
        setTile(m_created, tr("added"), tr("New mentions; negative ones join the response queue"));
        setTile(m_updated, tr("updated"), tr("Mentions are never changed by an import"));
        setTile(m_skipped, tr("skipped"),
            tr("Mentions already in Grapevine: the same link, or the same time, "
               "channel, author and text"));
        break;
    case domain::ImportKind::Advocates:
        setTile(m_created, tr("created"), tr("New advocates: people not yet in Grapevine"));
        setTile(m_updated, tr("updated"), tr("Advocates already in Grapevine (same email) whose details change"));
        setTile(m_skipped, tr("skipped"),
            tr("Rows left as they are: the advocate exists and nothing changes, or duplicates are skipped"));
        break;
    }
    setTile(m_rejected, tr("rejected"), rejectedTip);
    m_updated->parentWidget()->setVisible(kind != domain::ImportKind::Mentions);
}

void ImportCountsView::setSummary(const importing::ImportSummary& summary)
{
    const QLocale locale;
    m_created->setText(locale.toString(summary.created));
    m_updated->setText(locale.toString(summary.updated));
    m_skipped->setText(locale.toString(summary.skipped));
    m_rejected->setText(locale.toString(summary.rejected));
    m_rejected->setStyleSheet(summary.rejected > 0 ? alertStyleSheet(palette()) : QString());
}

void ImportCountsView::clear()
{
    for (QLabel* label : {m_created, m_updated, m_skipped, m_rejected}) {
        //: Shown instead of a number that is not known yet
        label->setText(tr("—"));
        label->setStyleSheet(QString());
    }
}

} // namespace grapevine::ui
