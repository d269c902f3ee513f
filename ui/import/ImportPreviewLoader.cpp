// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewLoader.h"

#include <QDir>
#include <QFile>

#include "import/CustomerRowParser.h"

namespace grapevine::ui {

ImportPreviewLoader::ImportPreviewLoader(QObject* parent)
    : QObject(parent)
    , m_runner(QStringLiteral("import-preview"))
{ }

ImportPreviewLoader::~ImportPreviewLoader() = default;

ImportPreviewResult ImportPreviewLoader::read(
    const QString& path, const importing::ImportSettings& settings, int minorDigits)
{
    ImportPreviewResult out;
    out.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return out;
    }
    auto preview = importing::ImportPreview::read(file, settings);
    if (!preview) {
        out.error = preview.error().message;
        return out;
    }
    out.preview = std::move(preview).value();
    const importing::ImportPreview& p = *out.preview;

    // What the import would say about each shown row: the row's own problems, then (for a
    // customer file with an email column to tell people apart) the values it could not take.
    std::optional<importing::CustomerRowParser> parser;
    if (p.kind == domain::ImportKind::Advocates && p.mapping.column(csv::CustomerField::Email)) {
        // Ambiguous dates read either way; the Options page asks for the order before importing.
        const auto order = p.dateOrder(settings);
        parser.emplace(p.header, p.mapping, order ? order.value() : csv::DateOrder::DayMonthYear,
            csv::MoneyFormat {p.decimal, minorDigits});
    }
    // A column named by a whole row of text (the wrong delimiter) would fill the tooltip.
    const auto column
        = [](const QString& name) { return name.size() > 40 ? QString(name.left(39) + QChar(0x2026)) : name; };
    out.rowProblems.reserve(p.rows.size());
    for (const csv::CsvRow& row : p.rows) {
        QStringList problems;
        for (const csv::CsvRowProblem& problem : row.problems)
            problems << (problem.column.isEmpty()
                    ? problem.message
                    : tr("%1: %2", "column: problem").arg(column(problem.column), problem.message));
        if (parser) {
            importing::CustomerRecord record;
            for (const importing::ImportIssue& issue : parser->parse(row, record)) {
                const QString text = issue.column.isEmpty()
                    ? issue.message
                    : tr("%1: %2", "column: problem").arg(column(issue.column), issue.message);
                if (!problems.contains(text))
                    problems << text;
            }
        }
        out.rowProblems.push_back(problems);
    }
    return out;
}

qint64 ImportPreviewLoader::request(const QString& path, const importing::ImportSettings& settings, int minorDigits)
{
    auto result = std::make_shared<ImportPreviewResult>();
    const qint64 generation = m_runner.generation() + 1;
    // Settings changed while one file was read: only the newest reading is shown.
    m_runner.run(
        [result, path, settings, minorDigits, generation] {
            *result = read(path, settings, minorDigits);
            result->generation = generation;
        },
        [this, result] { emit loaded(*result); });
    return generation;
}

} // namespace grapevine::ui
