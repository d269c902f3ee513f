// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportMappingPage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "ImportFilePage.h"
#include "ImportWizard.h"
#include "db/Database.h"
#include "import/ImportKinds.h"
#include "import/MappingPresets.h"
#include "widgets/AlertColor.h"
#include "widgets/Prompter.h"

namespace grapevine::ui {

using domain::ImportKind;

namespace {

/// The combo boxes' data for "Don't import"; the others hold the field's key.
const QString kNotImported;

/// A few values of the column, so its heading does not have to say it all.
QString samples(const importing::ImportPreview& preview, int column, QString* all)
{
    QStringList values;
    for (const csv::CsvRow& row : preview.rows) {
        if (column >= row.fields.size())
            continue;
        QString value = row.fields.at(column).simplified();
        if (value.isEmpty() || values.contains(value))
            continue;
        values << value;
        if (values.size() == 3)
            break;
    }
    *all = values.join(QLatin1Char('\n'));
    for (QString& v : values) {
        if (v.size() > 28)
            v = v.left(27) + QChar(0x2026);
    }
    return values.join(QStringLiteral(" · "));
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_banner(new QLabel(this))
    , m_presets(new QComboBox(this))
    , m_savePreset(new QPushButton(tr("&Save as Preset…"), this))
    , m_presetNote(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_count(new QLabel(this))
    , m_requiredWarning(new QLabel(this))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose what each column of the file holds. Columns set to “Don't import” are left out."));

    m_banner->setObjectName(QStringLiteral("mappingBanner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(10, 8, 10, 8);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);

    m_presets->setObjectName(QStringLiteral("presetCombo"));
    m_presets->setToolTip(tr("Apply a column mapping saved for an earlier file"));
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_savePreset->setObjectName(QStringLiteral("savePresetButton"));
    m_savePreset->setToolTip(tr("Save these matches under a name, to apply them to next week's file in one go"));
    m_presetNote->setObjectName(QStringLiteral("presetNote"));
    m_presetNote->setWordWrap(true);
    m_presetNote->setForegroundRole(QPalette::PlaceholderText);

    m_scroll->setObjectName(QStringLiteral("mappingScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);

    m_count->setObjectName(QStringLiteral("mappingCount"));
    m_requiredWarning->setObjectName(QStringLiteral("requiredWarning"));
    m_requiredWarning->setWordWrap(true);
    m_requiredWarning->setStyleSheet(alertStyleSheet(palette()));
    m_requiredWarning->hide();

    auto* presetLabel = new QLabel(tr("Saved &mapping:"), this);
    presetLabel->setBuddy(m_presets);
    auto* presetRow = new QHBoxLayout;
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_presets);
    presetRow->addWidget(m_savePreset);
    presetRow->addWidget(m_presetNote, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(presetRow);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_requiredWarning);

    connect(m_presets, &QComboBox::activated, this, &ImportMappingPage::presetChosen);
    connect(m_savePreset, &QPushButton::clicked, this, &ImportMappingPage::savePreset);
    connect(&m_wizard, &ImportWizard::previewChanged, this, &ImportMappingPage::refresh);
    connect(&m_wizard, &ImportWizard::fileChanged, this, [this] {
        m_builtHeader.clear();
        m_presetNote->clear();
    });
}

QComboBox* ImportMappingPage::fieldCombo(int column) const
{
    return column >= 0 && static_cast<size_t>(column) < m_combos.size() ? m_combos[static_cast<size_t>(column)]
                                                                        : nullptr;
}

void ImportMappingPage::initializePage()
{
    fillPresets();
    const bool writable = !m_wizard.database().isReadOnly();
    m_savePreset->setEnabled(writable);
    refresh();
}

void ImportMappingPage::rebuild()
{
    const importing::ImportPreview* preview = m_wizard.currentPreview();
    m_combos.clear();
    auto* grid = new QWidget;
    grid->setObjectName(QStringLiteral("mappingGrid"));
    auto* layout = new QGridLayout(grid);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(6);
    const auto caption = [grid](const QString& text) {
        auto* label = new QLabel(text, grid);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        return label;
    };
    layout->addWidget(caption(tr("Column in the file")), 0, 0);
    layout->addWidget(caption(tr("Values in the first rows")), 0, 1);
    layout->addWidget(caption(tr("Imported as")), 0, 2);
    m_builtHeader = preview ? preview->header : QStringList();
    m_builtKind = m_wizard.kind();
    for (int c = 0; c < m_builtHeader.size(); ++c) {
        const QString& heading = m_builtHeader.at(c);
        // A heading can be a whole row of text (the wrong delimiter): it is cut short, whole in its tooltip.
        auto* name = new QLabel(grid);
        const int room = name->fontMetrics().averageCharWidth() * 36;
        name->setText(name->fontMetrics().elidedText(heading, Qt::ElideRight, room));
        name->setToolTip(heading);
        QString all;
        auto* values = new QLabel(grid);
        values->setText(values->fontMetrics().elidedText(samples(*preview, c, &all), Qt::ElideRight, room * 2));
        values->setForegroundRole(QPalette::PlaceholderText);
        values->setToolTip(all);
        auto* combo = new QComboBox(grid);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(c));
        combo->setAccessibleName(tr("What the column “%1” holds").arg(heading));
        combo->addItem(tr("Don't import"), kNotImported);
        combo->insertSeparator(1);
        for (const QString& key : importing::ImportKinds::keys(m_builtKind))
            combo->addItem(importing::ImportKinds::fieldName(m_builtKind, key), key);
        combo->setMinimumContentsLength(18);
        connect(combo, &QComboBox::activated, this, [this, c] { fieldChosen(c); });
        name->setBuddy(combo);
        layout->addWidget(name, c + 1, 0);
        layout->addWidget(values, c + 1, 1);
        layout->addWidget(combo, c + 1, 2);
        m_combos.push_back(combo);
    }
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(static_cast<int>(m_builtHeader.size()) + 1, 1);
    m_scroll->setWidget(grid);
}

void ImportMappingPage::refresh()
{
    const importing::ImportPreview* preview = m_wizard.currentPreview();
    if (preview && (preview->header != m_builtHeader || m_wizard.kind() != m_builtKind)) {
        rebuild();
        if (applyFittingPreset())
            return;
    }
    if (preview)
        syncCombos(preview->columns);

    // The export as read now: another delimiter may have made it something else.
    const QString tool
        = preview && m_wizard.kind() == ImportKind::Advocates ? preview->mapping.recognisedAs : QString();
    if (!tool.isEmpty())
        m_banner->setText(tr("<b>%1.</b> Every column Grapevine knows is matched already; nothing needs changing. "
                             "Check the matches below if you like.")
                              .arg(ImportFilePage::recognisedText(tool).toHtmlEscaped()));
    else
        m_banner->setText(tr("Grapevine matched the columns by their headings. Check each match below, and choose "
                             "what any column it did not recognise holds."));
    m_presets->setItemText(0,
        tool.isEmpty() ? tr("Matched automatically") : tr("Matched automatically (%1)", "the export's tool").arg(tool));
    updateStatus();
}

void ImportMappingPage::syncCombos(const std::map<QString, int>& columns)
{
    for (size_t c = 0; c < m_combos.size(); ++c) {
        QComboBox* combo = m_combos[c];
        QString key = kNotImported;
        for (const auto& [k, column] : columns) {
            if (column == static_cast<int>(c))
                key = k;
        }
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(key)));
    }
}

std::map<QString, int> ImportMappingPage::columnsFromCombos() const
{
    std::map<QString, int> columns;
    for (size_t c = 0; c < m_combos.size(); ++c) {
        const QString key = m_combos[c]->currentData().toString();
        if (key != kNotImported)
            columns[key] = static_cast<int>(c);
    }
    return columns;
}

void ImportMappingPage::fieldChosen(int column)
{
    QComboBox* chosen = fieldCombo(column);
    const QString field = chosen->currentData().toString();
    // A field comes from one column: the column that had it gives it up.
    QString movedFrom;
    if (field != kNotImported) {
        for (size_t c = 0; c < m_combos.size(); ++c) {
            if (static_cast<int>(c) != column && m_combos[c]->currentData().toString() == field) {
                const QSignalBlocker block(m_combos[c]);
                m_combos[c]->setCurrentIndex(m_combos[c]->findData(kNotImported));
                movedFrom = m_builtHeader.value(static_cast<int>(c));
            }
        }
    }
    m_presetNote->setText(movedFrom.isEmpty()
            ? tr("Changed by hand. Save as a preset to use these matches again.")
            : tr("“%1” now comes from “%2” instead of “%3”.")
                  .arg(chosen->currentText(), m_builtHeader.value(column), movedFrom));
    m_wizard.setColumns(columnsFromCombos());
    updateStatus();
}

void ImportMappingPage::fillPresets(const QString& select)
{
    const QSignalBlocker block(m_presets);
    const QString current = select.isEmpty() ? m_presets->currentData().toString() : select;
    m_presets->clear();
    m_presets->addItem(tr("Matched automatically"), QString());
    const auto names = importing::MappingPresets::names(m_wizard.database().connection());
    if (names) {
        for (const QString& name : names.value())
            m_presets->addItem(name, name);
    }
    const int index = current.isEmpty() ? 0 : m_presets->findData(current);
    m_presets->setCurrentIndex(index < 0 ? 0 : index);
    m_presets->setEnabled(m_presets->count() > 1);
}

void ImportMappingPage::presetChosen(int index)
{
    const QString name = m_presets->itemData(index).toString();
    const importing::ImportPreview* preview = m_wizard.currentPreview();
    if (name.isEmpty() || !preview) {
        m_presetNote->clear();
        m_wizard.setColumns(std::nullopt);
        return;
    }
    const auto preset = importing::MappingPresets::load(m_wizard.database().connection(), name);
    if (!preset || !preset.value()) {
        m_wizard.prompter().warning(this, tr("Cannot Apply the Mapping"),
            preset ? tr("The saved mapping “%1” no longer exists.").arg(name) : preset.error().message);
        fillPresets();
        return;
    }
    QStringList missing;
    // Presets are saved for every kind of file; only this kind's fields count.
    importing::MappingPreset ofThisKind = *preset.value();
    const QStringList keys = importing::ImportKinds::keys(m_wizard.kind());
    for (auto it = ofThisKind.columns.begin(); it != ofThisKind.columns.end();)
        it = keys.contains(it->first) ? std::next(it) : ofThisKind.columns.erase(it);
    if (ofThisKind.columns.empty()) {
        m_presetNote->setText(tr("“%1” was saved for another kind of file; nothing of it applies here.").arg(name));
        return;
    }
    const std::map<QString, int> columns = ofThisKind.columnsIn(preview->header, &missing);
    m_presetNote->setText(missing.isEmpty()
            ? tr("Applied “%1”.").arg(name)
            : tr("Applied “%1”, but this file has no column called %2: those details are not imported.")
                  .arg(name, missing.join(QStringLiteral(", "))));
    syncCombos(columns);
    m_wizard.setColumns(columns);
    updateStatus();
}

bool ImportMappingPage::applyFittingPreset()
{
    const importing::ImportPreview* preview = m_wizard.currentPreview();
    const importing::ImportSettings& choices = m_wizard.choices();
    if (!preview || choices.mapping || choices.columns)
        return false;
    const auto names = importing::MappingPresets::names(m_wizard.database().connection());
    if (!names)
        return false;
    // Last week's file again: the saved mapping whose every heading this file has, the largest.
    const QStringList keys = importing::ImportKinds::keys(m_wizard.kind());
    QString best;
    std::map<QString, int> bestColumns;
    for (const QString& name : names.value()) {
        const auto preset = importing::MappingPresets::load(m_wizard.database().connection(), name);
        if (!preset || !preset.value())
            continue;
        bool ofThisKind = !preset.value()->columns.empty();
        for (const auto& [key, heading] : preset.value()->columns)
            ofThisKind = ofThisKind && keys.contains(key);
        QStringList missing;
        const std::map<QString, int> columns = preset.value()->columnsIn(preview->header, &missing);
        if (ofThisKind && missing.isEmpty() && importing::ImportKinds::missing(m_wizard.kind(), columns).isEmpty()
            && columns.size() > bestColumns.size()) {
            best = name;
            bestColumns = columns;
        }
    }
    if (best.isEmpty())
        return false;
    fillPresets(best);
    syncCombos(bestColumns);
    m_presetNote->setText(tr("Applied your saved mapping “%1”: this file has all its columns.").arg(best));
    m_wizard.setColumns(bestColumns);
    updateStatus();
    return true;
}

void ImportMappingPage::savePreset()
{
    const importing::ImportPreview* preview = m_wizard.currentPreview();
    if (!preview)
        return;
    QStringList existing;
    for (int i = 1; i < m_presets->count(); ++i)
        existing << m_presets->itemData(i).toString();
    const QString name = m_wizard.prompter()
                             .askText(this, tr("Save Column Mapping"),
                                 tr("A name for these matches, such as “Weekly Shopify export”:"), existing)
                             .trimmed();
    if (name.isEmpty())
        return;
    if (existing.contains(name)
        && !m_wizard.prompter().confirm(this, tr("Replace the Saved Mapping?"),
            tr("A mapping called “%1” is saved already. Replace it with these matches?").arg(name), tr("Replace")))
        return;
    const auto preset = importing::MappingPreset::fromColumns(name, columnsFromCombos(), preview->header);
    if (Status saved = importing::MappingPresets::save(m_wizard.database().connection(), preset); !saved) {
        m_wizard.prompter().warning(this, tr("Cannot Save the Mapping"), saved.error().message);
        return;
    }
    fillPresets(name);
    m_presetNote->setText(tr("Saved as “%1”. Choose it here next time.").arg(name));
}

void ImportMappingPage::updateStatus()
{
    const std::map<QString, int> columns = columnsFromCombos();
    const int used = static_cast<int>(columns.size());
    m_count->setText(tr("%1 of %Ln column(s) will be imported.", nullptr, static_cast<int>(m_combos.size())).arg(used));
    const QString missing = importing::ImportKinds::missing(m_wizard.kind(), columns);
    m_requiredWarning->setText(missing);
    m_requiredWarning->setVisible(!m_combos.empty() && !missing.isEmpty());
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    const importing::ImportPreview* preview = m_wizard.currentPreview();
    if (m_wizard.isPreviewLoading() || !preview)
        return false;
    return importing::ImportKinds::missing(m_wizard.kind(), columnsFromCombos()).isEmpty();
}

} // namespace grapevine::ui
