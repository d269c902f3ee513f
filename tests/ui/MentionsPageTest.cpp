// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <functional>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "FakePrompter.h"
#include "ProgramFixture.h"
#include "db/Database.h"
#include "dialogs/MentionSettingsDialog.h"
#include "mainwindow/MainWindow.h"
#include "mentions/ResponseWorkflow.h"
#include "pages/mentions/MentionDetailsPanel.h"
#include "pages/mentions/MentionLogForm.h"
#include "pages/mentions/MentionsPage.h"
#include "settings/Settings.h"
#include "store/MentionStore.h"
#include "store/SettingsStore.h"
#include "widgets/AlertColor.h"

using namespace grapevine;
using domain::Mention;
using domain::ResponseStatus;
using domain::Sentiment;
using itemmodels::MentionListModel;
using ui::MentionsPage;

namespace {

std::string str(const QString& s)
{
    return s.toStdString();
}

/// WCAG contrast ratio of two colours.
double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

class MentionsPageTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    void SetUp() override
    {
        m_campaign = addCampaign([](domain::Campaign& c) { c.name = QStringLiteral("Bread club"); });
        m_anna = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"));
        m_page.setDatabase(&database().database());
        m_page.resize(1280, 860);
        m_page.show();
        // Focus moves only inside the active window, and offscreen nothing activates by itself.
        QApplication::setActiveWindow(&m_page);
    }
    void TearDown() override
    {
        m_undo.clear();
        m_page.setDatabase(nullptr);
    }

    ui::MentionLogForm& form() { return *m_page.logForm(); }
    store::MentionStore mentions() { return store::MentionStore(db(), clock()); }
    Mention stored(qint64 id) { return mentions().get(id).value(); }

    Mention add(Sentiment sentiment, const QString& author, const QDateTime& occurredAt,
        const std::function<void(Mention&)>& tweak = nullptr)
    {
        Mention m;
        m.occurredAt = occurredAt;
        m.channel = QStringLiteral("google_review");
        m.author = author;
        m.sentiment = sentiment;
        m.body = QStringLiteral("Said by %1").arg(author);
        if (tweak)
            tweak(m);
        const Status s = mentions().create(m);
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : str(s.error().message));
        return m;
    }

    QList<qint64> rowIds()
    {
        QList<qint64> ids;
        for (int row = 0; row < m_page.model().rowCount(); ++row)
            ids << m_page.model().idAt(row);
        return ids;
    }

    void selectRow(qint64 id)
    {
        const int row = m_page.model().rowOf(id);
        ASSERT_GE(row, 0);
        m_page.table()->selectRow(row);
        ASSERT_EQ(m_page.currentMentionId(), id);
    }

    void chooseFilter(QComboBox* combo, const QVariant& data)
    {
        const int index = combo->findData(data);
        ASSERT_GE(index, 0) << str(data.toString());
        combo->setCurrentIndex(index);
        m_page.applyFilters();
    }

    QTemporaryDir m_dir;
    Settings m_settings {m_dir.filePath(QStringLiteral("settings.ini"))};
    test::FakePrompter m_prompter;
    test::FakeFileChooser m_files;
    QUndoStack m_undo;
    MentionsPage m_page {m_settings, m_prompter, m_files, m_undo, clock()};
    qint64 m_campaign = 0;
    qint64 m_anna = 0;
};

TEST_F(MentionsPageTest, ANegativeMentionLoggedFromTheKeyboardIsAnsweredThenResolved)
{
    auto* empty = m_page.findChild<QStackedWidget*>(QStringLiteral("mentionsStack"));
    ASSERT_TRUE(empty);
    EXPECT_EQ(empty->currentWidget()->objectName(), QStringLiteral("mentionsEmptyState"));
    QApplication::processEvents(); // the layouts settle as they would on screen
    test::saveScreenshot(m_page, QStringLiteral("mentions-empty"));

    // Channel by its first letters, who, how it felt, what was said, Ctrl+Enter.
    form().channelCombo()->setFocus();
    QTest::keyClicks(form().channelCombo(), QStringLiteral("goo"));
    EXPECT_EQ(form().channelCombo()->currentData().toString(), QStringLiteral("google_review"));
    form().authorEdit()->setFocus();
    QTest::keyClicks(form().authorEdit(), QStringLiteral("Tom Reed"));
    form().sentimentButton(Sentiment::Negative)->setFocus();
    QTest::keyClick(form().sentimentButton(Sentiment::Negative), Qt::Key_Space);
    form().textEdit()->setFocus();
    QTest::keyClicks(form().textEdit(), QStringLiteral("Cold pizza and a rude waiter."));
    QTest::keyClick(form().textEdit(), Qt::Key_Return, Qt::ControlModifier);

    ASSERT_EQ(m_page.model().rowCount(), 1) << str(form().resultLabel()->text());
    const qint64 id = m_page.model().idAt(0);
    const QString said = form().resultLabel()->text();
    EXPECT_TRUE(said.contains(QStringLiteral("Tom Reed"))) << str(said);
    EXPECT_TRUE(said.contains(QStringLiteral("response queue, due in 24 h"))) << str(said);
    EXPECT_TRUE(form().authorEdit()->text().isEmpty()) << "ready for the next one";
    EXPECT_TRUE(form().textEdit()->toPlainText().isEmpty());
    EXPECT_EQ(form().channelCombo()->currentIndex(), -1);
    EXPECT_TRUE(form().urlEdit()->hasFocus());
    EXPECT_EQ(empty->currentWidget()->objectName(), QStringLiteral("mentionsContent"));
    Mention m = stored(id);
    EXPECT_EQ(m.channel, QStringLiteral("google_review"));
    EXPECT_EQ(m.author, QStringLiteral("Tom Reed"));
    EXPECT_EQ(m.body, QStringLiteral("Cold pizza and a rude waiter."));
    EXPECT_EQ(m.sentiment, Sentiment::Negative);
    EXPECT_EQ(m.responseStatus, ResponseStatus::NeedsResponse);
    EXPECT_EQ(m.responseDueAt, m.occurredAt.addSecs(24 * 3600));
    EXPECT_LE(m.occurredAt, clock().nowUtc());
    EXPECT_GT(m.occurredAt, clock().nowUtc().addSecs(-60)) << "now, as the clock says";
    EXPECT_EQ(m_undo.count(), 1);
    QApplication::processEvents(); // the layouts settle as they would on screen
    test::saveScreenshot(m_page, QStringLiteral("mentions-log"));

    // The queue holds it; the details say when it is due.
    m_page.showView(MentionsPage::QueueView);
    ASSERT_EQ(rowIds(), QList<qint64>({id}));
    auto* queueButton = m_page.findChild<QAbstractButton*>(QStringLiteral("viewQueue"));
    ASSERT_TRUE(queueButton);
    EXPECT_EQ(queueButton->text(), QStringLiteral("Response queue (1)"));
    selectRow(id);
    EXPECT_TRUE(m_page.details()->dueLabelText().contains(QStringLiteral("due in 24 h")))
        << str(m_page.details()->dueLabelText());
    EXPECT_FALSE(m_page.respondAction()->isEnabled()) << "a response needs its text";
    EXPECT_FALSE(m_page.resolveAction()->isEnabled()) << "not answered yet";
    EXPECT_FALSE(m_page.reopenAction()->isEnabled()) << "already waiting";

    QPlainTextEdit* response = m_page.details()->responseEdit();
    response->setFocus();
    clock().advanceSeconds(2 * 3600);
    QTest::keyClicks(response, QStringLiteral("Sorry, Tom: your next pizza is on us."));
    EXPECT_TRUE(m_page.respondAction()->isEnabled());
    QApplication::processEvents(); // the layouts settle as they would on screen
    test::saveScreenshot(m_page, QStringLiteral("mentions-queue"));
    QTest::keyClick(response, Qt::Key_Return, Qt::ControlModifier);
    m = stored(id);
    EXPECT_EQ(m.responseStatus, ResponseStatus::Responded);
    EXPECT_EQ(m.responseText, QStringLiteral("Sorry, Tom: your next pizza is on us."));
    EXPECT_EQ(m.respondedAt, clock().nowUtc());
    EXPECT_EQ(m_page.model().rowCount(), 0) << "answered: out of the queue";
    EXPECT_EQ(queueButton->text(), QStringLiteral("Response queue (0)"));
    EXPECT_EQ(m_page.currentMentionId(), id) << "the details stay on it, for the next step";
    ASSERT_TRUE(m_page.resolveAction()->isEnabled());
    EXPECT_FALSE(m_page.respondAction()->isEnabled()) << "nothing new to keep";

    clock().advanceSeconds(3600);
    m_page.resolveAction()->trigger();
    m = stored(id);
    EXPECT_EQ(m.responseStatus, ResponseStatus::Resolved);
    EXPECT_EQ(m.resolvedAt, clock().nowUtc());
    EXPECT_FALSE(m_page.resolveAction()->isEnabled());
    EXPECT_TRUE(m_page.reopenAction()->isEnabled());
    EXPECT_TRUE(m_page.details()->responseEdit()->isReadOnly()) << "a resolved answer is reopened to be changed";
    ASSERT_EQ(m_undo.count(), 3);
    EXPECT_EQ(m_undo.undoText(), QStringLiteral("Resolve mention by “Tom Reed”"));

    m_undo.undo();
    m = stored(id);
    EXPECT_EQ(m.responseStatus, ResponseStatus::Responded);
    EXPECT_FALSE(m.resolvedAt.isValid());
    EXPECT_EQ(m.responseText, QStringLiteral("Sorry, Tom: your next pizza is on us."));
    EXPECT_TRUE(m_page.resolveAction()->isEnabled()) << "the page follows the undo";
    m_undo.redo();
    EXPECT_EQ(stored(id).responseStatus, ResponseStatus::Resolved);
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << str(m_prompter.warnings.join(QLatin1Char('\n')));
}

// The same file open in another window: undoing an answer after that window changed the
// mention would throw its change away, so the undo is refused and says why.
TEST_F(MentionsPageTest, UndoDoesNotThrowAwayAChangeMadeInAnotherWindow)
{
    const Mention m = add(Sentiment::Negative, QStringLiteral("Tom Reed"), clock().nowUtc());
    m_page.reload();
    m_page.showView(MentionsPage::AllView);
    selectRow(m.id);
    QPlainTextEdit* response = m_page.details()->responseEdit();
    response->setFocus();
    clock().advanceSeconds(60);
    QTest::keyClicks(response, QStringLiteral("Sorry, Tom."));
    QTest::keyClick(response, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(stored(m.id).responseStatus, ResponseStatus::Responded);
    ASSERT_EQ(m_undo.count(), 1);

    // Undo and redo with nobody else around.
    clock().advanceSeconds(60);
    m_undo.undo();
    EXPECT_EQ(stored(m.id).responseStatus, ResponseStatus::NeedsResponse);
    clock().advanceSeconds(60);
    m_undo.redo();
    EXPECT_EQ(stored(m.id).responseText, QStringLiteral("Sorry, Tom."));
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << str(m_prompter.warnings.join(QLatin1Char('\n')));

    db::OpenFailure failure;
    auto other = db::Database::open(database().path(), {}, &failure, clock());
    ASSERT_TRUE(other) << str(failure.message);
    store::MentionStore theirs(other->connection(), clock());
    clock().advanceSeconds(60);
    Mention theirCopy = theirs.get(m.id).value();
    theirCopy.reach = 4200;
    ASSERT_TRUE(theirs.update(theirCopy).ok());

    m_undo.undo();
    ASSERT_EQ(m_prompter.warnings.size(), 1);
    EXPECT_TRUE(m_prompter.warnings.front().contains(QStringLiteral("changed elsewhere")))
        << str(m_prompter.warnings.front());
    const Mention now = stored(m.id);
    EXPECT_EQ(now.responseText, QStringLiteral("Sorry, Tom.")) << "nothing was undone";
    EXPECT_EQ(now.reach, 4200) << "their change is kept";
}

TEST_F(MentionsPageTest, TheQueueShowsTheOneDueFirstOnTopAndMarksTheOverdue)
{
    const QDateTime now = clock().nowUtc();
    const Mention dueSoon = add(Sentiment::Negative, QStringLiteral("Soon"), now.addSecs(-20 * 3600));
    const Mention overdue = add(Sentiment::Negative, QStringLiteral("Late"), now.addSecs(-27 * 3600));
    const Mention fresh = add(Sentiment::Negative, QStringLiteral("Fresh"), now.addSecs(-3600));
    add(Sentiment::Positive, QStringLiteral("Happy"), now.addSecs(-600));
    m_page.reload();
    m_page.showView(MentionsPage::QueueView);
    ASSERT_EQ(rowIds(), QList<qint64>({overdue.id, dueSoon.id, fresh.id}));
    const auto overdueAt = [this](int row) {
        return m_page.model().index(row, MentionListModel::Response).data(MentionListModel::OverdueRole).toBool();
    };
    EXPECT_TRUE(overdueAt(0));
    EXPECT_FALSE(overdueAt(1));
    EXPECT_EQ(m_page.model().index(0, MentionListModel::Response).data().toString(), QStringLiteral("Overdue"));
    EXPECT_EQ(m_page.queueCounts().open, 3);
    EXPECT_EQ(m_page.queueCounts().overdue, 1);
    selectRow(overdue.id);
    EXPECT_TRUE(m_page.details()->dueLabelText().contains(QStringLiteral("overdue by 3 h")))
        << str(m_page.details()->dueLabelText());
    auto* queueButton = m_page.findChild<QAbstractButton*>(QStringLiteral("viewQueue"));
    EXPECT_TRUE(queueButton->font().bold()) << "something is overdue";

    // Five hours later, with nobody touching anything: the minute timer reads the clock again.
    clock().advanceSeconds(5 * 3600);
    m_page.refreshDueTimes();
    EXPECT_TRUE(overdueAt(1)) << "the next one is overdue now";
    EXPECT_FALSE(overdueAt(2));
    EXPECT_EQ(m_page.queueCounts().overdue, 2);
    EXPECT_TRUE(m_page.details()->dueLabelText().contains(QStringLiteral("overdue by 8 h")))
        << str(m_page.details()->dueLabelText());

    // The overdue red reads on light and dark backgrounds alike.
    QPalette light;
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x2b, 0x2b, 0x2b));
    for (const QPalette& p : {light, dark}) {
        EXPECT_GE(contrast(ui::alertColor(p), p.color(QPalette::Base)), 4.5) << str(ui::alertColor(p).name());
        EXPECT_NE(ui::alertColor(p), p.color(QPalette::Text));
    }
}

TEST_F(MentionsPageTest, TheNavigationShowsHowManyAnswersAreOverdue)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    test::FakePrompter prompter;
    test::FakeFileChooser files;
    ManualClock windowClock(test::fixedNow());
    ui::MainWindow window(settings, prompter, files, windowClock);
    ASSERT_TRUE(window.openDatabase(dir.filePath(QStringLiteral("shop.sqlite"))));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_TRUE(navigation);
    QListWidgetItem* item = navigation->item(static_cast<int>(ui::MainWindow::Page::Mentions));
    EXPECT_EQ(item->text(), QStringLiteral("Mentions"));
    const QString calmTip = item->toolTip();

    const QSqlDatabase shop = window.database()->connection();
    store::MentionStore store(shop, windowClock);
    const QDateTime now = windowClock.nowUtc();
    const auto complaint = [&](int hoursAgo) {
        Mention m;
        m.occurredAt = now.addSecs(-hoursAgo * 3600);
        m.channel = QStringLiteral("yelp");
        m.sentiment = Sentiment::Negative;
        EXPECT_TRUE(store.create(m).ok());
        return m.id;
    };
    const qint64 late = complaint(30);
    complaint(20);
    complaint(1);
    window.mentionsPage()->reload();
    EXPECT_EQ(item->text(), QStringLiteral("Mentions (1)"));
    // The plural forms come from the English catalogue once update_translations has run.
    EXPECT_TRUE(item->toolTip().startsWith(QStringLiteral("1 negative mention"))) << str(item->toolTip());
    EXPECT_TRUE(item->toolTip().endsWith(QStringLiteral("overdue for a response"))) << str(item->toolTip());

    windowClock.advanceSeconds(6 * 3600);
    window.mentionsPage()->refreshDueTimes();
    EXPECT_EQ(item->text(), QStringLiteral("Mentions (2)"));
    EXPECT_TRUE(item->toolTip().startsWith(QStringLiteral("2 negative mention"))) << str(item->toolTip());

    // Answered on the page: the count follows at once.
    window.mentionsPage()->showMention(late);
    window.mentionsPage()->details()->responseEdit()->setPlainText(QStringLiteral("We called them back."));
    window.resize(1100, 720);
    window.showPage(ui::MainWindow::Page::Mentions);
    window.show();
    QApplication::processEvents(); // the layouts settle as they would on screen
    test::saveScreenshot(window, QStringLiteral("mentions-main-window"));
    ASSERT_TRUE(window.mentionsPage()->respondAction()->isEnabled());
    window.mentionsPage()->respondAction()->trigger();
    EXPECT_EQ(item->text(), QStringLiteral("Mentions (1)"));
    window.undoStack()->undo();
    EXPECT_EQ(item->text(), QStringLiteral("Mentions (2)")) << "undo is counted too";
    window.undoStack()->redo();

    windowClock.set(now.addSecs(-3 * 24 * 3600)); // nothing is overdue at an earlier time
    window.mentionsPage()->refreshDueTimes();
    EXPECT_EQ(item->text(), QStringLiteral("Mentions"));
    EXPECT_EQ(item->toolTip(), calmTip);
    EXPECT_TRUE(prompter.warnings.isEmpty()) << str(prompter.warnings.join(QLatin1Char('\n')));
}

TEST_F(MentionsPageTest, APastedLinkChoosesTheChannelUnlessOneWasChosenByHand)
{
    QLineEdit* link = form().urlEdit();
    link->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("https://www.yelp.com/biz/bread-and-co-berlin"));
    QTest::keySequence(link, QKeySequence::Paste);
    ASSERT_EQ(link->text(), QStringLiteral("https://www.yelp.com/biz/bread-and-co-berlin"));
    EXPECT_EQ(form().channelCombo()->currentData().toString(), QStringLiteral("yelp"));
    EXPECT_TRUE(form().resultLabel()->text().contains(QStringLiteral("Yelp"))) << "it says what it did";

    // Typed without a scheme, and changed: the channel follows the link.
    link->clear();
    QTest::keyClicks(link, QStringLiteral("instagram.com/p/CxYz"));
    EXPECT_EQ(form().channelCombo()->currentData().toString(), QStringLiteral("instagram"));
    link->clear();
    QTest::keyClicks(link, QStringLiteral("https://bakery-blog.example.org/best-bread"));
    EXPECT_EQ(form().channelCombo()->currentIndex(), -1) << "an unknown site chooses nothing";

    // A channel chosen by hand stays whatever link comes next.
    form().channelCombo()->setFocus();
    QTest::keyClicks(form().channelCombo(), QStringLiteral("fo"));
    ASSERT_EQ(form().channelCombo()->currentData().toString(), QStringLiteral("forum"));
    link->setFocus();
    link->selectAll();
    QTest::keySequence(link, QKeySequence::Paste);
    EXPECT_EQ(form().channelCombo()->currentData().toString(), QStringLiteral("forum"));

    // Logged with the link as the text's stand-in.
    QTest::keyClick(link, Qt::Key_Return);
    ASSERT_EQ(m_page.model().rowCount(), 1) << str(form().resultLabel()->text());
    const Mention m = stored(m_page.model().idAt(0));
    EXPECT_EQ(m.channel, QStringLiteral("forum"));
    EXPECT_EQ(m.url, QStringLiteral("https://www.yelp.com/biz/bread-and-co-berlin"));
    EXPECT_EQ(m.sentiment, Sentiment::Neutral);
}

TEST_F(MentionsPageTest, BadInputIsNamedOnItsFieldAndNothingTypedIsLost)
{
    form().authorEdit()->setFocus();
    QTest::keyClicks(form().authorEdit(), QStringLiteral("Ann Lee"));
    form().textEdit()->setFocus();
    QTest::keyClicks(form().textEdit(), QStringLiteral("Lovely rye."));
    form().authorEdit()->setFocus();
    QTest::keyClick(form().authorEdit(), Qt::Key_Return);
    EXPECT_EQ(m_page.model().rowCount(), 0);
    EXPECT_EQ(form().problemField(), QStringLiteral("channel"));
    EXPECT_TRUE(form().resultLabel()->text().startsWith(QStringLiteral("Channel:")))
        << str(form().resultLabel()->text());
    EXPECT_TRUE(form().channelCombo()->hasFocus());
    EXPECT_TRUE(form().channelCombo()->property("problem").toBool());
    EXPECT_EQ(form().authorEdit()->text(), QStringLiteral("Ann Lee")) << "nothing typed is lost";
    EXPECT_EQ(form().textEdit()->toPlainText(), QStringLiteral("Lovely rye."));
    QApplication::processEvents(); // the layouts settle as they would on screen
    test::saveScreenshot(m_page, QStringLiteral("mentions-log-problem"));

    QTest::keyClicks(form().channelCombo(), QStringLiteral("fa"));
    const struct
    {
        const char* field;
        std::function<void()> spoil;
        std::function<void()> mend;
        QWidget* widget;
    } cases[] = {
        {"url", [this] { QTest::keyClicks(form().urlEdit(), QStringLiteral("not a link")); },
            [this] { form().urlEdit()->clear(); }, form().urlEdit()},
        {"occurred_at", [this] { form().whenEdit()->setDateTime(clock().nowUtc().toLocalTime().addDays(2)); },
            [this] { form().whenEdit()->setDateTime(clock().nowUtc().toLocalTime().addDays(-1)); }, form().whenEdit()},
        {"reach", [this] { QTest::keyClicks(form().reachEdit(), QStringLiteral("lots")); },
            [this] {
                form().reachEdit()->clear();
                QTest::keyClicks(form().reachEdit(), QStringLiteral("1,200"));
            },
            form().reachEdit()},
        {"advocate", [this] { QTest::keyClicks(form().advocateEdit(), QStringLiteral("Nobody")); },
            [this] {
                form().advocateEdit()->clear();
                QTest::keyClicks(form().advocateEdit(), QStringLiteral("anna@"));
            },
            form().advocateEdit()},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.field);
        c.spoil();
        form().authorEdit()->setFocus();
        QTest::keyClick(form().authorEdit(), Qt::Key_Return);
        EXPECT_EQ(m_page.model().rowCount(), 0);
        EXPECT_EQ(form().problemField(), QLatin1String(c.field)) << str(form().resultLabel()->text());
        EXPECT_TRUE(c.widget->hasFocus());
        EXPECT_EQ(form().authorEdit()->text(), QStringLiteral("Ann Lee"));
        EXPECT_EQ(form().textEdit()->toPlainText(), QStringLiteral("Lovely rye."));
        EXPECT_EQ(form().channelCombo()->currentData().toString(), QStringLiteral("facebook"));
        c.mend();
    }

    // Mended, it is logged with everything typed; undo takes it away and redo brings back the same row.
    form().campaignCombo()->setCurrentIndex(form().campaignCombo()->findData(m_campaign));
    form().incentivisedCheck()->setChecked(true);
    form().authorEdit()->setFocus();
    QTest::keyClick(form().authorEdit(), Qt::Key_Return);
    ASSERT_EQ(m_page.model().rowCount(), 1) << str(form().resultLabel()->text());
    EXPECT_TRUE(form().problemField().isEmpty());
    EXPECT_FALSE(form().channelCombo()->property("problem").toBool());
    const qint64 id = m_page.model().idAt(0);
    const Mention m = stored(id);
    EXPECT_EQ(m.author, QStringLiteral("Ann Lee"));
    EXPECT_EQ(m.reach, 1200);
    EXPECT_EQ(m.advocateId, m_anna);
    EXPECT_EQ(m.campaignId, m_campaign);
    EXPECT_TRUE(m.incentivised);
    EXPECT_EQ(m.occurredAt.toLocalTime().date(), clock().nowUtc().toLocalTime().date().addDays(-1));
    EXPECT_EQ(m.responseStatus, ResponseStatus::None) << "only complaints wait for an answer";
    EXPECT_EQ(form().campaignCombo()->currentData().toLongLong(), m_campaign) << "the campaign stays for the next";

    m_undo.undo();
    EXPECT_EQ(m_page.model().rowCount(), 0);
    EXPECT_EQ(mentions().get(id).error().code, Error::Code::NotFound);
    m_undo.redo();
    ASSERT_EQ(m_page.model().rowCount(), 1);
    EXPECT_EQ(m_page.model().idAt(0), id) << "the very same mention";
    EXPECT_EQ(stored(id).reach, 1200);
}

TEST_F(MentionsPageTest, ATestimonialIsMarkedWithItsPermissionAndCopiedWithTheDisclosure)
{
    const QDateTime march10 = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    const Mention rewarded = add(Sentiment::Positive, QStringLiteral("Anna Berg"), march10, [](Mention& m) {
        m.body = QStringLiteral("Best sourdough in town.");
        m.incentivised = true;
    });
    const Mention plain = add(Sentiment::Positive, QStringLiteral("Bo Lind"), march10.addDays(1), [](Mention& m) {
        m.channel = QStringLiteral("facebook");
        m.body = QStringLiteral("Friendly people, great coffee.");
    });
    const Mention complaint = add(Sentiment::Negative, QStringLiteral("Cy"), march10);
    m_page.reload();

    m_page.showMention(complaint.id);
    EXPECT_FALSE(m_page.markTestimonialAction()->isEnabled()) << "only positive words are reused";

    // A date in the future, or no date at all, is refused and nothing changes.
    m_page.showMention(rewarded.id);
    ASSERT_TRUE(m_page.markTestimonialAction()->isEnabled());
    m_prompter.nextTexts = {QStringLiteral("2099-01-01"), QStringLiteral("By e-mail")};
    m_page.markTestimonialAction()->trigger();
    ASSERT_EQ(m_prompter.warnings.size(), 1);
    EXPECT_TRUE(m_prompter.warnings.front().contains(QStringLiteral("future"))) << str(m_prompter.warnings.front());
    m_prompter.nextTexts = {QStringLiteral("someday")};
    m_page.markTestimonialAction()->trigger();
    ASSERT_EQ(m_prompter.warnings.size(), 2);
    EXPECT_TRUE(m_prompter.warnings.back().contains(QStringLiteral("not a date"))) << str(m_prompter.warnings.back());
    EXPECT_FALSE(stored(rewarded.id).isTestimonial);
    m_prompter.warnings.clear();

    m_prompter.nextTexts = {QStringLiteral("2026-03-12"), QStringLiteral("By e-mail")};
    m_page.markTestimonialAction()->trigger();
    Mention m = stored(rewarded.id);
    ASSERT_TRUE(m.isTestimonial) << str(m_prompter.warnings.join(QLatin1Char('\n')));
    EXPECT_EQ(m.testimonialPermissionAt.toLocalTime().date(), QDate(2026, 3, 12));
    EXPECT_EQ(m.testimonialPermissionHow, QStringLiteral("By e-mail"));
    EXPECT_FALSE(m_page.markTestimonialAction()->isEnabled());
    EXPECT_TRUE(m_page.unmarkTestimonialAction()->isEnabled());

    m_page.showMention(plain.id);
    m_prompter.nextTexts = {test::fixedNow().toLocalTime().date().toString(Qt::ISODate), QStringLiteral("In person")};
    m_page.markTestimonialAction()->trigger();
    EXPECT_TRUE(stored(plain.id).isTestimonial);
    EXPECT_EQ(stored(plain.id).testimonialPermissionAt, clock().nowUtc()) << "today's permission is dated now";

    // The testimonials view: both, newest first, the rewarded one flagged.
    m_page.showView(MentionsPage::TestimonialsView);
    ASSERT_EQ(rowIds(), QList<qint64>({plain.id, rewarded.id}));
    EXPECT_EQ(m_page.model().index(1, MentionListModel::Incentivised).data().toString(), QStringLiteral("Yes"));
    EXPECT_TRUE(m_page.model().index(0, MentionListModel::Incentivised).data().toString().isEmpty());
    EXPECT_FALSE(m_page.table()->isColumnHidden(MentionListModel::Incentivised));
    selectRow(rewarded.id);
    QApplication::processEvents(); // the layouts settle as they would on screen
    test::saveScreenshot(m_page, QStringLiteral("mentions-testimonials"));

    const QString date = QLocale().toString(QDate(2026, 3, 10), QStringLiteral("d MMMM yyyy"));
    ASSERT_TRUE(m_page.copyTestimonialAction()->isEnabled());
    m_page.copyTestimonialAction()->trigger();
    EXPECT_EQ(QGuiApplication::clipboard()->text(),
        QStringLiteral("“Best sourdough in town.”\n— Anna Berg, Google review, %1\n"
                       "The author received a reward from us.")
            .arg(date));
    selectRow(plain.id);
    m_page.copyTestimonialAction()->trigger();
    EXPECT_EQ(QGuiApplication::clipboard()->text(),
        QStringLiteral("“Friendly people, great coffee.”\n— Bo Lind, Facebook, %1")
            .arg(QLocale().toString(QDate(2026, 3, 11), QStringLiteral("d MMMM yyyy"))))
        << "no disclosure when nothing was given";

    // Undone, the mark is gone again.
    m_undo.undo();
    EXPECT_FALSE(stored(plain.id).isTestimonial);
    EXPECT_EQ(rowIds(), QList<qint64>({rewarded.id}));
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << str(m_prompter.warnings.join(QLatin1Char('\n')));
}

TEST_F(MentionsPageTest, FiltersSearchAndSortNarrowTheTable)
{
    const auto day = [](int d) { return QDateTime(QDate(2026, 3, d), QTime(12, 0), Qt::UTC); };
    const Mention a
        = add(Sentiment::Positive, QStringLiteral("Ada"), day(10), [this](Mention& m) { m.campaignId = m_campaign; });
    const Mention b = add(Sentiment::Negative, QStringLiteral("Ben"), day(12),
        [](Mention& m) { m.channel = QStringLiteral("facebook"); });
    const Mention c = add(Sentiment::Neutral, QStringLiteral("Cleo"), day(13), [](Mention& m) {
        m.channel = QStringLiteral("facebook");
        m.body = QStringLiteral("Is the sourdough vegan?");
    });
    const Mention d = add(
        Sentiment::Positive, QStringLiteral("Dan"), day(1), [](Mention& m) { m.channel = QStringLiteral("yelp"); });
    m_page.reload();
    EXPECT_EQ(rowIds(), QList<qint64>({c.id, b.id, a.id, d.id})) << "newest first";

    chooseFilter(m_page.channelFilter(), QStringLiteral("facebook"));
    EXPECT_EQ(rowIds(), QList<qint64>({c.id, b.id}));
    chooseFilter(m_page.sentimentFilter(), static_cast<int>(Sentiment::Negative));
    EXPECT_EQ(rowIds(), QList<qint64>({b.id}));
    m_page.clearFilters();
    EXPECT_EQ(m_page.model().rowCount(), 4);

    chooseFilter(m_page.statusFilter(), static_cast<int>(ResponseStatus::NeedsResponse));
    EXPECT_EQ(rowIds(), QList<qint64>({b.id}));
    m_page.clearFilters();
    chooseFilter(m_page.campaignFilter(), m_campaign);
    EXPECT_EQ(rowIds(), QList<qint64>({a.id}));
    m_page.clearFilters();

    m_page.fromFilter()->setDate(QDate(2026, 3, 11));
    EXPECT_EQ(rowIds(), QList<qint64>({c.id, b.id}));
    m_page.toFilter()->setDate(QDate(2026, 3, 12));
    EXPECT_EQ(rowIds(), QList<qint64>({b.id})) << "the last day counts whole";
    EXPECT_EQ(
        m_page.fromFilter()->text(), QLocale().toString(QDate(2026, 3, 11), m_page.fromFilter()->displayFormat()));
    m_page.clearFilters();
    EXPECT_EQ(m_page.fromFilter()->text(), QStringLiteral("Any date"));

    m_page.searchEdit()->setFocus();
    QTest::keyClicks(m_page.searchEdit(), QStringLiteral("SOURDOUGH"));
    EXPECT_EQ(m_page.model().rowCount(), 4) << "the search waits for the typing to pause";
    m_page.applyFilters(); // as the pause would
    EXPECT_EQ(rowIds(), QList<qint64>({c.id}));
    QTest::keyClicks(m_page.searchEdit(), QStringLiteral("zzz"));
    m_page.applyFilters();
    auto* noMatch = m_page.findChild<QLabel*>(QStringLiteral("mentionsNoMatch"));
    ASSERT_TRUE(noMatch);
    EXPECT_TRUE(noMatch->isVisible());
    EXPECT_TRUE(noMatch->text().contains(QStringLiteral("Clear shows them all"))) << str(noMatch->text());
    m_page.clearFilters();

    // Sorted by a header, in SQL; a column that cannot be sorted leaves the order as it was.
    m_page.table()->sortByColumn(MentionListModel::Author, Qt::AscendingOrder);
    EXPECT_EQ(rowIds(), QList<qint64>({a.id, b.id, c.id, d.id}));
    m_page.table()->sortByColumn(MentionListModel::Text, Qt::AscendingOrder);
    EXPECT_EQ(rowIds(), QList<qint64>({a.id, b.id, c.id, d.id}));
    EXPECT_EQ(m_page.table()->horizontalHeader()->sortIndicatorSection(), MentionListModel::Author);
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << str(m_prompter.warnings.join(QLatin1Char('\n')));
}

TEST_F(MentionsPageTest, TheDashboardsChannelBarShowsThatChannelsMentionsOfItsDays)
{
    const auto day = [](int d) { return QDateTime(QDate(2026, 3, d), QTime(12, 0), Qt::UTC); };
    const Mention a = add(Sentiment::Positive, QStringLiteral("Ada"), day(10),
        [](Mention& m) { m.channel = QStringLiteral("facebook"); });
    add(Sentiment::Negative, QStringLiteral("Ben"), day(12), [](Mention& m) { m.channel = QStringLiteral("yelp"); });
    add(Sentiment::Positive, QStringLiteral("Cleo"), QDateTime(QDate(2026, 2, 20), QTime(12, 0), Qt::UTC),
        [](Mention& m) { m.channel = QStringLiteral("facebook"); });
    m_page.reload();
    chooseFilter(m_page.sentimentFilter(), static_cast<int>(Sentiment::Negative)); // cleared by the click

    m_page.showMentions(QStringLiteral("facebook"), QDate(2026, 3, 1), QDate(2026, 3, 31));
    EXPECT_EQ(rowIds(), QList<qint64>({a.id})) << "Facebook in March only";
    EXPECT_EQ(m_page.channelFilter()->currentData().toString(), QStringLiteral("facebook"));
    EXPECT_EQ(m_page.fromFilter()->date(), QDate(2026, 3, 1));

    // "Other channels" and an open start: every channel, every day up to the end.
    m_page.showMentions(QString(), QDate(), QDate(2026, 3, 31));
    EXPECT_EQ(rowIds().size(), 3);
}

TEST_F(MentionsPageTest, DueTimesReadAsPeopleSayThem)
{
    const QDateTime now = test::fixedNow();
    using ui::MentionDetailsPanel;
    EXPECT_EQ(MentionDetailsPanel::dueText(now.addSecs(5 * 3600), now), QStringLiteral("due in 5 h"));
    EXPECT_EQ(MentionDetailsPanel::dueText(now.addSecs(-3 * 3600), now), QStringLiteral("overdue by 3 h"));
    EXPECT_EQ(MentionDetailsPanel::dueText(now.addSecs(40 * 60), now), QStringLiteral("due in 40 min"));
    EXPECT_TRUE(
        MentionDetailsPanel::dueText(now.addSecs(-3 * 24 * 3600), now).startsWith(QStringLiteral("overdue by 3 day")));
    EXPECT_EQ(MentionDetailsPanel::dueText(now.addSecs(10), now), QStringLiteral("due in 1 min"));
}

TEST_F(MentionsPageTest, DeletingAMentionCanBeUndone)
{
    const Mention m = add(Sentiment::Negative, QStringLiteral("Eve"), clock().nowUtc().addSecs(-3600));
    m_page.reload();
    selectRow(m.id);
    m_prompter.nextAnswer = false;
    m_page.deleteAction()->trigger();
    EXPECT_EQ(m_page.model().rowCount(), 1) << "cancelled";
    m_prompter.nextAnswer = true;
    m_page.deleteAction()->trigger();
    EXPECT_EQ(m_page.model().rowCount(), 0);
    EXPECT_FALSE(m_page.currentMentionId());
    m_undo.undo();
    ASSERT_EQ(rowIds(), QList<qint64>({m.id}));
    EXPECT_EQ(stored(m.id).responseDueAt, m.responseDueAt);
}

} // namespace

namespace {

TEST_F(MentionsPageTest, TheChannelListAndResponseTargetAreEditedAndKeptWithTheBusiness)
{
    ASSERT_TRUE(m_page.settingsAction()->isEnabled());
    m_page.settingsAction()->trigger();
    auto* dialog = m_page.findChild<ui::MentionSettingsDialog*>();
    ASSERT_TRUE(dialog);
    ASSERT_EQ(dialog->channelList()->count(), 14) << "the usual channels";

    // A duplicate name is refused on OK, with the reason, and the dialog stays open.
    dialog->addChannel(QStringLiteral("Yelp"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorLabel()->text().contains(QStringLiteral("Yelp")))
        << dialog->errorLabel()->text().toStdString();

    // Rename the duplicate into a new channel, rename Facebook in place, and a 4-hour target.
    dialog->channelList()->item(14)->setText(QStringLiteral("Local paper"));
    dialog->channelList()->item(0)->setText(QStringLiteral("Facebook page"));
    dialog->responseTargetSpin()->setValue(4);
    test::saveScreenshot(*dialog, QStringLiteral("mention-settings"));
    dialog->accept();
    QCoreApplication::processEvents();

    const domain::BusinessSettings saved = store::SettingsStore(db()).load().value();
    ASSERT_EQ(saved.mentionChannels.size(), 15);
    EXPECT_EQ(saved.mentionChannels.front().key, QStringLiteral("facebook")) << "renamed, same key: mentions follow";
    EXPECT_EQ(saved.mentionChannels.front().name, QStringLiteral("Facebook page"));
    EXPECT_EQ(saved.mentionChannels.back().key, QStringLiteral("local_paper"));
    EXPECT_EQ(saved.responseTargetHours, 4);
    // The log form offers the new list at once.
    EXPECT_GE(form().channelCombo()->findText(QStringLiteral("Local paper")), 0);

    // A negative mention logged now is due in 4 hours.
    domain::Mention m;
    m.occurredAt = clock().nowUtc();
    m.channel = QStringLiteral("local_paper");
    m.sentiment = domain::Sentiment::Negative;
    ASSERT_TRUE(mentions().create(m).ok());
    EXPECT_EQ(mentions().get(m.id).value().responseDueAt, clock().nowUtc().addSecs(4 * 3600));
}

} // namespace
