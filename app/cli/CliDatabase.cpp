// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliDatabase.h"

#include "CliSupport.h"

namespace grapevine::cli {

std::unique_ptr<db::Database> openDatabase(const QString& path)
{
    db::OpenFailure failure;
    auto database = db::Database::open(path, {}, &failure);
    if (!database)
        err(failure.message);
    return database;
}

std::unique_ptr<db::Database> openForChanges(const QString& path, const QString& readOnlyMessage)
{
    auto database = openDatabase(path);
    if (database && database->isReadOnly()) {
        err(readOnlyMessage.arg(database->readOnlyReason()));
        return nullptr;
    }
    return database;
}

} // namespace grapevine::cli
