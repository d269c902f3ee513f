// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace grapevine::csv {

/// How a file separates and quotes its fields.
struct CsvDialect
{
    char delimiter = ','; ///< ',' ';' '\t' '|'
    char quote = '"'; ///< 0: no quoting at all
};

/// Something wrong with a record, where a person can find it.
struct CsvProblem
{
    enum class Kind {
        UnclosedQuote, ///< a quoted field runs to the end of the file
        TextAfterQuote, ///< "abc"def — the text is kept, joined to the field
        NulCharacter, ///< a NUL byte, dropped
    };
    Kind kind = Kind::UnclosedQuote;
    qint64 row = 0; ///< the file's line number (1-based) where the record starts
    int field = -1; ///< 0-based field index, -1 when about the whole record
    QString message;
};

/// One record as it was in the file: its fields as raw bytes (still in the file's encoding),
/// and where it is. Blank lines are not records.
struct CsvRecord
{
    std::vector<QByteArray> fields;
    qint64 row = 0; ///< the file's line number (1-based) of the record's first line
    qint64 lines = 1; ///< how many lines of the file it spans (a quoted field can hold line breaks)
    std::vector<CsvProblem> problems;
};

/// Splits bytes into records, RFC 4180 and the dialects found in the wild: any one-byte
/// delimiter and quote, quoted fields with doubled quotes, delimiters and line breaks inside,
/// CRLF, LF and lone CR line endings (mixed too), blank lines skipped. Streaming: feed any
/// chunks (a record may straddle them), take records as they complete; memory is the longest
/// record, whatever the file's size. It never fails: what it cannot read as written is kept
/// as plain text and reported with the record. Works on the bytes of any ASCII-compatible
/// encoding (UTF-8, Windows-1252, ISO-8859-x, Mac Roman); UTF-16 is converted first.
class CsvRecordParser final
{
    Q_DECLARE_TR_FUNCTIONS(CsvRecordParser)

public:
    explicit CsvRecordParser(CsvDialect dialect = {});

    void feed(QByteArrayView bytes);
    /// The end of the input: completes the last record (a file need not end with a newline).
    void finish();
    /// Takes the next complete record; false when none is ready yet.
    bool next(CsvRecord& record);
    /// Lines seen so far (the row number of the line being read).
    qint64 linesSeen() const { return m_line; }

private:
    enum class State {
        RecordStart, ///< nothing of a record yet (blank lines are skipped here)
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted, ///< a quote inside a quoted field: the end, or the first of a pair
    };
    void endField();
    void endRecord();
    void problem(CsvProblem::Kind kind, const QString& message);

    CsvDialect m_dialect;
    State m_state = State::RecordStart;
    bool m_lastWasCr = false; ///< across chunks: a CRLF may be split between two
    QByteArray m_field;
    CsvRecord m_record;
    std::deque<CsvRecord> m_ready;
    qint64 m_line = 1;
    bool m_finished = false;
};

} // namespace grapevine::csv
