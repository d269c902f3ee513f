// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace grapevine::ui {

struct ImportRunProgress;

/// A progress bar and a line under it that says how many rows are done, how fast, and about
/// how long the rest takes.
class ImportProgressView final : public QWidget
{
    Q_OBJECT

public:
    explicit ImportProgressView(QWidget* parent = nullptr);

    /// Before the first report: a busy bar and `text`.
    void start(const QString& text);
    /// `rowsText` says what was done to the rows ("%Ln rows checked").
    void show(const ImportRunProgress& progress, bool dryRun);
    /// The bar full (or empty) and `text`.
    void finish(const QString& text, bool complete);
    QString text() const;

    /// "about 2 min left", "about 40 s left"; empty when unknown.
    static QString timeLeftText(qint64 seconds);

private:
    QProgressBar* m_bar;
    QLabel* m_label;
};

} // namespace grapevine::ui
