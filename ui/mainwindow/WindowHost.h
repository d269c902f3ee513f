// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QString>

namespace grapevine {
class Settings;
}

namespace grapevine::ui {

class FileChooser;
class MainWindow;
class Prompter;

/// Owns the main window, and builds it anew when the person picks another language: every
/// label is then made in that language, the same file open on the same page, instead of each
/// widget retranslating itself.
class WindowHost final : public QObject
{
    Q_OBJECT

public:
    WindowHost(Settings& settings, Prompter& prompter, FileChooser& files);
    ~WindowHost() override;

    MainWindow* window() const { return m_window.get(); }

    /// Shows the window with `path` open, or the welcome page when `path` is empty.
    void start(const QString& path);

    /// Installs `language` (a locale name; empty: the system's) for Grapevine and Qt's own
    /// dialogs, as the default locale for numbers, dates and money, and rebuilds the window.
    /// False when the window would not close (an import still running, say).
    bool switchLanguage(const QString& language);

    /// The locale for a language setting (empty: the system's).
    static QLocale localeFor(const QString& language);
    /// Applies `language` to the application without touching any window.
    static void applyLanguage(const QString& language);

private:
    void makeWindow();

    Settings& m_settings;
    Prompter& m_prompter;
    FileChooser& m_files;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace grapevine::ui
