// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>

#include <QCoreApplication>
#include <QString>

namespace grapevine::cli {

/// grapevine-cli's exit statuses.
enum ExitCode {
    Ok = 0,
    CheckFailed = 1, ///< a check found problems
    Usage = 2, ///< the command line is wrong
    Refused = 3, ///< the database could not be opened
    Failed = 4, ///< the work itself failed, and nothing of it was kept
};

inline void out(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
}

inline void err(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
}

/// The translation context of the command-line texts.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace grapevine::cli
