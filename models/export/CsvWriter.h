// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include "domain/Result.h"

namespace grapevine::exporting {

/// One field of a CSV row. Text is guarded against spreadsheet formulas; a number (which the
/// caller vouches for, e.g. "-5" as an amount) is written as it is so it stays a number.
struct CsvCell
{
    enum class Kind {
        Text,
        Number
    };

    CsvCell(QString value) // NOLINT(google-explicit-constructor): rows read as plain lists of strings
        : text(std::move(value))
    { }
    CsvCell(const char* value) // NOLINT(google-explicit-constructor)
        : text(QString::fromUtf8(value))
    { }

    static CsvCell number(qint64 value) { return {QString::number(value), Kind::Number}; }
    /// An already formatted number ("-12.50"); the caller is responsible for it being one.
    static CsvCell number(QString formatted) { return {std::move(formatted), Kind::Number}; }

    QString text;
    Kind kind = Kind::Text;

private:
    CsvCell(QString value, Kind k)
        : text(std::move(value))
        , kind(k)
    { }
};

struct CsvOptions
{
    QChar delimiter = QLatin1Char(',');
    /// Excel only reads a UTF-8 file as UTF-8 (accents intact) when it starts with a BOM.
    bool byteOrderMark = true;
};

/// Writes a CSV file row by row, in RFC 4180 form (CRLF line ends, doubled quotes) and UTF-8.
/// The file appears only on commit(): until then, and after cancel() or a failure, an existing
/// file of that name is untouched and no partial file is left. Memory does not grow with rows.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    explicit CsvWriter(const QString& path, CsvOptions options = {});
    /// Discards everything unless commit() succeeded.
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    /// Starts the file; the error names it and says what to do.
    Status open();
    void writeRow(const QStringList& cells);
    void writeRow(const std::vector<CsvCell>& cells);
    /// The fast path for long exports: the next field of the current row as UTF-8, encoded by
    /// the rules of encodeField without a round trip through QString. endRow() finishes the row.
    void addField(QByteArrayView utf8, CsvCell::Kind kind = CsvCell::Kind::Text);
    void endRow();
    /// Puts the finished file in place (replacing an older one at once); the error names it.
    Status commit();
    /// Throws away what was written; an existing file stays as it was.
    void cancel();

    QString path() const { return m_path; }
    qint64 rowsWritten() const { return m_rows; }

    /// One field as it appears in the file: neutralised when it is text that a spreadsheet would
    /// run as a formula, then quoted when it holds the delimiter, a quote, CR or LF.
    static QString encodeField(const CsvCell& cell, QChar delimiter = QLatin1Char(','));
    /// encodeField for a UTF-8 field, appended to `out`; `delimiter` is the delimiter in UTF-8.
    static void appendEncodedField(
        QByteArray& out, QByteArrayView utf8, CsvCell::Kind kind, QByteArrayView delimiter = ",");

private:
    void flushBuffer();
    Error failure(const QString& reason) const;

    QString m_path;
    CsvOptions m_options;
    QSaveFile m_file;
    QByteArray m_buffer;
    QByteArray m_delimiter; ///< m_options.delimiter in UTF-8, for the fast path
    int m_fieldsInRow = 0;
    qint64 m_rows = 0;
    bool m_open = false;
    bool m_committed = false;
    QString m_writeError;
};

} // namespace grapevine::exporting
