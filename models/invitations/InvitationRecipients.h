// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "domain/Result.h"

namespace grapevine::invitations {

/// What a personal message needs of one advocate.
struct Recipient
{
    qint64 id = 0;
    QString email;
    QString firstName;
    QString lastName;
    QString referralCode;

    /// "First Last", or the email when there is no name.
    QString displayName() const;
};

/// The advocates who may be sent an invitation: they agreed to be contacted (consent), are
/// active, and have an email address. Optionally just one of them (a single card).
class InvitationRecipients final
{
    Q_DECLARE_TR_FUNCTIONS(InvitationRecipients)

public:
    explicit InvitationRecipients(QSqlDatabase db, std::optional<qint64> onlyAdvocateId = std::nullopt);

    Result<qint64> count() const;
    /// The recipient with the lowest id: the preview's default.
    Result<std::optional<Recipient>> first() const;
    /// That advocate if they are a recipient.
    Result<std::optional<Recipient>> find(qint64 advocateId) const;
    /// Up to `limit` recipients whose name or email has words starting with what was typed, or
    /// whose referral code starts with it. Fewer than 2 characters give nothing: the search
    /// index only keeps prefixes of 2 and more, and a 1-letter search at 1M rows is slow.
    Result<std::vector<Recipient>> suggest(const QString& typed, int limit = 20) const;
    /// Streams every recipient in id order through a forward-only query, so memory stays flat
    /// at any size; stops early when `visit` returns false.
    Status forEach(const std::function<bool(const Recipient&)>& visit) const;

private:
    QString condition() const;

    QSqlDatabase m_db;
    std::optional<qint64> m_only;
};

} // namespace grapevine::invitations
