// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "domain/Result.h"

namespace grapevine::store {

/// One advocate in the who-referred-whom tree.
struct TreeNode
{
    qint64 id = 0;
    QString name; ///< as domain::Advocate::displayName(): "First Last", or the email
    QString referralCode;
    qint64 childCount = 0; ///< how many people they referred, so a view can show an expander
};

/// Reads the referred-by tree one level at a time, so a view never loads more than it shows,
/// even in a file with a million advocates (index advocates_referred_by).
class ReferralTree final
{
    Q_DECLARE_TR_FUNCTIONS(ReferralTree)

public:
    explicit ReferralTree(QSqlDatabase db);

    /// Who referred the advocate, who referred that person, and so on: nearest first, the root
    /// last. Empty for an advocate nobody referred.
    Result<std::vector<TreeNode>> ancestors(qint64 advocateId) const;
    /// The people the advocate referred, by last name, first name (the advocates_name order).
    Result<std::vector<TreeNode>> children(qint64 advocateId) const;

    /// Chains longer than this are refused as damaged: AdvocateStore refuses loops, but a file
    /// edited by other tools could hold one, and the walk must end.
    static constexpr int kMaxDepth = 1000;

private:
    QSqlDatabase m_db;
};

} // namespace grapevine::store
