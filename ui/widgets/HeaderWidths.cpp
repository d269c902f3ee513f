// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeaderWidths.h"

#include <algorithm>

#include <QHeaderView>

namespace grapevine::ui {

void setHeaderWidth(QHeaderView* header, int logicalIndex, int width)
{
    // The hint measures the title, the margins and the room for the sort indicator.
    header->resizeSection(logicalIndex, std::max(width, header->sectionSizeHint(logicalIndex)));
}

void setHeaderWidths(QHeaderView* header, std::initializer_list<int> widths)
{
    int column = 0;
    for (const int width : widths) {
        if (column >= header->count())
            break;
        setHeaderWidth(header, column++, width);
    }
}

} // namespace grapevine::ui
