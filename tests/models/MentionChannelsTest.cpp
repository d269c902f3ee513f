// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "TestDatabase.h"
#include "domain/MentionChannels.h"
#include "store/SettingsStore.h"

using namespace grapevine;
using domain::MentionChannel;
using domain::MentionChannels;

namespace {

std::string keyOf(const char* url)
{
    const auto key = MentionChannels::keyForUrl(QString::fromUtf8(url));
    return key ? key->toStdString() : std::string("(none)");
}

TEST(MentionChannels, APastedLinkNamesItsChannel)
{
    EXPECT_EQ(keyOf("https://www.facebook.com/bakery/posts/123"), "facebook");
    EXPECT_EQ(keyOf("m.facebook.com/story.php?id=1"), "facebook") << "without the scheme, as people paste it";
    EXPECT_EQ(keyOf("https://www.instagram.com/p/Cx1/"), "instagram");
    EXPECT_EQ(keyOf("https://twitter.com/anna/status/1"), "x");
    EXPECT_EQ(keyOf("https://x.com/anna/status/1"), "x");
    EXPECT_EQ(keyOf("https://www.linkedin.com/posts/anna"), "linkedin");
    EXPECT_EQ(keyOf("https://www.tiktok.com/@anna/video/7"), "tiktok");
    EXPECT_EQ(keyOf("https://youtu.be/abc"), "youtube");
    EXPECT_EQ(keyOf("https://www.google.com/maps/place/Demo+Bakery"), "google_review");
    EXPECT_EQ(keyOf("https://maps.google.de/?cid=1"), "google_review");
    EXPECT_EQ(keyOf("https://g.page/r/abc/review"), "google_review");
    EXPECT_EQ(keyOf("https://www.yelp.co.uk/biz/demo-bakery"), "yelp");
    EXPECT_EQ(keyOf("https://de.trustpilot.com/review/demo.example"), "trustpilot");
}

TEST(MentionChannels, LeavesUnknownOrBrokenLinksAlone)
{
    EXPECT_EQ(keyOf("https://www.google.com/search?q=bakery"), "(none)") << "a search is not a review";
    EXPECT_EQ(keyOf("https://notfacebook.com/x"), "(none)") << "a host suffix, not a substring";
    EXPECT_EQ(keyOf("https://blog.example.org/best-bread"), "(none)");
    EXPECT_EQ(keyOf("Anna said the bread was great"), "(none)");
    EXPECT_EQ(keyOf("ftp://facebook.com/x"), "(none)");
    EXPECT_EQ(keyOf(""), "(none)");
    EXPECT_EQ(keyOf("http://"), "(none)");
}

TEST(MentionChannels, NamesAndKeys)
{
    const QList<MentionChannel> mine = {{QStringLiteral("local_paper"), QStringLiteral("Local paper")}};
    EXPECT_EQ(MentionChannels::nameOf(QStringLiteral("local_paper"), mine), QStringLiteral("Local paper"));
    EXPECT_EQ(MentionChannels::nameOf(QStringLiteral("yelp"), mine), QStringLiteral("Yelp")) << "a default name";
    EXPECT_EQ(MentionChannels::nameOf(QStringLiteral("gone"), mine), QStringLiteral("gone")) << "never empty";
    EXPECT_EQ(MentionChannels::keyFromName(QStringLiteral("  Local   paper! ")), QStringLiteral("local_paper"));
    EXPECT_EQ(MentionChannels::keyFromName(QStringLiteral("Straßenfest 2026")), QStringLiteral("straßenfest_2026"));
    EXPECT_EQ(MentionChannels::defaults().size(), 14);
}

TEST(MentionChannels, RefusesListsThatCannotBeKept)
{
    EXPECT_TRUE(MentionChannels::validate(MentionChannels::defaults()).ok());
    EXPECT_FALSE(MentionChannels::validate({}).ok());
    EXPECT_FALSE(MentionChannels::validate({{QStringLiteral("a"), QStringLiteral("  ")}}).ok());
    const Status twice = MentionChannels::validate(
        {{QStringLiteral("a"), QStringLiteral("Radio")}, {QStringLiteral("b"), QStringLiteral("radio")}});
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("radio"), Qt::CaseInsensitive))
        << twice.error().message.toStdString();
    EXPECT_FALSE(MentionChannels::validate({{QStringLiteral("a=b"), QStringLiteral("Radio")}}).ok());
}

TEST(MentionChannels, TheEditedListIsKeptWithTheBusiness)
{
    test::TestDatabase db;
    store::SettingsStore settings(db.connection());
    domain::BusinessSettings s = settings.load().value();
    EXPECT_EQ(s.mentionChannels, MentionChannels::defaults()) << "a new file starts with the usual channels";
    s.mentionChannels.removeAt(2);
    s.mentionChannels << MentionChannel {QStringLiteral("local_paper"), QStringLiteral("Local paper = news")};
    ASSERT_TRUE(settings.save(s).ok());
    db.reopen();
    const domain::BusinessSettings again = store::SettingsStore(db.connection()).load().value();
    EXPECT_EQ(again.mentionChannels, s.mentionChannels) << "an '=' in a name survives";

    // A damaged value costs the list, not the other settings.
    EXPECT_EQ(MentionChannels::parse(QStringLiteral("garbage\n=x\nyelp=Yelp\nyelp=Again")).size(), 1);
    s.mentionChannels.clear();
    EXPECT_FALSE(store::SettingsStore(db.connection()).save(s).ok()) << "an empty list is refused";
}

} // namespace
