// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include "csv/ColumnMatcher.h"
#include "domain/Result.h"

namespace grapevine::importing {

/// A column mapping saved under a name ("Weekly Shopify export") and used again the next week.
/// Columns are remembered by their heading, not their position, so a file whose columns moved
/// still maps the same way.
struct MappingPreset
{
    QString name;
    std::map<QString, QString> columns; ///< field key ("email", see ColumnMatcher::key) → column heading

    /// The mapping for a file with `header`; fields whose heading is not in it are left out and
    /// their headings listed in `missing`.
    csv::ColumnMapping apply(const QStringList& header, QStringList* missing = nullptr) const;
    /// The same for any kind of file: field key → column.
    std::map<QString, int> columnsIn(const QStringList& header, QStringList* missing = nullptr) const;
    static MappingPreset fromMapping(const QString& name, const csv::ColumnMapping& mapping, const QStringList& header);
    static MappingPreset fromColumns(
        const QString& name, const std::map<QString, int>& columns, const QStringList& header);
};

/// The business's saved mappings, kept in the database (they belong to the business's files,
/// not to one person's computer).
class MappingPresets final
{
    Q_DECLARE_TR_FUNCTIONS(MappingPresets)

public:
    static Result<QStringList> names(QSqlDatabase db);
    static Result<std::optional<MappingPreset>> load(QSqlDatabase db, const QString& name);
    /// Adds or replaces the preset of that name.
    static Status save(QSqlDatabase db, const MappingPreset& preset);
    static Status remove(QSqlDatabase db, const QString& name);

    /// A mapping written out: "email=E-Mail, first_name=Vorname". The error says which part is wrong.
    /// `keys`: the fields of the kind of file (customers when empty).
    static Result<MappingPreset> parse(const QString& text, const QStringList& keys = {});
    static QStringList customerKeys();
    /// The field whose key is `key`, if there is one.
    static std::optional<csv::CustomerField> fieldForKey(const QString& key);
};

} // namespace grapevine::importing
