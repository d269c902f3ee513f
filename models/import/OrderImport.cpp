// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderImport.h"

#include <map>

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "ImportJob.h"
#include "domain/Clock.h"
#include "domain/Email.h"
#include "domain/Money.h"
#include "domain/ReferralCode.h"
#include "program/ReferralWorkflow.h"
#include "store/SettingsStore.h"
#include "store/SqlSupport.h"

namespace grapevine::importing {

using store::storageError;

namespace {

const QString kOrderReference = QStringLiteral("order_reference");
const QString kEmail = QStringLiteral("email");
const QString kFriendName = QStringLiteral("friend_name");
const QString kTotal = QStringLiteral("total");
const QString kCreatedAt = QStringLiteral("created_at");
const QString kReferralCode = QStringLiteral("referral_code");
const QString kReferredBy = QStringLiteral("referred_by");
const QString kCampaign = QStringLiteral("campaign");
const QString kPaymentStatus = QStringLiteral("payment_status");

class OrderRun final : public ImportJob
{
public:
    OrderRun(QSqlDatabase db, const Clock& clock, const ImportSettings& settings, QString fileName)
        : ImportJob(std::move(db), clock, settings, std::move(fileName), domain::ImportKind::Referrals)
    { }

protected:
    Status configure(const ImportPreview& preview, QJsonObject& mappingJson) override;
    Status begin(const ImportPreview& preview) override;
    Status importRow(const csv::CsvRow& row, std::any& parsed) override;

private:
    Result<std::optional<qint64>> scalar(QSqlQuery& q, const QVariantList& values);
    Result<std::optional<qint64>> campaignFor(const QString& name, const QDateTime& when, qint64 row);
    /// Converts the referral; the Result holds why the row cannot be taken, or is empty.
    Result<QString> convert(
        qint64 referralId, const csv::CsvRow& row, qint64 total, const QString& reference, const QDateTime& when);

    csv::MoneyFormat m_money;
    qint64 m_historyBefore = 0;
    QSqlQuery m_byOrder;
    QSqlQuery m_openByEmail;
    QSqlQuery m_advocateByCode;
    QSqlQuery m_advocateByEmail;
    QSqlQuery m_campaignByName;
    QSqlQuery m_campaignOn;
};

Status OrderRun::configure(const ImportPreview& preview, QJsonObject&)
{
    const auto business = store::SettingsStore(m_db).load();
    if (!business)
        return business.error();
    m_money = csv::MoneyFormat {preview.decimal, domain::Money::minorDigits(business->currency)};
    return {};
}

Status OrderRun::begin(const ImportPreview&)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM referral_status_history")) || !q.next())
        return storageError(q.lastError(), OrderImport::tr("Preparing the import"));
    m_historyBefore = q.value(0).toLongLong();
    const auto prepare = [this](QSqlQuery& query, const char* sql) {
        query = QSqlQuery(m_db);
        return query.prepare(QString::fromUtf8(sql));
    };
    if (!prepare(m_byOrder, "SELECT id FROM referrals WHERE order_reference = ? AND order_reference <> '' LIMIT 1")
        // The friend's open referral; one with the code they used first, then the newest.
        || !prepare(m_openByEmail,
            "SELECT id FROM referrals WHERE (friend_email_norm = ? OR friend_id = (SELECT id FROM advocates "
            "WHERE email_norm = ?)) AND status IN ('pending', 'signed_up') "
            "ORDER BY code = ? DESC, created_at DESC, id DESC LIMIT 1")
        || !prepare(m_advocateByCode, "SELECT id FROM advocates WHERE referral_code = ? AND status <> 'erased'")
        || !prepare(m_advocateByEmail, "SELECT id FROM advocates WHERE email_norm = ? AND status <> 'erased'")
        || !prepare(m_campaignByName, "SELECT id FROM campaigns WHERE name = ? COLLATE NOCASE ORDER BY id DESC LIMIT 1")
        || !prepare(m_campaignOn,
            "SELECT id FROM campaigns WHERE status = 'active' AND (starts_on IS NULL OR starts_on <= ?) "
            "AND (ends_on IS NULL OR ends_on >= ?) ORDER BY starts_on DESC, id DESC LIMIT 1"))
        return storageError(m_campaignOn.lastError(), OrderImport::tr("Preparing the import"));
    return {};
}

Result<std::optional<qint64>> OrderRun::scalar(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return storageError(q.lastError(), OrderImport::tr("Looking for the referral"));
    std::optional<qint64> found;
    if (q.next())
        found = q.value(0).toLongLong();
    q.finish();
    return found;
}

Result<std::optional<qint64>> OrderRun::campaignFor(const QString& name, const QDateTime& when, qint64)
{
    if (!name.isEmpty())
        return scalar(m_campaignByName, {name});
    const QString day = when.toLocalTime().date().toString(Qt::ISODate);
    return scalar(m_campaignOn, {day, day});
}

Result<QString> OrderRun::convert(
    qint64 referralId, const csv::CsvRow& row, qint64 total, const QString& reference, const QDateTime& when)
{
    QSqlQuery before(m_db);
    before.prepare(QStringLiteral("SELECT status, signed_up_at, converted_at, order_value_minor, order_reference, "
                                  "coalesce(import_batch_id, 0) FROM referrals WHERE id = ?"));
    before.addBindValue(referralId);
    if (!before.exec() || !before.next())
        return storageError(before.lastError(), OrderImport::tr("Reading the referral"));
    QJsonObject was;
    const char* columns[] = {"status", "signed_up_at", "converted_at", "order_value_minor", "order_reference"};
    for (int i = 0; i < 5; ++i)
        was.insert(QLatin1String(columns[i]), QJsonValue::fromVariant(before.value(i)));
    const bool createdHere = before.value(5).toLongLong() == m_batch.id;
    before.finish();

    // The conversion happened when the order was placed: the hold before rewards are approved
    // runs from then.
    const ManualClock at(when.isValid() && when < m_now ? when : m_now);
    program::ReferralWorkflow workflow(m_db, at);
    const auto converted = workflow.convert(referralId, total, reference);
    if (!converted) {
        if (converted.error().code == Error::Code::Invalid || converted.error().code == Error::Code::NotFound)
            return converted.error().message;
        return converted.error();
    }
    if (!createdHere) {
        QJsonObject after;
        for (int i = 0; i < 5; ++i)
            after.insert(QLatin1String(columns[i]), QJsonValue());
        QJsonArray rewards;
        for (const domain::Reward& w : converted->rewards)
            rewards.append(w.id);
        after.insert(QStringLiteral("status"), QStringLiteral("converted"));
        after.insert(QStringLiteral("signed_up_at"),
            QJsonValue::fromVariant(store::sql::instant(converted->referral.signedUpAt)));
        after.insert(QStringLiteral("converted_at"),
            QJsonValue::fromVariant(store::sql::instant(converted->referral.convertedAt)));
        after.insert(QStringLiteral("order_value_minor"), total);
        after.insert(QStringLiteral("order_reference"), converted->referral.orderReference);
        after.insert(QStringLiteral("rewards_created"), rewards);
        after.insert(QStringLiteral("history_after"), m_historyBefore);
        if (Status recorded = recordChange(QStringLiteral("referrals"), referralId, was, after); !recorded)
            return recorded.error();
    }
    QStringList notes = converted->notices;
    for (const domain::FraudFlag& flag : converted->flags)
        notes << flag.reason;
    for (const QString& n : notes)
        notice(row.row, QString(), n);
    return QString();
}

Status OrderRun::importRow(const csv::CsvRow& row, std::any&)
{
    std::vector<ImportIssue> issues = readerIssues(row);
    if (!issues.empty())
        return reject(row, issues);

    const QString reference = cell(row, kOrderReference);
    const QString emailText = cell(row, kEmail);
    const QString email = domain::Email::normalise(emailText);
    if (!email.isEmpty() && !domain::Email::isValid(email))
        issues.push_back({row.row, heading(column(kEmail)), domain::Email::problem(emailText)});
    const QString code = domain::ReferralCode::normalise(cell(row, kReferralCode));
    const QString referredBy = cell(row, kReferredBy);
    std::optional<qint64> total;
    if (const QString text = cell(row, kTotal); !text.isEmpty()) {
        total = csv::MoneyValues::parse(text, m_money);
        if (!total || *total < 0) {
            issues.push_back({row.row, heading(column(kTotal)),
                OrderImport::tr("“%1” is not an amount of money (or has more decimals than the currency).").arg(text)});
        }
    }
    QDateTime when;
    if (const QString text = cell(row, kCreatedAt); !text.isEmpty()) {
        const std::optional<QDateTime> at = csv::DateValues::parse(text, m_dateOrder);
        if (!at)
            issues.push_back({row.row, heading(column(kCreatedAt)),
                OrderImport::tr("“%1” is not a date in the chosen format.").arg(text)});
        else
            when = at->toUTC();
    }
    if (!issues.empty())
        return reject(row, issues);

    const QString status = cell(row, kPaymentStatus).toCaseFolded();
    if (status.contains(QLatin1String("refund")) || status.contains(QLatin1String("void"))
        || status.contains(QLatin1String("cancel")) || status.contains(QLatin1String("fail"))) {
        ++m_summary.skipped;
        report(row.row, RowOutcome::Skipped, OrderImport::tr("Refunded or cancelled: not a conversion"));
        return {};
    }
    if (!reference.isEmpty()) {
        const auto recorded = scalar(m_byOrder, {reference});
        if (!recorded)
            return recorded.error();
        if (recorded.value()) {
            ++m_summary.skipped;
            report(row.row, RowOutcome::Skipped, OrderImport::tr("Order %1 is already recorded").arg(reference));
            return {};
        }
    }

    // The friend's open referral, found by their email.
    if (!email.isEmpty()) {
        const auto open = scalar(m_openByEmail, {email, email, code});
        if (!open)
            return open.error();
        if (open.value()) {
            if (!total) {
                ++m_summary.skipped;
                report(row.row, RowOutcome::Skipped,
                    OrderImport::tr("A referral is open, but the row has no order value"));
                return {};
            }
            const auto refused = convert(*open.value(), row, *total, reference, when);
            if (!refused)
                return refused.error();
            if (!refused->isEmpty())
                return reject(row, {{row.row, QString(), refused.value()}});
            ++m_summary.updated;
            report(row.row, RowOutcome::Updated, OrderImport::tr("Referral converted"));
            return {};
        }
    }

    // No open referral: a code or a "referred by" makes this order a new referral.
    std::optional<qint64> referrer;
    QString how;
    if (!code.isEmpty()) {
        const auto owner = scalar(m_advocateByCode, {code});
        if (!owner)
            return owner.error();
        referrer = owner.value();
        how = code;
    }
    if (!referrer && !referredBy.isEmpty()) {
        const bool byEmail = referredBy.contains(QLatin1Char('@'));
        const auto owner = byEmail ? scalar(m_advocateByEmail, {domain::Email::normalise(referredBy)})
                                   : scalar(m_advocateByCode, {domain::ReferralCode::normalise(referredBy)});
        if (!owner)
            return owner.error();
        referrer = owner.value();
        if (!referrer)
            return reject(row,
                {{row.row, heading(column(kReferredBy)),
                    OrderImport::tr("No advocate has the email or referral code “%1”.").arg(referredBy)}});
    }
    if (!referrer) {
        ++m_summary.skipped;
        report(row.row, RowOutcome::Skipped,
            code.isEmpty() ? OrderImport::tr("No referral: an ordinary order")
                           : OrderImport::tr("%1 is no advocate's referral code (a discount code?)").arg(code));
        return {};
    }
    const auto campaign = campaignFor(cell(row, kCampaign), when.isValid() ? when : m_now, row.row);
    if (!campaign)
        return campaign.error();
    if (!campaign.value())
        return reject(row,
            {{row.row, heading(column(kCampaign)),
                cell(row, kCampaign).isEmpty()
                    ? OrderImport::tr("No active campaign was running on %1; activate one (or add a "
                                      "Campaign column) and import the row again.")
                          .arg(QLocale().toString(
                              (when.isValid() ? when : m_now).toLocalTime().date(), QLocale::ShortFormat))
                    : OrderImport::tr("There is no campaign called “%1”.").arg(cell(row, kCampaign))}});

    program::ReferralDraft draft;
    draft.campaignId = *campaign.value();
    draft.referrerId = referrer;
    draft.code = code;
    draft.friendEmail = emailText;
    draft.friendName = cell(row, kFriendName);
    draft.createdAt = when.isValid() && when < m_now ? when : m_now;
    if (!email.isEmpty()) {
        const auto friendId = scalar(m_advocateByEmail, {email});
        if (!friendId)
            return friendId.error();
        if (friendId.value() != referrer)
            draft.friendId = friendId.value();
    }
    // The new referral and its conversion stand or fall together.
    QSqlQuery savepoint(m_db);
    if (!savepoint.exec(QStringLiteral("SAVEPOINT order_row")))
        return storageError(savepoint.lastError(), OrderImport::tr("Recording the referral"));
    const auto refuse = [&](const QString& message) -> Status {
        if (!savepoint.exec(QStringLiteral("ROLLBACK TO order_row"))
            || !savepoint.exec(QStringLiteral("RELEASE order_row")))
            return storageError(savepoint.lastError(), OrderImport::tr("Recording the referral"));
        return reject(row, {{row.row, QString(), message}});
    };
    const ManualClock at(draft.createdAt);
    program::ReferralWorkflow workflow(m_db, at);
    const auto recorded = workflow.record(draft);
    if (!recorded) {
        if (recorded.error().code == Error::Code::Invalid || recorded.error().code == Error::Code::Duplicate)
            return refuse(recorded.error().message);
        return recorded.error();
    }
    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral("UPDATE referrals SET import_batch_id = ? WHERE id = ?"));
    mark.addBindValue(m_batch.id);
    mark.addBindValue(recorded->referral.id);
    if (!mark.exec())
        return storageError(mark.lastError(), OrderImport::tr("Recording the referral"));
    if (total) {
        const auto refused = convert(recorded->referral.id, row, *total, reference, when);
        if (!refused)
            return refused.error();
        if (!refused->isEmpty())
            return refuse(refused.value());
    }
    if (!savepoint.exec(QStringLiteral("RELEASE order_row")))
        return storageError(savepoint.lastError(), OrderImport::tr("Recording the referral"));
    for (const QString& n : recorded->notices)
        notice(row.row, QString(), n);
    for (const domain::FraudFlag& flag : recorded->flags)
        notice(row.row, QString(), flag.reason);
    ++m_summary.created;
    report(row.row, RowOutcome::Created,
        total ? OrderImport::tr("New referral by %1, converted").arg(how.isEmpty() ? referredBy : how)
              : OrderImport::tr("New referral by %1").arg(how.isEmpty() ? referredBy : how));
    return {};
}

} // namespace

OrderImport::OrderImport(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

QStringList OrderImport::fieldKeys()
{
    return {kOrderReference, kEmail, kFriendName, kTotal, kCreatedAt, kReferralCode, kReferredBy, kCampaign,
        kPaymentStatus};
}

Result<ImportSummary> OrderImport::run(QIODevice& device, const QString& fileName, const ImportSettings& settings,
    const ImportProgressCallback& progress, const ImportCancelFlag* cancel)
{
    OrderRun run(m_db, m_clock, settings, fileName);
    return run.run(device, progress, cancel);
}

} // namespace grapevine::importing
