// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace grapevine::ui {

/// One key figure of the dashboard: what it is, its value, and how it changed against the
/// period before. The tooltip has the exact values.
class KpiTile final : public QFrame
{
    Q_OBJECT

public:
    KpiTile(const QString& caption, const QString& help, QWidget* parent = nullptr);

    /// `change` is "▲ 12 % vs the previous period" or empty.
    void setValue(const QString& value, const QString& change, const QString& details);
    QString value() const;
    QString change() const;

private:
    QString m_help;
    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_change;
};

} // namespace grapevine::ui
