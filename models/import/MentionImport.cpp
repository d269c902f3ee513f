// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentionImport.h"

#include <map>

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "ImportJob.h"
#include "csv/FieldMatcher.h"
#include "domain/Email.h"
#include "domain/MentionChannels.h"
#include "store/MentionStore.h"
#include "store/SettingsStore.h"
#include "store/SqlSupport.h"

namespace grapevine::importing {

using store::storageError;

namespace {

const QString kOccurredAt = QStringLiteral("occurred_at");
const QString kChannel = QStringLiteral("channel");
const QString kAuthor = QStringLiteral("author");
const QString kAuthorEmail = QStringLiteral("author_email");
const QString kUrl = QStringLiteral("url");
const QString kBody = QStringLiteral("body");
const QString kSentiment = QStringLiteral("sentiment");
const QString kReach = QStringLiteral("reach");
const QString kRating = QStringLiteral("rating");

class MentionRun final : public ImportJob
{
public:
    MentionRun(QSqlDatabase db, const Clock& clock, const ImportSettings& settings, QString fileName)
        : ImportJob(std::move(db), clock, settings, std::move(fileName), domain::ImportKind::Mentions)
    { }

protected:
    Status configure(const ImportPreview& preview, QJsonObject& mappingJson) override;
    Status begin(const ImportPreview& preview) override;
    Status importRow(const csv::CsvRow& row, std::any& parsed) override;

private:
    QString channelFor(const QString& source, const QString& url, qint64 row);

    QList<domain::MentionChannel> m_channels;
    QSet<QString> m_unknownSources;
    int m_responseTargetHours = 24;
    QSqlQuery m_byUrl;
    QSqlQuery m_bySignature;
    QSqlQuery m_advocate;
};

Status MentionRun::configure(const ImportPreview&, QJsonObject&)
{
    return {};
}

Status MentionRun::begin(const ImportPreview&)
{
    const auto business = store::SettingsStore(m_db).load();
    if (!business)
        return business.error();
    m_channels = business->mentionChannels;
    m_responseTargetHours = business->responseTargetHours;
    m_byUrl = QSqlQuery(m_db);
    m_bySignature = QSqlQuery(m_db);
    m_advocate = QSqlQuery(m_db);
    if (!m_byUrl.prepare(QStringLiteral("SELECT 1 FROM mentions WHERE url = ? AND url <> '' LIMIT 1"))
        || !m_bySignature.prepare(QStringLiteral("SELECT 1 FROM mentions WHERE occurred_at = ? AND channel = ? "
                                                 "AND author = ? AND body = ? LIMIT 1"))
        || !m_advocate.prepare(QStringLiteral("SELECT id FROM advocates WHERE email_norm = ?")))
        return storageError(m_byUrl.lastError(), MentionImport::tr("Preparing the import"));
    return {};
}

QString MentionRun::channelFor(const QString& source, const QString& url, qint64 row)
{
    if (const auto byUrl = domain::MentionChannels::keyForUrl(url); byUrl)
        return *byUrl;
    if (source.isEmpty())
        return QStringLiteral("other");
    if (const auto bySource = domain::MentionChannels::keyForUrl(source); bySource)
        return *bySource;
    const QString wanted = csv::FieldMatcher::normalise(source);
    // The names tools use for the sites beside the channels' own names and keys.
    static const std::map<QString, QString> aliases = {{QStringLiteral("twitter"), QStringLiteral("x")},
        {QStringLiteral("xtwitter"), QStringLiteral("x")}, {QStringLiteral("google"), QStringLiteral("google_review")},
        {QStringLiteral("googlereviews"), QStringLiteral("google_review")},
        {QStringLiteral("googlemaps"), QStringLiteral("google_review")},
        {QStringLiteral("fb"), QStringLiteral("facebook")}, {QStringLiteral("ig"), QStringLiteral("instagram")},
        {QStringLiteral("blog"), QStringLiteral("forum")}, {QStringLiteral("blogs"), QStringLiteral("forum")},
        {QStringLiteral("forums"), QStringLiteral("forum")}, {QStringLiteral("web"), QStringLiteral("forum")},
        {QStringLiteral("news"), QStringLiteral("forum")}};
    if (const auto it = aliases.find(wanted); it != aliases.end())
        return it->second;
    for (const domain::MentionChannel& c : m_channels) {
        if (csv::FieldMatcher::normalise(c.name) == wanted || csv::FieldMatcher::normalise(c.key) == wanted)
            return c.key;
    }
    if (!m_unknownSources.contains(wanted)) {
        m_unknownSources.insert(wanted);
        notice(row, heading(column(kChannel)),
            MentionImport::tr("“%1” is not one of your mention channels; its mentions are filed under Other. Add the "
                              "channel in the settings to keep them apart.")
                .arg(source));
    }
    return QStringLiteral("other");
}

Status MentionRun::importRow(const csv::CsvRow& row, std::any&)
{
    std::vector<ImportIssue> issues = readerIssues(row);
    if (!issues.empty())
        return reject(row, issues);

    domain::Mention m;
    const QString when = cell(row, kOccurredAt);
    const std::optional<QDateTime> at = csv::DateValues::parse(when, m_dateOrder);
    if (when.isEmpty())
        issues.push_back({row.row, heading(column(kOccurredAt)), MentionImport::tr("The date is empty.")});
    else if (!at)
        issues.push_back({row.row, heading(column(kOccurredAt)),
            MentionImport::tr("“%1” is not a date in the chosen format.").arg(when)});
    else
        m.occurredAt = at->toUTC();
    m.url = cell(row, kUrl);
    m.body = cell(row, kBody);
    if (m.url.isEmpty() && m.body.isEmpty())
        issues.push_back(
            {row.row, heading(column(kBody)), MentionImport::tr("The mention has neither text nor link.")});
    m.author = cell(row, kAuthor);
    const QString sentiment = cell(row, kSentiment);
    const QString rating = cell(row, kRating);
    if (!sentiment.isEmpty()) {
        const auto s = MentionImport::parseSentiment(sentiment);
        if (!s)
            issues.push_back({row.row, heading(column(kSentiment)),
                MentionImport::tr("“%1” is not positive, neutral or negative.").arg(sentiment)});
        else
            m.sentiment = *s;
    } else if (!rating.isEmpty()) {
        // A review's stars: 4–5 positive, 3 neutral, 1–2 negative (out of 5; a score out of 10 halved).
        bool ok = false;
        double stars
            = QString(rating).replace(QLatin1Char(','), QLatin1Char('.')).section(QLatin1Char('/'), 0, 0).toDouble(&ok);
        if (ok && rating.contains(QLatin1String("/10")))
            stars /= 2;
        if (!ok || stars < 0 || stars > 5)
            issues.push_back({row.row, heading(column(kRating)),
                MentionImport::tr("“%1” is not a rating from 1 to 5.").arg(rating)});
        else
            m.sentiment = stars >= 4 ? domain::Sentiment::Positive
                : stars >= 3         ? domain::Sentiment::Neutral
                                     : domain::Sentiment::Negative;
    }
    if (const QString reach = cell(row, kReach); !reach.isEmpty()) {
        QString digits = reach;
        digits.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QLatin1Char('.'));
        bool ok = false;
        const qint64 n = digits.toLongLong(&ok);
        if (!ok || n < 0)
            issues.push_back(
                {row.row, heading(column(kReach)), MentionImport::tr("“%1” is not a number of people.").arg(reach)});
        else
            m.reach = n;
    }
    if (!issues.empty())
        return reject(row, issues);

    m.channel = channelFor(cell(row, kChannel), m.url, row.row);

    // Already there: the same link, or the same post seen by another export.
    const QString doing = MentionImport::tr("Looking for the mention");
    bool known = false;
    if (!m.url.isEmpty()) {
        m_byUrl.bindValue(0, m.url);
        if (!m_byUrl.exec())
            return storageError(m_byUrl.lastError(), doing);
        known = m_byUrl.next();
        m_byUrl.finish();
    } else {
        m_bySignature.bindValue(0, m.occurredAt.toSecsSinceEpoch());
        m_bySignature.bindValue(1, m.channel);
        m_bySignature.bindValue(2, store::sql::text(m.author));
        m_bySignature.bindValue(3, store::sql::text(m.body));
        if (!m_bySignature.exec())
            return storageError(m_bySignature.lastError(), doing);
        known = m_bySignature.next();
        m_bySignature.finish();
    }
    if (known) {
        ++m_summary.skipped;
        report(row.row, RowOutcome::Skipped, MentionImport::tr("Already among the mentions"));
        return {};
    }

    if (const QString email = domain::Email::normalise(cell(row, kAuthorEmail)); !email.isEmpty()) {
        m_advocate.bindValue(0, email);
        if (!m_advocate.exec())
            return storageError(m_advocate.lastError(), doing);
        if (m_advocate.next())
            m.advocateId = m_advocate.value(0).toLongLong();
        m_advocate.finish();
    }
    m.importBatchId = m_batch.id;
    if (m.sentiment == domain::Sentiment::Negative) {
        m.responseStatus = domain::ResponseStatus::NeedsResponse;
        m.responseDueAt = m.occurredAt.addSecs(qint64(m_responseTargetHours) * 3600);
    }
    if (Status created = store::MentionStore(m_db, m_clock).create(m); !created) {
        if (created.error().code != Error::Code::Invalid)
            return created;
        return reject(row, {{row.row, QString(), created.error().message}});
    }
    ++m_summary.created;
    report(row.row, RowOutcome::Created, QString());
    return {};
}

} // namespace

MentionImport::MentionImport(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

QStringList MentionImport::fieldKeys()
{
    return {kOccurredAt, kChannel, kAuthor, kAuthorEmail, kUrl, kBody, kSentiment, kReach, kRating};
}

std::optional<domain::Sentiment> MentionImport::parseSentiment(const QString& text)
{
    const QString t = text.trimmed().toCaseFolded();
    bool numeric = false;
    const double score = QString(t).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&numeric);
    if (numeric)
        return score > 0 ? domain::Sentiment::Positive
            : score < 0  ? domain::Sentiment::Negative
                         : domain::Sentiment::Neutral;
    static const QSet<QString> positive = {QStringLiteral("positive"), QStringLiteral("pos"), QStringLiteral("+"),
        QStringLiteral("good"), QStringLiteral("positiv"), QStringLiteral("positif"), QStringLiteral("positivo"),
        QStringLiteral("praise"), QStringLiteral("promoter")};
    static const QSet<QString> neutral = {QStringLiteral("neutral"), QStringLiteral("neu"), QStringLiteral("0"),
        QStringLiteral("mixed"), QStringLiteral("neutre"), QStringLiteral("neutro"), QStringLiteral("passive"),
        QStringLiteral("none"), QStringLiteral("n/a")};
    static const QSet<QString> negative = {QStringLiteral("negative"), QStringLiteral("neg"), QStringLiteral("-"),
        QStringLiteral("bad"), QStringLiteral("negativ"), QStringLiteral("négatif"), QStringLiteral("negatif"),
        QStringLiteral("negativo"), QStringLiteral("complaint"), QStringLiteral("detractor")};
    if (positive.contains(t))
        return domain::Sentiment::Positive;
    if (neutral.contains(t))
        return domain::Sentiment::Neutral;
    if (negative.contains(t))
        return domain::Sentiment::Negative;
    return std::nullopt;
}

Result<ImportSummary> MentionImport::run(QIODevice& device, const QString& fileName, const ImportSettings& settings,
    const ImportProgressCallback& progress, const ImportCancelFlag* cancel)
{
    MentionRun run(m_db, m_clock, settings, fileName);
    return run.run(device, progress, cancel);
}

} // namespace grapevine::importing
