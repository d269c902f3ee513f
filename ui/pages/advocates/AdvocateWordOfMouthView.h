// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace grapevine {
class Clock;
}

namespace grapevine::ui {

/// An advocate's word of mouth beside their referrals: the totals in one line, then what they
/// said, newest first. Double-clicking a mention asks for it to be opened on the Mentions page.
class AdvocateWordOfMouthView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kShown = 200;

    explicit AdvocateWordOfMouthView(const Clock& clock, QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    /// Shows advocate `advocateId` (0: nothing).
    void showAdvocate(qint64 advocateId);
    QString summaryText() const;
    QTreeWidget* list() const { return m_list; }

signals:
    void mentionActivated(qint64 mentionId);

private:
    const Clock& m_clock;
    QSqlDatabase m_db;
    qint64 m_advocateId = 0;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_more = nullptr;
};

} // namespace grapevine::ui
