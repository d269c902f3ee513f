// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeaderboardView.h"
#include "widgets/HeaderWidths.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace grapevine::ui {

using itemmodels::LeaderboardModel;

LeaderboardView::LeaderboardView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("leaderboardView"));
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("leaderboardCampaign"));
    m_campaign->setToolTip(tr("Rank advocates over all campaigns, or within one"));
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaign->setMinimumContentsLength(20);
    connect(m_campaign, &QComboBox::activated, this, &LeaderboardView::reload);

    auto* explanation
        = new QLabel(tr("The %Ln advocate(s) who brought the most customers, by conversions, then referrals made.",
                         nullptr, LeaderboardModel::kDefaultLimit),
            this);
    explanation->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("leaderboardTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    // Figures in even columns wide enough for large numbers; the name takes what is left.
    header->setMinimumSectionSize(60);
    for (int c = 0; c < LeaderboardModel::ColumnCount; ++c)
        setHeaderWidth(header, c, c == LeaderboardModel::Rank ? 60 : 120);
    header->setSectionResizeMode(LeaderboardModel::Advocate, QHeaderView::Stretch);

    m_empty = new QLabel(tr("No referrals yet. The leaderboard fills as advocates refer friends who buy."), this);
    m_empty->setObjectName(QStringLiteral("leaderboardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* top = new QHBoxLayout;
    top->addWidget(m_campaign);
    top->addWidget(explanation, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
}

void LeaderboardView::setDatabase(
    const QSqlDatabase& db, const QString& currency, const QList<QPair<qint64, QString>>& campaigns)
{
    m_db = db;
    m_currency = currency;
    const qint64 current = m_campaign->currentData().toLongLong();
    m_campaign->clear();
    m_campaign->addItem(tr("All campaigns"), qint64 {0});
    for (const auto& [id, name] : campaigns)
        m_campaign->addItem(name, id);
    const int index = m_campaign->findData(current);
    m_campaign->setCurrentIndex(index < 0 ? 0 : index);
    reload();
}

void LeaderboardView::reload()
{
    const qint64 campaign = m_campaign->currentData().toLongLong();
    const Status loaded = m_model.load(m_db, m_currency, campaign > 0 ? std::optional<qint64>(campaign) : std::nullopt);
    if (!loaded)
        emit errorOccurred(loaded.error().message);
    m_stack->setCurrentWidget(m_model.rowCount() > 0 ? static_cast<QWidget*>(m_table) : m_empty);
}

} // namespace grapevine::ui
