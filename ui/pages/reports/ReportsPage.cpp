// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsPage.h"

#include <algorithm>
#include <memory>
#include <vector>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include "charts/ProgramCharts.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "report/ReportDocument.h"
#include "report/ReportPages.h"
#include "settings/Settings.h"
#include "widgets/ProgressTask.h"
#include "widgets/Prompter.h"

namespace grapevine::ui {

namespace {

/// Device pixels per CSS pixel for each way out: paper wants more than a screen.
constexpr qreal kPrintScale = 3.0;
constexpr qreal kHtmlScale = 2.0;

/// The earliest day the "from" field can show; it stands for "since the beginning".
const QDate kBeginning(2000, 1, 1);

QDate firstOfQuarter(const QDate& day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

struct ReportsPage::Loaded
{
    std::optional<report::ReportInput> input;
    std::vector<std::pair<qint64, QString>> campaigns;
    QString error;
};

ReportsPage::ReportsPage(
    Settings& settings, Prompter& prompter, FileChooser& files, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_prompter(prompter)
    , m_files(files)
    , m_clock(clock)
    , m_runner(QStringLiteral("report"))
{
    setObjectName(QStringLiteral("reportsPage"));
    buildUi();
}

ReportsPage::~ReportsPage()
{
    m_runner.stop();
}

void ReportsPage::buildUi()
{
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("reportCampaign"));
    m_campaign->setToolTip(tr("A report of all campaigns, or of one"));
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_campaign->addItem(tr("All campaigns"), QVariant());

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->setToolTip(tr("The days the report covers; the key figures are compared with the same number of days "
                            "just before"));
    m_period->addItem(tr("Last month"), static_cast<int>(Period::LastMonth));
    m_period->addItem(tr("This month"), static_cast<int>(Period::ThisMonth));
    m_period->addItem(tr("Last quarter"), static_cast<int>(Period::LastQuarter));
    m_period->addItem(tr("This quarter"), static_cast<int>(Period::ThisQuarter));
    m_period->addItem(tr("This year"), static_cast<int>(Period::ThisYear));
    m_period->addItem(tr("Last year"), static_cast<int>(Period::LastYear));
    m_period->addItem(tr("All time"), static_cast<int>(Period::AllTime));
    m_period->addItem(tr("Chosen days"), static_cast<int>(Period::Custom));

    m_first = new QDateEdit(this);
    m_first->setObjectName(QStringLiteral("reportFirstDay"));
    m_first->setCalendarPopup(true);
    m_first->setMinimumDate(kBeginning);
    m_first->setSpecialValueText(tr("the beginning"));
    m_first->setToolTip(tr("The first day of the report"));
    m_last = new QDateEdit(this);
    m_last->setObjectName(QStringLiteral("reportLastDay"));
    m_last->setCalendarPopup(true);
    m_last->setMinimumDate(kBeginning);
    m_last->setToolTip(tr("The last day of the report (included)"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_printAction = new QAction(tr("&Print…"), this);
    m_printAction->setObjectName(QStringLiteral("printReportAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_printAction->setToolTip(
        tr("Print the report (%1)").arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    connect(m_printAction, &QAction::triggered, this, &ReportsPage::print);
    addAction(m_printAction);
    m_pdfAction = new QAction(tr("Save as &PDF…"), this);
    m_pdfAction->setObjectName(QStringLiteral("saveReportPdfAction"));
    m_pdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_pdfAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_pdfAction, &QAction::triggered, this, [this] { save(report::ReportFormat::Pdf); });
    addAction(m_pdfAction);

    m_printButton = new QPushButton(tr("Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printReportButton"));
    m_printButton->setToolTip(m_printAction->toolTip());
    connect(m_printButton, &QPushButton::clicked, m_printAction, &QAction::trigger);
    m_pdfButton = new QPushButton(tr("Save as PDF…"), this);
    m_pdfButton->setObjectName(QStringLiteral("saveReportPdfButton"));
    m_pdfButton->setToolTip(tr("The report with its charts, page by page, to send or keep (%1)")
                                .arg(m_pdfAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_pdfButton, &QPushButton::clicked, m_pdfAction, &QAction::trigger);
    m_htmlButton = new QPushButton(tr("Save as Web Page…"), this);
    m_htmlButton->setObjectName(QStringLiteral("saveReportHtmlButton"));
    m_htmlButton->setToolTip(tr("One HTML file with the charts inside, to open in any browser or attach to an email"));
    connect(m_htmlButton, &QPushButton::clicked, this, [this] { save(report::ReportFormat::Html); });
    m_numbersButton = new QPushButton(tr("Export Numbers"), this);
    m_numbersButton->setObjectName(QStringLiteral("saveReportNumbersButton"));
    m_numbersButton->setToolTip(tr("The figures alone, for a spreadsheet (CSV) or a script (JSON)"));
    auto* numbers = new QMenu(m_numbersButton);
    numbers->addAction(tr("As CSV for a Spreadsheet…"), this, [this] { save(report::ReportFormat::Csv); });
    numbers->addAction(tr("As JSON…"), this, [this] { save(report::ReportFormat::Json); });
    m_numbersButton->setMenu(numbers);

    auto* filters = new QHBoxLayout;
    auto* campaignLabel = new QLabel(tr("&Campaign:"), this);
    campaignLabel->setBuddy(m_campaign);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_first);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_last);
    filters->addWidget(campaignLabel);
    filters->addWidget(m_campaign);
    filters->addSpacing(12);
    filters->addWidget(periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(fromLabel);
    filters->addWidget(m_first);
    filters->addWidget(toLabel);
    filters->addWidget(m_last);
    filters->addStretch();

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_printButton);
    actions->addWidget(m_pdfButton);
    actions->addWidget(m_htmlButton);
    actions->addWidget(m_numbersButton);

    // The preview is the paper: black on white in light and dark desktops alike.
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setOpenExternalLinks(true);
    m_preview->setPalette(ProgramCharts::paperPalette());
    m_preview->setAutoFillBackground(true);
    // The text wraps to the width; only the charts are wider than a narrow window, and they shrink.
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_preview, 1);

    const int saved = m_settings.value(Settings::Key::ReportsPeriod).toInt();
    m_period->setCurrentIndex(std::max(0, m_period->findData(saved == static_cast<int>(Period::Custom) ? 0 : saved)));
    periodChosen();
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsPage::periodChosen);
    connect(m_first, &QDateEdit::dateChanged, this, &ReportsPage::daysEdited);
    connect(m_last, &QDateEdit::dateChanged, this, &ReportsPage::daysEdited);
    connect(m_campaign, &QComboBox::currentIndexChanged, this, &ReportsPage::reload);
    setBusy(false);
}

std::pair<QDate, QDate> ReportsPage::daysOf(Period period, const QDate& today)
{
    const QDate month(today.year(), today.month(), 1);
    switch (period) {
    case Period::LastMonth:
        return {month.addMonths(-1), month.addDays(-1)};
    case Period::ThisMonth:
        return {month, today};
    case Period::LastQuarter: {
        const QDate quarter = firstOfQuarter(today);
        return {quarter.addMonths(-3), quarter.addDays(-1)};
    }
    case Period::ThisQuarter:
        return {firstOfQuarter(today), today};
    case Period::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case Period::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case Period::AllTime:
    case Period::Custom:
        break;
    }
    return {QDate(), today};
}

ReportsPage::Period ReportsPage::period() const
{
    return static_cast<Period>(m_period->currentData().toInt());
}

void ReportsPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(std::max(0, m_period->findData(static_cast<int>(period))));
}

void ReportsPage::setDays(const QDate& first, const QDate& last)
{
    {
        const QSignalBlocker blockFirst(m_first);
        const QSignalBlocker blockLast(m_last);
        m_first->setDate(first.isValid() ? first : kBeginning);
        m_last->setDate(last);
    }
    daysEdited();
}

void ReportsPage::setCampaign(std::optional<qint64> campaignId)
{
    const int index = campaignId ? m_campaign->findData(*campaignId) : 0;
    if (index >= 0)
        m_campaign->setCurrentIndex(index);
}

void ReportsPage::periodChosen()
{
    const Period chosen = period();
    m_settings.setValue(Settings::Key::ReportsPeriod, static_cast<int>(chosen));
    if (chosen != Period::Custom) {
        const auto [first, last] = daysOf(chosen, m_clock.nowUtc().toLocalTime().date());
        const QSignalBlocker blockFirst(m_first);
        const QSignalBlocker blockLast(m_last);
        m_first->setDate(first.isValid() ? first : kBeginning);
        m_last->setDate(last);
    }
    reload();
}

void ReportsPage::daysEdited()
{
    // Days typed by hand are a period of their own.
    if (period() != Period::Custom) {
        const QSignalBlocker block(m_period);
        setPeriod(Period::Custom);
    }
    reload();
}

void ReportsPage::setDatabase(db::Database* database)
{
    m_runner.stop();
    m_database = database;
    m_report.reset();
    {
        const QSignalBlocker block(m_campaign);
        while (m_campaign->count() > 1)
            m_campaign->removeItem(1);
    }
    m_preview->clear();
    reload();
}

void ReportsPage::reload()
{
    m_stale = true;
    if (isVisible())
        read();
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        read();
}

void ReportsPage::read()
{
    m_stale = false;
    if (!m_database) {
        setBusy(false);
        return;
    }
    if (m_first->date() > m_last->date()) {
        m_status->setText(tr("The report ends before it begins: choose a last day after the first."));
        m_report.reset();
        m_preview->clear();
        setBusy(false);
        return;
    }
    metrics::MetricsQuery query;
    if (m_first->date() > kBeginning)
        query.from = QDateTime(m_first->date(), QTime(0, 0)).toUTC();
    query.to = QDateTime(m_last->date().addDays(1), QTime(0, 0)).toUTC();
    if (const QVariant id = m_campaign->currentData(); id.isValid())
        query.campaignId = id.toLongLong();

    const db::Database* database = m_database;
    const QDateTime now = m_clock.nowUtc();
    auto result = std::make_shared<Loaded>();
    const qint64 generation = m_runner.generation() + 1;
    m_runner.run(
        [database, query, now, result, generation] {
            const QString name = QStringLiteral("report-%1").arg(generation);
            {
                QSqlDatabase connection = database->addConnection(name);
                if (!connection.isOpen()) {
                    result->error = tr("The database cannot be read: %1").arg(connection.lastError().text());
                } else {
                    QSqlQuery q(connection);
                    if (q.exec(QStringLiteral("SELECT id, name FROM campaigns ORDER BY name COLLATE NOCASE, id"))) {
                        while (q.next())
                            result->campaigns.emplace_back(q.value(0).toLongLong(), q.value(1).toString());
                    }
                    auto input = report::ReportInput::read(connection, query, now);
                    if (input)
                        result->input = std::move(input).value();
                    else
                        result->error = input.error().message;
                }
                connection.close();
            }
            QSqlDatabase::removeDatabase(name);
        },
        [this, result] { onLoaded(*result); });
    setBusy(true);
}

void ReportsPage::onLoaded(const Loaded& result)
{
    {
        // The list of campaigns as the file has it now, the choice kept.
        const QVariant chosen = m_campaign->currentData();
        const QSignalBlocker block(m_campaign);
        while (m_campaign->count() > 1)
            m_campaign->removeItem(1);
        for (const auto& [id, name] : result.campaigns)
            m_campaign->addItem(name, id);
        m_campaign->setCurrentIndex(chosen.isValid() ? std::max(0, m_campaign->findData(chosen)) : 0);
    }
    m_report = result.input;
    if (m_report)
        m_report->locale = locale();
    setBusy(false);
    if (!result.error.isEmpty())
        m_status->setText(tr("The report cannot be made: %1").arg(result.error));
    showPreview();
    emit loaded();
}

report::ReportInput ReportsPage::withCharts(qreal scale) const
{
    report::ReportInput input = *m_report;
    input.charts = ProgramCharts::reportCharts(input, scale);
    return input;
}

void ReportsPage::showPreview()
{
    if (!m_report) {
        m_preview->clear();
        return;
    }
    const report::ReportInput input = withCharts(devicePixelRatioF());
    std::unique_ptr<QTextDocument> document = report::ReportDocument::textDocument(input);
    document->setDocumentMargin(24);
    // The browser deletes only a document of its own; the ones set here are the page's.
    QTextDocument* previous = m_document;
    m_document = document.release();
    m_document->setParent(m_preview);
    m_preview->setDocument(m_document);
    delete previous;
}

void ReportsPage::setBusy(bool busy)
{
    const bool ready = !busy && m_report.has_value();
    for (QWidget* w : std::initializer_list<QWidget*> {m_printButton, m_pdfButton, m_htmlButton, m_numbersButton})
        w->setEnabled(ready);
    m_printAction->setEnabled(ready);
    m_pdfAction->setEnabled(ready);
    if (busy)
        m_status->setText(tr("Reading the figures…"));
    else if (m_report)
        m_status->setText(report::ReportDocument::period(*m_report));
    else if (!m_database)
        m_status->setText(tr("Open or create a database to make reports."));
}

QString ReportsPage::suggestedName(report::ReportFormat format) const
{
    QString name = tr("Referral report");
    if (m_report && m_report->campaign)
        name += QStringLiteral(" - ") + *m_report->campaign;
    if (m_first->date() > kBeginning)
        name += QStringLiteral(" %1 to %2")
                    .arg(m_first->date().toString(Qt::ISODate), m_last->date().toString(Qt::ISODate));
    else
        name += QStringLiteral(" to %1").arg(m_last->date().toString(Qt::ISODate));
    // Characters that some file systems refuse.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    name.replace(unsafe, QStringLiteral("-"));
    return name + QLatin1Char('.') + report::ReportFiles::extension(format);
}

void ReportsPage::save(report::ReportFormat format)
{
    if (!m_report)
        return;
    QString folder = m_settings.value(Settings::Key::ReportsFolder).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter;
    switch (format) {
    case report::ReportFormat::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    case report::ReportFormat::Html:
        filter = tr("Web pages (*.html *.htm)");
        break;
    case report::ReportFormat::Csv:
        filter = tr("CSV files (*.csv)");
        break;
    case report::ReportFormat::Json:
        filter = tr("JSON files (*.json)");
        break;
    }
    QString path = m_files.saveFile(this, tr("Save the Report"), QDir(folder).filePath(suggestedName(format)), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + report::ReportFiles::extension(format);
    m_settings.setValue(Settings::Key::ReportsFolder, QFileInfo(path).absolutePath());
    saveAs(format, path);
}

bool ReportsPage::saveAs(report::ReportFormat format, const QString& path)
{
    if (!m_report || !m_database)
        return false;
    // The charts are widgets' work, so they are drawn here; the pages are laid out and written on
    // a thread, with the page count as progress and Cancel.
    const report::ReportInput input = report::ReportFiles::showsCharts(format)
        ? withCharts(format == report::ReportFormat::Pdf ? kPrintScale : kHtmlScale)
        : *m_report;
    bool cancelled = false;
    const Status written = runWithProgress(this, *m_database, tr("Writing the report…"),
        [&](QSqlDatabase, const exporting::ProgressCallback& progress, const exporting::CancelFlag& cancel) {
            const auto onPage = [&](int page, int pages) {
                progress(page, pages);
                return !cancel;
            };
            return report::ReportFiles::write(input, format, path, onPage, &cancelled);
        });
    if (!written) {
        m_prompter.warning(this, tr("Report Not Saved"), written.error().message);
        return false;
    }
    if (cancelled) {
        m_status->setText(tr("The report was not saved (cancelled)."));
        return false;
    }
    m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportsPage::print()
{
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report::ReportPages::defaultLayout(locale()));
    printer.setDocName(report::ReportDocument::title(*m_report));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printOn(printer);
}

bool ReportsPage::printOn(QPagedPaintDevice& device)
{
    if (!m_report || !m_database)
        return false;
    const report::ReportInput input = withCharts(kPrintScale);
    Result<int> printed = 0;
    // The outcome is in `printed`; the work itself cannot fail otherwise.
    (void)runWithProgress(this, *m_database, tr("Printing the report…"),
        [&](QSqlDatabase, const exporting::ProgressCallback& progress, const exporting::CancelFlag& cancel) -> Status {
            const auto document = report::ReportDocument::textDocument(input);
            printed = report::ReportPages::paint(*document, device, report::ReportDocument::title(input),
                report::ReportDocument::period(input), [&](int page, int pages) {
                    progress(page, pages);
                    return !cancel;
                });
            return {};
        });
    if (!printed) {
        m_prompter.warning(this, tr("Report Not Printed"), printed.error().message);
        return false;
    }
    if (printed.value() == 0) {
        m_status->setText(tr("Printing was cancelled."));
        return false;
    }
    m_status->setText(tr("Printed %n page(s)", nullptr, printed.value()));
    return true;
}

} // namespace grapevine::ui
