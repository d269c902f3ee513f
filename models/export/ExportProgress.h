// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>

#include <QtGlobal>

namespace grapevine::exporting {

/// Called from the exporting thread now and then: `done` of `total` items so far.
using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

/// Set from any thread to stop an export; the export then leaves no file behind.
using CancelFlag = std::atomic<bool>;

/// How an export ended when nothing failed.
struct ExportOutcome
{
    qint64 written = 0; ///< rows or cards in the finished file; 0 when cancelled
    bool cancelled = false;
};

} // namespace grapevine::exporting
