// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

namespace grapevine::cli {

struct ExportCommand
{
    QString kind; ///< advocates, referrals, rewards or mentions
    QString out;
    QChar delimiter = QLatin1Char(',');
    bool byteOrderMark = true;
};

int runExport(const QString& dbPath, const ExportCommand& command);

} // namespace grapevine::cli
