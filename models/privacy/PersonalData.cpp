// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalData.h"

#include <functional>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "domain/Clock.h"
#include "domain/Email.h"
#include "store/AdvocateStore.h"
#include "store/SqlSupport.h"

namespace grapevine::privacy {

using store::storageError;

namespace {

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

/// One value as JSON. *_at columns are instants (0001_initial.sql), so they are written as
/// ISO-8601 UTC text a person can read; everything else as stored.
QJsonValue jsonValue(const QString& column, const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        if (column.endsWith(QLatin1String("_at")))
            return isoUtc(QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC));
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toBase64());
    default:
        return value.toString();
    }
}

/// Every column of the current row, by name: new columns of later migrations are exported too.
QJsonObject jsonRow(const QSqlQuery& q)
{
    const QSqlRecord record = q.record();
    QJsonObject row;
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), jsonValue(record.fieldName(i), q.value(i)));
    return row;
}

using Binds = QList<std::pair<QString, QVariant>>;

/// Runs a query with its named values bound and gives each row as JSON; `with` may add to a row.
Result<QJsonArray> jsonRows(const QSqlDatabase& db, const QString& statement, const Binds& binds, const QString& doing,
    const std::function<Status(QJsonObject&)>& with = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return storageError(q.lastError(), doing);
    for (const auto& [name, value] : binds)
        q.bindValue(name, value);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    QJsonArray rows;
    while (q.next()) {
        QJsonObject row = jsonRow(q);
        if (with) {
            if (Status added = with(row); !added)
                return added.error();
        }
        rows.append(row);
    }
    return rows;
}

/// The referral's status history, oldest first.
Status addHistory(const QSqlDatabase& db, QJsonObject& referral, const QString& doing)
{
    auto history = jsonRows(db,
        QStringLiteral("SELECT from_status, to_status, changed_at, note FROM referral_status_history "
                       "WHERE referral_id = :id ORDER BY changed_at, id"),
        {{QStringLiteral(":id"), referral.value(QStringLiteral("id")).toVariant()}}, doing);
    if (!history)
        return history.error();
    referral.insert(QStringLiteral("status_history"), history.value());
    return {};
}

/// The import errors that quote the email address: their raw line of the file may hold the
/// person's whole row. SQLite narrows the search (its lower() folds ASCII only, so the spelling
/// as stored is looked for too); a whole-address match then drops ann@example.com inside
/// joann@example.com, which belongs to someone else.
Result<QList<qint64>> rowErrorsQuoting(
    const QSqlDatabase& db, const QString& email, const QString& norm, const QString& doing)
{
    QList<qint64> ids;
    if (norm.isEmpty())
        return ids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, raw_line, message FROM import_row_errors "
                             "WHERE instr(lower(raw_line), :norm) > 0 OR instr(raw_line, :email) > 0 "
                             "OR instr(lower(message), :norm) > 0 OR instr(message, :email) > 0 ORDER BY id"));
    q.bindValue(QStringLiteral(":norm"), norm);
    q.bindValue(QStringLiteral(":email"), email);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    const QRegularExpression whole(QStringLiteral("(?<![\\w.%+-])%1(?![\\w.-])").arg(QRegularExpression::escape(norm)),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    while (q.next()) {
        if (q.value(1).toString().contains(whole) || q.value(2).toString().contains(whole))
            ids << q.value(0).toLongLong();
    }
    return ids;
}

} // namespace

Result<QByteArray> PersonalData::exportPerson(QSqlDatabase db, qint64 advocateId, const Clock& clock)
{
    const QString doing = tr("Exporting the personal data");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT * FROM advocates WHERE id = ?"));
    q.addBindValue(advocateId);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    if (!q.next())
        return Error {Error::Code::NotFound, tr("The advocate no longer exists.")};
    const QJsonObject advocate = jsonRow(q);
    const QString email = q.record().value(QStringLiteral("email")).toString().trimmed();
    const QString norm = domain::Email::normalise(email);
    q.finish();

    QString currency;
    if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'currency'")) && q.next())
        currency = q.value(0).toString();
    q.finish();

    QJsonArray tags;
    q.prepare(QStringLiteral("SELECT t.name FROM advocate_tags at JOIN tags t ON t.id = at.tag_id "
                             "WHERE at.advocate_id = ? ORDER BY t.name COLLATE NOCASE"));
    q.addBindValue(advocateId);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    while (q.next())
        tags.append(q.value(0).toString());

    const auto withHistory = [&](QJsonObject& referral) { return addHistory(db, referral, doing); };
    const Binds byId {{QStringLiteral(":id"), advocateId}};
    auto made = jsonRows(db, QStringLiteral("SELECT * FROM referrals WHERE referrer_id = :id ORDER BY created_at, id"),
        byId, doing, withHistory);
    if (!made)
        return made.error();
    // By link, or by address for referrals recorded before the friend became an advocate.
    auto asFriend = jsonRows(db,
        QStringLiteral("SELECT * FROM referrals WHERE friend_id = :id OR friend_email_norm = :norm "
                       "ORDER BY created_at, id"),
        {{QStringLiteral(":id"), advocateId},
            {QStringLiteral(":norm"), norm.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(norm)}},
        doing, withHistory);
    if (!asFriend)
        return asFriend.error();
    auto rewards = jsonRows(
        db, QStringLiteral("SELECT * FROM rewards WHERE advocate_id = :id ORDER BY created_at, id"), byId, doing);
    if (!rewards)
        return rewards.error();
    auto mentions = jsonRows(
        db, QStringLiteral("SELECT * FROM mentions WHERE advocate_id = :id ORDER BY occurred_at, id"), byId, doing);
    if (!mentions)
        return mentions.error();
    const auto quoting = rowErrorsQuoting(db, email, norm, doing);
    if (!quoting)
        return quoting.error();
    QJsonArray rowErrors;
    for (const qint64 id : quoting.value()) {
        auto error = jsonRows(
            db, QStringLiteral("SELECT * FROM import_row_errors WHERE id = :id"), {{QStringLiteral(":id"), id}}, doing);
        if (!error)
            return error.error();
        for (const QJsonValue& row : error.value())
            rowErrors.append(row);
    }

    auto importChanges = jsonRows(db,
        QStringLiteral("SELECT * FROM import_changes WHERE table_name = 'advocates' AND record_id = :id "
                       "ORDER BY batch_id"),
        byId, doing);
    if (!importChanges)
        return importChanges.error();

    QJsonObject root;
    root.insert(QStringLiteral("about"),
        tr("Everything Grapevine stores about this person: their advocate record, tags, the referrals they made "
           "and those where they are the friend (with each status change), the rewards they receive, mentions "
           "linked to them and import errors that quote their email address. Times are UTC (ISO 8601); amounts "
           "ending in _minor are in hundredths (cents) of the currency %1.")
            .arg(currency));
    root.insert(QStringLiteral("exported_at"), isoUtc(clock.nowUtc()));
    root.insert(QStringLiteral("currency"), currency);
    root.insert(QStringLiteral("advocate"), advocate);
    root.insert(QStringLiteral("tags"), tags);
    root.insert(QStringLiteral("referrals_made"), made.value());
    root.insert(QStringLiteral("referrals_as_friend"), asFriend.value());
    root.insert(QStringLiteral("rewards"), rewards.value());
    root.insert(QStringLiteral("mentions"), mentions.value());
    root.insert(QStringLiteral("import_row_errors"), rowErrors);
    root.insert(QStringLiteral("import_changes"), importChanges.value());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status PersonalData::erasePerson(QSqlDatabase db, qint64 advocateId, const Clock& clock)
{
    // secure_delete makes SQLite overwrite deleted content with zeros instead of only marking
    // it free. It is a setting of the connection, so it is put back afterwards.
    QSqlQuery q(db);
    QString previous;
    if (q.exec(QStringLiteral("PRAGMA secure_delete")) && q.next())
        previous = q.value(0).toInt() == 0 ? QStringLiteral("OFF")
            : q.value(0).toInt() == 2      ? QStringLiteral("FAST")
                                           : QStringLiteral("ON");
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return storageError(q.lastError(), tr("Erasing the personal data"));
    q.finish();
    Status erased = eraseRows(db, advocateId, clock);
    if (erased)
        erased = scrubFile(db);
    if (!previous.isEmpty())
        q.exec(QStringLiteral("PRAGMA secure_delete = %1").arg(previous));
    return erased;
}

Status PersonalData::eraseRows(const QSqlDatabase& db, qint64 advocateId, const Clock& clock)
{
    const QString doing = tr("Erasing the personal data");
    store::WriteTransaction tx(db);
    if (!tx.started())
        return tx.startError();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT email, email_norm, referral_code FROM advocates WHERE id = ?"));
    q.addBindValue(advocateId);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    if (!q.next())
        return Error {Error::Code::NotFound, tr("The advocate no longer exists.")};
    const QString email = q.value(0).toString().trimmed();
    const QString norm = q.value(1).isNull() ? domain::Email::normalise(email) : q.value(1).toString();
    const QString oldCode = q.value(2).toString();
    q.finish();
    const qint64 now = clock.nowSeconds();

    // The code is usually made from the first name, so it goes too; the new one is built from
    // the placeholder name, never from theirs.
    store::AdvocateStore advocates(db, clock);
    const auto code = advocates.uniqueReferralCode(QStringLiteral("Erased"));
    if (!code)
        return code.error();

    // Totals (spend, orders, counters kept by triggers), kind, dates of creation and the
    // referred-by link stay: they are the business's numbers, not personal data.
    q.prepare(QStringLiteral(
        "UPDATE advocates SET first_name = :first_name, last_name = '', email = '', email_norm = NULL, phone = '', "
        "address = '', company = '', notes = '', consent = 0, consent_at = NULL, consent_source = '', nps_score = "
        "NULL, "
        "nps_at = NULL, status = 'erased', referral_code = :code, updated_at = max(:now, updated_at + 1) WHERE id = "
        ":id"));
    //: Stored as the first name of an advocate whose personal data was erased.
    q.bindValue(QStringLiteral(":first_name"), tr("Erased"));
    q.bindValue(QStringLiteral(":code"), code.value());
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":id"), advocateId);
    if (!q.exec())
        return storageError(q.lastError(), doing);

    q.prepare(QStringLiteral("DELETE FROM advocate_tags WHERE advocate_id = ?"));
    q.addBindValue(advocateId);
    if (!q.exec())
        return storageError(q.lastError(), doing);
    if (!q.exec(QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM advocate_tags)")))
        return storageError(q.lastError(), doing);

    // Referrals where they are the friend copy their name and address.
    q.prepare(
        QStringLiteral("UPDATE referrals SET friend_name = '', friend_email = '', friend_email_norm = NULL, "
                       "friend_phone = '', friend_address = '', "
                       "updated_at = max(:now, updated_at + 1) WHERE friend_id = :id OR friend_email_norm = :norm"));
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":id"), advocateId);
    q.bindValue(QStringLiteral(":norm"), norm.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(norm));
    if (!q.exec())
        return storageError(q.lastError(), doing);
    // Referrals they made record the code the friend used: their old one.
    q.prepare(QStringLiteral("UPDATE referrals SET code = :code, updated_at = max(:now, updated_at + 1) "
                             "WHERE referrer_id = :id AND code = :old"));
    q.bindValue(QStringLiteral(":code"), code.value());
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":id"), advocateId);
    q.bindValue(QStringLiteral(":old"), oldCode);
    if (!q.exec())
        return storageError(q.lastError(), doing);

    // Mentions stay counted (channel, sentiment, reach, dates), but what identifies the author
    // goes: name, text, link to the post, our reply to them, and the testimonial permission,
    // which an erasure withdraws.
    q.prepare(
        QStringLiteral("UPDATE mentions SET author = '', body = :erased, url = '', "
                       "response_text = CASE WHEN response_text = '' THEN '' ELSE :erased END, "
                       "is_testimonial = 0, testimonial_permission_how = '', updated_at = max(:now, updated_at + 1) "
                       "WHERE advocate_id = :id"));
    //: Replaces the text of mentions and import errors of a person whose data was erased.
    q.bindValue(QStringLiteral(":erased"), tr("(erased)"));
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":id"), advocateId);
    if (!q.exec())
        return storageError(q.lastError(), doing);

    const auto quoting = rowErrorsQuoting(db, email, norm, doing);
    if (!quoting)
        return quoting.error();
    q.prepare(QStringLiteral("UPDATE import_row_errors SET raw_line = '', message = :erased WHERE id = :id"));
    for (const qint64 id : quoting.value()) {
        q.bindValue(QStringLiteral(":erased"), tr("(erased)"));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return storageError(q.lastError(), doing);
    }

    // Old values an import kept so that it could be undone: the undo then leaves this person as
    // erased.
    q.prepare(QStringLiteral("DELETE FROM import_changes WHERE table_name = 'advocates' AND record_id = :id"));
    q.bindValue(QStringLiteral(":id"), advocateId);
    if (!q.exec())
        return storageError(q.lastError(), doing);

    // The update trigger told the search index to forget the old text, but FTS5 only records
    // that as a deletion marker: the old tokens stay in older index segments (and the marker
    // repeats them) until the segments are merged. 'optimize' merges them all into one.
    if (!q.exec(QStringLiteral("INSERT INTO advocates_fts (advocates_fts) VALUES ('optimize')")))
        return storageError(q.lastError(), doing);
    return tx.commit();
}

Status PersonalData::scrubFile(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    // secure_delete only zeroes what is freed from now on. Text deleted or overwritten earlier
    // without it (the default of SQLite as Qt bundles it on Windows and macOS) still lies in free
    // pages and in the unused parts of live pages, e.g. index segments the search index merged
    // away. VACUUM writes every page anew from the live rows only.
    if (!q.exec(QStringLiteral("VACUUM")))
        return Error {Error::Code::Storage,
            tr("The personal data was erased, but old copies may remain in unused parts of the file until it is "
               "compacted, which failed: %1. Free some disk space, close other windows on this file and erase "
               "the person again.")
                .arg(q.lastError().databaseText())};
    // The old page images are still in the write-ahead log until a checkpoint copies the new
    // ones into the file; TRUNCATE then empties the log file. It waits (busy timeout) for readers.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next())
        return storageError(q.lastError(), tr("Erasing the personal data"));
    if (q.value(0).toInt() != 0)
        return Error {Error::Code::Busy,
            tr("The personal data was erased, but another program or window is still reading the file, so old "
               "copies remain in its log file. Close it and erase the person again.")};
    return {};
}

} // namespace grapevine::privacy
