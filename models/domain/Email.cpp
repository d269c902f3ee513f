// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Email.h"

namespace grapevine::domain {

namespace {

bool isInvisible(char32_t c)
{
    switch (c) {
    case 0x00AD: // soft hyphen
    case 0x180E: // Mongolian vowel separator
    case 0x200B: // zero-width space
    case 0x200C: // zero-width non-joiner
    case 0x200D: // zero-width joiner
    case 0x200E: // left-to-right mark
    case 0x200F: // right-to-left mark
    case 0x2060: // word joiner
    case 0xFEFF: // byte order mark / zero-width no-break space
        return true;
    default:
        // Bidirectional embeddings, overrides and isolates: invisible, and a spoofing vector.
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}

} // namespace

QString Email::normalise(const QString& email)
{
    QString out;
    out.reserve(email.size());
    for (const char32_t c : email.toUcs4()) {
        if (isInvisible(c) || QChar::isSpace(c) || QChar::category(c) == QChar::Other_Control)
            continue;
        out.append(QString::fromUcs4(&c, 1));
    }
    return out.toLower();
}

QString Email::problem(const QString& email)
{
    const QString e = normalise(email);
    if (e.isEmpty())
        return tr("The email address is empty.");
    const qsizetype at = e.indexOf(QLatin1Char('@'));
    if (at < 0)
        return tr("The email address \"%1\" has no @ sign.").arg(email.trimmed());
    if (e.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return tr("The email address \"%1\" has more than one @ sign.").arg(email.trimmed());
    const QString local = e.left(at);
    const QString domain = e.mid(at + 1);
    if (local.isEmpty())
        return tr("The email address \"%1\" has nothing before the @ sign.").arg(email.trimmed());
    if (local.size() > 64)
        return tr("The part before the @ sign of \"%1\" is longer than 64 characters.").arg(email.trimmed());
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String("..")))
        return tr("The email address \"%1\" has a misplaced dot before the @ sign.").arg(email.trimmed());
    if (domain.isEmpty())
        return tr("The email address \"%1\" has nothing after the @ sign.").arg(email.trimmed());
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return tr("The domain of \"%1\" needs a dot, as in example.com.").arg(email.trimmed());
    for (const QString& label : labels) {
        if (label.isEmpty() || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return tr("The domain of \"%1\" is not a valid domain name.").arg(email.trimmed());
        for (const QChar ch : label) {
            if (!(ch.isLetterOrNumber() || ch == QLatin1Char('-')))
                return tr("The domain of \"%1\" contains the character \"%2\", which domains cannot have.")
                    .arg(email.trimmed(), QString(ch));
        }
    }
    if (e.size() > 254)
        return tr("The email address is longer than 254 characters.");
    for (const QChar ch : local) {
        if (ch == QLatin1Char('"') || ch == QLatin1Char('(') || ch == QLatin1Char(')') || ch == QLatin1Char(',')
            || ch == QLatin1Char(':') || ch == QLatin1Char(';') || ch == QLatin1Char('<') || ch == QLatin1Char('>')
            || ch == QLatin1Char('[') || ch == QLatin1Char(']') || ch == QLatin1Char('\\'))
            return tr("The email address \"%1\" contains the character \"%2\" before the @ sign.")
                .arg(email.trimmed(), QString(ch));
    }
    return {};
}

bool Email::isValid(const QString& email)
{
    return problem(email).isEmpty();
}

} // namespace grapevine::domain
