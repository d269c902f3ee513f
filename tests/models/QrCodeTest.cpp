// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QString>

#include "TestDatabase.h"
#include "invitations/QrCode.h"

using namespace grapevine;
using invitations::QrCode;

namespace {

/// The 7×7 finder pattern whose top-left module is (x0, y0): a dark ring, a light ring, a dark
/// 3×3 centre. It does not depend on the data or the mask, so it is a stable fact to check.
void expectFinderAt(const QrCode& qr, int x0, int y0)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            EXPECT_EQ(qr.isDark(x0 + x, y0 + y), ring || centre)
                << "finder at " << x0 << "," << y0 << " module " << x << "," << y;
        }
    }
}

TEST(QrCode, AShortTextIsAVersion1SymbolWithThreeFinderPatterns)
{
    const auto qr = QrCode::encode(QStringLiteral("HELLO"));
    ASSERT_TRUE(qr.ok()) << qr.error().message.toStdString();
    EXPECT_EQ(qr->version(), 1);
    EXPECT_EQ(qr->size(), 21);
    expectFinderAt(*qr, 0, 0);
    expectFinderAt(*qr, 21 - 7, 0);
    expectFinderAt(*qr, 0, 21 - 7);
    // The corner without a finder pattern is where data goes, so it is not a fourth finder.
    bool bottomRightIsFinder = true;
    for (int i = 0; i < 7; ++i)
        bottomRightIsFinder = bottomRightIsFinder && qr->isDark(20 - i, 20) && qr->isDark(20, 20 - i);
    EXPECT_FALSE(bottomRightIsFinder);
}

TEST(QrCode, TimingPatternsAlternate)
{
    const auto qr = QrCode::encode(QStringLiteral("https://shop.example.com/friends?ref=ANNA-7K2"));
    ASSERT_TRUE(qr.ok());
    for (int i = 8; i < qr->size() - 8; ++i) {
        EXPECT_EQ(qr->isDark(i, 6), i % 2 == 0) << i;
        EXPECT_EQ(qr->isDark(6, i), i % 2 == 0) << i;
    }
}

TEST(QrCode, SizeFollowsTheVersionAndGrowsWithTheText)
{
    const QString link = QStringLiteral("https://shop.example.com/friends?utm_source=referral&utm_medium=email"
                                        "&utm_campaign=spring-2026&ref=ANNA-7K2");
    const auto small = QrCode::encode(QStringLiteral("HELLO"));
    const auto medium = QrCode::encode(link);
    const auto large = QrCode::encode(link.repeated(10));
    ASSERT_TRUE(small.ok() && medium.ok() && large.ok());
    for (const QrCode* qr : {&*small, &*medium, &*large})
        EXPECT_EQ(qr->size(), 17 + 4 * qr->version());
    EXPECT_GT(medium->version(), small->version());
    EXPECT_GT(large->version(), medium->version());
    expectFinderAt(*large, large->size() - 7, 0);
}

TEST(QrCode, AHigherErrorCorrectionLevelNeedsAtLeastAsLargeASymbol)
{
    const QString text = QStringLiteral("https://shop.example.com/friends?ref=ANNA-7K2");
    const auto low = QrCode::encode(text, QrCode::Level::Low);
    const auto high = QrCode::encode(text, QrCode::Level::High);
    ASSERT_TRUE(low.ok() && high.ok());
    EXPECT_GT(high->version(), low->version());
}

TEST(QrCode, NonAsciiTextIsEncoded)
{
    const auto qr = QrCode::encode(QStringLiteral("Zoë Ångström ☕"));
    ASSERT_TRUE(qr.ok()) << qr.error().message.toStdString();
    expectFinderAt(*qr, 0, 0);
}

TEST(QrCode, TextTooLongForAnyVersionIsAnError)
{
    // Version 40 at level M holds 2,331 bytes.
    const auto qr = QrCode::encode(QString(3000, QLatin1Char('x')));
    ASSERT_FALSE(qr.ok());
    EXPECT_EQ(qr.error().code, Error::Code::Invalid);
    EXPECT_TRUE(qr.error().message.contains(QStringLiteral("too long"))) << qr.error().message.toStdString();
    EXPECT_TRUE(qr.error().message.contains(QStringLiteral("3000"))) << qr.error().message.toStdString();
}

TEST(QrCode, EmptyTextIsAnError)
{
    const auto qr = QrCode::encode(QString());
    ASSERT_FALSE(qr.ok());
    EXPECT_FALSE(qr.error().message.isEmpty());
}

} // namespace
