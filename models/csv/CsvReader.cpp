// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QIODevice>
#include <QSet>

namespace grapevine::csv {

CsvReader::CsvReader(QIODevice& device, CsvReadOptions options)
    : m_device(device)
    , m_options(std::move(options))
{ }

QByteArray CsvReader::toParserBytes(const QByteArray& raw)
{
    if (!m_utf16)
        return raw;
    // Stateful: a character split between two chunks is completed by the next one.
    return QString(m_utf16->decode(raw)).toUtf8();
}

Status CsvReader::open()
{
    if (!m_device.isOpen() && !m_device.open(QIODevice::ReadOnly))
        return Error {Error::Code::Storage, tr("The file cannot be read: %1").arg(m_device.errorString())};
    m_head = m_device.read(m_options.chunkBytes);
    if (m_head.isEmpty() && !m_device.atEnd())
        return Error {Error::Code::Storage, tr("The file cannot be read: %1").arg(m_device.errorString())};
    m_bytesRead = m_head.size();

    // The encoding: given, or detected from the first chunk. A byte-order mark is skipped
    // either way (a UTF-8 BOM must not end up in the first column's name).
    const DetectedEncoding detected = CsvEncoding::detect(m_head);
    if (m_options.encoding) {
        const auto name = CsvEncoding::canonicalName(*m_options.encoding);
        if (!name)
            return Error {Error::Code::Invalid,
                tr("“%1” is not an encoding Grapevine reads. Choose one of: %2.")
                    .arg(*m_options.encoding, CsvEncoding::names().join(QStringLiteral(", "))),
                QStringLiteral("encoding")};
        m_encoding = DetectedEncoding {*name, detected.name == *name ? detected.bomLength : 0, EncodingReason::Chosen};
    } else {
        m_encoding = detected;
    }
    m_head.remove(0, m_encoding.bomLength);
    if (m_encoding.name.startsWith(QLatin1String("UTF-16"))) {
        m_utf16.emplace(
            m_encoding.name == QLatin1String("UTF-16LE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        m_decoder.emplace(QStringLiteral("UTF-8"));
    } else {
        m_decoder.emplace(m_encoding.name);
    }
    m_head = toParserBytes(m_head);

    // The dialect and the header: given, or guessed from the first chunk.
    m_dialect = CsvSniffer::sniff(m_head);
    if (m_options.dialect)
        m_dialect.dialect = *m_options.dialect;
    if (m_options.hasHeader)
        m_dialect.hasHeader = *m_options.hasHeader;
    m_parser.emplace(m_dialect.dialect);
    m_parser->feed(m_head);
    m_head.clear();

    if (m_dialect.hasHeader) {
        CsvRecord first;
        if (nextRecord(first)) {
            CsvRow row = decode(std::move(first));
            QSet<QString> seen;
            for (int i = 0; i < row.fields.size(); ++i) {
                QString name = row.fields[i].trimmed();
                if (name.isEmpty())
                    name = tr("Column %1").arg(i + 1);
                const QString base = name;
                for (int n = 2; seen.contains(name.toCaseFolded()); ++n)
                    name = QStringLiteral("%1 (%2)").arg(base).arg(n);
                seen.insert(name.toCaseFolded());
                m_header << name;
            }
            m_headerProblems = std::move(row.problems);
        }
    } else {
        for (int i = 0; i < m_dialect.columns; ++i)
            m_header << tr("Column %1").arg(i + 1);
    }
    return {};
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    const QByteArray chunk = m_device.read(m_options.chunkBytes);
    if (chunk.isEmpty()) {
        if (!m_device.atEnd() && m_error.isEmpty())
            m_error = tr("The file could not be read to its end: %1").arg(m_device.errorString());
        m_atEnd = true;
        m_parser->finish();
        return false;
    }
    m_bytesRead += chunk.size();
    m_parser->feed(toParserBytes(chunk));
    return true;
}

bool CsvReader::nextRecord(CsvRecord& record)
{
    while (!m_parser->next(record)) {
        if (!fill())
            return m_parser->next(record);
    }
    return true;
}

QString CsvReader::columnName(int field) const
{
    if (field >= 0 && field < m_header.size())
        return m_header.at(field);
    return field >= 0 ? tr("column %1").arg(field + 1) : QString();
}

CsvRow CsvReader::decode(CsvRecord&& record)
{
    CsvRow row;
    row.row = record.row;
    row.fields.reserve(static_cast<qsizetype>(record.fields.size()));
    for (size_t i = 0; i < record.fields.size(); ++i) {
        row.fields << m_decoder->decode(record.fields[i]);
        if (m_decoder->lastHadInvalidBytes()) {
            row.problems.push_back({row.row, columnName(static_cast<int>(i)),
                tr("Some characters cannot be read as %1; they show as “\uFFFD”. If the text looks wrong, choose "
                   "another encoding.")
                    .arg(CsvEncoding::displayName(m_encoding.name))});
        }
    }
    for (const CsvProblem& p : record.problems)
        row.problems.push_back({row.row, columnName(p.field), p.message});
    return row;
}

bool CsvReader::next(CsvRow& row)
{
    if (!m_parser)
        return false;
    CsvRecord record;
    if (!nextRecord(record))
        return false;
    row = decode(std::move(record));
    if (!m_header.isEmpty() && row.fields.size() != m_header.size()) {
        // Reported, never padded or shifted: a missing or extra delimiter would otherwise move
        // every value after it into the wrong column.
        row.problems.push_back({row.row, QString(),
            row.fields.size() < m_header.size()
                ? tr("This row has %1 of the %2 columns: a value or a delimiter is missing.")
                      .arg(row.fields.size())
                      .arg(m_header.size())
                : tr("This row has %1 values for %2 columns: a delimiter too many, or a value with the delimiter in "
                     "it that is not in quotes.")
                      .arg(row.fields.size())
                      .arg(m_header.size())});
    }
    return true;
}

} // namespace grapevine::csv
