// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace grapevine::db {
class Database;
}

namespace grapevine::ui {

/// Version, the open database, the Qt and SQLite in use, and the licence.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const db::Database* database, QWidget* parent = nullptr);

    /// The text shown, for tests and for "copy to clipboard".
    QString detailsText() const { return m_details; }

private:
    QString m_details;
};

} // namespace grapevine::ui
