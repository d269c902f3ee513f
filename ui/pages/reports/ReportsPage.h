// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include <QDate>
#include <QWidget>

#include "report/ReportFiles.h"
#include "report/ReportInput.h"
#include "widgets/NewestJobRunner.h"

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QPagedPaintDevice;
class QPushButton;
class QTextBrowser;
class QTextDocument;

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

/// A campaign report to hand on: pick the campaign (or all) and the days, read the report as it
/// will print, then print it or save it as PDF, HTML, or the numbers alone as CSV or JSON. The
/// figures are read off the GUI thread; the preview is the report itself, on white paper
/// whatever the desktop's colours.
class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Period {
        LastMonth,
        ThisMonth,
        LastQuarter,
        ThisQuarter,
        ThisYear,
        LastYear,
        AllTime,
        Custom
    };

    ReportsPage(
        Settings& settings, Prompter& prompter, FileChooser& files, const Clock& clock, QWidget* parent = nullptr);
    ~ReportsPage() override;

    void setDatabase(db::Database* database);
    /// Reads the report again now when the page is shown, else when it next is.
    void reload();

    bool isLoading() const { return m_runner.isBusy(); }
    /// The report shown, without its charts; nothing before the first reading or after an error.
    const std::optional<report::ReportInput>& report() const { return m_report; }
    void setPeriod(Period period);
    Period period() const;
    /// Sets the days (both included) and makes the period Custom.
    void setDays(const QDate& first, const QDate& last);
    /// Nothing: all campaigns.
    void setCampaign(std::optional<qint64> campaignId);
    QTextBrowser* preview() const { return m_preview; }
    QAction* printAction() const { return m_printAction; }

    /// The first and last day of `period` around `today`; the first is invalid for all time.
    static std::pair<QDate, QDate> daysOf(Period period, const QDate& today);

    /// Writes the report shown to `path`; the charts are drawn for the format. Tells the user
    /// what went wrong, and returns false, when it cannot.
    bool saveAs(report::ReportFormat format, const QString& path);
    /// Prints the report shown on `device` (a printer the user chose, or a PDF in the tests).
    bool printOn(QPagedPaintDevice& device);

signals:
    /// A reading finished (with the report or an error).
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Loaded;
    void buildUi();
    void periodChosen();
    void daysEdited();
    void read();
    void onLoaded(const Loaded& result);
    void showPreview();
    void save(report::ReportFormat format);
    void print();
    void setBusy(bool busy);
    report::ReportInput withCharts(qreal scale) const;
    QString suggestedName(report::ReportFormat format) const;

    Settings& m_settings;
    Prompter& m_prompter;
    FileChooser& m_files;
    const Clock& m_clock;
    db::Database* m_database = nullptr;
    NewestJobRunner m_runner;
    std::optional<report::ReportInput> m_report;
    bool m_stale = true;

    QComboBox* m_campaign = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_first = nullptr;
    QDateEdit* m_last = nullptr;
    QLabel* m_status = nullptr;
    QTextBrowser* m_preview = nullptr;
    QTextDocument* m_document = nullptr; ///< the preview's, owned by it
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_htmlButton = nullptr;
    QPushButton* m_numbersButton = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_pdfAction = nullptr;
};

} // namespace grapevine::ui
