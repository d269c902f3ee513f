// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "FakePrompter.h"
#include "TestDatabase.h"
#include "domain/Money.h"
#include "pages/campaigns/InvitationsDialog.h"
#include "pages/campaigns/ReferralCardsWriter.h"
#include "store/AdvocateStore.h"
#include "store/CampaignStore.h"
#include "store/SettingsStore.h"
#include "store/SqlSupport.h"

using namespace grapevine;
using grapevine::ui::InvitationsDialog;

namespace {

class InvitationsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        domain::BusinessSettings business;
        business.businessName = QStringLiteral("Rosa's Bakery");
        business.currency = QStringLiteral("EUR");
        ASSERT_TRUE(store::SettingsStore(m_db.connection()).save(business).ok());

        m_campaign.name = QStringLiteral("Spring friends");
        m_campaign.landingUrl = QStringLiteral("https://rosasbakery.example/friends");
        m_campaign.utmSource = QStringLiteral("referral");
        m_campaign.utmMedium = QStringLiteral("email");
        m_campaign.utmCampaign = QStringLiteral("spring-2026");
        m_campaign.advocateReward = {domain::RewardKind::StoreCredit, 1000, {}};
        m_campaign.friendReward = {domain::RewardKind::PercentDiscount, 1500, {}};
        m_campaign.disclosureText = QStringLiteral(
            "Rosa's Bakery gives you €10.00 store credit for each friend who makes a first purchase of €20.00 or "
            "more within 30 days of visiting your link. Your friend gets 15% off that order. One reward per friend; "
            "rewards are issued after 14 days. Terms: rosasbakery.example/terms");
        ASSERT_TRUE(campaigns().create(m_campaign).ok());
    }

    store::CampaignStore campaigns() { return store::CampaignStore(m_db.connection(), m_db.clock()); }

    qint64 add(const QString& first, const QString& last, const QString& email, bool consent, const QString& code = {})
    {
        store::AdvocateStore store(m_db.connection(), m_db.clock());
        domain::Advocate a;
        a.firstName = first;
        a.lastName = last;
        a.email = email;
        a.consent = consent;
        a.referralCode = code;
        const Status created = store.create(a);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        return a.id;
    }
    void addTheUsualPeople()
    {
        add(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"), true,
            QStringLiteral("ANNA-7K2"));
        add(QStringLiteral("Carl"), QStringLiteral("Dahl"), QStringLiteral("carl@example.com"), false);
        add(QStringLiteral("Zoë"), QStringLiteral("Lund"), QStringLiteral("zoe@example.com"), true,
            QStringLiteral("ZOE-42"));
    }

    std::unique_ptr<InvitationsDialog> open()
    {
        auto dialog = std::make_unique<InvitationsDialog>(m_db.database(), m_campaign.id, m_prompter, m_files);
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        return dialog;
    }
    template <typename T>
    static T* find(QWidget& dialog, const char* name)
    {
        T* child = dialog.findChild<T*>(QLatin1String(name));
        EXPECT_TRUE(child) << name;
        return child;
    }
    static QString preview(QWidget& dialog) { return find<QPlainTextEdit>(dialog, "previewText")->toPlainText(); }
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    static int pdfPageCount(const QByteArray& pdf)
    {
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
        return static_cast<int>(QString::fromLatin1(pdf).count(page));
    }

    test::TestDatabase m_db;
    QTemporaryDir m_dir;
    domain::Campaign m_campaign;
    test::FakePrompter m_prompter;
    test::FakeFileChooser m_files;
};

TEST_F(InvitationsDialogTest, PreviewShowsTheMergedMessageForTheFirstConsentingAdvocate)
{
    addTheUsualPeople();
    auto dialog = open();
    const QString text = preview(*dialog);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Hi Anna,"))) << text.toStdString();
    // Money as the user's locale writes it ("€10.00" or "10.00 €"); the text box shows a
    // no-break space as a plain one.
    const QString credit = domain::Money(1000, QStringLiteral("EUR")).format().replace(QChar(0xA0), QLatin1Char(' '));
    EXPECT_TRUE(
        text.contains(QStringLiteral("they get 15% off and you get ") + credit + QStringLiteral(" store credit")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Your link: https://rosasbakery.example/friends?utm_source=referral"
                                             "&utm_medium=email&utm_campaign=spring-2026&ref=ANNA-7K2")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Rosa's Bakery gives you")));
    EXPECT_FALSE(text.contains(QLatin1Char('{')));
    EXPECT_TRUE(find<QLabel>(*dialog, "recipientsLabel")->text().contains(QStringLiteral("2 advocates")));
    test::saveScreenshot(*dialog, QStringLiteral("invitations-dialog"));
}

TEST_F(InvitationsDialogTest, PreviewFollowsTheAdvocateChosenByTyping)
{
    addTheUsualPeople();
    auto dialog = open();
    auto* search = find<QLineEdit>(*dialog, "previewSearchEdit");
    auto* completer = search->completer();
    ASSERT_TRUE(completer);

    search->clear();
    QTest::keyClicks(search, QStringLiteral("carl"));
    EXPECT_EQ(completer->model()->rowCount(), 0) << "Carl has not consented";

    search->clear();
    QTest::keyClicks(search, QStringLiteral("zoe-4"));
    ASSERT_EQ(completer->model()->rowCount(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return completer->popup()->isVisible(); }, 5000));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    const QString text = preview(*dialog);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Hi Zoë,"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("ref=ZOE-42"))) << text.toStdString();
    EXPECT_TRUE(find<QLabel>(*dialog, "previewRecipientLabel")->text().contains(QStringLiteral("zoe@example.com")));

    // Enter without opening the list takes the first suggestion.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("berg"));
    completer->popup()->hide();
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_TRUE(preview(*dialog).startsWith(QStringLiteral("Hi Anna,"))) << preview(*dialog).toStdString();
}

TEST_F(InvitationsDialogTest, UnknownFieldsAreWarnedAboutAndFieldsCanBeInserted)
{
    addTheUsualPeople();
    auto dialog = open();
    auto* editor = find<QPlainTextEdit>(*dialog, "templateEdit");
    auto* warning = find<QLabel>(*dialog, "unknownFieldsLabel");
    EXPECT_FALSE(warning->isVisible());
    editor->setPlainText(QStringLiteral("Hello {first_name} {nickname}, "));
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("{nickname}"))) << warning->text().toStdString();
    EXPECT_EQ(preview(*dialog), QStringLiteral("Hello Anna {nickname}, "));

    editor->moveCursor(QTextCursor::End);
    auto* insert = dialog->findChild<QAction*>(QStringLiteral("insertField_referral_code"));
    ASSERT_TRUE(insert);
    insert->trigger();
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("Hello {first_name} {nickname}, {referral_code}"));
    EXPECT_EQ(preview(*dialog), QStringLiteral("Hello Anna {nickname}, ANNA-7K2"));
    for (const char* name :
        {"insertField_first_name", "insertField_last_name", "insertField_link", "insertField_advocate_reward",
            "insertField_friend_reward", "insertField_disclosure", "insertField_business_name", "insertField_campaign"})
        EXPECT_TRUE(dialog->findChild<QAction*>(QLatin1String(name))) << name;
}

TEST_F(InvitationsDialogTest, SavingTheTemplatePersistsIt)
{
    addTheUsualPeople();
    auto dialog = open();
    auto* save = find<QPushButton>(*dialog, "saveTemplateButton");
    EXPECT_FALSE(save->isEnabled());
    const QString text = QStringLiteral("Dear {first_name}, your code is {referral_code}.");
    find<QPlainTextEdit>(*dialog, "templateEdit")->setPlainText(text);
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(campaigns().get(m_campaign.id)->messageTemplate, text);

    // Opened again, the dialog starts from the saved message.
    dialog.reset();
    auto again = open();
    EXPECT_EQ(find<QPlainTextEdit>(*again, "templateEdit")->toPlainText(), text);
    EXPECT_EQ(preview(*again), QStringLiteral("Dear Anna, your code is ANNA-7K2."));
}

TEST_F(InvitationsDialogTest, SavingWithAnUnknownFieldAsksFirst)
{
    addTheUsualPeople();
    auto dialog = open();
    find<QPlainTextEdit>(*dialog, "templateEdit")->setPlainText(QStringLiteral("Hi {nickname}"));
    m_prompter.nextAnswer = false;
    QTest::mouseClick(find<QPushButton>(*dialog, "saveTemplateButton"), Qt::LeftButton);
    ASSERT_EQ(m_prompter.confirmations.size(), 1);
    EXPECT_TRUE(m_prompter.confirmations.first().contains(QStringLiteral("{nickname}")));
    EXPECT_EQ(campaigns().get(m_campaign.id)->messageTemplate, QString());

    m_prompter.nextAnswer = true;
    QTest::mouseClick(find<QPushButton>(*dialog, "saveTemplateButton"), Qt::LeftButton);
    EXPECT_EQ(campaigns().get(m_campaign.id)->messageTemplate, QStringLiteral("Hi {nickname}"));
}

TEST_F(InvitationsDialogTest, ClosingWithAnUnsavedMessageAsks)
{
    addTheUsualPeople();
    auto dialog = open();
    find<QPlainTextEdit>(*dialog, "templateEdit")->setPlainText(QStringLiteral("Changed"));
    m_prompter.nextAnswer = false;
    dialog->reject();
    EXPECT_EQ(m_prompter.confirmations.size(), 1);
    EXPECT_TRUE(dialog->isVisible());
    m_prompter.nextAnswer = true;
    dialog->reject();
    EXPECT_FALSE(dialog->isVisible());
}

TEST_F(InvitationsDialogTest, ExportWritesTheMailMergeCsv)
{
    addTheUsualPeople();
    auto dialog = open();
    m_files.nextFiles << path("invitations"); // no suffix typed: .csv is added
    QTest::mouseClick(find<QPushButton>(*dialog, "exportCsvButton"), Qt::LeftButton);
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(QLatin1Char('\n')).toStdString();
    const QByteArray bytes = test::fileBytes(path("invitations.csv"));
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"
                                 "email,first_name,last_name,referral_code,link,message\r\n"));
    EXPECT_TRUE(bytes.contains("anna@example.com,Anna,Berg,ANNA-7K2,https://rosasbakery.example/friends?"));
    EXPECT_TRUE(bytes.contains("zoe@example.com,Zo\xC3\xAB,Lund,ZOE-42,"));
    EXPECT_FALSE(bytes.contains("carl@example.com"));
    ASSERT_EQ(m_prompter.informations.size(), 1);
    EXPECT_TRUE(m_prompter.informations.first().contains(QStringLiteral("Wrote 2 invitations")))
        << m_prompter.informations.first().toStdString();
}

TEST_F(InvitationsDialogTest, ExportSaysSoWhenNoAdvocateHasConsented)
{
    add(QStringLiteral("Carl"), QStringLiteral("Dahl"), QStringLiteral("carl@example.com"), false);
    auto dialog = open();
    EXPECT_TRUE(find<QLabel>(*dialog, "recipientsLabel")->text().contains(QStringLiteral("No advocate")));
    EXPECT_TRUE(preview(*dialog).startsWith(QStringLiteral("Hi Alex,"))) << preview(*dialog).toStdString();
    m_files.nextFiles << path("invitations.csv");
    QTest::mouseClick(find<QPushButton>(*dialog, "exportCsvButton"), Qt::LeftButton);
    EXPECT_EQ(m_files.asked, 0);
    ASSERT_EQ(m_prompter.informations.size(), 1);
    EXPECT_TRUE(m_prompter.informations.first().contains(QStringLiteral("No advocate has agreed")));
    EXPECT_FALSE(QFile::exists(path("invitations.csv")));
    QTest::mouseClick(find<QPushButton>(*dialog, "printCardsButton"), Qt::LeftButton);
    EXPECT_EQ(m_files.asked, 0);
    EXPECT_EQ(m_prompter.informations.size(), 2);
}

TEST_F(InvitationsDialogTest, TheLinkNoteShowsThePlaceholderOfTheCode)
{
    addTheUsualPeople();
    auto dialog = open();
    auto* note = find<QLabel>(*dialog, "linkNoteLabel");
    // As rich text, "<their code>" would be read as a tag and vanish from the sentence.
    EXPECT_EQ(note->textFormat(), Qt::PlainText);
    EXPECT_TRUE(note->text().contains(QStringLiteral("ref=<their code>"))) << note->text().toStdString();
    EXPECT_EQ(find<QLabel>(*dialog, "landingUrlLabel")->textFormat(), Qt::PlainText);
}

TEST_F(InvitationsDialogTest, AnEmptyLandingPageIsPointedOut)
{
    m_campaign.landingUrl.clear();
    ASSERT_TRUE(campaigns().update(m_campaign).ok());
    addTheUsualPeople();
    auto dialog = open();
    EXPECT_TRUE(find<QLabel>(*dialog, "linkNoteLabel")->text().contains(QStringLiteral("no landing page")));
    EXPECT_TRUE(find<QLabel>(*dialog, "previewLinkLabel")->text().contains(QStringLiteral("No personal link")));
    EXPECT_FALSE(preview(*dialog).contains(QStringLiteral("https://")));
    find<QPlainTextEdit>(*dialog, "templateEdit")->setPlainText(QStringLiteral("Hi {first_name} {nickname}"));
    test::saveScreenshot(*dialog, QStringLiteral("invitations-dialog-warnings"));
}

TEST_F(InvitationsDialogTest, CardsPdfHasEightCardsPerPage)
{
    {
        store::WriteTransaction transaction(m_db.connection());
        const char* names[] = {"Anna", "Bo", "Cleo", "Dev", "Elif", "Farid", "Greta", "Hugo", "Ines"};
        for (const char* name : names) {
            const QString first = QString::fromLatin1(name);
            add(first, QStringLiteral("Example"), first.toLower() + QStringLiteral("@example.com"), true);
        }
        add(QStringLiteral("Carl"), QStringLiteral("Dahl"), QStringLiteral("carl@example.com"), false);
        ASSERT_TRUE(transaction.commit().ok());
    }
    auto dialog = open();
    auto* scope = find<QComboBox>(*dialog, "cardsScopeCombo");
    ASSERT_EQ(scope->count(), 2);
    EXPECT_TRUE(scope->itemText(0).contains(QStringLiteral("9"))) << scope->itemText(0).toStdString();
    scope->setCurrentIndex(0);
    m_files.nextFiles << path("cards.pdf");
    QTest::mouseClick(find<QPushButton>(*dialog, "printCardsButton"), Qt::LeftButton);
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(QLatin1Char('\n')).toStdString();
    const QByteArray pdf = test::fileBytes(path("cards.pdf"));
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pdfPageCount(pdf), 2);
    ASSERT_EQ(m_prompter.informations.size(), 1);
    EXPECT_TRUE(m_prompter.informations.first().contains(QStringLiteral("Wrote 9 referral cards")))
        << m_prompter.informations.first().toStdString();

    const QString shots = qEnvironmentVariable("GRAPEVINE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QFile::remove(QDir(shots).filePath(QStringLiteral("referral-cards.pdf")));
        QFile::copy(path("cards.pdf"), QDir(shots).filePath(QStringLiteral("referral-cards.pdf")));
    }

    // Just the previewed advocate: one page with one card.
    scope->setCurrentIndex(1);
    EXPECT_TRUE(scope->currentText().contains(QStringLiteral("Anna"))) << scope->currentText().toStdString();
    m_files.nextFiles << path("one.pdf");
    QTest::mouseClick(find<QPushButton>(*dialog, "printCardsButton"), Qt::LeftButton);
    const QByteArray one = test::fileBytes(path("one.pdf"));
    EXPECT_TRUE(one.startsWith("%PDF-"));
    EXPECT_EQ(pdfPageCount(one), 1);
    ASSERT_EQ(m_prompter.informations.size(), 2);
    EXPECT_TRUE(m_prompter.informations.last().contains(QStringLiteral("Wrote 1 referral card ")))
        << m_prompter.informations.last().toStdString();
}

TEST_F(InvitationsDialogTest, CardsWriterCancelledLeavesNoFile)
{
    addTheUsualPeople();
    const auto business = store::SettingsStore(m_db.connection()).load();
    ASSERT_TRUE(business.ok());
    const ui::ReferralCardsWriter writer(invitations::InvitationComposer(m_campaign, *business));
    exporting::CancelFlag cancel {false};
    const auto outcome = writer.write(
        path("cards.pdf"), invitations::InvitationRecipients(m_db.connection()),
        [&](qint64 done, qint64) { cancel = done >= 1; }, &cancel);
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome->cancelled);
    EXPECT_TRUE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_F(InvitationsDialogTest, CardsWriterReportsAnUnwritablePlace)
{
    addTheUsualPeople();
    const auto business = store::SettingsStore(m_db.connection()).load();
    const ui::ReferralCardsWriter writer(invitations::InvitationComposer(m_campaign, *business));
    const QString target = m_dir.filePath(QStringLiteral("missing/cards.pdf"));
    const auto outcome = writer.write(target, invitations::InvitationRecipients(m_db.connection()));
    ASSERT_FALSE(outcome.ok());
    EXPECT_TRUE(outcome.error().message.contains(QDir::toNativeSeparators(target)))
        << outcome.error().message.toStdString();
}

TEST_F(InvitationsDialogTest, CardsWorkForLongNamesAndWithoutALandingPage)
{
    add(QStringLiteral("Maximiliane-Alexandra"), QStringLiteral("Vandenberghe-Oppenheimer de la Fuente"),
        QStringLiteral("max@example.com"), true, QStringLiteral("MAXIMILIANE-ALEXANDRA-VANDENBERG"));
    domain::Campaign noLink = m_campaign;
    noLink.landingUrl.clear();
    noLink.name = QStringLiteral("The very long and descriptive spring referral campaign for regular customers");
    noLink.disclosureText = m_campaign.disclosureText.repeated(3);
    const auto business = store::SettingsStore(m_db.connection()).load();
    ASSERT_TRUE(business.ok());
    for (const domain::Campaign& campaign : {m_campaign, noLink}) {
        const ui::ReferralCardsWriter writer(invitations::InvitationComposer(campaign, *business));
        const auto outcome = writer.write(path("long.pdf"), invitations::InvitationRecipients(m_db.connection()));
        ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
        EXPECT_EQ(outcome->written, 1);
        const QByteArray pdf = test::fileBytes(path("long.pdf"));
        EXPECT_TRUE(pdf.startsWith("%PDF-"));
        EXPECT_EQ(pdfPageCount(pdf), 1);
        const QString shots = qEnvironmentVariable("GRAPEVINE_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            const QString copy
                = QDir(shots).filePath(campaign.landingUrl.isEmpty() ? QStringLiteral("referral-cards-long-nolink.pdf")
                                                                     : QStringLiteral("referral-cards-long.pdf"));
            QFile::remove(copy);
            QFile::copy(path("long.pdf"), copy);
        }
    }
}

TEST_F(InvitationsDialogTest, CardsWriterWritesNothingWithoutRecipients)
{
    addTheUsualPeople();
    const auto business = store::SettingsStore(m_db.connection()).load();
    ASSERT_TRUE(business.ok());
    const ui::ReferralCardsWriter writer(invitations::InvitationComposer(m_campaign, *business));
    const qint64 carl = add(QStringLiteral("Cora"), QStringLiteral("Ek"), QStringLiteral("cora@example.com"), false);
    const auto outcome = writer.write(path("cards.pdf"), invitations::InvitationRecipients(m_db.connection(), carl));
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(outcome->written, 0);
    EXPECT_FALSE(outcome->cancelled);
    EXPECT_FALSE(QFile::exists(path("cards.pdf")));
}

TEST_F(InvitationsDialogTest, AMissingCampaignIsExplainedAndNothingCanBeDone)
{
    addTheUsualPeople();
    InvitationsDialog dialog(m_db.database(), m_campaign.id + 100, m_prompter, m_files);
    dialog.show();
    auto* error = find<QLabel>(dialog, "loadErrorLabel");
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().isEmpty());
    for (const char* name : {"exportCsvButton", "printCardsButton", "saveTemplateButton"})
        EXPECT_FALSE(find<QPushButton>(dialog, name)->isEnabled()) << name;
    EXPECT_FALSE(find<QPlainTextEdit>(dialog, "templateEdit")->isEnabled());
}

TEST_F(InvitationsDialogTest, CardsRewardLineSaysWhatEachSideGets)
{
    const auto business = store::SettingsStore(m_db.connection()).load();
    ASSERT_TRUE(business.ok());
    EXPECT_EQ(ui::ReferralCardsWriter(invitations::InvitationComposer(m_campaign, *business, QLocale(QLocale::English)))
                  .rewardLine(),
        QStringLiteral("Your friend gets 15% off, and you get €10.00 store credit."));
    domain::Campaign nothing = m_campaign;
    nothing.advocateReward = {};
    nothing.friendReward = {};
    EXPECT_EQ(ui::ReferralCardsWriter(invitations::InvitationComposer(nothing, *business)).rewardLine(), QString());
}

} // namespace
