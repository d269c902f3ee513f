// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlQuery>

#include "TestDatabase.h"
#include "itemmodels/CampaignListModel.h"
#include "store/AdvocateStore.h"
#include "store/CampaignCostStore.h"
#include "store/CampaignStore.h"

using namespace grapevine;
using itemmodels::CampaignListModel;

namespace {

// QAbstractItemModelTester reports through qWarning ("FAIL! ..."); each one fails the test.
QStringList g_modelFailures;

void recordFailures(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type != QtDebugMsg && message.contains(QStringLiteral("FAIL!")))
        g_modelFailures << message;
}

class CampaignListModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        g_modelFailures.clear();
        m_previousHandler = qInstallMessageHandler(recordFailures);
        domain::Advocate a;
        a.firstName = QStringLiteral("Ana");
        ASSERT_TRUE(store::AdvocateStore(m_db.connection(), m_db.clock()).create(a).ok());
        m_advocate = a.id;
    }
    void TearDown() override
    {
        qInstallMessageHandler(m_previousHandler);
        EXPECT_TRUE(g_modelFailures.isEmpty()) << g_modelFailures.join(QLatin1Char('\n')).toStdString();
    }

    qint64 campaign(const QString& name, QDate starts = {}, QDate ends = {})
    {
        domain::Campaign c;
        c.name = name;
        c.startsOn = starts;
        c.endsOn = ends;
        EXPECT_TRUE(store::CampaignStore(m_db.connection(), m_db.clock()).create(c).ok());
        return c.id;
    }

    void converted(qint64 campaignId, qint64 orderValue)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO referrals (campaign_id, referrer_id, status, order_value_minor, "
                                 "created_at, updated_at) VALUES (?, ?, 'converted', ?, 1, 1)"));
        q.addBindValue(campaignId);
        q.addBindValue(m_advocate);
        q.addBindValue(orderValue);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }

    void cost(qint64 campaignId, qint64 amount)
    {
        domain::CampaignCost c;
        c.campaignId = campaignId;
        c.incurredOn = QDate(2026, 1, 1);
        c.amountMinor = amount;
        EXPECT_TRUE(store::CampaignCostStore(m_db.connection(), m_db.clock()).create(c).ok());
    }

    QList<qint64> idsSortedBy(CampaignListModel& model, int column, Qt::SortOrder order)
    {
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CampaignListModel::SortRole);
        proxy.sort(column, order);
        QList<qint64> ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids << proxy.index(row, 0).data(CampaignListModel::CampaignIdRole).toLongLong();
        return ids;
    }

    test::TestDatabase m_db;
    qint64 m_advocate = 0;
    QtMessageHandler m_previousHandler = nullptr;
};

TEST_F(CampaignListModelTest, ListsCampaignsWithTheirFigures)
{
    const qint64 big = campaign(QStringLiteral("Big"), QDate(2026, 1, 1), QDate(2026, 6, 30));
    const qint64 quiet = campaign(QStringLiteral("Quiet"));
    converted(big, 25000);
    cost(big, 10000);

    CampaignListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(model.load(m_db.connection(), m_db.clock()).ok());
    ASSERT_TRUE(model.load(m_db.connection(), m_db.clock()).ok()) << "a reload is a clean reset";
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), CampaignListModel::ColumnCount);
    const int row = model.rowOf(big);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.idAt(row), big);
    const auto raw = [&](int r, int column) { return model.index(r, column).data(CampaignListModel::RawValueRole); };
    const auto text = [&](int r, int column) { return model.index(r, column).data().toString(); };
    EXPECT_EQ(text(row, CampaignListModel::Name), QStringLiteral("Big"));
    EXPECT_EQ(text(row, CampaignListModel::Status), QStringLiteral("Draft"));
    EXPECT_EQ(raw(row, CampaignListModel::Starts).toDate(), QDate(2026, 1, 1));
    EXPECT_EQ(raw(row, CampaignListModel::Referrals).toLongLong(), 1);
    EXPECT_EQ(raw(row, CampaignListModel::Conversions).toLongLong(), 1);
    EXPECT_EQ(raw(row, CampaignListModel::Revenue).toLongLong(), 25000);
    EXPECT_EQ(raw(row, CampaignListModel::Cost).toLongLong(), 10000);
    EXPECT_DOUBLE_EQ(raw(row, CampaignListModel::Roi).toDouble(), 1.5);
    EXPECT_TRUE(text(row, CampaignListModel::Roi).startsWith(QStringLiteral("150"))) << text(row, 8).toStdString();
    EXPECT_TRUE(text(row, CampaignListModel::Revenue).contains(QStringLiteral("250"))) << text(row, 6).toStdString();

    const int quietRow = model.rowOf(quiet);
    EXPECT_EQ(text(quietRow, CampaignListModel::Roi), QStringLiteral("—")) << "undefined, never 0 %";
    EXPECT_TRUE(raw(quietRow, CampaignListModel::Roi).isNull());
    EXPECT_EQ(text(quietRow, CampaignListModel::Starts), QStringLiteral("—"));
    EXPECT_EQ(model.index(quietRow, 0).data(CampaignListModel::CampaignIdRole).toLongLong(), quiet);
    EXPECT_EQ(model.rowOf(999), -1);
}

TEST_F(CampaignListModelTest, SortsNumbersAsNumbers)
{
    const qint64 nine = campaign(QStringLiteral("a nine"));
    const qint64 eighty = campaign(QStringLiteral("B eighty"));
    const qint64 none = campaign(QStringLiteral("c none"));
    converted(nine, 900); // "$9.00" sorts after "$80.00" as text
    converted(eighty, 8000);
    cost(nine, 100); // ROI 800 %
    cost(eighty, 4000); // ROI 100 %

    CampaignListModel model;
    ASSERT_TRUE(model.load(m_db.connection(), m_db.clock()).ok());
    EXPECT_EQ(idsSortedBy(model, CampaignListModel::Revenue, Qt::AscendingOrder), (QList<qint64> {none, nine, eighty}));
    EXPECT_EQ(idsSortedBy(model, CampaignListModel::Roi, Qt::DescendingOrder), (QList<qint64> {nine, eighty, none}))
        << "an undefined ROI sorts below every defined one";
    EXPECT_EQ(idsSortedBy(model, CampaignListModel::Name, Qt::AscendingOrder), (QList<qint64> {nine, eighty, none}))
        << "names ignore case";
}

TEST_F(CampaignListModelTest, OpenDatesSortAtTheEnds)
{
    const qint64 open = campaign(QStringLiteral("Open"));
    const qint64 spring = campaign(QStringLiteral("Spring"), QDate(2026, 3, 1), QDate(2026, 5, 31));
    const qint64 winter = campaign(QStringLiteral("Winter"), QDate(2025, 12, 1), QDate(2026, 2, 28));
    CampaignListModel model;
    ASSERT_TRUE(model.load(m_db.connection(), m_db.clock()).ok());
    EXPECT_EQ(
        idsSortedBy(model, CampaignListModel::Starts, Qt::AscendingOrder), (QList<qint64> {open, winter, spring}));
    EXPECT_EQ(idsSortedBy(model, CampaignListModel::Ends, Qt::AscendingOrder), (QList<qint64> {winter, spring, open}));
}

TEST_F(CampaignListModelTest, KeepsItsRowsWhenLoadingFails)
{
    campaign(QStringLiteral("Kept"));
    CampaignListModel model;
    ASSERT_TRUE(model.load(m_db.connection(), m_db.clock()).ok());
    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TABLE campaign_costs")));
    const Status failed = model.load(m_db.connection(), m_db.clock());
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(model.rowCount(), 1);
    ASSERT_TRUE(model.load(QSqlDatabase(), m_db.clock()).ok());
    EXPECT_EQ(model.rowCount(), 0) << "no database, no rows";
}

} // namespace
