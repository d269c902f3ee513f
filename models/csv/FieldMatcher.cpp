// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldMatcher.h"

#include <algorithm>

#include <QFile>
#include <QSet>

namespace grapevine::csv {

FieldMatcher::FieldMatcher(const QString& resource, const QStringList& keys)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return;
    int line = 0;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(raw).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = text.left(colon).trimmed();
        if (!keys.contains(key))
            continue;
        ++line;
        int position = 0;
        for (const QString& heading : text.mid(colon + 1).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const QString n = normalise(heading);
            if (!n.isEmpty())
                m_entries.push_back({key, n, line * 1000 + position++});
        }
    }
}

QString FieldMatcher::normalise(const QString& heading)
{
    const QString decomposed = heading.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            out += c; // accents (combining marks), spaces and punctuation go
    }
    return out;
}

std::map<QString, int> FieldMatcher::match(const QStringList& header) const
{
    // Every (rank, column, field) a heading allows, best first; each field and column used once.
    struct Candidate
    {
        int rank;
        int column;
        const QString* key;
    };
    std::vector<Candidate> candidates;
    for (int c = 0; c < header.size(); ++c) {
        const QString n = normalise(header.at(c));
        for (const Entry& e : m_entries) {
            if (e.heading == n)
                candidates.push_back({e.rank, c, &e.key});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.column < b.column;
    });
    std::map<QString, int> mapping;
    QSet<int> usedColumns;
    for (const Candidate& c : candidates) {
        if (usedColumns.contains(c.column) || mapping.count(*c.key))
            continue;
        mapping.emplace(*c.key, c.column);
        usedColumns.insert(c.column);
    }
    return mapping;
}

} // namespace grapevine::csv
