// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include "domain/Advocate.h"
#include "domain/Result.h"

namespace grapevine {
class Clock;
}

namespace grapevine::store {

/// Reads and writes advocates, their tags and referral codes. Identity is the normalised email:
/// a second advocate with the same address is refused with the id of the first.
class AdvocateStore final
{
    Q_DECLARE_TR_FUNCTIONS(AdvocateStore)

public:
    AdvocateStore(QSqlDatabase db, const Clock& clock);

    /// Stores a new advocate; fills in id, referral code (when empty) and timestamps.
    Status create(domain::Advocate& advocate);
    Result<domain::Advocate> get(qint64 id) const;
    /// Writes every field of an existing advocate; refreshes updatedAt.
    Status update(domain::Advocate& advocate);
    /// Writes `advocate` back exactly as given, timestamps included: how undo puts an edited
    /// advocate back the way it was. With a valid `expectedStamp` (the stamp the undo step left),
    /// refuses with Stale when the advocate was saved elsewhere since, rather than undo that save.
    Status overwrite(const domain::Advocate& advocate, const QDateTime& expectedStamp = QDateTime());
    /// Deletes the advocate with their referrals and rewards (the schema cascades).
    Status remove(qint64 id);

    Result<std::optional<qint64>> findIdByEmail(const QString& email) const;
    Result<std::optional<qint64>> findIdByReferralCode(const QString& code) const;
    Result<qint64> count() const;

    /// What deleting these advocates would take with it, for the confirmation.
    struct Dependents
    {
        qint64 referrals = 0;
        qint64 rewards = 0;
    };
    Result<Dependents> dependents(const QList<qint64>& ids) const;

    /// A referral code no other advocate has, built from the first name.
    Result<QString> uniqueReferralCode(const QString& firstName);

    /// Seeds the random part of generated codes, for reproducible test data.
    void seedCodes(quint32 seed) { m_random.seed(seed); }

private:
    Status validateForSave(const domain::Advocate& advocate) const;
    Status writeTags(qint64 advocateId, const QStringList& tags);

    QSqlDatabase m_db;
    const Clock& m_clock;
    QRandomGenerator m_random;
};

} // namespace grapevine::store
