// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QString>

#include "domain/Result.h"

class QPagedPaintDevice;
class QTextDocument;

namespace grapevine::report {

/// Lays a rich-text document out on the pages of a PDF or a printer and paints each page with
/// a header (the title on the left, the period on the right) and "Page 3 of 7" at the foot.
/// The layout is made at a fixed 96 dots per inch and scaled to the device, so the PDF, the
/// printout and the tests break the pages in the same places whatever the screen.
class ReportPages final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPages)

public:
    /// Asked before each page; false stops painting.
    using PageCallback = std::function<bool(int page, int pages)>;

    /// A4 in most of the world, Letter where the locale measures in inches; 15 mm margins.
    static QPageLayout defaultLayout(const QLocale& locale = QLocale());

    /// Paints `document` on `device` (whose page layout is already set), which must not have a
    /// painter yet. Returns the number of pages, 0 when `onPage` said stop, or an error when the
    /// device cannot be painted on.
    static Result<int> paint(QTextDocument& document, QPagedPaintDevice& device, const QString& headerLeft,
        const QString& headerRight, const PageCallback& onPage = {});
};

} // namespace grapevine::report
