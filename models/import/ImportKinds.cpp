// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportKinds.h"

#include "CustomerImport.h"
#include "MappingPresets.h"
#include "MentionImport.h"
#include "OrderImport.h"
#include "csv/FieldMatcher.h"

namespace grapevine::importing {

using domain::ImportKind;

namespace {

bool isOrders(ImportKind kind)
{
    return kind == ImportKind::Referrals || kind == ImportKind::Orders;
}

bool has(const std::map<QString, int>& columns, const char* key)
{
    return columns.count(QLatin1String(key)) > 0;
}

} // namespace

QStringList ImportKinds::keys(ImportKind kind)
{
    if (isOrders(kind))
        return OrderImport::fieldKeys();
    if (kind == ImportKind::Mentions)
        return MentionImport::fieldKeys();
    return MappingPresets::customerKeys();
}

QString ImportKinds::fieldName(ImportKind kind, const QString& key)
{
    if (isOrders(kind)) {
        static const std::map<QString, const char*> names
            = {{QStringLiteral("order_reference"), QT_TR_NOOP("Order number")},
                {QStringLiteral("email"), QT_TR_NOOP("Buyer's e-mail")},
                {QStringLiteral("friend_name"), QT_TR_NOOP("Buyer's name")},
                {QStringLiteral("total"), QT_TR_NOOP("Order total")},
                {QStringLiteral("created_at"), QT_TR_NOOP("Order date")},
                {QStringLiteral("referral_code"), QT_TR_NOOP("Referral or discount code")},
                {QStringLiteral("referred_by"), QT_TR_NOOP("Referred by")},
                {QStringLiteral("campaign"), QT_TR_NOOP("Campaign")},
                {QStringLiteral("payment_status"), QT_TR_NOOP("Payment status")}};
        const auto it = names.find(key);
        return it == names.end() ? key : tr(it->second);
    }
    if (kind == ImportKind::Mentions) {
        static const std::map<QString, const char*> names = {{QStringLiteral("occurred_at"), QT_TR_NOOP("Date posted")},
            {QStringLiteral("channel"), QT_TR_NOOP("Source or channel")},
            {QStringLiteral("author"), QT_TR_NOOP("Author")},
            {QStringLiteral("author_email"), QT_TR_NOOP("Author's e-mail")},
            {QStringLiteral("url"), QT_TR_NOOP("Link")}, {QStringLiteral("body"), QT_TR_NOOP("Text")},
            {QStringLiteral("sentiment"), QT_TR_NOOP("Sentiment")}, {QStringLiteral("reach"), QT_TR_NOOP("Reach")},
            {QStringLiteral("rating"), QT_TR_NOOP("Rating (stars)")}};
        const auto it = names.find(key);
        return it == names.end() ? key : tr(it->second);
    }
    const std::optional<csv::CustomerField> field = MappingPresets::fieldForKey(key);
    return field ? csv::ColumnMatcher::fieldName(*field) : key;
}

std::map<QString, int> ImportKinds::match(ImportKind kind, const QStringList& header)
{
    if (isOrders(kind))
        return csv::FieldMatcher(QStringLiteral(":/import/order-columns.txt"), keys(kind)).match(header);
    if (kind == ImportKind::Mentions)
        return csv::FieldMatcher(QStringLiteral(":/import/mention-columns.txt"), keys(kind)).match(header);
    return columnsOf(csv::ColumnMatcher().match(header));
}

QString ImportKinds::missing(ImportKind kind, const std::map<QString, int>& columns)
{
    if (isOrders(kind)) {
        if (has(columns, "email") || has(columns, "referral_code") || has(columns, "referred_by"))
            return {};
        return tr("An order is matched to a referral by the buyer's email or the referral code used; this file has no "
                  "column Grapevine recognises for either. Name the columns in the mapping.");
    }
    if (kind == ImportKind::Mentions) {
        if (has(columns, "occurred_at") && (has(columns, "body") || has(columns, "url")))
            return {};
        return tr("A mention needs the date it was posted and its text or link; this file has no column Grapevine "
                  "recognises for %1. Name the columns in the mapping.")
            .arg(!has(columns, "occurred_at") ? tr("the date") : tr("the text"));
    }
    if (has(columns, "email"))
        return {};
    return tr("Grapevine tells people apart by their email, and this file has no column Grapevine recognises as "
              "email addresses. Name the email column in the mapping.");
}

std::optional<QString> ImportKinds::dateKey(ImportKind kind)
{
    return kind == ImportKind::Mentions ? QStringLiteral("occurred_at") : QStringLiteral("created_at");
}

std::optional<QString> ImportKinds::moneyKey(ImportKind kind)
{
    if (isOrders(kind))
        return QStringLiteral("total");
    if (kind == ImportKind::Mentions)
        return std::nullopt;
    return QStringLiteral("total_spent");
}

ImportKind ImportKinds::guess(const QStringList& header)
{
    const csv::ColumnMapping customers = csv::ColumnMatcher().match(header);
    if (!customers.recognisedAs.isEmpty())
        return ImportKind::Advocates;
    const std::map<QString, int> customerColumns = columnsOf(customers);
    ImportKind best = ImportKind::Advocates;
    size_t bestScore = missing(best, customerColumns).isEmpty() ? customerColumns.size() : 0;
    for (const ImportKind kind : {ImportKind::Referrals, ImportKind::Mentions}) {
        const std::map<QString, int> columns = match(kind, header);
        // Only clearly more: a customer list that happens to have a date column stays customers.
        if (missing(kind, columns).isEmpty() && columns.size() > bestScore + 1) {
            best = kind;
            bestScore = columns.size();
        }
    }
    return best;
}

std::map<QString, int> ImportKinds::columnsOf(const csv::ColumnMapping& mapping)
{
    std::map<QString, int> columns;
    for (const auto& [field, column] : mapping.columns)
        columns[csv::ColumnMatcher::key(field)] = column;
    return columns;
}

csv::ColumnMapping ImportKinds::mappingOf(const std::map<QString, int>& columns)
{
    csv::ColumnMapping mapping;
    for (const auto& [key, column] : columns) {
        if (const std::optional<csv::CustomerField> field = MappingPresets::fieldForKey(key))
            mapping.set(*field, column);
    }
    return mapping;
}

Result<ImportSummary> ImportKinds::run(ImportKind kind, QSqlDatabase db, const Clock& clock, QIODevice& device,
    const QString& fileName, const ImportSettings& settings, const ImportProgressCallback& progress,
    const ImportCancelFlag* cancel)
{
    if (isOrders(kind))
        return OrderImport(std::move(db), clock).run(device, fileName, settings, progress, cancel);
    if (kind == ImportKind::Mentions)
        return MentionImport(std::move(db), clock).run(device, fileName, settings, progress, cancel);
    return CustomerImport(std::move(db), clock).run(device, fileName, settings, progress, cancel);
}

} // namespace grapevine::importing
