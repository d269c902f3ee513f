// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "import/ImportTypes.h"

namespace grapevine::cli {

struct ImportCommand
{
    QString kind; ///< customers, referrals or mentions
    QString file;
    importing::ImportSettings settings;
    QString mapping; ///< a preset's name, or field=Column pairs
    bool json = false;
};

/// Parses the words of --delimiter, --date-format and --on-duplicate; an empty string is fine,
/// otherwise the message says what is accepted.
QString parseDelimiter(const QString& text, importing::ImportSettings& settings);
QString parseDateFormat(const QString& text, importing::ImportSettings& settings);
QString parseDuplicatePolicy(const QString& text, importing::ImportSettings& settings);

int runImport(const QString& dbPath, ImportCommand command);
int runUndoImport(const QString& dbPath, const QString& batch);
int runImportHistory(const QString& dbPath);

} // namespace grapevine::cli
