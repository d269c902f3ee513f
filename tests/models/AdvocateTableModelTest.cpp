// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include "TestDatabase.h"
#include "itemmodels/AdvocateTableModel.h"

using namespace grapevine;
using namespace grapevine::itemmodels;

namespace {

QStringList g_modelFailures;

void recordFailures(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type != QtDebugMsg && message.contains(QStringLiteral("FAIL!")))
        g_modelFailures << message;
}

constexpr int kAdvocates = 1777; // three full pages and a partial one

// A deterministic population with repeated names (ties broken by id), missing NPS scores,
// several kinds, tags, consent and per-advocate counters.
void populate(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("BEGIN")));
    ASSERT_TRUE(q.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1), "
        "f(k, name) AS (VALUES (0, 'Anna'), (1, 'ben'), (2, 'Chidi'), (3, 'Élodie'), (4, 'anna'), (5, 'Zoë'), "
        "(6, 'Hiro'), (7, '王芳')), "
        "l(k, name) AS (VALUES (0, 'Berg'), (1, 'Okafor'), (2, 'Müller'), (3, ''), (4, 'Annaberg')) "
        "INSERT INTO advocates (first_name, last_name, email, email_norm, kind, referral_code, consent, nps_score, "
        "referrals_made, conversions, rewards_earned_minor, points_balance, created_at, updated_at) "
        "SELECT f.name, l.name, 'p' || i || '@example.com', 'p' || i || '@example.com', "
        "CASE i % 5 WHEN 0 THEN 'partner' WHEN 1 THEN 'employee' ELSE 'customer' END, 'CODE-' || i, i % 2, "
        "CASE WHEN i % 3 = 0 THEN NULL ELSE i % 11 END, (i * 7) % 13, (i * 7) % 5, (i * 31) % 1000, i % 17, "
        "1700000000 + (i * 7919) % 100000, 1700000000 FROM n JOIN f ON f.k = i % 8 JOIN l ON l.k = (i / 8) % 5")
                           .arg(kAdvocates)));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('VIP'), ('fair-2026')")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO advocate_tags SELECT id, 1 FROM advocates WHERE id % 7 = 0")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO advocate_tags SELECT id, 2 FROM advocates WHERE id % 4 = 0")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE advocates SET referred_by_id = id - 1 WHERE id % 10 = 0")));
    ASSERT_TRUE(q.exec(QStringLiteral("COMMIT")));
}

QList<qint64> idsFromSql(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    EXPECT_TRUE(q.exec()) << sql.toStdString();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

class AdvocateTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        populate(m_db.connection());
        g_modelFailures.clear();
        m_previousHandler = qInstallMessageHandler(recordFailures);
        m_model.setDatabase(&m_db.database(), QStringLiteral("EUR"));
        ASSERT_TRUE(waitUntilSettled());
    }
    void TearDown() override
    {
        qInstallMessageHandler(m_previousHandler);
        EXPECT_TRUE(g_modelFailures.isEmpty()) << g_modelFailures.join(QLatin1Char('\n')).toStdString();
    }

    bool waitUntilSettled()
    {
        return QTest::qWaitFor([&] { return !m_model.isLoading(); }, 20000);
    }

    /// Every id in model order, loading pages the way a scrolling view would.
    QList<qint64> allIds()
    {
        EXPECT_TRUE(waitUntilSettled());
        QList<qint64> ids;
        for (int row = 0; row < m_model.rowCount(); ++row) {
            if (!m_model.isRowLoaded(row)) {
                m_model.idAt(row);
                EXPECT_TRUE(QTest::qWaitFor([&] { return m_model.isRowLoaded(row); }, 20000)) << row;
            }
            ids << m_model.idAt(row);
        }
        return ids;
    }

    test::TestDatabase m_db;
    AdvocateTableModel m_model;
    QAbstractItemModelTester m_tester {&m_model, QAbstractItemModelTester::FailureReportingMode::Warning};
    QtMessageHandler m_previousHandler = nullptr;
};

const QString kByName
    = QStringLiteral("SELECT id FROM advocates ORDER BY first_name COLLATE NOCASE, last_name COLLATE NOCASE, id");

TEST_F(AdvocateTableModelTest, ShowsEveryAdvocateInNameOrder)
{
    EXPECT_EQ(m_model.rowCount(), kAdvocates);
    EXPECT_EQ(m_model.totalCount(), kAdvocates);
    EXPECT_TRUE(m_model.isCountFinal());
    EXPECT_EQ(m_model.columnCount(), kAdvocateColumnCount);
    EXPECT_EQ(allIds(), idsFromSql(m_db.connection(), kByName));
}

TEST_F(AdvocateTableModelTest, SortsByEveryColumnAsSqlDoes)
{
    const struct
    {
        AdvocateColumn column;
        Qt::SortOrder order;
        const char* orderBy;
    } cases[] = {
        {AdvocateColumn::Name, Qt::DescendingOrder,
            "first_name COLLATE NOCASE DESC, last_name COLLATE NOCASE DESC, id DESC"},
        {AdvocateColumn::Email, Qt::AscendingOrder, "email COLLATE NOCASE, id"},
        {AdvocateColumn::Kind, Qt::AscendingOrder, "kind, id"},
        {AdvocateColumn::ReferralCode, Qt::DescendingOrder, "referral_code COLLATE NOCASE DESC, id DESC"},
        {AdvocateColumn::ReferredBy, Qt::AscendingOrder, "coalesce(referred_by_id, 0), id"},
        {AdvocateColumn::ReferralsMade, Qt::DescendingOrder, "referrals_made DESC, id DESC"},
        {AdvocateColumn::Conversions, Qt::AscendingOrder, "conversions, id"},
        {AdvocateColumn::RewardsEarned, Qt::AscendingOrder, "rewards_earned_minor, id"},
        {AdvocateColumn::PointsBalance, Qt::DescendingOrder, "points_balance DESC, id DESC"},
        {AdvocateColumn::Nps, Qt::AscendingOrder, "coalesce(nps_score, -1), id"},
        {AdvocateColumn::Consent, Qt::DescendingOrder, "consent DESC, id DESC"},
        {AdvocateColumn::Joined, Qt::AscendingOrder, "created_at, id"},
        {AdvocateColumn::Tags, Qt::DescendingOrder, "tags_text COLLATE NOCASE DESC, id DESC"},
    };
    for (const auto& c : cases) {
        m_model.sort(static_cast<int>(c.column), c.order);
        EXPECT_EQ(allIds(),
            idsFromSql(
                m_db.connection(), QStringLiteral("SELECT id FROM advocates ORDER BY ") + QLatin1String(c.orderBy)))
            << c.orderBy;
    }
}

TEST_F(AdvocateTableModelTest, FiltersAndSearchesInSql)
{
    AdvocateFilter filter;
    filter.kind = domain::AdvocateKind::Partner;
    m_model.setFilter(filter);
    EXPECT_EQ(allIds(),
        idsFromSql(m_db.connection(),
            QStringLiteral("SELECT id FROM advocates WHERE kind = 'partner' "
                           "ORDER BY first_name COLLATE NOCASE, last_name COLLATE NOCASE, id")));
    EXPECT_EQ(m_model.totalCount(), kAdvocates) << "the M of N of M stays the whole file";

    filter = {};
    filter.tag = QStringLiteral("VIP");
    filter.consent = true;
    m_model.setFilter(filter);
    EXPECT_EQ(allIds(),
        idsFromSql(m_db.connection(),
            QStringLiteral("SELECT id FROM advocates WHERE consent = 1 AND id % 7 = 0 "
                           "ORDER BY first_name COLLATE NOCASE, last_name COLLATE NOCASE, id")));

    filter = {};
    filter.search = QStringLiteral("ann"); // Anna, anna and Annaberg, but not Hiro Berg
    m_model.setFilter(filter);
    m_model.sort(static_cast<int>(AdvocateColumn::ReferralsMade), Qt::DescendingOrder);
    const QList<qint64> found = allIds();
    EXPECT_EQ(found,
        idsFromSql(m_db.connection(),
            QStringLiteral("SELECT id FROM advocates WHERE first_name LIKE 'ann%' OR last_name LIKE 'ann%' "
                           "ORDER BY referrals_made DESC, id DESC")));
    EXPECT_GT(found.size(), 500) << "more than one page of results";

    filter.search = QStringLiteral("  anna   ber "); // every word must match, as a prefix
    m_model.setFilter(filter);
    EXPECT_EQ(allIds(),
        idsFromSql(m_db.connection(),
            QStringLiteral("SELECT id FROM advocates WHERE first_name LIKE 'anna%' AND last_name LIKE 'ber%' "
                           "ORDER BY referrals_made DESC, id DESC")));

    filter.search = QStringLiteral("élodie");
    m_model.setFilter(filter);
    EXPECT_EQ(allIds().size(), kAdvocates / 8) << "accents as typed";
    filter.search = QStringLiteral("elodie");
    m_model.setFilter(filter);
    EXPECT_EQ(allIds().size(), kAdvocates / 8) << "and without them";

    filter.search = QStringLiteral("p1234@example");
    m_model.setFilter(filter);
    EXPECT_EQ(allIds(),
        idsFromSql(m_db.connection(), QStringLiteral("SELECT id FROM advocates WHERE email = ?"),
            {QStringLiteral("p1234@example.com")}))
        << "emails are searchable";

    filter.search = QStringLiteral("\"'); DROP TABLE advocates;--");
    m_model.setFilter(filter);
    EXPECT_TRUE(allIds().isEmpty());
    filter.search = QStringLiteral("*** ---");
    m_model.setFilter(filter);
    EXPECT_TRUE(allIds().isEmpty()) << "punctuation alone matches nothing, and is no error";
    filter.search.clear();
    m_model.setFilter(filter);
    EXPECT_EQ(allIds().size(), kAdvocates);
}

TEST_F(AdvocateTableModelTest, JumpsStraightToTheLastPage)
{
    const QList<qint64> expected = idsFromSql(m_db.connection(), kByName);
    const int last = m_model.rowCount() - 1;
    m_model.idAt(last); // requested with the anchors in hand: a keyset seek
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_model.isRowLoaded(last); }, 20000));
    EXPECT_EQ(m_model.idAt(last), expected.last());
    m_model.idAt(1000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_model.isRowLoaded(1000); }, 20000));
    EXPECT_EQ(m_model.idAt(1000), expected.at(1000));
    EXPECT_EQ(m_model.data(m_model.index(last, 0), AdvocateTableModel::IdRole).toLongLong(), expected.last());
}

TEST_F(AdvocateTableModelTest, LocatesAnAdvocateInTheCurrentOrder)
{
    m_model.sort(static_cast<int>(AdvocateColumn::Nps), Qt::DescendingOrder);
    ASSERT_TRUE(waitUntilSettled());
    const QList<qint64> expected = idsFromSql(
        m_db.connection(), QStringLiteral("SELECT id FROM advocates ORDER BY coalesce(nps_score, -1) DESC, id DESC"));
    QSignalSpy spy(&m_model, &AdvocateTableModel::located);
    m_model.locate(expected.at(1234));
    ASSERT_TRUE(spy.wait(20000));
    EXPECT_EQ(spy.first().at(1).toInt(), 1234);

    AdvocateFilter filter;
    filter.kind = domain::AdvocateKind::Partner;
    m_model.setFilter(filter);
    spy.clear();
    m_model.locate(
        idsFromSql(m_db.connection(), QStringLiteral("SELECT id FROM advocates WHERE kind <> 'partner'")).first());
    ASSERT_TRUE(spy.wait(20000));
    EXPECT_EQ(spy.first().at(1).toInt(), -1);
}

TEST_F(AdvocateTableModelTest, TheLatestRequestWins)
{
    // Several changes in a row, without waiting: only the last may show.
    m_model.sort(static_cast<int>(AdvocateColumn::Email), Qt::AscendingOrder);
    m_model.sort(static_cast<int>(AdvocateColumn::Joined), Qt::DescendingOrder);
    AdvocateFilter filter;
    filter.kind = domain::AdvocateKind::Employee;
    m_model.setFilter(filter);
    m_model.sort(static_cast<int>(AdvocateColumn::Conversions), Qt::AscendingOrder);
    EXPECT_EQ(allIds(),
        idsFromSql(m_db.connection(),
            QStringLiteral("SELECT id FROM advocates WHERE kind = 'employee' ORDER BY conversions, id")));
}

TEST_F(AdvocateTableModelTest, ShowsLocalisedValuesAndKeepsRawOnes)
{
    m_model.sort(static_cast<int>(AdvocateColumn::RewardsEarned), Qt::DescendingOrder);
    ASSERT_TRUE(waitUntilSettled());
    m_model.idAt(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_model.isRowLoaded(0); }, 20000));
    const QModelIndex rewards = m_model.index(0, static_cast<int>(AdvocateColumn::RewardsEarned));
    EXPECT_EQ(m_model.data(rewards, AdvocateTableModel::RawValueRole).toLongLong(), 999);
    EXPECT_TRUE(m_model.data(rewards).toString().contains(QStringLiteral("9.99")))
        << m_model.data(rewards).toString().toStdString();
    EXPECT_EQ(m_model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    const QModelIndex joined = m_model.index(0, static_cast<int>(AdvocateColumn::Joined));
    EXPECT_TRUE(m_model.data(joined, AdvocateTableModel::RawValueRole).toDateTime().isValid());
}

TEST_F(AdvocateTableModelTest, RefreshShowsNewRowsAndKeepsTheQuery)
{
    AdvocateFilter filter;
    filter.search = QStringLiteral("Quixote");
    m_model.setFilter(filter);
    EXPECT_TRUE(allIds().isEmpty());
    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO advocates (first_name, last_name, referral_code, created_at, "
                                      "updated_at) VALUES ('Don', 'Quixote', 'DON-234', 0, 0)")));
    m_model.refresh();
    const QList<qint64> ids = allIds();
    ASSERT_EQ(ids.size(), 1);
    EXPECT_EQ(m_model.data(m_model.index(0, 0)).toString(), QStringLiteral("Don Quixote"));
}

TEST_F(AdvocateTableModelTest, CachesABoundedNumberOfPages)
{
    // Touch every page; the cache must not grow past its bound (memory stays flat at 1M rows).
    for (int row = 0; row < m_model.rowCount(); row += AdvocateTableModel::kPageSize) {
        m_model.idAt(row);
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_model.isRowLoaded(row); }, 20000));
    }
    int loadedPages = 0;
    for (int row = 0; row < m_model.rowCount(); row += AdvocateTableModel::kPageSize)
        loadedPages += m_model.isRowLoaded(row) ? 1 : 0;
    EXPECT_LE(loadedPages, AdvocateTableModel::kMaxCachedPages);
}

TEST(AdvocateQuery, TurnsTypedTextIntoAPrefixQuery)
{
    EXPECT_EQ(AdvocateQuery::matchExpression(QStringLiteral("Anna Berg")), QStringLiteral("\"Anna\"* \"Berg\"*"));
    EXPECT_EQ(
        AdvocateQuery::matchExpression(QStringLiteral("anna.berg@ex")), QStringLiteral("\"anna\"* \"berg\"* \"ex\"*"));
    EXPECT_EQ(AdvocateQuery::matchExpression(QStringLiteral("\" OR *")), QStringLiteral("\"OR\"*"))
        << "operators become plain words";
    EXPECT_EQ(AdvocateQuery::matchExpression(QStringLiteral("\"*(-)")), QString());
}

} // namespace

namespace {

TEST(AdvocatePageLoader, OffsetAndAnchorGiveTheSamePage)
{
    test::TestDatabase db;
    populate(db.connection());
    AdvocatePageLoader loader(db.database());
    std::vector<AdvocatePagePtr> pages;
    QObject::connect(&loader, &AdvocatePageLoader::pageReady, [&](const AdvocatePagePtr& p) { pages.push_back(p); });
    AdvocateQuery query;
    query.sortColumn = AdvocateColumn::Name;
    query.descending = true;
    // Page 2 without an anchor (OFFSET, as before the index is built) ...
    loader.fetchPage(1, query, 2, {}, 500);
    // ... and again seeking from the anchor that page 1 hands over.
    loader.fetchPage(1, query, 1, {}, 500);
    ASSERT_EQ(pages.size(), 2u);
    loader.fetchPage(1, query, 2, pages[1]->nextAnchor, 500);
    ASSERT_EQ(pages.size(), 3u);
    ASSERT_EQ(pages[0]->rows.size(), 500u);
    for (std::size_t i = 0; i < 500; ++i)
        EXPECT_EQ(pages[0]->rows[i].id, pages[2]->rows[i].id) << i;
    EXPECT_EQ(pages[0]->nextAnchor, pages[2]->nextAnchor);

    loader.setLatestGeneration(2);
    loader.fetchPage(1, query, 0, {}, 500);
    EXPECT_EQ(pages.size(), 3u) << "a request of an older generation is skipped";
    loader.close();
}

} // namespace

namespace {

TEST(AdvocateQuery, BothSearchPlansGiveTheSameRows)
{
    test::TestDatabase db;
    populate(db.connection());
    for (const char* search : {"a", "ann", "berg", "zoë m", "nobody"}) {
        for (const bool descending : {false, true}) {
            AdvocateQuery query;
            query.filter.search = QLatin1String(search);
            query.sortColumn = AdvocateColumn::Name;
            query.descending = descending;
            QList<QList<qint64>> results;
            for (const bool dense : {false, true}) {
                query.denseSearch = dense;
                QVariantList binds;
                results << idsFromSql(db.connection(), query.pageSql(false, binds, {}, 5000, 0), binds);
            }
            EXPECT_EQ(results.at(0), results.at(1)) << search << (descending ? " desc" : " asc");
        }
    }
}

} // namespace
