// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QString>
#include <QVariantList>

#include "domain/Advocate.h"

namespace grapevine::itemmodels {

/// The columns of the Advocates table, in their default order.
enum class AdvocateColumn {
    Name,
    Email,
    Kind,
    Tags,
    ReferralCode,
    ReferredBy,
    ReferralsMade,
    Conversions,
    RewardsEarned,
    PointsBalance,
    Nps,
    Consent,
    Joined
};
constexpr int kAdvocateColumnCount = 13;

/// What the user narrowed the table to. Empty members do not filter.
struct AdvocateFilter
{
    std::optional<domain::AdvocateKind> kind;
    std::optional<domain::AdvocateStatus> status;
    std::optional<bool> consent;
    QString tag;
    QString search; ///< as typed; turned into an FTS5 prefix query

    friend bool operator==(const AdvocateFilter& a, const AdvocateFilter& b)
    {
        return a.kind == b.kind && a.status == b.status && a.consent == b.consent && a.tag == b.tag
            && a.search == b.search;
    }
    friend bool operator!=(const AdvocateFilter& a, const AdvocateFilter& b) { return !(a == b); }
};

/// One row as the table shows it: everything comes back in the page query, so data() never
/// runs SQL.
struct AdvocateRow
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    domain::AdvocateKind kind = domain::AdvocateKind::Customer;
    domain::AdvocateStatus status = domain::AdvocateStatus::Active;
    QString tags; ///< "a, b"
    QString referralCode;
    qint64 referredById = 0;
    QString referredByName;
    qint64 referralsMade = 0;
    qint64 conversions = 0;
    qint64 rewardsEarnedMinor = 0;
    qint64 pointsBalance = 0;
    std::optional<int> nps;
    bool consent = false;
    QDateTime joined;

    QString displayName() const;
};

/// The SQL behind one view of the Advocates table: filters as a WHERE clause with bound
/// values, and the sort as index-backed key expressions, so every page is a seek.
class AdvocateQuery final
{
public:
    AdvocateFilter filter;
    AdvocateColumn sortColumn = AdvocateColumn::Name;
    bool descending = false;
    /// The search matches many rows: walk the sort index and test each row against the matches
    /// (a few thousand steps to fill a page) instead of sorting every match. Set by the loader,
    /// which measures it; see AdvocatePageLoader::isDenseSearch.
    bool denseSearch = false;

    static bool isSortable(AdvocateColumn column);

    /// The sort key expressions, in order, without the id tie-breaker. They match the
    /// expressions of the sort indexes in migration 0002 exactly.
    QStringList sortKeys() const;

    /// " WHERE …" (or empty) over alias `a`, appending the values to bind to `binds`.
    QString whereClause(QVariantList& binds) const;

    /// " ORDER BY …" over alias `a`: the sort keys, then the id, in the chosen direction.
    QString orderBy() const;

    /// Selects a page of rows in order. With an anchor (the sort keys and id of the first row
    /// wanted) it seeks; without one it uses `offset`. One row more than asked is returned,
    /// whose keys are the anchor of the next page.
    QString pageSql(bool withAnchor, QVariantList& binds, const QVariantList& anchor, int limit, qint64 offset) const;

    /// Every `step`-th row's sort keys and id (rows 0, step, 2·step, …): the anchors of pages.
    QString anchorsSql(int step, QVariantList& binds) const;

    /// How many rows come before the row with `id` in this order (its row number), or the count
    /// of the filtered rows when `id` is not among them; the caller checks membership first.
    QString positionSql(const QVariantList& keysOfId, qint64 id, QVariantList& binds) const;

    /// The sort keys of one advocate, to locate it.
    QString keysOfSql() const;

    /// `"anna"* "berg"*` for "Anna Berg": every word a prefix, all required. Empty when the text
    /// has no letters or digits.
    static QString matchExpression(const QString& search);

    friend bool operator==(const AdvocateQuery& a, const AdvocateQuery& b)
    {
        return a.filter == b.filter && a.sortColumn == b.sortColumn && a.descending == b.descending;
    }

private:
    QString keysetCondition(const QVariantList& anchor, bool strictlyBefore, QVariantList& binds) const;
};

} // namespace grapevine::itemmodels
