// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QWidget>

#include "domain/Mention.h"
#include "domain/MentionChannels.h"

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QCompleter;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;

namespace grapevine {
class Clock;
}

namespace grapevine::ui {

/// Logging a mention in seconds, from the keyboard: paste the link (it picks the channel when
/// it knows the site), say who and how it felt, and press Enter (Ctrl+Enter in the text). The
/// form then empties for the next one and says what was logged; a problem is named on its
/// field and nothing typed is lost. A negative mention goes into the response queue.
class MentionLogForm final : public QWidget
{
    Q_OBJECT

public:
    MentionLogForm(const Clock& clock, QWidget* parent = nullptr);

    void setDatabase(QSqlDatabase db);
    /// Reads the business's channel list and the campaigns again, keeping the choices made.
    void reloadChoices();
    void focusFirstField();
    /// Logs what the form holds; false (with the reason shown on its field) when it could not.
    bool submit();
    /// Empties the form for the next mention; the campaign stays chosen.
    void clear();

    QDateTimeEdit* whenEdit() const { return m_when; }
    QComboBox* channelCombo() const { return m_channel; }
    QLineEdit* authorEdit() const { return m_author; }
    QLineEdit* advocateEdit() const { return m_advocate; }
    QComboBox* campaignCombo() const { return m_campaign; }
    QAbstractButton* sentimentButton(domain::Sentiment sentiment) const;
    QLineEdit* reachEdit() const { return m_reach; }
    QLineEdit* urlEdit() const { return m_url; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QCheckBox* incentivisedCheck() const { return m_incentivised; }
    QPushButton* logButton() const { return m_log; }
    QLabel* resultLabel() const { return m_result; }
    /// The field the shown problem is about ("channel", "url"), empty when there is none.
    QString problemField() const { return m_problemField; }
    /// The label of a field, as the user reads it ("Channel").
    QString fieldName(const QString& field) const;

signals:
    /// A mention was stored (as `mention`, with its id).
    void logged(const domain::Mention& mention);

protected:
    void keyPressEvent(class QKeyEvent* event) override;

private:
    void suggestAdvocates(const QString& text, bool popup);
    void chooseSuggestion(const QString& text);
    void linkEdited(const QString& text);
    bool refuse(const QString& field, const QString& message);
    void showResult(const QString& text, bool problem);
    void clearProblem();
    QWidget* fieldWidget(const QString& field) const;
    QString channelName(const QString& key) const;

    const Clock& m_clock;
    QSqlDatabase m_db;
    QList<domain::MentionChannel> m_channels = domain::MentionChannels::defaults();

    QLineEdit* m_url = nullptr;
    QComboBox* m_channel = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QLineEdit* m_author = nullptr;
    QLineEdit* m_advocate = nullptr;
    QComboBox* m_campaign = nullptr;
    QButtonGroup* m_sentiment = nullptr;
    QLineEdit* m_reach = nullptr;
    QCheckBox* m_incentivised = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_log = nullptr;
    QLabel* m_result = nullptr;
    QHash<QString, QLabel*> m_labels; ///< field → its label, which turns red with a problem

    QCompleter* m_completer = nullptr;
    QStringListModel* m_suggestions = nullptr;
    QHash<QString, qint64> m_suggestionIds; ///< suggestion text → advocate id
    std::optional<qint64> m_advocateId;
    bool m_channelByHand = false; ///< the user chose the channel: a link no longer changes it
    bool m_channelFromLink = false;
    bool m_suggestionChosen = false; ///< the Enter that picked a suggestion does not also log
    QString m_problemField;
};

} // namespace grapevine::ui
