// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

#include "domain/Campaign.h"
#include "domain/Result.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace grapevine::ui {

class MilestoneTable;
class RewardOfferBox;

/// The campaign designer: every field of one campaign on five tabs (basics, rewards, rules,
/// link and disclosure, milestones), a message on the field that is wrong, Save and Revert.
/// It edits a copy; the page decides what saving means.
class CampaignEditor final : public QWidget
{
    Q_OBJECT

public:
    enum Tab {
        BasicsTab,
        RewardsTab,
        RulesTab,
        LinkTab,
        MilestonesTab
    };

    explicit CampaignEditor(QWidget* parent = nullptr);

    void setCampaign(const domain::Campaign& campaign);
    /// A campaign not stored yet (from a template); Save creates it.
    void startNew(const domain::Campaign& draft);
    /// Nothing selected: the form is disabled and says so.
    void clear();

    /// The campaign as the form describes it (id, timestamps and the message template carried
    /// over), or an Error naming the field whose text cannot be read as a value.
    Result<domain::Campaign> campaign() const;
    /// The campaign as last loaded or saved, not as typed.
    const domain::Campaign& loaded() const { return m_campaign; }

    bool isModified() const { return m_modified; }
    bool isNew() const { return m_new; }
    bool hasCampaign() const { return m_loaded; }
    qint64 campaignId() const { return m_campaign.id; }

    /// Puts `error` under its field, brings its tab forward and the cursor into it (or shows
    /// it above the tabs when it names no field). What was typed stays.
    void showError(const Error& error);
    void clearErrors();
    void setReadOnly(bool readOnly);
    void setCurrency(const QString& currency);
    /// Fills the disclosure with `text` and selects it on its tab, ready to be edited.
    void setDisclosureText(const QString& text);
    void showTab(Tab tab);
    /// A page of the campaign's that is saved on its own (its costs), after the editor's tabs.
    void addPage(QWidget* page, const QString& title);
    void focusFirstField();

signals:
    void saveRequested();
    void revertRequested();
    void modifiedChanged(bool modified);

private:
    QWidget* buildBasics();
    QWidget* buildRewards();
    QWidget* buildRules();
    QWidget* buildLink();
    QWidget* buildMilestones();
    QWidget* withError(QWidget* field, const QString& name);
    QLabel* addErrorLabel(const QString& field);
    void connectEdits();
    void markModified();
    void setModified(bool modified);
    void updateTitle();
    void updateEnabled();
    void updateLinkPreview();
    void useSuggestedDisclosure();

    domain::Campaign m_campaign;
    QString m_currency = QStringLiteral("USD");
    bool m_modified = false;
    bool m_new = false;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_readOnly = false;

    QLabel* m_title;
    QLabel* m_generalError;
    QTabWidget* m_tabs;
    QPushButton* m_save;
    QPushButton* m_revert;
    // Basics
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_hasStart = nullptr;
    QDateEdit* m_startsOn = nullptr;
    QCheckBox* m_hasEnd = nullptr;
    QDateEdit* m_endsOn = nullptr;
    // Rewards
    RewardOfferBox* m_advocateReward = nullptr;
    RewardOfferBox* m_friendReward = nullptr;
    // Rules
    QComboBox* m_trigger = nullptr;
    QCheckBox* m_newCustomersOnly = nullptr;
    QLineEdit* m_minOrder = nullptr;
    QLabel* m_minOrderLabel = nullptr;
    QCheckBox* m_hasCap = nullptr;
    QSpinBox* m_cap = nullptr;
    QCheckBox* m_hasBudget = nullptr;
    QLineEdit* m_budget = nullptr;
    QSpinBox* m_holdDays = nullptr;
    QSpinBox* m_attributionDays = nullptr;
    // Link and disclosure
    QLineEdit* m_landingUrl = nullptr;
    QLineEdit* m_utmSource = nullptr;
    QLineEdit* m_utmMedium = nullptr;
    QLineEdit* m_utmCampaign = nullptr;
    QLabel* m_linkPreview = nullptr;
    QPlainTextEdit* m_disclosure = nullptr;
    QPushButton* m_suggestDisclosure = nullptr;
    // Milestones
    MilestoneTable* m_milestones = nullptr;

    QHash<QString, QLabel*> m_errors;
};

} // namespace grapevine::ui
