// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// main() for tests that need Qt's event loop and resources but no GUI.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QStandardPaths>

#include "i18n/Translations.h"

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GrapevineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("GrapevineTests"));
    // Never touch the developer's real settings or database.
    QStandardPaths::setTestModeEnabled(true);
    // Messages read as users see them: the English catalogue holds the plural forms.
    grapevine::i18n::Translations::install(QLocale(QLocale::English), false);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
