// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// main() for widget tests. Discovery (--gtest_list_tests) runs this binary before ctest applies
// the test environment, so the offscreen platform is chosen here when nothing else is.
#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardPaths>

#include "i18n/Translations.h"

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GrapevineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("GrapevineTests"));
    QStandardPaths::setTestModeEnabled(true);
    // Messages read as users see them: the English catalogue holds the plural forms.
    grapevine::i18n::Translations::install(QLocale(QLocale::English), false);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
