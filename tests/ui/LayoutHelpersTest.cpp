// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>

#include "widgets/HeaderWidths.h"
#include "widgets/TwoPartBar.h"

using namespace grapevine;

namespace {

QWidget* buttons(const QStringList& texts)
{
    auto* group = new QWidget;
    auto* layout = new QHBoxLayout(group);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString& text : texts)
        layout->addWidget(new QPushButton(text, group));
    return group;
}

void expectWhole(QWidget* group)
{
    for (QPushButton* button : group->findChildren<QPushButton*>())
        EXPECT_GE(button->width(), button->sizeHint().width()) << button->text().toStdString() << " is cut short";
}

TEST(TwoPartBar, GoesOnTwoLinesRatherThanCutTheControlsShort)
{
    QWidget* first = buttons({QStringLiteral("Alle Kanäle"), QStringLiteral("Jede Stimmung")});
    QWidget* second = buttons({QStringLiteral("Beliebiges Datum"), QStringLiteral("Zurücksetzen")});
    ui::TwoPartBar bar(first, second);
    const int oneLine = first->sizeHint().width() + second->sizeHint().width() + 40;

    bar.resize(oneLine, bar.sizeHint().height());
    bar.show();
    QApplication::processEvents();
    EXPECT_TRUE(bar.isOneLine());
    EXPECT_EQ(first->y(), second->y());
    expectWhole(first);
    expectWhole(second);

    bar.resize(second->sizeHint().width() + 10, 200);
    QApplication::processEvents();
    EXPECT_FALSE(bar.isOneLine());
    EXPECT_GE(second->y(), first->geometry().bottom()) << "the second part is under the first";
    expectWhole(second);

    bar.resize(oneLine, 200);
    QApplication::processEvents();
    EXPECT_TRUE(bar.isOneLine()) << "and back on one line when the room comes back";
}

TEST(HeaderWidths, AColumnIsNeverNarrowerThanItsTitle)
{
    QStandardItemModel model(1, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Empfehlungen und Conversions"), QStringLiteral("ROI")});
    QTableView view;
    view.setModel(&model);
    view.setSortingEnabled(true);
    QHeaderView* header = view.horizontalHeader();
    ui::setHeaderWidths(header, {40, 300});
    const int title = header->fontMetrics().horizontalAdvance(model.headerData(0, Qt::Horizontal).toString());
    EXPECT_GE(header->sectionSize(0), title) << "the German title is whole";
    EXPECT_EQ(header->sectionSize(1), 300) << "a wide column keeps the width asked for";
}

} // namespace
