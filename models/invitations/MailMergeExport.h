// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include "domain/Result.h"
#include "export/ExportProgress.h"
#include "invitations/InvitationComposer.h"

namespace grapevine::invitations {

/// A CSV for a mail-merge tool (Mailchimp, Word, a mail client): one row per advocate who may
/// be invited, with their personal link and finished message. Streams through a forward-only
/// query, so a million advocates take no more memory than ten.
class MailMergeExport final
{
    Q_DECLARE_TR_FUNCTIONS(MailMergeExport)

public:
    MailMergeExport(QSqlDatabase db, InvitationComposer composer);

    /// The column names, fixed (not translated) because mail-merge tools map them by name.
    static QStringList header();

    /// Writes the file; cancelling (or a failure) leaves no file and an older one untouched.
    /// `progress` is called from this thread every few hundred rows.
    Result<exporting::ExportOutcome> write(const QString& path, const exporting::ProgressCallback& progress = {},
        const exporting::CancelFlag* cancel = nullptr) const;

private:
    QSqlDatabase m_db;
    InvitationComposer m_composer;
};

} // namespace grapevine::invitations
