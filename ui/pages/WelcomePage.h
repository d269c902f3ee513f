// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCommandLinkButton;
class QPushButton;

namespace grapevine::ui {

/// The first thing a new user sees (no database yet), and again from Help → Welcome: three
/// ways to begin, each one click.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    /// The name of the file that is open, if any: the page then offers to go back to it.
    void setOpenFile(const QString& fileName);

    QCommandLinkButton* sampleButton() const { return m_sample; }
    QCommandLinkButton* importButton() const { return m_import; }
    QCommandLinkButton* emptyButton() const { return m_empty; }

signals:
    void sampleRequested();
    void importRequested();
    void emptyRequested();
    void openRequested();
    void backRequested();

private:
    QCommandLinkButton* m_sample;
    QCommandLinkButton* m_import;
    QCommandLinkButton* m_empty;
    QPushButton* m_open;
    QPushButton* m_back;
};

} // namespace grapevine::ui
