// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QDir>
#include <QFileInfo>

namespace grapevine {

namespace {

struct Entry
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const Entry& entry(Settings::Key key)
{
    static const Entry table[] = {
        {Settings::Key::SettingsVersion, "settingsVersion", 0},
        {Settings::Key::LastDatabase, "database/last", QString()},
        {Settings::Key::RecentDatabases, "database/recent", QStringList()},
        {Settings::Key::MainWindowGeometry, "mainWindow/geometry", QByteArray()},
        {Settings::Key::MainWindowState, "mainWindow/state", QByteArray()},
        {Settings::Key::CurrentPage, "mainWindow/currentPage", 0},
        {Settings::Key::AdvocatesHeaderState, "advocates/headerState", QByteArray()},
        {Settings::Key::AdvocatesSplitterState, "advocates/splitterState", QByteArray()},
        {Settings::Key::MentionsHeaderState, "mentions/headerState", QByteArray()},
        {Settings::Key::MentionsSplitterState, "mentions/splitterState", QByteArray()},
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::ExportDelimiter, "export/delimiter", QStringLiteral(",")},
        {Settings::Key::ExportByteOrderMark, "export/byteOrderMark", true},
        {Settings::Key::DashboardPeriod, "dashboard/period", 4},
        {Settings::Key::DashboardBucket, "dashboard/bucket", 1},
        {Settings::Key::ReportsPeriod, "reports/period", 0},
        {Settings::Key::ReportsFolder, "reports/folder", QString()},
        {Settings::Key::BackupsEnabled, "backups/enabled", true},
        {Settings::Key::BackupKeepDays, "backups/keepDays", 14},
        {Settings::Key::Appearance, "ui/appearance", QString()},
    };
    for (const Entry& e : table) {
        if (e.key == key)
            return e;
    }
    return table[0];
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

Settings::Settings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    const Entry& e = entry(key);
    return m_settings->value(QLatin1String(e.name), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(QLatin1String(entry(key).name), value);
}

void Settings::remove(Key key)
{
    m_settings->remove(QLatin1String(entry(key).name));
}

void Settings::sync()
{
    m_settings->sync();
}

QStringList Settings::recentDatabases() const
{
    return value<QStringList>(Key::RecentDatabases);
}

void Settings::addRecentDatabase(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    setValue(Key::RecentDatabases, recent);
}

void Settings::removeRecentDatabase(const QString& path)
{
    QStringList recent = recentDatabases();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    setValue(Key::RecentDatabases, recent);
}

void Settings::migrate()
{
    const int version = value<int>(Key::SettingsVersion);
    // Version 1 is the first; later renames go here as `if (version < 2) { ... }`.
    if (version < kCurrentVersion)
        setValue(Key::SettingsVersion, kCurrentVersion);
}

} // namespace grapevine
