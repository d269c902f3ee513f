// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QSqlQuery>

#include "TestDatabase.h"
#include "store/SettingsStore.h"

using namespace grapevine;
using namespace grapevine::domain;

namespace {

class SettingsStoreTest : public ::testing::Test
{
protected:
    void setRaw(const QString& key, const QString& value)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key);
        q.addBindValue(value);
        ASSERT_TRUE(q.exec());
    }

    void removeRaw(const QString& key)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        q.addBindValue(key);
        ASSERT_TRUE(q.exec());
    }

    BusinessSettings load() const
    {
        const Result<BusinessSettings> loaded = store::SettingsStore(m_db.connection()).load();
        EXPECT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        return loaded.ok() ? loaded.value() : BusinessSettings();
    }

    test::TestDatabase m_db;
};

TEST_F(SettingsStoreTest, ANewFileHasTheDefaults)
{
    EXPECT_EQ(load(), BusinessSettings());
    const BusinessSettings s = load();
    EXPECT_EQ(s.businessName, QString());
    EXPECT_EQ(s.currency, QStringLiteral("USD"));
    EXPECT_EQ(s.pointValueMinor, 1);
    EXPECT_EQ(s.baselineCacMinor, 0);
    EXPECT_EQ(s.responseTargetHours, 24);
}

TEST_F(SettingsStoreTest, RoundTripsEveryField)
{
    BusinessSettings s;
    s.businessName = QStringLiteral("Café Zoë 🍇 — 王芳");
    s.currency = QStringLiteral("EUR");
    s.pointValueMinor = 5;
    s.baselineCacMinor = 4250;
    s.responseTargetHours = 48;
    {
        store::SettingsStore store(m_db.connection());
        ASSERT_TRUE(store.save(s).ok());
    }
    m_db.reopen();
    const BusinessSettings r = load();
    EXPECT_EQ(r.businessName, s.businessName);
    EXPECT_EQ(r.currency, QStringLiteral("EUR"));
    EXPECT_EQ(r.pointValueMinor, 5);
    EXPECT_EQ(r.baselineCacMinor, 4250);
    EXPECT_EQ(r.responseTargetHours, 48);
    EXPECT_EQ(r, s);

    s.businessName = QStringLiteral("Robert'); DROP TABLE settings;--");
    ASSERT_TRUE(store::SettingsStore(m_db.connection()).save(s).ok());
    EXPECT_EQ(load().businessName, s.businessName);
}

TEST_F(SettingsStoreTest, SaveWritesMissingKeys)
{
    removeRaw(QStringLiteral("baseline_cac_minor"));
    BusinessSettings s;
    s.baselineCacMinor = 999;
    ASSERT_TRUE(store::SettingsStore(m_db.connection()).save(s).ok());
    EXPECT_EQ(load().baselineCacMinor, 999);
    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM settings")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 6) << "the five seeded keys and the mention channels";
}

TEST_F(SettingsStoreTest, MissingOrUnusableValuesFallBackToDefaultsOneByOne)
{
    setRaw(QStringLiteral("business_name"), QStringLiteral("Kept"));
    setRaw(QStringLiteral("currency"), QStringLiteral("euro"));
    setRaw(QStringLiteral("point_value_minor"), QStringLiteral("lots"));
    setRaw(QStringLiteral("baseline_cac_minor"), QStringLiteral("-5"));
    setRaw(QStringLiteral("response_target_hours"), QStringLiteral("0"));
    BusinessSettings s = load();
    EXPECT_EQ(s.businessName, QStringLiteral("Kept")) << "one bad value does not cost the others";
    EXPECT_EQ(s.currency, QStringLiteral("USD"));
    EXPECT_EQ(s.pointValueMinor, 1);
    EXPECT_EQ(s.baselineCacMinor, 0);
    EXPECT_EQ(s.responseTargetHours, 24);

    for (const char* key :
        {"business_name", "currency", "point_value_minor", "baseline_cac_minor", "response_target_hours"})
        removeRaw(QString::fromLatin1(key));
    EXPECT_EQ(load(), BusinessSettings());

    setRaw(QStringLiteral("response_target_hours"), QStringLiteral(" 12 "));
    setRaw(QStringLiteral("currency"), QStringLiteral("GBP"));
    s = load();
    EXPECT_EQ(s.responseTargetHours, 12);
    EXPECT_EQ(s.currency, QStringLiteral("GBP"));
}

TEST_F(SettingsStoreTest, RefusesInvalidSettingsAndKeepsTheOldOnes)
{
    store::SettingsStore store(m_db.connection());
    BusinessSettings good;
    good.currency = QStringLiteral("SEK");
    ASSERT_TRUE(store.save(good).ok());

    for (const char16_t* bad : {u"", u"usd", u"EURO", u"E", u"123", u"€€€", u"ÄÖÜ", u"US$"}) {
        BusinessSettings s = good;
        s.businessName = QStringLiteral("Should not be saved");
        s.currency = QString::fromUtf16(bad);
        const Status saved = store.save(s);
        ASSERT_FALSE(saved.ok()) << s.currency.toStdString();
        EXPECT_EQ(saved.error().code, Error::Code::Invalid);
        EXPECT_EQ(saved.error().field, QStringLiteral("currency"));
        EXPECT_FALSE(saved.error().message.isEmpty());
    }
    BusinessSettings s = good;
    s.responseTargetHours = 0;
    EXPECT_EQ(store.save(s).error().field, QStringLiteral("response_target"));
    s = good;
    s.pointValueMinor = -1;
    EXPECT_EQ(store.save(s).error().field, QStringLiteral("point_value"));
    s = good;
    s.baselineCacMinor = -1;
    EXPECT_EQ(store.save(s).error().field, QStringLiteral("baseline_cac"));
    EXPECT_EQ(store.load().value(), good) << "nothing of a refused save was written";
}

} // namespace
