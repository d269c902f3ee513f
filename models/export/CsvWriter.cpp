// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include <cstring>

#include <QDir>
#include <QFileInfo>

namespace grapevine::exporting {

namespace {

// Large enough that a million rows make a few thousand writes, small enough to be flat.
constexpr qsizetype flushThreshold = 64 * 1024;

// OWASP's CSV injection list: what Excel, LibreOffice and Sheets treat as a formula start.
bool isFormulaStart(char16_t c)
{
    switch (c) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

bool startsLikeFormula(const QString& text)
{
    return !text.isEmpty() && isFormulaStart(text.front().unicode());
}

/// appendEncodedField after `separator` (nothing, or the delimiter between two fields).
void encodeInto(
    QByteArray& out, QByteArrayView separator, QByteArrayView utf8, CsvCell::Kind kind, QByteArrayView delimiter)
{
    const char* const begin = utf8.data();
    const qsizetype length = utf8.size();
    const char* const end = begin + length;
    // The same decisions as encodeField, made on the bytes: every character they look at is
    // ASCII, and no byte of a multi-byte UTF-8 sequence is ASCII, so nothing is misread.
    const bool guard = kind == CsvCell::Kind::Text && length > 0 && isFormulaStart(static_cast<uchar>(*begin));
    bool quote = false;
    if (delimiter.size() == 1) {
        const char d = delimiter.front();
        for (const char* p = begin; p != end; ++p) {
            const char c = *p;
            if (c == '"' || c == '\n' || c == '\r' || c == d) {
                quote = true;
                break;
            }
        }
    } else {
        quote = utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r') || utf8.contains(delimiter);
    }
    // The bytes go in through a pointer into room made once: QByteArray::append per piece
    // was 6 % of a million-row export (perf, bench/README.md).
    const qsizetype start = out.size();
    const qsizetype lead = separator.size();
    if (!quote) {
        out.resize(start + lead + (guard ? 1 : 0) + length);
        char* p = out.data() + start;
        for (const char c : separator)
            *p++ = c;
        if (guard)
            *p++ = '\'';
        if (length > 0)
            std::memcpy(p, begin, static_cast<size_t>(length));
        return;
    }
    out.resize(start + lead + 3 + 2 * length); // the worst case: every byte a quote, doubled
    char* const first = out.data() + start;
    char* p = first;
    for (const char c : separator)
        *p++ = c;
    *p++ = '"';
    if (guard)
        *p++ = '\'';
    for (const char* c = begin; c != end; ++c) {
        *p++ = *c;
        if (*c == '"')
            *p++ = '"';
    }
    *p++ = '"';
    out.truncate(start + (p - first));
}

} // namespace

CsvWriter::CsvWriter(const QString& path, CsvOptions options)
    : m_path(path)
    , m_options(options)
    , m_file(path)
    , m_delimiter(QString(options.delimiter).toUtf8())
{ }

CsvWriter::~CsvWriter()
{
    if (m_open && !m_committed)
        cancel();
}

Error CsvWriter::failure(const QString& reason) const
{
    return Error(Error::Code::Storage,
        tr("Could not write \"%1\": %2. Check that the folder exists and can be written to, and that the "
           "disk is not full, or choose another place.")
            .arg(QDir::toNativeSeparators(m_path), reason));
}

Status CsvWriter::open()
{
    if (QFileInfo(m_path).isDir())
        return failure(tr("it is a folder"));
    if (!m_file.open(QIODevice::WriteOnly))
        return failure(m_file.errorString());
    m_open = true;
    m_rows = 0;
    m_fieldsInRow = 0;
    m_buffer.clear();
    m_buffer.reserve(flushThreshold + 4096);
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
    return {};
}

QString CsvWriter::encodeField(const CsvCell& cell, QChar delimiter)
{
    QString text = cell.text;
    if (cell.kind == CsvCell::Kind::Text && startsLikeFormula(text))
        text.prepend(QLatin1Char('\''));
    const bool needsQuotes = text.contains(delimiter) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void CsvWriter::writeRow(const std::vector<CsvCell>& cells)
{
    if (!m_open)
        return;
    QString line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_options.delimiter;
        line += encodeField(cells[i], m_options.delimiter);
    }
    line += QLatin1String("\r\n");
    m_buffer.append(line.toUtf8());
    ++m_rows;
    if (m_buffer.size() >= flushThreshold)
        flushBuffer();
}

void CsvWriter::appendEncodedField(QByteArray& out, QByteArrayView utf8, CsvCell::Kind kind, QByteArrayView delimiter)
{
    encodeInto(out, {}, utf8, kind, delimiter);
}

void CsvWriter::addField(QByteArrayView utf8, CsvCell::Kind kind)
{
    if (!m_open)
        return;
    encodeInto(m_buffer, m_fieldsInRow++ > 0 ? QByteArrayView(m_delimiter) : QByteArrayView(), utf8, kind, m_delimiter);
}

void CsvWriter::endRow()
{
    if (!m_open)
        return;
    m_buffer.append("\r\n", 2);
    m_fieldsInRow = 0;
    ++m_rows;
    if (m_buffer.size() >= flushThreshold)
        flushBuffer();
}

void CsvWriter::writeRow(const QStringList& cells)
{
    std::vector<CsvCell> row;
    row.reserve(static_cast<std::size_t>(cells.size()));
    for (const QString& cell : cells)
        row.emplace_back(cell);
    writeRow(row);
}

void CsvWriter::flushBuffer()
{
    if (m_buffer.isEmpty())
        return;
    // QSaveFile remembers a failed write and refuses to commit, so the first reason is kept
    // for the message and later rows are simply dropped.
    if (m_writeError.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
        m_writeError = m_file.errorString();
    m_buffer.clear();
}

Status CsvWriter::commit()
{
    if (!m_open)
        return failure(tr("the file was not opened"));
    flushBuffer();
    if (!m_writeError.isEmpty()) {
        cancel();
        return failure(m_writeError);
    }
    if (!m_file.commit()) {
        const QString reason = m_file.errorString();
        m_open = false;
        return failure(reason);
    }
    m_open = false;
    m_committed = true;
    return {};
}

void CsvWriter::cancel()
{
    if (!m_open)
        return;
    m_buffer.clear();
    // cancelWriting() makes commit() discard the temporary file now rather than at destruction.
    m_file.cancelWriting();
    m_file.commit();
    m_open = false;
}

} // namespace grapevine::exporting
