// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;

namespace grapevine {
class Clock;
}

namespace grapevine::ui {

/// Recording an offline referral ("Anna told me about you") without touching the mouse: the
/// referrer is found by name, e-mail or code as you type, Enter records, and the form is ready
/// for the next one. The rules (the code decides, duplicates, flags) are ReferralWorkflow's.
class QuickEntryForm final : public QWidget
{
    Q_OBJECT

public:
    QuickEntryForm(const Clock& clock, QWidget* parent = nullptr);

    void setDatabase(QSqlDatabase db);
    /// Refills the campaign list (active campaigns first), keeping the choice.
    void reloadCampaigns();
    void focusReferrer();

    QComboBox* campaignCombo() const { return m_campaign; }
    QLineEdit* referrerEdit() const { return m_referrer; }
    QLineEdit* friendNameEdit() const { return m_friendName; }
    QLineEdit* friendEmailEdit() const { return m_friendEmail; }
    QLabel* resultLabel() const { return m_result; }
    /// Records what the form holds; false (with the reason shown) when it could not.
    bool submit();

signals:
    void recorded(qint64 referralId);

private:
    void suggestReferrers(const QString& text);
    void chooseSuggestion(const QString& text);
    void showResult(const QString& text, bool problem);

    const Clock& m_clock;
    QSqlDatabase m_db;
    QComboBox* m_campaign = nullptr;
    QLineEdit* m_referrer = nullptr;
    QLineEdit* m_friendName = nullptr;
    QLineEdit* m_friendEmail = nullptr;
    QLineEdit* m_friendPhone = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_notes = nullptr;
    QPushButton* m_record = nullptr;
    QLabel* m_result = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_suggestions = nullptr;
    QHash<QString, qint64> m_suggestionIds; ///< suggestion text → advocate id
    std::optional<qint64> m_referrerId;
};

} // namespace grapevine::ui
