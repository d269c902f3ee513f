// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QWidget>

#include "domain/Campaign.h"
#include "domain/Result.h"

class QPushButton;
class QTableWidget;

namespace grapevine::ui {

/// The milestone ladder of a campaign as an editable table: one row per step, with Add and
/// Remove. Rows keep the milestone ids they were loaded with.
class MilestoneTable final : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        Threshold,
        Kind,
        Value,
        Description,
        ColumnCount
    };

    explicit MilestoneTable(QWidget* parent = nullptr);

    void setMilestones(const std::vector<domain::Milestone>& milestones);
    void setCurrency(const QString& currency);
    /// The ladder as typed, or an Error on the "milestones" field naming the row it cannot read.
    Result<std::vector<domain::Milestone>> milestones() const;
    /// Adds a row one step above the highest threshold, ready to edit.
    void addRow();
    void removeCurrentRow();
    QTableWidget* table() const { return m_table; }

signals:
    void edited();

private:
    void insertRow(const domain::Milestone& milestone);
    void updateButtons();

    QString m_currency = QStringLiteral("USD");
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    bool m_loading = false;
};

} // namespace grapevine::ui
