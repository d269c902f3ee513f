// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFilePage.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

#include "ImportWizard.h"
#include "import/ImportKinds.h"
#include "widgets/AlertColor.h"
#include "widgets/Prompter.h"

namespace grapevine::ui {

namespace {

using domain::ImportKind;

QString helpText(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Referrals:
    case ImportKind::Orders:
        return ImportFilePage::tr("Export the orders from your shop (Shopify, WooCommerce, Square, Stripe…) or keep a "
                                  "list of referrals in a spreadsheet. An order by a referred friend, or with an "
                                  "advocate's referral code, marks the referral converted with the order's value; "
                                  "rewards follow the campaign's rules. Orders already recorded are skipped.");
    case ImportKind::Mentions:
        return ImportFilePage::tr("Export the mentions from your social-listening tool (Brand24, Mention, "
                                  "Talkwalker…) or your reviews from Google or Trustpilot. Complaints join the "
                                  "response queue. Mentions already in Grapevine are skipped.");
    case ImportKind::Advocates:
        break;
    }
    return ImportFilePage::tr("Grapevine knows the exports of Shopify, WooCommerce, HubSpot, Mailchimp, Square, "
                              "Stripe, Klaviyo, and Google and Outlook contacts, and reads any other file with a "
                              "column of email addresses. People already in Grapevine are recognised by their email, "
                              "so importing this week's export again only brings in what changed.");
}

QString kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Referrals:
    case ImportKind::Orders:
        return ImportFilePage::tr("orders or referrals");
    case ImportKind::Mentions:
        return ImportFilePage::tr("mentions or reviews");
    case ImportKind::Advocates:
        break;
    }
    return ImportFilePage::tr("customers or contacts");
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_kinds(new QButtonGroup(this))
    , m_help(new QLabel(this))
    , m_chooseButton(new QPushButton(tr("&Choose File…"), this))
    , m_dropHint(new QLabel(this))
    , m_fileBox(new QFrame(this))
    , m_fileName(new QLabel(m_fileBox))
    , m_fileDetails(new QLabel(m_fileBox))
    , m_recognised(new QLabel(m_fileBox))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the file"));
    setSubTitle(tr("Export the list from your shop, CRM or tool as a CSV file, or save a spreadsheet as CSV. Nothing "
                   "changes in Grapevine until the last step."));

    auto* kindBox = new QFrame(this);
    kindBox->setObjectName(QStringLiteral("kindBox"));
    auto* kindLayout = new QHBoxLayout(kindBox);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    kindLayout->addWidget(new QLabel(tr("The file holds:"), kindBox));
    const std::pair<ImportKind, QString> kinds[] = {{ImportKind::Advocates, tr("C&ustomers or contacts")},
        {ImportKind::Referrals, tr("&Orders or referrals")}, {ImportKind::Mentions, tr("&Mentions or reviews")}};
    for (const auto& [kind, text] : kinds) {
        auto* button = new QRadioButton(text, kindBox);
        button->setObjectName(QStringLiteral("kind_%1").arg(domain::toKey(kind)));
        m_kinds->addButton(button, static_cast<int>(kind));
        kindLayout->addWidget(button);
    }
    m_kinds->button(static_cast<int>(ImportKind::Advocates))
        ->setToolTip(tr("People to keep as advocates: customers, partners, staff, subscribers"));
    m_kinds->button(static_cast<int>(ImportKind::Referrals))
        ->setToolTip(tr("A shop's orders, to find the referrals that converted and their order values"));
    m_kinds->button(static_cast<int>(ImportKind::Mentions))
        ->setToolTip(tr("Posts, comments and reviews that mention the business"));
    kindLayout->addStretch();
    connect(m_kinds, &QButtonGroup::idClicked, this,
        [this](int id) { m_wizard.setKind(static_cast<ImportKind>(id), true); });

    m_help->setObjectName(QStringLiteral("kindHelp"));
    m_help->setWordWrap(true);

    // The drop zone: a dashed frame that says what to do, with the button inside.
    auto* zone = new QFrame(this);
    zone->setObjectName(QStringLiteral("dropZone"));
    zone->setStyleSheet(QStringLiteral("QFrame#dropZone { border: 2px dashed palette(mid); border-radius: 8px; }"));
    zone->setMinimumHeight(170);
    zone->setMaximumHeight(240);
    auto* icon = new QLabel(zone);
    icon->setPixmap(style()->standardIcon(QStyle::SP_FileIcon).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    m_dropHint->setText(tr("Drop a CSV or text file here, or"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    m_chooseButton->setToolTip(tr("Choose the exported file (CSV or tab-separated text)"));
    auto* zoneLayout = new QVBoxLayout(zone);
    zoneLayout->addStretch();
    zoneLayout->addWidget(icon);
    zoneLayout->addWidget(m_dropHint);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_chooseButton);
    buttonRow->addStretch();
    zoneLayout->addLayout(buttonRow);
    zoneLayout->addStretch();
    connect(m_chooseButton, &QPushButton::clicked, this, &ImportFilePage::choose);

    m_fileBox->setObjectName(QStringLiteral("fileBox"));
    QFont bigger = m_fileName->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    bigger.setBold(true);
    m_fileName->setObjectName(QStringLiteral("fileNameLabel"));
    m_fileName->setFont(bigger);
    m_fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileDetails->setObjectName(QStringLiteral("fileDetailsLabel"));
    m_fileDetails->setWordWrap(true);
    m_recognised->setObjectName(QStringLiteral("recognisedLabel"));
    m_recognised->setWordWrap(true);
    auto* fileLayout = new QVBoxLayout(m_fileBox);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_fileName);
    fileLayout->addWidget(m_fileDetails);
    fileLayout->addSpacing(4);
    fileLayout->addWidget(m_recognised);
    m_fileBox->hide();

    m_error->setObjectName(QStringLiteral("fileErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(alertStyleSheet(palette()));
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(kindBox);
    layout->addWidget(m_help);
    layout->addSpacing(8);
    layout->addWidget(zone);
    layout->addSpacing(8);
    layout->addWidget(m_fileBox);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(&m_wizard, &ImportWizard::fileChanged, this, &ImportFilePage::refresh);
    connect(&m_wizard, &ImportWizard::previewChanged, this, &ImportFilePage::refresh);
    connect(&m_wizard, &ImportWizard::kindChanged, this, &ImportFilePage::showKind);
    showKind();
}

void ImportFilePage::showKind()
{
    const ImportKind kind = m_wizard.kind();
    if (QAbstractButton* button
        = m_kinds->button(static_cast<int>(kind == ImportKind::Orders ? ImportKind::Referrals : kind)))
        button->setChecked(true);
    m_help->setText(helpText(kind));
    refresh();
}

QString ImportFilePage::recognisedText(const QString& tool)
{
    if (tool.isEmpty())
        return {};
    // Contacts apps export contacts, the rest customers (or subscribers, which is close enough).
    if (tool.endsWith(QLatin1String("Contacts")))
        return tr("Recognised: %1 export").arg(tool);
    if (tool == QLatin1String("Outlook"))
        return tr("Recognised: %1 contacts export").arg(tool);
    return tr("Recognised: %1 customers export").arg(tool);
}

QString ImportFilePage::recognition(const importing::ImportPreview& detected) const
{
    const ImportKind kind = m_wizard.kind();
    QString text;
    const ImportKind looksLike = importing::ImportKinds::guess(detected.header);
    const auto same = [](ImportKind a, ImportKind b) { return kindName(a) == kindName(b); };
    if (m_wizard.isKindGuessed())
        text = tr("Its columns say it holds %1, so that is how it is imported; choose another kind above if not.")
                   .arg(kindName(kind))
            + QLatin1Char(' ');
    else if (!same(looksLike, kind) && looksLike != ImportKind::Advocates)
        // Chosen from the menu, but the headings say otherwise: a question, not a switch.
        return QStringLiteral("⚠ ")
            + tr("Its columns look like %1 rather than %2. If so, choose “%3” above.")
                  .arg(kindName(looksLike), kindName(kind),
                      m_kinds->button(static_cast<int>(looksLike))->text().remove(QLatin1Char('&')));
    const QString tool = detected.mapping.recognisedAs;
    if (kind == ImportKind::Advocates && !tool.isEmpty())
        //: %1 is "Recognised: Shopify customers export"
        return text + QStringLiteral("✔ ") + tr("%1 — the columns are matched already.").arg(recognisedText(tool));
    if (importing::ImportKinds::missing(kind, detected.columns).isEmpty())
        return text
            + tr("Not one of the exports Grapevine knows by name, but its columns were matched by their headings. You "
                 "can check the matches in two steps.");
    if (kind == ImportKind::Advocates)
        return text
            + tr("Grapevine did not find a column of email addresses by its heading. You will choose it in the column "
                 "mapping, two steps from here.");
    return text
        + tr("Grapevine did not find the columns it needs by their headings. You will choose them in the column "
             "mapping, two steps from here.");
}

void ImportFilePage::choose()
{
    const QString path = m_wizard.files().openFile(this, m_wizard.windowTitle(), m_wizard.lastDirectory(),
        tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        m_wizard.setFile(path);
}

bool ImportFilePage::isComplete() const
{
    const importing::ImportPreview* preview = m_wizard.currentPreview();
    return !m_wizard.filePath().isEmpty() && !m_wizard.isPreviewLoading() && preview && !preview->header.isEmpty();
}

void ImportFilePage::refresh()
{
    const QString path = m_wizard.filePath();
    m_fileBox->setVisible(!path.isEmpty());
    m_chooseButton->setText(path.isEmpty() ? tr("&Choose File…") : tr("&Choose Another File…"));
    if (path.isEmpty()) {
        emit completeChanged();
        return;
    }
    const QFileInfo info(path);
    const QLocale locale;
    m_fileName->setText(info.fileName());
    m_fileName->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    const importing::ImportPreview* preview = m_wizard.currentPreview();
    if (m_wizard.isPreviewLoading() && !preview) {
        m_fileDetails->setText(tr("%1 — reading…").arg(locale.formattedDataSize(info.size())));
        m_recognised->clear();
    } else if (preview) {
        const int columns = static_cast<int>(preview->header.size());
        const QString rows = preview->estimatedRows > preview->sampledRows
            ? tr("about %1 rows").arg(locale.toString(preview->estimatedRows))
            : tr("%Ln row(s)", nullptr, static_cast<int>(preview->sampledRows));
        //: File size — rows — columns, e.g. "1.2 MB — about 5,000 rows — 19 columns"
        m_fileDetails->setText(
            tr("%1 — %2 — %3").arg(locale.formattedDataSize(info.size()), rows, tr("%Ln column(s)", nullptr, columns)));
        const auto& detected = m_wizard.detected();
        m_recognised->setText(detected ? recognition(*detected) : QString());
    } else {
        m_fileDetails->setText(locale.formattedDataSize(info.size()));
        m_recognised->clear();
    }
    QString error = m_wizard.previewError();
    if (error.isEmpty() && preview && preview->header.isEmpty())
        error = tr("The file is empty: there is nothing to import.");
    m_error->setVisible(!error.isEmpty());
    m_error->setText(error);
    emit completeChanged();
}

} // namespace grapevine::ui
