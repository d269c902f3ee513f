// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace grapevine::cli {

struct ReportCommand
{
    QString campaign; ///< an id or a name; empty: all campaigns
    QString from; ///< YYYY-MM-DD, the first day; empty: since the first referral
    QString to; ///< YYYY-MM-DD, the last day (included); empty: today
    QString format; ///< pdf, html, csv or json
    QString out;
};

/// Needs a QApplication for the charts of a PDF or HTML report.
int runReport(const QString& dbPath, const ReportCommand& command);

} // namespace grapevine::cli
