// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralTree.h"

#include <QSqlQuery>

#include "SqlSupport.h"
#include "domain/Advocate.h"

namespace grapevine::store {

namespace {

// The count is a partial-index range scan (referred_by_id = x implies IS NOT NULL), so it costs
// a few page reads per node, not a table scan.
const QString kNodeColumns = QStringLiteral("a.id, a.first_name, a.last_name, a.email, a.referral_code, "
                                            "(SELECT count(*) FROM advocates c WHERE c.referred_by_id = a.id)");

TreeNode nodeFrom(const QSqlQuery& q)
{
    domain::Advocate advocate;
    advocate.firstName = q.value(1).toString();
    advocate.lastName = q.value(2).toString();
    advocate.email = q.value(3).toString();
    TreeNode node;
    node.id = q.value(0).toLongLong();
    node.name = advocate.displayName();
    node.referralCode = q.value(4).toString();
    node.childCount = q.value(5).toLongLong();
    return node;
}

} // namespace

ReferralTree::ReferralTree(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<std::vector<TreeNode>> ReferralTree::ancestors(qint64 advocateId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // One step more than allowed, so a chain that is too long is seen rather than cut silently.
    q.prepare(QStringLiteral("WITH RECURSIVE up(id, depth) AS ("
                             "SELECT referred_by_id, 1 FROM advocates WHERE id = :start AND referred_by_id IS NOT NULL "
                             "UNION ALL "
                             "SELECT p.referred_by_id, up.depth + 1 FROM up JOIN advocates p ON p.id = up.id "
                             "WHERE p.referred_by_id IS NOT NULL AND up.depth <= :max) "
                             "SELECT %1 FROM up JOIN advocates a ON a.id = up.id ORDER BY up.depth")
                  .arg(kNodeColumns));
    q.bindValue(QStringLiteral(":start"), advocateId);
    q.bindValue(QStringLiteral(":max"), kMaxDepth);
    if (!q.exec())
        return storageError(q.lastError(), tr("Reading who referred the advocate"));
    std::vector<TreeNode> nodes;
    while (q.next()) {
        if (static_cast<int>(nodes.size()) == kMaxDepth)
            return Error {Error::Code::Invalid,
                tr("The chain of referrers is longer than %1 people, or loops back on itself. Check the \"Referred "
                   "by\" field of the advocates in it.")
                    .arg(kMaxDepth),
                QStringLiteral("referred_by")};
        nodes.push_back(nodeFrom(q));
    }
    if (q.lastError().isValid())
        return storageError(q.lastError(), tr("Reading who referred the advocate"));
    return nodes;
}

Result<std::vector<TreeNode>> ReferralTree::children(qint64 advocateId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM advocates a WHERE a.referred_by_id = ? "
                             "ORDER BY a.last_name COLLATE NOCASE, a.first_name COLLATE NOCASE, a.id")
                  .arg(kNodeColumns));
    q.addBindValue(advocateId);
    if (!q.exec())
        return storageError(q.lastError(), tr("Reading whom the advocate referred"));
    std::vector<TreeNode> nodes;
    while (q.next())
        nodes.push_back(nodeFrom(q));
    if (q.lastError().isValid())
        return storageError(q.lastError(), tr("Reading whom the advocate referred"));
    return nodes;
}

} // namespace grapevine::store
