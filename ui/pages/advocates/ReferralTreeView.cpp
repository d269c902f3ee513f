// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralTreeView.h"

#include <QHeaderView>
#include <QKeyEvent>

#include "domain/Clock.h"
#include "store/AdvocateStore.h"
#include "store/ReferralTree.h"

namespace grapevine::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kLoadedRole = Qt::UserRole + 1;

} // namespace

ReferralTreeView::ReferralTreeView(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("referralTree"));
    setColumnCount(3);
    setHeaderLabels({tr("Advocate"), tr("Code"), tr("Referred")});
    headerItem()->setToolTip(2, tr("How many people they referred directly"));
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setToolTip(tr("Double-click a person to open them"));
    connect(this, &QTreeWidget::itemExpanded, this, &ReferralTreeView::loadChildren);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, kIdRole).toLongLong() > 0)
            emit advocateActivated(item->data(0, kIdRole).toLongLong());
    });
}

void ReferralTreeView::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    clear();
}

QTreeWidgetItem* ReferralTreeView::makeItem(qint64 id, const QString& name, const QString& code, qint64 childCount)
{
    auto* item = new QTreeWidgetItem({name, code, QLocale().toString(childCount)});
    item->setData(0, kIdRole, id);
    item->setData(0, kLoadedRole, false);
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    // An expander without loading the children yet.
    item->setChildIndicatorPolicy(childCount > 0 ? QTreeWidgetItem::ShowIndicator : QTreeWidgetItem::DontShowIndicator);
    return item;
}

void ReferralTreeView::showAdvocate(qint64 advocateId)
{
    clear();
    if (advocateId <= 0 || !m_db.isOpen())
        return;
    const store::ReferralTree tree(m_db);
    const auto ancestors = tree.ancestors(advocateId);
    if (!ancestors)
        return;
    // ancestors() gives the referrer first; the tree starts at the first of the chain.
    QTreeWidgetItem* parent = nullptr;
    for (auto it = ancestors->rbegin(); it != ancestors->rend(); ++it) {
        QTreeWidgetItem* item = makeItem(it->id, it->name, it->referralCode, it->childCount);
        // Only the branch that leads to the advocate is shown; the rest stays closed.
        item->setData(0, kLoadedRole, true);
        if (parent)
            parent->addChild(item);
        else
            addTopLevelItem(item);
        parent = item;
    }
    const auto self = store::AdvocateStore(m_db, Clock::system()).get(advocateId);
    if (!self)
        return;
    const auto children = tree.children(advocateId);
    QTreeWidgetItem* item = makeItem(
        advocateId, self->displayName(), self->referralCode, children ? static_cast<qint64>(children->size()) : 0);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    if (parent)
        parent->addChild(item);
    else
        addTopLevelItem(item);
    expandAll();
    item->setExpanded(true);
    setCurrentItem(item);
    scrollToItem(item);
    resizeColumnToContents(1);
    resizeColumnToContents(2);
}

void ReferralTreeView::loadChildren(QTreeWidgetItem* item)
{
    if (!item || item->data(0, kLoadedRole).toBool())
        return;
    item->setData(0, kLoadedRole, true);
    const store::ReferralTree tree(m_db);
    const auto children = tree.children(item->data(0, kIdRole).toLongLong());
    if (!children)
        return;
    QList<QTreeWidgetItem*> items;
    for (const store::TreeNode& node : children.value())
        items << makeItem(node.id, node.name, node.referralCode, node.childCount);
    item->addChildren(items);
}

QTreeWidgetItem* ReferralTreeView::itemFor(qint64 advocateId) const
{
    QTreeWidgetItemIterator it(const_cast<ReferralTreeView*>(this));
    for (; *it; ++it) {
        if ((*it)->data(0, kIdRole).toLongLong() == advocateId)
            return *it;
    }
    return nullptr;
}

void ReferralTreeView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
        emit itemActivated(currentItem(), 0);
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

} // namespace grapevine::ui
