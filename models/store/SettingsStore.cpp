// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsStore.h"

#include <limits>
#include <optional>
#include <utility>

#include <QHash>
#include <QSqlQuery>

#include "SqlSupport.h"

namespace grapevine::store {

using domain::BusinessSettings;

namespace {

// The keys of the settings table (seeded by 0001_initial.sql).
const QString kBusinessName = QStringLiteral("business_name");
const QString kCurrency = QStringLiteral("currency");
const QString kPointValue = QStringLiteral("point_value_minor");
const QString kBaselineCac = QStringLiteral("baseline_cac_minor");
const QString kResponseTarget = QStringLiteral("response_target_hours");
const QString kMentionChannels = QStringLiteral("mention_channels");

/// The stored number when it parses and lies in [min, max]; otherwise nothing.
std::optional<qint64> number(const QHash<QString, QString>& values, const QString& key, qint64 min, qint64 max)
{
    const auto it = values.constFind(key);
    if (it == values.constEnd())
        return std::nullopt;
    bool ok = false;
    const qint64 n = it->trimmed().toLongLong(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

bool isCurrencyCode(const QString& code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

} // namespace

SettingsStore::SettingsStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<BusinessSettings> SettingsStore::load() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings")))
        return storageError(q.lastError(), tr("Reading the business settings"));
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());

    // Start from the defaults and take each stored value only when it is usable, so one bad
    // row (edited with the sqlite3 shell, say) costs that setting, not all of them.
    BusinessSettings s;
    if (const auto it = values.constFind(kBusinessName); it != values.constEnd())
        s.businessName = *it;
    if (const auto it = values.constFind(kCurrency); it != values.constEnd() && isCurrencyCode(it->trimmed()))
        s.currency = it->trimmed();
    if (const auto n = number(values, kPointValue, 0, std::numeric_limits<qint64>::max()))
        s.pointValueMinor = *n;
    if (const auto n = number(values, kBaselineCac, 0, std::numeric_limits<qint64>::max()))
        s.baselineCacMinor = *n;
    // The same range BusinessSettings::validate() accepts.
    if (const auto n = number(values, kResponseTarget, 1, 24 * 90))
        s.responseTargetHours = static_cast<int>(*n);
    if (const auto it = values.constFind(kMentionChannels); it != values.constEnd()) {
        if (auto channels = domain::MentionChannels::parse(*it); !channels.isEmpty())
            s.mentionChannels = std::move(channels);
    }
    return s;
}

Status SettingsStore::save(const BusinessSettings& settings)
{
    if (Status valid = settings.validate(); !valid)
        return valid;
    // BusinessSettings::validate() accepts any three characters QString::isUpper() likes ("123",
    // "€€€"); load() would then ignore the value, so only A–Z is written.
    if (!isCurrencyCode(settings.currency))
        return Error {Error::Code::Invalid, tr("The currency must be a three-letter ISO code such as EUR or USD."),
            QStringLiteral("currency")};
    WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    const std::pair<const QString&, QString> rows[] = {{kBusinessName, settings.businessName},
        {kCurrency, settings.currency}, {kPointValue, QString::number(settings.pointValueMinor)},
        {kBaselineCac, QString::number(settings.baselineCacMinor)},
        {kResponseTarget, QString::number(settings.responseTargetHours)},
        {kMentionChannels, domain::MentionChannels::serialise(settings.mentionChannels)}};
    for (const auto& [key, value] : rows) {
        q.bindValue(QStringLiteral(":key"), key);
        q.bindValue(QStringLiteral(":value"), sql::text(value));
        if (!q.exec())
            return storageError(q.lastError(), tr("Saving the business settings"));
    }
    return tx.commit();
}

} // namespace grapevine::store
