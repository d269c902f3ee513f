// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "TestDatabase.h"
#include "domain/ImportBatch.h"
#include "privacy/PersonalData.h"
#include "store/AdvocateStore.h"
#include "store/CampaignStore.h"
#include "store/ImportBatchStore.h"
#include "store/MentionStore.h"
#include "store/ReferralStore.h"
#include "store/RewardStore.h"

using namespace grapevine;
using namespace grapevine::domain;
using privacy::PersonalData;

namespace {

QDateTime at(int month, int day, int hour = 12)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

/// Everything that identifies Zebulon, in any of the places the fixture puts it.
const QStringList kZebulon = {QStringLiteral("Zebulon"), QStringLiteral("Quixote"),
    QStringLiteral("zebulon.quixote@example.org"), QStringLiteral("+1 555 0199"), QStringLiteral("0199"),
    QStringLiteral("Quixote Ltd"), QStringLiteral("marzipan"), QStringLiteral("figs"), QStringLiteral("Windmill fair")};

class PersonalDataTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Debian's SQLite is built with secure_delete on by default, Qt's bundled one (Windows,
        // macOS) is not. Everything before the erase runs without it, so that deleted and
        // overwritten text really is left behind in free space, as it would be there.
        allowLeftovers();
        Campaign c;
        c.name = QStringLiteral("Spring");
        ASSERT_TRUE(store::CampaignStore(db(), m_db.clock()).create(c).ok());
        m_campaign = c.id;

        // Enough advocates that the search index merges its segments a few times.
        for (int i = 0; i < 40; ++i)
            add(QStringLiteral("Filler%1").arg(i), QStringLiteral("Person"), {});
        m_other = add(QStringLiteral("Ottilie"), QStringLiteral("Otherperson"), {QStringLiteral("vip")},
            QStringLiteral("ottilie@example.com"));
        m_hanna = add(QStringLiteral("Hanna"), QStringLiteral("Hansson"), {}, QStringLiteral("hanna@example.com"));

        Advocate z;
        z.firstName = QStringLiteral("Zebulon");
        z.lastName = QStringLiteral("Quixote");
        z.email = QStringLiteral("Zebulon.Quixote@example.org");
        z.phone = QStringLiteral("+1 555 0199 ext 2");
        z.company = QStringLiteral("Quixote Ltd");
        z.notes = QStringLiteral("likes marzipan and figs");
        z.kind = AdvocateKind::Partner;
        z.consent = true;
        z.consentAt = at(1, 2);
        z.consentSource = QStringLiteral("Windmill fair");
        z.npsScore = 10;
        z.npsAt = at(1, 3);
        z.totalSpentMinor = 45600;
        z.orderCount = 3;
        z.referredById = m_other;
        z.tags = {QStringLiteral("vip"), QStringLiteral("marzipan-club")};
        store::AdvocateStore advocates(db(), m_db.clock());
        ASSERT_TRUE(advocates.create(z).ok());
        m_zebulon = z.id;
        // An earlier version of the row, as an edit leaves it behind.
        z.phone = QStringLiteral("+1 555 0199");
        z.notes = QStringLiteral("likes marzipan");
        ASSERT_TRUE(advocates.update(z).ok());
        for (int i = 40; i < 60; ++i)
            add(QStringLiteral("Filler%1").arg(i), QStringLiteral("Person"), {});

        // Referrals Zebulon made: to an advocate, and to an outside friend (with his code).
        m_zToHanna = addReferral(m_zebulon, m_hanna, QStringLiteral("Hanna Hansson"),
            QStringLiteral("hanna@example.com"), z.referralCode, 10000);
        addReferral(m_zebulon, std::nullopt, QStringLiteral("Dulcinea Toboso"), QStringLiteral("dulcinea@example.net"),
            z.referralCode, 25000);
        // Referrals where he is the friend: by link, and by address only.
        const qint64 otherToZ = addReferral(m_other, m_zebulon, QStringLiteral("Zebulon Quixote"),
            QStringLiteral("zebulon.quixote@example.org"), QString(), 30000);
        addReferral(m_hanna, std::nullopt, QStringLiteral("Zeb Quixote"), QStringLiteral("ZEBULON.QUIXOTE@example.org"),
            QString(), 5000);

        addReward(m_zToHanna, m_zebulon, RewardSide::Advocate, RewardKind::Points, 500, RewardStatus::Issued);
        addReward(m_zToHanna, m_hanna, RewardSide::Friend, RewardKind::StoreCredit, 1000, RewardStatus::Approved);
        addReward(otherToZ, m_zebulon, RewardSide::Friend, RewardKind::StoreCredit, 700, RewardStatus::Issued);
        addReward(otherToZ, m_other, RewardSide::Advocate, RewardKind::Cash, 900, RewardStatus::Approved);

        Mention m;
        m.occurredAt = at(3, 1);
        m.channel = QStringLiteral("instagram");
        m.author = QStringLiteral("Zebulon Q.");
        m.advocateId = m_zebulon;
        m.sentiment = Sentiment::Positive;
        m.reach = 800;
        m.url = QStringLiteral("https://social.example/zebulon.quixote/17");
        m.body = QStringLiteral("Zebulon says: the marzipan here is the best");
        m.responseStatus = ResponseStatus::Responded;
        m.responseText = QStringLiteral("Thank you, Zebulon!");
        m.respondedAt = at(3, 2);
        m.isTestimonial = true;
        m.testimonialPermissionAt = at(3, 2);
        m.testimonialPermissionHow = QStringLiteral("DM from zebulon.quixote");
        ASSERT_TRUE(store::MentionStore(db(), m_db.clock()).create(m).ok());
        m_mention = m.id;
        Mention other;
        other.occurredAt = at(3, 3);
        other.channel = QStringLiteral("google_review");
        other.author = QStringLiteral("Ottilie O.");
        other.advocateId = m_other;
        other.sentiment = Sentiment::Negative;
        other.body = QStringLiteral("Too crowded");
        ASSERT_TRUE(store::MentionStore(db(), m_db.clock()).create(other).ok());

        ImportBatch batch;
        batch.kind = ImportKind::Advocates;
        batch.fileName = QStringLiteral("shop-export.csv");
        store::ImportBatchStore batches(db(), m_db.clock());
        ASSERT_TRUE(batches.create(batch).ok());
        ImportRowError mine;
        mine.batchId = batch.id;
        mine.rowNumber = 7;
        mine.columnName = QStringLiteral("Birthday");
        mine.message = QStringLiteral("The date 31/02 is not valid.");
        mine.rawLine = QStringLiteral("Zebulon;Quixote;zebulon.quixote@example.org;+1 555 0199;31/02");
        ASSERT_TRUE(batches.addRowError(mine).ok());
        ImportRowError theirs;
        theirs.batchId = batch.id;
        theirs.rowNumber = 8;
        theirs.message = QStringLiteral("The date 30/02 is not valid.");
        theirs.rawLine = QStringLiteral("Ottilie;Otherperson;ottilie@example.com;;30/02");
        ASSERT_TRUE(batches.addRowError(theirs).ok());
    }

    QSqlDatabase db() const { return m_db.connection(); }

    void allowLeftovers()
    {
        QSqlQuery q(db());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA secure_delete = OFF")));
    }

    void reopen()
    {
        m_db.reopen();
        allowLeftovers();
    }

    qint64 add(const QString& first, const QString& last, const QStringList& tags, const QString& email = QString())
    {
        Advocate a;
        a.firstName = first;
        a.lastName = last;
        a.email = email;
        a.tags = tags;
        a.notes = QStringLiteral("Notes about ") + first;
        a.totalSpentMinor = 1000;
        const Status s = store::AdvocateStore(db(), m_db.clock()).create(a);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
        return a.id;
    }

    qint64 addReferral(qint64 referrer, std::optional<qint64> friendId, const QString& friendName,
        const QString& friendEmail, const QString& code, qint64 orderValue)
    {
        store::ReferralStore referrals(db(), m_db.clock());
        Referral r;
        r.campaignId = m_campaign;
        r.referrerId = referrer;
        r.friendId = friendId;
        r.friendName = friendName;
        r.friendEmail = friendEmail;
        r.code = code;
        r.channel = ReferralChannel::Email;
        r.createdAt = at(2, 1);
        EXPECT_TRUE(referrals.create(r).ok());
        r.status = ReferralStatus::Converted;
        r.orderValueMinor = orderValue;
        m_db.clock().advanceSeconds(60);
        EXPECT_TRUE(referrals.update(r, QStringLiteral("First order")).ok());
        return r.id;
    }

    void addReward(
        qint64 referral, qint64 advocate, RewardSide side, RewardKind kind, qint64 value, RewardStatus status)
    {
        Reward w;
        w.campaignId = m_campaign;
        w.referralId = referral;
        w.advocateId = advocate;
        w.side = side;
        w.kind = kind;
        w.value = value;
        w.costMinor = kind == RewardKind::Points ? value / 10 : value;
        w.status = status;
        w.approvedAt = at(2, 20);
        if (status == RewardStatus::Issued)
            w.issuedAt = at(2, 21);
        const Status s = store::RewardStore(db(), m_db.clock()).create(w);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
    }

    QString totals() const
    {
        QSqlQuery q(db());
        EXPECT_TRUE(q.exec(QStringLiteral(
            "SELECT (SELECT count(*) || '/' || sum(order_value_minor) || '/' || group_concat(status) FROM referrals), "
            "(SELECT count(*) || '/' || sum(cost_minor) || '/' || sum(value) FROM rewards), "
            "(SELECT count(*) || '/' || sum(total_spent_minor) || '/' || sum(order_count) FROM advocates), "
            "(SELECT count(*) || '/' || group_concat(sentiment) || '/' || sum(reach) FROM mentions)")));
        EXPECT_TRUE(q.next());
        return QStringList {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}
            .join(u' ');
    }

    /// All rows of `table` but those matching `except`, as text.
    QString rows(const QString& table, const QString& except = QStringLiteral("0")) const
    {
        QSqlQuery q(db());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1 WHERE NOT (%2) ORDER BY 1").arg(table, except)));
        QString text;
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                text += q.value(i).toString() + u'|';
            text += u'\n';
        }
        return text;
    }

    std::vector<qint64> search(const QString& match) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT rowid FROM advocates_fts WHERE advocates_fts MATCH ? ORDER BY rowid"));
        q.addBindValue(match);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
        std::vector<qint64> ids;
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
        return ids;
    }

    /// Where each string occurs in the raw bytes of the file and its WAL: UTF-8 and UTF-16LE,
    /// ignoring ASCII case (referral codes are upper case, the search index lower case).
    QStringList foundInFiles() const
    {
        QStringList found;
        for (const QString& path : QStringList {m_db.path(), m_db.path() + QStringLiteral("-wal")}) {
            const QByteArray bytes = test::fileBytes(path).toLower();
            for (const QString& needle : kZebulon) {
                const QString lower = needle.toLower();
                const QByteArray utf16(
                    reinterpret_cast<const char*>(lower.utf16()), static_cast<qsizetype>(lower.size() * 2));
                for (const QByteArray& form : {lower.toUtf8(), utf16}) {
                    for (qsizetype pos = bytes.indexOf(form); pos >= 0; pos = bytes.indexOf(form, pos + 1)) {
                        found << QStringLiteral("%1 at %2 (page %3) of %4")
                                     .arg(needle)
                                     .arg(pos)
                                     .arg(pos / 4096 + 1)
                                     .arg(QFileInfo(path).fileName());
                    }
                }
            }
        }
        return found;
    }

    /// Where each string occurs in any text column of any table, the search index's included.
    QStringList foundInTables() const
    {
        QStringList found;
        QSqlQuery tables(db());
        EXPECT_TRUE(tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery q(db());
            EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i) {
                    const QVariant v = q.value(i);
                    const QString text
                        = v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray()) : v.toString();
                    for (const QString& needle : kZebulon) {
                        if (text.contains(needle, Qt::CaseInsensitive))
                            found << table + u'.' + q.record().fieldName(i) + QStringLiteral(": ") + needle;
                    }
                }
            }
        }
        return found;
    }

    test::TestDatabase m_db;
    qint64 m_campaign = 0;
    qint64 m_other = 0;
    qint64 m_hanna = 0;
    qint64 m_zebulon = 0;
    qint64 m_zToHanna = 0;
    qint64 m_mention = 0;
};

TEST_F(PersonalDataTest, EraseLeavesNothingOfThePersonInTheFileWhileTotalsStay)
{
    reopen(); // checkpoint: everything is in the file now
    ASSERT_FALSE(foundInFiles().isEmpty()) << "the scan must see what is there before the erase";
    const QString totalsBefore = totals();
    const QString othersBefore = rows(QStringLiteral("advocates"), QStringLiteral("id = %1").arg(m_zebulon));
    const QString rewardsBefore = rows(QStringLiteral("rewards"));
    const QString tagsBefore = rows(QStringLiteral("advocate_tags"), QStringLiteral("advocate_id = %1").arg(m_zebulon));
    ASSERT_EQ(search(QStringLiteral("zebulon")), std::vector<qint64> {m_zebulon});

    m_db.clock().advanceSeconds(3600);
    const Status erased = PersonalData::erasePerson(db(), m_zebulon, m_db.clock());
    ASSERT_TRUE(erased.ok()) << erased.error().message.toStdString();

    EXPECT_EQ(foundInTables(), QStringList());
    for (const char* word : {"zebulon", "quixote", "marzipan", "0199", "figs", "windmill", "zeb*"})
        EXPECT_TRUE(search(QString::fromLatin1(word)).empty()) << word;
    EXPECT_EQ(search(QStringLiteral("otherperson*")), std::vector<qint64> {m_other}) << "others stay findable";
    EXPECT_EQ(search(QStringLiteral("hanna")), std::vector<qint64> {m_hanna});
    EXPECT_EQ(search(QStringLiteral("filler59")).size(), 1u);
    QSqlQuery q(db());
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO advocates_fts (advocates_fts, rank) VALUES ('integrity-check', 1)")))
        << q.lastError().text().toStdString();

    EXPECT_EQ(totals(), totalsBefore) << "referrals, rewards and totals are kept";
    EXPECT_EQ(rows(QStringLiteral("advocates"), QStringLiteral("id = %1").arg(m_zebulon)), othersBefore);
    EXPECT_EQ(rows(QStringLiteral("rewards")), rewardsBefore);
    EXPECT_EQ(rows(QStringLiteral("advocate_tags"), QStringLiteral("advocate_id = %1").arg(m_zebulon)), tagsBefore);

    const Advocate after = store::AdvocateStore(db(), m_db.clock()).get(m_zebulon).value();
    EXPECT_EQ(after.firstName, QStringLiteral("Erased"));
    EXPECT_TRUE(after.lastName.isEmpty());
    EXPECT_TRUE(after.email.isEmpty());
    EXPECT_TRUE(after.phone.isEmpty());
    EXPECT_TRUE(after.company.isEmpty());
    EXPECT_TRUE(after.notes.isEmpty());
    EXPECT_TRUE(after.consentSource.isEmpty());
    EXPECT_FALSE(after.consent);
    EXPECT_FALSE(after.consentAt.isValid());
    EXPECT_FALSE(after.npsScore.has_value());
    EXPECT_FALSE(after.npsAt.isValid());
    EXPECT_TRUE(after.tags.isEmpty());
    EXPECT_EQ(after.status, AdvocateStatus::Erased);
    EXPECT_EQ(after.totalSpentMinor, 45600);
    EXPECT_EQ(after.orderCount, 3);
    EXPECT_EQ(after.referredById, m_other) << "generations still count";
    EXPECT_EQ(after.updatedAt, m_db.clock().nowUtc());
    EXPECT_TRUE(after.referralCode.startsWith(QStringLiteral("ERASED-"))) << after.referralCode.toStdString();
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM referrals WHERE referrer_id = %1 AND code = '%2'")
                           .arg(m_zebulon)
                           .arg(after.referralCode)));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 2) << "his referrals name the code the friend used: the new one";
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM referrals WHERE friend_name = '' AND friend_email = '' "
                                      "AND friend_email_norm IS NULL")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 2) << "where he was the friend, by link and by address";
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT body, author, url, response_text, reach, sentiment FROM mentions "
                                      "WHERE id = %1")
                           .arg(m_mention)));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("(erased)"));
    EXPECT_TRUE(q.value(1).toString().isEmpty());
    EXPECT_TRUE(q.value(2).toString().isEmpty());
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("(erased)"));
    EXPECT_EQ(q.value(4).toInt(), 800);
    EXPECT_EQ(q.value(5).toString(), QStringLiteral("positive"));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT group_concat(raw_line, '|') FROM import_row_errors")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("|Ottilie;Otherperson;ottilie@example.com;;30/02"));
    q.finish();

    // Closing checkpoints the log into the file, as quitting the app does.
    m_db.reopen();
    EXPECT_EQ(foundInFiles(), QStringList());
    EXPECT_EQ(search(QStringLiteral("otherperson*")), std::vector<qint64> {m_other});
}

TEST_F(PersonalDataTest, TheLogHoldsNothingRightAfterTheErase)
{
    // Without closing: the app may keep running (or crash) after the erase.
    const Status erased = PersonalData::erasePerson(db(), m_zebulon, m_db.clock());
    ASSERT_TRUE(erased.ok()) << erased.error().message.toStdString();
    EXPECT_EQ(foundInFiles(), QStringList());
    EXPECT_EQ(QFileInfo(m_db.path() + QStringLiteral("-wal")).size(), 0);
}

TEST_F(PersonalDataTest, EraseRestoresTheConnectionsSecureDeleteSetting)
{
    ASSERT_TRUE(PersonalData::erasePerson(db(), m_zebulon, m_db.clock()).ok());
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA secure_delete")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST_F(PersonalDataTest, EraseOfSomeoneWhoDoesNotExist)
{
    const Status erased = PersonalData::erasePerson(db(), 987654, m_db.clock());
    ASSERT_FALSE(erased.ok());
    EXPECT_EQ(erased.error().code, Error::Code::NotFound);
}

TEST_F(PersonalDataTest, ExportHoldsEveryFieldOfThePerson)
{
    m_db.clock().set(QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC));
    const auto exported = PersonalData::exportPerson(db(), m_zebulon, m_db.clock());
    ASSERT_TRUE(exported.ok()) << exported.error().message.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(exported.value(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(exported->contains("\n    \"")) << "indented for people to read";
    const QJsonObject root = doc.object();

    EXPECT_EQ(root.value(QStringLiteral("exported_at")).toString(), QStringLiteral("2026-04-01T10:00:00Z"));
    EXPECT_FALSE(root.value(QStringLiteral("about")).toString().isEmpty());

    const QJsonObject a = root.value(QStringLiteral("advocate")).toObject();
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('advocates')")));
    while (q.next())
        EXPECT_TRUE(a.contains(q.value(0).toString())) << "missing column " << q.value(0).toString().toStdString();
    EXPECT_EQ(a.value(QStringLiteral("id")).toInteger(), m_zebulon);
    EXPECT_EQ(a.value(QStringLiteral("first_name")).toString(), QStringLiteral("Zebulon"));
    EXPECT_EQ(a.value(QStringLiteral("last_name")).toString(), QStringLiteral("Quixote"));
    EXPECT_EQ(a.value(QStringLiteral("email")).toString(), QStringLiteral("Zebulon.Quixote@example.org"));
    EXPECT_EQ(a.value(QStringLiteral("phone")).toString(), QStringLiteral("+1 555 0199"));
    EXPECT_EQ(a.value(QStringLiteral("company")).toString(), QStringLiteral("Quixote Ltd"));
    EXPECT_EQ(a.value(QStringLiteral("notes")).toString(), QStringLiteral("likes marzipan"));
    EXPECT_EQ(a.value(QStringLiteral("kind")).toString(), QStringLiteral("partner"));
    EXPECT_EQ(a.value(QStringLiteral("consent")).toInteger(), 1);
    EXPECT_EQ(a.value(QStringLiteral("consent_at")).toString(), QStringLiteral("2026-01-02T12:00:00Z"));
    EXPECT_EQ(a.value(QStringLiteral("consent_source")).toString(), QStringLiteral("Windmill fair"));
    EXPECT_EQ(a.value(QStringLiteral("nps_score")).toInteger(), 10);
    EXPECT_EQ(a.value(QStringLiteral("nps_at")).toString(), QStringLiteral("2026-01-03T12:00:00Z"));
    EXPECT_EQ(a.value(QStringLiteral("total_spent_minor")).toInteger(), 45600);
    EXPECT_EQ(a.value(QStringLiteral("referred_by_id")).toInteger(), m_other);
    EXPECT_TRUE(a.value(QStringLiteral("import_batch_id")).isNull());
    EXPECT_TRUE(a.value(QStringLiteral("created_at")).toString().endsWith(u'Z'));

    EXPECT_EQ(root.value(QStringLiteral("tags")).toArray(),
        (QJsonArray {QStringLiteral("marzipan-club"), QStringLiteral("vip")}));

    const QJsonArray made = root.value(QStringLiteral("referrals_made")).toArray();
    ASSERT_EQ(made.size(), 2);
    EXPECT_EQ(made[0].toObject().value(QStringLiteral("friend_name")).toString(), QStringLiteral("Hanna Hansson"));
    EXPECT_EQ(made[0].toObject().value(QStringLiteral("order_value_minor")).toInteger(), 10000);
    const QJsonArray history = made[0].toObject().value(QStringLiteral("status_history")).toArray();
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[1].toObject().value(QStringLiteral("to_status")).toString(), QStringLiteral("converted"));
    EXPECT_EQ(history[1].toObject().value(QStringLiteral("note")).toString(), QStringLiteral("First order"));

    const QJsonArray asFriend = root.value(QStringLiteral("referrals_as_friend")).toArray();
    ASSERT_EQ(asFriend.size(), 2) << "by link and by email address";
    EXPECT_EQ(asFriend[1].toObject().value(QStringLiteral("friend_name")).toString(), QStringLiteral("Zeb Quixote"));

    const QJsonArray rewards = root.value(QStringLiteral("rewards")).toArray();
    ASSERT_EQ(rewards.size(), 2);
    EXPECT_EQ(rewards[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("points"));
    EXPECT_EQ(
        rewards[0].toObject().value(QStringLiteral("issued_at")).toString(), QStringLiteral("2026-02-21T12:00:00Z"));

    const QJsonArray mentions = root.value(QStringLiteral("mentions")).toArray();
    ASSERT_EQ(mentions.size(), 1);
    EXPECT_EQ(mentions[0].toObject().value(QStringLiteral("body")).toString(),
        QStringLiteral("Zebulon says: the marzipan here is the best"));
    EXPECT_EQ(mentions[0].toObject().value(QStringLiteral("reach")).toInteger(), 800);

    const QJsonArray rowErrors = root.value(QStringLiteral("import_row_errors")).toArray();
    ASSERT_EQ(rowErrors.size(), 1);
    EXPECT_EQ(rowErrors[0].toObject().value(QStringLiteral("row_number")).toInteger(), 7);
}

TEST_F(PersonalDataTest, ImportErrorsOfSomeoneElseWhoseAddressContainsTheirsStay)
{
    const qint64 ann = add(QStringLiteral("Ann"), QStringLiteral("Ek"), {}, QStringLiteral("ann@example.com"));
    ImportBatch batch;
    batch.kind = ImportKind::Advocates;
    store::ImportBatchStore batches(db(), m_db.clock());
    ASSERT_TRUE(batches.create(batch).ok());
    for (const char* line : {"Joann;joann@example.com;x", "Ann;\"ANN@example.com\";x"}) {
        ImportRowError e;
        e.batchId = batch.id;
        e.rowNumber = 2;
        e.message = QStringLiteral("Bad");
        e.rawLine = QString::fromLatin1(line);
        ASSERT_TRUE(batches.addRowError(e).ok());
    }

    const auto exported = PersonalData::exportPerson(db(), ann, m_db.clock());
    ASSERT_TRUE(exported.ok());
    const QJsonArray rowErrors
        = QJsonDocument::fromJson(exported.value()).object().value(QStringLiteral("import_row_errors")).toArray();
    ASSERT_EQ(rowErrors.size(), 1);
    EXPECT_EQ(rowErrors[0].toObject().value(QStringLiteral("raw_line")).toString(),
        QStringLiteral("Ann;\"ANN@example.com\";x"));

    ASSERT_TRUE(PersonalData::erasePerson(db(), ann, m_db.clock()).ok());
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM import_row_errors WHERE raw_line = "
                                      "'Joann;joann@example.com;x' AND message = 'Bad'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1) << "Joann's row is not Ann's";
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM import_row_errors WHERE raw_line LIKE '%ann@%'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST_F(PersonalDataTest, ExportOfSomeoneWhoDoesNotExist)
{
    const auto exported = PersonalData::exportPerson(db(), 987654, m_db.clock());
    ASSERT_FALSE(exported.ok());
    EXPECT_EQ(exported.error().code, Error::Code::NotFound);
}

} // namespace
