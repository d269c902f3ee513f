// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QWidget>

#include "itemmodels/LeaderboardModel.h"

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace grapevine::ui {

/// The Leaderboard tab: the top advocates overall or in one campaign.
class LeaderboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit LeaderboardView(QWidget* parent = nullptr);

    /// `campaigns` are (id, name) pairs for the campaign choice.
    void setDatabase(const QSqlDatabase& db, const QString& currency, const QList<QPair<qint64, QString>>& campaigns);
    /// Reads the board again for the chosen campaign.
    void reload();
    itemmodels::LeaderboardModel& model() { return m_model; }

signals:
    void errorOccurred(const QString& message);

private:
    QSqlDatabase m_db;
    QString m_currency;
    itemmodels::LeaderboardModel m_model;
    QComboBox* m_campaign = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace grapevine::ui
