// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPages.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace grapevine::report {

namespace {

constexpr qreal kLayoutDpi = 96.0;
constexpr qreal kBandHeight = 22.0; ///< header and footer, in layout pixels
constexpr qreal kBandGap = 10.0;

/// A paint device of exactly 96 dpi for the layout, whatever the screen says.
QImage layoutDevice()
{
    QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = qRound(kLayoutDpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

} // namespace

QPageLayout ReportPages::defaultLayout(const QLocale& locale)
{
    const QPageSize size(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

Result<int> ReportPages::paint(QTextDocument& document, QPagedPaintDevice& device, const QString& headerLeft,
    const QString& headerRight, const PageCallback& onPage)
{
    QImage layoutOn = layoutDevice();
    const qreal scaleX = device.logicalDpiX() / kLayoutDpi;
    const qreal scaleY = device.logicalDpiY() / kLayoutDpi;
    const QRect paintRect = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal width = paintRect.width() / scaleX;
    const qreal height = paintRect.height() / scaleY;
    const qreal bodyTop = kBandHeight + kBandGap;
    const qreal bodyHeight = height - 2 * (kBandHeight + kBandGap);
    if (width < 100 || bodyHeight < 100)
        return Error {Error::Code::Invalid, tr("The page is too small for the report.")};

    document.documentLayout()->setPaintDevice(&layoutOn);
    document.setPageSize(QSizeF(width, bodyHeight));
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device)) {
        document.documentLayout()->setPaintDevice(nullptr);
        return Error {Error::Code::Storage, tr("The report cannot be drawn on this printer or file.")};
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(scaleX, scaleY);
    // Pixel sizes: in layout pixels, so the painter's scale makes them the right size on paper.
    QFont bandFont = document.defaultFont();
    bandFont.setPixelSize(11);
    const QColor bandColour(0x55, 0x50, 0x5c);
    const QFontMetricsF metrics(bandFont, &layoutOn);

    for (int page = 0; page < pages; ++page) {
        if (onPage && !onPage(page, pages)) {
            painter.end();
            document.documentLayout()->setPaintDevice(nullptr);
            return 0;
        }
        if (page > 0)
            device.newPage();

        painter.setFont(bandFont);
        painter.setPen(bandColour);
        const QRectF header(0, 0, width, kBandHeight);
        const QString right = metrics.elidedText(headerRight, Qt::ElideLeft, width * 0.4);
        const QString left
            = metrics.elidedText(headerLeft, Qt::ElideRight, width - metrics.horizontalAdvance(right) - 24);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, left);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, right);
        painter.drawLine(QPointF(0, kBandHeight), QPointF(width, kBandHeight));
        const QRectF footer(0, height - kBandHeight, width, kBandHeight);
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 of %2").arg(page + 1).arg(pages));

        painter.save();
        painter.translate(0, bodyTop - page * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * bodyHeight, width, bodyHeight);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    const bool ended = painter.end();
    document.documentLayout()->setPaintDevice(nullptr);
    if (!ended)
        return Error {Error::Code::Storage, tr("The report could not be finished.")};
    return pages;
}

} // namespace grapevine::report
