// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include "ReportExtras.h"
#include "domain/Result.h"
#include "metrics/ProgramMetrics.h"

namespace grapevine::report {

/// One chart of the report, drawn beforehand (the charts are the GUI's, so the widgets layer
/// draws them), or the sentence that stands in for it when there is nothing to draw.
struct ReportChart
{
    QString key; ///< names the image inside the document
    QString title;
    QImage image; ///< null: show `emptyText`
    QString emptyText;
};

/// Everything one report shows.
struct ReportInput
{
    Q_DECLARE_TR_FUNCTIONS(ReportInput)

public:
    std::optional<QString> campaign; ///< the campaign's name; nothing: all campaigns
    metrics::ProgramFigures figures;
    ReportExtras extras;
    std::vector<ReportChart> charts;
    QDateTime generatedAt;
    QTimeZone timeZone = QTimeZone::systemTimeZone(); ///< the business's, for the dates shown
    QLocale locale;
    metrics::Bucket bucket = metrics::Bucket::Month; ///< how the series are cut

    /// Weeks for a period of up to four months, months for a longer one.
    static metrics::Bucket bucketFor(const QDateTime& from, const QDateTime& to);
    /// The figures and lists of `query` (its bucket chosen by bucketFor()), without the charts.
    static Result<ReportInput> read(const QSqlDatabase& db, metrics::MetricsQuery query, const QDateTime& now,
        metrics::MetricsCache* cache = nullptr);
};

} // namespace grapevine::report
