// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QDialog>

#include "invitations/InvitationComposer.h"
#include "invitations/InvitationRecipients.h"

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QToolButton;

namespace grapevine::db {
class Database;
}

namespace grapevine::ui {

class FileChooser;
class Prompter;

/// Personal invitations for one campaign: the message template with its merge fields, the
/// personal link, a preview for a chosen advocate, and the two ways out — a mail-merge CSV and
/// printable referral cards — both for the advocates who agreed to be contacted.
class InvitationsDialog final : public QDialog
{
    Q_OBJECT

public:
    InvitationsDialog(
        db::Database& database, qint64 campaignId, Prompter& prompter, FileChooser& files, QWidget* parent = nullptr);
    ~InvitationsDialog() override;

    /// Asks before closing with an unsaved message.
    void reject() override;

private:
    void buildUi();
    void load();
    void templateEdited();
    void insertField(const QString& placeholder);
    void saveTemplate();
    void restoreDefaultTemplate();
    void searchTyped(const QString& text);
    void suggestionChosen(const QString& text);
    void choosePreviewFirstSuggestion();
    void setPreviewRecipient(const std::optional<invitations::Recipient>& recipient);
    void updatePreview();
    void updateCardsScope();
    void exportMailMerge();
    void printCards();
    QString suggestedPath(const QString& suffix) const;
    /// The recipient count, or nullopt after telling the user why there is nothing to do.
    std::optional<qint64> recipientsOrExplain();

    db::Database& m_database;
    qint64 m_campaignId;
    Prompter& m_prompter;
    FileChooser& m_files;
    std::unique_ptr<invitations::InvitationComposer> m_composer;
    std::optional<invitations::Recipient> m_previewRecipient;
    std::vector<invitations::Recipient> m_suggestions;
    QString m_savedTemplate;
    qint64 m_recipientCount = 0;

    QLabel* m_title = nullptr;
    QLabel* m_loadError = nullptr;
    QPlainTextEdit* m_templateEdit = nullptr;
    QToolButton* m_insertFieldButton = nullptr;
    QLabel* m_unknownFieldsLabel = nullptr;
    QPushButton* m_saveTemplateButton = nullptr;
    QPushButton* m_defaultTemplateButton = nullptr;
    QLabel* m_landingUrlLabel = nullptr;
    QLabel* m_utmLabel = nullptr;
    QLabel* m_linkNoteLabel = nullptr;
    QLineEdit* m_previewSearchEdit = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_suggestionModel = nullptr;
    QLabel* m_previewRecipientLabel = nullptr;
    QLabel* m_previewLinkLabel = nullptr;
    QPlainTextEdit* m_previewText = nullptr;
    QLabel* m_recipientsLabel = nullptr;
    QPushButton* m_exportCsvButton = nullptr;
    QComboBox* m_cardsScopeCombo = nullptr;
    QPushButton* m_printCardsButton = nullptr;
};

} // namespace grapevine::ui
