// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisposableDomains.h"

#include <QFile>

#include "domain/Email.h"

namespace grapevine::rules {

const DisposableDomains& DisposableDomains::shipped()
{
    static const DisposableDomains list = [] {
        QFile file(QStringLiteral(":/rules/disposable-domains.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return DisposableDomains();
        return fromText(QString::fromUtf8(file.readAll()));
    }();
    return list;
}

DisposableDomains DisposableDomains::fromText(const QString& text)
{
    DisposableDomains list;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString domain = line.trimmed().toLower();
        if (!domain.isEmpty() && !domain.startsWith(QLatin1Char('#')))
            list.m_domains.insert(domain);
    }
    return list;
}

bool DisposableDomains::matches(const QString& email) const
{
    const QString norm = domain::Email::normalise(email);
    const qsizetype at = norm.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return false;
    QString domain = norm.mid(at + 1);
    // mail.yopmail.com is as disposable as yopmail.com.
    while (!domain.isEmpty()) {
        if (m_domains.contains(domain))
            return true;
        const qsizetype dot = domain.indexOf(QLatin1Char('.'));
        if (dot < 0)
            break;
        domain = domain.mid(dot + 1);
    }
    return false;
}

} // namespace grapevine::rules
