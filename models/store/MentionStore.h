// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QSqlDatabase>

#include "domain/Mention.h"
#include "domain/Result.h"

namespace grapevine {
class Clock;
}

namespace grapevine::store {

/// Reads and writes mentions of the business and the state of their answers.
class MentionStore final
{
    Q_DECLARE_TR_FUNCTIONS(MentionStore)

public:
    MentionStore(QSqlDatabase db, const Clock& clock);

    /// Stores a new mention; fills in id and timestamps. A negative mention with no response
    /// status goes into the response queue, due the business's response target after it occurred.
    Status create(domain::Mention& mention);
    Result<domain::Mention> get(qint64 id) const;
    /// Writes every field of an existing mention as given; refreshes updatedAt.
    Status update(domain::Mention& mention);
    Status remove(qint64 id);
    /// Puts back a mention removed earlier (undo), with its id, timestamps and every field as they
    /// were; refused when that id is taken or a linked record is gone.
    Status restore(const domain::Mention& mention);
    /// The mentions linked to an advocate, newest first, at most `limit`.
    Result<std::vector<domain::Mention>> listForAdvocate(qint64 advocateId, int limit) const;

private:
    Status validateForSave(const domain::Mention& mention) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace grapevine::store
