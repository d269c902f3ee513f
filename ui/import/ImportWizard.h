// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>

#include <QWizard>

#include "ImportPreviewLoader.h"
#include "domain/Result.h"
#include "import/ImportTypes.h"

namespace grapevine {
class Clock;
namespace db {
class Database;
}
} // namespace grapevine

namespace grapevine::ui {

class FileChooser;
class ImportCheckPage;
class ImportFilePage;
class ImportMappingPage;
class ImportOptionsPage;
class ImportPreviewPage;
class ImportRunPage;
class ImportSummaryPage;
class Prompter;

/// Imports a file of customers (as advocates), of orders or referrals (converting referrals), or
/// of mentions, step by step: the file and what it holds; how it is read (encoding,
/// delimiter, header) with a live preview; the column mapping (matched automatically for the
/// common exports) and its presets; dates, amounts and duplicates; a dry run that shows what
/// would happen; the import itself on a worker thread with progress and Cancel; and a summary
/// with the rejected rows, from which the import can be undone.
///
/// The wizard holds what the user chose; the pages show it and change it through the setters,
/// each of which reads the start of the file again (off the GUI thread) so every page shows the
/// file as the import will read it.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        FilePageId,
        PreviewPageId,
        MappingPageId,
        OptionsPageId,
        CheckPageId,
        RunPageId,
        SummaryPageId
    };

    ImportWizard(
        db::Database& database, Prompter& prompter, FileChooser& files, const Clock& clock, QWidget* parent = nullptr);

    /// What the file holds. `chosen`: the person said so (otherwise each file's columns decide,
    /// until they do).
    void setKind(domain::ImportKind kind, bool chosen = true);
    domain::ImportKind kind() const { return m_choices.kind; }
    /// True when the kind was taken from the file's columns, not chosen.
    bool isKindGuessed() const { return m_kindGuessed; }
    ~ImportWizard() override;

    /// Starts over with `path`: everything is detected from the file again.
    void setFile(const QString& path);
    QString filePath() const { return m_path; }

    /// The encoding, delimiter and header the user chose (nothing: as detected).
    void setReadOptions(
        const std::optional<QString>& encoding, const std::optional<QChar>& delimiter, std::optional<bool> hasHeader);
    /// The columns the user chose for the fields (field key → column); nothing: matched from
    /// the header.
    void setColumns(const std::optional<std::map<QString, int>>& columns);
    void setDateOrder(const std::optional<csv::DateOrder>& order);
    /// '.' or ','; null: detected.
    void setDecimal(QChar decimal);
    void setDuplicatePolicy(importing::DuplicatePolicy policy);

    /// What the user chose so far.
    const importing::ImportSettings& choices() const { return m_choices; }
    /// The settings the import runs with: the choices, with everything the preview detected
    /// pinned down, so the import reads the file exactly as the pages showed it.
    importing::ImportSettings runSettings() const;

    /// The latest preview of the file (nothing before the first one arrives or when the file
    /// cannot be read: see previewError()).
    const ImportPreviewResult& preview() const { return m_preview; }
    const importing::ImportPreview* currentPreview() const;
    /// The file as first read, with nothing chosen: what "detected" means on the pages.
    const std::optional<importing::ImportPreview>& detected() const { return m_detected; }
    QString previewError() const { return m_preview.error; }
    /// True while a preview is being read; the pages wait with Next until it is not.
    bool isPreviewLoading() const { return m_loader.isLoading(); }

    /// The finished import's summary (or why it failed), for the summary page.
    void setOutcome(const Result<importing::ImportSummary>& outcome);
    const std::optional<Result<importing::ImportSummary>>& outcome() const { return m_outcome; }

    db::Database& database() const { return m_database; }
    Prompter& prompter() const { return m_prompter; }
    FileChooser& files() const { return m_files; }
    const Clock& clock() const { return m_clock; }

    /// Where the open dialog starts: the folder of the last import.
    static QString lastDirectory();

    /// Stops a dry run or import still running first; a cancelled import shows its summary.
    void reject() override;
    void done(int result) override;

signals:
    /// A new preview arrived (or the file could not be read).
    void previewChanged();
    /// A new file was chosen.
    void fileChanged();
    /// What the file holds changed (chosen, or guessed from its columns).
    void kindChanged();
    /// An import was committed or undone: what shows its records must read them again.
    void recordsChanged();

protected:
    void dragEnterEvent(class QDragEnterEvent* event) override;
    void dropEvent(class QDropEvent* event) override;

private:
    /// Reads the start of the file again with the current choices; returns the request's generation.
    qint64 requestPreview();
    void onPreviewLoaded(const ImportPreviewResult& result);
    void restoreState();
    void updateTitle();
    void saveState();

    db::Database& m_database;
    Prompter& m_prompter;
    FileChooser& m_files;
    const Clock& m_clock;
    ImportPreviewLoader m_loader;
    int m_minorDigits = 2;

    QString m_path;
    importing::ImportSettings m_choices;
    ImportPreviewResult m_preview;
    std::optional<importing::ImportPreview> m_detected;
    qint64 m_detectionGeneration = 0;
    std::optional<Result<importing::ImportSummary>> m_outcome;
    bool m_closeWhenStopped = false;
    bool m_kindChosen = false;
    bool m_kindGuessed = false;
    bool m_guessPending = false; ///< the next detection decides the kind

    ImportFilePage* m_filePage = nullptr;
    ImportPreviewPage* m_previewPage = nullptr;
    ImportMappingPage* m_mappingPage = nullptr;
    ImportOptionsPage* m_optionsPage = nullptr;
    ImportCheckPage* m_checkPage = nullptr;
    ImportRunPage* m_runPage = nullptr;
    ImportSummaryPage* m_summaryPage = nullptr;
};

} // namespace grapevine::ui
