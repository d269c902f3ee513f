// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include "ImportTypes.h"
#include "csv/ColumnMatcher.h"
#include "domain/ImportBatch.h"
#include "domain/Result.h"

class QIODevice;

namespace grapevine {
class Clock;
}

namespace grapevine::importing {

/// What the three kinds of import file (customers, orders or referrals, mentions) hold and
/// need, for the wizard and the command line, which treat them alike: each field by its key
/// (as in the resources/import/*-columns.txt files and saved presets) and its name, how the
/// columns are matched from the headings, which fields a file must have, and which import runs
/// it. Orders and referrals are one kind of file.
class ImportKinds final
{
    Q_DECLARE_TR_FUNCTIONS(ImportKinds)

public:
    /// The field keys, in the order a person would look for them.
    static QStringList keys(domain::ImportKind kind);
    /// "Order number": the field as the mapping names it.
    static QString fieldName(domain::ImportKind kind, const QString& key);
    /// Field key → column, matched from the headings.
    static std::map<QString, int> match(domain::ImportKind kind, const QStringList& header);
    /// Why a file with these columns cannot be imported as `kind` (which fields it lacks);
    /// empty when it can.
    static QString missing(domain::ImportKind kind, const std::map<QString, int>& columns);
    /// The field whose dates decide the date format, and the one with amounts of money.
    static std::optional<QString> dateKey(domain::ImportKind kind);
    static std::optional<QString> moneyKey(domain::ImportKind kind);
    /// The kind a file with this header most likely is: the one that can take it and
    /// recognises most of its columns; customers when none stands out.
    static domain::ImportKind guess(const QStringList& header);

    static std::map<QString, int> columnsOf(const csv::ColumnMapping& mapping);
    static csv::ColumnMapping mappingOf(const std::map<QString, int>& columns);

    /// Runs the import of `kind`.
    static Result<ImportSummary> run(domain::ImportKind kind, QSqlDatabase db, const Clock& clock, QIODevice& device,
        const QString& fileName, const ImportSettings& settings, const ImportProgressCallback& progress = {},
        const ImportCancelFlag* cancel = nullptr);
};

} // namespace grapevine::importing
