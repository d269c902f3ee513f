// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include "domain/Result.h"

class QSqlQuery;

namespace grapevine::store {

/// How many ids one statement binds. SQLite refuses more than 32766 variables (999 before
/// 3.32); a few hundred already make the per-statement overhead negligible.
inline constexpr qsizetype kIdChunkSize = 500;

/// Runs `statement` once per chunk of `ids`, so a selection of any size can be bound as values.
/// The statement's "%1" becomes the placeholders of one chunk ("?,?,?"); `leading` values are
/// bound before the ids and `trailing` values after them, in the order their "?" appear.
/// `onChunk` (may be empty) sees each executed, forward-only query to read its rows or count its
/// changes, and stops the run by returning an error. `doing` names the work in error messages.
Status forEachIdChunk(const QSqlDatabase& db, const QList<qint64>& ids, const QString& statement,
    const QVariantList& leading, const QVariantList& trailing, const std::function<Status(QSqlQuery&)>& onChunk,
    const QString& doing);

/// The ids sorted, without duplicates: chunks then follow the primary key, which keeps the
/// B-tree pages a statement touches close together.
QList<qint64> distinctIds(QList<qint64> ids);

} // namespace grapevine::store
