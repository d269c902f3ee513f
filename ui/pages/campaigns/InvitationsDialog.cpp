// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvitationsDialog.h"

#include <climits>

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

#include "db/Database.h"
#include "domain/Clock.h"
#include "invitations/MailMergeExport.h"
#include "pages/campaigns/ReferralCardsWriter.h"
#include "store/CampaignStore.h"
#include "store/SettingsStore.h"
#include "widgets/AlertColor.h"
#include "widgets/ProgressTask.h"
#include "widgets/Prompter.h"

namespace grapevine::ui {

using invitations::InvitationRecipients;
using invitations::InvitationTemplate;
using invitations::Recipient;

namespace {

QString withSuffix(QString path, const QString& suffix)
{
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

QString suggestionText(const Recipient& r)
{
    //: A suggestion while choosing whom to preview: name, email and referral code
    return InvitationsDialog::tr("%1 <%2> · %3").arg(r.displayName(), r.email, r.referralCode);
}

/// A stand-in so the message can be edited and previewed before anyone has consented.
Recipient exampleRecipient()
{
    return Recipient {0, QStringLiteral("alex@example.com"), InvitationsDialog::tr("Alex"),
        InvitationsDialog::tr("Example"), QStringLiteral("ALEX-2026")};
}

} // namespace

InvitationsDialog::InvitationsDialog(
    db::Database& database, qint64 campaignId, Prompter& prompter, FileChooser& files, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_campaignId(campaignId)
    , m_prompter(prompter)
    , m_files(files)
{
    setObjectName(QStringLiteral("invitationsDialog"));
    setWindowTitle(tr("Invitations"));
    buildUi();
    load();
    resize(1040, 720);
}

InvitationsDialog::~InvitationsDialog() = default;

void InvitationsDialog::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_loadError = new QLabel(this);
    m_loadError->setObjectName(QStringLiteral("loadErrorLabel"));
    m_loadError->setWordWrap(true);
    m_loadError->setStyleSheet(cautionStyleSheet(palette()));
    m_loadError->hide();

    // The message.
    auto* messageBox = new QGroupBox(tr("Message"), this);
    m_templateEdit = new QPlainTextEdit(messageBox);
    m_templateEdit->setObjectName(QStringLiteral("templateEdit"));
    m_templateEdit->setTabChangesFocus(true);
    m_templateEdit->setAccessibleName(tr("Message template"));

    m_insertFieldButton = new QToolButton(messageBox);
    m_insertFieldButton->setObjectName(QStringLiteral("insertFieldButton"));
    m_insertFieldButton->setText(tr("Insert Field"));
    m_insertFieldButton->setPopupMode(QToolButton::InstantPopup);
    m_insertFieldButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* fieldMenu = new QMenu(m_insertFieldButton);
    for (invitations::MergeField field : InvitationTemplate::allFields()) {
        const QString placeholder = InvitationTemplate::placeholder(field);
        //: A menu entry: a merge field's name and how it is written in the message
        QAction* action = fieldMenu->addAction(tr("%1\t%2").arg(InvitationTemplate::fieldLabel(field), placeholder));
        action->setObjectName(QStringLiteral("insertField_") + InvitationTemplate::fieldName(field));
        connect(action, &QAction::triggered, this, [this, placeholder] { insertField(placeholder); });
    }
    m_insertFieldButton->setMenu(fieldMenu);

    m_defaultTemplateButton = new QPushButton(tr("Use Default Text"), messageBox);
    m_defaultTemplateButton->setObjectName(QStringLiteral("defaultTemplateButton"));
    m_saveTemplateButton = new QPushButton(tr("Save Message"), messageBox);
    m_saveTemplateButton->setObjectName(QStringLiteral("saveTemplateButton"));

    m_unknownFieldsLabel = new QLabel(messageBox);
    m_unknownFieldsLabel->setObjectName(QStringLiteral("unknownFieldsLabel"));
    m_unknownFieldsLabel->setWordWrap(true);
    m_unknownFieldsLabel->setStyleSheet(cautionStyleSheet(palette()));
    m_unknownFieldsLabel->hide();

    auto* messageButtons = new QHBoxLayout;
    messageButtons->addWidget(m_insertFieldButton);
    messageButtons->addStretch();
    messageButtons->addWidget(m_defaultTemplateButton);
    messageButtons->addWidget(m_saveTemplateButton);
    auto* messageLayout = new QVBoxLayout(messageBox);
    messageLayout->addWidget(m_templateEdit, 1);
    messageLayout->addWidget(m_unknownFieldsLabel);
    messageLayout->addLayout(messageButtons);

    // The personal link: shown, not edited here; it belongs to the campaign's settings.
    auto* linkBox = new QGroupBox(tr("Personal Link"), this);
    m_landingUrlLabel = new QLabel(linkBox);
    m_landingUrlLabel->setObjectName(QStringLiteral("landingUrlLabel"));
    m_utmLabel = new QLabel(linkBox);
    m_utmLabel->setObjectName(QStringLiteral("utmLabel"));
    m_linkNoteLabel = new QLabel(linkBox);
    m_linkNoteLabel->setObjectName(QStringLiteral("linkNoteLabel"));
    for (QLabel* label : {m_landingUrlLabel, m_utmLabel, m_linkNoteLabel}) {
        // Plain: "ref=<their code>" and an address typed by the user are not markup.
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto* linkLayout = new QFormLayout(linkBox);
    linkLayout->addRow(tr("Landing page:"), m_landingUrlLabel);
    linkLayout->addRow(tr("Tracking:"), m_utmLabel);
    linkLayout->addRow(m_linkNoteLabel);

    // The preview.
    auto* previewBox = new QGroupBox(tr("Preview"), this);
    m_previewSearchEdit = new QLineEdit(previewBox);
    m_previewSearchEdit->setObjectName(QStringLiteral("previewSearchEdit"));
    m_previewSearchEdit->setPlaceholderText(tr("Type a name, email or referral code"));
    m_previewSearchEdit->setClearButtonEnabled(true);
    m_suggestionModel = new QStringListModel(this);
    m_completer = new QCompleter(m_suggestionModel, this);
    m_completer->setObjectName(QStringLiteral("previewCompleter"));
    // The list already comes filtered by SQL; the completer must not filter it again.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_previewSearchEdit->setCompleter(m_completer);
    m_previewRecipientLabel = new QLabel(previewBox);
    m_previewRecipientLabel->setObjectName(QStringLiteral("previewRecipientLabel"));
    m_previewRecipientLabel->setWordWrap(true);
    m_previewLinkLabel = new QLabel(previewBox);
    m_previewLinkLabel->setObjectName(QStringLiteral("previewLinkLabel"));
    m_previewLinkLabel->setWordWrap(true);
    m_previewLinkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewText = new QPlainTextEdit(previewBox);
    m_previewText->setObjectName(QStringLiteral("previewText"));
    m_previewText->setReadOnly(true);
    m_previewText->setAccessibleName(tr("Message preview"));
    auto* previewLayout = new QVBoxLayout(previewBox);
    auto* searchRow = new QFormLayout;
    searchRow->addRow(tr("Preview for:"), m_previewSearchEdit);
    previewLayout->addLayout(searchRow);
    previewLayout->addWidget(m_previewRecipientLabel);
    previewLayout->addWidget(m_previewText, 1);
    previewLayout->addWidget(m_previewLinkLabel);

    // Sending.
    auto* sendBox = new QGroupBox(tr("Send"), this);
    m_recipientsLabel = new QLabel(sendBox);
    m_recipientsLabel->setObjectName(QStringLiteral("recipientsLabel"));
    m_recipientsLabel->setWordWrap(true);
    m_exportCsvButton = new QPushButton(tr("Export Mail-Merge CSV…"), sendBox);
    m_exportCsvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportCsvButton->setToolTip(tr("A spreadsheet with each advocate's email, personal link and finished "
                                     "message, for a mail-merge in your email or newsletter program"));
    m_cardsScopeCombo = new QComboBox(sendBox);
    m_cardsScopeCombo->setObjectName(QStringLiteral("cardsScopeCombo"));
    m_cardsScopeCombo->setAccessibleName(tr("Whose cards to print"));
    m_printCardsButton = new QPushButton(tr("Print Referral Cards…"), sendBox);
    m_printCardsButton->setObjectName(QStringLiteral("printCardsButton"));
    m_printCardsButton->setToolTip(tr("A PDF of cards to hand out: name, code and a QR code of the personal link"));
    m_cardsScopeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* cardsLabel = new QLabel(tr("Cards for:"), sendBox);
    cardsLabel->setBuddy(m_cardsScopeCombo);
    auto* sendButtons = new QHBoxLayout;
    sendButtons->addWidget(m_exportCsvButton);
    sendButtons->addStretch(1);
    sendButtons->addWidget(cardsLabel);
    sendButtons->addWidget(m_cardsScopeCombo);
    sendButtons->addWidget(m_printCardsButton);
    auto* sendLayout = new QVBoxLayout(sendBox);
    sendLayout->addWidget(m_recipientsLabel);
    sendLayout->addLayout(sendButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("dialogButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* left = new QVBoxLayout;
    left->addWidget(messageBox, 1);
    left->addWidget(linkBox);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(previewBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_loadError);
    layout->addLayout(columns, 1);
    layout->addWidget(sendBox);
    layout->addWidget(buttons);

    connect(m_templateEdit, &QPlainTextEdit::textChanged, this, &InvitationsDialog::templateEdited);
    connect(m_saveTemplateButton, &QPushButton::clicked, this, &InvitationsDialog::saveTemplate);
    connect(m_defaultTemplateButton, &QPushButton::clicked, this, &InvitationsDialog::restoreDefaultTemplate);
    connect(m_previewSearchEdit, &QLineEdit::textEdited, this, &InvitationsDialog::searchTyped);
    connect(m_previewSearchEdit, &QLineEdit::returnPressed, this, &InvitationsDialog::choosePreviewFirstSuggestion);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &InvitationsDialog::suggestionChosen);
    connect(m_exportCsvButton, &QPushButton::clicked, this, &InvitationsDialog::exportMailMerge);
    connect(m_printCardsButton, &QPushButton::clicked, this, &InvitationsDialog::printCards);
}

void InvitationsDialog::load()
{
    const QSqlDatabase db = m_database.connection();
    const auto campaign = store::CampaignStore(db, Clock::system()).get(m_campaignId);
    const auto business = store::SettingsStore(db).load();
    const auto count = InvitationRecipients(db).count();
    const Error* failed = !campaign ? &campaign.error()
        : !business                 ? &business.error()
        : !count                    ? &count.error()
                                    : nullptr;
    if (failed) {
        m_title->setText(tr("Invitations"));
        m_loadError->setText(failed->message);
        m_loadError->show();
        for (QWidget* w :
            std::initializer_list<QWidget*> {m_templateEdit, m_insertFieldButton, m_saveTemplateButton,
                m_defaultTemplateButton, m_previewSearchEdit, m_exportCsvButton, m_cardsScopeCombo, m_printCardsButton})
            w->setEnabled(false);
        return;
    }
    m_composer = std::make_unique<invitations::InvitationComposer>(*campaign, *business);
    m_recipientCount = *count;
    m_savedTemplate = campaign->messageTemplate;
    setWindowTitle(tr("Invitations – %1").arg(campaign->name));
    //: %1 is the campaign's name
    m_title->setText(tr("Personal invitations for “%1”").arg(campaign->name));

    const invitations::PersonalLink& link = m_composer->link();
    m_landingUrlLabel->setText(
        campaign->landingUrl.trimmed().isEmpty() ? tr("(none)") : campaign->landingUrl.trimmed());
    QStringList utm;
    const struct
    {
        const char* key;
        QString value;
    } parts[] = {{"utm_source", campaign->utmSource}, {"utm_medium", campaign->utmMedium},
        {"utm_campaign", campaign->utmCampaign}};
    for (const auto& part : parts) {
        if (!part.value.trimmed().isEmpty())
            utm << QLatin1String(part.key) + QLatin1Char('=') + part.value.trimmed();
    }
    m_utmLabel->setText(utm.isEmpty() ? tr("(none)") : utm.join(QStringLiteral("  ·  ")));
    if (link.isAvailable()) {
        m_linkNoteLabel->setStyleSheet(QString());
        m_linkNoteLabel->setText(tr("Each advocate's link adds ref=<their code>. Change the landing page and "
                                    "tracking in the campaign's settings."));
    } else {
        m_linkNoteLabel->setStyleSheet(cautionStyleSheet(palette()));
        m_linkNoteLabel->setText(link.unavailableReason());
    }

    if (m_recipientCount > 0) {
        m_recipientsLabel->setText(tr("%Ln advocate(s) agreed to receive invitations and have an email address.",
            nullptr, static_cast<int>(qMin<qint64>(m_recipientCount, INT_MAX))));
    } else {
        m_recipientsLabel->setStyleSheet(cautionStyleSheet(palette()));
        m_recipientsLabel->setText(tr("No advocate has agreed to receive invitations yet. Record their consent "
                                      "on the Advocates page; until then the preview shows an example."));
    }

    m_templateEdit->setPlainText(m_composer->messageTemplate().text());
    const auto first = InvitationRecipients(db).first();
    setPreviewRecipient(first ? *first : std::nullopt);
    m_saveTemplateButton->setEnabled(false);
    if (m_database.isReadOnly()) {
        m_saveTemplateButton->setToolTip(m_database.readOnlyReason());
        m_defaultTemplateButton->setEnabled(false);
    }
}

void InvitationsDialog::reject()
{
    if (m_saveTemplateButton->isEnabled()
        && !m_prompter.confirm(this, tr("Unsaved Message"),
            tr("The message has changes that are not saved. Close without saving them?"), tr("Close Without Saving")))
        return;
    QDialog::reject();
}

void InvitationsDialog::templateEdited()
{
    if (!m_composer)
        return;
    const QString text = m_templateEdit->toPlainText();
    m_composer->setTemplateText(text);
    const QStringList unknown = m_composer->messageTemplate().unknownFields();
    if (unknown.isEmpty()) {
        m_unknownFieldsLabel->hide();
    } else {
        m_unknownFieldsLabel->setText(tr("Not a merge field, so it would be sent exactly as typed: %1. Use "
                                         "Insert Field to add one.")
                                          .arg(unknown.join(QStringLiteral(", "))));
        m_unknownFieldsLabel->show();
    }
    const QString saved = m_savedTemplate.trimmed().isEmpty() ? InvitationTemplate::defaultText() : m_savedTemplate;
    m_saveTemplateButton->setEnabled(!m_database.isReadOnly() && text != saved);
    updatePreview();
}

void InvitationsDialog::insertField(const QString& placeholder)
{
    m_templateEdit->insertPlainText(placeholder);
    m_templateEdit->setFocus();
}

void InvitationsDialog::restoreDefaultTemplate()
{
    m_templateEdit->setPlainText(InvitationTemplate::defaultText());
}

void InvitationsDialog::saveTemplate()
{
    if (!m_composer)
        return;
    const QString text = m_templateEdit->toPlainText();
    const QStringList unknown = m_composer->messageTemplate().unknownFields();
    if (!unknown.isEmpty()
        && !m_prompter.confirm(this, tr("Save Message"),
            tr("The message contains %1, which is not a merge field and would be sent exactly as typed. Save it "
               "anyway?")
                .arg(unknown.join(QStringLiteral(", "))),
            tr("Save Anyway")))
        return;
    // Read again so that what someone else changed in the campaign meanwhile is not overwritten.
    store::CampaignStore campaigns(m_database.connection(), Clock::system());
    auto campaign = campaigns.get(m_campaignId);
    if (!campaign) {
        m_prompter.warning(this, tr("Save Message"), campaign.error().message);
        return;
    }
    // The default text is stored as "none", so it follows the user's language.
    campaign.value().messageTemplate = text == InvitationTemplate::defaultText() ? QString() : text;
    const Status saved = campaigns.update(campaign.value());
    if (!saved) {
        m_prompter.warning(this, tr("Save Message"), saved.error().message);
        return;
    }
    m_savedTemplate = campaign->messageTemplate;
    m_saveTemplateButton->setEnabled(false);
}

void InvitationsDialog::searchTyped(const QString& text)
{
    const auto found = InvitationRecipients(m_database.connection()).suggest(text, 20);
    m_suggestions = found ? *found : std::vector<Recipient>();
    QStringList texts;
    for (const Recipient& r : m_suggestions)
        texts << suggestionText(r);
    m_suggestionModel->setStringList(texts);
    if (!texts.isEmpty())
        m_completer->complete();
}

void InvitationsDialog::suggestionChosen(const QString& text)
{
    for (const Recipient& r : m_suggestions) {
        if (suggestionText(r) == text) {
            setPreviewRecipient(r);
            return;
        }
    }
}

void InvitationsDialog::choosePreviewFirstSuggestion()
{
    if (!m_suggestions.empty() && m_previewSearchEdit->text() != suggestionText(m_suggestions.front()))
        setPreviewRecipient(m_suggestions.front());
}

void InvitationsDialog::setPreviewRecipient(const std::optional<Recipient>& recipient)
{
    m_previewRecipient = recipient;
    if (recipient) {
        m_previewRecipientLabel->setText(
            tr("Showing the message for %1 (%2).").arg(recipient->displayName(), recipient->email));
        m_previewSearchEdit->setText(suggestionText(*recipient));
    } else {
        m_previewRecipientLabel->setText(tr("No advocate can be previewed yet, so this shows an example."));
    }
    updateCardsScope();
    updatePreview();
}

void InvitationsDialog::updatePreview()
{
    if (!m_composer)
        return;
    const Recipient shown = m_previewRecipient.value_or(exampleRecipient());
    m_previewText->setPlainText(m_composer->messageFor(shown));
    const QString link = m_composer->linkFor(shown);
    m_previewLinkLabel->setText(
        link.isEmpty() ? tr("No personal link (see Personal Link).") : tr("Personal link: %1").arg(link));
}

void InvitationsDialog::updateCardsScope()
{
    m_cardsScopeCombo->clear();
    m_cardsScopeCombo->addItem(
        tr("All %Ln advocate(s) who agreed", nullptr, static_cast<int>(qMin<qint64>(m_recipientCount, INT_MAX))));
    if (m_previewRecipient)
        m_cardsScopeCombo->addItem(tr("Only %1").arg(m_previewRecipient->displayName()));
}

QString InvitationsDialog::suggestedPath(const QString& suffix) const
{
    QString name = m_composer ? m_composer->campaign().name : QString();
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    name.replace(unsafe, QStringLiteral("-"));
    //: A file name: %1 is the campaign's name
    const QString base
        = suffix == QLatin1String("csv") ? tr("%1 invitations").arg(name) : tr("%1 referral cards").arg(name);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(base.trimmed() + QLatin1Char('.') + suffix);
}

std::optional<qint64> InvitationsDialog::recipientsOrExplain()
{
    const auto count = InvitationRecipients(m_database.connection()).count();
    if (!count) {
        m_prompter.warning(this, tr("Invitations"), count.error().message);
        return std::nullopt;
    }
    if (*count == 0) {
        m_prompter.information(this, tr("No One to Invite"),
            tr("No advocate has agreed to receive invitations yet, so there is nothing to export. Record an "
               "advocate's consent (and email address) on the Advocates page first."));
        return std::nullopt;
    }
    return *count;
}

void InvitationsDialog::exportMailMerge()
{
    if (!m_composer || !recipientsOrExplain())
        return;
    const QString chosen = m_files.saveFile(this, tr("Export Mail-Merge CSV"), suggestedPath(QStringLiteral("csv")),
        tr("CSV files (*.csv);;All files (*)"));
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen, QStringLiteral("csv"));
    const invitations::InvitationComposer composer = *m_composer;
    exporting::ExportOutcome outcome;
    const Status done = runWithProgress(this, m_database, tr("Writing the invitations…"),
        [&](QSqlDatabase connection, const exporting::ProgressCallback& progress, const exporting::CancelFlag& cancel) {
            const auto written = invitations::MailMergeExport(connection, composer).write(path, progress, &cancel);
            if (!written)
                return Status(written.error());
            outcome = *written;
            return Status();
        });
    if (!done) {
        m_prompter.warning(this, tr("Export Mail-Merge CSV"), done.error().message);
        return;
    }
    if (outcome.cancelled)
        return;
    if (outcome.written == 0) {
        m_prompter.information(this, tr("No One to Invite"),
            tr("No advocate has agreed to receive invitations, so the file only has the column names."));
        return;
    }
    m_prompter.information(this, tr("Export Mail-Merge CSV"),
        tr("Wrote %Ln invitation(s) to %1.", nullptr, static_cast<int>(qMin<qint64>(outcome.written, INT_MAX)))
            .arg(QDir::toNativeSeparators(path)));
}

void InvitationsDialog::printCards()
{
    if (!m_composer)
        return;
    const bool onlyPreviewed = m_cardsScopeCombo->currentIndex() == 1 && m_previewRecipient;
    if (!onlyPreviewed && !recipientsOrExplain())
        return;
    const QString chosen = m_files.saveFile(
        this, tr("Print Referral Cards"), suggestedPath(QStringLiteral("pdf")), tr("PDF files (*.pdf);;All files (*)"));
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen, QStringLiteral("pdf"));
    const ReferralCardsWriter writer(*m_composer);
    const std::optional<qint64> only = onlyPreviewed ? std::optional<qint64>(m_previewRecipient->id) : std::nullopt;
    exporting::ExportOutcome outcome;
    const Status done = runWithProgress(this, m_database, tr("Making the referral cards…"),
        [&](QSqlDatabase connection, const exporting::ProgressCallback& progress, const exporting::CancelFlag& cancel) {
            const auto written = writer.write(path, InvitationRecipients(connection, only), progress, &cancel);
            if (!written)
                return Status(written.error());
            outcome = *written;
            return Status();
        });
    if (!done) {
        m_prompter.warning(this, tr("Print Referral Cards"), done.error().message);
        return;
    }
    if (outcome.cancelled)
        return;
    if (outcome.written == 0) {
        m_prompter.information(this, tr("No One to Invite"),
            tr("This advocate no longer agrees to receive invitations, so no card was made."));
        return;
    }
    m_prompter.information(this, tr("Print Referral Cards"),
        tr("Wrote %Ln referral card(s) to %1. Print it at 100% (actual size) so the QR codes scan well.", nullptr,
            static_cast<int>(qMin<qint64>(outcome.written, INT_MAX)))
            .arg(QDir::toNativeSeparators(path)));
}

} // namespace grapevine::ui
