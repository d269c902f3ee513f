// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowHost.h"

#include <QLocale>
#include <QTimer>

#include "MainWindow.h"
#include "db/Database.h"
#include "i18n/Translations.h"
#include "widgets/Appearance.h"

namespace grapevine::ui {

WindowHost::WindowHost(Settings& settings, Prompter& prompter, FileChooser& files)
    : m_settings(settings)
    , m_prompter(prompter)
    , m_files(files)
{
    makeWindow();
}

WindowHost::~WindowHost() = default;

void WindowHost::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_settings, m_prompter, m_files);
    // Queued: the window that asks is still inside its Settings dialog's handler.
    connect(
        m_window.get(), &MainWindow::languageChosen, this,
        [this](const QString& language) { switchLanguage(language); }, Qt::QueuedConnection);
    connect(
        m_window.get(), &MainWindow::appearanceChosen, this, [this](const QString& mode) { switchAppearance(mode); },
        Qt::QueuedConnection);
}

void WindowHost::start(const QString& path)
{
    m_window->show();
    if (path.isEmpty())
        m_window->showWelcome();
    else
        m_window->openDatabase(path);
}

QLocale WindowHost::localeFor(const QString& language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void WindowHost::applyLanguage(const QString& language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    i18n::Translations::install(locale);
}

bool WindowHost::switchLanguage(const QString& language)
{
    return rebuild([&language] { applyLanguage(language); });
}

bool WindowHost::switchAppearance(const QString& mode)
{
    return rebuild([&mode] { Appearance::apply(mode); });
}

bool WindowHost::rebuild(const std::function<void()>& change)
{
    const QString path = m_window->database() ? m_window->database()->path() : QString();
    const bool readOnly = m_window->database() && m_window->database()->isReadOnly();
    const bool wasVisible = m_window->isVisible();
    // close() saves the window's size, page and table layouts, and lets go of the file.
    if (!m_window->close())
        return false;
    m_window.reset();
    change();
    makeWindow();
    if (wasVisible)
        m_window->show();
    if (path.isEmpty())
        m_window->showWelcome();
    else if (readOnly)
        m_window->openDatabaseReadOnly(path, QString());
    else
        m_window->openDatabase(path);
    return true;
}

} // namespace grapevine::ui
