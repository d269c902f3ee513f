// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include "ProgramFixture.h"
#include "csv/ColumnMatcher.h"
#include "domain/Mention.h"
#include "export/RecordExport.h"
#include "import/CustomerImport.h"
#include "itemmodels/MentionListModel.h"
#include "itemmodels/ReferralListModel.h"
#include "itemmodels/RewardListModel.h"
#include "privacy/PersonalData.h"
#include "store/MentionStore.h"

using namespace grapevine;
using csv::CustomerField;
using exporting::CancelFlag;
using exporting::CsvCell;
using exporting::CsvWriter;
using exporting::RecordExport;
using exporting::RecordExportOptions;
using exporting::RecordKind;

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

/// The rows of an RFC 4180 file (quotes doubled, CRLF), enough to read back what was written.
QList<QStringList> parseCsv(const QByteArray& bytes, QChar delimiter = QLatin1Char(','))
{
    QString text = QString::fromUtf8(bytes.startsWith(kBom) ? bytes.mid(3) : bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == delimiter) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

class RecordExportTest : public ::testing::Test, public test::ProgramFixture
{
protected:
    QString path(const char* name = "out.csv") const { return m_dir.filePath(QLatin1String(name)); }

    /// Exports `kind` and returns the file's rows (header first); fails the test on an error.
    QList<QStringList> exportRows(RecordKind kind, const RecordExportOptions& options = {})
    {
        const auto written = RecordExport::write(db(), kind, path(), options);
        EXPECT_TRUE(written.ok()) << (written.ok() ? std::string() : written.error().message.toStdString());
        return parseCsv(test::fileBytes(path()), options.csv.delimiter);
    }

    /// The cell of `column` (by header name) in `row`.
    static QString cell(const QList<QStringList>& rows, int row, const char* column)
    {
        const qsizetype index = rows.value(0).indexOf(QLatin1String(column));
        EXPECT_GE(index, 0) << column;
        return rows.value(row).value(index);
    }

    static QStringList columnOf(const QList<QStringList>& rows, const char* column)
    {
        QStringList values;
        for (int r = 1; r < rows.size(); ++r)
            values << cell(rows, r, column);
        return values;
    }

    qint64 addPerson(const QString& first, const QString& email, const std::function<void(domain::Advocate&)>& tweak)
    {
        return addAdvocate(first, QStringLiteral("Berg"), email, tweak);
    }

    void setCurrency(const QString& currency)
    {
        domain::BusinessSettings s = store::SettingsStore(db()).load().value();
        s.currency = currency;
        ASSERT_TRUE(store::SettingsStore(db()).save(s).ok());
    }

    QStringList filesInDir() const { return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden); }

    QTemporaryDir m_dir;
};

TEST_F(RecordExportTest, AdvocateHeaderIsRecognisedByTheImportColumnByColumn)
{
    const QStringList header = RecordExport::header(RecordKind::Advocates);
    const csv::ColumnMapping mapping = csv::ColumnMatcher().match(header);
    const std::pair<CustomerField, int> expected[] = {{CustomerField::Email, 0}, {CustomerField::FirstName, 1},
        {CustomerField::LastName, 2}, {CustomerField::Phone, 3}, {CustomerField::Company, 4},
        {CustomerField::Address, 5}, {CustomerField::Tags, 6}, {CustomerField::Notes, 7}, {CustomerField::Consent, 8},
        {CustomerField::TotalSpent, 9}, {CustomerField::OrderCount, 10}, {CustomerField::CreatedAt, 11},
        {CustomerField::ReferralCode, 12}, {CustomerField::ReferredBy, 13}, {CustomerField::NpsScore, 14}};
    for (const auto& [field, column] : expected) {
        const std::optional<int> matched = mapping.column(field);
        ASSERT_TRUE(matched.has_value()) << csv::ColumnMatcher::key(field).toStdString() << " is not recognised";
        EXPECT_EQ(*matched, column) << csv::ColumnMatcher::key(field).toStdString() << " is recognised at "
                                    << header.value(*matched).toStdString();
    }
    // The columns after them are for reading only: none may claim a field (a "Name" column would
    // make the import split it over the first and last names).
    EXPECT_EQ(mapping.columns.size(), std::size(expected));
    EXPECT_GT(header.size(), static_cast<qsizetype>(std::size(expected)));
}

TEST_F(RecordExportTest, UsesAByteOrderMarkUnlessToldNot)
{
    addPerson(QStringLiteral("Zoë"), QStringLiteral("zoe@example.com"), nullptr);
    ASSERT_TRUE(RecordExport::write(db(), RecordKind::Advocates, path(), {}).ok());
    const QByteArray withBom = test::fileBytes(path());
    EXPECT_TRUE(withBom.startsWith(QByteArray(kBom + "Email,First Name,Last Name,")));
    EXPECT_TRUE(withBom.contains("Zo\xC3\xAB")) << "UTF-8";

    RecordExportOptions options;
    options.csv.byteOrderMark = false;
    ASSERT_TRUE(RecordExport::write(db(), RecordKind::Advocates, path(), options).ok());
    EXPECT_TRUE(test::fileBytes(path()).startsWith("Email,First Name,"));
    EXPECT_EQ(test::fileBytes(path()), withBom.mid(3));
}

TEST_F(RecordExportTest, WritesSemicolonsForEuropeanExcel)
{
    addPerson(QStringLiteral("Anna"), QStringLiteral("anna@example.com"),
        [](domain::Advocate& a) { a.company = QStringLiteral("Berg; Söhne, GmbH"); });
    RecordExportOptions options;
    options.csv.delimiter = QLatin1Char(';');
    options.csv.byteOrderMark = false;
    ASSERT_TRUE(RecordExport::write(db(), RecordKind::Advocates, path(), options).ok());
    const QByteArray bytes = test::fileBytes(path());
    EXPECT_TRUE(bytes.startsWith("Email;First Name;Last Name;Phone;Company;")) << bytes.left(80).toStdString();
    EXPECT_TRUE(bytes.contains(";\"Berg; S\xC3\xB6hne, GmbH\";")) << "quoted for the semicolon, not for the comma";
    const auto rows = parseCsv(bytes, QLatin1Char(';'));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1].size(), rows[0].size());
    EXPECT_EQ(cell(rows, 1, "Company"), QStringLiteral("Berg; Söhne, GmbH"));
}

TEST_F(RecordExportTest, TabsAsDelimiter)
{
    addPerson(QStringLiteral("Anna"), QStringLiteral("anna@example.com"), nullptr);
    RecordExportOptions options;
    options.csv.delimiter = QLatin1Char('\t');
    const auto rows = exportRows(RecordKind::Advocates, options);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0], RecordExport::header(RecordKind::Advocates));
    EXPECT_EQ(cell(rows, 1, "Email"), QStringLiteral("anna@example.com"));
}

TEST_F(RecordExportTest, NeutralisesFormulasButKeepsNumbersNumbers)
{
    addPerson(QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")"), QStringLiteral("x@example.com"),
        [](domain::Advocate& a) {
            a.phone = QStringLiteral("+1 555 0100");
            a.notes = QStringLiteral("@SUM(1+1)");
            a.company = QStringLiteral("-Minus Ltd");
            a.totalSpentMinor = 123450;
        });
    const auto rows = exportRows(RecordKind::Advocates);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(cell(rows, 1, "First Name"), QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"Click\")"));
    EXPECT_EQ(cell(rows, 1, "Phone"), QStringLiteral("'+1 555 0100"));
    EXPECT_EQ(cell(rows, 1, "Notes"), QStringLiteral("'@SUM(1+1)"));
    EXPECT_EQ(cell(rows, 1, "Company"), QStringLiteral("'-Minus Ltd"));
    EXPECT_EQ(cell(rows, 1, "Total Spent"), QStringLiteral("1234.50"));
    EXPECT_TRUE(test::fileBytes(path()).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\","));

    // Money is written as a number the export vouches for: a negative amount keeps its sign
    // and is not taken for a formula.
    EXPECT_EQ(RecordExport::plainMoney(-123450, 2), QStringLiteral("-1234.50"));
    QByteArray out;
    CsvWriter::appendEncodedField(out, "-1234.50", CsvCell::Kind::Number);
    EXPECT_EQ(out, QByteArray("-1234.50"));
    out.clear();
    CsvWriter::appendEncodedField(out, "-1234.50", CsvCell::Kind::Text);
    EXPECT_EQ(out, QByteArray("'-1234.50"));
}

TEST_F(RecordExportTest, DatesAreIsoUtcAndMoneyPlainDecimals)
{
    const qint64 referrer = addPerson(QStringLiteral("Rita"), QStringLiteral("rita@example.com"), nullptr);
    clock().set(QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC));
    addPerson(QStringLiteral("Anna"), QStringLiteral("Anna@Example.com"), [&](domain::Advocate& a) {
        a.totalSpentMinor = 123450;
        a.orderCount = 7;
        a.consent = true;
        a.consentAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        a.consentSource = QStringLiteral("checkout");
        a.npsScore = 9;
        a.referredById = referrer;
        a.address = QStringLiteral("Main Street 1\nApt 2\n12345 Springfield");
        a.tags = QStringList {QStringLiteral("VIP"), QStringLiteral("baker")};
        a.kind = domain::AdvocateKind::Partner;
    });
    const auto rows = exportRows(RecordKind::Advocates);
    ASSERT_EQ(rows.size(), 3);
    // Advocates without a view come in table order.
    EXPECT_EQ(cell(rows, 1, "First Name"), QStringLiteral("Rita"));
    EXPECT_EQ(cell(rows, 1, "NPS Score"), QString()) << "no score: empty, not 0";
    EXPECT_EQ(cell(rows, 1, "Accepts Email Marketing"), QStringLiteral("no"));
    EXPECT_EQ(cell(rows, 1, "Referred By"), QString());
    EXPECT_EQ(cell(rows, 1, "Consent Date"), QString());
    EXPECT_EQ(cell(rows, 1, "Total Spent"), QStringLiteral("0.00"));

    EXPECT_EQ(cell(rows, 2, "Email"), QStringLiteral("Anna@Example.com")) << "as typed";
    EXPECT_EQ(cell(rows, 2, "Created At"), QStringLiteral("2026-11-22T09:30:00Z"));
    EXPECT_EQ(cell(rows, 2, "Consent Date"), QStringLiteral("2026-01-02T03:04:05Z"));
    EXPECT_EQ(cell(rows, 2, "Total Spent"), QStringLiteral("1234.50"));
    EXPECT_EQ(cell(rows, 2, "Total Orders"), QStringLiteral("7"));
    EXPECT_EQ(cell(rows, 2, "Accepts Email Marketing"), QStringLiteral("yes"));
    EXPECT_EQ(cell(rows, 2, "NPS Score"), QStringLiteral("9"));
    EXPECT_EQ(cell(rows, 2, "Referred By"), QStringLiteral("rita@example.com"));
    EXPECT_EQ(cell(rows, 2, "Address"), QStringLiteral("Main Street 1\nApt 2\n12345 Springfield"));
    EXPECT_EQ(cell(rows, 2, "Tags"), QStringLiteral("baker, VIP"));
    EXPECT_EQ(cell(rows, 2, "Kind"), QStringLiteral("partner"));
    EXPECT_EQ(cell(rows, 2, "Status"), QStringLiteral("active"));
    EXPECT_EQ(cell(rows, 2, "Consent Source"), QStringLiteral("checkout"));
}

TEST_F(RecordExportTest, ZeroDecimalCurrencyHasNoDecimalPoint)
{
    setCurrency(QStringLiteral("JPY"));
    addPerson(QStringLiteral("Aiko"), QStringLiteral("aiko@example.jp"),
        [](domain::Advocate& a) { a.totalSpentMinor = 1234; });
    const auto rows = exportRows(RecordKind::Advocates);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(cell(rows, 1, "Total Spent"), QStringLiteral("1234"));
    EXPECT_EQ(RecordExport::plainMoney(1234, 0), QStringLiteral("1234"));
    EXPECT_EQ(RecordExport::plainMoney(5, 3), QStringLiteral("0.005"));
    EXPECT_EQ(RecordExport::plainMoney(-5, 2), QStringLiteral("-0.05"));
}

TEST_F(RecordExportTest, InstantsMatchQtForAnyDate)
{
    // The hand-made conversion against QDateTime, over four centuries and around leap days.
    const qint64 samples[] = {0, -1, 86399, 86400, 951782400 /* 2000-02-29 */, 1709208000 /* 2024-02-29T12 */,
        4107542399 /* 2100-02-28T23:59:59 */, -2208988800 /* 1900-01-01 */, 253402300799 /* 9999-12-31 */};
    for (const qint64 s : samples)
        EXPECT_EQ(RecordExport::isoInstant(s), QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate)) << s;
    for (qint64 s = -5000000000; s < 8000000000; s += 7777777)
        ASSERT_EQ(RecordExport::isoInstant(s), QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate)) << s;
    EXPECT_EQ(RecordExport::isoInstant(1795339800), QStringLiteral("2026-11-22T09:30:00Z"));
}

TEST_F(RecordExportTest, AdvocatesOfTheCurrentViewOnlyInItsOrder)
{
    for (const char* name : {"Carla", "anna", "Bea", "Dora"}) {
        addPerson(QLatin1String(name), QLatin1String(name) + QStringLiteral("@example.com"), [&](domain::Advocate& a) {
            a.kind = QLatin1String(name) == QLatin1String("Dora") ? domain::AdvocateKind::Customer
                                                                  : domain::AdvocateKind::Partner;
        });
    }
    RecordExportOptions options;
    options.advocates = itemmodels::AdvocateQuery();
    options.advocates->filter.kind = domain::AdvocateKind::Partner;
    options.advocates->sortColumn = itemmodels::AdvocateColumn::Name;
    auto rows = exportRows(RecordKind::Advocates, options);
    EXPECT_EQ(columnOf(rows, "First Name"),
        (QStringList {QStringLiteral("anna"), QStringLiteral("Bea"), QStringLiteral("Carla")}));
    EXPECT_EQ(RecordExport::count(db(), RecordKind::Advocates, options).value(), 3);

    options.advocates->descending = true;
    options.advocates->filter.search = QStringLiteral("be");
    rows = exportRows(RecordKind::Advocates, options);
    // Everyone's last name is Berg: the search matches all three partners, in reverse.
    EXPECT_EQ(columnOf(rows, "First Name"),
        (QStringList {QStringLiteral("Carla"), QStringLiteral("Bea"), QStringLiteral("anna")}));
    options.advocates->filter.search = QStringLiteral("bea");
    EXPECT_EQ(columnOf(exportRows(RecordKind::Advocates, options), "First Name"), QStringList {QStringLiteral("Bea")});
    EXPECT_EQ(RecordExport::count(db(), RecordKind::Advocates, {}).value(), 4);
}

TEST_F(RecordExportTest, ReferralsOfTheCurrentViewAreThoseThePipelineShows)
{
    const qint64 anna = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"));
    const qint64 campaign = addCampaign();
    const qint64 other = addCampaign();
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        clock().advanceSeconds(3600);
        const auto step = record(i % 2 ? other : campaign, anna, QStringLiteral("Friend %1").arg(i),
            QStringLiteral("friend%1@example.org").arg(i), [](program::ReferralDraft& d) {
                d.channel = domain::ReferralChannel::InPerson;
                d.notes = QStringLiteral("met at the market");
            });
        ids << step.referral.id;
    }
    ASSERT_TRUE(workflow().convert(ids[2], 8000, QStringLiteral("ORD-1")).ok());

    itemmodels::ReferralFilter filter;
    filter.campaignId = campaign;
    itemmodels::ReferralListModel model;
    ASSERT_TRUE(model.load(db(), filter).ok());
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r)
        shown << QString::number(model.referralId(r));

    RecordExportOptions options;
    options.referrals = filter;
    const auto rows = exportRows(RecordKind::Referrals, options);
    EXPECT_EQ(columnOf(rows, "ID"), shown);
    EXPECT_EQ(shown.size(), 3);
    EXPECT_EQ(RecordExport::count(db(), RecordKind::Referrals, options).value(), 3);
    const int converted = static_cast<int>(columnOf(rows, "ID").indexOf(QString::number(ids[2]))) + 1;
    ASSERT_GT(converted, 0);
    EXPECT_EQ(cell(rows, converted, "Status"), QStringLiteral("converted"));
    EXPECT_EQ(cell(rows, converted, "Order Value"), QStringLiteral("80.00"));
    EXPECT_EQ(cell(rows, converted, "Order Reference"), QStringLiteral("ORD-1"));
    EXPECT_EQ(cell(rows, converted, "Referrer Name"), QStringLiteral("Anna Berg"));
    EXPECT_EQ(cell(rows, converted, "Referrer Email"), QStringLiteral("anna@example.com"));
    EXPECT_EQ(cell(rows, converted, "Friend Name"), QStringLiteral("Friend 2"));
    EXPECT_EQ(cell(rows, converted, "Channel"), QStringLiteral("in_person"));
    EXPECT_EQ(cell(rows, converted, "Campaign"), QStringLiteral("Spring 1"));
    EXPECT_EQ(cell(rows, converted, "Notes"), QStringLiteral("met at the market"));
    EXPECT_FALSE(cell(rows, converted, "Converted At").isEmpty());
    EXPECT_EQ(cell(rows, converted, "Rejected At"), QString());

    filter = {};
    filter.search = QStringLiteral("friend 4");
    options.referrals = filter;
    EXPECT_EQ(
        columnOf(exportRows(RecordKind::Referrals, options), "Friend Name"), QStringList {QStringLiteral("Friend 4")});
    EXPECT_EQ(exportRows(RecordKind::Referrals).size(), 7) << "all six, without a view";
}

TEST_F(RecordExportTest, RewardsInTheUnitOfTheirKind)
{
    const qint64 anna = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"));
    const qint64 points = addCampaign([](domain::Campaign& c) {
        c.name = QStringLiteral("Points club");
        c.advocateReward = {domain::RewardKind::Points, 500, QString()};
        c.friendReward = {domain::RewardKind::PercentDiscount, 1250, QString()};
    });
    const auto step = record(points, anna, QStringLiteral("Cleo"), QStringLiteral("cleo@example.org"));
    ASSERT_TRUE(workflow().convert(step.referral.id, 8000).ok());
    const auto rows = exportRows(RecordKind::Rewards);
    ASSERT_EQ(rows.size(), 3);
    QStringList values;
    for (int r = 1; r < rows.size(); ++r)
        values << cell(rows, r, "Kind") + QLatin1Char(' ') + cell(rows, r, "Value") + QLatin1Char(' ')
                + cell(rows, r, "Unit") + QLatin1Char(' ') + cell(rows, r, "Recipient Email");
    values.sort();
    EXPECT_EQ(values,
        (QStringList {QStringLiteral("percent_discount 12.5 % cleo@example.org"),
            QStringLiteral("points 500 points anna@example.com")}));
    EXPECT_EQ(cell(rows, 1, "Campaign"), QStringLiteral("Points club"));
    EXPECT_EQ(cell(rows, 1, "Status"), QStringLiteral("pending"));

    itemmodels::RewardFilter filter;
    filter.search = QStringLiteral("cleo");
    RecordExportOptions options;
    options.rewards = filter;
    const auto filtered = exportRows(RecordKind::Rewards, options);
    ASSERT_EQ(filtered.size(), 2);
    EXPECT_EQ(RecordExport::count(db(), RecordKind::Rewards, options).value(), 1);
    EXPECT_EQ(RecordExport::count(db(), RecordKind::Rewards, {}).value(), 2);
    EXPECT_EQ(cell(filtered, 1, "Side"), QStringLiteral("friend"));
    EXPECT_EQ(cell(filtered, 1, "Recipient Name"), QStringLiteral("Cleo"));
}

TEST_F(RecordExportTest, MentionsOfTheCurrentViewInItsSort)
{
    const qint64 anna = addAdvocate(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"));
    const auto add = [&](const QString& author, domain::Sentiment sentiment, std::optional<qint64> reach) {
        domain::Mention m;
        m.occurredAt = clock().nowUtc();
        clock().advanceSeconds(60);
        m.channel = QStringLiteral("instagram");
        m.author = author;
        m.sentiment = sentiment;
        m.reach = reach;
        m.advocateId = author == QLatin1String("Anna") ? std::optional<qint64>(anna) : std::nullopt;
        m.url = QStringLiteral("https://social.example/") + author;
        m.body = QStringLiteral("Line one\nline two, with \"quotes\"");
        const Status s = store::MentionStore(db(), clock()).create(m);
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().message.toStdString());
    };
    add(QStringLiteral("Anna"), domain::Sentiment::Positive, 300);
    add(QStringLiteral("Bob"), domain::Sentiment::Negative, std::nullopt);
    add(QStringLiteral("Cy"), domain::Sentiment::Positive, 9000);

    exporting::MentionView view;
    view.filter.sentiment = domain::Sentiment::Positive;
    view.sortColumn = itemmodels::MentionListModel::Reach;
    view.sortOrder = Qt::DescendingOrder;
    RecordExportOptions options;
    options.mentions = view;
    const auto rows = exportRows(RecordKind::Mentions, options);
    EXPECT_EQ(columnOf(rows, "Author"), (QStringList {QStringLiteral("Cy"), QStringLiteral("Anna")}));
    EXPECT_EQ(RecordExport::count(db(), RecordKind::Mentions, options).value(), 2);
    EXPECT_EQ(cell(rows, 2, "Advocate Email"), QStringLiteral("anna@example.com"));
    EXPECT_EQ(cell(rows, 2, "Text"), QStringLiteral("Line one\nline two, with \"quotes\""));
    EXPECT_EQ(cell(rows, 2, "Reach"), QStringLiteral("300"));
    EXPECT_EQ(cell(rows, 2, "Sentiment"), QStringLiteral("positive"));
    EXPECT_EQ(cell(rows, 2, "Testimonial"), QStringLiteral("no"));

    const auto all = exportRows(RecordKind::Mentions);
    EXPECT_EQ(
        columnOf(all, "Author"), (QStringList {QStringLiteral("Cy"), QStringLiteral("Bob"), QStringLiteral("Anna")}))
        << "newest first, as the page lists them";
    EXPECT_EQ(cell(all, 2, "Reach"), QString());
}

TEST_F(RecordExportTest, AnEmptyTableGivesTheHeaderOnly)
{
    for (const RecordKind kind :
        {RecordKind::Advocates, RecordKind::Referrals, RecordKind::Rewards, RecordKind::Mentions}) {
        const auto written = RecordExport::write(db(), kind, path(), {});
        ASSERT_TRUE(written.ok());
        EXPECT_EQ(written->written, 0);
        EXPECT_FALSE(written->cancelled);
        EXPECT_EQ(test::fileBytes(path()),
            QByteArray(kBom + RecordExport::header(kind).join(QLatin1Char(',')).toUtf8() + "\r\n"));
    }
}

TEST_F(RecordExportTest, CancelLeavesNoFileAndAnOlderOneUntouched)
{
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
        "INSERT INTO advocates (first_name, email, email_norm, referral_code, created_at, updated_at) "
        "SELECT 'P' || i, 'p' || i || '@example.com', 'p' || i || '@example.com', 'CODE' || i, 0, 0 FROM n")));
    {
        QFile old(path());
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the older file\n");
    }

    // Cancelled while the rows stream, from the progress report.
    CancelFlag cancel {false};
    const auto cancelled = RecordExport::write(
        db(), RecordKind::Advocates, path(), {}, [&](qint64, qint64) { cancel = true; }, &cancel);
    ASSERT_TRUE(cancelled.ok());
    EXPECT_TRUE(cancelled->cancelled);
    EXPECT_EQ(cancelled->written, 0);
    EXPECT_EQ(test::fileBytes(path()), QByteArray("the older file\n"));
    EXPECT_EQ(filesInDir(), QStringList {QStringLiteral("out.csv")}) << "no temporary file left behind";

    const auto none = RecordExport::write(db(), RecordKind::Advocates, path("new.csv"), {}, {}, &cancel);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->cancelled);
    EXPECT_FALSE(QFile::exists(path("new.csv")));
    EXPECT_EQ(filesInDir(), QStringList {QStringLiteral("out.csv")});
}

TEST_F(RecordExportTest, StreamsManyRowsWithProgress)
{
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9000) "
        "INSERT INTO advocates (first_name, email, email_norm, referral_code, total_spent_minor, created_at, "
        "updated_at) SELECT 'P' || i, 'p' || i || '@example.com', 'p' || i || '@example.com', 'CODE' || i, i, "
        "1795339800 + i, 0 FROM n")));
    QList<std::pair<qint64, qint64>> reports;
    const auto written = RecordExport::write(db(), RecordKind::Advocates, path(), {}, [&](qint64 done, qint64 total) {
        reports.append({done, total});
    });
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(written->written, 9000);
    ASSERT_GE(reports.size(), 3);
    EXPECT_EQ(reports.front(), std::make_pair(qint64 {0}, qint64 {9000}));
    EXPECT_EQ(reports.back(), std::make_pair(qint64 {9000}, qint64 {9000}));
    for (int i = 1; i < reports.size(); ++i)
        EXPECT_GE(reports[i].first, reports[i - 1].first);
    const auto rows = parseCsv(test::fileBytes(path()));
    ASSERT_EQ(rows.size(), 9001);
    EXPECT_EQ(cell(rows, 9000, "Email"), QStringLiteral("p9000@example.com"));
    EXPECT_EQ(cell(rows, 9000, "Total Spent"), QStringLiteral("90.00"));
    EXPECT_EQ(cell(rows, 9000, "Created At"), QStringLiteral("2026-11-22T12:00:00Z"));
}

TEST_F(RecordExportTest, AnErasedAdvocateIsExportedWithoutPersonalData)
{
    const qint64 zeb = addAdvocate(QStringLiteral("Zebulon"), QStringLiteral("Quixote"),
        QStringLiteral("zebulon@example.org"), [](domain::Advocate& a) {
            a.phone = QStringLiteral("+1 555 0199");
            a.company = QStringLiteral("Windmills Inc");
            a.address = QStringLiteral("La Mancha 1");
            a.notes = QStringLiteral("likes marzipan");
            a.tags = QStringList {QStringLiteral("knight")};
            a.consent = true;
            a.consentAt = test::fixedNow();
            a.npsScore = 10;
            a.totalSpentMinor = 4200;
        });
    addAdvocate(QStringLiteral("Sancho"), QStringLiteral("Panza"), QStringLiteral("sancho@example.org"),
        [&](domain::Advocate& a) { a.referredById = zeb; });
    ASSERT_TRUE(privacy::PersonalData::erasePerson(db(), zeb, clock()).ok());

    const auto rows = exportRows(RecordKind::Advocates);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(cell(rows, 1, "Status"), QStringLiteral("erased"));
    for (const char* column : {"Email", "Last Name", "Phone", "Company", "Address", "Tags", "Notes", "NPS Score",
             "Consent Date", "Consent Source", "NPS Date"})
        EXPECT_EQ(cell(rows, 1, column), QString()) << column;
    EXPECT_EQ(cell(rows, 1, "Accepts Email Marketing"), QStringLiteral("no"));
    EXPECT_EQ(cell(rows, 1, "Total Spent"), QStringLiteral("42.00")) << "the business's numbers stay";
    const QByteArray bytes = test::fileBytes(path());
    for (const char* personal : {"Zebulon", "Quixote", "zebulon@", "0199", "Windmills", "Mancha", "marzipan", "knight"})
        EXPECT_FALSE(bytes.contains(personal)) << personal;
    // Sancho's referrer has no email any more: the erased placeholder code stands in.
    EXPECT_EQ(cell(rows, 2, "Referred By"), cell(rows, 1, "Referral Code"));
}

TEST_F(RecordExportTest, ReadingThroughQtsDriverWritesTheSameFiles)
{
    // Where Qt's driver has an SQLite of its own, the export reads through it: byte for byte
    // the same files, NULLs, quotes, formulas and all.
    const qint64 anna = addPerson(
        QStringLiteral("=Anna \"A\", the 1st"), QStringLiteral("anna@example.com"), [](domain::Advocate& a) {
            a.phone = QStringLiteral("+1 555 0100");
            a.address = QStringLiteral("Line 1\r\nLine 2");
            a.npsScore = 0;
            a.totalSpentMinor = 5;
            a.tags = QStringList {QStringLiteral("Zoë"), QStringLiteral("ß")};
        });
    const qint64 campaign = addCampaign([](domain::Campaign& c) {
        c.friendReward = {domain::RewardKind::PercentDiscount, 1250, QString()};
    });
    const auto step = record(campaign, anna, QStringLiteral("Émile"), QStringLiteral("emile@example.org"));
    ASSERT_TRUE(workflow().convert(step.referral.id, 12345, QStringLiteral("-ORD")).ok());
    domain::Mention m;
    m.occurredAt = test::fixedNow();
    m.channel = QStringLiteral("instagram");
    m.author = QStringLiteral("@anna");
    m.advocateId = anna;
    m.sentiment = domain::Sentiment::Negative;
    m.body = QStringLiteral("\"Quoted\"; and, more");
    m.responseStatus = domain::ResponseStatus::NeedsResponse;
    m.responseDueAt = test::fixedNow().addSecs(3600);
    ASSERT_TRUE(store::MentionStore(db(), clock()).create(m).ok());

    for (const RecordKind kind :
        {RecordKind::Advocates, RecordKind::Referrals, RecordKind::Rewards, RecordKind::Mentions}) {
        RecordExportOptions options;
        options.csv.delimiter = QLatin1Char(';');
        ASSERT_TRUE(RecordExport::write(db(), kind, path("native.csv"), options).ok());
        options.viaQtDriver = true;
        ASSERT_TRUE(RecordExport::write(db(), kind, path("qt.csv"), options).ok());
        const QByteArray native = test::fileBytes(path("native.csv"));
        EXPECT_EQ(native, test::fileBytes(path("qt.csv"))) << RecordExport::kindWord(kind).toStdString();
        EXPECT_GE(parseCsv(native, QLatin1Char(';')).size(), 2) << RecordExport::kindWord(kind).toStdString();
    }
}

TEST_F(RecordExportTest, AFileThatCannotBeWrittenIsAnErrorNamingIt)
{
    const auto written = RecordExport::write(db(), RecordKind::Advocates, m_dir.path(), {});
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QDir::toNativeSeparators(m_dir.path())))
        << written.error().message.toStdString();
}

/// Every advocate column the import reads, row by row, as stored.
QStringList importableColumns(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(QStringLiteral(
        "SELECT a.email, a.first_name, a.last_name, a.phone, a.company, a.address, a.tags_text, a.notes, a.consent, "
        "a.total_spent_minor, a.order_count, a.created_at, a.referral_code, r.email, a.nps_score "
        "FROM advocates a LEFT JOIN advocates r ON r.id = a.referred_by_id ORDER BY a.email_norm")));
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int c = 0; c < q.record().count(); ++c)
            values << (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

Result<importing::ImportSummary> importFile(const QSqlDatabase& db, const Clock& clock, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Storage, file.errorString());
    importing::CustomerImport importer(db, clock);
    return importer.run(file, QFileInfo(path).fileName(), {});
}

TEST_F(RecordExportTest, ReimportingTheAdvocatesFileChangesNothing)
{
    const qint64 rita
        = addAdvocate(QStringLiteral("Rita"), QStringLiteral("Ramos"), QStringLiteral("rita@example.com"));
    addAdvocate(QStringLiteral("=Zoë"), QStringLiteral("O'Brien \"Jr\""), QStringLiteral("Zoe.OBrien@Example.com"),
        [&](domain::Advocate& a) {
            a.phone = QStringLiteral("+1 555 0100");
            a.company = QStringLiteral("Brien, Söhne & Co");
            a.address = QStringLiteral("Main Street 1\nApt 2\n12345 Springfield");
            a.notes = QStringLiteral("-likes rye; \"no\" sugar");
            a.tags = QStringList {QStringLiteral("VIP"), QStringLiteral("baker")};
            a.consent = true;
            a.consentAt = test::fixedNow();
            a.npsScore = 0;
            a.totalSpentMinor = 123450;
            a.orderCount = 7;
            a.referredById = rita;
            a.createdAt = QDateTime(QDate(2025, 2, 28), QTime(23, 59, 59), Qt::UTC);
        });
    addAdvocate(QStringLiteral("Ana"), QString(), QStringLiteral("ana@example.org"), [](domain::Advocate& a) {
        a.npsScore = 10;
        a.totalSpentMinor = 5;
    });
    const QStringList before = importableColumns(db());
    ASSERT_EQ(before.size(), 3);

    const QString file = path("advocates.csv");
    ASSERT_TRUE(RecordExport::write(db(), RecordKind::Advocates, file, {}).ok());
    const QByteArray exported = test::fileBytes(file);

    // Into the same file: the import finds every person and nothing to change.
    clock().advanceSeconds(3600);
    const auto again = importFile(db(), clock(), file);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->rows, 3);
    EXPECT_EQ(again->created, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(again->rejected, 0);
    for (const auto& issue : again->errors)
        ADD_FAILURE() << "row " << issue.row << ", " << issue.column.toStdString() << ": "
                      << issue.message.toStdString();
    EXPECT_EQ(importableColumns(db()), before);

    // Into an empty file: the same advocates, field for field, and the same export.
    test::TestDatabase fresh;
    const auto imported = importFile(fresh.connection(), fresh.clock(), file);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(imported->created, 3);
    EXPECT_EQ(importableColumns(fresh.connection()), before);
    ASSERT_TRUE(RecordExport::write(fresh.connection(), RecordKind::Advocates, path("again.csv"), {}).ok());
    const auto first = parseCsv(exported);
    const auto second = parseCsv(test::fileBytes(path("again.csv")));
    ASSERT_EQ(first.size(), second.size());
    for (int r = 0; r < first.size(); ++r)
        EXPECT_EQ(first[r].mid(0, 15), second[r].mid(0, 15)) << "row " << r;
}

TEST(RecordKindTest, ParsesTheWordsOfTheCommandLine)
{
    EXPECT_EQ(RecordExport::parseKind(QStringLiteral("advocates")), RecordKind::Advocates);
    EXPECT_EQ(RecordExport::parseKind(QStringLiteral("Referrals")), RecordKind::Referrals);
    EXPECT_EQ(RecordExport::parseKind(QStringLiteral(" rewards ")), RecordKind::Rewards);
    EXPECT_EQ(RecordExport::parseKind(QStringLiteral("MENTIONS")), RecordKind::Mentions);
    EXPECT_EQ(RecordExport::parseKind(QStringLiteral("advocate")), std::nullopt);
    EXPECT_EQ(RecordExport::parseKind(QString()), std::nullopt);
    for (const RecordKind kind :
        {RecordKind::Advocates, RecordKind::Referrals, RecordKind::Rewards, RecordKind::Mentions}) {
        EXPECT_EQ(RecordExport::parseKind(RecordExport::kindWord(kind)), kind);
        EXPECT_FALSE(RecordExport::describe(kind).isEmpty());
        EXPECT_FALSE(RecordExport::header(kind).isEmpty());
    }
}

} // namespace
