// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include "CsvRecordParser.h"

namespace grapevine::csv {

/// What the first part of a file suggests: its dialect and whether its first row names the
/// columns. A suggestion for the wizard to show and the user to override.
struct SniffedDialect
{
    CsvDialect dialect;
    bool hasHeader = true;
    int columns = 0; ///< the field count most records have
    double consistency = 0; ///< share of the sampled records with that many fields
};

/// Guesses the delimiter (',' ';' tab '|') by parsing a sample with each and keeping the one
/// that gives the most records of one width with more than one field, and guesses a header
/// when the first row is text while the rows below hold numbers, dates or e-mail addresses in
/// the same columns, or when its names do not repeat further down.
class CsvSniffer final
{
    Q_DECLARE_TR_FUNCTIONS(CsvSniffer)

public:
    /// `sample`: the first part of the file in an ASCII-compatible encoding (UTF-16 converted).
    /// A cut-off last line is ignored.
    static SniffedDialect sniff(QByteArrayView sample);
};

} // namespace grapevine::csv
