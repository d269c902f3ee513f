// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWizard.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>

#include "ImportCheckPage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportOptionsPage.h"
#include "ImportPreviewPage.h"
#include "ImportRunPage.h"
#include "ImportSummaryPage.h"
#include "db/Database.h"
#include "domain/Money.h"
#include "import/ImportKinds.h"
#include "store/SettingsStore.h"

namespace grapevine::ui {

namespace {

// The person's own choices, beside the app's Settings (which has no keys for the import yet).
const QString kLastDirectoryKey = QStringLiteral("import/lastDirectory");
const QString kWizardSizeKey = QStringLiteral("import/wizardSize");
const QString kDuplicatePolicyKey = QStringLiteral("import/duplicatePolicy");

QString policyKey(importing::DuplicatePolicy policy)
{
    switch (policy) {
    case importing::DuplicatePolicy::Skip:
        return QStringLiteral("skip");
    case importing::DuplicatePolicy::FillEmpty:
        return QStringLiteral("fill");
    case importing::DuplicatePolicy::Update:
        break;
    }
    return QStringLiteral("update");
}

importing::DuplicatePolicy policyFromKey(const QString& key)
{
    if (key == QLatin1String("skip"))
        return importing::DuplicatePolicy::Skip;
    if (key == QLatin1String("fill"))
        return importing::DuplicatePolicy::FillEmpty;
    return importing::DuplicatePolicy::Update;
}

} // namespace

ImportWizard::ImportWizard(
    db::Database& database, Prompter& prompter, FileChooser& files, const Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_database(database)
    , m_prompter(prompter)
    , m_files(files)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("importWizard"));
    // The header with each step's title and help reads best as on every platform's installer.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setAcceptDrops(true);

    if (const auto business = store::SettingsStore(database.connection()).load())
        m_minorDigits = domain::Money::minorDigits(business->currency);

    m_filePage = new ImportFilePage(*this);
    m_previewPage = new ImportPreviewPage(*this);
    m_mappingPage = new ImportMappingPage(*this);
    m_optionsPage = new ImportOptionsPage(*this);
    m_checkPage = new ImportCheckPage(*this);
    m_runPage = new ImportRunPage(*this);
    m_summaryPage = new ImportSummaryPage(*this);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(CheckPageId, m_checkPage);
    setPage(RunPageId, m_runPage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(FilePageId);

    connect(&m_loader, &ImportPreviewLoader::loaded, this, &ImportWizard::onPreviewLoaded);
    connect(m_checkPage, &ImportCheckPage::stopped, this, [this] {
        if (m_closeWhenStopped)
            QWizard::reject();
    });
    restoreState();
    updateTitle();
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::updateTitle()
{
    switch (m_choices.kind) {
    case domain::ImportKind::Referrals:
    case domain::ImportKind::Orders:
        setWindowTitle(tr("Import Orders or Referrals"));
        return;
    case domain::ImportKind::Mentions:
        setWindowTitle(tr("Import Mentions"));
        return;
    case domain::ImportKind::Advocates:
        break;
    }
    setWindowTitle(tr("Import Customers"));
}

void ImportWizard::setKind(domain::ImportKind kind, bool chosen)
{
    m_kindChosen = m_kindChosen || chosen;
    m_kindGuessed = !chosen;
    m_guessPending = false;
    if (kind == m_choices.kind) {
        emit kindChanged();
        return;
    }
    // Another kind has other fields: the columns are matched afresh.
    m_choices.kind = kind;
    m_choices.mapping.reset();
    m_choices.columns.reset();
    m_outcome.reset();
    updateTitle();
    m_detected.reset();
    m_detectionGeneration = requestPreview();
    emit kindChanged();
    emit previewChanged();
}

void ImportWizard::restoreState()
{
    QSettings settings;
    const QSize size = settings.value(kWizardSizeKey).toSize();
    resize(size.isValid() ? size : QSize(980, 700));
    m_choices.onDuplicate = policyFromKey(settings.value(kDuplicatePolicyKey).toString());
}

void ImportWizard::saveState()
{
    QSettings settings;
    settings.setValue(kWizardSizeKey, size());
    settings.setValue(kDuplicatePolicyKey, policyKey(m_choices.onDuplicate));
}

QString ImportWizard::lastDirectory()
{
    const QString last = QSettings().value(kLastDirectoryKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    // Exports land in Downloads, where there is one.
    for (const auto location : {QStandardPaths::DownloadLocation, QStandardPaths::DocumentsLocation}) {
        const QString dir = QStandardPaths::writableLocation(location);
        if (!dir.isEmpty() && QFileInfo(dir).isDir())
            return dir;
    }
    return QDir::homePath();
}

void ImportWizard::setFile(const QString& path)
{
    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    QSettings().setValue(kLastDirectoryKey, info.absolutePath());
    // A new file: everything is detected again; how duplicates are treated is the person's habit.
    const importing::DuplicatePolicy policy = m_choices.onDuplicate;
    const domain::ImportKind kind = m_choices.kind;
    m_choices = importing::ImportSettings();
    m_choices.onDuplicate = policy;
    m_choices.kind = kind;
    // Unless the person said what they import, the file's columns say it.
    m_guessPending = !m_kindChosen;
    m_detected.reset();
    m_preview = ImportPreviewResult();
    m_outcome.reset();
    m_detectionGeneration = requestPreview();
    emit fileChanged();
    emit previewChanged();
}

qint64 ImportWizard::requestPreview()
{
    return m_path.isEmpty() ? 0 : m_loader.request(m_path, m_choices, m_minorDigits);
}

void ImportWizard::setReadOptions(
    const std::optional<QString>& encoding, const std::optional<QChar>& delimiter, std::optional<bool> hasHeader)
{
    m_choices.encoding = encoding;
    m_choices.delimiter = delimiter;
    m_choices.hasHeader = hasHeader;
    requestPreview();
}

void ImportWizard::setColumns(const std::optional<std::map<QString, int>>& columns)
{
    m_choices.mapping.reset();
    m_choices.columns.reset();
    if (columns && m_choices.kind == domain::ImportKind::Advocates) {
        m_choices.mapping = importing::ImportKinds::mappingOf(*columns);
        // Still the export it was recognised as, with a column moved.
        if (const importing::ImportPreview* preview = currentPreview())
            m_choices.mapping->recognisedAs = preview->mapping.recognisedAs;
    } else if (columns) {
        m_choices.columns = columns;
    }
    requestPreview();
}

void ImportWizard::setDateOrder(const std::optional<csv::DateOrder>& order)
{
    m_choices.dateOrder = order;
    requestPreview();
}

void ImportWizard::setDecimal(QChar decimal)
{
    m_choices.decimal = decimal;
    requestPreview();
}

void ImportWizard::setDuplicatePolicy(importing::DuplicatePolicy policy)
{
    m_choices.onDuplicate = policy;
}

void ImportWizard::onPreviewLoaded(const ImportPreviewResult& result)
{
    if (result.path != m_path)
        return;
    const QStringList oldHeader = currentPreview() ? currentPreview()->header : QStringList();
    m_preview = result;
    if (result.generation == m_detectionGeneration && result.preview) {
        if (m_guessPending) {
            m_guessPending = false;
            const domain::ImportKind guessed = importing::ImportKinds::guess(result.preview->header);
            if (guessed != m_choices.kind) {
                // Read again as what it is; the pages wait for that.
                setKind(guessed, false);
                return;
            }
        }
        m_detected = result.preview;
        m_detectionGeneration = 0;
    }
    // A chosen mapping belongs to the columns it was chosen for: when the header changes (another
    // delimiter, or the first row no longer a header) the columns are matched afresh.
    if ((m_choices.mapping || m_choices.columns) && result.preview && !oldHeader.isEmpty()
        && result.preview->header != oldHeader) {
        m_choices.mapping.reset();
        m_choices.columns.reset();
        requestPreview();
    }
    emit previewChanged();
}

const importing::ImportPreview* ImportWizard::currentPreview() const
{
    return m_preview.preview ? &*m_preview.preview : nullptr;
}

importing::ImportSettings ImportWizard::runSettings() const
{
    importing::ImportSettings settings = m_choices;
    if (const importing::ImportPreview* preview = currentPreview()) {
        settings.encoding = preview->encoding.name;
        settings.delimiter = QLatin1Char(preview->dialect.dialect.delimiter);
        settings.hasHeader = preview->dialect.hasHeader;
        if (settings.kind == domain::ImportKind::Advocates)
            settings.mapping = preview->mapping;
        else
            settings.columns = preview->columns;
    }
    return settings;
}

void ImportWizard::setOutcome(const Result<importing::ImportSummary>& outcome)
{
    m_outcome = outcome;
    if (outcome && !outcome->dryRun && outcome->batchId > 0)
        emit recordsChanged();
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        // The summary says what happened; closing now would hide it.
        m_runPage->cancel();
        return;
    }
    if (m_checkPage->isRunning()) {
        m_closeWhenStopped = true;
        m_checkPage->cancel();
        return;
    }
    QWizard::reject();
}

void ImportWizard::done(int result)
{
    saveState();
    QWizard::done(result);
}

void ImportWizard::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (currentId() == FilePageId && urls.size() == 1 && urls.front().isLocalFile())
        event->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (currentId() != FilePageId || urls.size() != 1 || !urls.front().isLocalFile())
        return;
    event->acceptProposedAction();
    setFile(urls.front().toLocalFile());
}

} // namespace grapevine::ui
