// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QObject>
#include <QStringList>

class QBarCategoryAxis;
class QChart;
class QGraphicsSimpleTextItem;
class QRectF;

namespace grapevine::ui {

/// Labels under a bottom category axis, drawn whole. Qt Charts cuts each category label to
/// the width of its bar slot, so a year of months at half a window reads "D… Jan F… …" and
/// campaign names "Refer …". Here a label is never shortened:
/// - a slanted axis (`labelsAngle` not 0) has every label slanted, ending under its bar;
/// - a level axis shows every label when they fit side by side, else every second (third, …).
/// The axis keeps its own labels, invisible, so that the chart still leaves room for ours.
class SpacedCategoryLabels final : public QObject
{
    Q_OBJECT

public:
    /// Takes over the labels of `axis`, which must be at the bottom of `chart`; owned by `chart`.
    static SpacedCategoryLabels* attach(QChart* chart, QBarCategoryAxis* axis);

    /// The labels as shown now, in order; an empty string for one left out for room.
    QStringList shown() const;

private:
    SpacedCategoryLabels(QChart* chart, QBarCategoryAxis* axis);
    void place(const QRectF& plotArea);

    std::vector<QGraphicsSimpleTextItem*> m_items;
    qreal m_angle = 0;
};

} // namespace grapevine::ui
