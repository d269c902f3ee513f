// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>

#include "TestDatabase.h"
#include "charts/ProgramCharts.h"
#include "domain/Money.h"
#include "metrics/MetricsJson.h"
#include "report/ReportDocument.h"
#include "report/ReportFiles.h"
#include "report/ReportInput.h"
#include "store/AdvocateStore.h"
#include "store/CampaignCostStore.h"
#include "store/CampaignStore.h"
#include "store/SettingsStore.h"

using namespace grapevine;
using report::ReportDocument;
using report::ReportFiles;
using report::ReportFormat;
using report::ReportInput;

namespace {

qint64 at(int month, int day, int hour = 12)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

QDateTime utc(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(0, 0), Qt::UTC);
}

/// Qt binds a null QString as NULL; the text columns want ''.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// What poppler's command-line tools say about a PDF.
QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
    EXPECT_EQ(p.exitCode(), 0) << program.toStdString() << ": " << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& pdf)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfText(const QString& pdf, int page = 0)
{
    QStringList args {QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    // Compatibility form: the PDF's font joins "fi" into one ligature glyph.
    return run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"))
        .normalized(QString::NormalizationForm_KC);
}

/// A small business in March 2026, rows written as SQL so that the expected lists follow from
/// the period rules alone.
class ReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        domain::BusinessSettings s = store::SettingsStore(db()).load().value();
        s.businessName = QStringLiteral("Bakery <Ltd> & Co");
        s.currency = QStringLiteral("EUR");
        s.pointValueMinor = 2;
        ASSERT_TRUE(store::SettingsStore(db()).save(s).ok());
    }

    qint64 advocate(const QString& first, const QString& email)
    {
        domain::Advocate a;
        a.firstName = first;
        a.email = email;
        EXPECT_TRUE(store::AdvocateStore(db(), m_db.clock()).create(a).ok());
        return a.id;
    }
    qint64 campaign(const QString& name, const QString& disclosure)
    {
        domain::Campaign c;
        c.name = name;
        c.disclosureText = disclosure;
        const Status made = store::CampaignStore(db(), m_db.clock()).create(c);
        EXPECT_TRUE(made.ok()) << (made ? std::string() : made.error().message.toStdString());
        return c.id;
    }
    qint64 exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(db());
        EXPECT_TRUE(q.prepare(sql)) << q.lastError().text().toStdString();
        for (const QVariant& v : values)
            q.addBindValue(v);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString() << " in " << sql.toStdString();
        return q.lastInsertId().toLongLong();
    }
    qint64 referral(qint64 campaignId, qint64 referrer, const char* status, qint64 orderValue, qint64 createdAt)
    {
        return exec(QStringLiteral("INSERT INTO referrals (campaign_id, referrer_id, status, order_value_minor, "
                                   "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {campaignId, referrer, QLatin1String(status), orderValue, createdAt, createdAt});
    }
    void reward(qint64 campaignId, qint64 referralId, qint64 advocateId, const char* kind, qint64 value, qint64 cost,
        const char* status, qint64 createdAt, const QString& description = QString())
    {
        exec(
            QStringLiteral("INSERT INTO rewards (campaign_id, referral_id, advocate_id, side, kind, value, cost_minor, "
                           "status, description, created_at, approved_at, updated_at) "
                           "VALUES (?, ?, ?, 'advocate', ?, ?, ?, ?, ?, ?, ?, ?)"),
            {campaignId, referralId ? QVariant(referralId) : QVariant(QMetaType::fromType<qint64>()), advocateId,
                QLatin1String(kind), value, cost, QLatin1String(status), text(description), createdAt, createdAt,
                createdAt});
    }
    void cost(qint64 campaignId, QDate on, qint64 amount, const QString& description)
    {
        domain::CampaignCost c;
        c.campaignId = campaignId;
        c.incurredOn = on;
        c.description = description;
        c.amountMinor = amount;
        EXPECT_TRUE(store::CampaignCostStore(db(), m_db.clock()).create(c).ok());
    }
    void mention(const QString& body, const char* sentiment, std::optional<qint64> reach, qint64 occurredAt,
        bool testimonial = false, const QString& url = QString())
    {
        exec(QStringLiteral("INSERT INTO mentions (occurred_at, channel, author, sentiment, reach, url, body, "
                            "is_testimonial, testimonial_permission_at, testimonial_permission_how, created_at, "
                            "updated_at) VALUES (?, 'instagram', 'Mia', ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {occurredAt, QLatin1String(sentiment), reach ? QVariant(*reach) : QVariant(QMetaType::fromType<qint64>()),
                text(url), body, testimonial ? 1 : 0,
                testimonial ? QVariant(occurredAt) : QVariant(QMetaType::fromType<qint64>()),
                testimonial ? QStringLiteral("Said yes by email") : QStringLiteral(""), occurredAt, occurredAt});
    }

    /// Ana refers in March and February for Spring; costs and mentions on both sides of March.
    void makeBusiness()
    {
        ana = advocate(QStringLiteral("Ana"), QStringLiteral("ana@example.com"));
        bo = advocate(QStringLiteral("Bo"), QStringLiteral("bo@example.com"));
        spring = campaign(QStringLiteral("Spring"), QStringLiteral("Ana gets €10 when you buy."));
        campaign(QStringLiteral("Quiet"), QString()); // nothing in March: not in the report
        const qint64 r1 = referral(spring, ana, "approved", 12000, at(3, 4));
        const qint64 r2 = referral(spring, bo, "rewarded", 8000, at(3, 5));
        const qint64 old = referral(spring, ana, "approved", 6000, at(2, 15));
        reward(spring, r1, ana, "store_credit", 1000, 1000, "approved", at(3, 6), QStringLiteral("€10 credit"));
        reward(spring, r2, bo, "points", 300, 0, "approved", at(3, 7)); // 300 points × 2 cents, owed
        reward(spring, r2, bo, "cash", 500, 500, "issued", at(3, 7)); // given, not owed
        reward(spring, old, ana, "store_credit", 1000, 1000, "approved", at(3, 8)); // February's referral
        cost(spring, QDate(2026, 3, 1), 3000, QStringLiteral("Flyers"));
        cost(spring, QDate(2026, 3, 31), 500, QStringLiteral("Posters"));
        cost(spring, QDate(2026, 2, 28), 700, QStringLiteral("February ad"));
        cost(spring, QDate(2026, 4, 1), 900, QStringLiteral("April ad"));
        mention(QStringLiteral("Best bread in town"), "positive", 20, at(3, 10), true);
        mention(QStringLiteral("An old praise"), "positive", 10, at(2, 10), true);
        mention(QStringLiteral("Seen by many"), "neutral", 5000, at(3, 11));
        mention(QStringLiteral("Seen by few"), "negative", 30, at(3, 12));
    }

    metrics::MetricsQuery march() const
    {
        metrics::MetricsQuery q;
        q.from = utc(3, 1);
        q.to = utc(4, 1);
        q.timeZone = QTimeZone::utc();
        return q;
    }
    ReportInput read(const metrics::MetricsQuery& query)
    {
        auto input = ReportInput::read(db(), query, utc(4, 15));
        EXPECT_TRUE(input.ok()) << (input ? std::string() : input.error().message.toStdString());
        ReportInput out = input ? std::move(input).value() : ReportInput {};
        out.locale = QLocale::c();
        return out;
    }
    /// As pdfText() gives it back: the no-break space as a plain one.
    static QString money(qint64 minor)
    {
        return domain::Money(minor, QStringLiteral("EUR"))
            .format(QLocale::c())
            .normalized(QString::NormalizationForm_KC);
    }

    QSqlDatabase db() const { return m_db.connection(); }
    test::TestDatabase m_db;
    QTemporaryDir m_dir;
    qint64 ana = 0, bo = 0, spring = 0;
};

TEST_F(ReportTest, ListsFollowThePeriodRulesOfTheMetrics)
{
    makeBusiness();
    const ReportInput input = read(march());
    const report::ReportExtras& x = input.extras;
    EXPECT_EQ(x.businessName, QStringLiteral("Bakery <Ltd> & Co"));

    // Owed: the approved rewards of March's referrals, the oldest approval first; points at 2
    // cents. Not the issued one, and not the one for February's referral.
    ASSERT_EQ(x.owed.size(), 2u);
    EXPECT_EQ(x.owedCount, 2);
    EXPECT_EQ(x.owed[0].advocate, QStringLiteral("Ana"));
    EXPECT_EQ(x.owed[0].description, QStringLiteral("€10 credit"));
    EXPECT_EQ(x.owed[0].costMinor, 1000);
    EXPECT_EQ(x.owed[1].advocate, QStringLiteral("Bo"));
    EXPECT_EQ(x.owed[1].costMinor, 600);
    EXPECT_FALSE(x.owed[1].description.isEmpty()) << "the kind's name stands in for a missing description";
    // The list adds up to the liability the metrics give.
    EXPECT_EQ(x.owed[0].costMinor + x.owed[1].costMinor, input.figures.current.liabilityMinor);

    // Costs: the days of March only, by date.
    ASSERT_EQ(x.costs.size(), 2u);
    EXPECT_EQ(x.costs[0].description, QStringLiteral("Flyers"));
    EXPECT_EQ(x.costs[1].incurredOn, QDate(2026, 3, 31));
    EXPECT_EQ(x.costs[0].amountMinor + x.costs[1].amountMinor, input.figures.current.otherCostMinor);

    // March's testimonial; the others by reach, the testimonial left out.
    ASSERT_EQ(x.testimonials.size(), 1u);
    EXPECT_EQ(x.testimonials[0].text, QStringLiteral("Best bread in town"));
    EXPECT_EQ(x.testimonials[0].permission, QStringLiteral("Said yes by email"));
    ASSERT_EQ(x.notable.size(), 2u);
    EXPECT_EQ(x.notable[0].text, QStringLiteral("Seen by many"));
    EXPECT_EQ(x.notable[1].text, QStringLiteral("Seen by few"));

    // Only the campaign active in March discloses.
    ASSERT_EQ(x.disclosures.size(), 1u);
    EXPECT_EQ(x.disclosures[0].campaign, QStringLiteral("Spring"));
    EXPECT_EQ(x.disclosures[0].text, QStringLiteral("Ana gets €10 when you buy."));
    EXPECT_EQ(input.bucket, metrics::Bucket::Week) << "a month is shown by week";
}

TEST_F(ReportTest, DatabaseTextIsEscapedInTheHtml)
{
    makeBusiness();
    exec(QStringLiteral("UPDATE advocates SET first_name = '<script>alert(1)</script>' WHERE id = ?"), {ana});
    exec(QStringLiteral("UPDATE campaigns SET name = 'Tom & Jerry <b>', disclosure_text = '<i>x</i>' WHERE id = ?"),
        {spring});
    mention(QStringLiteral("<img src=x onerror=alert(2)>"), "positive", 9999, at(3, 20), false,
        QStringLiteral("javascript:alert(3)"));
    const ReportInput input = read(march());
    const QString html = ReportDocument::html(input, ReportDocument::Images::Embedded);

    EXPECT_FALSE(html.contains(QLatin1String("<script"))) << "a name is text, never a script";
    EXPECT_TRUE(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    EXPECT_TRUE(html.contains(QLatin1String("Tom &amp; Jerry &lt;b&gt;")));
    EXPECT_FALSE(html.contains(QLatin1String("<img src=x")));
    EXPECT_TRUE(html.contains(QLatin1String("&lt;img src=x onerror=alert(2)&gt;")));
    EXPECT_FALSE(html.contains(QLatin1String("href=\"javascript"))) << "only web addresses become links";
    EXPECT_TRUE(html.contains(QLatin1String("&lt;i&gt;x&lt;/i&gt;")));
    EXPECT_TRUE(html.contains(QLatin1String("Bakery &lt;Ltd&gt; &amp; Co")));

    // The rich text of the PDF shows the same characters the database holds.
    const auto document = ReportDocument::textDocument(input);
    const QString plain = document->toPlainText();
    EXPECT_TRUE(plain.contains(QLatin1String("<script>alert(1)</script>")));
    EXPECT_TRUE(plain.contains(QLatin1String("Tom & Jerry <b>")));
}

TEST_F(ReportTest, HtmlStandsAloneWithItsChartsInside)
{
    makeBusiness();
    ReportInput input = read(march());
    input.charts = ui::ProgramCharts::reportCharts(input, 1.0);
    ASSERT_EQ(input.charts.size(), ui::ProgramCharts::all().size());
    const QString path = m_dir.filePath(QStringLiteral("march.html"));
    ASSERT_TRUE(ReportFiles::write(input, ReportFormat::Html, path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    int drawn = 0;
    for (const report::ReportChart& chart : input.charts)
        drawn += chart.image.isNull() ? 0 : 1;
    EXPECT_GE(drawn, 5) << "March has referrals, campaigns, mentions and advocates to draw";
    EXPECT_EQ(html.count(QLatin1String("src=\"data:image/png;base64,")), drawn);
    EXPECT_EQ(html.count(QLatin1String("src=\"")), drawn) << "nothing is fetched from elsewhere";
    EXPECT_TRUE(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
    // The key figures as the metrics give them.
    EXPECT_TRUE(html.contains(
        domain::Money(input.figures.current.revenueMinor, QStringLiteral("EUR")).format(QLocale::c()).toHtmlEscaped()));
}

TEST_F(ReportTest, PdfHasNumberedPagesWithTheKeyFigures)
{
    makeBusiness();
    ReportInput input = read(march());
    input.charts = ui::ProgramCharts::reportCharts(input, 2.0);
    const QString path = m_dir.filePath(QStringLiteral("march.pdf"));
    int pagesSeen = 0;
    int pagesSaid = 0;
    const Status written = ReportFiles::write(input, ReportFormat::Pdf, path, [&](int page, int pages) {
        EXPECT_EQ(page, pagesSeen);
        ++pagesSeen;
        pagesSaid = pages;
        return true;
    });
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const int pages = pdfPages(path);
    EXPECT_EQ(pages, pagesSeen) << "every laid-out page is in the file";
    EXPECT_EQ(pages, pagesSaid);
    EXPECT_GE(pages, 3) << "figures, charts and lists each begin a page";
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages))) << page;
        EXPECT_TRUE(text.contains(QLatin1String("Referral report: all campaigns"))) << "the header of page " << page;
    }
    const QString all = pdfText(path);
    const metrics::PeriodFigures& f = input.figures.current;
    EXPECT_TRUE(all.contains(money(f.revenueMinor))) << all.left(3000).toStdString();
    EXPECT_TRUE(all.contains(money(f.costMinor())));
    EXPECT_TRUE(all.contains(money(f.liabilityMinor)));
    EXPECT_TRUE(all.contains(QStringLiteral("1 Mar 2026 – 31 Mar 2026")));
    EXPECT_TRUE(all.contains(QLatin1String("Best bread in town")));
    EXPECT_TRUE(all.contains(QStringLiteral("Ana gets €10 when you buy.")));
}

TEST_F(ReportTest, AnEmptyFileGivesThreePagesThatSayWhatIsMissing)
{
    const ReportInput read = this->read(march());
    ReportInput input = read;
    input.charts = ui::ProgramCharts::reportCharts(input, 1.0);
    for (const report::ReportChart& chart : input.charts)
        EXPECT_TRUE(chart.image.isNull()) << chart.key.toStdString() << " has nothing to draw";
    const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
    ASSERT_TRUE(ReportFiles::write(input, ReportFormat::Pdf, path).ok());
    ASSERT_EQ(pdfPages(path), 3);
    EXPECT_TRUE(pdfText(path, 1).contains(QLatin1String("Key figures")));
    EXPECT_TRUE(pdfText(path, 1).contains(QLatin1String("No referrals were made in this period.")));
    EXPECT_TRUE(pdfText(path, 2).contains(QLatin1String("Charts")));
    EXPECT_TRUE(pdfText(path, 3).contains(QLatin1String("Campaigns")));
    EXPECT_TRUE(pdfText(path, 3).contains(QLatin1String("Incentive disclosure")));
}

TEST_F(ReportTest, CsvAndJsonCarryTheMetrics)
{
    makeBusiness();
    ReportInput input = read(march());
    input.campaign = QStringLiteral("Spring");
    const QString json = m_dir.filePath(QStringLiteral("march.json"));
    ASSERT_TRUE(ReportFiles::write(input, ReportFormat::Json, json).ok());
    QFile jf(json);
    ASSERT_TRUE(jf.open(QIODevice::ReadOnly));
    const QJsonObject j = QJsonDocument::fromJson(jf.readAll()).object();
    QJsonObject expected = metrics::MetricsJson::program(input.figures);
    expected.insert(QStringLiteral("campaign"), QStringLiteral("Spring"));
    EXPECT_EQ(j, expected);

    const QString csv = m_dir.filePath(QStringLiteral("march.csv"));
    ASSERT_TRUE(ReportFiles::write(input, ReportFormat::Csv, csv).ok());
    QFile cf(csv);
    ASSERT_TRUE(cf.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(cf.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("\r\ncampaign,Spring\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\r\nreferrals,%1\r\n").arg(input.figures.current.referrals)));
    EXPECT_TRUE(text.contains(QStringLiteral("\r\nrevenue_minor,%1\r\n").arg(input.figures.current.revenueMinor)));
}

TEST_F(ReportTest, ACancelledOrFailedReportLeavesTheOldFile)
{
    makeBusiness();
    const ReportInput input = read(march());
    const QString path = m_dir.filePath(QStringLiteral("kept.pdf"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the report of last month");
    }
    bool cancelled = false;
    const Status stopped = ReportFiles::write(
        input, ReportFormat::Pdf, path, [](int page, int) { return page < 1; }, &cancelled);
    EXPECT_TRUE(stopped.ok());
    EXPECT_TRUE(cancelled);
    QFile kept(path);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("the report of last month"));

    const QString nowhere = m_dir.filePath(QStringLiteral("no such folder/report.html"));
    const Status failed = ReportFiles::write(input, ReportFormat::Html, nowhere);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().message.contains(QLatin1String("report.html"))) << "the message names the file";
}

} // namespace
