// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Prompter.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace grapevine::ui {

void MessageBoxPrompter::information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

void MessageBoxPrompter::warning(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

bool MessageBoxPrompter::confirm(QWidget* parent, const QString& title, const QString& text, const QString& yesText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
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
