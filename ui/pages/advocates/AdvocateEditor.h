// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

#include "domain/Advocate.h"
#include "domain/Result.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace grapevine::ui {

/// The detail panel of one advocate: every field, a message beside the field that is wrong,
/// Save and Revert. It edits a copy; the page decides what saving means (add or edit).
class AdvocateEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit AdvocateEditor(QWidget* parent = nullptr);

    /// Shows `advocate`; `referrerText` is how their referrer is shown (name and code).
    void setAdvocate(const domain::Advocate& advocate, const QString& referrerText);
    /// An empty form for a new advocate.
    void startNew();
    /// Nothing selected: the form is disabled and says so.
    void clear();

    /// The advocate as the form now describes it (id, dates and totals carried over).
    domain::Advocate advocate() const;
    /// What was typed into "Referred by": a referral code or an email, empty for none.
    QString referrerInput() const;
    bool referrerChanged() const;

    bool isModified() const { return m_modified; }
    bool isNew() const { return m_new; }
    bool hasAdvocate() const { return m_loaded; }
    qint64 advocateId() const { return m_advocate.id; }

    /// Puts `error` beside its field (or above the form when it has none).
    void showError(const Error& error);
    void clearErrors();
    void setReadOnly(bool readOnly);
    void setCurrency(const QString& currency);
    void setReferralCode(const QString& code);
    void focusFirstField();

signals:
    void saveRequested();
    void revertRequested();
    void newCodeRequested();
    /// The user followed the link to an existing advocate (a duplicate email or code).
    void showAdvocateRequested(qint64 id);
    void modifiedChanged(bool modified);

private:
    void markModified();
    void setModified(bool modified);
    QLabel* addErrorLabel(const QString& field);
    void updateTitle();

    domain::Advocate m_advocate;
    QString m_referrerText;
    QString m_currency = QStringLiteral("USD");
    bool m_modified = false;
    bool m_new = false;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_readOnly = false;

    QLabel* m_title;
    QLabel* m_generalError;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_address;
    QLineEdit* m_company;
    QComboBox* m_kind;
    QComboBox* m_status;
    QLineEdit* m_tags;
    QLineEdit* m_referralCode;
    QPushButton* m_newCode;
    QLineEdit* m_referredBy;
    QCheckBox* m_consent;
    QDateEdit* m_consentDate;
    QLineEdit* m_consentSource;
    QSpinBox* m_nps;
    QLineEdit* m_totalSpent;
    QLabel* m_totalSpentLabel = nullptr;
    QSpinBox* m_orderCount;
    QPlainTextEdit* m_notes;
    QPushButton* m_save;
    QPushButton* m_revert;
    QHash<QString, QLabel*> m_errors;
};

} // namespace grapevine::ui
