// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIdentity.h"

#include <QCoreApplication>

namespace grapevine {

void AppIdentity::apply(const QString& version)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Grapevine"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("grapevine.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Grapevine"));
    if (!version.isEmpty())
        QCoreApplication::setApplicationVersion(version);
}

} // namespace grapevine
