// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QSqlQuery>

#include "TestDatabase.h"
#include "store/AdvocateStore.h"
#include "store/ReferralTree.h"

using namespace grapevine;
using namespace grapevine::domain;
using store::ReferralTree;
using store::TreeNode;

namespace {

class ReferralTreeTest : public ::testing::Test
{
protected:
    qint64 add(
        const QString& first, const QString& last, std::optional<qint64> referredBy, const QString& email = QString())
    {
        Advocate a;
        a.firstName = first;
        a.lastName = last;
        a.email = email;
        a.referredById = referredBy;
        const Status s = m_advocates.create(a);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
        m_codes[a.id] = a.referralCode;
        return a.id;
    }

    static std::vector<qint64> ids(const std::vector<TreeNode>& nodes)
    {
        std::vector<qint64> result;
        for (const TreeNode& n : nodes)
            result.push_back(n.id);
        return result;
    }

    test::TestDatabase m_db;
    store::AdvocateStore m_advocates {m_db.connection(), m_db.clock()};
    ReferralTree m_tree {m_db.connection()};
    QHash<qint64, QString> m_codes;
};

TEST_F(ReferralTreeTest, AncestorsRunFromTheReferrerToTheRoot)
{
    const qint64 root = add(QStringLiteral("Rut"), QStringLiteral("Ek"), std::nullopt);
    const qint64 mid = add(QStringLiteral("Max"), QStringLiteral("Ask"), root);
    const qint64 leaf = add(QStringLiteral("Liv"), QStringLiteral("Alm"), mid);
    add(QStringLiteral("Sam"), QStringLiteral("Ek"), root);

    const auto up = m_tree.ancestors(leaf);
    ASSERT_TRUE(up.ok()) << up.error().message.toStdString();
    ASSERT_EQ(ids(up.value()), (std::vector<qint64> {mid, root}));
    EXPECT_EQ(up->at(0).name, QStringLiteral("Max Ask"));
    EXPECT_EQ(up->at(0).referralCode, m_codes[mid]);
    EXPECT_EQ(up->at(0).childCount, 1);
    EXPECT_EQ(up->at(1).childCount, 2);

    EXPECT_TRUE(m_tree.ancestors(root)->empty()) << "nobody referred the root";
    EXPECT_TRUE(m_tree.ancestors(987654)->empty());
}

TEST_F(ReferralTreeTest, ChildrenAreSortedByNameWithTheirOwnCounts)
{
    const qint64 root = add(QStringLiteral("Rut"), QStringLiteral("Ek"), std::nullopt);
    const qint64 b = add(QStringLiteral("Bo"), QStringLiteral("Zetterlund"), root);
    const qint64 a = add(QStringLiteral("Ann"), QStringLiteral("berg"), root);
    const qint64 c = add(QString(), QString(), root, QStringLiteral("nameless@example.org"));
    add(QStringLiteral("Gus"), QStringLiteral("Berg"), a);
    add(QStringLiteral("Hed"), QStringLiteral("Berg"), a);
    add(QStringLiteral("Ivo"), QStringLiteral("Berg"), b);

    const auto children = m_tree.children(root);
    ASSERT_TRUE(children.ok()) << children.error().message.toStdString();
    EXPECT_EQ(ids(children.value()), (std::vector<qint64> {c, a, b})) << "last name, then first name, any case";
    EXPECT_EQ(children->at(0).name, QStringLiteral("nameless@example.org")) << "the email when there is no name";
    EXPECT_EQ(children->at(0).childCount, 0);
    EXPECT_EQ(children->at(1).childCount, 2);
    EXPECT_EQ(children->at(2).childCount, 1);
    EXPECT_EQ(children->at(2).referralCode, m_codes[b]);
    EXPECT_TRUE(m_tree.children(c)->empty());
}

TEST_F(ReferralTreeTest, ChildrenAndCountsUseTheReferredByIndex)
{
    // On a million advocates a table scan per node would make the tree unusable.
    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT a.id, (SELECT count(*) FROM advocates c "
                                      "WHERE c.referred_by_id = a.id) FROM advocates a WHERE a.referred_by_id = 1")));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    for (const QString& step : plan)
        EXPECT_FALSE(step.startsWith(QLatin1String("SCAN"))) << step.toStdString();
    EXPECT_TRUE(plan.join(u'\n').contains(QLatin1String("advocates_referred_by"))) << plan.join(u'\n').toStdString();
}

TEST_F(ReferralTreeTest, ALoopInADamagedFileEndsWithAClearError)
{
    // AdvocateStore refuses loops; a file changed by another tool can still hold one.
    const qint64 x = add(QStringLiteral("X"), QString(), std::nullopt);
    const qint64 y = add(QStringLiteral("Y"), QString(), x);
    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE advocates SET referred_by_id = %1 WHERE id = %2").arg(y).arg(x)));
    const auto up = m_tree.ancestors(y);
    ASSERT_FALSE(up.ok());
    EXPECT_EQ(up.error().code, Error::Code::Invalid);
}

} // namespace
