// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportReportModel.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QPalette>

#include "widgets/AlertColor.h"

namespace grapevine::ui {

using importing::RowOutcome;

ImportReportModel::ImportReportModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

QString ImportReportModel::outcomeText(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Created:
        return tr("Created");
    case RowOutcome::Updated:
        return tr("Updated");
    case RowOutcome::Skipped:
        return tr("Skipped");
    case RowOutcome::Rejected:
        return tr("Rejected");
    }
    return {};
}

void ImportReportModel::setReports(const std::vector<importing::RowReport>& reports)
{
    beginResetModel();
    m_issues = false;
    m_rows.clear();
    m_rows.reserve(reports.size());
    for (const importing::RowReport& r : reports)
        m_rows.push_back({r.row, static_cast<int>(r.outcome), outcomeText(r.outcome), r.detail});
    endResetModel();
}

void ImportReportModel::setIssues(const std::vector<importing::ImportIssue>& issues)
{
    beginResetModel();
    m_issues = true;
    m_rows.clear();
    m_rows.reserve(issues.size());
    for (const importing::ImportIssue& i : issues)
        m_rows.push_back({i.row, -1, i.column, i.message});
    endResetModel();
}

void ImportReportModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ImportReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportReportModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Line:
            return QLocale().toString(row.line);
        case Outcome:
            return row.second;
        case Details:
            return row.details;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Details && !row.details.isEmpty() ? row.details : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Outcome && row.outcome == static_cast<int>(RowOutcome::Rejected))
            return alertColor(QApplication::palette());
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Line ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case OutcomeRole:
        return row.outcome;
    default:
        return {};
    }
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Outcome:
        return m_issues ? tr("Column") : tr("Outcome");
    case Details:
        return m_issues ? tr("Reason") : tr("Details");
    default:
        return {};
    }
}

} // namespace grapevine::ui
