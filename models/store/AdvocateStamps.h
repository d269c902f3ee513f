// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include "domain/Result.h"

namespace grapevine::store {

/// The kind, tags and last-changed time of many advocates, so that undoing a bulk action puts
/// every one of them back exactly, timestamps included.
class AdvocateStamps final
{
    Q_DECLARE_TR_FUNCTIONS(AdvocateStamps)

public:
    struct Entry
    {
        QString kind;
        qint64 updatedAt = 0;
        QList<qint64> tagIds;
    };

    static Result<AdvocateStamps> capture(const QSqlDatabase& db, const QList<qint64>& ids);
    /// Writes the captured values back (one transaction); tags removed since are re-created.
    /// With `expected` (the stamps the undo step left), refuses with Stale, changing nothing,
    /// when any of the advocates was saved elsewhere since, rather than undo that save.
    Status restore(const QSqlDatabase& db, const AdvocateStamps* expected = nullptr) const;
    qsizetype size() const { return m_entries.size(); }

private:
    QHash<qint64, Entry> m_entries;
    QHash<qint64, QString> m_tagNames;
};

} // namespace grapevine::store
