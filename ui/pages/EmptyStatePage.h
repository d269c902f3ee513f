// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace grapevine::ui {

/// A centred icon, headline and explanation, with optional buttons: what a page shows when it
/// has nothing yet, saying what will be there and what to do.
class EmptyStatePage final : public QWidget
{
    Q_OBJECT

public:
    EmptyStatePage(const QIcon& icon, const QString& title, const QString& text, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setText(const QString& text);
    QString title() const;
    QString text() const;
    /// Adds a button under the text; returns it so the caller can connect it.
    QPushButton* addButton(const QString& text);

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QHBoxLayout* m_buttons;
};

} // namespace grapevine::ui
