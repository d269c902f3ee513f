// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QSqlDatabase>
#include <QString>

#include "domain/Result.h"

class QWidget;

namespace grapevine::db {
class Database;
}

namespace grapevine::ui {

/// Runs `work` on a thread of its own, with a connection of its own to `database`, while a
/// modal busy dialog keeps the window painted and says what is happening. For all-or-nothing
/// work that cannot be cancelled half-way (an erase rewrites the file); returns its Status.
Status runInBackground(QWidget* parent, const db::Database& database, const QString& label,
    const std::function<Status(QSqlDatabase connection)>& work);

} // namespace grapevine::ui
