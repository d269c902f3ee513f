// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>

#include "db/Database.h"

namespace grapevine::cli {

/// Opens the database as the app does (creating or updating it); when it cannot be opened,
/// prints why on stderr and gives nothing (the command then exits with Refused).
std::unique_ptr<db::Database> openDatabase(const QString& path);

/// The same for a command that changes the file: a read-only file is refused too, with
/// `readOnlyMessage` ("%1": why the file is read-only) printed.
std::unique_ptr<db::Database> openForChanges(const QString& path, const QString& readOnlyMessage);

} // namespace grapevine::cli
