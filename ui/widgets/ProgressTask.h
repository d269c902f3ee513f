// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QSqlDatabase>
#include <QString>

#include "domain/Result.h"
#include "export/ExportProgress.h"

class QWidget;

namespace grapevine::db {
class Database;
}

namespace grapevine::ui {

/// The work of runWithProgress: it reads through `connection` (its own), reports through
/// `progress` and stops soon after `cancel` becomes true.
using ProgressWork = std::function<Status(
    QSqlDatabase connection, const exporting::ProgressCallback& progress, const exporting::CancelFlag& cancel)>;

/// Runs `work` on a thread of its own, with a connection of its own to `database`, behind a
/// modal progress dialog with a Cancel button (long exports: the window stays painted and the
/// user can stop). Returns the work's Status once it has finished, whether cancelled or not.
Status runWithProgress(QWidget* parent, const db::Database& database, const QString& label, const ProgressWork& work);

} // namespace grapevine::ui
