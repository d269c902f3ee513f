// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QStringList>
#include <QWidget>

#include "widgets/Prompter.h"

namespace grapevine::test {

/// Records every message instead of showing it, and answers confirmations as preset.
class FakePrompter final : public ui::Prompter
{
public:
    void information(QWidget*, const QString& title, const QString& text) override
    {
        informations << title + QStringLiteral(": ") + text;
    }
    void warning(QWidget*, const QString& title, const QString& text) override
    {
        warnings << title + QStringLiteral(": ") + text;
    }
    bool confirm(QWidget*, const QString& title, const QString& text, const QString&) override
    {
        confirmations << title + QStringLiteral(": ") + text;
        return nextAnswer;
    }

    QString askText(QWidget*, const QString& title, const QString&, const QStringList&) override
    {
        questions << title;
        return nextTexts.isEmpty() ? QString() : nextTexts.takeFirst();
    }

    QStringList informations;
    QStringList questions;
    QStringList nextTexts; ///< answers to askText(), in order; none left = cancelled
    QStringList warnings;
    QStringList confirmations;
    bool nextAnswer = true;
};

/// Answers file dialogs with preset names (empty = the user cancelled).
class FakeFileChooser final : public ui::FileChooser
{
public:
    QString openFile(QWidget*, const QString&, const QString&, const QString&) override { return take(); }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override { return take(); }

    QStringList nextFiles;
    int asked = 0;

private:
    QString take()
    {
        ++asked;
        return nextFiles.isEmpty() ? QString() : nextFiles.takeFirst();
    }
};

/// Saves a picture of `widget` as <name>.png when GRAPEVINE_SCREENSHOT_DIR is set, so a person
/// can look at what a test built (the widget is rendered as it would be on screen).
inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("GRAPEVINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace grapevine::test
