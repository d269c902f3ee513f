// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewLoader.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include "import/CustomerRowParser.h"

namespace grapevine::ui {

struct ImportPreviewLoader::Request
{
    QString path;
    importing::ImportSettings settings;
    int minorDigits = 2;
    qint64 generation = 0;
    ImportPreviewResult result;
};

ImportPreviewLoader::ImportPreviewLoader(QObject* parent)
    : QObject(parent)
{ }

ImportPreviewLoader::~ImportPreviewLoader()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

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
    auto request = std::make_shared<Request>();
    request->path = path;
    request->settings = settings;
    request->minorDigits = minorDigits;
    request->generation = ++m_generation;
    if (m_thread)
        m_pending = std::move(request);
    else {
        m_running = std::move(request);
        launch();
    }
    return m_generation;
}

void ImportPreviewLoader::launch()
{
    const std::shared_ptr<Request> request = m_running;
    m_thread = QThread::create([request] {
        request->result = read(request->path, request->settings, request->minorDigits);
        request->result.generation = request->generation;
    });
    m_thread->setObjectName(QStringLiteral("import-preview"));
    connect(m_thread, &QThread::finished, this, &ImportPreviewLoader::onThreadFinished);
    m_thread->start();
}

void ImportPreviewLoader::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Request> done = std::move(m_running);
    if (m_pending) {
        // Settings changed while this one was read: only the newest is worth showing.
        m_running = std::move(m_pending);
        launch();
        return;
    }
    emit loaded(done->result);
}

} // namespace grapevine::ui
