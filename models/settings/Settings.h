// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QSettings>
#include <QStringList>
#include <QVariant>

namespace grapevine {

/// The person's own preferences (window layout, recent files), kept in QSettings. Business
/// settings live in the database instead (store::SettingsStore).
class Settings final
{
public:
    enum class Key {
        SettingsVersion,
        LastDatabase,
        RecentDatabases,
        MainWindowGeometry,
        MainWindowState,
        CurrentPage,
        AdvocatesHeaderState,
        AdvocatesSplitterState,
        MentionsHeaderState,
        MentionsSplitterState,
        Language,
        ExportDelimiter, ///< the CSV export's delimiter, one character (",", ";" or a tab)
        ExportByteOrderMark, ///< whether CSV exports start with a UTF-8 byte order mark
        DashboardPeriod, ///< the dashboard's period (DashboardPage::Period as int)
        DashboardBucket, ///< the dashboard's charts over time by week or month (metrics::Bucket as int)
        ReportsPeriod, ///< the Reports page's period (ReportsPage::Period as int)
        ReportsFolder, ///< where the last report was saved
        BackupsEnabled, ///< whether a daily copy of the open database is made
        BackupKeepDays, ///< how many days the daily copies are kept (0: all)
        Appearance ///< the window's colours: "" the system's, "light" or "dark"
    };

    /// Uses the application's QSettings location.
    Settings();
    /// Uses the given file (tests, portable installs).
    explicit Settings(const QString& iniFile);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    QVariant value(Key key) const;
    template <typename T>
    T value(Key key) const
    {
        return value(key).template value<T>();
    }
    void setValue(Key key, const QVariant& value);
    void remove(Key key);
    void sync();

    /// Most recent first, without duplicates, at most kMaxRecent entries.
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString& path);
    void removeRecentDatabase(const QString& path);

    static constexpr int kMaxRecent = 8;
    static constexpr int kCurrentVersion = 1;

private:
    /// Renames and conversions of older settings, run once on construction.
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace grapevine
