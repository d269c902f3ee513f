// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QStringList>

#include "ImportTypes.h"
#include "csv/ColumnMatcher.h"
#include "csv/CsvReader.h"
#include "csv/ValueParsers.h"
#include "domain/Result.h"

class QIODevice;

namespace grapevine::importing {

/// The first part of an import file as Grapevine reads it with the user's settings: how it is
/// encoded and split, its columns and what they hold, and the formats of its dates and amounts.
/// What the wizard shows before anything is imported, and what the import itself starts from.
struct ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)

public:
    csv::DetectedEncoding encoding;
    csv::SniffedDialect dialect;
    QStringList header;
    std::vector<csv::CsvRow> rows; ///< the first kShownRows rows
    std::vector<csv::CsvRow> samples; ///< the first kSampledRows rows, for guessing formats
    domain::ImportKind kind = domain::ImportKind::Advocates;
    csv::ColumnMapping mapping; ///< customers: the chosen one, or matched from the header
    /// Field key → column for any kind (for customers, the same as `mapping`).
    std::map<QString, int> columns;
    csv::DateOrderGuess dates; ///< from the sampled values of the date column
    QChar decimal; ///< the chosen one, or what the sampled amounts show (null: undecided)
    qint64 sampledRows = 0;
    qint64 estimatedRows = 0; ///< from the file's size and the sampled rows' length
    qint64 fileBytes = 0;

    static constexpr int kShownRows = 200;
    static constexpr int kSampledRows = 2000;

    /// Reads the start of `device` (which must be at its start) with `settings`.
    static Result<ImportPreview> read(QIODevice& device, const ImportSettings& settings);

    /// Guesses `dates` and `decimal` from the sampled values of the date and money columns.
    void guessFormats(const ImportSettings& settings);

    /// The column of `key`, if the file has one.
    std::optional<int> column(const QString& key) const;
    /// The column whose dates decide the date format, and the one with amounts of money.
    std::optional<int> dateColumn() const;
    std::optional<int> moneyColumn() const;

    /// The date order the import will use; an Invalid error (field "date_format") when the
    /// dates could be read two ways and no order was chosen: never guessed silently.
    Result<csv::DateOrder> dateOrder(const ImportSettings& settings) const;
    /// The reader options that read the whole file exactly as this preview read its start.
    csv::CsvReadOptions readOptions() const;
};

} // namespace grapevine::importing
