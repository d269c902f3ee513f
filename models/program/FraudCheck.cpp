// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FraudCheck.h"

#include <QLocale>
#include <QSqlQuery>

#include "domain/Email.h"
#include "rules/DisposableDomains.h"
#include "store/SqlSupport.h"

namespace grapevine::program {

using domain::FraudFlag;
using domain::FraudFlagKind;
using domain::Referral;

namespace {

/// The people a referral names, as far as the records know them.
struct Person
{
    QString name;
    QString firstName;
    QString lastName;
    QString emailNorm;
    QString phone;
    QString address;
};

QString lastWord(const QString& name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : words.last();
}

QString firstWord(const QString& name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : words.first();
}

} // namespace

FraudCheck::FraudCheck(QSqlDatabase db)
    : FraudCheck(std::move(db), rules::DisposableDomains::shipped())
{ }

FraudCheck::FraudCheck(QSqlDatabase db, const rules::DisposableDomains& disposable)
    : m_db(std::move(db))
    , m_disposable(disposable)
{ }

QString FraudCheck::normalisePhone(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(QChar(QLatin1Char(static_cast<char>('0' + c.digitValue()))));
    }
    if (phone.trimmed().startsWith(QLatin1Char('+')))
        return digits;
    if (digits.startsWith(QStringLiteral("00")))
        return digits.mid(2);
    return digits;
}

QString FraudCheck::normaliseAddress(const QString& address)
{
    QString folded;
    for (const QChar c : address.toLower()) {
        if (c.isLetterOrNumber())
            folded.append(c);
        else
            folded.append(QLatin1Char(' '));
    }
    return folded.simplified();
}

Result<std::vector<FraudFlag>> FraudCheck::check(const Referral& r) const
{
    const QString doing = tr("Checking the referral for review");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT first_name, last_name, email_norm, phone, address FROM advocates WHERE id = ?"));
    q.addBindValue(r.referrerId);
    if (!q.exec())
        return store::storageError(q.lastError(), doing);
    if (!q.next())
        return Error {Error::Code::NotFound, tr("The referrer no longer exists."), QStringLiteral("referrer")};
    Person referrer;
    referrer.firstName = q.value(0).toString();
    referrer.lastName = q.value(1).toString();
    referrer.name = QString(referrer.firstName + QLatin1Char(' ') + referrer.lastName).simplified();
    referrer.emailNorm = q.value(2).toString();
    referrer.phone = normalisePhone(q.value(3).toString());
    referrer.address = normaliseAddress(q.value(4).toString());
    q.finish();

    Person friendPerson;
    friendPerson.name = r.friendName.simplified();
    friendPerson.firstName = firstWord(r.friendName);
    friendPerson.lastName = lastWord(r.friendName);
    friendPerson.emailNorm = domain::Email::normalise(r.friendEmail);
    friendPerson.phone = normalisePhone(r.friendPhone);
    friendPerson.address = normaliseAddress(r.friendAddress);
    if (r.friendId) {
        // What the friend's own record says fills in what the referral left out.
        q.prepare(
            QStringLiteral("SELECT first_name, last_name, email_norm, phone, address FROM advocates WHERE id = ?"));
        q.addBindValue(*r.friendId);
        if (!q.exec())
            return store::storageError(q.lastError(), doing);
        if (q.next()) {
            if (friendPerson.name.isEmpty()) {
                friendPerson.firstName = q.value(0).toString();
                friendPerson.lastName = q.value(1).toString();
                friendPerson.name
                    = QString(friendPerson.firstName + QLatin1Char(' ') + friendPerson.lastName).simplified();
            }
            if (friendPerson.emailNorm.isEmpty())
                friendPerson.emailNorm = q.value(2).toString();
            if (friendPerson.phone.isEmpty())
                friendPerson.phone = normalisePhone(q.value(3).toString());
            if (friendPerson.address.isEmpty())
                friendPerson.address = normaliseAddress(q.value(4).toString());
        }
        q.finish();
    }

    std::vector<FraudFlag> flags;
    const auto flag = [&](FraudFlagKind kind, const QString& reason) { flags.push_back({kind, reason, {}}); };

    if (!friendPerson.emailNorm.isEmpty() && friendPerson.emailNorm == referrer.emailNorm)
        flag(FraudFlagKind::SelfEmail,
            tr("The friend's e-mail address %1 is the referrer's own.").arg(friendPerson.emailNorm));
    if (friendPerson.phone.size() >= 6 && friendPerson.phone == referrer.phone)
        flag(FraudFlagKind::SelfPhone, tr("The friend's phone number is the referrer's own."));
    if (!friendPerson.address.isEmpty() && friendPerson.address == referrer.address && !friendPerson.lastName.isEmpty()
        && friendPerson.lastName.compare(referrer.lastName, Qt::CaseInsensitive) == 0) {
        if (friendPerson.name.compare(referrer.name, Qt::CaseInsensitive) == 0)
            flag(FraudFlagKind::Household,
                tr("The friend has the referrer's name and address: possibly the referrer themselves."));
        else
            flag(FraudFlagKind::Household,
                tr("%1 lives at the referrer's address and shares their last name: the same household.")
                    .arg(friendPerson.name));
    }

    const Result<bool> customer = friendWasCustomer(r);
    if (!customer)
        return customer.error();
    if (customer.value())
        flag(FraudFlagKind::ExistingCustomer,
            tr("%1 was already a customer before this referral.")
                .arg(friendPerson.name.isEmpty() ? friendPerson.emailNorm : friendPerson.name));

    // Referrals by the same advocate in the window up to this one, this one included.
    q.prepare(QStringLiteral("SELECT count(*) FROM referrals WHERE referrer_id = :referrer AND created_at > :since "
                             "AND created_at <= :at AND id <> :id"));
    const qint64 at = r.createdAt.toSecsSinceEpoch();
    q.bindValue(QStringLiteral(":referrer"), r.referrerId);
    q.bindValue(QStringLiteral(":since"), at - qint64(kVelocityWindowHours) * 3600);
    q.bindValue(QStringLiteral(":at"), at);
    q.bindValue(QStringLiteral(":id"), r.id);
    if (!q.exec() || !q.next())
        return store::storageError(q.lastError(), doing);
    const qint64 recent = q.value(0).toLongLong() + 1;
    if (recent > kVelocityLimit)
        flag(FraudFlagKind::Velocity,
            tr("%1 made %Ln referrals within %2 hours.", nullptr, static_cast<int>(recent))
                .arg(referrer.name.isEmpty() ? tr("The referrer") : referrer.name)
                .arg(kVelocityWindowHours));
    q.finish();

    if (!friendPerson.emailNorm.isEmpty() && m_disposable.matches(friendPerson.emailNorm))
        flag(FraudFlagKind::DisposableEmail,
            tr("%1 is an address of a throw-away e-mail service.").arg(friendPerson.emailNorm));
    return flags;
}

Result<bool> FraudCheck::friendWasCustomer(const Referral& r) const
{
    // A record with orders that existed before the referral, found by link or by e-mail, or
    // an earlier referral of the same friend that converted (in any campaign).
    const QString norm = domain::Email::normalise(r.friendEmail);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM advocates WHERE (id = :friend OR (:norm IS NOT NULL AND email_norm = :norm)) "
        "AND created_at < :at AND (order_count > 0 OR total_spent_minor > 0)) "
        "OR EXISTS (SELECT 1 FROM referrals WHERE id <> :id AND ((:friend IS NOT NULL AND friend_id = :friend) "
        "OR (:norm IS NOT NULL AND friend_email_norm = :norm)) AND converted_at IS NOT NULL AND converted_at < :at "
        "AND status IN ('converted', 'approved', 'rewarded'))"));
    q.bindValue(QStringLiteral(":friend"), store::sql::nullable(r.friendId));
    q.bindValue(QStringLiteral(":norm"), norm.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(norm));
    q.bindValue(QStringLiteral(":at"), r.createdAt.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":id"), r.id);
    if (!q.exec() || !q.next())
        return store::storageError(q.lastError(), tr("Checking whether the friend was already a customer"));
    return q.value(0).toBool();
}

} // namespace grapevine::program
