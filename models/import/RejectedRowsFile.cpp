// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RejectedRowsFile.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "csv/CsvReader.h"
#include "export/CsvWriter.h"
#include "store/SqlSupport.h"

namespace grapevine::importing {

Result<qint64> RejectedRowsFile::write(QSqlDatabase db, qint64 batchId, const QString& path)
{
    const QString doing = tr("Reading the rejected rows");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT mapping_json FROM import_batches WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return store::storageError(q.lastError(), doing);
    if (!q.next())
        return Error {Error::Code::NotFound, tr("There is no import number %1.").arg(batchId)};
    const QJsonArray headerJson
        = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(QStringLiteral("header")).toArray();
    QStringList header;
    for (const QJsonValue& v : headerJson)
        header << v.toString();

    exporting::CsvWriter writer(path);
    if (Status opened = writer.open(); !opened)
        return opened.error();
    writer.writeRow(QStringList {tr("Import problem")} + header);

    // One line per row: the reasons of a row's several problems are joined, as the import did.
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT row_number, group_concat(CASE WHEN column_name = '' THEN message "
                             "ELSE column_name || ': ' || message END, '; '), raw_line FROM import_row_errors "
                             "WHERE batch_id = ? GROUP BY row_number, raw_line ORDER BY row_number"));
    q.addBindValue(batchId);
    if (!q.exec())
        return store::storageError(q.lastError(), doing);
    qint64 rows = 0;
    while (q.next()) {
        // The stored line is the row as read (comma-separated, quoted where needed).
        QByteArray line = q.value(2).toString().toUtf8();
        QBuffer buffer(&line);
        buffer.open(QIODevice::ReadOnly);
        csv::CsvReadOptions options;
        options.encoding = QStringLiteral("UTF-8");
        options.dialect = csv::CsvDialect {',', '"'};
        options.hasHeader = false;
        csv::CsvReader reader(buffer, options);
        csv::CsvRow row;
        QStringList fields;
        if (reader.open() && reader.next(row))
            fields = row.fields;
        writer.writeRow(QStringList {q.value(1).toString()} + fields);
        ++rows;
    }
    if (Status committed = writer.commit(); !committed)
        return committed.error();
    return rows;
}

} // namespace grapevine::importing
