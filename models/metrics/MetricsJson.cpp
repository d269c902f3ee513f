// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsJson.h"

#include <QJsonArray>

namespace grapevine::metrics {

namespace {

// Money and counts go out as JSON numbers (doubles): exact up to 2^53 minor units.
template <typename T>
QJsonValue orNull(const std::optional<T>& v)
{
    return v ? QJsonValue(static_cast<double>(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue instant(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject MetricsJson::period(const PeriodFigures& f)
{
    const Funnel& n = f.funnel;
    const WordOfMouthFigures& w = f.wordOfMouth;
    return QJsonObject {
        {QStringLiteral("referrals"), static_cast<double>(f.referrals)},
        {QStringLiteral("funnel"),
            QJsonObject {
                {QStringLiteral("pending"), static_cast<double>(n.pending)},
                {QStringLiteral("signed_up"), static_cast<double>(n.signedUp)},
                {QStringLiteral("converted"), static_cast<double>(n.converted)},
                {QStringLiteral("approved"), static_cast<double>(n.approved)},
                {QStringLiteral("rewarded"), static_cast<double>(n.rewarded)},
                {QStringLiteral("rejected"), static_cast<double>(n.rejected)},
                {QStringLiteral("reversed"), static_cast<double>(n.reversed)},
            }},
        {QStringLiteral("conversion_rate"), orNull(f.conversionRate())},
        {QStringLiteral("participation_rate"), orNull(f.participationRate())},
        {QStringLiteral("revenue_minor"), static_cast<double>(f.revenueMinor)},
        {QStringLiteral("cost_minor"), static_cast<double>(f.costMinor())},
        {QStringLiteral("roi"), orNull(f.roi())},
        {QStringLiteral("cac_minor"), orNull(f.cacMinor())},
        {QStringLiteral("baseline_cac_minor"), orNull(f.baselineCacMinor)},
        {QStringLiteral("k_factor"), orNull(f.kFactor())},
        {QStringLiteral("liability_minor"), static_cast<double>(f.liabilityMinor)},
        {QStringLiteral("mentions"),
            QJsonObject {
                {QStringLiteral("total"), static_cast<double>(w.mentions)},
                {QStringLiteral("positive"), static_cast<double>(w.positive)},
                {QStringLiteral("neutral"), static_cast<double>(w.neutral)},
                {QStringLiteral("negative"), static_cast<double>(w.negative)},
                {QStringLiteral("reach"), static_cast<double>(w.reach)},
                {QStringLiteral("net_sentiment"), orNull(w.netSentiment())},
                {QStringLiteral("answered_within_target"), orNull(w.answeredInTimeShare())},
            }},
        {QStringLiteral("nps"), orNull(f.nps.score())},
    };
}

QJsonObject MetricsJson::program(const ProgramFigures& f)
{
    QJsonObject o = period(f.current);
    o.insert(QStringLiteral("from"), instant(f.current.from));
    o.insert(QStringLiteral("to"), instant(f.current.to));
    o.insert(QStringLiteral("generations"), f.generations);
    o.insert(QStringLiteral("previous"), f.previous ? QJsonValue(period(*f.previous)) : QJsonValue(QJsonValue::Null));
    QJsonArray campaigns;
    for (const CampaignFigures& c : f.campaigns) {
        campaigns.append(QJsonObject {
            {QStringLiteral("id"), static_cast<double>(c.campaignId)},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("referrals"), static_cast<double>(c.referrals)},
            {QStringLiteral("converted"), static_cast<double>(c.converted)},
            {QStringLiteral("revenue_minor"), static_cast<double>(c.revenueMinor)},
            {QStringLiteral("cost_minor"), static_cast<double>(c.costMinor())},
            {QStringLiteral("roi"), orNull(c.roi())},
        });
    }
    o.insert(QStringLiteral("campaigns"), campaigns);
    QJsonArray series;
    for (const SeriesPoint& p : f.series) {
        series.append(QJsonObject {
            {QStringLiteral("start"), instant(p.start)},
            {QStringLiteral("end"), instant(p.end)},
            {QStringLiteral("referrals"), static_cast<double>(p.referrals)},
            {QStringLiteral("converted"), static_cast<double>(p.converted)},
            {QStringLiteral("mentions"), static_cast<double>(p.mentions())},
            {QStringLiteral("net_sentiment"), orNull(p.netSentiment())},
        });
    }
    o.insert(QStringLiteral("series"), series);
    QJsonArray top;
    for (const TopAdvocate& t : f.topAdvocates) {
        top.append(QJsonObject {
            {QStringLiteral("id"), static_cast<double>(t.advocateId)},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("referrals"), static_cast<double>(t.referrals)},
            {QStringLiteral("converted"), static_cast<double>(t.converted)},
            {QStringLiteral("revenue_minor"), static_cast<double>(t.revenueMinor)},
        });
    }
    o.insert(QStringLiteral("top_advocates"), top);
    return o;
}

} // namespace grapevine::metrics
