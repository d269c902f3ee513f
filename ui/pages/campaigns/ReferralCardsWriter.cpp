// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralCardsWriter.h"

#include <optional>

#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include "invitations/InvitationRecipients.h"
#include "invitations/QrCode.h"

namespace grapevine::ui {

namespace {

// Business-card proportions, large enough for a 30 mm QR code beside the text; 2 × 4 of them
// fill A4 with room for cut marks in the margins.
constexpr double cardWidthMm = 90.0;
constexpr double cardHeightMm = 65.0;
constexpr double paddingMm = 5.0;
constexpr double qrSideMm = 30.0;
constexpr double gapMm = 5.0;
constexpr int resolutionDpi = 1200;

const QColor ink(0x20, 0x20, 0x20);
const QColor accent(0x5b, 0x2a, 0x86);
const QColor muted(0x60, 0x60, 0x60);
const QColor cutMark(0xa0, 0xa0, 0xa0);

class Units
{
public:
    explicit Units(const QPaintDevice& device)
        : m_perMm(device.logicalDpiX() / 25.4)
    { }
    double mm(double millimetres) const { return millimetres * m_perMm; }

private:
    double m_perMm;
};

QFont cardFont(double points, bool bold = false)
{
    QFont font;
    font.setStyleHint(QFont::SansSerif);
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Arial")});
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

/// Draws one line, elided to `width`; returns its height.
double drawLine(QPainter& painter, const QFont& font, const QColor& colour, const QPointF& topLeft, double width,
    const QString& text)
{
    const QFontMetricsF metrics(font, painter.device());
    painter.setFont(font);
    painter.setPen(colour);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, width);
    painter.drawText(QRectF(topLeft, QSizeF(width, metrics.height())), Qt::AlignLeft | Qt::AlignTop, shown);
    return metrics.height();
}

/// The largest size from `largest` down to `smallest` at which `text` fits in `width` (or
/// wraps into `rect` when `wrap`), so a long code or disclosure shrinks instead of being cut.
QFont fittingFont(const QPaintDevice& device, const QString& text, double largest, double smallest, bool bold,
    const QSizeF& box, int wrapFlags)
{
    QFont font = cardFont(largest, bold);
    for (double points = largest; points >= smallest; points -= 0.5) {
        font.setPointSizeF(points);
        const QFontMetricsF metrics(font, &device);
        const QRectF needed = wrapFlags != 0
            ? metrics.boundingRect(QRectF(QPointF(0, 0), QSizeF(box.width(), 1e9)), wrapFlags, text)
            : QRectF(0, 0, metrics.horizontalAdvance(text), metrics.height());
        if (needed.width() <= box.width() && needed.height() <= box.height())
            return font;
    }
    font.setPointSizeF(smallest);
    return font;
}

} // namespace

ReferralCardsWriter::ReferralCardsWriter(invitations::InvitationComposer composer)
    : m_composer(std::move(composer))
{ }

QString ReferralCardsWriter::rewardLine() const
{
    const bool friendGets = m_composer.campaign().friendReward.isIncentive();
    const bool advocateGets = m_composer.campaign().advocateReward.isIncentive();
    if (friendGets && advocateGets)
        return tr("Your friend gets %1, and you get %2.").arg(m_composer.friendReward(), m_composer.advocateReward());
    if (friendGets)
        return tr("Your friend gets %1.").arg(m_composer.friendReward());
    if (advocateGets)
        return tr("You get %1 for each friend you refer.").arg(m_composer.advocateReward());
    return {};
}

void ReferralCardsWriter::drawQrCode(QPainter& painter, const QRectF& square, const invitations::QrCode& code)
{
    // One rectangle per run of dark modules in a row: exact vectors at any zoom, and a fraction
    // of the objects that one square per module would make.
    const double module = square.width() / code.size();
    QPainterPath path;
    for (int y = 0; y < code.size(); ++y) {
        int x = 0;
        while (x < code.size()) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size() && code.isDark(x, y))
                ++x;
            path.addRect(square.left() + start * module, square.top() + y * module, (x - start) * module, module);
        }
    }
    path.setFillRule(Qt::WindingFill);
    painter.fillPath(path, Qt::black);
}

void ReferralCardsWriter::drawCard(QPainter& painter, const QRectF& card, const invitations::Recipient& recipient) const
{
    const Units u(*painter.device());
    const QRectF inner = card.adjusted(u.mm(paddingMm), u.mm(paddingMm), -u.mm(paddingMm), -u.mm(paddingMm));

    std::optional<invitations::QrCode> qr;
    const QString link = m_composer.linkFor(recipient);
    if (!link.isEmpty()) {
        auto encoded = invitations::QrCode::encode(link);
        if (encoded)
            qr = std::move(encoded).value();
    }
    const QRectF qrRect(inner.right() - u.mm(qrSideMm), inner.top(), u.mm(qrSideMm), u.mm(qrSideMm));
    const double textWidth = qr ? qrRect.left() - u.mm(gapMm) - inner.left() : inner.width();

    double y = inner.top();
    y += drawLine(painter, cardFont(8.0, true), accent, {inner.left(), y}, textWidth, m_composer.campaign().name);
    y += u.mm(1.0);
    const QFont nameFont
        = fittingFont(*painter.device(), recipient.displayName(), 12.0, 9.0, false, QSizeF(textWidth, u.mm(20)), 0);
    y += drawLine(painter, nameFont, ink, {inner.left(), y}, textWidth, recipient.displayName());
    y += u.mm(3.0);
    y += drawLine(painter, cardFont(7.0), muted, {inner.left(), y}, textWidth, tr("Your referral code"));
    // The code is what the friend types, so it is never cut short: it shrinks, and the longest
    // codes (up to 32 characters) break onto a second line.
    QFont codeFont
        = fittingFont(*painter.device(), recipient.referralCode, 22.0, 12.0, true, QSizeF(textWidth, 1e9), 0);
    int codeWrap = 0;
    if (QFontMetricsF(codeFont, painter.device()).horizontalAdvance(recipient.referralCode) > textWidth) {
        codeWrap = Qt::TextWrapAnywhere;
        const double twoLines = QFontMetricsF(codeFont, painter.device()).height() * 2;
        codeFont = fittingFont(
            *painter.device(), recipient.referralCode, 12.0, 7.0, true, QSizeF(textWidth, twoLines), codeWrap);
    }
    const QFontMetricsF codeMetrics(codeFont, painter.device());
    const QRectF codeRect(inner.left(), y, textWidth, codeMetrics.height() * 3);
    painter.setFont(codeFont);
    painter.setPen(ink);
    painter.drawText(codeRect, codeWrap | Qt::AlignLeft | Qt::AlignTop, recipient.referralCode);
    y += codeMetrics.boundingRect(codeRect, codeWrap, recipient.referralCode).height();
    y += u.mm(2.0);

    const double topOfSmallPrint = qr ? qrRect.bottom() + u.mm(8.0) : inner.top() + u.mm(40.0);
    const QString reward = rewardLine();
    if (!reward.isEmpty()) {
        const QRectF rewardRect(inner.left(), y, textWidth, topOfSmallPrint - u.mm(1.0) - y);
        painter.setFont(fittingFont(*painter.device(), reward, 8.5, 6.0, false, rewardRect.size(), Qt::TextWordWrap));
        painter.setPen(ink);
        painter.drawText(rewardRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, reward);
    }

    if (qr) {
        drawQrCode(painter, qrRect, *qr);
        painter.setFont(cardFont(6.0));
        painter.setPen(muted);
        // Below the QR code's quiet zone (4 modules, under 4 mm here), which must stay blank.
        const QRectF caption(qrRect.left() - u.mm(2), qrRect.bottom() + u.mm(3.5), qrRect.width() + u.mm(4), u.mm(4));
        painter.drawText(caption, Qt::AlignHCenter | Qt::AlignTop, tr("Scan to visit"));
    }

    const QString disclosure = m_composer.campaign().disclosureText.trimmed();
    if (!disclosure.isEmpty()) {
        const QRectF smallPrint(inner.left(), topOfSmallPrint, inner.width(), inner.bottom() - topOfSmallPrint);
        painter.setFont(
            fittingFont(*painter.device(), disclosure, 6.0, 4.0, false, smallPrint.size(), Qt::TextWordWrap));
        painter.setPen(muted);
        painter.drawText(smallPrint, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom, disclosure);
    }
}

void ReferralCardsWriter::drawCutMarks(QPainter& painter, const QRectF& grid) const
{
    const Units u(*painter.device());
    const double inset = u.mm(2.0);
    const double reach = u.mm(7.0);
    painter.setPen(QPen(cutMark, u.mm(0.2)));
    for (int c = 0; c <= columns; ++c) {
        const double x = grid.left() + c * grid.width() / columns;
        painter.drawLine(QPointF(x, grid.top() - inset), QPointF(x, grid.top() - reach));
        painter.drawLine(QPointF(x, grid.bottom() + inset), QPointF(x, grid.bottom() + reach));
    }
    for (int r = 0; r <= rows; ++r) {
        const double y = grid.top() + r * grid.height() / rows;
        painter.drawLine(QPointF(grid.left() - inset, y), QPointF(grid.left() - reach, y));
        painter.drawLine(QPointF(grid.right() + inset, y), QPointF(grid.right() + reach, y));
    }
}

Result<exporting::ExportOutcome> ReferralCardsWriter::write(const QString& path,
    const invitations::InvitationRecipients& recipients, const exporting::ProgressCallback& progress,
    const exporting::CancelFlag* cancel) const
{
    const auto isCancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    const auto failure = [&path](const QString& reason) {
        return Error(Error::Code::Storage,
            tr("Could not write \"%1\": %2. Check that the folder exists and can be written to, and that the "
               "disk is not full, or choose another place.")
                .arg(QDir::toNativeSeparators(path), reason));
    };
    const Result<qint64> total = recipients.count();
    if (!total)
        return total.error();
    if (*total == 0)
        return exporting::ExportOutcome {};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    QPdfWriter pdf(&file);
    pdf.setResolution(resolutionDpi);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    pdf.setTitle(tr("Referral cards: %1").arg(m_composer.campaign().name));
    pdf.setCreator(QStringLiteral("Grapevine"));

    QPainter painter;
    if (!painter.begin(&pdf)) {
        file.cancelWriting();
        return failure(tr("the PDF could not be started"));
    }
    const Units u(pdf);
    const QRectF page(QPointF(0, 0), QSizeF(u.mm(210.0), u.mm(297.0)));
    const QSizeF cardSize(u.mm(cardWidthMm), u.mm(cardHeightMm));
    const QSizeF gridSize(cardSize.width() * columns, cardSize.height() * rows);
    const QRectF grid(
        QPointF((page.width() - gridSize.width()) / 2, (page.height() - gridSize.height()) / 2), gridSize);

    if (progress)
        progress(0, *total);
    qint64 done = 0;
    bool stopped = isCancelled();
    bool pageFailed = false;
    const Status read = stopped ? Status() : recipients.forEach([&](const invitations::Recipient& recipient) {
        const int slot = static_cast<int>(done % cardsPerPage);
        if (slot == 0) {
            if (done > 0 && !pdf.newPage()) {
                pageFailed = true;
                return false;
            }
            drawCutMarks(painter, grid);
        }
        const QPointF topLeft(grid.left() + (slot % columns) * cardSize.width(),
            grid.top() + static_cast<double>(slot / columns) * cardSize.height());
        drawCard(painter, QRectF(topLeft, cardSize), recipient);
        ++done;
        if (progress)
            progress(done, *total);
        stopped = isCancelled();
        return !stopped;
    });
    painter.end();
    if (!read || stopped || pageFailed) {
        file.cancelWriting();
        file.commit();
        if (!read)
            return read.error();
        if (pageFailed)
            return failure(file.errorString());
        return exporting::ExportOutcome {0, true};
    }
    if (!file.commit())
        return failure(file.errorString());
    return exporting::ExportOutcome {done, false};
}

} // namespace grapevine::ui
