// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QSqlDatabase>
#include <QWidget>

#include "domain/CampaignCost.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace grapevine {
class Clock;
}

namespace grapevine::ui {

/// What a campaign cost besides its rewards (flyers, ads for the program, a launch event), for
/// its ROI and CAC: a list with the total, a line to add one, and Remove. Each change is saved
/// at once and can be undone.
class CampaignCostsView final : public QWidget
{
    Q_OBJECT

public:
    CampaignCostsView(QUndoStack& undoStack, const Clock& clock, QWidget* parent = nullptr);

    void setDatabase(QSqlDatabase db, bool readOnly);
    void setCurrency(const QString& currency);
    /// 0: no stored campaign (a new one is saved first).
    void setCampaign(qint64 campaignId);
    void reload();

    /// Records a cost as typed; false, with the reason under the fields, when it cannot.
    bool addCost(const QDate& incurredOn, const QString& description, const QString& amount);
    /// Removes the selected costs.
    void removeSelected();
    QTableWidget* table() const { return m_table; }
    const std::vector<domain::CampaignCost>& costs() const { return m_costs; }

signals:
    void costsChanged(qint64 campaignId);

private:
    void addFromFields();
    void updateEnabled();
    void showMenu(const QPoint& pos);
    struct CommandContext context();

    QUndoStack& m_undoStack;
    const Clock& m_clock;
    QSqlDatabase m_db;
    bool m_readOnly = true;
    QString m_currency = QStringLiteral("USD");
    qint64 m_campaignId = 0;
    std::vector<domain::CampaignCost> m_costs;

    QLabel* m_intro;
    QTableWidget* m_table;
    QLabel* m_total;
    QDateEdit* m_date;
    QLineEdit* m_description;
    QLineEdit* m_amount;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_error;
};

} // namespace grapevine::ui
