// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralCode.h"

#include <QRandomGenerator>

namespace grapevine::domain {

const QString& ReferralCode::alphabet()
{
    static const QString chars = QStringLiteral("23456789ABCDEFGHJKMNPQRSTUVWXYZ");
    return chars;
}

QString ReferralCode::generate(const QString& firstName, QRandomGenerator& random)
{
    QString prefix;
    // Decomposing separates accents from letters, so "Zoë" gives ZOE and "Łukasz" gives UKASZ
    // rather than nothing.
    for (const QChar c : firstName.normalized(QString::NormalizationForm_KD)) {
        const char16_t u = c.toUpper().unicode();
        if (u >= u'A' && u <= u'Z')
            prefix.append(QChar(u));
        if (prefix.size() == 8)
            break;
    }
    if (prefix.size() < 2)
        prefix = QStringLiteral("FRIEND");
    const QString& chars = alphabet();
    QString suffix;
    for (int i = 0; i < 3; ++i)
        suffix.append(chars.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(chars.size())))));
    return prefix + QLatin1Char('-') + suffix;
}

QString ReferralCode::normalise(const QString& code)
{
    QString out = code.trimmed().toUpper();
    out.remove(QLatin1Char(' '));
    return out;
}

QString ReferralCode::problem(const QString& code)
{
    const QString c = normalise(code);
    if (c.size() < 3)
        return tr("A referral code needs at least 3 characters.");
    if (c.size() > 32)
        return tr("A referral code can have at most 32 characters.");
    for (const QChar ch : c) {
        const bool allowed = (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z'))
            || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) || ch == QLatin1Char('-');
        if (!allowed)
            return tr("A referral code can only use the letters A–Z, digits and dashes; \"%1\" is not allowed.")
                .arg(QString(ch));
    }
    if (c.startsWith(QLatin1Char('-')) || c.endsWith(QLatin1Char('-')))
        return tr("A referral code cannot start or end with a dash.");
    return {};
}

} // namespace grapevine::domain
