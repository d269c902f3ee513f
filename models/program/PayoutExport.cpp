// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayoutExport.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

#include "domain/Money.h"
#include "export/CsvWriter.h"
#include "invitations/RewardWording.h"
#include "store/IdChunks.h"
#include "store/SqlSupport.h"

namespace grapevine::program {

using domain::RewardKind;
using exporting::CsvCell;

namespace {

struct PayoutRow
{
    QString recipient;
    QString email;
    RewardKind kind = RewardKind::None;
    qint64 value = 0;
    qint64 costMinor = 0;
    QString description;
    QString reference;
    QString campaign;
};

} // namespace

QString PayoutExport::plainMoney(qint64 minor, const QString& currency)
{
    const int digits = domain::Money::minorDigits(currency);
    if (digits <= 0)
        return QString::number(minor);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = minor < 0 ? -minor : minor;
    return sign + QString::number(magnitude / scale) + QLatin1Char('.')
        + QString::number(magnitude % scale).rightJustified(digits, QLatin1Char('0'));
}

QString PayoutExport::plainValue(RewardKind kind, qint64 value, const QString& currency)
{
    switch (kind) {
    case RewardKind::Points:
    case RewardKind::None:
        return QString::number(value);
    case RewardKind::PercentDiscount:
        // The C locale gives '.' as the decimal sign whatever language the person uses.
        return invitations::RewardWording::percent(value, QLocale::c());
    default:
        return plainMoney(value, currency);
    }
}

QString PayoutExport::unit(RewardKind kind, const QString& currency)
{
    switch (kind) {
    case RewardKind::Points:
        return tr("points");
    case RewardKind::PercentDiscount:
        return QStringLiteral("%");
    case RewardKind::None:
        return QString();
    default:
        return currency;
    }
}

Result<int> PayoutExport::write(
    const QSqlDatabase& db, const QList<qint64>& rewardIds, const QString& currency, const QString& path)
{
    QHash<qint64, PayoutRow> found;
    const Status read = store::forEachIdChunk(
        db, rewardIds,
        QStringLiteral(
            "SELECT w.id, CASE WHEN a.id IS NOT NULL THEN coalesce(nullif(trim(a.first_name || ' ' || a.last_name), "
            "''), a.email) ELSE coalesce(nullif(trim(r.friend_name), ''), r.friend_email, '') END, "
            "CASE WHEN a.id IS NOT NULL THEN a.email ELSE coalesce(r.friend_email, '') END, "
            "w.kind, w.value, w.cost_minor, w.description, w.payout_reference, c.name "
            "FROM rewards w JOIN campaigns c ON c.id = w.campaign_id "
            "LEFT JOIN advocates a ON a.id = w.advocate_id LEFT JOIN referrals r ON r.id = w.referral_id "
            "WHERE w.id IN (%1)"),
        {}, {},
        [&found](QSqlQuery& q) -> Status {
            while (q.next()) {
                PayoutRow row;
                row.recipient = q.value(1).toString();
                row.email = q.value(2).toString();
                row.kind = domain::fromKey<RewardKind>(q.value(3).toString()).value_or(RewardKind::None);
                row.value = q.value(4).toLongLong();
                row.costMinor = q.value(5).toLongLong();
                row.description = q.value(6).toString();
                const QString reference = q.value(7).toString().trimmed();
                row.reference = reference.isEmpty() ? tr("Reward %1").arg(q.value(0).toLongLong()) : reference;
                row.campaign = q.value(8).toString();
                found.insert(q.value(0).toLongLong(), row);
            }
            return {};
        },
        tr("Reading the rewards to pay out"));
    if (!read)
        return read.error();

    exporting::CsvWriter writer(path);
    if (Status opened = writer.open(); !opened)
        return opened.error();
    writer.writeRow(QStringList {tr("Advocate"), tr("Email"), tr("Reward"), tr("Value"), tr("Unit"),
        tr("Cost (%1)").arg(currency), tr("Reference"), tr("Campaign")});
    int rows = 0;
    for (const qint64 id : rewardIds) {
        const auto it = found.constFind(id);
        if (it == found.constEnd())
            continue;
        const PayoutRow& r = it.value();
        // The wording is for people and follows their language; the value and cost columns are
        // for spreadsheets and keep '.' whatever the language.
        const QString wording = invitations::RewardWording::describe({r.kind, r.value, r.description}, currency);
        writer.writeRow(
            std::vector<CsvCell> {r.recipient, r.email, wording, CsvCell::number(plainValue(r.kind, r.value, currency)),
                unit(r.kind, currency), CsvCell::number(plainMoney(r.costMinor, currency)), r.reference, r.campaign});
        ++rows;
    }
    if (Status committed = writer.commit(); !committed)
        return committed.error();
    return rows;
}

} // namespace grapevine::program
