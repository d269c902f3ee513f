// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "import/ImportTypes.h"

namespace grapevine::ui {

/// What an import did or would do, row by row: the dry run's reports (line, outcome, details)
/// or the rows it rejected (line, column, reason). At most a few thousand rows: the import
/// keeps the first ImportSummary::kMaxReports reports and kMaxIssues problems.
class ImportReportModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Line,
        Outcome, ///< the outcome of a report, the column of a problem
        Details,
        ColumnCount
    };
    /// The RowOutcome of a report as an int, for filtering.
    static constexpr int OutcomeRole = Qt::UserRole;

    explicit ImportReportModel(QObject* parent = nullptr);

    void setReports(const std::vector<importing::RowReport>& reports);
    void setIssues(const std::vector<importing::ImportIssue>& issues);
    void clear();

    static QString outcomeText(importing::RowOutcome outcome);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 line = 0;
        int outcome = -1; ///< a RowOutcome, or -1 for a problem
        QString second;
        QString details;
    };
    std::vector<Row> m_rows;
    bool m_issues = false;
};

} // namespace grapevine::ui
