// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>

#include "domain/Result.h"

namespace grapevine {
class Clock;
}

namespace grapevine::privacy {

/// A person's rights over what the business stores about them: a copy of all of it (access,
/// portability) and its erasure.
class PersonalData final
{
    Q_DECLARE_TR_FUNCTIONS(PersonalData)

public:
    /// Everything stored about the advocate, as indented JSON: their record, tags, the referrals
    /// they made and those where they are the friend (with status history), the rewards they
    /// receive, mentions linked to them, and import errors whose line contains their email.
    /// Instants are ISO-8601 UTC; money is in minor units of the database's currency.
    static Result<QByteArray> exportPerson(QSqlDatabase db, qint64 advocateId, const Clock& clock);

    /// Irreversibly replaces the advocate's personal fields by an anonymous placeholder and
    /// clears them where other rows copy them (referrals where they are the friend, linked
    /// mentions, import errors), keeping referrals, rewards and totals so the numbers stay right.
    /// Old values are overwritten in the file, the search index and the write-ahead log, not
    /// just unlinked: the file is compacted (VACUUM), which takes time in proportion to its size
    /// (about 15 s for a million advocates), so call it off the GUI thread. Must not be called
    /// inside a transaction or while another query on the connection is unfinished: the file can
    /// only be cleaned after the commit. Calling it again for the same person is harmless, and
    /// the way to finish an erase whose clean-up step failed.
    static Status erasePerson(QSqlDatabase db, qint64 advocateId, const Clock& clock);

private:
    static Status eraseRows(const QSqlDatabase& db, qint64 advocateId, const Clock& clock);
    static Status scrubFile(const QSqlDatabase& db);
};

} // namespace grapevine::privacy
