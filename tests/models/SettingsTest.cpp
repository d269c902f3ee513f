// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QTemporaryDir>

#include "settings/Settings.h"

using grapevine::Settings;

namespace {

TEST(Settings, RemembersRecentDatabasesMostRecentFirst)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings s(ini);
        for (int i = 0; i < Settings::kMaxRecent + 3; ++i)
            s.addRecentDatabase(dir.filePath(QStringLiteral("db%1.sqlite").arg(i)));
        s.addRecentDatabase(dir.filePath(QStringLiteral("db5.sqlite")));
    }
    Settings s(ini);
    const QStringList recent = s.recentDatabases();
    ASSERT_EQ(recent.size(), Settings::kMaxRecent);
    EXPECT_EQ(recent.first(), dir.filePath(QStringLiteral("db5.sqlite")));
    EXPECT_EQ(recent.count(dir.filePath(QStringLiteral("db5.sqlite"))), 1);
    s.removeRecentDatabase(dir.filePath(QStringLiteral("db5.sqlite")));
    EXPECT_EQ(s.recentDatabases().size(), Settings::kMaxRecent - 1);
}

TEST(Settings, TypedValuesWithDefaults)
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("settings.ini")));
    EXPECT_EQ(s.value<int>(Settings::Key::SettingsVersion), Settings::kCurrentVersion);
    EXPECT_TRUE(s.value<QString>(Settings::Key::LastDatabase).isEmpty());
    s.setValue(Settings::Key::LastDatabase, QStringLiteral("/tmp/x.sqlite"));
    EXPECT_EQ(s.value<QString>(Settings::Key::LastDatabase), QStringLiteral("/tmp/x.sqlite"));
}

TEST(Settings, RemembersTheMentionsLayoutApartFromTheAdvocates)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings s(file);
        EXPECT_TRUE(s.value<QByteArray>(Settings::Key::MentionsHeaderState).isEmpty());
        s.setValue(Settings::Key::MentionsHeaderState, QByteArray("header"));
        s.setValue(Settings::Key::MentionsSplitterState, QByteArray("splitter"));
        s.sync();
    }
    Settings again(file);
    EXPECT_EQ(again.value<QByteArray>(Settings::Key::MentionsHeaderState), QByteArray("header"));
    EXPECT_EQ(again.value<QByteArray>(Settings::Key::MentionsSplitterState), QByteArray("splitter"));
    EXPECT_TRUE(again.value<QByteArray>(Settings::Key::AdvocatesHeaderState).isEmpty());
}

} // namespace
