// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace grapevine::ui {

KpiTile::KpiTile(const QString& caption, const QString& help, QWidget* parent)
    : QFrame(parent)
    , m_help(help)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setToolTip(help);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_change->setObjectName(QStringLiteral("kpiChange"));
    m_change->setForegroundRole(QPalette::PlaceholderText);
    // Wrapped, not one line each: a long caption or comparison (German runs half as long again
    // as English) would otherwise widen the tile row past the window.
    m_caption->setWordWrap(true);
    m_change->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

void KpiTile::setValue(const QString& value, const QString& change, const QString& details)
{
    m_value->setText(value);
    m_change->setText(change.isEmpty() ? QStringLiteral(" ") : change);
    m_value->setAccessibleDescription(m_caption->text());
    setToolTip(details.isEmpty() ? m_help : m_help + QStringLiteral("\n\n") + details);
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::change() const
{
    return m_change->text().trimmed();
}

} // namespace grapevine::ui
