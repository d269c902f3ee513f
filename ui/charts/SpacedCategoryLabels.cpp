// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpacedCategoryLabels.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QChart>
#include <QGraphicsSimpleTextItem>

namespace grapevine::ui {

namespace {

// Room between two level labels, and between the plot's bottom edge and the labels, as Qt
// Charts leaves it for its own.
constexpr qreal kGap = 8.0;
constexpr qreal kBelowPlot = 6.0;

} // namespace

SpacedCategoryLabels* SpacedCategoryLabels::attach(QChart* chart, QBarCategoryAxis* axis)
{
    return new SpacedCategoryLabels(chart, axis);
}

SpacedCategoryLabels::SpacedCategoryLabels(QChart* chart, QBarCategoryAxis* axis)
    : QObject(chart)
    , m_angle(axis->labelsAngle())
{
    const QBrush brush = axis->labelsBrush();
    for (const QString& text : axis->categories()) {
        auto* item = new QGraphicsSimpleTextItem(text, chart);
        item->setFont(axis->labelsFont());
        item->setBrush(brush);
        const QRectF box = item->boundingRect();
        // A slanted label turns about the middle of its end, which sits under its bar.
        item->setTransformOriginPoint(box.width(), box.height() / 2.0);
        item->setRotation(m_angle);
        m_items.push_back(item);
    }
    // Drawn in no colour, the axis's own labels still take their room below the plot.
    axis->setLabelsBrush(Qt::transparent);
    connect(chart, &QChart::plotAreaChanged, this, &SpacedCategoryLabels::place);
    place(chart->plotArea());
}

void SpacedCategoryLabels::place(const QRectF& plotArea)
{
    if (m_items.empty())
        return;
    const qreal slot = plotArea.width() / static_cast<qreal>(m_items.size());
    int step = 1;
    if (m_angle == 0 && slot > 0) {
        qreal widest = 0;
        for (const QGraphicsSimpleTextItem* item : m_items)
            widest = std::max(widest, item->boundingRect().width());
        step = std::max(1, static_cast<int>(std::ceil((widest + kGap) / slot)));
    }
    for (size_t i = 0; i < m_items.size(); ++i) {
        QGraphicsSimpleTextItem* item = m_items[i];
        const QRectF box = item->boundingRect();
        const qreal centre = plotArea.left() + (static_cast<qreal>(i) + 0.5) * slot;
        if (m_angle == 0)
            item->setPos(centre - box.width() / 2.0, plotArea.bottom() + kBelowPlot);
        else
            item->setPos(centre - box.width(), plotArea.bottom() + kBelowPlot);
        item->setVisible(i % static_cast<size_t>(step) == 0);
    }
}

QStringList SpacedCategoryLabels::shown() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem* item : m_items)
        texts << (item->isVisible() ? item->text() : QString());
    return texts;
}

} // namespace grapevine::ui
