// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <set>
#include <vector>

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>

#include "ProgramFixture.h"
#include "itemmodels/MentionListModel.h"
#include "store/MentionStore.h"
#include "store/SettingsStore.h"
#include "store/SqlSupport.h"

using namespace grapevine;
using domain::Mention;
using domain::ResponseStatus;
using domain::Sentiment;
using itemmodels::MentionFilter;
using itemmodels::MentionListModel;

namespace {

QStringList g_modelFailures;

void recordFailures(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type != QtDebugMsg && message.contains(QStringLiteral("FAIL!")))
        g_modelFailures << message;
}

QDateTime minutesAgo(qint64 minutes)
{
    return test::fixedNow().addSecs(-60 * minutes);
}

QString shortTime(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

/// Every row of the model, fetching page after page as a view scrolling down would.
std::vector<qint64> allIds(MentionListModel& model)
{
    while (model.canFetchMore())
        model.fetchMore();
    std::vector<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.idAt(row));
    return ids;
}

/// The first position where two id sequences differ, for a readable failure.
std::string firstDifference(const std::vector<qint64>& actual, const std::vector<qint64>& expected)
{
    const size_t n = std::min(actual.size(), expected.size());
    for (size_t i = 0; i < n; ++i) {
        if (actual[i] != expected[i])
            return "row " + std::to_string(i) + ": got id " + std::to_string(actual[i]) + ", expected "
                + std::to_string(expected[i]);
    }
    if (actual.size() != expected.size())
        return "got " + std::to_string(actual.size()) + " rows, expected " + std::to_string(expected.size());
    return "same";
}

class MentionListModelTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    void SetUp() override
    {
        g_modelFailures.clear();
        m_previousHandler = qInstallMessageHandler(recordFailures);
    }
    void TearDown() override
    {
        qInstallMessageHandler(m_previousHandler);
        EXPECT_TRUE(g_modelFailures.isEmpty()) << g_modelFailures.join(QLatin1Char('\n')).toStdString();
    }

    /// Stores a mention (the store fills in the response queue for negative ones) and returns
    /// it as stored.
    Mention add(qint64 ageMinutes, const std::function<void(Mention&)>& tweak = nullptr)
    {
        Mention m;
        m.occurredAt = minutesAgo(ageMinutes);
        m.channel = QStringLiteral("facebook");
        m.author = QStringLiteral("Someone");
        m.sentiment = Sentiment::Neutral;
        if (tweak)
            tweak(m);
        const Status s = store::MentionStore(db(), clock()).create(m);
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().message.toStdString());
        return m;
    }

    QString cell(
        const MentionListModel& model, int row, MentionListModel::Column column, int role = Qt::DisplayRole) const
    {
        return model.data(model.index(row, column), role).toString();
    }

    std::vector<qint64> idsWith(MentionListModel& model, const MentionFilter& filter)
    {
        const Status s = model.setFilter(filter);
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().message.toStdString());
        return allIds(model);
    }

    QtMessageHandler m_previousHandler = nullptr;
};

TEST_F(MentionListModelTest, ShowsEachColumnAndRole)
{
    const qint64 spring = addCampaign();
    const Mention review = add(120, [&](Mention& m) {
        m.channel = QStringLiteral("google_review");
        m.author = QStringLiteral("Anna Berg");
        m.campaignId = spring;
        m.sentiment = Sentiment::Positive;
        m.reach = 12345;
        m.url = QStringLiteral("https://maps.google.com/x");
        m.body = QStringLiteral("  \n  Great service!  \nSecond line");
        m.incentivised = true;
    });
    const Mention paper = add(60, [](Mention& m) {
        m.channel = QStringLiteral("local_paper");
        m.author = QStringLiteral("Editor");
        m.body = QStringLiteral("Short note");
    });

    MentionListModel model(clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(model.setDatabase(db()).ok());
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), 9);
    EXPECT_EQ(model.idAt(0), paper.id) << "newest first";
    EXPECT_EQ(model.idAt(1), review.id);

    using M = MentionListModel;
    EXPECT_EQ(cell(model, 1, M::Occurred), shortTime(minutesAgo(120)));
    EXPECT_EQ(model.data(model.index(1, M::Occurred), M::RawValueRole).toDateTime(), minutesAgo(120));
    EXPECT_EQ(cell(model, 1, M::Channel), QStringLiteral("Google review"));
    EXPECT_EQ(cell(model, 1, M::Channel, M::RawValueRole), QStringLiteral("google_review"));
    EXPECT_EQ(cell(model, 0, M::Channel), QStringLiteral("local_paper")) << "a key not in the list shows as itself";
    EXPECT_EQ(cell(model, 1, M::Author), QStringLiteral("Anna Berg"));
    EXPECT_EQ(cell(model, 1, M::Sentiment), QStringLiteral("Positive"));
    EXPECT_EQ(cell(model, 1, M::Sentiment, M::SentimentRole), QStringLiteral("positive"));
    EXPECT_EQ(cell(model, 0, M::Sentiment, M::SentimentRole), QStringLiteral("neutral"));
    EXPECT_EQ(cell(model, 1, M::Reach), QLocale().toString(qint64(12345)));
    EXPECT_EQ(model.data(model.index(1, M::Reach), M::RawValueRole).toLongLong(), 12345);
    EXPECT_EQ(cell(model, 0, M::Reach), QString());
    EXPECT_TRUE(model.data(model.index(0, M::Reach), M::RawValueRole).isNull()) << "unknown reach";
    // As Qt 6.4's QStyledItemDelegate reads it.
    EXPECT_EQ(Qt::Alignment(model.data(model.index(1, M::Reach), Qt::TextAlignmentRole).toInt()),
        Qt::AlignRight | Qt::AlignVCenter);
    EXPECT_FALSE(model.data(model.index(1, M::Author), Qt::TextAlignmentRole).isValid());
    EXPECT_EQ(cell(model, 1, M::Text), QStringLiteral("Great service!") + QChar(0x2026));
    EXPECT_EQ(cell(model, 1, M::Text, Qt::ToolTipRole), review.body) << "the whole text";
    EXPECT_EQ(cell(model, 0, M::Text), QStringLiteral("Short note"));
    EXPECT_EQ(cell(model, 1, M::Campaign), QStringLiteral("Spring 1"));
    EXPECT_EQ(cell(model, 0, M::Campaign), QString());
    EXPECT_EQ(cell(model, 1, M::Response), QStringLiteral("No response needed"));
    EXPECT_EQ(cell(model, 1, M::Response, M::RawValueRole), QStringLiteral("none"));
    EXPECT_EQ(cell(model, 1, M::Incentivised), QStringLiteral("Yes"));
    EXPECT_EQ(cell(model, 0, M::Incentivised), QString());
    EXPECT_TRUE(model.data(model.index(1, M::Incentivised), M::RawValueRole).toBool());
    EXPECT_FALSE(model.data(model.index(0, M::Incentivised), M::RawValueRole).toBool());
    EXPECT_FALSE(model.data(model.index(1, M::Response), M::OverdueRole).toBool());
    EXPECT_FALSE(model.data(model.index(1, M::Text), Qt::ForegroundRole).isValid()) << "the UI colours";

    EXPECT_EQ(model.data(model.index(1, M::Author), M::MentionIdRole).toLongLong(), review.id);
    EXPECT_EQ(model.rowOf(review.id), 1);
    EXPECT_EQ(model.rowOf(999999), -1);
    EXPECT_EQ(model.idAt(2), 0);
    ASSERT_NE(model.mentionAt(1), nullptr);
    EXPECT_EQ(model.mentionAt(1)->url, review.url);
    EXPECT_EQ(model.mentionAt(1)->campaignId, std::optional<qint64>(spring));
    EXPECT_EQ(model.mentionAt(-1), nullptr);

    const QStringList titles = {QStringLiteral("Occurred"), QStringLiteral("Channel"), QStringLiteral("Author"),
        QStringLiteral("Sentiment"), QStringLiteral("Reach"), QStringLiteral("Text"), QStringLiteral("Campaign"),
        QStringLiteral("Response"), QStringLiteral("Incentivised")};
    for (int c = 0; c < M::ColumnCount; ++c)
        EXPECT_EQ(model.headerData(c, Qt::Horizontal).toString(), titles.at(c));

    // The channel names come from the business's own list, re-read on reload.
    auto settings = store::SettingsStore(db()).load();
    ASSERT_TRUE(settings.ok());
    domain::BusinessSettings s = settings.value();
    s.mentionChannels = {{QStringLiteral("google_review"), QStringLiteral("Google Maps")},
        {QStringLiteral("local_paper"), QStringLiteral("The Courier")}};
    ASSERT_TRUE(store::SettingsStore(db()).save(s).ok());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(resets.count(), 0) << "same rows: only the cells change";
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(cell(model, 1, M::Channel), QStringLiteral("Google Maps"));
    EXPECT_EQ(cell(model, 0, M::Channel), QStringLiteral("The Courier"));
}

TEST_F(MentionListModelTest, SummaryIsTheFirstLineCutToTheLimit)
{
    EXPECT_EQ(MentionListModel::summary(QString()), QString());
    EXPECT_EQ(MentionListModel::summary(QStringLiteral(" \n\t\n ")), QString());
    EXPECT_EQ(MentionListModel::summary(QStringLiteral("One line")), QStringLiteral("One line"));
    EXPECT_EQ(MentionListModel::summary(QStringLiteral("First\r\nSecond")), QStringLiteral("First") + QChar(0x2026));
    EXPECT_EQ(MentionListModel::summary(QStringLiteral("First\n  \n")), QStringLiteral("First"))
        << "only blank lines follow: nothing more to read";
    const QString exact(MentionListModel::kTextLength, QLatin1Char('x'));
    EXPECT_EQ(MentionListModel::summary(exact), exact);
    const QString cut = MentionListModel::summary(exact + QLatin1Char('y'));
    EXPECT_EQ(cut.size(), MentionListModel::kTextLength);
    EXPECT_EQ(cut, QString(MentionListModel::kTextLength - 1, QLatin1Char('x')) + QChar(0x2026));
    // An emoji (two UTF-16 units) across the cut is dropped whole, never halved.
    const QString emoji = QString(MentionListModel::kTextLength - 2, QLatin1Char('a')) + QStringLiteral("\U0001F600")
        + QStringLiteral("bbb");
    EXPECT_EQ(
        MentionListModel::summary(emoji), QString(MentionListModel::kTextLength - 2, QLatin1Char('a')) + QChar(0x2026));
}

TEST_F(MentionListModelTest, PagesThroughMoreThanOnePageWithoutGapsOrRepeats)
{
    // 1,203 mentions, seven to a minute, so runs of equal times straddle the page boundaries
    // and the keyset must break ties by id.
    std::vector<qint64> inOrder; // the id of the i-th mention stored
    {
        store::WriteTransaction tx(db());
        ASSERT_TRUE(tx.started());
        for (int i = 0; i < 1203; ++i)
            inOrder.push_back(add(i / 7, [i](Mention& m) { m.author = QStringLiteral("Author %1").arg(i); }).id);
        ASSERT_TRUE(tx.commit().ok());
    }
    const std::set<qint64> created(inOrder.begin(), inOrder.end());
    ASSERT_EQ(created.size(), 1203u);

    // No QAbstractItemModelTester while pages remain: it fetches every page itself.
    MentionListModel model(clock());
    ASSERT_TRUE(model.setDatabase(db()).ok());
    EXPECT_EQ(model.rowCount(), 500) << "one page, not the whole table";
    EXPECT_TRUE(model.canFetchMore());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore();
    EXPECT_EQ(model.rowCount(), 1000);
    EXPECT_TRUE(model.canFetchMore());
    model.fetchMore();
    EXPECT_EQ(model.rowCount(), 1203);
    EXPECT_FALSE(model.canFetchMore());
    model.fetchMore();
    EXPECT_EQ(model.rowCount(), 1203);
    EXPECT_EQ(inserted.count(), 2);

    std::set<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(model.idAt(row));
        if (row > 0) {
            const Mention& prev = *model.mentionAt(row - 1);
            const Mention& here = *model.mentionAt(row);
            ASSERT_TRUE(prev.occurredAt > here.occurredAt || (prev.occurredAt == here.occurredAt && prev.id > here.id))
                << "row " << row << " is out of order";
        }
    }
    EXPECT_EQ(seen, created) << "every mention exactly once";

    // A reload keeps every row already fetched, so the view does not jump back to the top.
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(model.rowCount(), 1203);
    EXPECT_FALSE(model.canFetchMore());

    // The tester checks the fully fetched model and what a reload does to it (it cannot watch
    // a reset while more pages remain: Qt 6.4's tester fetches inside the reset notification).
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        ASSERT_TRUE(model.reload().ok());
        EXPECT_EQ(model.rowCount(), 1203);
    }

    // A new mention comes in at the top; as many rows as were shown are read again, and the
    // oldest one moves to the next page.
    const Mention newest = add(-5);
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(model.rowCount(), 1203);
    EXPECT_EQ(model.idAt(0), newest.id);
    EXPECT_TRUE(model.canFetchMore());
    model.fetchMore();
    EXPECT_EQ(model.rowCount(), 1204);
    // The oldest minute holds mentions 1197 to 1202; among them the lowest id comes last.
    EXPECT_EQ(model.idAt(1203), inOrder[1197]);
    EXPECT_EQ(model.idAt(1202), inOrder[1198]);
    EXPECT_FALSE(model.canFetchMore());
}

TEST_F(MentionListModelTest, WholePagesLeaveNothingToFetch)
{
    std::vector<qint64> inOrder;
    {
        store::WriteTransaction tx(db());
        ASSERT_TRUE(tx.started());
        for (int i = 0; i < 1000; ++i)
            inOrder.push_back(add(i).id);
        ASSERT_TRUE(tx.commit().ok());
    }
    MentionListModel model(clock());
    ASSERT_TRUE(model.setDatabase(db()).ok());
    EXPECT_EQ(model.rowCount(), 500);
    ASSERT_TRUE(model.canFetchMore());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore();
    EXPECT_EQ(model.rowCount(), 1000);
    EXPECT_FALSE(model.canFetchMore()) << "no last, empty page to ask for";
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.idAt(999), inOrder.back());

    MentionFilter half;
    half.from = minutesAgo(499); // mentions 0 to 499: exactly one page
    ASSERT_TRUE(model.setFilter(half).ok());
    EXPECT_EQ(model.rowCount(), 500);
    EXPECT_FALSE(model.canFetchMore());
    EXPECT_EQ(model.idAt(499), inOrder[499]);
}

TEST_F(MentionListModelTest, EachFilterNarrowsTheList)
{
    const qint64 spring = addCampaign();
    const qint64 autumn = addCampaign();
    const qint64 day = 24 * 60;
    const Mention a = add(10 * day, [&](Mention& m) {
        m.author = QStringLiteral("Anna Berg");
        m.sentiment = Sentiment::Positive;
        m.campaignId = spring;
        m.body = QStringLiteral("Love the 100% cotton shirts");
        m.url = QStringLiteral("https://facebook.com/p/1");
        m.isTestimonial = true;
        m.testimonialPermissionAt = minutesAgo(9 * day);
    });
    const Mention b = add(3 * day, [&](Mention& m) {
        m.channel = QStringLiteral("yelp");
        m.author = QStringLiteral("bob_smith");
        m.sentiment = Sentiment::Negative; // due 24 h later: two days overdue
        m.body = QStringLiteral("Slow delivery");
        m.url = QStringLiteral("https://www.yelp.com/biz/shop");
    });
    const Mention c = add(day, [&](Mention& m) {
        m.channel = QStringLiteral("google_review");
        m.author = QStringLiteral("Cleo");
        m.campaignId = autumn;
        m.body = QStringLiteral("It was fine");
        m.responseStatus = ResponseStatus::Responded;
    });
    const Mention e = add(12 * 60, [&](Mention& m) {
        m.channel = QStringLiteral("instagram");
        m.author = QStringLiteral("Eve");
        m.sentiment = Sentiment::Positive;
        m.body = QStringLiteral("100 percent happy, 1000 likes");
        m.responseStatus = ResponseStatus::Resolved;
    });
    const Mention d = add(60, [&](Mention& m) {
        m.author = QStringLiteral("Dan");
        m.sentiment = Sentiment::Negative; // due in 23 h
        m.campaignId = spring;
        m.body = QStringLiteral("Wrong SIZE sent");
    });
    ASSERT_EQ(b.responseStatus, ResponseStatus::NeedsResponse);
    ASSERT_EQ(d.responseStatus, ResponseStatus::NeedsResponse);

    MentionListModel model(clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(model.setDatabase(db()).ok());
    using Ids = std::vector<qint64>;
    EXPECT_EQ(allIds(model), (Ids {d.id, e.id, c.id, b.id, a.id}));

    MentionFilter f;
    f.channel = QStringLiteral("facebook");
    EXPECT_EQ(idsWith(model, f), (Ids {d.id, a.id}));
    f.sentiment = Sentiment::Negative;
    EXPECT_EQ(idsWith(model, f), (Ids {d.id})) << "filters combine";

    f = {};
    f.sentiment = Sentiment::Negative;
    EXPECT_EQ(idsWith(model, f), (Ids {d.id, b.id}));
    f.sentiment = Sentiment::Neutral;
    EXPECT_EQ(idsWith(model, f), (Ids {c.id}));

    f = {};
    f.responseStatus = ResponseStatus::NeedsResponse;
    EXPECT_EQ(idsWith(model, f), (Ids {d.id, b.id}));
    f.responseStatus = ResponseStatus::Responded;
    EXPECT_EQ(idsWith(model, f), (Ids {c.id}));
    f.responseStatus = ResponseStatus::Resolved;
    EXPECT_EQ(idsWith(model, f), (Ids {e.id}));
    f.responseStatus = ResponseStatus::None;
    EXPECT_EQ(idsWith(model, f), (Ids {a.id}));

    f = {};
    f.campaignId = spring;
    EXPECT_EQ(idsWith(model, f), (Ids {d.id, a.id}));
    f.campaignId = autumn;
    EXPECT_EQ(idsWith(model, f), (Ids {c.id}));

    // [from, to): the start is in, the end is out.
    f = {};
    f.from = c.occurredAt;
    f.to = d.occurredAt;
    EXPECT_EQ(idsWith(model, f), (Ids {e.id, c.id}));
    f.to = QDateTime();
    EXPECT_EQ(idsWith(model, f), (Ids {d.id, e.id, c.id})) << "no end";
    f.from = QDateTime();
    f.to = c.occurredAt;
    EXPECT_EQ(idsWith(model, f), (Ids {b.id, a.id})) << "no start";

    f = {};
    f.testimonialsOnly = true;
    EXPECT_EQ(idsWith(model, f), (Ids {a.id}));

    f = {};
    f.overdueOnly = true;
    EXPECT_EQ(idsWith(model, f), (Ids {b.id}));

    f = {};
    f.search = QStringLiteral("  ANNA ");
    EXPECT_EQ(idsWith(model, f), (Ids {a.id})) << "author, case and spaces ignored";
    f.search = QStringLiteral("size");
    EXPECT_EQ(idsWith(model, f), (Ids {d.id})) << "text";
    f.search = QStringLiteral("YELP.com/biz");
    EXPECT_EQ(idsWith(model, f), (Ids {b.id})) << "link";
    f.search = QStringLiteral("100%");
    EXPECT_EQ(idsWith(model, f), (Ids {a.id})) << "'%' is a character, not a wildcard (Eve wrote 100 percent)";
    f.search = QStringLiteral("%");
    EXPECT_EQ(idsWith(model, f), (Ids {a.id}));
    f.search = QStringLiteral("_");
    EXPECT_EQ(idsWith(model, f), (Ids {b.id})) << "'_' is a character, not any one character";
    f.search = QStringLiteral("nobody wrote this");
    EXPECT_EQ(idsWith(model, f), Ids {});
    EXPECT_FALSE(model.databaseIsEmpty()) << "nothing matches, but the file has mentions";

    EXPECT_EQ(idsWith(model, MentionFilter()), (Ids {d.id, e.id, c.id, b.id, a.id}));
}

TEST_F(MentionListModelTest, FilterEquality)
{
    MentionFilter a;
    MentionFilter b;
    EXPECT_TRUE(a == b);
    b.to = minutesAgo(5);
    EXPECT_FALSE(a == b);
    a.to = minutesAgo(5);
    EXPECT_TRUE(a == b);
    a.search = QStringLiteral("x");
    EXPECT_TRUE(a != b);
    b.search = QStringLiteral("x");
    b.overdueOnly = true;
    EXPECT_FALSE(a == b);
    a.overdueOnly = true;
    a.channel = QStringLiteral("yelp");
    EXPECT_FALSE(a == b);
}

/// The order each sortable column promises, restated independently of the SQL: -1, 0, 1.
int compareFor(int column, const Mention& a, const Mention& b)
{
    const auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    const auto responseRank = [](ResponseStatus s) {
        switch (s) {
        case ResponseStatus::NeedsResponse:
            return 0;
        case ResponseStatus::Responded:
            return 1;
        case ResponseStatus::Resolved:
            return 2;
        case ResponseStatus::None:
            break;
        }
        return 3;
    };
    const auto due = [](const Mention& m) {
        return m.responseDueAt.isValid() ? m.responseDueAt.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    };
    const auto sentimentRank
        = [](Sentiment s) { return s == Sentiment::Negative ? 0 : (s == Sentiment::Neutral ? 1 : 2); };
    switch (column) {
    case MentionListModel::Occurred:
        return cmp(a.occurredAt, b.occurredAt);
    case MentionListModel::Channel:
        return cmp(a.channel, b.channel);
    case MentionListModel::Author: {
        const int c = QString::compare(a.author, b.author, Qt::CaseInsensitive);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case MentionListModel::Sentiment:
        return cmp(sentimentRank(a.sentiment), sentimentRank(b.sentiment));
    case MentionListModel::Reach:
        return cmp(a.reach.value_or(-1), b.reach.value_or(-1));
    case MentionListModel::Response:
        if (const int c = cmp(responseRank(a.responseStatus), responseRank(b.responseStatus)); c != 0)
            return c;
        return cmp(due(a), due(b));
    default:
        return 0;
    }
}

TEST_F(MentionListModelTest, EachSortIsRightAcrossThePageBoundary)
{
    // 620 mentions with many equal keys (so ties are broken by id across the page boundary),
    // ids not in time order, unknown reach beside reach 0, and mixed response states.
    const QStringList channels
        = {QStringLiteral("yelp"), QStringLiteral("facebook"), QStringLiteral("x"), QStringLiteral("google_review")};
    const QStringList authors = {QStringLiteral("anna"), QStringLiteral("Anna"), QStringLiteral("Bob"),
        QStringLiteral("cleo"), QString(), QStringLiteral("dan")};
    std::vector<Mention> all;
    {
        store::WriteTransaction tx(db());
        ASSERT_TRUE(tx.started());
        for (int i = 0; i < 620; ++i) {
            all.push_back(add((i * 37) % 200, [&](Mention& m) {
                m.channel = channels.at(i % channels.size());
                m.author = authors.at(i % authors.size());
                m.sentiment
                    = i % 3 == 0 ? Sentiment::Negative : (i % 3 == 1 ? Sentiment::Neutral : Sentiment::Positive);
                if (i % 7 != 0)
                    m.reach = (i * 13) % 50;
                if (m.sentiment == Sentiment::Negative && i % 4 == 0) {
                    m.responseStatus = ResponseStatus::Responded;
                    m.responseDueAt = minutesAgo(i % 5);
                } else if (m.sentiment == Sentiment::Negative && i % 4 == 1) {
                    m.responseDueAt = minutesAgo(-(i % 3) * 60); // shared due times
                } else if (m.sentiment != Sentiment::Negative && i % 5 == 0) {
                    m.responseStatus = ResponseStatus::Resolved;
                }
            }));
        }
        ASSERT_TRUE(tx.commit().ok());
    }
    ASSERT_EQ(all.size(), 620u);

    MentionListModel model(clock());
    ASSERT_TRUE(model.setDatabase(db()).ok());
    EXPECT_EQ(model.sortColumn(), MentionListModel::Occurred);
    EXPECT_EQ(model.sortOrder(), Qt::DescendingOrder);

    const int columns[] = {MentionListModel::Occurred, MentionListModel::Channel, MentionListModel::Author,
        MentionListModel::Sentiment, MentionListModel::Reach, MentionListModel::Response};
    for (const int column : columns) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            SCOPED_TRACE(testing::Message() << "column " << column << (order == Qt::AscendingOrder ? " asc" : " desc"));
            std::vector<Mention> expected = all;
            std::sort(expected.begin(), expected.end(), [&](const Mention& a, const Mention& b) {
                const int c = compareFor(column, a, b);
                if (order == Qt::AscendingOrder)
                    return c < 0 || (c == 0 && a.id < b.id);
                return c > 0 || (c == 0 && a.id > b.id);
            });
            std::vector<qint64> expectedIds;
            for (const Mention& m : expected)
                expectedIds.push_back(m.id);

            ASSERT_TRUE(model.setSort(column, order).ok());
            EXPECT_EQ(model.rowCount(), 500) << "the first page only";
            const std::vector<qint64> ids = allIds(model);
            EXPECT_EQ(ids.size(), 620u);
            EXPECT_TRUE(ids == expectedIds) << firstDifference(ids, expectedIds);
        }
    }

    // Unknown reach is the lowest: last when the biggest come first, and below reach 0.
    ASSERT_TRUE(model.setSort(MentionListModel::Reach, Qt::DescendingOrder).ok());
    while (model.canFetchMore())
        model.fetchMore();
    EXPECT_TRUE(model.data(model.index(619, MentionListModel::Reach), MentionListModel::RawValueRole).isNull());
    EXPECT_EQ(model.data(model.index(0, MentionListModel::Reach), MentionListModel::RawValueRole).toLongLong(), 49);
    const int unknown = 620 / 7 + 1; // i % 7 == 0
    EXPECT_EQ(
        model.data(model.index(619 - unknown, MentionListModel::Reach), MentionListModel::RawValueRole).toLongLong(),
        0);
    EXPECT_FALSE(
        model.data(model.index(619 - unknown, MentionListModel::Reach), MentionListModel::RawValueRole).isNull());

    // sort() as a view calls it; a column without an order (Text) changes nothing.
    model.sort(MentionListModel::Author, Qt::AscendingOrder);
    EXPECT_EQ(model.sortColumn(), MentionListModel::Author);
    EXPECT_EQ(model.sortOrder(), Qt::AscendingOrder);
    EXPECT_EQ(model.mentionAt(0)->author, QString()) << "an empty author sorts first";
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.sort(MentionListModel::Text, Qt::DescendingOrder);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.sortColumn(), MentionListModel::Author);
    EXPECT_FALSE(MentionListModel::isSortable(MentionListModel::Campaign));

    // A filter keeps the sort.
    MentionFilter negative;
    negative.sentiment = Sentiment::Negative;
    ASSERT_TRUE(model.setSort(MentionListModel::Response, Qt::AscendingOrder).ok());
    ASSERT_TRUE(model.setFilter(negative).ok());
    const std::vector<qint64> ids = allIds(model);
    ASSERT_EQ(ids.size(), 207u); // i % 3 == 0 for i < 620
    EXPECT_EQ(model.mentionAt(0)->responseStatus, ResponseStatus::NeedsResponse);
    EXPECT_EQ(model.mentionAt(206)->responseStatus, ResponseStatus::Responded);
}

TEST_F(MentionListModelTest, OverdueFollowsTheClock)
{
    const Mention soon = add(60, [](Mention& m) { m.sentiment = Sentiment::Negative; }); // due in 23 h
    const Mention late = add(30 * 60, [](Mention& m) { m.sentiment = Sentiment::Negative; }); // 6 h overdue
    const Mention answered = add(40 * 60, [](Mention& m) {
        m.sentiment = Sentiment::Negative;
        m.responseStatus = ResponseStatus::Responded;
        m.responseDueAt = minutesAgo(16 * 60);
        m.responseText = QStringLiteral("Sorry, we sent a new one.");
    });
    ASSERT_EQ(soon.responseDueAt, minutesAgo(-23 * 60));

    MentionListModel model(clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(model.setDatabase(db()).ok());
    ASSERT_EQ(model.rowCount(), 3);
    const int s = model.rowOf(soon.id);
    const int l = model.rowOf(late.id);
    const int a = model.rowOf(answered.id);
    using M = MentionListModel;
    EXPECT_EQ(cell(model, s, M::Response), QStringLiteral("Due %1").arg(shortTime(soon.responseDueAt)));
    EXPECT_EQ(cell(model, s, M::Response, Qt::ToolTipRole),
        QStringLiteral("Needs response, due %1")
            .arg(QLocale().toString(soon.responseDueAt.toLocalTime(), QLocale::LongFormat)));
    EXPECT_EQ(cell(model, l, M::Response), QStringLiteral("Overdue"));
    EXPECT_EQ(cell(model, a, M::Response), QStringLiteral("Responded")) << "answered late is not overdue";
    EXPECT_EQ(cell(model, a, M::Response, Qt::ToolTipRole), answered.responseText);
    EXPECT_FALSE(model.data(model.index(s, M::Author), M::OverdueRole).toBool());
    EXPECT_TRUE(model.data(model.index(l, M::Author), M::OverdueRole).toBool());
    EXPECT_FALSE(model.data(model.index(a, M::Author), M::OverdueRole).toBool());

    MentionFilter overdue;
    overdue.overdueOnly = true;
    EXPECT_EQ(idsWith(model, overdue), std::vector<qint64> {late.id});

    // At the due time exactly it is not overdue yet; a second later it is.
    clock().set(soon.responseDueAt);
    ASSERT_TRUE(model.setFilter(MentionFilter()).ok());
    EXPECT_EQ(
        cell(model, model.rowOf(soon.id), M::Response), QStringLiteral("Due %1").arg(shortTime(soon.responseDueAt)));
    EXPECT_EQ(idsWith(model, overdue), std::vector<qint64> {late.id});
    clock().advanceSeconds(1);
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(allIds(model), (std::vector<qint64> {soon.id, late.id})) << "newest first";

    // The cells read the clock as they are shown, without a reload.
    ASSERT_TRUE(model.setFilter(MentionFilter()).ok());
    clock().set(test::fixedNow());
    EXPECT_EQ(
        cell(model, model.rowOf(soon.id), M::Response), QStringLiteral("Due %1").arg(shortTime(soon.responseDueAt)));
    clock().advanceSeconds(24 * 3600);
    EXPECT_EQ(cell(model, model.rowOf(soon.id), M::Response), QStringLiteral("Overdue"));
    EXPECT_TRUE(model.data(model.index(model.rowOf(soon.id), M::Reach), M::OverdueRole).toBool());
}

TEST_F(MentionListModelTest, AnEmptyDatabaseShowsNothing)
{
    MentionListModel model(clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_TRUE(model.databaseIsEmpty()) << "no database yet";
    ASSERT_TRUE(model.setDatabase(db()).ok());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore());
    EXPECT_TRUE(model.databaseIsEmpty());
    ASSERT_TRUE(model.reload().ok());
    MentionFilter f;
    f.overdueOnly = true;
    f.search = QStringLiteral("x");
    ASSERT_TRUE(model.setFilter(f).ok());
    EXPECT_EQ(model.rowCount(), 0);
    for (const int column : {MentionListModel::Reach, MentionListModel::Response, MentionListModel::Author})
        EXPECT_TRUE(model.setSort(column, Qt::AscendingOrder).ok());

    add(5);
    ASSERT_TRUE(model.setFilter(MentionFilter()).ok());
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_FALSE(model.databaseIsEmpty());
}

TEST_F(MentionListModelTest, AClosedOrForeignDatabaseIsAnErrorNotACrash)
{
    {
        store::WriteTransaction tx(db());
        ASSERT_TRUE(tx.started());
        for (int i = 0; i < 501; ++i)
            add(i);
        ASSERT_TRUE(tx.commit().ok());
    }
    const QString closedName = QStringLiteral("mention-list-closed");
    const QString foreignName = QStringLiteral("mention-list-foreign");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), closedName);
        other.setDatabaseName(database().path());
        ASSERT_TRUE(other.open());
        MentionListModel model(clock());
        QSignalSpy errors(&model, &MentionListModel::errorOccurred);
        ASSERT_TRUE(model.setDatabase(other).ok());
        ASSERT_EQ(model.rowCount(), 500);
        ASSERT_TRUE(model.canFetchMore());

        other.close();
        model.fetchMore();
        EXPECT_EQ(model.rowCount(), 500);
        EXPECT_FALSE(model.canFetchMore()) << "a failing read is not retried on every scroll";
        EXPECT_EQ(errors.count(), 1);

        const Status reloaded = model.reload();
        ASSERT_FALSE(reloaded.ok());
        EXPECT_FALSE(reloaded.error().message.isEmpty());
        EXPECT_EQ(model.rowCount(), 500) << "a failed reload leaves the rows shown";
        EXPECT_EQ(errors.count(), 2);

        const Status filtered = model.setFilter(MentionFilter());
        ASSERT_FALSE(filtered.ok());
        EXPECT_EQ(filtered.error().code, Error::Code::Storage);
        EXPECT_EQ(model.rowCount(), 0);
        EXPECT_FALSE(model.canFetchMore());
        EXPECT_TRUE(model.databaseIsEmpty());
        EXPECT_FALSE(model.setSort(MentionListModel::Reach, Qt::AscendingOrder).ok());
        EXPECT_FALSE(model.setDatabase(other).ok());
        EXPECT_EQ(model.rowCount(), 0);

        // Detaching (an invalid connection) is not an error: the model is simply empty.
        EXPECT_TRUE(model.setDatabase(QSqlDatabase()).ok());
        EXPECT_EQ(model.rowCount(), 0);
        EXPECT_FALSE(model.canFetchMore());
        EXPECT_TRUE(model.databaseIsEmpty());
        EXPECT_TRUE(model.reload().ok());

        // A SQLite file that is not a Grapevine database.
        QSqlDatabase foreign = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), foreignName);
        foreign.setDatabaseName(database().dir() + QStringLiteral("/foreign.sqlite"));
        ASSERT_TRUE(foreign.open());
        QSqlQuery(foreign).exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY)"));
        const Status wrong = model.setDatabase(foreign);
        ASSERT_FALSE(wrong.ok());
        EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("mentions"))) << wrong.error().message.toStdString();
        EXPECT_EQ(model.rowCount(), 0);
        EXPECT_TRUE(model.databaseIsEmpty());
        EXPECT_TRUE(model.setDatabase(QSqlDatabase()).ok()); // let go of the connections before removing them
        foreign.close();
    }
    QSqlDatabase::removeDatabase(closedName);
    QSqlDatabase::removeDatabase(foreignName);
}

} // namespace
