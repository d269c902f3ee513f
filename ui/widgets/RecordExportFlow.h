// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>

#include "dialogs/ExportOptionsDialog.h"
#include "export/RecordExport.h"

class QWidget;

namespace grapevine {
class Clock;
class Settings;
namespace db {
class Database;
}
} // namespace grapevine

namespace grapevine::ui {

class FileChooser;
class Prompter;

/// The "Export to CSV…" of the Advocates, Referrals, Rewards and Mentions pages: which rows and
/// which format (asked only as much as needed, the format remembered), the file name, the
/// export on a thread of its own with progress and Cancel, and what came of it.
class RecordExportFlow final
{
    Q_DECLARE_TR_FUNCTIONS(RecordExportFlow)

public:
    RecordExportFlow(Settings& settings, Prompter& prompter, FileChooser& files, const Clock& clock);
    RecordExportFlow(const RecordExportFlow&) = delete;
    RecordExportFlow& operator=(const RecordExportFlow&) = delete;

    /// Tests preset the answers to the options here; nullptr puts the dialog back.
    void setOptionsAsker(ExportOptionsAsker* asker);

    /// Exports `kind` from `database`. `view` carries the page's view (its filter and order);
    /// `filtered` says whether its filter hides rows, and `shown` how many it shows when the
    /// page knows (-1: counted here). Returns the rows written, or nothing when the person
    /// cancelled or it failed (they were told why).
    std::optional<qint64> run(QWidget* parent, db::Database& database, exporting::RecordKind kind,
        const exporting::RecordExportOptions& view, bool filtered, qint64 shown = -1);

    /// `view` with its filter taken away and its order kept: "all" in the page's order.
    static exporting::RecordExportOptions withoutFilter(
        exporting::RecordKind kind, const exporting::RecordExportOptions& view);

private:
    Settings& m_settings;
    Prompter& m_prompter;
    FileChooser& m_files;
    const Clock& m_clock;
    DialogExportOptionsAsker m_dialogAsker;
    ExportOptionsAsker* m_asker = &m_dialogAsker;
};

} // namespace grapevine::ui
