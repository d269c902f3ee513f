// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

#include "ProgramFixture.h"
#include "program/PayoutExport.h"
#include "store/RewardStore.h"

using namespace grapevine;
using domain::RewardKind;
using domain::RewardSide;
using program::PayoutExport;

namespace {

class PayoutExportTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    /// The advocate-side and friend-side reward of one converted referral.
    std::pair<qint64, qint64> convert(qint64 campaign, qint64 referrer, const QString& friendName, qint64 orderMinor)
    {
        const auto step = record(campaign, referrer, friendName, QStringLiteral("f%1@example.org").arg(++m_friends));
        const auto converted = workflow().convert(step.referral.id, orderMinor);
        EXPECT_TRUE(converted.ok());
        const auto rewards = store::RewardStore(db(), clock()).listForReferral(step.referral.id).value();
        EXPECT_EQ(rewards.size(), 2u);
        if (rewards.size() != 2)
            return {};
        return rewards[0].side == RewardSide::Advocate ? std::make_pair(rewards[0].id, rewards[1].id)
                                                       : std::make_pair(rewards[1].id, rewards[0].id);
    }

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QByteArrayLiteral("(cannot read)");
        return file.readAll();
    }

    int m_friends = 0;
};

TEST_F(PayoutExportTest, WritesOneRowPerRewardWithPlainNumbersAndNeutralisedText)
{
    const qint64 mallory = addAdvocate(QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")"),
        QStringLiteral("Smith"), QStringLiteral("mallory@example.com"));
    const qint64 anna = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"));
    const qint64 spring = addCampaign(); // €10 store credit / €5 off, as described on the campaign
    const qint64 points = addCampaign([](domain::Campaign& c) {
        c.name = QStringLiteral("Points club");
        c.advocateReward = {RewardKind::Points, 500, QString()};
        c.friendReward = {RewardKind::PercentDiscount, 1250, QString()};
    });
    const auto [credit, fiveOff] = convert(spring, mallory, QStringLiteral("Cleo, Jr."), 6000);
    const auto [annaPoints, percent] = convert(points, anna, QStringLiteral("Dan"), 8000);
    ASSERT_TRUE(ledger().approve({credit, fiveOff, annaPoints, percent}).ok());
    ASSERT_TRUE(ledger().issue({credit}, QStringLiteral("Payout 2026-03-14")).ok());

    const QString path = QDir(database().dir()).filePath(QStringLiteral("payout.csv"));
    const auto written
        = PayoutExport::write(db(), {credit, fiveOff, annaPoints, percent, 999999}, QStringLiteral("EUR"), path);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(written.value(), 4) << "an unknown id is left out";

    // 500 points at two cents cost €10.00; 12.5 % of an €80 order is €10.00.
    const QString expected = QString::fromUtf8(
        "Advocate,Email,Reward,Value,Unit,Cost (EUR),Reference,Campaign\r\n"
        "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\") Smith\",mallory@example.com,€10 store credit,"
        "10.00,EUR,10.00,Payout 2026-03-14,Spring 1\r\n"
        "\"Cleo, Jr.\",f1@example.org,€5 off,5.00,EUR,5.00,Reward %1,Spring 1\r\n"
        "Anna Berg,anna@example.com,500 points,500,points,10.00,Reward %2,Points club\r\n"
        "Dan,f2@example.org,12.5% off,12.5,%,10.00,Reward %3,Points club\r\n")
                                 .arg(fiveOff)
                                 .arg(annaPoints)
                                 .arg(percent);
    EXPECT_EQ(read(path), QByteArrayLiteral("\xEF\xBB\xBF") + expected.toUtf8()) << "with the BOM Excel needs";
}

TEST_F(PayoutExportTest, PlainNumbersFollowTheCurrencyNotTheLanguage)
{
    EXPECT_EQ(PayoutExport::plainMoney(123456, QStringLiteral("EUR")), QStringLiteral("1234.56"));
    EXPECT_EQ(PayoutExport::plainMoney(5, QStringLiteral("USD")), QStringLiteral("0.05"));
    EXPECT_EQ(PayoutExport::plainMoney(500, QStringLiteral("JPY")), QStringLiteral("500"));
    EXPECT_EQ(PayoutExport::plainMoney(1234, QStringLiteral("KWD")), QStringLiteral("1.234"));
    EXPECT_EQ(PayoutExport::plainValue(RewardKind::PercentDiscount, 1500, QStringLiteral("EUR")), QStringLiteral("15"));
    EXPECT_EQ(PayoutExport::plainValue(RewardKind::Points, 1500, QStringLiteral("EUR")), QStringLiteral("1500"));
    EXPECT_EQ(PayoutExport::plainValue(RewardKind::Cash, 1500, QStringLiteral("EUR")), QStringLiteral("15.00"));
}

TEST_F(PayoutExportTest, AFileThatCannotBeWrittenIsNamedAndNothingIsLeftBehind)
{
    const qint64 anna = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"));
    const auto [credit, fiveOff] = convert(addCampaign(), anna, QStringLiteral("Eve"), 6000);
    const QString path = QDir(database().dir()).filePath(QStringLiteral("no-such-folder/payout.csv"));
    const auto written = PayoutExport::write(db(), {credit, fiveOff}, QStringLiteral("EUR"), path);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("payout.csv")))
        << written.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
