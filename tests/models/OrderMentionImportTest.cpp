// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include "ProgramFixture.h"
#include "import/ImportKinds.h"
#include "import/ImportUndo.h"
#include "import/MentionImport.h"
#include "import/OrderImport.h"

using namespace grapevine;
using namespace grapevine::importing;

namespace {

class OrderImportTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    void SetUp() override
    {
        clock().set(QDateTime(QDate(2026, 4, 20), QTime(12, 0), Qt::UTC));
        campaign = addCampaign([](domain::Campaign& c) {
            c.startsOn = QDate(2026, 3, 1);
            c.endsOn = QDate(2026, 5, 31);
        });
        anna = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"),
            [](domain::Advocate& a) { a.referralCode = QStringLiteral("ANNA-7KQ"); });
        clock().set(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
        ben = record(campaign, anna, QStringLiteral("Ben"), QStringLiteral("ben@example.com")).referral.id;
        clock().set(QDateTime(QDate(2026, 4, 20), QTime(12, 0), Qt::UTC));
    }

    Result<ImportSummary> import(const QByteArray& bytes, ImportSettings settings = {})
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return OrderImport(db(), clock()).run(buffer, QStringLiteral("orders.csv"), settings);
    }

    QString referralField(qint64 id, const QString& column)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT %1 FROM referrals WHERE id = ?").arg(column));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }

    qint64 campaign = 0;
    qint64 anna = 0;
    qint64 ben = 0;
};

// Shopify's order export, cut to the columns that matter here.
const QByteArray kShopifyOrders = "Name,Email,Financial Status,Paid at,Total,Discount Code,Created at,Billing Name\r\n"
                                  "#1001,ben@example.com,paid,2026-04-10 10:00:00 +0000,42.00,,2026-04-10 10:00:00 "
                                  "+0000,Ben Fisher\r\n"
                                  "#1002,cara@example.com,paid,2026-04-11 10:00:00 +0000,30.00,ANNA-7KQ,2026-04-11 "
                                  "10:00:00 +0000,Cara Diaz\r\n"
                                  "#1003,dan@example.com,paid,2026-04-12 10:00:00 +0000,15.00,SPRING10,2026-04-12 "
                                  "10:00:00 +0000,Dan Eze\r\n"
                                  "#1004,eve@example.com,refunded,2026-04-12 11:00:00 +0000,15.00,ANNA-7KQ,2026-04-12 "
                                  "11:00:00 +0000,Eve Fox\r\n"
                                  "#1005,finn@example.com,paid,2026-04-13 10:00:00 +0000,9.99,,2026-04-13 10:00:00 "
                                  "+0000,Finn Gray\r\n";

TEST_F(OrderImportTest, OrdersConvertTheFriendsReferralAndCodesMakeNewOnes)
{
    const auto summary = import(kShopifyOrders);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->rows, 5);
    EXPECT_EQ(summary->updated, 1); // Ben's referral converted
    EXPECT_EQ(summary->created, 1); // Cara used Anna's code
    EXPECT_EQ(summary->skipped, 3); // a shop discount code, a refund, an ordinary order
    EXPECT_EQ(summary->rejected, 0);
    EXPECT_EQ(referralField(ben, QStringLiteral("status")), QStringLiteral("converted"));
    EXPECT_EQ(referralField(ben, QStringLiteral("order_value_minor")), QStringLiteral("4200"));
    EXPECT_EQ(referralField(ben, QStringLiteral("order_reference")), QStringLiteral("#1001"));
    // Converted when the order was placed, not when the file was imported.
    EXPECT_EQ(referralField(ben, QStringLiteral("converted_at")).toLongLong(),
        QDateTime(QDate(2026, 4, 10), QTime(10, 0), Qt::UTC).toSecsSinceEpoch());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM rewards WHERE referral_id = %1").arg(ben)), 2);
    const qint64 cara = scalar(QStringLiteral("SELECT id FROM referrals WHERE friend_email_norm = 'cara@example.com'"));
    ASSERT_GT(cara, 0);
    EXPECT_EQ(referralField(cara, QStringLiteral("referrer_id")).toLongLong(), anna);
    EXPECT_EQ(referralField(cara, QStringLiteral("status")), QStringLiteral("converted"));
    EXPECT_EQ(referralField(cara, QStringLiteral("friend_name")), QStringLiteral("Cara Diaz"));
    EXPECT_EQ(referralField(cara, QStringLiteral("import_batch_id")).toLongLong(), summary->batchId);
    EXPECT_EQ(
        summary->reports.at(2).detail, QStringLiteral("SPRING10 is no advocate's referral code (a discount code?)"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT conversions FROM advocates WHERE id = %1").arg(anna)), 2);
}

TEST_F(OrderImportTest, TheSameOrdersTwiceChangeNothing)
{
    ASSERT_TRUE(import(kShopifyOrders));
    const qint64 referrals = scalar(QStringLiteral("SELECT count(*) FROM referrals"));
    const qint64 rewards = scalar(QStringLiteral("SELECT count(*) FROM rewards"));
    const auto again = import(kShopifyOrders);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->created, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(again->skipped, 5);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM referrals")), referrals);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM rewards")), rewards);
}

TEST_F(OrderImportTest, UndoPutsTheReferralBackAndRemovesItsRewards)
{
    const auto summary = import(kShopifyOrders);
    ASSERT_TRUE(summary);
    const auto undone = ImportUndo(db(), clock()).undo(summary->batchId);
    ASSERT_TRUE(undone) << undone.error().message.toStdString();
    EXPECT_EQ(undone->deleted, 1);
    EXPECT_EQ(undone->restored, 1);
    EXPECT_EQ(referralField(ben, QStringLiteral("status")), QStringLiteral("pending"));
    EXPECT_EQ(referralField(ben, QStringLiteral("order_value_minor")), QString());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM rewards")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM referrals")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM referral_status_history WHERE referral_id = %1 AND "
                                    "to_status = 'converted'")
                         .arg(ben)),
        0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT conversions FROM advocates WHERE id = %1").arg(anna)), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT referrals_made FROM advocates WHERE id = %1").arg(anna)), 1);
}

TEST_F(OrderImportTest, UndoIsRefusedOnceARewardWasPaidOut)
{
    const auto summary = import(kShopifyOrders);
    ASSERT_TRUE(summary);
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE rewards SET status = 'issued', issued_at = 1 WHERE id = "
                                      "(SELECT min(id) FROM rewards)")));
    const auto refused = ImportUndo(db(), clock()).undo(summary->batchId);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Error::Code::InUse);
    EXPECT_EQ(referralField(ben, QStringLiteral("status")), QStringLiteral("converted"));
}

TEST_F(OrderImportTest, AReferredByColumnRecordsReferralsAndUnknownReferrersAreRejected)
{
    const auto summary = import("Friend Email,Friend Name,Referred By,Date\r\n"
                                "gina@example.com,Gina,anna@example.com,2026-04-15\r\n"
                                "hal@example.com,Hal,nobody@example.com,2026-04-15\r\n"
                                "ivy@example.com,Ivy,anna@example.com,2027-01-01\r\n");
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->created, 1);
    EXPECT_EQ(summary->rejected, 2);
    EXPECT_EQ(summary->errors.at(0).row, 3);
    EXPECT_TRUE(summary->errors.at(0).message.contains(QStringLiteral("nobody@example.com")));
    EXPECT_EQ(summary->errors.at(1).row, 4);
    EXPECT_TRUE(summary->errors.at(1).message.contains(QStringLiteral("No active campaign")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM referrals WHERE friend_email_norm = 'gina@example.com' "
                                    "AND status = 'pending'")),
        1);
}

TEST_F(OrderImportTest, AFileWithoutEmailOrCodeIsRefusedWhole)
{
    const auto refused = import("Order,Total\r\n#1,10.00\r\n");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("mapping"));
}

class MentionImportTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    Result<ImportSummary> import(const QByteArray& bytes, ImportSettings settings = {})
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return MentionImport(db(), clock()).run(buffer, QStringLiteral("mentions.csv"), settings);
    }
};

// A social-listening export in the shape Brand24 and Mention write.
const QByteArray kListening
    = "Date,Source,Author,URL,Content,Sentiment,Reach\r\n"
      "2026-04-01 09:00,Twitter,@breadfan,https://x.com/breadfan/status/1,Best sourdough in town!,positive,1200\r\n"
      "2026-04-02 10:30,Instagram,@crumbs,https://www.instagram.com/p/abc,\"Stale croissant, again.\",negative,800\r\n"
      "2026-04-03 11:00,Mastodon,@toot,https://social.example/@toot/1,Opening hours changed?,neutral,\r\n"
      "2026-04-04 12:00,Google,Maria,,\"Lovely staff\",,\r\n"
      "yesterday,Facebook,Bob,https://facebook.com/x/1,Hmm,negative,\r\n";

TEST_F(MentionImportTest, ListeningExportsBecomeMentionsAndComplaintsJoinTheQueue)
{
    const auto summary = import(kListening);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->created, 4);
    EXPECT_EQ(summary->rejected, 1);
    EXPECT_EQ(summary->errors.at(0).row, 6);
    EXPECT_EQ(summary->errors.at(0).column, QStringLiteral("Date"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM mentions WHERE channel = 'x' AND sentiment = 'positive' "
                                    "AND reach = 1200")),
        1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM mentions WHERE channel = 'instagram' AND response_status "
                                    "= 'needs_response' AND response_due_at IS NOT NULL")),
        1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM mentions WHERE channel = 'google_review'")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM mentions WHERE channel = 'other'")), 1);
    ASSERT_EQ(summary->notices.size(), 1u);
    EXPECT_TRUE(summary->notices[0].message.contains(QStringLiteral("Mastodon")));
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT count(*) FROM mentions WHERE import_batch_id = %1").arg(summary->batchId)), 4);
}

TEST_F(MentionImportTest, TheSameExportTwiceAddsNothingAndUndoRemovesIt)
{
    const auto first = import(kListening);
    ASSERT_TRUE(first);
    const auto again = import(kListening);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->created, 0);
    EXPECT_EQ(again->skipped, 4);
    const auto undone = ImportUndo(db(), clock()).undo(first->batchId);
    ASSERT_TRUE(undone);
    EXPECT_EQ(undone->deleted, 4);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM mentions")), 0);
}

TEST_F(MentionImportTest, ReviewStarsGiveTheSentiment)
{
    const auto summary = import("Review Date,Reviewer,Rating,Review Text\r\n"
                                "2026-04-01,Ann,5,Great\r\n2026-04-02,Bo,3,Fine\r\n2026-04-03,Cy,1,Bad\r\n"
                                "2026-04-04,Di,seven,?\r\n");
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->created, 3);
    EXPECT_EQ(summary->rejected, 1);
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT group_concat(sentiment, ',') FROM (SELECT sentiment FROM mentions "
                                      "ORDER BY occurred_at)")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("positive,neutral,negative"));
}

TEST(MentionImportWords, SentimentWordsAndScores)
{
    EXPECT_EQ(MentionImport::parseSentiment(QStringLiteral("Positive")), domain::Sentiment::Positive);
    EXPECT_EQ(MentionImport::parseSentiment(QStringLiteral("négatif")), domain::Sentiment::Negative);
    EXPECT_EQ(MentionImport::parseSentiment(QStringLiteral("-3")), domain::Sentiment::Negative);
    EXPECT_EQ(MentionImport::parseSentiment(QStringLiteral("0")), domain::Sentiment::Neutral);
    EXPECT_EQ(MentionImport::parseSentiment(QStringLiteral("2,5")), domain::Sentiment::Positive);
    EXPECT_EQ(MentionImport::parseSentiment(QStringLiteral("maybe")), std::nullopt);
}

} // namespace

TEST(ImportKindsGuess, TheHeadingsSayWhatAFileHolds)
{
    using domain::ImportKind;
    const auto guess
        = [](const char* header) { return ImportKinds::guess(QString::fromUtf8(header).split(QLatin1Char(','))); };
    EXPECT_EQ(guess("Name,Email,Financial Status,Paid at,Total,Discount Code"), ImportKind::Referrals);
    EXPECT_EQ(guess("Date,Source,Author,URL,Content,Sentiment,Reach"), ImportKind::Mentions);
    // A customers export with a date and an amount is still customers.
    EXPECT_EQ(guess("First Name,Last Name,Email,Accepts Marketing,Total Spent,Total Orders,Tax Exempt"),
        ImportKind::Advocates);
    EXPECT_EQ(guess("Email,First Name,Date"), ImportKind::Advocates);
    // Nothing recognised: customers, whose mapping then asks for the email column.
    EXPECT_EQ(guess("Foo,Bar"), ImportKind::Advocates);
}

TEST(ImportKindsMissing, EachKindSaysWhichColumnsItNeeds)
{
    using domain::ImportKind;
    const std::map<QString, int> none;
    EXPECT_FALSE(ImportKinds::missing(ImportKind::Advocates, none).isEmpty());
    EXPECT_TRUE(ImportKinds::missing(ImportKind::Advocates, {{QStringLiteral("email"), 0}}).isEmpty());
    EXPECT_TRUE(ImportKinds::missing(ImportKind::Referrals, {{QStringLiteral("referral_code"), 3}}).isEmpty());
    EXPECT_FALSE(ImportKinds::missing(ImportKind::Referrals, {{QStringLiteral("total"), 3}}).isEmpty());
    EXPECT_TRUE(
        ImportKinds::missing(ImportKind::Mentions, {{QStringLiteral("occurred_at"), 0}, {QStringLiteral("url"), 1}})
            .isEmpty());
    EXPECT_TRUE(
        ImportKinds::missing(ImportKind::Mentions, {{QStringLiteral("body"), 0}}).contains(QStringLiteral("date")));
    // Every field has a name a person reads, not its key.
    for (const ImportKind kind : {ImportKind::Advocates, ImportKind::Referrals, ImportKind::Mentions}) {
        for (const QString& key : ImportKinds::keys(kind))
            EXPECT_NE(ImportKinds::fieldName(kind, key), key) << key.toStdString();
    }
}
