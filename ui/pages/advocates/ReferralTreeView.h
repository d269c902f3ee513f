// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QTreeWidget>

namespace grapevine::ui {

/// Who referred whom around one advocate: their chain of referrers up to the first, then the
/// people they referred, generation by generation as branches are opened (a popular advocate
/// can have thousands of descendants, so nothing below is loaded until asked for).
class ReferralTreeView final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ReferralTreeView(QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    /// Shows the tree around `advocateId` (0: empty).
    void showAdvocate(qint64 advocateId);
    /// The item of an advocate, if it is shown.
    QTreeWidgetItem* itemFor(qint64 advocateId) const;

signals:
    /// Double-click or Enter on a person: go to them.
    void advocateActivated(qint64 advocateId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void loadChildren(QTreeWidgetItem* item);
    QTreeWidgetItem* makeItem(qint64 id, const QString& name, const QString& code, qint64 childCount);

    QSqlDatabase m_db;
};

} // namespace grapevine::ui
