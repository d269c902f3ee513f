// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignListModel.h"

#include <limits>

#include <QLocale>

#include "domain/Money.h"
#include "store/CampaignStore.h"
#include "store/SettingsStore.h"

namespace grapevine::itemmodels {

using domain::Campaign;
using metrics::CampaignFigures;

namespace {

const QString kDash = QStringLiteral("—");

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : kDash;
}

QString percentText(double ratio)
{
    const QLocale locale;
    return locale.toString(ratio * 100.0, 'f', 0) + locale.percent();
}

} // namespace

CampaignListModel::CampaignListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

Status CampaignListModel::load(const QSqlDatabase& db, const Clock& clock)
{
    if (!db.isValid() || !db.isOpen()) {
        beginResetModel();
        m_campaigns.clear();
        m_figures.clear();
        endResetModel();
        return {};
    }
    auto campaigns = store::CampaignStore(db, clock).list();
    if (!campaigns)
        return campaigns.error();
    auto figures = metrics::CampaignSummary::compute(db);
    if (!figures)
        return figures.error();
    const auto settings = store::SettingsStore(db).load();
    beginResetModel();
    m_campaigns = std::move(campaigns).value();
    m_figures = std::move(figures).value();
    if (settings)
        m_currency = settings->currency;
    endResetModel();
    return {};
}

int CampaignListModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_campaigns.size(); ++i) {
        if (m_campaigns[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

qint64 CampaignListModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_campaigns[static_cast<size_t>(row)].id : 0;
}

CampaignFigures CampaignListModel::figuresAt(int row) const
{
    const qint64 id = idAt(row);
    CampaignFigures empty;
    empty.campaignId = id;
    return m_figures.value(id, empty);
}

int CampaignListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_campaigns.size());
}

int CampaignListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Campaign& c = m_campaigns[static_cast<size_t>(index.row())];
    const CampaignFigures f = figuresAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(c, f, column);
    case Qt::ToolTipRole:
        return toolTip(c, f, column);
    case Qt::TextAlignmentRole:
        if (column >= Referrals)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        return raw(c, f, column);
    case SortRole:
        return sortValue(c, f, column);
    case CampaignIdRole:
        return c.id;
    default:
        return {};
    }
}

QVariant CampaignListModel::display(const Campaign& c, const CampaignFigures& f, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return c.name;
    case Status:
        return Campaign::statusName(c.status);
    case Starts:
        return dateText(c.startsOn);
    case Ends:
        return dateText(c.endsOn);
    case Referrals:
        return locale.toString(f.referrals);
    case Conversions:
        return locale.toString(f.converted);
    case Revenue:
        return domain::Money(f.revenueMinor, m_currency).format(locale);
    case Cost:
        return domain::Money(f.costMinor(), m_currency).format(locale);
    case Roi: {
        const auto roi = f.roi();
        return roi ? percentText(*roi) : kDash;
    }
    default:
        return {};
    }
}

QVariant CampaignListModel::raw(const Campaign& c, const CampaignFigures& f, int column) const
{
    switch (column) {
    case Name:
        return c.name;
    case Status:
        return static_cast<int>(c.status);
    case Starts:
        return c.startsOn;
    case Ends:
        return c.endsOn;
    case Referrals:
        return f.referrals;
    case Conversions:
        return f.converted;
    case Revenue:
        return f.revenueMinor;
    case Cost:
        return f.costMinor();
    case Roi: {
        const auto roi = f.roi();
        return roi ? QVariant(*roi) : QVariant();
    }
    default:
        return {};
    }
}

QVariant CampaignListModel::sortValue(const Campaign& c, const CampaignFigures& f, int column) const
{
    switch (column) {
    case Name:
        // Folded, so that "apple" and "Banana" sort as a person expects under any proxy.
        return c.name.toCaseFolded();
    case Starts:
        // No start date: running since ever, so first.
        return c.startsOn.isValid() ? c.startsOn.toJulianDay() : std::numeric_limits<qint64>::min();
    case Ends:
        // No end date: open-ended, so last.
        return c.endsOn.isValid() ? c.endsOn.toJulianDay() : std::numeric_limits<qint64>::max();
    case Roi: {
        // Undefined ROI sorts below every defined one instead of passing for 0 %.
        const auto roi = f.roi();
        return roi ? *roi : std::numeric_limits<double>::lowest();
    }
    default:
        return raw(c, f, column);
    }
}

QVariant CampaignListModel::toolTip(const Campaign& c, const CampaignFigures& f, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return c.description.isEmpty() ? c.name : c.description;
    case Starts:
        return c.startsOn.isValid() ? locale.toString(c.startsOn, QLocale::LongFormat)
                                    : tr("No start date: it runs as soon as it is active");
    case Ends:
        return c.endsOn.isValid() ? locale.toString(c.endsOn, QLocale::LongFormat)
                                  : tr("No end date: it runs until you end it");
    case Conversions: {
        const auto rate = f.conversionRate();
        return rate ? tr("%1 of the referrals converted").arg(percentText(*rate))
                    : tr("No referrals yet, so no conversion rate");
    }
    case Cost:
        //: %1 rewards cost, %2 other recorded costs
        return tr("Rewards %1 + other costs %2")
            .arg(domain::Money(f.rewardCostMinor, m_currency).format(locale),
                domain::Money(f.otherCostMinor, m_currency).format(locale));
    case Roi:
        return f.roi() ? tr("Return on investment: (revenue − cost) ÷ cost")
                       : tr("No costs recorded yet, so the return on investment is undefined");
    default:
        return {};
    }
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(Column(section));
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Referrals:
            return tr("Referrals made in this campaign, whatever their status");
        case Conversions:
            return tr("Referrals now converted, approved or rewarded");
        case Revenue:
            return tr("Order value of the converted referrals");
        case Cost:
            return tr("Approved and issued rewards at cost, plus the campaign's recorded costs");
        case Roi:
            return tr("Return on investment: (revenue − cost) ÷ cost; “—” while there is no cost");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && section >= Referrals)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString CampaignListModel::columnTitle(Column column)
{
    switch (column) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Starts:
        return tr("Starts");
    case Ends:
        return tr("Ends");
    case Referrals:
        return tr("Referrals");
    case Conversions:
        return tr("Conversions");
    case Revenue:
        return tr("Revenue");
    case Cost:
        return tr("Cost");
    case Roi:
        return tr("ROI");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace grapevine::itemmodels
