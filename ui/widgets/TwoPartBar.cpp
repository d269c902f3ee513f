// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TwoPartBar.h"

#include <algorithm>

#include <QGridLayout>
#include <QResizeEvent>

namespace grapevine::ui {

TwoPartBar::TwoPartBar(QWidget* first, QWidget* second, QWidget* parent)
    : QWidget(parent)
    , m_first(first)
    , m_second(second)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    // The layout would hold the bar to the width of both parts side by side.
    m_grid->setSizeConstraint(QLayout::SetNoConstraint);
    m_grid->setColumnStretch(0, 1);
    m_grid->addWidget(m_first, 0, 0);
    m_grid->addWidget(m_second, 1, 0, Qt::AlignLeft);
}

QSize TwoPartBar::minimumSizeHint() const
{
    return QSize(std::max(m_first->minimumSizeHint().width(), m_second->minimumSizeHint().width()),
        QWidget::minimumSizeHint().height());
}

void TwoPartBar::setPacked(bool packed)
{
    m_packed = packed;
    place();
}

void TwoPartBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width());
}

void TwoPartBar::arrange(int width)
{
    const int needed = m_first->sizeHint().width() + m_grid->horizontalSpacing() + m_second->sizeHint().width();
    const bool oneLine = width >= needed;
    if (oneLine == m_oneLine)
        return;
    m_oneLine = oneLine;
    place();
}

void TwoPartBar::place()
{
    m_grid->removeWidget(m_second);
    if (m_oneLine)
        m_grid->addWidget(m_second, 0, 1, m_packed ? Qt::AlignLeft : Qt::Alignment());
    else
        m_grid->addWidget(m_second, 1, 0, Qt::AlignLeft);
    const bool packedLine = m_oneLine && m_packed;
    m_grid->setColumnStretch(0, packedLine ? 0 : 1);
    m_grid->setColumnStretch(1, packedLine ? 1 : 0);
}

} // namespace grapevine::ui
