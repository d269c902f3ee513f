// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "domain/BusinessSettings.h"

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace grapevine::ui {

/// The business's mention settings: the channels offered when a mention is logged (add,
/// rename in place, remove, reorder, back to the usual list) and the response target for
/// negative mentions. OK is refused, with the reason shown, while the list cannot be kept.
/// A channel removed from the list keeps its mentions; they show under its old name.
class MentionSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MentionSettingsDialog(const domain::BusinessSettings& settings, QWidget* parent = nullptr);

    /// The settings as edited (valid once the dialog was accepted).
    domain::BusinessSettings settings() const;
    QListWidget* channelList() const { return m_list; }
    QSpinBox* responseTargetSpin() const { return m_target; }
    QLabel* errorLabel() const { return m_error; }

    void addChannel(const QString& name);
    void resetChannels();

public slots:
    void accept() override;

private:
    void fill(const QList<domain::MentionChannel>& channels);
    void move(int by);
    void updateButtons();

    domain::BusinessSettings m_settings;
    QListWidget* m_list = nullptr;
    QSpinBox* m_target = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
};

} // namespace grapevine::ui
