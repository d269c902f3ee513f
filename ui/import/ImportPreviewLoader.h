// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QObject>
#include <QStringList>

#include "import/ImportPreview.h"
#include "widgets/NewestJobRunner.h"

namespace grapevine::ui {

/// The start of an import file as the wizard shows it: the preview, and for each shown row the
/// problems it has (a broken line, or a value the import would reject).
struct ImportPreviewResult
{
    QString path;
    std::optional<importing::ImportPreview> preview;
    QString error; ///< why the file cannot be read with these settings; empty when it can
    std::vector<QStringList> rowProblems; ///< one entry per preview row
    qint64 generation = 0;
};

/// Reads the start of a file off the GUI thread (a slow disk or a network share must not freeze
/// the window). The latest request wins: one still running is finished and dropped.
class ImportPreviewLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewLoader)

public:
    explicit ImportPreviewLoader(QObject* parent = nullptr);
    ~ImportPreviewLoader() override;

    /// Reads `path` with `settings`; `minorDigits` is the business currency's, for the amounts.
    /// Returns the request's generation, which loaded() carries.
    qint64 request(const QString& path, const importing::ImportSettings& settings, int minorDigits);
    bool isLoading() const { return m_runner.isBusy(); }

    /// Reads synchronously (tests and tools).
    static ImportPreviewResult read(const QString& path, const importing::ImportSettings& settings, int minorDigits);

signals:
    void loaded(const grapevine::ui::ImportPreviewResult& result);

private:
    NewestJobRunner m_runner;
};

} // namespace grapevine::ui
