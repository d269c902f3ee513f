// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFiles.h"

#include <QDir>
#include <QJsonDocument>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include "export/CsvWriter.h"
#include "metrics/MetricsJson.h"

namespace grapevine::report {

namespace {

/// The metrics as rows of "metric,value": the JSON names, nested ones joined with a dot.
void flatten(const QJsonObject& object, const QString& prefix, QList<QStringList>& rows)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        const QJsonValue v = it.value();
        if (v.isObject())
            flatten(v.toObject(), name, rows);
        else if (v.isNull())
            rows << QStringList {name, QString()};
        else if (v.isDouble())
            rows << QStringList {name, QString::number(v.toDouble(), 'g', 15)};
        else if (!v.isArray())
            rows << QStringList {name, v.toVariant().toString()};
    }
}

Status writeCsv(const QString& path, const ReportInput& input)
{
    exporting::CsvWriter writer(path);
    if (Status opened = writer.open(); !opened)
        return opened;
    QList<QStringList> rows;
    rows << QStringList {QStringLiteral("campaign"), input.campaign.value_or(QString())};
    flatten(metrics::MetricsJson::period(input.figures.current), QString(), rows);
    writer.writeRow(QStringList {QStringLiteral("metric"), QStringLiteral("value")});
    for (const QStringList& row : rows)
        writer.writeRow(row);
    // The campaigns, one row each, below the figures of the whole period.
    writer.writeRow(QStringList());
    writer.writeRow(QStringList {QStringLiteral("campaign_id"), QStringLiteral("campaign"), QStringLiteral("referrals"),
        QStringLiteral("converted"), QStringLiteral("revenue_minor"), QStringLiteral("cost_minor"),
        QStringLiteral("roi")});
    for (const metrics::CampaignFigures& c : input.figures.campaigns) {
        const auto roi = c.roi();
        writer.writeRow(QStringList {QString::number(c.campaignId), c.name, QString::number(c.referrals),
            QString::number(c.converted), QString::number(c.revenueMinor), QString::number(c.costMinor()),
            roi ? QString::number(*roi, 'g', 15) : QString()});
    }
    return writer.commit();
}

Error cannotWrite(const QString& path, const QString& why)
{
    return Error {
        Error::Code::Storage, ReportFiles::tr("“%1” cannot be written: %2").arg(QDir::toNativeSeparators(path), why)};
}

Status writeText(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

Status writePdf(const ReportInput& input, const QString& path, const ReportPages::PageCallback& onPage, bool* cancelled)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    int pages = 0;
    {
        QPdfWriter pdf(&file);
        pdf.setPageLayout(ReportPages::defaultLayout(input.locale));
        pdf.setResolution(300);
        pdf.setTitle(ReportDocument::title(input));
        pdf.setCreator(QStringLiteral("Grapevine"));
        const auto document = ReportDocument::textDocument(input);
        const auto painted
            = ReportPages::paint(*document, pdf, ReportDocument::title(input), ReportDocument::period(input), onPage);
        if (!painted) {
            file.cancelWriting();
            return painted.error();
        }
        pages = painted.value();
    }
    if (pages == 0) {
        file.cancelWriting();
        if (cancelled)
            *cancelled = true;
        return {};
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

} // namespace

std::optional<ReportFormat> ReportFiles::formatNamed(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return ReportFormat::Html;
    if (n == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (n == QLatin1String("json"))
        return ReportFormat::Json;
    return std::nullopt;
}

QString ReportFiles::extension(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

QJsonObject ReportFiles::json(const metrics::ProgramFigures& figures, const std::optional<QString>& campaign)
{
    QJsonObject json = metrics::MetricsJson::program(figures);
    json.insert(QStringLiteral("campaign"), campaign ? QJsonValue(*campaign) : QJsonValue());
    return json;
}

Status ReportFiles::write(const ReportInput& input, ReportFormat format, const QString& path,
    const ReportPages::PageCallback& onPage, bool* cancelled)
{
    if (cancelled)
        *cancelled = false;
    switch (format) {
    case ReportFormat::Pdf:
        return writePdf(input, path, onPage, cancelled);
    case ReportFormat::Html:
        return writeText(path, ReportDocument::html(input, ReportDocument::Images::Embedded).toUtf8());
    case ReportFormat::Csv:
        return writeCsv(path, input);
    case ReportFormat::Json:
        return writeText(path, QJsonDocument(json(input.figures, input.campaign)).toJson(QJsonDocument::Indented));
    }
    return {};
}

} // namespace grapevine::report
