// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportBatchActions.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStringList>

#include "db/Database.h"
#include "import/ImportUndo.h"
#include "import/RejectedRowsFile.h"
#include "widgets/BackgroundTask.h"
#include "widgets/CountForTr.h"
#include "widgets/Prompter.h"

namespace grapevine::ui {

ImportBatchActions::ImportBatchActions(
    db::Database& database, const Clock& clock, Prompter& prompter, FileChooser& files)
    : m_database(database)
    , m_clock(clock)
    , m_prompter(prompter)
    , m_files(files)
{ }

std::optional<QString> ImportBatchActions::undo(
    QWidget* parent, qint64 batchId, const QString& fileName, domain::ImportKind kind)
{
    const QString title = tr("Undo Import");
    if (m_database.isReadOnly()) {
        m_prompter.warning(parent, title,
            tr("The database is read-only (%1), so the import cannot be undone.").arg(m_database.readOnlyReason()));
        return std::nullopt;
    }
    const auto check = importing::ImportUndo(m_database.connection(), m_clock).check(batchId);
    if (!check) {
        m_prompter.warning(parent, title, check.error().message);
        return std::nullopt;
    }
    const bool people = kind == domain::ImportKind::Advocates;
    const bool mentions = kind == domain::ImportKind::Mentions;
    if (check->inUse > 0) {
        m_prompter.warning(parent, tr("The Import Cannot Be Undone"),
            people ? tr("%Ln advocate(s) from the import of “%1” made referrals or earned rewards since. Undoing the "
                        "import would delete those referrals and rewards too, so Grapevine does not undo it. Delete or "
                        "edit those advocates one by one instead.",
                nullptr, clampCount(check->inUse))
                         .arg(fileName)
                   : tr("%Ln reward(s) from the import of “%1” have been paid out since. A paid reward cannot be "
                        "taken back, so Grapevine does not undo the import.",
                       nullptr, clampCount(check->inUse))
                         .arg(fileName));
        return std::nullopt;
    }
    const QString deleted = people
        ? tr("%Ln advocate(s) created by this import will be deleted;", nullptr, clampCount(check->created))
        : mentions
        ? tr("%Ln mention(s) added by this import will be deleted;", nullptr, clampCount(check->created))
        : tr("%Ln referral(s) recorded by this import will be deleted;", nullptr, clampCount(check->created));
    const QString restored = people
        ? tr("%Ln changed advocate(s) get their old values back.", nullptr, clampCount(check->changed))
        : tr("%Ln converted referral(s) go back to how they were, and the rewards of those conversions are deleted.",
            nullptr, clampCount(check->changed));
    //: The two halves of "N advocates created by this import will be deleted; M changed advocates get their old
    //: values back."
    QStringList paragraphs {mentions ? deleted.chopped(1) + QLatin1Char('.') : tr("%1 %2").arg(deleted, restored)};
    if (check->editedSince > 0)
        paragraphs << tr("%Ln of the created record(s) were edited after the import; they are deleted all the same.",
            nullptr, clampCount(check->editedSince));
    paragraphs << tr("Values changed by hand since the import are kept.");
    const QString text = paragraphs.join(QStringLiteral("\n\n"));
    if (!m_prompter.confirm(parent, tr("Undo the Import of “%1”?").arg(fileName), text, tr("Undo Import")))
        return std::nullopt;

    importing::UndoResult done;
    const Clock& clock = m_clock;
    const Status undone = runInBackground(parent, m_database, tr("Undoing the import of “%1”…").arg(fileName),
        [batchId, &clock, &done](QSqlDatabase connection) -> Status {
            auto result = importing::ImportUndo(connection, clock).undo(batchId);
            if (!result)
                return result.error();
            done = result.value();
            return {};
        });
    if (!undone) {
        m_prompter.warning(parent, title, undone.error().message);
        return std::nullopt;
    }
    const QString deletedNow = people
        ? tr("The import was undone: %Ln advocate(s) deleted,", nullptr, clampCount(done.deleted))
        : mentions ? tr("The import was undone: %Ln mention(s) deleted,", nullptr, clampCount(done.deleted))
                   : tr("The import was undone: %Ln referral(s) deleted,", nullptr, clampCount(done.deleted));
    const QString restoredNow = tr("%Ln put back as they were.", nullptr, clampCount(done.restored));
    //: The two halves of "The import was undone: N advocates deleted, M put back as they were."
    QString said = tr("%1 %2").arg(deletedNow, restoredNow);
    if (done.keptEdits > 0)
        said = tr("%1 %2").arg(
            said, tr("%Ln value(s) edited after the import were kept.", nullptr, clampCount(done.keptEdits)));
    return said;
}

std::optional<QString> ImportBatchActions::saveRejectedRows(
    QWidget* parent, qint64 batchId, const QString& fileName, const QString& directory)
{
    //: The suggested name of the file of rejected rows; %1 is the imported file's name without its extension
    const QString suggestion
        = QDir(directory).filePath(tr("%1 - rejected rows.csv").arg(QFileInfo(fileName).completeBaseName()));
    QString path = m_files.saveFile(
        parent, tr("Save Rejected Rows"), suggestion, tr("CSV files (*.csv);;Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    qint64 written = 0;
    const Status saved = runInBackground(parent, m_database, tr("Saving the rejected rows…"),
        [batchId, path, &written](QSqlDatabase connection) -> Status {
            auto result = importing::RejectedRowsFile::write(connection, batchId, path);
            if (!result)
                return result.error();
            written = result.value();
            return {};
        });
    if (!saved) {
        m_prompter.warning(parent, tr("Cannot Save the Rejected Rows"), saved.error().message);
        return std::nullopt;
    }
    return tr("Saved %Ln rejected row(s) to %1. Fix them there and import that file again: the first column, with "
              "the reason, is not imported.",
        nullptr, clampCount(written))
        .arg(QDir::toNativeSeparators(path));
}

} // namespace grapevine::ui
