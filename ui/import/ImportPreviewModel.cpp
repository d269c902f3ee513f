// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewModel.h"

#include <algorithm>

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QStyle>

#include "import/ImportKinds.h"
#include "widgets/AlertColor.h"

namespace grapevine::ui {

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ImportPreviewModel::setPreview(const QStringList& header, const std::vector<csv::CsvRow>& rows,
    const std::vector<QStringList>& problems, domain::ImportKind kind, const std::map<QString, int>& columns)
{
    beginResetModel();
    m_header = header;
    m_rows = rows;
    m_problems = problems;
    m_problems.resize(m_rows.size());
    m_fieldOfColumn = QStringList();
    for (int c = 0; c < m_header.size(); ++c)
        m_fieldOfColumn << QString();
    for (const auto& [key, column] : columns) {
        if (column >= 0 && column < m_fieldOfColumn.size())
            m_fieldOfColumn[column] = importing::ImportKinds::fieldName(kind, key);
    }
    endResetModel();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_header.clear();
    m_rows.clear();
    m_problems.clear();
    m_fieldOfColumn.clear();
    endResetModel();
}

QStringList ImportPreviewModel::problems(int row) const
{
    return row >= 0 && static_cast<size_t>(row) < m_problems.size() ? m_problems[static_cast<size_t>(row)]
                                                                    : QStringList();
}

int ImportPreviewModel::rowsWithProblems() const
{
    int n = 0;
    for (const QStringList& p : m_problems)
        n += p.isEmpty() ? 0 : 1;
    return n;
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    // Rows with more values than headings show them too: the extra ones are the problem.
    qsizetype widest = m_header.size();
    for (const csv::CsvRow& row : m_rows)
        widest = std::max(widest, row.fields.size());
    return static_cast<int>(widest) + 1;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const csv::CsvRow& row = m_rows[static_cast<size_t>(index.row())];
    const QStringList& problems = m_problems[static_cast<size_t>(index.row())];
    const int field = index.column() - 1;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return QLocale().toString(row.row);
        // One line per cell: an address with line breaks would make the row three lines high.
        return field < row.fields.size() ? QString(row.fields.at(field)).replace(QLatin1Char('\n'), QChar(0x21B5))
                                         : QVariant();
    case Qt::ToolTipRole:
        if (!problems.isEmpty())
            return tr("Line %1 has a problem:\n%2").arg(QLocale().toString(row.row), problems.join(QLatin1Char('\n')));
        if (field >= 0 && field < row.fields.size() && row.fields.at(field).size() > 40)
            return row.fields.at(field);
        return {};
    case Qt::BackgroundRole:
        if (!problems.isEmpty()) {
            QColor tint = alertColor(QApplication::palette());
            tint.setAlpha(40);
            return tint;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == 0 && !problems.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == 0)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int field = section - 1;
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("Line");
        return field < m_header.size() ? m_header.at(field) : tr("(extra value)");
    }
    if (role == Qt::ToolTipRole) {
        if (section == 0)
            return tr("The line of the file where the row starts");
        if (field >= m_header.size())
            return tr("Some rows have more values than the file has columns");
        const QString target = m_fieldOfColumn.value(field);
        return target.isEmpty() ? tr("“%1” is not imported").arg(m_header.at(field))
                                : tr("“%1” is imported as %2").arg(m_header.at(field), target);
    }
    return {};
}

} // namespace grapevine::ui
