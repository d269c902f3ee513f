// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <optional>

#include <QSqlQuery>

#include "TestDatabase.h"
#include "store/AdvocateStore.h"
#include "store/ImportBatchStore.h"

using namespace grapevine;
using namespace grapevine::domain;

namespace {

QDateTime at(int month, int day, int hour = 12)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

class ImportBatchStoreTest : public ::testing::Test
{
protected:
    ImportBatch created()
    {
        ImportBatch b;
        const Status s = store().create(b);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
        return b;
    }

    ImportRowError rowError(qint64 batchId, qint64 row, const QString& message) const
    {
        ImportRowError e;
        e.batchId = batchId;
        e.rowNumber = row;
        e.message = message;
        return e;
    }

    int scalar(const QString& sql) const
    {
        QSqlQuery q(m_db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    /// As a restart of the app: nothing may hold the old connection.
    void reopen()
    {
        m_storeHolder.reset();
        m_db.reopen();
        m_storeHolder.emplace(m_db.connection(), m_db.clock());
    }

    store::ImportBatchStore& store() { return *m_storeHolder; }

    test::TestDatabase m_db;
    std::optional<store::ImportBatchStore> m_storeHolder {std::in_place, m_db.connection(), m_db.clock()};
};

TEST_F(ImportBatchStoreTest, RoundTripsEveryField)
{
    ImportBatch b;
    b.kind = ImportKind::Orders;
    b.fileName = QStringLiteral("/home/anna/Bestellungen März.csv");
    b.encoding = QStringLiteral("windows-1252");
    b.delimiter = QStringLiteral(";");
    b.mappingJson = QStringLiteral("{\"E-Mail\":\"email\",\"Betrag\":\"order_value\"}");
    b.status = ImportStatus::Undone;
    b.rowsTotal = 100;
    b.rowsInserted = 60;
    b.rowsUpdated = 20;
    b.rowsSkipped = 15;
    b.rowsFailed = 5;
    b.startedAt = at(3, 1, 9);
    b.finishedAt = at(3, 1, 10);
    b.undoneAt = at(3, 2);
    ASSERT_TRUE(store().create(b).ok());
    ASSERT_GT(b.id, 0);

    ImportRowError e;
    e.batchId = b.id;
    e.rowNumber = 17;
    e.columnName = QStringLiteral("E-Mail");
    e.message = QStringLiteral("The email address \"anna at example\" has no @ sign.");
    e.rawLine = QStringLiteral("Anna;anna at example;12,50");
    ASSERT_TRUE(store().addRowError(e).ok());
    ASSERT_GT(e.id, 0);

    reopen();
    const Result<ImportBatch> read = store().get(b.id);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const ImportBatch& g = read.value();
    EXPECT_EQ(g.id, b.id);
    EXPECT_EQ(g.kind, ImportKind::Orders);
    EXPECT_EQ(g.fileName, b.fileName);
    EXPECT_EQ(g.encoding, b.encoding);
    EXPECT_EQ(g.delimiter, b.delimiter);
    EXPECT_EQ(g.mappingJson, b.mappingJson);
    EXPECT_EQ(g.status, ImportStatus::Undone);
    EXPECT_EQ(g.rowsTotal, 100);
    EXPECT_EQ(g.rowsInserted, 60);
    EXPECT_EQ(g.rowsUpdated, 20);
    EXPECT_EQ(g.rowsSkipped, 15);
    EXPECT_EQ(g.rowsFailed, 5);
    EXPECT_EQ(g.startedAt, at(3, 1, 9)) << "a startedAt the caller set is kept";
    EXPECT_EQ(g.finishedAt, at(3, 1, 10));
    EXPECT_EQ(g.undoneAt, at(3, 2));

    const auto errors = store().rowErrors(b.id);
    ASSERT_TRUE(errors.ok());
    ASSERT_EQ(errors.value().size(), 1u);
    const ImportRowError& r = errors.value()[0];
    EXPECT_EQ(r.id, e.id);
    EXPECT_EQ(r.batchId, b.id);
    EXPECT_EQ(r.rowNumber, 17);
    EXPECT_EQ(r.columnName, e.columnName);
    EXPECT_EQ(r.message, e.message);
    EXPECT_EQ(r.rawLine, e.rawLine);
}

TEST_F(ImportBatchStoreTest, DefaultsRoundTrip)
{
    ImportBatch b = created();
    EXPECT_EQ(b.startedAt, test::fixedNow());
    const ImportBatch g = store().get(b.id).value();
    EXPECT_EQ(g.kind, ImportKind::Advocates);
    EXPECT_EQ(g.status, ImportStatus::Running);
    EXPECT_EQ(g.mappingJson, QStringLiteral("{}"));
    EXPECT_TRUE(g.fileName.isEmpty());
    EXPECT_EQ(g.startedAt, test::fixedNow());
    EXPECT_FALSE(g.finishedAt.isValid());
    EXPECT_FALSE(g.undoneAt.isValid());
}

TEST_F(ImportBatchStoreTest, UpdatesAndDeletesWithItsRowErrors)
{
    ImportBatch b = created();
    m_db.clock().advanceSeconds(42);
    b.status = ImportStatus::Completed;
    b.rowsTotal = 3;
    b.rowsInserted = 2;
    b.rowsFailed = 1;
    b.finishedAt = m_db.clock().nowUtc();
    b.startedAt = QDateTime(); // a hand-built copy: the stored start time stays
    ASSERT_TRUE(store().update(b).ok());
    EXPECT_EQ(b.startedAt, test::fixedNow());
    const ImportBatch g = store().get(b.id).value();
    EXPECT_EQ(g.status, ImportStatus::Completed);
    EXPECT_EQ(g.rowsTotal, 3);
    EXPECT_EQ(g.rowsInserted, 2);
    EXPECT_EQ(g.rowsFailed, 1);
    EXPECT_EQ(g.startedAt, test::fixedNow());
    EXPECT_EQ(g.finishedAt, test::fixedNow().addSecs(42));

    ImportRowError e = rowError(b.id, 2, QStringLiteral("Bad date"));
    ASSERT_TRUE(store().addRowError(e).ok());
    Advocate a;
    a.firstName = QStringLiteral("Imported");
    a.importBatchId = b.id;
    ASSERT_TRUE(store::AdvocateStore(m_db.connection(), m_db.clock()).create(a).ok());

    ASSERT_TRUE(store().remove(b.id).ok());
    EXPECT_EQ(store().get(b.id).error().code, Error::Code::NotFound);
    EXPECT_EQ(store().remove(b.id).error().code, Error::Code::NotFound);
    EXPECT_EQ(store().update(b).error().code, Error::Code::NotFound);
    EXPECT_TRUE(store().rowErrors(b.id).value().empty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM import_row_errors")), 0) << "row errors go with the batch";
    const auto kept = store::AdvocateStore(m_db.connection(), m_db.clock()).get(a.id);
    ASSERT_TRUE(kept.ok()) << "imported records stay";
    EXPECT_FALSE(kept.value().importBatchId.has_value());

    ImportBatch unsaved;
    EXPECT_EQ(store().update(unsaved).error().code, Error::Code::NotFound);
}

TEST_F(ImportBatchStoreTest, RowErrorsComeInFileOrder)
{
    const ImportBatch b = created();
    const ImportBatch other = created();
    ImportRowError late = rowError(b.id, 40, QStringLiteral("late"));
    ImportRowError early = rowError(b.id, 3, QStringLiteral("early"));
    ImportRowError sameRow = rowError(b.id, 40, QStringLiteral("same row, second column"));
    ImportRowError elsewhere = rowError(other.id, 1, QStringLiteral("other batch"));
    for (ImportRowError* e : {&late, &early, &sameRow, &elsewhere})
        ASSERT_TRUE(store().addRowError(*e).ok());
    const auto errors = store().rowErrors(b.id);
    ASSERT_TRUE(errors.ok());
    ASSERT_EQ(errors.value().size(), 3u);
    EXPECT_EQ(errors.value()[0].id, early.id);
    EXPECT_EQ(errors.value()[1].id, late.id);
    EXPECT_EQ(errors.value()[2].id, sameRow.id);
    EXPECT_EQ(store().rowErrors(other.id).value().size(), 1u);
}

TEST_F(ImportBatchStoreTest, RejectsInvalidValuesWithTheField)
{
    ImportBatch b;
    b.rowsFailed = -1;
    Status s = store().create(b);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Invalid);
    EXPECT_EQ(s.error().field, QStringLiteral("rows_failed"));
    EXPECT_FALSE(s.error().message.isEmpty());
    b = ImportBatch();
    b.rowsTotal = -1;
    EXPECT_EQ(store().create(b).error().field, QStringLiteral("rows_total"));
    b = ImportBatch();
    b.mappingJson = QStringLiteral("{not json");
    EXPECT_EQ(store().create(b).error().field, QStringLiteral("mapping_json"));
    b.mappingJson = QStringLiteral("[]");
    EXPECT_EQ(store().create(b).error().field, QStringLiteral("mapping_json"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM import_batches")), 0);

    const ImportBatch good = created();
    ImportRowError e = rowError(good.id, -1, QStringLiteral("x"));
    EXPECT_EQ(store().addRowError(e).error().field, QStringLiteral("row_number"));
    e = rowError(good.id, 1, QStringLiteral("  "));
    EXPECT_EQ(store().addRowError(e).error().field, QStringLiteral("message"));
    e = rowError(4242, 1, QStringLiteral("orphan"));
    s = store().addRowError(e);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Invalid);
    EXPECT_EQ(s.error().field, QStringLiteral("batch"));
    EXPECT_FALSE(s.error().message.contains(QStringLiteral("FOREIGN KEY"))) << s.error().message.toStdString();
    EXPECT_EQ(e.id, 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM import_row_errors")), 0);

    QSqlQuery q(m_db.connection());
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO import_batches (kind, started_at) VALUES ('spreadsheets', 0)")))
        << "the schema is the backstop";
}

TEST_F(ImportBatchStoreTest, HostileTextRoundTripsUnchanged)
{
    for (const char16_t* text : {u"Robert'); DROP TABLE advocates;--", u"Zoë 🍇🎉 👩‍👩‍👧",
             u"王芳 山田太郎 김민준", u"مريم العربي שלום", u"evil\u202Etxt.exe", u"O'Brien \"Bob\" `x`"}) {
        const QString value = QString::fromUtf16(text);
        ImportBatch b;
        b.fileName = value;
        b.encoding = value;
        b.delimiter = value;
        // The mapping must stay JSON; the hostile text goes into a key, escaped by the caller's JSON writer.
        b.mappingJson = QStringLiteral("{\"%1\":\"notes\"}")
                            .arg(QString(value).replace(QLatin1Char('"'), QStringLiteral("\\\"")));
        ASSERT_TRUE(store().create(b).ok()) << b.mappingJson.toStdString();
        ImportRowError e = rowError(b.id, 1, value);
        e.columnName = value;
        e.rawLine = value;
        ASSERT_TRUE(store().addRowError(e).ok());

        const ImportBatch g = store().get(b.id).value();
        EXPECT_EQ(g.fileName, value);
        EXPECT_EQ(g.encoding, value);
        EXPECT_EQ(g.delimiter, value);
        EXPECT_EQ(g.mappingJson, b.mappingJson);
        const ImportRowError r = store().rowErrors(b.id).value().at(0);
        EXPECT_EQ(r.message, value);
        EXPECT_EQ(r.columnName, value);
        EXPECT_EQ(r.rawLine, value);
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM advocates")), 0) << "the advocates table is still there";
}

} // namespace
