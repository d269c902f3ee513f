// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The GUI entry point: arguments, translators, the main window, the event loop. Nothing else;
// anything worth testing lives in ui/ or models/.
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>

#include "db/Database.h"
#include "i18n/Translations.h"
#include "mainwindow/WindowHost.h"
#include "settings/AppIdentity.h"
#include "settings/Settings.h"
#include "version.h"
#include "widgets/Appearance.h"
#include "widgets/Prompter.h"

namespace {

void configureParser(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Grapevine: peer-to-peer marketing for small businesses — advocates, referral campaigns, word of mouth."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"),
        QCoreApplication::translate("main", "The database file to open (default: the last one used)."),
        QStringLiteral("[database]"));
}

bool wantsOnlyText(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v" || arg == "-?")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    grapevine::AppIdentity::apply(QStringLiteral(GRAPEVINE_VERSION));

    // --help and --version must work on a machine without a display (scripts, packaging
    // checks), so they are answered before any window system is touched.
    if (wantsOnlyText(argc, argv)) {
        QCoreApplication app(argc, argv);
        grapevine::i18n::Translations::install(QLocale(), false);
        QCommandLineParser parser;
        configureParser(parser);
        parser.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(GRAPEVINE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/grapevine.svg")));

    grapevine::Settings settings;
    // The language chosen in Settings, else the system's.
    grapevine::ui::WindowHost::applyLanguage(settings.value<QString>(grapevine::Settings::Key::Language));
    grapevine::ui::Appearance::apply(settings.value<QString>(grapevine::Settings::Key::Appearance));

    QCommandLineParser parser;
    configureParser(parser);
    parser.process(app);

    grapevine::ui::MessageBoxPrompter prompter;
    grapevine::ui::DialogFileChooser files;
    grapevine::ui::WindowHost host(settings, prompter, files);

    QString path;
    if (!parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    else
        path = settings.value<QString>(grapevine::Settings::Key::LastDatabase);
    if (path.isEmpty())
        path = grapevine::db::Database::defaultPath();
    // A first start: nothing named, nothing used before, no file yet.
    host.start(parser.positionalArguments().isEmpty() && !QFileInfo::exists(path) ? QString() : path);

    return app.exec();
}
