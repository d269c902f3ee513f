// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <vector>

#include <QAbstractTableModel>
#include <QStringList>

#include "csv/CsvReader.h"
#include "domain/ImportBatch.h"

namespace grapevine::ui {

/// The first rows of an import file as a table: the file's line number, then its columns as the
/// reader split them. A row with problems is tinted and says why in its tooltip; a heading's
/// tooltip says which advocate field the column fills.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const QStringList& header, const std::vector<csv::CsvRow>& rows,
        const std::vector<QStringList>& problems, domain::ImportKind kind, const std::map<QString, int>& columns);
    void clear();

    /// The problems of a row, empty when it has none.
    QStringList problems(int row) const;
    int rowsWithProblems() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    std::vector<csv::CsvRow> m_rows;
    std::vector<QStringList> m_problems;
    QStringList m_fieldOfColumn; ///< the advocate field each column fills, or empty
};

} // namespace grapevine::ui
