// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>

#include "ReportInput.h"

class QTextDocument;

namespace grapevine::report {

/// The campaign report as rich text: the title and period, the key figures against the
/// previous period, the funnel, the charts, the campaigns, the top advocates, rewards paid and
/// owed, costs, testimonials and notable mentions, and the incentive disclosures. Every text
/// that comes from the database is escaped, so a name like "<script>" prints as it is written.
/// The same text makes the HTML file, the PDF, the print-out and the preview.
class ReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    /// Where the charts' images come from.
    enum class Images {
        Embedded, ///< inside the HTML as data: URLs, for a file that stands alone
        Resources ///< named "chart:KEY", added to a QTextDocument by textDocument()
    };

    /// The width of the page's text in CSS pixels, which the charts are drawn to fit.
    static constexpr int kBodyWidth = 680;
    /// Two charts and their spacing fit on one page.
    static constexpr int kChartHeight = 400;

    /// "Referral report: Spring friends" or "Referral report: all campaigns".
    static QString title(const ReportInput& input);
    /// "1 Apr 2026 – 30 Apr 2026", or "Up to 30 Apr 2026" for a period open at the start.
    static QString period(const ReportInput& input);

    static QString html(const ReportInput& input, Images images);
    /// The report laid out for pages of `pageWidth` (layout pixels), charts included.
    static std::unique_ptr<QTextDocument> textDocument(const ReportInput& input);
};

} // namespace grapevine::report
