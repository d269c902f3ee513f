// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "domain/Result.h"

namespace grapevine::store {

/// One advocate offered while the user types: "Anna Berg · anna@example.com · ANNA-7KQ".
struct AdvocateSuggestion
{
    qint64 id = 0;
    QString label;
};

/// Finds advocates as a name, e-mail or referral code is typed, for the entry forms' completers.
class AdvocateLookup final
{
    Q_DECLARE_TR_FUNCTIONS(AdvocateLookup)

public:
    enum class Who {
        Active, ///< those who can still refer (the referral quick entry)
        NotErased, ///< anyone with a name left (a mention can be by an inactive advocate)
    };
    static constexpr int kLimit = 12;

    /// Advocates whose first or last name, full name, e-mail or code starts with `typed`
    /// (case-insensitive; '%' and '_' match themselves), by last name; none for fewer than 2
    /// characters. Prefix matches, so the name, e-mail and code indexes serve them.
    static Result<std::vector<AdvocateSuggestion>> suggest(const QSqlDatabase& db, const QString& typed, Who who);

    /// `text` as a LIKE prefix pattern with ESCAPE '\\': "50%" becomes "50\%%".
    static QString likePrefix(const QString& text);
};

} // namespace grapevine::store
