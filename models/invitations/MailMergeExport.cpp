// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailMergeExport.h"

#include "export/CsvWriter.h"

namespace grapevine::invitations {

namespace {

constexpr qint64 progressEvery = 500;

} // namespace

MailMergeExport::MailMergeExport(QSqlDatabase db, InvitationComposer composer)
    : m_db(std::move(db))
    , m_composer(std::move(composer))
{ }

QStringList MailMergeExport::header()
{
    return {QStringLiteral("email"), QStringLiteral("first_name"), QStringLiteral("last_name"),
        QStringLiteral("referral_code"), QStringLiteral("link"), QStringLiteral("message")};
}

Result<exporting::ExportOutcome> MailMergeExport::write(
    const QString& path, const exporting::ProgressCallback& progress, const exporting::CancelFlag* cancel) const
{
    const auto isCancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    const InvitationRecipients recipients(m_db);
    const Result<qint64> total = recipients.count();
    if (!total)
        return total.error();

    exporting::CsvWriter writer(path);
    if (Status opened = writer.open(); !opened)
        return opened.error();
    writer.writeRow(header());
    if (progress)
        progress(0, *total);

    qint64 done = 0;
    bool stopped = isCancelled();
    const Status read = stopped ? Status() : recipients.forEach([&](const Recipient& r) {
        writer.writeRow(QStringList {
            r.email, r.firstName, r.lastName, r.referralCode, m_composer.linkFor(r), m_composer.messageFor(r)});
        ++done;
        if (progress && done % progressEvery == 0)
            progress(done, *total);
        stopped = isCancelled();
        return !stopped;
    });
    if (!read) {
        writer.cancel();
        return read.error();
    }
    if (stopped) {
        writer.cancel();
        return exporting::ExportOutcome {0, true};
    }
    if (Status committed = writer.commit(); !committed)
        return committed.error();
    if (progress)
        progress(done, *total);
    return exporting::ExportOutcome {done, false};
}

} // namespace grapevine::invitations
