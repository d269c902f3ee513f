// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "import/ImportTypes.h"

class QLabel;

namespace grapevine::ui {

/// The four numbers of an import side by side: created, updated, skipped, rejected.
class ImportCountsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ImportCountsView(QWidget* parent = nullptr);

    /// Names the counts as they are for this kind of file ("converted" for orders).
    void setKind(domain::ImportKind kind);
    void setSummary(const importing::ImportSummary& summary);
    void clear();

private:
    QLabel* addTile(const char* objectName);
    void setTile(QLabel* number, const QString& caption, const QString& tip);

    QLabel* m_created;
    QLabel* m_updated;
    QLabel* m_skipped;
    QLabel* m_rejected;
};

} // namespace grapevine::ui
