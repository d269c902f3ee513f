// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartCard.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QVBoxLayout>

#include "widgets/Prompter.h"

namespace grapevine::ui {

ChartCard::ChartCard(const QString& title, FileChooser& files, Prompter& prompter, QWidget* parent)
    : QFrame(parent)
    , m_files(files)
    , m_prompter(prompter)
    , m_title(new QLabel(title, this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(280);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setToolTip(tr("Point at a bar or point for its exact value; click it to see the records behind it. "
                          "Right-click to copy or save the chart."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ChartCard::showMenu);
}

QString ChartCard::title() const
{
    return m_title->text();
}

QString ChartCard::emptyText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

QChart* ChartCard::chart() const
{
    return m_view->chart();
}

void ChartCard::setChart(QChart* chart)
{
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    // QChartView made a chart of its own at the start; any chart it shows is deleted with it.
    delete old;
    m_stack->setCurrentWidget(m_view);
}

void ChartCard::setEmpty(const QString& text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

QImage ChartCard::image() const
{
    const qreal scale = 2.0;
    QImage image(m_view->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->render(&painter);
    return image;
}

bool ChartCard::savePng(const QString& path) const
{
    return image().save(path, "PNG");
}

bool ChartCard::saveSvg(const QString& path) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_view->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    svg.setTitle(title());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    m_view->render(&painter);
    return painter.end() && QFileInfo(path).size() > 0;
}

void ChartCard::showMenu(const QPoint& pos)
{
    if (m_stack->currentWidget() != m_view)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Copy Chart"), this, [this] { QApplication::clipboard()->setImage(image()); });
    menu.addSeparator();
    menu.addAction(tr("Save as &PNG…"), this, [this] { saveAs(QStringLiteral("png")); });
    menu.addAction(tr("Save as &SVG…"), this, [this] { saveAs(QStringLiteral("svg")); });
    menu.exec(m_view->mapToGlobal(pos));
}

void ChartCard::saveAs(const QString& extension)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggestion
        = QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(title() + QLatin1Char('.') + extension);
    QString path = m_files.saveFile(this, tr("Save Chart"), suggestion,
        extension == QLatin1String("svg") ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension;
    const bool saved = extension == QLatin1String("svg") ? saveSvg(path) : savePng(path);
    if (!saved)
        m_prompter.warning(this, tr("Cannot Save the Chart"),
            tr("“%1” could not be written. Check that the folder exists and that you may write to it.")
                .arg(QDir::toNativeSeparators(path)));
}

} // namespace grapevine::ui
