// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "ReportDocument.h"
#include "ReportPages.h"
#include "domain/Result.h"

namespace grapevine::report {

enum class ReportFormat {
    Pdf,
    Html,
    Csv, ///< the numbers, one "metric,value" row each, then one row per campaign
    Json ///< the numbers for scripts, under the names of MetricsJson
};

/// Writes a report file in one of the four formats. Every file is written whole or not at all
/// (QSaveFile): a failed or cancelled report leaves an earlier file of that name as it was.
class ReportFiles final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFiles)

public:
    /// "pdf", "html", "csv" or "json", in any case; nothing for another word.
    static std::optional<ReportFormat> formatNamed(const QString& name);
    static QString extension(ReportFormat format);
    /// Whether the format has the charts (and so needs them drawn first).
    static bool showsCharts(ReportFormat format) { return format == ReportFormat::Pdf || format == ReportFormat::Html; }

    /// MetricsJson::program() with the campaign's name (null: all campaigns).
    static QJsonObject json(const metrics::ProgramFigures& figures, const std::optional<QString>& campaign);

    /// Writes `input` to `path`. For a PDF, `onPage` is asked before each page and may stop it;
    /// `cancelled` then says so and nothing is written.
    static Status write(const ReportInput& input, ReportFormat format, const QString& path,
        const ReportPages::PageCallback& onPage = {}, bool* cancelled = nullptr);
};

} // namespace grapevine::report
