// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvSniffer.h"

#include <algorithm>
#include <map>
#include <vector>

#include <QRegularExpression>

namespace grapevine::csv {

namespace {

constexpr int kMaxRecords = 200;

std::vector<CsvRecord> records(QByteArrayView sample, CsvDialect dialect, bool complete)
{
    CsvRecordParser parser(dialect);
    parser.feed(sample);
    if (complete)
        parser.finish();
    std::vector<CsvRecord> out;
    CsvRecord r;
    while (out.size() < kMaxRecords && parser.next(r))
        out.push_back(std::move(r));
    return out;
}

/// A value that is clearly data rather than a column name.
bool looksLikeData(const QByteArray& field)
{
    static const QRegularExpression number(QStringLiteral("^\\s*[-+]?[\\d.,' ]*\\d[\\d.,' ]*%?\\s*$"));
    static const QRegularExpression date(QStringLiteral("^\\s*\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}"));
    const QString text = QString::fromUtf8(field);
    return text.contains(QLatin1Char('@')) || number.match(text).hasMatch() || date.match(text).hasMatch();
}

} // namespace

SniffedDialect CsvSniffer::sniff(QByteArrayView sample)
{
    // Without a line break at its end the sample's last line may be cut off: leave it out,
    // unless it is the only line there is.
    const bool complete = sample.isEmpty() || sample.back() == '\n' || sample.back() == '\r'
        || (sample.indexOf('\n') < 0 && sample.indexOf('\r') < 0);

    SniffedDialect best;
    double bestScore = -1;
    for (const char delimiter : {',', ';', '\t', '|'}) {
        const CsvDialect dialect {delimiter, '"'};
        const std::vector<CsvRecord> rs = records(sample, dialect, complete);
        if (rs.empty())
            continue;
        std::map<size_t, int> widths;
        for (const CsvRecord& r : rs)
            ++widths[r.fields.size()];
        size_t width = 0;
        int count = 0;
        for (const auto& [w, n] : widths) {
            if (n > count || (n == count && w > width)) {
                width = w;
                count = n;
            }
        }
        const double consistency = static_cast<double>(count) / static_cast<double>(rs.size());
        // Records of one field say nothing about a delimiter; wider consistent records win.
        const double score = width > 1 ? consistency * 1000 + static_cast<double>(width) : 0;
        if (score > bestScore) {
            bestScore = score;
            best.dialect = dialect;
            best.columns = static_cast<int>(width);
            best.consistency = consistency;
        }
    }

    // The header: a first row with no data-like value, over rows that have some in the same
    // columns; or, when every value is text, a first row whose values are not seen again.
    const std::vector<CsvRecord> rs = records(sample, best.dialect, complete);
    if (rs.size() < 2) {
        best.hasHeader = !rs.empty() && std::none_of(rs[0].fields.begin(), rs[0].fields.end(), looksLikeData);
        return best;
    }
    const CsvRecord& first = rs.front();
    bool firstHasData = false;
    for (const QByteArray& f : first.fields)
        firstHasData = firstHasData || looksLikeData(f);
    bool dataBelow = false;
    bool repeated = false;
    for (size_t i = 1; i < rs.size(); ++i) {
        for (size_t c = 0; c < rs[i].fields.size() && c < first.fields.size(); ++c) {
            dataBelow = dataBelow || looksLikeData(rs[i].fields[c]);
            repeated = repeated || (!first.fields[c].isEmpty() && rs[i].fields[c] == first.fields[c]);
        }
    }
    best.hasHeader = !firstHasData && (dataBelow || !repeated);
    return best;
}

} // namespace grapevine::csv
