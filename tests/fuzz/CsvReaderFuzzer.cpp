// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target for the CSV reader: any bytes, read with options taken from the first
// byte, must never crash, hang or trip a sanitizer; and the record parser must give the same
// records whatever chunks the bytes arrive in. Build and run: see tests/fuzz/README.md.
#include <cstddef>
#include <cstdint>

#include <QBuffer>

#include "csv/CsvReader.h"
#include "csv/CsvRecordParser.h"
#include "csv/CsvSniffer.h"

using namespace grapevine::csv;

namespace {

std::vector<CsvRecord> parse(QByteArrayView bytes, CsvDialect dialect, qsizetype chunk)
{
    CsvRecordParser parser(dialect);
    for (qsizetype at = 0; at < bytes.size(); at += chunk)
        parser.feed(QByteArrayView(bytes.data() + at, std::min(chunk, bytes.size() - at)));
    parser.finish();
    std::vector<CsvRecord> out;
    CsvRecord r;
    while (parser.next(r))
        out.push_back(std::move(r));
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t options = data[0];
    QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));

    // The whole reader, with a chunk size, an encoding and a header choice from the first byte.
    static const char* const encodings[] = {nullptr, "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "macintosh"};
    CsvReadOptions o;
    o.chunkBytes = 1 + (options & 0x0F) * 7;
    if (const char* e = encodings[(options >> 4) % 6])
        o.encoding = QString::fromLatin1(e);
    if (options & 0x80)
        o.hasHeader = false;
    QBuffer buffer(&bytes);
    CsvReader reader(buffer, o);
    if (reader.open()) {
        CsvRow row;
        qint64 last = 0;
        while (reader.next(row)) {
            if (row.row <= last)
                __builtin_trap(); // row numbers only go forward
            last = row.row;
        }
    }

    // The parser: one chunk or many, the same records, rows and problems.
    const CsvDialect dialect = CsvSniffer::sniff(bytes).dialect;
    const std::vector<CsvRecord> whole = parse(bytes, dialect, bytes.size() + 1);
    const std::vector<CsvRecord> pieces = parse(bytes, dialect, 1 + (options % 5));
    if (whole.size() != pieces.size())
        __builtin_trap();
    for (size_t i = 0; i < whole.size(); ++i) {
        if (whole[i].fields != pieces[i].fields || whole[i].row != pieces[i].row
            || whole[i].problems.size() != pieces[i].problems.size())
            __builtin_trap();
    }
    return 0;
}
