// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDialog>

#include "export/CsvWriter.h"
#include "export/RecordExport.h"

class QCheckBox;
class QComboBox;
class QRadioButton;

namespace grapevine {
class Settings;
}

namespace grapevine::ui {

/// What a CSV export asks before the file name: which rows, and the file's format.
struct ExportQuestion
{
    exporting::RecordKind kind = exporting::RecordKind::Advocates;
    /// The page's filter narrows the rows, so "the N shown" is offered beside "all".
    bool filtered = false;
    qint64 shown = -1; ///< the rows the filter shows (-1: not known)
    qint64 total = -1; ///< every row (-1: not known)
    exporting::CsvOptions format; ///< the format to start from: the one used last time
};

struct ExportAnswer
{
    bool onlyShown = true; ///< only the rows of the filter; false: all (ignored without a filter)
    exporting::CsvOptions format;
};

/// Asks an ExportQuestion. A seam like Prompter: widget tests preset the answer instead of
/// racing a modal dialog.
class ExportOptionsAsker
{
public:
    virtual ~ExportOptionsAsker() = default;
    /// The answer, or nothing when the person cancelled.
    virtual std::optional<ExportAnswer> ask(QWidget* parent, const ExportQuestion& question) = 0;
};

/// The questions of a CSV export in one small dialog: the rows (only when a filter is active:
/// the N it shows, or all), the delimiter (comma; semicolon for Excel in most of Europe; tab)
/// and the byte order mark Excel needs to show accents.
class ExportOptionsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportOptionsDialog(const ExportQuestion& question, QWidget* parent = nullptr);

    ExportAnswer answer() const;

    /// The format chosen last time (comma and a byte order mark at first).
    static exporting::CsvOptions rememberedFormat(const Settings& settings);
    static void rememberFormat(Settings& settings, const exporting::CsvOptions& format);

private:
    QRadioButton* m_shown = nullptr;
    QRadioButton* m_all = nullptr;
    QComboBox* m_delimiter = nullptr;
    QCheckBox* m_byteOrderMark = nullptr;
};

/// The real thing: ExportOptionsDialog, window-modal.
class DialogExportOptionsAsker final : public ExportOptionsAsker
{
public:
    std::optional<ExportAnswer> ask(QWidget* parent, const ExportQuestion& question) override;
};

} // namespace grapevine::ui
