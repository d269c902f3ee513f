// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreview.h"

#include <QIODevice>

#include "ImportKinds.h"

namespace grapevine::importing {

Result<ImportPreview> ImportPreview::read(QIODevice& device, const ImportSettings& settings)
{
    csv::CsvReadOptions options;
    options.encoding = settings.encoding;
    options.hasHeader = settings.hasHeader;
    if (settings.delimiter) {
        csv::CsvDialect dialect;
        dialect.delimiter = static_cast<char>(settings.delimiter->toLatin1());
        options.dialect = dialect;
    }
    csv::CsvReader reader(device, options);
    if (Status opened = reader.open(); !opened)
        return opened.error();

    ImportPreview p;
    p.encoding = reader.encoding();
    p.dialect = reader.dialect();
    p.header = reader.header();
    p.fileBytes = device.isSequential() ? 0 : device.size();
    p.kind = settings.kind;
    if (p.kind == domain::ImportKind::Advocates) {
        p.mapping = settings.mapping ? *settings.mapping : csv::ColumnMatcher().match(p.header);
        p.columns = ImportKinds::columnsOf(p.mapping);
    } else {
        p.columns = settings.columns ? *settings.columns : ImportKinds::match(p.kind, p.header);
    }

    csv::CsvRow row;
    while (p.sampledRows < kSampledRows && reader.next(row)) {
        ++p.sampledRows;
        if (p.rows.size() < static_cast<size_t>(kShownRows))
            p.rows.push_back(row);
        p.samples.push_back(std::move(row));
    }
    if (!reader.error().isEmpty())
        return Error {Error::Code::Storage, reader.error()};
    p.guessFormats(settings);
    if (p.sampledRows < kSampledRows || p.fileBytes <= 0 || reader.bytesRead() <= 0)
        p.estimatedRows = p.sampledRows;
    else
        p.estimatedRows = static_cast<qint64>(static_cast<double>(p.sampledRows) * static_cast<double>(p.fileBytes)
            / static_cast<double>(reader.bytesRead()));
    return p;
}

std::optional<int> ImportPreview::column(const QString& key) const
{
    const auto it = columns.find(key);
    return it == columns.end() ? std::nullopt : std::optional<int>(it->second);
}

std::optional<int> ImportPreview::dateColumn() const
{
    const std::optional<QString> key = ImportKinds::dateKey(kind);
    return key ? column(*key) : std::nullopt;
}

std::optional<int> ImportPreview::moneyColumn() const
{
    const std::optional<QString> key = ImportKinds::moneyKey(kind);
    return key ? column(*key) : std::nullopt;
}

void ImportPreview::guessFormats(const ImportSettings& settings)
{
    const std::optional<int> dateColumn = this->dateColumn();
    const std::optional<int> moneyColumn = this->moneyColumn();
    QStringList dateSamples;
    QStringList moneySamples;
    for (const csv::CsvRow& row : samples) {
        if (dateColumn && *dateColumn >= 0 && *dateColumn < row.fields.size())
            dateSamples << row.fields.at(*dateColumn).trimmed();
        if (moneyColumn && *moneyColumn >= 0 && *moneyColumn < row.fields.size())
            moneySamples << row.fields.at(*moneyColumn).trimmed();
    }
    dateSamples.removeAll(QString());
    moneySamples.removeAll(QString());
    dates = csv::DateValues::guessOrder(dateSamples);
    decimal = settings.decimal.isNull() ? csv::MoneyValues::guessDecimal(moneySamples) : settings.decimal;
}

Result<csv::DateOrder> ImportPreview::dateOrder(const ImportSettings& settings) const
{
    const std::optional<int> column = dateColumn();
    if (settings.dateOrder)
        return *settings.dateOrder;
    if (dates.ambiguous || (!dates.order && dates.datesSeen > 0)) {
        const QString name = column && *column < header.size() ? header.at(*column) : QString();
        return Error {Error::Code::Invalid,
            dates.ambiguous ? tr("The dates in “%1” could be day/month or month/day (like 03/04/2026). Choose the date "
                                 "format so that no date is read the wrong way round.")
                                  .arg(name)
                            : tr("The dates in “%1” are not all in one format. Choose the date format; rows whose date "
                                 "does not follow it are listed as rejected.")
                                  .arg(name),
            QStringLiteral("date_format")};
    }
    return dates.order.value_or(csv::DateOrder::YearMonthDay);
}

csv::CsvReadOptions ImportPreview::readOptions() const
{
    csv::CsvReadOptions options;
    options.encoding = encoding.name;
    options.dialect = dialect.dialect;
    options.hasHeader = dialect.hasHeader;
    return options;
}

} // namespace grapevine::importing
