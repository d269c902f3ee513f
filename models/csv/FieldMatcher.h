// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <vector>

#include <QString>
#include <QStringList>

namespace grapevine::csv {

/// Finds which column of a file holds which field from the columns' headings, using a list of
/// the headings each field goes by in the exports people bring (a resource file of lines
/// "field_key: Heading | Other heading | …", best first). Headings are compared without case,
/// accents, spaces or punctuation. Each field and each column is used at most once.
class FieldMatcher final
{
public:
    /// `resource`: e.g. ":/import/order-columns.txt". Keys not in `keys` are ignored.
    FieldMatcher(const QString& resource, const QStringList& keys);

    /// Field key → column.
    std::map<QString, int> match(const QStringList& header) const;

    /// How headings are compared: "E-Mail-Adresse" and "e_mail adresse" are the same.
    static QString normalise(const QString& heading);

private:
    struct Entry
    {
        QString key;
        QString heading; ///< normalised
        int rank; ///< lower wins when two columns claim a field
    };
    std::vector<Entry> m_entries;
};

} // namespace grapevine::csv
