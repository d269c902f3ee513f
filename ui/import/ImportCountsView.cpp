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
    m_created = addTile("createdCount", tr("created"), tr("New advocates: people not yet in Grapevine"));
    m_updated = addTile(
        "updatedCount", tr("updated"), tr("Advocates already in Grapevine (same email) whose details change"));
    m_skipped = addTile("skippedCount", tr("skipped"),
        tr("Rows left as they are: the advocate exists and nothing changes, or duplicates are skipped"));
    m_rejected = addTile("rejectedCount", tr("rejected"),
        tr("Rows that cannot be imported as they are, each with the reason; they can be saved, fixed and imported "
           "again"));
    clear();
}

QLabel* ImportCountsView::addTile(const char* objectName, const QString& caption, const QString& tip)
{
    auto* tile = new QFrame(this);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setToolTip(tip);
    auto* number = new QLabel(tile);
    number->setObjectName(QLatin1String(objectName));
    QFont big = number->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    number->setFont(big);
    number->setAlignment(Qt::AlignCenter);
    auto* label = new QLabel(caption, tile);
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    number->setAccessibleDescription(caption);
    auto* layout = new QVBoxLayout(tile);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(0);
    layout->addWidget(number);
    layout->addWidget(label);
    static_cast<QHBoxLayout*>(this->layout())->addWidget(tile, 1);
    return number;
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
