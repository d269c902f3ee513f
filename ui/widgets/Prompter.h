// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

namespace grapevine::ui {

/// Message boxes behind an interface, so widget tests can preset the answers instead of
/// racing a modal dialog with timers.
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warning(QWidget* parent, const QString& title, const QString& text) = 0;
    /// True for the affirmative answer (`yesText`), false for Cancel.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& yesText) = 0;
    /// A line of text, offering `suggestions` (an editable list); empty when cancelled.
    virtual QString askText(QWidget* parent, const QString& title, const QString& label, const QStringList& suggestions)
        = 0;
};

/// The real thing: QMessageBox.
class MessageBoxPrompter final : public Prompter
{
public:
    void information(QWidget* parent, const QString& title, const QString& text) override;
    void warning(QWidget* parent, const QString& title, const QString& text) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& yesText) override;
    QString askText(
        QWidget* parent, const QString& title, const QString& label, const QStringList& suggestions) override;
};

/// File dialogs behind an interface, for the same reason.
class FileChooser
{
public:
    virtual ~FileChooser() = default;
    /// An existing file, or empty when cancelled.
    virtual QString openFile(QWidget* parent, const QString& caption, const QString& directory, const QString& filter)
        = 0;
    /// A file name to write, or empty when cancelled.
    virtual QString saveFile(QWidget* parent, const QString& caption, const QString& directory, const QString& filter)
        = 0;
};

/// The real thing: QFileDialog (the platform's native dialog where there is one).
class DialogFileChooser final : public FileChooser
{
public:
    QString openFile(QWidget* parent, const QString& caption, const QString& directory, const QString& filter) override;
    QString saveFile(QWidget* parent, const QString& caption, const QString& directory, const QString& filter) override;
};

} // namespace grapevine::ui
