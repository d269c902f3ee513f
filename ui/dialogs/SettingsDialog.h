// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDialog>

#include "domain/BusinessSettings.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace grapevine {
class Settings;
}

namespace grapevine::ui {

/// File → Settings: what belongs to the business (saved in its file, travels with it) and what
/// belongs to the person at this computer (language, exports, backups; in QSettings).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `business`: the open file's settings (nothing: no file open, that tab is off);
    /// `businessEditable` false for a read-only file.
    SettingsDialog(Settings& personal, std::optional<domain::BusinessSettings> business, bool businessEditable,
        QWidget* parent = nullptr);

    /// The business settings as edited (once accepted; nothing when no file was open).
    std::optional<domain::BusinessSettings> businessSettings() const { return m_business; }
    /// The language chosen (a locale name, empty: the system's) and whether it changed.
    QString language() const;
    bool languageChanged() const;
    /// The colours chosen (an `Appearance` mode), and whether they differ from before.
    QString appearance() const;
    bool appearanceChanged() const;

    QTabWidget* tabs() const { return m_tabs; }
    QLineEdit* businessNameEdit() const { return m_name; }
    QComboBox* currencyBox() const { return m_currency; }
    QLineEdit* pointValueEdit() const { return m_pointValue; }
    QLineEdit* baselineCacEdit() const { return m_baselineCac; }
    QComboBox* languageBox() const { return m_language; }
    QComboBox* appearanceBox() const { return m_appearance; }
    QComboBox* delimiterBox() const { return m_delimiter; }
    QCheckBox* byteOrderMarkBox() const { return m_bom; }
    QCheckBox* backupsBox() const { return m_backups; }
    QSpinBox* keepDaysSpin() const { return m_keepDays; }
    QLabel* errorLabel() const { return m_error; }

public slots:
    /// Checks every field; on a problem says which and stays open, else stores the personal
    /// settings and closes.
    void accept() override;

private:
    QWidget* businessTab(bool editable);
    QWidget* personalTab();
    QWidget* backupsTab();
    void showProblem(QWidget* field, const QString& message);
    void editChannels();

    Settings& m_personal;
    std::optional<domain::BusinessSettings> m_business;
    QString m_initialLanguage;
    QString m_initialAppearance;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_currency = nullptr;
    QLineEdit* m_pointValue = nullptr;
    QLineEdit* m_baselineCac = nullptr;
    QLabel* m_currencyNote = nullptr;
    QLabel* m_channelsSummary = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_appearance = nullptr;
    QComboBox* m_delimiter = nullptr;
    QCheckBox* m_bom = nullptr;
    QCheckBox* m_backups = nullptr;
    QSpinBox* m_keepDays = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace grapevine::ui
