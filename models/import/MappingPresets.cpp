// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingPresets.h"

#include "ImportKinds.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "store/SqlSupport.h"

namespace grapevine::importing {

using csv::CustomerField;

namespace {

const QString kSettingKey = QStringLiteral("import_mapping_presets");

Result<QJsonObject> readAll(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(kSettingKey);
    if (!q.exec())
        return store::storageError(q.lastError(), MappingPresets::tr("Reading the saved column mappings"));
    if (!q.next())
        return QJsonObject();
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

Status writeAll(const QSqlDatabase& db, const QJsonObject& all)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kSettingKey);
    q.addBindValue(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return store::storageError(q.lastError(), MappingPresets::tr("Saving the column mapping"));
    return {};
}

} // namespace

std::map<QString, int> MappingPreset::columnsIn(const QStringList& header, QStringList* missing) const
{
    std::map<QString, int> found;
    for (const auto& [key, heading] : columns) {
        qsizetype column = header.indexOf(heading);
        if (column < 0) {
            // "E-mail" saved, "E-Mail" this week: the same column to a person.
            for (qsizetype i = 0; i < header.size() && column < 0; ++i) {
                if (csv::ColumnMatcher::normalise(header.at(i)) == csv::ColumnMatcher::normalise(heading))
                    column = i;
            }
        }
        if (column < 0) {
            if (missing)
                *missing << heading;
            continue;
        }
        found[key] = static_cast<int>(column);
    }
    return found;
}

csv::ColumnMapping MappingPreset::apply(const QStringList& header, QStringList* missing) const
{
    csv::ColumnMapping mapping;
    for (const auto& [key, column] : columnsIn(header, missing)) {
        if (const std::optional<CustomerField> field = MappingPresets::fieldForKey(key))
            mapping.set(*field, column);
    }
    return mapping;
}

MappingPreset MappingPreset::fromMapping(
    const QString& name, const csv::ColumnMapping& mapping, const QStringList& header)
{
    return fromColumns(name, ImportKinds::columnsOf(mapping), header);
}

MappingPreset MappingPreset::fromColumns(
    const QString& name, const std::map<QString, int>& columns, const QStringList& header)
{
    MappingPreset preset;
    preset.name = name;
    for (const auto& [key, column] : columns) {
        if (column >= 0 && column < header.size())
            preset.columns[key] = header.at(column);
    }
    return preset;
}

std::optional<CustomerField> MappingPresets::fieldForKey(const QString& key)
{
    for (int f = 0; f <= static_cast<int>(CustomerField::NpsScore); ++f) {
        if (csv::ColumnMatcher::key(static_cast<CustomerField>(f)) == key)
            return static_cast<CustomerField>(f);
    }
    return std::nullopt;
}

Result<QStringList> MappingPresets::names(QSqlDatabase db)
{
    auto all = readAll(db);
    if (!all)
        return all.error();
    QStringList names = all->keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

Result<std::optional<MappingPreset>> MappingPresets::load(QSqlDatabase db, const QString& name)
{
    auto all = readAll(db);
    if (!all)
        return all.error();
    if (!all->contains(name))
        return std::optional<MappingPreset>();
    MappingPreset preset;
    preset.name = name;
    const QJsonObject columns = all->value(name).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it)
        preset.columns[it.key()] = it.value().toString();
    return std::optional<MappingPreset>(preset);
}

Status MappingPresets::save(QSqlDatabase db, const MappingPreset& preset)
{
    if (preset.name.trimmed().isEmpty())
        return Error {Error::Code::Invalid, tr("Give the column mapping a name."), QStringLiteral("name")};
    auto all = readAll(db);
    if (!all)
        return all.error();
    QJsonObject columns;
    for (const auto& [key, heading] : preset.columns)
        columns.insert(key, heading);
    QJsonObject updated = all.value();
    updated.insert(preset.name.trimmed(), columns);
    return writeAll(db, updated);
}

Status MappingPresets::remove(QSqlDatabase db, const QString& name)
{
    auto all = readAll(db);
    if (!all)
        return all.error();
    QJsonObject updated = all.value();
    updated.remove(name);
    return writeAll(db, updated);
}

QStringList MappingPresets::customerKeys()
{
    QStringList keys;
    for (int f = 0; f <= static_cast<int>(CustomerField::NpsScore); ++f)
        keys << csv::ColumnMatcher::key(static_cast<CustomerField>(f));
    return keys;
}

Result<MappingPreset> MappingPresets::parse(const QString& text, const QStringList& kindKeys)
{
    const QStringList keys = kindKeys.isEmpty() ? customerKeys() : kindKeys;
    MappingPreset preset;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = part.left(eq).trimmed();
        const QString heading = part.mid(eq + 1).trimmed();
        if (eq < 0 || heading.isEmpty())
            return Error {Error::Code::Invalid,
                tr("“%1” should be written field=Column heading, for example email=E-Mail.").arg(part.trimmed())};
        if (!keys.contains(key))
            return Error {Error::Code::Invalid,
                tr("“%1” is not a field Grapevine imports. The fields are: %2.")
                    .arg(key, keys.join(QLatin1String(", ")))};
        preset.columns[key] = heading;
    }
    if (preset.columns.empty())
        return Error {Error::Code::Invalid, tr("The mapping is empty.")};
    return preset;
}

} // namespace grapevine::importing
