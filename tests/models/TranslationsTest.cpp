// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QCoreApplication>

#include "domain/Campaign.h"
#include "i18n/Translations.h"

using namespace grapevine;

namespace {

TEST(Translations, EnglishIsEmbedded)
{
    EXPECT_TRUE(i18n::Translations::availableLanguages().contains(QStringLiteral("en")));
}

TEST(Translations, EnglishPluralsReadNaturally)
{
    i18n::Translations::install(QLocale(QLocale::English), false);
    domain::Campaign c;
    c.name = QStringLiteral("Ladder");
    c.milestones = {domain::Milestone {0, 3, domain::RewardKind::Cash, 500, {}},
        domain::Milestone {0, 3, domain::RewardKind::Cash, 900, {}}};
    EXPECT_EQ(c.validate().error().message, QStringLiteral("Two milestones are set at 3 converted referrals."));
    c.milestones = {domain::Milestone {0, 1, domain::RewardKind::Cash, 500, {}},
        domain::Milestone {0, 1, domain::RewardKind::Cash, 900, {}}};
    EXPECT_EQ(c.validate().error().message, QStringLiteral("Two milestones are set at 1 converted referral."));
}

TEST(Translations, AnUnknownLanguageFallsBackToEnglishWhole)
{
    i18n::Translations::install(QLocale(QLocale::Swahili), false);
    domain::Campaign c;
    c.name = QStringLiteral("Ladder");
    c.milestones = {domain::Milestone {0, 5, domain::RewardKind::Cash, 500, {}},
        domain::Milestone {0, 5, domain::RewardKind::Cash, 900, {}}};
    EXPECT_EQ(c.validate().error().message, QStringLiteral("Two milestones are set at 5 converted referrals."));
    i18n::Translations::install(QLocale(QLocale::English), false);
}

} // namespace
