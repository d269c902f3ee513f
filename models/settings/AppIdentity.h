// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace grapevine {

/// Names under which the GUI and the CLI find the same settings and default database.
struct AppIdentity
{
    /// Sets organisation and application names (and the version, when given) on
    /// QCoreApplication. Call before anything reads QSettings or QStandardPaths.
    static void apply(const QString& version = QString());
    static QString applicationId() { return QStringLiteral("org.grapevine.Grapevine"); }
};

} // namespace grapevine
