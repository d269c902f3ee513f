// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include "domain/Advocate.h"
#include "domain/Result.h"

namespace grapevine {
class Clock;
}

namespace grapevine::store {

/// Changes many selected advocates at once (up to the whole file), each action in one
/// transaction, and reads what undo needs to put things back. Ids of advocates that no longer
/// exist are ignored. updatedAt moves only for advocates an action really changes.
class AdvocateBulkEditor final
{
    Q_DECLARE_TR_FUNCTIONS(AdvocateBulkEditor)

public:
    AdvocateBulkEditor(QSqlDatabase db, const Clock& clock);

    /// Gives every advocate in `ids` the tag (created when new; names compare case-insensitively).
    Status addTag(const QList<qint64>& ids, const QString& tag);
    /// Takes the tag from every advocate in `ids`; a tag nobody has any more is deleted.
    Status removeTag(const QList<qint64>& ids, const QString& tag);
    /// Sets the kind of every advocate in `ids`.
    Status setKind(const QList<qint64>& ids, domain::AdvocateKind kind);
    /// Sets each advocate's own kind, in one transaction: the undo of setKind() with kinds().
    Status setKinds(const QHash<qint64, domain::AdvocateKind>& kinds);

    /// The current kind of each advocate in `ids`, to undo setKind().
    Result<QHash<qint64, domain::AdvocateKind>> kinds(const QList<qint64>& ids) const;
    /// The advocates in `ids` that have the tag already (sorted), so that undoing addTag() takes
    /// it only from the others, and undoing removeTag() gives it back only to these.
    Result<QList<qint64>> idsWithTag(const QList<qint64>& ids, const QString& tag) const;

private:
    Status setKindIn(const QList<qint64>& ids, domain::AdvocateKind kind, qint64 now);
    static Status checkTag(const QString& tag);

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace grapevine::store
