// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGridLayout;

namespace grapevine::ui {

/// Two groups of controls on one line while the width gives both their natural size, the second
/// on a line of its own under the first when it does not: a narrow window, or a language with
/// longer words, then shows every control whole instead of cutting them all short.
class TwoPartBar final : public QWidget
{
    Q_OBJECT

public:
    /// Takes `first` and `second` as its children.
    TwoPartBar(QWidget* first, QWidget* second, QWidget* parent = nullptr);

    bool isOneLine() const { return m_oneLine; }
    /// On one line, the second part follows the first at the left instead of sitting at the
    /// right edge (a row of buttons that reads as one group).
    void setPacked(bool packed);

    /// As narrow as the wider part alone: the bar can always go on two lines.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrange(int width);
    void place();

    QWidget* m_first;
    QWidget* m_second;
    QGridLayout* m_grid;
    bool m_packed = false;
    bool m_oneLine = false;
};

} // namespace grapevine::ui
