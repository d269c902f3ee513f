// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "domain/ImportBatch.h"

class QWidget;

namespace grapevine {
class Clock;
namespace db {
class Database;
}
} // namespace grapevine

namespace grapevine::ui {

class FileChooser;
class Prompter;

/// What the wizard's summary and the import history both do with a finished import: undo it
/// as a whole, or save its rejected rows as a CSV to fix and import again.
class ImportBatchActions final
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatchActions)

public:
    ImportBatchActions(db::Database& database, const Clock& clock, Prompter& prompter, FileChooser& files);

    /// Says what undoing the import would delete and put back, asks, and undoes it on a thread
    /// of its own. A refused undo is explained. Returns the sentence that says what was done,
    /// or nothing when it was refused, declined or failed.
    std::optional<QString> undo(QWidget* parent, qint64 batchId, const QString& fileName, domain::ImportKind kind);

    /// Asks where, and writes the rejected rows of the batch there (the original columns plus
    /// the reason). `directory` is where the dialog starts. Returns the sentence that says what
    /// was saved, or nothing when cancelled or failed.
    std::optional<QString> saveRejectedRows(
        QWidget* parent, qint64 batchId, const QString& fileName, const QString& directory);

private:
    db::Database& m_database;
    const Clock& m_clock;
    Prompter& m_prompter;
    FileChooser& m_files;
};

} // namespace grapevine::ui
