// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmptyStatePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace grapevine::ui {

EmptyStatePage::EmptyStatePage(const QIcon& icon, const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
    , m_buttons(new QHBoxLayout)
{
    m_icon->setObjectName(QStringLiteral("emptyStateIcon"));
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_icon->setPixmap(icon.pixmap(QSize(72, 72)));
    m_icon->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    // A centred column of bounded width: a word-wrapped label placed with an alignment flag
    // loses its height-for-width and shows one clipped line.
    auto* column = new QWidget(this);
    column->setObjectName(QStringLiteral("emptyStateColumn"));
    column->setMinimumWidth(220);
    column->setMaximumWidth(560);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_icon);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_text);
    columnLayout->addSpacing(12);
    m_buttons->addStretch();
    m_buttons->addStretch();
    columnLayout->addLayout(m_buttons);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 20); // grows to its maximum before the margins do
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyStatePage::setTitle(const QString& title)
{
    m_title->setText(title);
}

void EmptyStatePage::setText(const QString& text)
{
    m_text->setText(text);
}

QString EmptyStatePage::title() const
{
    return m_title->text();
}

QString EmptyStatePage::text() const
{
    return m_text->text();
}

QPushButton* EmptyStatePage::addButton(const QString& text)
{
    auto* button = new QPushButton(text, this);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

} // namespace grapevine::ui
