// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "ImportTypes.h"
#include "domain/Result.h"

class QIODevice;

namespace grapevine {
class Clock;
}

namespace grapevine::importing {

/// Imports a customer file (a shop's, CRM's or mailing tool's export, or a spreadsheet) as
/// advocates. A person is their normalised email: the same person twice in the file, or already
/// in the database, is one advocate, and importing the same file again changes nothing.
///
/// The whole import is one transaction on the connection it is given (its own, on a worker
/// thread): when it is cancelled or anything fails, the database is exactly as it was. A
/// finished import is an import batch that ImportUndo can take back as a whole.
class CustomerImport final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImport)

public:
    CustomerImport(QSqlDatabase db, const Clock& clock);

    /// Imports `device` (opened for reading, at its start). `fileName` is what the history
    /// shows. Errors mean nothing was imported: the file cannot be read, has no email column,
    /// needs a date format (field "date_format"), or the database failed. Rejected rows are not
    /// errors: they are in the summary.
    Result<ImportSummary> run(QIODevice& device, const QString& fileName, const ImportSettings& settings,
        const ImportProgressCallback& progress = {}, const ImportCancelFlag* cancel = nullptr);

    /// Seeds the random part of generated referral codes, for reproducible tests.
    void seedCodes(quint32 seed) { m_seed = seed; }

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    std::optional<quint32> m_seed;
};

} // namespace grapevine::importing
