// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QLocale>
#include <QRandomGenerator>
#include <QSet>

#include "domain/Advocate.h"
#include "domain/BusinessSettings.h"
#include "domain/Campaign.h"
#include "domain/Email.h"
#include "domain/Money.h"
#include "domain/ReferralCode.h"

using namespace grapevine;
using namespace grapevine::domain;

namespace {

struct EmailCase
{
    const char* name;
    const char16_t* input;
    const char16_t* normalised;
    bool valid;
};

class EmailTest : public ::testing::TestWithParam<EmailCase>
{
};

TEST_P(EmailTest, NormalisesAndValidates)
{
    const EmailCase& c = GetParam();
    const QString input = QString::fromUtf16(c.input);
    EXPECT_EQ(Email::normalise(input), QString::fromUtf16(c.normalised));
    EXPECT_EQ(Email::isValid(input), c.valid) << Email::problem(input).toStdString();
    EXPECT_EQ(Email::problem(input).isEmpty(), c.valid);
}

INSTANTIATE_TEST_SUITE_P(Cases, EmailTest,
    ::testing::Values(EmailCase {"plain", u"anna@example.com", u"anna@example.com", true},
        EmailCase {"upper_and_spaces", u"  Anna.Berg@Example.COM \t", u"anna.berg@example.com", true},
        EmailCase {"non_breaking_space", u"\u00A0anna@example.com\u00A0", u"anna@example.com", true},
        EmailCase {"zero_width_space", u"an\u200Bna@exam\u200Dple.com", u"anna@example.com", true},
        EmailCase {"bom_and_soft_hyphen", u"\uFEFFan\u00ADna@example.com", u"anna@example.com", true},
        EmailCase {"rtl_override", u"anna\u202E@example.com", u"anna@example.com", true},
        EmailCase {"plus_tag", u"anna+shop@example.co.uk", u"anna+shop@example.co.uk", true},
        EmailCase {"unicode_domain", u"zoë@bücher.de", u"zoë@bücher.de", true},
        EmailCase {"missing_at", u"anna.example.com", u"anna.example.com", false},
        EmailCase {"two_ats", u"anna@@example.com", u"anna@@example.com", false},
        EmailCase {"no_domain_dot", u"anna@localhost", u"anna@localhost", false},
        EmailCase {"empty_local", u"@example.com", u"@example.com", false},
        EmailCase {"empty_label", u"anna@example..com", u"anna@example..com", false},
        EmailCase {"double_dot_local", u"an..na@example.com", u"an..na@example.com", false},
        EmailCase {"angle_brackets", u"<anna@example.com>", u"<anna@example.com>", false},
        EmailCase {"empty", u"   ", u"", false}),
    [](const ::testing::TestParamInfo<EmailCase>& info) { return std::string(info.param.name); });

TEST(Money, FormatsWithTheLocale)
{
    EXPECT_EQ(Money(123450, QStringLiteral("USD")).format(QLocale(QLocale::English, QLocale::UnitedStates)),
        QStringLiteral("$1,234.50"));
    EXPECT_EQ(Money(123450, QStringLiteral("EUR")).format(QLocale(QLocale::German, QLocale::Germany)),
        QString::fromUtf8("1.234,50\u00A0€"));
    EXPECT_EQ(Money(5, QStringLiteral("EUR")).format(QLocale(QLocale::German, QLocale::Germany)),
        QString::fromUtf8("0,05\u00A0€"));
    EXPECT_EQ(Money(1500, QStringLiteral("JPY")).format(QLocale(QLocale::Japanese, QLocale::Japan)),
        QString::fromUtf8("￥1,500"));
    EXPECT_EQ(Money(-250, QStringLiteral("USD")).format(QLocale(QLocale::English, QLocale::UnitedStates)),
        QStringLiteral("-$2.50"));
}

TEST(Money, FormatsTheAmountAloneForEditing)
{
    const QLocale de(QLocale::German, QLocale::Germany);
    EXPECT_EQ(Money(123450, QStringLiteral("EUR")).formatAmount(de), QStringLiteral("1.234,50"));
    EXPECT_EQ(
        Money::parse(Money(123450, QStringLiteral("EUR")).formatAmount(de), QStringLiteral("EUR"), de)->minor(), 123450)
        << "what the editor shows reads back as the same amount";
    EXPECT_EQ(Money(1500, QStringLiteral("JPY")).formatAmount(QLocale(QLocale::English)), QStringLiteral("1,500"));
}

TEST(Money, ParsesWhatPeopleType)
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    EXPECT_EQ(Money::parse(QStringLiteral("12.5"), QStringLiteral("USD"), us)->minor(), 1250);
    EXPECT_EQ(Money::parse(QStringLiteral("$1,234.56"), QStringLiteral("USD"), us)->minor(), 123456);
    EXPECT_EQ(Money::parse(QStringLiteral("1.234,56 €"), QStringLiteral("EUR"), de)->minor(), 123456);
    EXPECT_EQ(Money::parse(QStringLiteral("12,5"), QStringLiteral("EUR"), de)->minor(), 1250);
    EXPECT_EQ(Money::parse(QStringLiteral("EUR 7"), QStringLiteral("EUR"), de)->minor(), 700);
    EXPECT_EQ(Money::parse(QStringLiteral("1500"), QStringLiteral("JPY"), us)->minor(), 1500);
    EXPECT_FALSE(Money::parse(QStringLiteral("12.345"), QStringLiteral("USD"), us)) << "too many decimals";
    EXPECT_FALSE(Money::parse(QStringLiteral("-5"), QStringLiteral("USD"), us)) << "negative";
    EXPECT_FALSE(Money::parse(QStringLiteral("abc"), QStringLiteral("USD"), us));
    EXPECT_FALSE(Money::parse(QString(), QStringLiteral("USD"), us));
    EXPECT_FALSE(Money::parse(QStringLiteral("99999999999999999999"), QStringLiteral("USD"), us)) << "overflow";
}

TEST(ReferralCode, IsReadableAndSayable)
{
    QRandomGenerator random(42);
    const QString code = ReferralCode::generate(QStringLiteral("Anna"), random);
    EXPECT_TRUE(code.startsWith(QStringLiteral("ANNA-"))) << code.toStdString();
    EXPECT_EQ(code.size(), 8);
    for (const QChar c : code.mid(5))
        EXPECT_TRUE(ReferralCode::alphabet().contains(c)) << code.toStdString();
    for (const char* lookAlike : {"0", "O", "1", "I", "L"})
        EXPECT_FALSE(ReferralCode::alphabet().contains(QLatin1String(lookAlike)));
    EXPECT_TRUE(ReferralCode::problem(code).isEmpty());
}

TEST(ReferralCode, TransliteratesNames)
{
    QRandomGenerator random(7);
    EXPECT_TRUE(ReferralCode::generate(QStringLiteral("Zoë"), random).startsWith(QStringLiteral("ZOE-")));
    EXPECT_TRUE(ReferralCode::generate(QStringLiteral("José María"), random).startsWith(QStringLiteral("JOSEMARI-")));
    EXPECT_TRUE(ReferralCode::generate(QStringLiteral("王芳"), random).startsWith(QStringLiteral("FRIEND-")));
    EXPECT_TRUE(ReferralCode::generate(QString(), random).startsWith(QStringLiteral("FRIEND-")));
}

TEST(ReferralCode, SpreadsOverTheAlphabet)
{
    QRandomGenerator random(1);
    QSet<QString> codes;
    for (int i = 0; i < 2000; ++i)
        codes.insert(ReferralCode::generate(QStringLiteral("Sam"), random));
    EXPECT_GT(codes.size(), 1900) << "3 characters from 31 should rarely repeat in 2000 draws";
}

TEST(ReferralCode, RejectsUnusableCodes)
{
    EXPECT_FALSE(ReferralCode::problem(QStringLiteral("AB")).isEmpty());
    EXPECT_FALSE(ReferralCode::problem(QStringLiteral("ANNA_7KQ")).isEmpty());
    EXPECT_FALSE(ReferralCode::problem(QStringLiteral("-ANNA")).isEmpty());
    EXPECT_FALSE(ReferralCode::problem(QString(33, QLatin1Char('A'))).isEmpty());
    EXPECT_TRUE(ReferralCode::problem(QStringLiteral(" anna-7kq ")).isEmpty());
    EXPECT_EQ(ReferralCode::normalise(QStringLiteral(" anna-7kq ")), QStringLiteral("ANNA-7KQ"));
}

TEST(Validation, AdvocateNeedsANameOrEmail)
{
    Advocate a;
    EXPECT_FALSE(a.validate().ok());
    a.email = QStringLiteral("not-an-email");
    EXPECT_EQ(a.validate().error().field, QStringLiteral("email"));
    a.email = QStringLiteral("anna@example.com");
    EXPECT_TRUE(a.validate().ok());
    a.npsScore = 11;
    EXPECT_EQ(a.validate().error().field, QStringLiteral("nps_score"));
}

TEST(Validation, CampaignRules)
{
    Campaign c;
    c.name = QStringLiteral("Spring");
    EXPECT_TRUE(c.validate().ok());
    c.startsOn = QDate(2026, 5, 1);
    c.endsOn = QDate(2026, 4, 1);
    EXPECT_EQ(c.validate().error().field, QStringLiteral("ends_on"));
    c.endsOn = QDate(2026, 6, 1);
    c.friendReward = {RewardKind::PercentDiscount, 10001, {}};
    EXPECT_EQ(c.validate().error().field, QStringLiteral("friend_reward"));
    c.friendReward = {RewardKind::PercentDiscount, 1000, {}};
    c.status = CampaignStatus::Active;
    EXPECT_EQ(c.validate().error().field, QStringLiteral("disclosure_text")) << "an incentive must be disclosed";
    c.disclosureText = QStringLiteral("Anna gets 10% off when you buy.");
    EXPECT_TRUE(c.validate().ok());
    c.milestones = {Milestone {0, 3, RewardKind::Cash, 500, {}}, Milestone {0, 3, RewardKind::Cash, 900, {}}};
    EXPECT_EQ(c.validate().error().field, QStringLiteral("milestones"));
}

TEST(Validation, BusinessCurrencyIsAnIsoCode)
{
    BusinessSettings s;
    EXPECT_TRUE(s.validate().ok());
    for (const char16_t* bad : {u"123", u"€€€", u"US$", u"ÄÖÜ", u"usd", u"EURO", u""}) {
        s.currency = QString::fromUtf16(bad);
        EXPECT_EQ(s.validate().error().field, QStringLiteral("currency")) << s.currency.toStdString();
    }
}

TEST(EnumKeys, RoundTripEveryValue)
{
    for (const auto kind : allValues<RewardKind>())
        EXPECT_EQ(fromKey<RewardKind>(toKey(kind)), kind);
    EXPECT_FALSE(fromKey<RewardKind>(QStringLiteral("bitcoin")).has_value());
}

} // namespace
