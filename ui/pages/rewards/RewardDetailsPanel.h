// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace grapevine {
class Clock;
}

namespace grapevine::ui {

/// One reward and every ledger entry behind it, oldest first, so an auditor can follow how it
/// came to its status and amount.
class RewardDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit RewardDetailsPanel(const Clock& clock, QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db, const QString& currency);
    /// Shows reward `id` (0: nothing selected).
    void showReward(qint64 id);
    qint64 rewardId() const { return m_rewardId; }

private:
    void showNothing(const QString& text);

    const Clock& m_clock;
    QSqlDatabase m_db;
    QString m_currency;
    qint64 m_rewardId = 0;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QTableWidget* m_entries = nullptr;
};

} // namespace grapevine::ui
