// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QWidget>

#include "domain/Mention.h"

class QAction;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;

namespace grapevine::ui {

/// The selected mention whole: what was said, where and by whom, its use as a testimonial, and
/// its answer (the response being written, and when it is due). The page owns the actions; the
/// panel shows the response's buttons beside the response.
class MentionDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    /// What the mention links to, by name, as the page looked them up.
    struct Names
    {
        QString channel;
        QString advocate;
        QString campaign;
    };

    explicit MentionDetailsPanel(QWidget* parent = nullptr);

    /// Shows `mention`. A response being typed for the same mention is kept; another mention
    /// (or the same one answered meanwhile) starts from its stored response.
    void showMention(const domain::Mention& mention, const Names& names, const QDateTime& now);
    /// Shows no mention, only `text` (what to do, or why it cannot be shown).
    void showNothing(const QString& text);
    /// Re-reads "due in …" for the clock's new time.
    void refreshDue(const QDateTime& now);

    std::optional<qint64> mentionId() const;
    QPlainTextEdit* responseEdit() const { return m_responseEdit; }
    /// The response as typed, trimmed.
    QString responseText() const;
    /// Forgets that the response was edited (it has been saved).
    void markResponseSaved();
    QString dueLabelText() const;
    /// What the left side shows, as plain text: who, where, when, the links and the words.
    QString saidText() const;

    void setResponseActions(const QList<QAction*>& actions);

    /// A length of time as people say it: "40 min", "5 h", "2 days" (the sign is ignored).
    static QString spanText(qint64 seconds);
    /// "overdue by 3 h", "due in 5 h", "due in 40 min", "overdue by 2 days".
    static QString dueText(const QDateTime& due, const QDateTime& now);
    /// The words ready to reuse: the text in quotes, the author, channel and date, and the
    /// disclosure when the author was rewarded.
    static QString testimonialText(const domain::Mention& mention, const QString& channelName);
    /// Who said it, for messages and undo entries: the author, else the channel.
    static QString describe(const domain::Mention& mention, const QString& channelName);

signals:
    /// The response text was edited (the Respond action's state depends on it).
    void responseEdited();

private:
    void addButtons(QHBoxLayout* row, const QList<QAction*>& actions);
    void showDue(const QDateTime& now);

    std::optional<domain::Mention> m_mention;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_nothing = nullptr;
    QTextBrowser* m_said = nullptr;
    QGroupBox* m_responseBox = nullptr;
    QLabel* m_due = nullptr;
    QPlainTextEdit* m_responseEdit = nullptr;
    QHBoxLayout* m_responseButtons = nullptr;
};

} // namespace grapevine::ui
