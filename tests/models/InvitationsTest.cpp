// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include "TestDatabase.h"
#include "domain/Advocate.h"
#include "invitations/InvitationComposer.h"
#include "invitations/InvitationRecipients.h"
#include "invitations/InvitationTemplate.h"
#include "invitations/MailMergeExport.h"
#include "invitations/PersonalLink.h"
#include "invitations/RewardWording.h"
#include "store/AdvocateStore.h"
#include "store/SqlSupport.h"

using namespace grapevine;
using domain::Campaign;
using domain::RewardKind;
using domain::RewardOffer;
using invitations::InvitationComposer;
using invitations::InvitationRecipients;
using invitations::InvitationTemplate;
using invitations::MailMergeExport;
using invitations::MergeField;
using invitations::MergeValues;
using invitations::PersonalLink;
using invitations::Recipient;
using invitations::RewardWording;

namespace {

const QLocale usEnglish(QLocale::English, QLocale::UnitedStates);

Campaign springCampaign()
{
    Campaign c;
    c.id = 7;
    c.name = QStringLiteral("Spring friends");
    c.landingUrl = QStringLiteral("https://shop.example.com/friends");
    c.utmSource = QStringLiteral("referral");
    c.utmMedium = QStringLiteral("email");
    c.utmCampaign = QStringLiteral("spring-2026");
    c.advocateReward = RewardOffer {RewardKind::StoreCredit, 1000, {}};
    c.friendReward = RewardOffer {RewardKind::PercentDiscount, 1500, {}};
    c.disclosureText = QStringLiteral("You earn store credit for each friend who buys.");
    return c;
}

domain::BusinessSettings bakery()
{
    domain::BusinessSettings b;
    b.businessName = QStringLiteral("Rosa's Bakery");
    b.currency = QStringLiteral("EUR");
    return b;
}

// ---- template ------------------------------------------------------------------------------

TEST(InvitationTemplate, ReplacesEveryMergeField)
{
    MergeValues values;
    int n = 0;
    QString text;
    QString expected;
    for (MergeField field : InvitationTemplate::allFields()) {
        values[field] = QStringLiteral("v%1").arg(++n);
        text += InvitationTemplate::placeholder(field) + QLatin1Char('|');
        expected += QStringLiteral("v%1|").arg(n);
    }
    const InvitationTemplate t(text);
    EXPECT_EQ(t.render(values), expected);
    EXPECT_TRUE(t.unknownFields().isEmpty());
}

TEST(InvitationTemplate, FieldNamesAreTheDocumentedOnes)
{
    QStringList names;
    for (MergeField field : InvitationTemplate::allFields())
        names << InvitationTemplate::fieldName(field);
    EXPECT_EQ(names.join(QLatin1Char(' ')),
        QStringLiteral("first_name last_name referral_code link advocate_reward friend_reward disclosure "
                       "business_name campaign"));
}

TEST(InvitationTemplate, UnknownFieldsAreReportedOnceAndKeptAsTyped)
{
    MergeValues values;
    values[MergeField::FirstName] = QStringLiteral("Anna");
    const InvitationTemplate t(QStringLiteral("Hi {First_Name} {nickname}, {nickname} {lastname} {first_name}"));
    EXPECT_EQ(t.unknownFields(), (QStringList {QStringLiteral("{nickname}"), QStringLiteral("{lastname}")}));
    EXPECT_EQ(t.render(values), QStringLiteral("Hi Anna {nickname}, {nickname} {lastname} Anna"));
}

TEST(InvitationTemplate, BracesThatAreNotFieldsStayText)
{
    const InvitationTemplate t(QStringLiteral("{ } {} {first name} :-{ {{first_name}}"));
    MergeValues values;
    values[MergeField::FirstName] = QStringLiteral("Bo");
    EXPECT_TRUE(t.unknownFields().isEmpty());
    EXPECT_EQ(t.render(values), QStringLiteral("{ } {} {first name} :-{ {Bo}"));
}

TEST(InvitationTemplate, DefaultTextUsesTheFieldsItNeedsAndNoUnknownOnes)
{
    const InvitationTemplate t(InvitationTemplate::defaultText());
    EXPECT_TRUE(t.unknownFields().isEmpty());
    for (MergeField field : {MergeField::FirstName, MergeField::ReferralCode, MergeField::Link,
             MergeField::AdvocateReward, MergeField::FriendReward, MergeField::Disclosure, MergeField::BusinessName})
        EXPECT_TRUE(t.usesField(field)) << InvitationTemplate::fieldName(field).toStdString();
}

// ---- personal link -------------------------------------------------------------------------

TEST(PersonalLink, AddsTheCodeAndUtmParameters)
{
    const PersonalLink link(springCampaign());
    ASSERT_TRUE(link.isAvailable());
    EXPECT_EQ(link.forCode(QStringLiteral("ANNA-7K2")),
        QStringLiteral("https://shop.example.com/friends?utm_source=referral&utm_medium=email&utm_campaign=spring-2026"
                       "&ref=ANNA-7K2"));
}

TEST(PersonalLink, KeepsExistingQueryItemsAndFragmentAndReplacesOurs)
{
    Campaign c = springCampaign();
    c.landingUrl = QStringLiteral("https://shop.example.com/p?lang=de&utm_source=old&ref=X#signup");
    const QUrl url(PersonalLink(c).forCode(QStringLiteral("BO9")));
    const QUrlQuery query(url);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("lang")), QStringLiteral("de"));
    EXPECT_EQ(query.allQueryItemValues(QStringLiteral("utm_source")), QStringList {QStringLiteral("referral")});
    EXPECT_EQ(query.allQueryItemValues(QStringLiteral("ref")), QStringList {QStringLiteral("BO9")});
    EXPECT_EQ(query.queryItemValue(QStringLiteral("utm_campaign")), QStringLiteral("spring-2026"));
    EXPECT_EQ(url.fragment(), QStringLiteral("signup"));
    EXPECT_EQ(url.path(), QStringLiteral("/p"));
}

TEST(PersonalLink, EmptyUtmValuesAreLeftOut)
{
    Campaign c = springCampaign();
    c.utmMedium.clear();
    c.utmCampaign = QStringLiteral("  ");
    EXPECT_EQ(PersonalLink(c).forCode(QStringLiteral("C0D")),
        QStringLiteral("https://shop.example.com/friends?utm_source=referral&ref=C0D"));
}

TEST(PersonalLink, EncodesSpacesPlusAndPercentInValues)
{
    Campaign c = springCampaign();
    c.utmCampaign = QStringLiteral("Spring+Sale 50%");
    const QString link = PersonalLink(c).forCode(QStringLiteral("a b"));
    EXPECT_TRUE(link.contains(QStringLiteral("utm_campaign=Spring%2BSale%2050%25"))) << link.toStdString();
    EXPECT_TRUE(link.endsWith(QStringLiteral("ref=a%20b"))) << link.toStdString();
    const QUrlQuery query {QUrl(link)};
    EXPECT_EQ(
        query.queryItemValue(QStringLiteral("utm_campaign"), QUrl::FullyDecoded), QStringLiteral("Spring+Sale 50%"));
}

TEST(PersonalLink, AddsHttpsWhenTheSchemeWasLeftOut)
{
    Campaign c = springCampaign();
    c.landingUrl = QStringLiteral("shop.example.com/friends");
    const PersonalLink link(c);
    ASSERT_TRUE(link.isAvailable()) << link.unavailableReason().toStdString();
    EXPECT_TRUE(link.forCode(QStringLiteral("X1Y")).startsWith(QStringLiteral("https://shop.example.com/friends?")));
    c.landingUrl = QStringLiteral("localhost:8080/friends");
    EXPECT_TRUE(
        PersonalLink(c).forCode(QStringLiteral("X1Y")).startsWith(QStringLiteral("https://localhost:8080/friends?")));
}

TEST(PersonalLink, AnEmptyLandingPageGivesNoLinkAndAReason)
{
    Campaign c = springCampaign();
    c.landingUrl = QStringLiteral("   ");
    const PersonalLink link(c);
    EXPECT_FALSE(link.isAvailable());
    EXPECT_TRUE(link.forCode(QStringLiteral("ANNA")).isEmpty());
    EXPECT_TRUE(link.unavailableReason().contains(QStringLiteral("landing page")))
        << link.unavailableReason().toStdString();
}

TEST(PersonalLink, AnAddressThatIsNotAWebAddressGivesAReasonNamingIt)
{
    for (const char* bad : {"ftp://files.example.com/x", "not a web address", "mailto:anna@example.com"}) {
        Campaign c = springCampaign();
        c.landingUrl = QString::fromUtf8(bad);
        const PersonalLink link(c);
        EXPECT_FALSE(link.isAvailable()) << bad;
        EXPECT_TRUE(link.forCode(QStringLiteral("ANNA")).isEmpty()) << bad;
        EXPECT_TRUE(link.unavailableReason().contains(c.landingUrl)) << link.unavailableReason().toStdString();
    }
}

// ---- reward wording ------------------------------------------------------------------------

TEST(RewardWording, WordsEachKind)
{
    const QString eur = QStringLiteral("EUR");
    EXPECT_EQ(RewardWording::describe({RewardKind::Points, 500, {}}, eur, usEnglish), QStringLiteral("500 points"));
    EXPECT_EQ(RewardWording::describe({RewardKind::Points, 1, {}}, eur, usEnglish), QStringLiteral("1 point"));
    EXPECT_EQ(RewardWording::describe({RewardKind::StoreCredit, 1000, {}}, eur, usEnglish),
        QStringLiteral("€10.00 store credit"));
    EXPECT_EQ(
        RewardWording::describe({RewardKind::PercentDiscount, 1500, {}}, eur, usEnglish), QStringLiteral("15% off"));
    EXPECT_EQ(
        RewardWording::describe({RewardKind::PercentDiscount, 1250, {}}, eur, usEnglish), QStringLiteral("12.5% off"));
    EXPECT_EQ(
        RewardWording::describe({RewardKind::FixedDiscount, 500, {}}, eur, usEnglish), QStringLiteral("€5.00 off"));
    EXPECT_EQ(RewardWording::describe({RewardKind::Cash, 2500, {}}, eur, usEnglish), QStringLiteral("€25.00 cash"));
    EXPECT_EQ(RewardWording::describe({RewardKind::Gift, 0, QStringLiteral("a tote bag")}, eur, usEnglish),
        QStringLiteral("a tote bag"));
    EXPECT_EQ(
        RewardWording::describe({RewardKind::Gift, 2000, {}}, eur, usEnglish), QStringLiteral("a gift worth €20.00"));
    EXPECT_EQ(RewardWording::describe({RewardKind::Gift, 0, {}}, eur, usEnglish), QStringLiteral("a gift"));
    EXPECT_EQ(RewardWording::describe({RewardKind::None, 0, {}}, eur, usEnglish), QStringLiteral("no reward"));
    EXPECT_EQ(RewardWording::describe({RewardKind::Cash, 1000, {}}, QStringLiteral("JPY"), usEnglish),
        QStringLiteral("¥1,000 cash"));
}

TEST(RewardWording, PrefersTheOffersOwnDescription)
{
    EXPECT_EQ(RewardWording::describe({RewardKind::StoreCredit, 1000, QStringLiteral("  a free coffee every week ")},
                  QStringLiteral("EUR")),
        QStringLiteral("a free coffee every week"));
}

TEST(RewardWording, PercentUsesTheLocalesDecimalSign)
{
    EXPECT_EQ(RewardWording::percent(1205, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("12,05"));
    EXPECT_EQ(RewardWording::percent(10000, usEnglish), QStringLiteral("100"));
}

// ---- composer ------------------------------------------------------------------------------

TEST(InvitationComposer, MergesOneAdvocateWithTheCampaign)
{
    Campaign c = springCampaign();
    c.messageTemplate = QStringLiteral("{first_name} {last_name}: {referral_code} {link} | {advocate_reward} / "
                                       "{friend_reward} | {disclosure} | {business_name} | {campaign}");
    const InvitationComposer composer(c, bakery(), usEnglish);
    const Recipient anna {1, QStringLiteral("anna@example.com"), QStringLiteral("Anna"), QStringLiteral("Berg"),
        QStringLiteral("ANNA-7K2")};
    EXPECT_EQ(composer.messageFor(anna),
        QStringLiteral("Anna Berg: ANNA-7K2 https://shop.example.com/friends?utm_source=referral&utm_medium=email"
                       "&utm_campaign=spring-2026&ref=ANNA-7K2 | €10.00 store credit / 15% off | You earn store "
                       "credit for each friend who buys. | Rosa's Bakery | Spring friends"));
}

TEST(InvitationComposer, UsesTheDefaultTemplateWhenTheCampaignHasNone)
{
    Campaign c = springCampaign();
    c.messageTemplate = QStringLiteral(" \n");
    const InvitationComposer composer(c, bakery(), usEnglish);
    EXPECT_EQ(composer.messageTemplate().text(), InvitationTemplate::defaultText());
    const QString message = composer.messageFor({1, {}, QStringLiteral("Anna"), {}, QStringLiteral("ANNA-7K2")});
    EXPECT_TRUE(message.startsWith(QStringLiteral("Hi Anna,"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("&ref=ANNA-7K2"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QLatin1Char('{'))) << message.toStdString();
}

// ---- recipients and the mail-merge export ----------------------------------------------------

/// Reads back a CSV this codebase wrote (RFC 4180), enough for the tests.
std::vector<QStringList> parseCsv(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (ch == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            field += ch;
        }
    }
    return rows;
}

class MailMergeTest : public ::testing::Test
{
protected:
    qint64 add(const QString& first, const QString& last, const QString& email, bool consent,
        domain::AdvocateStatus status = domain::AdvocateStatus::Active, const QString& code = {})
    {
        store::AdvocateStore store(m_db.connection(), m_db.clock());
        domain::Advocate a;
        a.firstName = first;
        a.lastName = last;
        a.email = email;
        a.consent = consent;
        a.status = status;
        a.referralCode = code;
        const Status created = store.create(a);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        return a.id;
    }
    void addTheUsualPeople()
    {
        m_anna = add(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"), true,
            domain::AdvocateStatus::Active, QStringLiteral("ANNA-7K2"));
        add(QStringLiteral("Carl"), QStringLiteral("Dahl"), QStringLiteral("carl@example.com"), false);
        add(QStringLiteral("Dina"), QStringLiteral("Ek"), QStringLiteral("dina@example.com"), true,
            domain::AdvocateStatus::Inactive);
        add(QStringLiteral("Erik"), QStringLiteral("Falk"), QString(), true);
        m_zoe = add(QStringLiteral("=Zoë"), QStringLiteral("Lund, Jr."), QStringLiteral("zoe@example.com"), true,
            domain::AdvocateStatus::Active, QStringLiteral("ZOE-42"));
    }
    InvitationComposer composer() const
    {
        Campaign c = springCampaign();
        c.messageTemplate = QStringLiteral("Hello {first_name},\nuse {referral_code}.");
        return InvitationComposer(c, bakery(), usEnglish);
    }
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    test::TestDatabase m_db;
    QTemporaryDir m_dir;
    qint64 m_anna = 0;
    qint64 m_zoe = 0;
};

TEST_F(MailMergeTest, RecipientsAreOnlyConsentingActiveAdvocatesWithEmail)
{
    addTheUsualPeople();
    const InvitationRecipients recipients(m_db.connection());
    EXPECT_EQ(*recipients.count(), 2);
    const auto first = recipients.first();
    ASSERT_TRUE(first.ok() && first->has_value());
    EXPECT_EQ((*first)->id, m_anna);
    EXPECT_EQ((*first)->displayName(), QStringLiteral("Anna Berg"));
    std::vector<qint64> ids;
    ASSERT_TRUE(recipients
                    .forEach([&](const Recipient& r) {
                        ids.push_back(r.id);
                        return true;
                    })
                    .ok());
    EXPECT_EQ(ids, (std::vector<qint64> {m_anna, m_zoe}));
    EXPECT_EQ(*InvitationRecipients(m_db.connection(), m_zoe).count(), 1);
}

TEST_F(MailMergeTest, NoRecipientsWhenNobodyConsented)
{
    add(QStringLiteral("Carl"), QStringLiteral("Dahl"), QStringLiteral("carl@example.com"), false);
    const InvitationRecipients recipients(m_db.connection());
    EXPECT_EQ(*recipients.count(), 0);
    EXPECT_FALSE(recipients.first()->has_value());
}

TEST_F(MailMergeTest, SuggestsByNameEmailOrCodeAmongRecipientsOnly)
{
    addTheUsualPeople();
    const InvitationRecipients recipients(m_db.connection());
    const auto names = [&](const QString& typed) {
        QStringList out;
        // Kept in a variable: a range-for over *temporary would read a destroyed vector.
        const auto found = recipients.suggest(typed);
        if (!found)
            return QString(QStringLiteral("error: ") + found.error().message);
        for (const Recipient& r : found.value())
            out << r.firstName;
        return out.join(QLatin1Char(','));
    };
    EXPECT_EQ(names(QStringLiteral("ber")), QStringLiteral("Anna"));
    EXPECT_EQ(names(QStringLiteral("anna berg")), QStringLiteral("Anna"));
    EXPECT_EQ(names(QStringLiteral("zoe@ex")), QStringLiteral("=Zoë"));
    EXPECT_EQ(names(QStringLiteral("zoe-4")), QStringLiteral("=Zoë"));
    EXPECT_EQ(names(QStringLiteral("example")), QStringLiteral("Anna,=Zoë"));
    EXPECT_EQ(names(QStringLiteral("carl")), QString()); // no consent
    EXPECT_EQ(names(QStringLiteral("dina")), QString()); // inactive
    EXPECT_EQ(names(QStringLiteral("a")), QString()); // too short to search
    EXPECT_EQ(names(QStringLiteral("%_")), QString());
    EXPECT_EQ(recipients.suggest(QStringLiteral("example"), 1)->size(), 1U);
}

TEST_F(MailMergeTest, ExportsOneRowPerRecipientWithLinkAndMessage)
{
    addTheUsualPeople();
    std::vector<std::pair<qint64, qint64>> calls;
    const auto outcome
        = MailMergeExport(m_db.connection(), composer()).write(path("merge.csv"), [&](qint64 done, qint64 total) {
              calls.emplace_back(done, total);
          });
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->written, 2);
    EXPECT_FALSE(outcome->cancelled);
    ASSERT_FALSE(calls.empty());
    EXPECT_EQ(calls.back(), std::make_pair(qint64 {2}, qint64 {2}));

    const QByteArray bytes = test::fileBytes(path("merge.csv"));
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"
                                 "email,first_name,last_name,referral_code,link,message\r\n"));
    const auto rows = parseCsv(bytes);
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(rows[0], MailMergeExport::header());
    EXPECT_EQ(rows[1],
        (QStringList {QStringLiteral("anna@example.com"), QStringLiteral("Anna"), QStringLiteral("Berg"),
            QStringLiteral("ANNA-7K2"),
            QStringLiteral("https://shop.example.com/friends?utm_source=referral&utm_medium=email"
                           "&utm_campaign=spring-2026&ref=ANNA-7K2"),
            QStringLiteral("Hello Anna,\nuse ANNA-7K2.")}));
    // A name that a spreadsheet would run as a formula is defused in both places it appears.
    EXPECT_EQ(rows[2][1], QStringLiteral("'=Zoë"));
    EXPECT_EQ(rows[2][2], QStringLiteral("Lund, Jr."));
    EXPECT_EQ(rows[2][5], QStringLiteral("Hello =Zoë,\nuse ZOE-42."));
}

TEST_F(MailMergeTest, WithoutALandingPageTheLinkColumnIsEmpty)
{
    addTheUsualPeople();
    Campaign c = springCampaign();
    c.landingUrl.clear();
    c.messageTemplate = QStringLiteral("Code {referral_code}{link}");
    const auto outcome
        = MailMergeExport(m_db.connection(), InvitationComposer(c, bakery(), usEnglish)).write(path("merge.csv"));
    ASSERT_TRUE(outcome.ok());
    const auto rows = parseCsv(test::fileBytes(path("merge.csv")));
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(rows[1][4], QString());
    EXPECT_EQ(rows[1][5], QStringLiteral("Code ANNA-7K2"));
}

TEST_F(MailMergeTest, NobodyConsentingWritesJustTheHeader)
{
    add(QStringLiteral("Carl"), QStringLiteral("Dahl"), QStringLiteral("carl@example.com"), false);
    const auto outcome = MailMergeExport(m_db.connection(), composer()).write(path("merge.csv"));
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(outcome->written, 0);
    EXPECT_EQ(parseCsv(test::fileBytes(path("merge.csv"))).size(), 1U);
}

TEST_F(MailMergeTest, CancelBeforeTheFirstRowLeavesNothing)
{
    addTheUsualPeople();
    exporting::CancelFlag cancel {true};
    const auto outcome = MailMergeExport(m_db.connection(), composer()).write(path("merge.csv"), {}, &cancel);
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome->cancelled);
    EXPECT_EQ(outcome->written, 0);
    EXPECT_TRUE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_F(MailMergeTest, CancelDuringTheExportLeavesAnOlderFileUntouched)
{
    {
        // One transaction, or 1,200 synchronous commits make the test slow.
        store::WriteTransaction transaction(m_db.connection());
        for (int i = 0; i < 1200; ++i)
            add(QStringLiteral("P%1").arg(i), QStringLiteral("Q"), QStringLiteral("p%1@example.com").arg(i), true);
        ASSERT_TRUE(transaction.commit().ok());
    }
    {
        QFile old(path("merge.csv"));
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("previous export\r\n");
    }
    exporting::CancelFlag cancel {false};
    qint64 lastDone = -1;
    const auto outcome = MailMergeExport(m_db.connection(), composer())
                             .write(
                                 path("merge.csv"),
                                 [&](qint64 done, qint64) {
                                     lastDone = done;
                                     if (done >= 500)
                                         cancel = true;
                                 },
                                 &cancel);
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome->cancelled);
    EXPECT_EQ(lastDone, 500);
    EXPECT_EQ(test::fileBytes(path("merge.csv")), QByteArray("previous export\r\n"));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("merge.csv")});
}

TEST_F(MailMergeTest, AnUnwritablePlaceGivesAMessageNamingIt)
{
    addTheUsualPeople();
    const QString target = m_dir.filePath(QStringLiteral("missing/merge.csv"));
    const auto outcome = MailMergeExport(m_db.connection(), composer()).write(target);
    ASSERT_FALSE(outcome.ok());
    EXPECT_TRUE(outcome.error().message.contains(QDir::toNativeSeparators(target)))
        << outcome.error().message.toStdString();
}

} // namespace
