// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "domain/BusinessSettings.h"
#include "domain/Result.h"

namespace grapevine::store {

/// Reads and writes the business settings kept in the key/value `settings` table, so they
/// travel with the database file.
class SettingsStore final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)

public:
    explicit SettingsStore(QSqlDatabase db);

    /// The stored settings; a key that is missing or holds a value this build cannot use gives
    /// that setting's default, so a damaged row never blocks opening the file.
    Result<domain::BusinessSettings> load() const;
    /// Validates, then writes every key in one transaction.
    Status save(const domain::BusinessSettings& settings);

private:
    QSqlDatabase m_db;
};

} // namespace grapevine::store
