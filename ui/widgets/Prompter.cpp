// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Prompter.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace grapevine::ui {

namespace {

/// The texts name advocates, campaigns and files as the user typed or imported them; a name
/// such as "<b>Bo</b>" must show as written, where QMessageBox's automatic format would
/// render it as rich text.
void showPlain(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace

void MessageBoxPrompter::information(QWidget* parent, const QString& title, const QString& text)
{
    showPlain(QMessageBox::Information, parent, title, text);
}

void MessageBoxPrompter::warning(QWidget* parent, const QString& title, const QString& text)
{
    showPlain(QMessageBox::Warning, parent, title, text);
}

bool MessageBoxPrompter::confirm(QWidget* parent, const QString& title, const QString& text, const QString& yesText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton* yes = box.addButton(yesText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

QString MessageBoxPrompter::askText(
    QWidget* parent, const QString& title, const QString& label, const QStringList& suggestions)
{
    bool ok = false;
    const QString text = QInputDialog::getItem(parent, title, label, suggestions, -1, true, &ok);
    return ok ? text.trimmed() : QString();
}

QString DialogFileChooser::openFile(
    QWidget* parent, const QString& caption, const QString& directory, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString DialogFileChooser::saveFile(
    QWidget* parent, const QString& caption, const QString& directory, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

} // namespace grapevine::ui
