// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QSqlQuery>

#include "TestDatabase.h"
#include "store/AdvocateBulkEditor.h"
#include "store/AdvocateStore.h"

using namespace grapevine;
using namespace grapevine::domain;
using store::AdvocateBulkEditor;

namespace {

class AdvocateBulkEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (const char* name : {"Ada", "Bo", "Cy", "Di"}) {
            Advocate a;
            a.firstName = QString::fromLatin1(name);
            a.kind = m_ids.size() % 2 == 0 ? AdvocateKind::Customer : AdvocateKind::Partner;
            if (m_ids.size() < 2)
                a.tags = {QStringLiteral("VIP")};
            ASSERT_TRUE(m_advocates.create(a).ok());
            m_ids << a.id;
        }
        m_db.clock().advanceSeconds(3600);
    }

    QStringList tagsOf(qint64 id) { return m_advocates.get(id)->tags; }
    QDateTime updatedAt(qint64 id) { return m_advocates.get(id)->updatedAt; }
    AdvocateKind kindOf(qint64 id) { return m_advocates.get(id)->kind; }

    int scalar(const QString& sql) const
    {
        QSqlQuery q(m_db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    test::TestDatabase m_db;
    store::AdvocateStore m_advocates {m_db.connection(), m_db.clock()};
    AdvocateBulkEditor m_editor {m_db.connection(), m_db.clock()};
    QList<qint64> m_ids; // Ada, Bo (both VIP), Cy, Di
};

TEST_F(AdvocateBulkEditorTest, AddTagAndItsUndo)
{
    const auto had = m_editor.idsWithTag(m_ids, QStringLiteral("vip"));
    ASSERT_TRUE(had.ok());
    EXPECT_EQ(had.value(), (QList<qint64> {m_ids[0], m_ids[1]})) << "tag names compare case-insensitively";

    ASSERT_TRUE(m_editor.addTag(m_ids, QStringLiteral(" VIP ")).ok());
    for (qint64 id : m_ids)
        EXPECT_EQ(tagsOf(id), QStringList {QStringLiteral("VIP")});
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tags")), 1) << "no second tag of the same name";
    EXPECT_EQ(updatedAt(m_ids[0]), test::fixedNow()) << "unchanged advocates keep their updatedAt";
    EXPECT_EQ(updatedAt(m_ids[2]), m_db.clock().nowUtc());

    // Undo: take it from those who did not have it before.
    QList<qint64> others;
    for (qint64 id : m_ids) {
        if (!had->contains(id))
            others << id;
    }
    ASSERT_TRUE(m_editor.removeTag(others, QStringLiteral("VIP")).ok());
    EXPECT_EQ(tagsOf(m_ids[0]), QStringList {QStringLiteral("VIP")});
    EXPECT_EQ(tagsOf(m_ids[1]), QStringList {QStringLiteral("VIP")});
    EXPECT_TRUE(tagsOf(m_ids[2]).isEmpty());
    EXPECT_TRUE(tagsOf(m_ids[3]).isEmpty());
}

TEST_F(AdvocateBulkEditorTest, ANewTagIsCreatedAndAnUnusedOneDeleted)
{
    ASSERT_TRUE(m_editor.addTag({m_ids[2], m_ids[3]}, QStringLiteral("Spring fair")).ok());
    EXPECT_EQ(tagsOf(m_ids[2]), QStringList {QStringLiteral("Spring fair")});
    const auto had = m_editor.idsWithTag(m_ids, QStringLiteral("spring fair"));
    EXPECT_EQ(had.value(), (QList<qint64> {m_ids[2], m_ids[3]}));

    ASSERT_TRUE(m_editor.removeTag(m_ids, QStringLiteral("Spring fair")).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tags WHERE name = 'Spring fair'")), 0)
        << "a tag nobody has would clutter the tag filter";
    // Undo of that removal: give it back to those who had it.
    ASSERT_TRUE(m_editor.addTag(had.value(), QStringLiteral("Spring fair")).ok());
    EXPECT_EQ(tagsOf(m_ids[3]), QStringList {QStringLiteral("Spring fair")});
    EXPECT_TRUE(tagsOf(m_ids[0]).contains(QStringLiteral("VIP")));
}

TEST_F(AdvocateBulkEditorTest, SetKindAndItsUndo)
{
    const auto before = m_editor.kinds(m_ids);
    ASSERT_TRUE(before.ok());
    ASSERT_EQ(before->size(), 4);
    EXPECT_EQ(before->value(m_ids[1]), AdvocateKind::Partner);

    ASSERT_TRUE(m_editor.setKind(m_ids, AdvocateKind::Influencer).ok());
    for (qint64 id : m_ids)
        EXPECT_EQ(kindOf(id), AdvocateKind::Influencer);
    EXPECT_EQ(updatedAt(m_ids[0]), m_db.clock().nowUtc());

    ASSERT_TRUE(m_editor.setKinds(before.value()).ok());
    for (qint64 id : m_ids)
        EXPECT_EQ(kindOf(id), before->value(id));
}

TEST_F(AdvocateBulkEditorTest, IdsThatDoNotExistAreIgnored)
{
    ASSERT_TRUE(m_editor.addTag({m_ids[2], 424242}, QStringLiteral("x")).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM advocate_tags WHERE advocate_id = 424242")), 0);
    ASSERT_TRUE(m_editor.addTag({424242}, QStringLiteral("nobody")).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tags WHERE name = 'nobody'")), 0);
    ASSERT_TRUE(m_editor.setKind({424242}, AdvocateKind::Other).ok());
    EXPECT_TRUE(m_editor.kinds({424242})->isEmpty());
    ASSERT_TRUE(m_editor.removeTag(m_ids, QStringLiteral("never existed")).ok());
}

TEST_F(AdvocateBulkEditorTest, AnEmptyTagIsRefused)
{
    const Status s = m_editor.addTag(m_ids, QStringLiteral("  "));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Invalid);
    EXPECT_FALSE(s.error().message.isEmpty());
}

TEST_F(AdvocateBulkEditorTest, ASelectionLargerThanSQLitesVariableLimit)
{
    // 40,000 ids: more than SQLite's default limit of 32,766 bound values in one statement.
    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000) "
                                      "INSERT INTO advocates (first_name, referral_code, created_at, updated_at) "
                                      "SELECT 'Many', 'MANY-' || i, 0, 0 FROM n")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM advocates WHERE first_name = 'Many' ORDER BY id")));
    QList<qint64> many;
    while (q.next())
        many << q.value(0).toLongLong();
    ASSERT_EQ(many.size(), 40000);

    ASSERT_TRUE(m_editor.addTag(many, QStringLiteral("many")).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM advocate_tags at JOIN tags t ON t.id = at.tag_id "
                                    "WHERE t.name = 'many'")),
        40000);
    EXPECT_EQ(m_editor.idsWithTag(many + m_ids, QStringLiteral("many"))->size(), 40000);
    ASSERT_TRUE(m_editor.setKind(many, AdvocateKind::Employee).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM advocates WHERE kind = 'employee'")), 40000);
    EXPECT_EQ(m_editor.kinds(many)->size(), 40000);
    ASSERT_TRUE(m_editor.removeTag(many, QStringLiteral("many")).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM advocate_tags")), 2);
}

} // namespace
