// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include "domain/Result.h"
#include "export/ExportProgress.h"
#include "invitations/InvitationComposer.h"

class QPainter;

namespace grapevine::invitations {
class InvitationRecipients;
class QrCode;
} // namespace grapevine::invitations

namespace grapevine::ui {

/// Printable referral cards as a PDF: A4 pages of 2 × 4 cards with cut marks, each with the
/// advocate's name, their code in large type, a QR code of their personal link (vector, about
/// 30 mm so phones read it from arm's length), the campaign, the rewards and the disclosure.
/// Pages are streamed: thousands of cards take no more memory than one page.
class ReferralCardsWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReferralCardsWriter)

public:
    static constexpr int columns = 2;
    static constexpr int rows = 4;
    static constexpr int cardsPerPage = columns * rows;

    explicit ReferralCardsWriter(invitations::InvitationComposer composer);

    /// Writes a card per recipient. The file appears only when complete: cancelling or a failure
    /// leaves no file and an older one untouched. With no recipients nothing is written.
    /// Safe to call off the UI thread (it paints only on the PDF).
    Result<exporting::ExportOutcome> write(const QString& path, const invitations::InvitationRecipients& recipients,
        const exporting::ProgressCallback& progress = {}, const exporting::CancelFlag* cancel = nullptr) const;

    /// The line under the code: what each side gets, or empty when the campaign offers nothing.
    QString rewardLine() const;

private:
    void drawCard(QPainter& painter, const QRectF& card, const invitations::Recipient& recipient) const;
    void drawCutMarks(QPainter& painter, const QRectF& grid) const;
    static void drawQrCode(QPainter& painter, const QRectF& square, const invitations::QrCode& code);

    invitations::InvitationComposer m_composer;
};

} // namespace grapevine::ui
