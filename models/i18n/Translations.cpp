// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>
#include <vector>

namespace grapevine::i18n {

namespace {

std::vector<QPointer<QTranslator>>& installed()
{
    static std::vector<QPointer<QTranslator>> translators;
    return translators;
}

void add(QTranslator* translator)
{
    QCoreApplication::installTranslator(translator);
    installed().emplace_back(translator);
}

} // namespace

void Translations::install(const QLocale& locale, bool withQt)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return;
    for (const QPointer<QTranslator>& t : installed()) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();

    // Translators installed later are asked first, so English goes in first.
    auto* english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/grapevine_en.qm")))
        add(english);
    else
        delete english;

    auto* native = new QTranslator(app);
    if (locale.language() != QLocale::English
        && native->load(locale, QStringLiteral("grapevine"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        add(native);
    else
        delete native;

    if (withQt) {
        auto* qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            add(qt);
        else
            delete qt;
    }
}

QStringList Translations::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("grapevine_*.qm")});
    for (QString file : files) {
        file.remove(QStringLiteral("grapevine_"));
        file.chop(3);
        languages << file;
    }
    return languages;
}

} // namespace grapevine::i18n
