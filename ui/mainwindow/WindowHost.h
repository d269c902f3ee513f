// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
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

/// Owns the main window, and builds it anew when the person picks another language or other
/// colours: every label is then made in that language and every chart in those colours, the
/// same file open on the same page, instead of each widget retranslating and recolouring itself.
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

    /// Applies the colours of `mode` (an `Appearance` mode) and rebuilds the window, whose
    /// charts and alerts take their colours from the palette when they are made.
    bool switchAppearance(const QString& mode);

    /// The locale for a language setting (empty: the system's).
    static QLocale localeFor(const QString& language);
    /// Applies `language` to the application without touching any window.
    static void applyLanguage(const QString& language);

private:
    void makeWindow();
    /// Closes the window, calls `change`, and opens a new one on the same file and page.
    bool rebuild(const std::function<void()>& change);

    Settings& m_settings;
    Prompter& m_prompter;
    FileChooser& m_files;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace grapevine::ui
