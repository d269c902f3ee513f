// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvRecordParser.h"

#include <algorithm>

namespace grapevine::csv {

CsvRecordParser::CsvRecordParser(CsvDialect dialect)
    : m_dialect(dialect)
{ }

void CsvRecordParser::problem(CsvProblem::Kind kind, const QString& message)
{
    // One report per kind and field: a field full of NULs is one problem, not thousands.
    const int field = static_cast<int>(m_record.fields.size());
    const bool known = std::any_of(m_record.problems.begin(), m_record.problems.end(),
        [&](const CsvProblem& p) { return p.kind == kind && p.field == field; });
    if (!known)
        m_record.problems.push_back(CsvProblem {kind, m_record.row, field, message});
}

void CsvRecordParser::endField()
{
    m_record.fields.push_back(m_field);
    m_field.clear();
}

void CsvRecordParser::endRecord()
{
    m_record.lines = m_line - m_record.row + 1;
    m_ready.push_back(std::move(m_record));
    m_record = CsvRecord();
}

void CsvRecordParser::feed(QByteArrayView bytes)
{
    const char delimiter = m_dialect.delimiter;
    const char quote = m_dialect.quote;
    for (const char c : bytes) {
        // The LF of a CRLF: the CR already counted the line and ended what had to end.
        const bool secondHalfOfCrlf = c == '\n' && m_lastWasCr;
        m_lastWasCr = c == '\r';
        if (secondHalfOfCrlf) {
            if (m_state == State::Quoted)
                m_field += c;
            continue;
        }
        const bool lineBreak = c == '\r' || c == '\n';

        if (m_state == State::RecordStart) {
            if (lineBreak) {
                ++m_line; // a blank line
                continue;
            }
            m_record.row = m_line;
            m_state = State::FieldStart;
        }
        if (m_state == State::FieldStart) {
            if (quote != 0 && c == quote) {
                m_state = State::Quoted;
                continue;
            }
            m_state = State::Unquoted;
        }
        switch (m_state) {
        case State::Unquoted:
            if (c == delimiter) {
                endField();
                m_state = State::FieldStart;
            } else if (lineBreak) {
                endField();
                endRecord();
                ++m_line;
                m_state = State::RecordStart;
            } else if (c == '\0') {
                problem(CsvProblem::Kind::NulCharacter, tr("A NUL character was left out of the field."));
            } else {
                m_field += c; // a quote inside an unquoted field (5" screen) is just a character
            }
            break;
        case State::Quoted:
            if (c == quote) {
                m_state = State::QuoteInQuoted;
            } else if (c == '\0') {
                problem(CsvProblem::Kind::NulCharacter, tr("A NUL character was left out of the field."));
            } else {
                if (lineBreak)
                    ++m_line;
                m_field += c;
            }
            break;
        case State::QuoteInQuoted:
            if (c == quote) {
                m_field += c; // a doubled quote is one quote
                m_state = State::Quoted;
            } else if (c == delimiter) {
                endField();
                m_state = State::FieldStart;
            } else if (lineBreak) {
                endField();
                endRecord();
                ++m_line;
                m_state = State::RecordStart;
            } else {
                problem(CsvProblem::Kind::TextAfterQuote,
                    tr("Text follows the closing quote of the field; it was kept as part of the field."));
                m_field += c;
                m_state = State::Unquoted;
            }
            break;
        case State::RecordStart:
        case State::FieldStart:
            break; // handled above
        }
    }
}

void CsvRecordParser::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    switch (m_state) {
    case State::RecordStart:
        return;
    case State::Quoted:
        problem(CsvProblem::Kind::UnclosedQuote,
            tr("The quoted field that starts on line %1 is never closed: everything after its opening quote, to "
               "the end of the file, was read into it.")
                .arg(m_record.row));
        break;
    case State::FieldStart:
    case State::Unquoted:
    case State::QuoteInQuoted:
        break;
    }
    endField();
    // The last line has no line break after it: it is still the line being read.
    m_record.lines = m_line - m_record.row + 1;
    m_ready.push_back(std::move(m_record));
    m_record = CsvRecord();
    m_state = State::RecordStart;
}

bool CsvRecordParser::next(CsvRecord& record)
{
    if (m_ready.empty())
        return false;
    record = std::move(m_ready.front());
    m_ready.pop_front();
    return true;
}

} // namespace grapevine::csv
