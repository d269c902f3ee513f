// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace grapevine::ui {

class FileChooser;
class Prompter;

/// One chart of the dashboard in a frame with its title, or a sentence in its place while there
/// is nothing to draw. Right-click: copy it, or save it as PNG or SVG.
class ChartCard final : public QFrame
{
    Q_OBJECT

public:
    ChartCard(const QString& title, FileChooser& files, Prompter& prompter, QWidget* parent = nullptr);

    /// Shows `chart` (the card takes it; the one shown before is deleted).
    void setChart(QChart* chart);
    /// Shows `text` instead of a chart.
    void setEmpty(const QString& text);
    QChart* chart() const;
    /// The sentence shown instead of a chart; empty while a chart is shown.
    QString emptyText() const;
    QChartView* view() const { return m_view; }
    QString title() const;

    /// The chart as an image at twice the screen's resolution, for the clipboard and PNG.
    QImage image() const;
    bool savePng(const QString& path) const;
    bool saveSvg(const QString& path) const;

private:
    void showMenu(const QPoint& pos);
    void saveAs(const QString& extension);

    FileChooser& m_files;
    Prompter& m_prompter;
    QLabel* m_title;
    QStackedWidget* m_stack;
    QChartView* m_view;
    QLabel* m_empty;
};

} // namespace grapevine::ui
