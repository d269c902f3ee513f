// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>

#include "CsvEncoding.h"
#include "CsvRecordParser.h"
#include "CsvSniffer.h"
#include "domain/Result.h"

class QIODevice;

namespace grapevine::csv {

/// What the user chose in the wizard or on the command line; anything left empty is detected.
struct CsvReadOptions
{
    std::optional<QString> encoding; ///< one of CsvEncoding::names() (or an alias)
    std::optional<CsvDialect> dialect;
    std::optional<bool> hasHeader;
    qint64 chunkBytes = 64 * 1024;
};

/// A problem with one row, worded for the person who will fix the file.
struct CsvRowProblem
{
    qint64 row = 0; ///< the file's line number where the row starts
    QString column; ///< the column's name, or "column 3" without a header; empty: the whole row
    QString message;
};

/// One row of the file as text.
struct CsvRow
{
    qint64 row = 0; ///< the file's line number where it starts (1-based, line breaks inside quotes counted)
    QStringList fields; ///< as many as the file had: never padded, cut or shifted
    std::vector<CsvRowProblem> problems;
};

/// Reads a CSV file of any size a row at a time (memory: one chunk and one row): detects the
/// encoding and dialect unless given, reads the header, decodes each field, and reports what
/// it cannot read cleanly with the row's line number and the column's name: invalid bytes,
/// rows with too few or too many fields, an unclosed quote, text after a closing quote.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    explicit CsvReader(QIODevice& device, CsvReadOptions options = {});

    /// Reads the first part of the file and settles encoding, dialect and header. An error
    /// when the device cannot be read or a given encoding is not one we know.
    Status open();

    const DetectedEncoding& encoding() const { return m_encoding; }
    const SniffedDialect& dialect() const { return m_dialect; }
    /// The column names (the header row, or "Column 1", "Column 2"… without one); names given
    /// twice get " (2)" so every column can be told apart.
    const QStringList& header() const { return m_header; }
    /// The header's own row problems (an invalid byte in a name, say).
    const std::vector<CsvRowProblem>& headerProblems() const { return m_headerProblems; }

    /// The next row; false at the end of the file, or after a read error (see error()).
    bool next(CsvRow& row);
    const QString& error() const { return m_error; }
    /// Bytes of the file consumed so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fill(); ///< reads one chunk into the parser; false at the end of the file
    QByteArray toParserBytes(const QByteArray& raw);
    bool nextRecord(CsvRecord& record);
    CsvRow decode(CsvRecord&& record);
    QString columnName(int field) const;

    QIODevice& m_device;
    CsvReadOptions m_options;
    DetectedEncoding m_encoding;
    SniffedDialect m_dialect;
    std::optional<CsvRecordParser> m_parser;
    std::optional<FieldDecoder> m_decoder;
    std::optional<QStringDecoder> m_utf16; ///< a UTF-16 file is turned into UTF-8 before splitting
    QByteArray m_head; ///< the first chunk, read by open() and fed to the parser first
    QStringList m_header;
    std::vector<CsvRowProblem> m_headerProblems;
    QString m_error;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
};

} // namespace grapevine::csv
