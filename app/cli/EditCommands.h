// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace grapevine::cli {

/// `bulk-edit add-tag|remove-tag|set-kind VALUE`: the Advocates page's bulk actions, applied to
/// every advocate who is not erased, in one transaction.
int runBulkEdit(const QString& dbPath, const QString& action, const QString& value);

/// `backup [--out FILE]`: today's daily copy in the app's backup folder (as the app makes it
/// once a day), or a copy at FILE. Either way through SQLite's online backup, owner-only, and
/// only there once complete.
int runBackup(const QString& dbPath, const QString& outPath);

} // namespace grapevine::cli
