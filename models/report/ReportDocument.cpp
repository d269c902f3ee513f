// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include <cmath>

#include <QBuffer>
#include <QFont>
#include <QTextDocument>
#include <QUrl>

#include "domain/Mention.h"
#include "domain/Money.h"
#include "domain/Referral.h"

namespace grapevine::report {

namespace {

using metrics::PeriodFigures;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

/// Escaped, cut to `limit` characters, line breaks kept.
QString paragraphText(const QString& text, int limit)
{
    QString cut = text.trimmed();
    if (cut.size() > limit)
        cut = cut.left(limit - 1).trimmed() + QChar(0x2026);
    return esc(cut).replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

const char* const kStyle = R"(
body { font-family: sans-serif; color: #1d1b20; }
h1 { font-size: 20pt; color: #4a2b6b; margin-bottom: 2px; }
h2 { font-size: 14pt; color: #4a2b6b; margin-top: 18px; margin-bottom: 6px; }
p.sub { color: #55505c; margin-top: 0; }
p.note { color: #55505c; font-size: 8pt; }
p.empty { color: #55505c; font-style: italic; }
table.grid { border-collapse: collapse; }
table.grid th { background-color: #ece4f4; color: #2e1a45; font-weight: bold; }
tr.odd td { background-color: #f7f5f9; }
td.num, th.num { text-align: right; }
blockquote { margin-left: 16px; margin-right: 16px; font-style: italic; }
p.who { color: #55505c; margin-left: 16px; }
p.footer { color: #55505c; font-size: 8pt; margin-top: 24px; }
)";

/// Builds the report's HTML piece by piece, with the locale and currency of the report.
class Writer
{
public:
    Writer(const ReportInput& input, ReportDocument::Images images)
        : m_in(input)
        , m_images(images)
        , m_locale(input.locale)
    { }

    QString build();

private:
    QString money(qint64 minor) const { return domain::Money(minor, m_in.extras.currency).format(m_locale); }
    QString count(qint64 n) const { return m_locale.toString(n); }
    QString percent(std::optional<double> ratio) const
    {
        return ratio ? ReportDocument::tr("%1 %").arg(m_locale.toString(*ratio * 100.0, 'f', 1)) : dash();
    }
    QString ratio(std::optional<double> value) const { return value ? m_locale.toString(*value, 'f', 2) : dash(); }
    static QString dash() { return QStringLiteral("—"); }
    QString day(const QDateTime& t) const
    {
        return t.isValid() ? m_locale.toString(t.toTimeZone(m_in.timeZone).date(), QStringLiteral("d MMM yyyy"))
                           : QString();
    }
    QString day(const QDate& d) const { return m_locale.toString(d, QStringLiteral("d MMM yyyy")); }

    /// "▲ 12 %": the relative change of a count or an amount.
    QString change(double now, double before) const;
    /// "▲ 2.5 points": the change of a rate.
    QString pointsChange(std::optional<double> now, std::optional<double> before) const;

    void heading(const QString& text, bool newPage = false);
    void tableStart(const QStringList& headings, const std::vector<bool>& numeric);
    void row(const QStringList& cells, const std::vector<bool>& numeric);
    void tableEnd() { m_html += QStringLiteral("</tbody></table>\n"); }
    void empty(const QString& text) { m_html += QStringLiteral("<p class=\"empty\">%1</p>\n").arg(esc(text)); }
    void note(const QString& text) { m_html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(text)); }

    void keyFigures();
    void funnel();
    void charts();
    void campaigns();
    void topAdvocates();
    void rewards();
    void costs();
    void mentions();
    void quote(const QuotedMention& m, bool testimonial);
    void disclosures();

    const ReportInput& m_in;
    ReportDocument::Images m_images;
    QLocale m_locale;
    QString m_html;
    int m_rowIndex = 0;
};

QString Writer::change(double now, double before) const
{
    if (before == 0)
        return now == 0 ? ReportDocument::tr("no change") : ReportDocument::tr("new");
    const double change = (now - before) / std::abs(before) * 100.0;
    if (std::abs(change) < 0.05)
        return ReportDocument::tr("no change");
    return ReportDocument::tr("%1 %2 %").arg(
        change > 0 ? QStringLiteral("▲") : QStringLiteral("▼"), m_locale.toString(std::abs(change), 'f', 0));
}

QString Writer::pointsChange(std::optional<double> now, std::optional<double> before) const
{
    if (!now || !before)
        return QString();
    const double points = (*now - *before) * 100.0;
    if (std::abs(points) < 0.05)
        return ReportDocument::tr("no change");
    return ReportDocument::tr("%1 %2 points")
        .arg(points > 0 ? QStringLiteral("▲") : QStringLiteral("▼"), m_locale.toString(std::abs(points), 'f', 1));
}

void Writer::heading(const QString& text, bool newPage)
{
    m_html += newPage ? QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n").arg(esc(text))
                      : QStringLiteral("<h2>%1</h2>\n").arg(esc(text));
}

void Writer::tableStart(const QStringList& headings, const std::vector<bool>& numeric)
{
    m_rowIndex = 0;
    m_html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr>");
    for (int i = 0; i < headings.size(); ++i) {
        const bool isNumber = i < static_cast<int>(numeric.size()) && numeric[i];
        m_html += QStringLiteral("<th%1 align=\"%2\">%3</th>")
                      .arg(isNumber ? QStringLiteral(" class=\"num\"") : QString(),
                          isNumber ? QStringLiteral("right") : QStringLiteral("left"), esc(headings[i]));
    }
    m_html += QStringLiteral("</tr></thead>\n<tbody>\n");
}

void Writer::row(const QStringList& cells, const std::vector<bool>& numeric)
{
    // Plain attributes as well as the style sheet: the rich-text engine of the PDF reads these.
    const bool odd = (m_rowIndex++ % 2) == 1;
    m_html += odd ? QStringLiteral("<tr class=\"odd\" bgcolor=\"#f7f5f9\">") : QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i) {
        const bool isNumber = i < static_cast<int>(numeric.size()) && numeric[i];
        m_html += isNumber ? QStringLiteral("<td class=\"num\" align=\"right\">%1</td>").arg(cells[i])
                           : QStringLiteral("<td>%1</td>").arg(cells[i]);
    }
    m_html += QStringLiteral("</tr>\n");
}

QString Writer::build()
{
    const QString title = ReportDocument::title(m_in);
    const QString lang = m_locale.bcp47Name();
    m_html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                             "<meta name=\"generator\" content=\"Grapevine\">\n<title>%2</title>\n<style>%3</style>\n"
                             "</head>\n<body>\n")
                  .arg(esc(lang), esc(title), QLatin1String(kStyle));
    m_html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    QStringList sub;
    if (!m_in.extras.businessName.trimmed().isEmpty())
        sub << esc(m_in.extras.businessName.trimmed());
    sub << esc(ReportDocument::period(m_in));
    m_html += QStringLiteral("<p class=\"sub\">%1</p>\n").arg(sub.join(QStringLiteral(" · ")));

    keyFigures();
    funnel();
    charts();
    campaigns();
    topAdvocates();
    rewards();
    costs();
    mentions();
    disclosures();

    m_html += QStringLiteral("<p class=\"footer\">%1</p>\n")
                  .arg(esc(ReportDocument::tr("Made with Grapevine on %1.").arg(day(m_in.generatedAt))));
    m_html += QStringLiteral("</body>\n</html>\n");
    return m_html;
}

void Writer::keyFigures()
{
    const PeriodFigures& now = m_in.figures.current;
    const PeriodFigures* before = m_in.figures.previous ? &*m_in.figures.previous : nullptr;
    heading(ReportDocument::tr("Key figures"));

    struct Line
    {
        QString name;
        QString now;
        QString before;
        QString change;
    };
    std::vector<Line> lines;
    const auto amount = [&](const QString& name, qint64 (PeriodFigures::*member)() const, bool isMoney) {
        const qint64 a = (now.*member)();
        Line line {name, isMoney ? money(a) : count(a), QString(), QString()};
        if (before) {
            const qint64 b = (before->*member)();
            line.before = isMoney ? money(b) : count(b);
            line.change = change(static_cast<double>(a), static_cast<double>(b));
        }
        lines.push_back(line);
    };
    const auto rate = [&](const QString& name, std::optional<double> (PeriodFigures::*member)() const) {
        Line line {name, percent((now.*member)()), QString(), QString()};
        if (before) {
            line.before = percent((before->*member)());
            line.change = pointsChange((now.*member)(), (before->*member)());
        }
        lines.push_back(line);
    };
    const auto optionalMoney = [&](const QString& name, std::optional<qint64> (PeriodFigures::*member)() const) {
        const auto a = (now.*member)();
        Line line {name, a ? money(*a) : dash(), QString(), QString()};
        if (before) {
            const auto b = (before->*member)();
            line.before = b ? money(*b) : dash();
            if (a && b)
                line.change = change(static_cast<double>(*a), static_cast<double>(*b));
        }
        lines.push_back(line);
    };

    lines.push_back({ReportDocument::tr("Referrals"), count(now.referrals),
        before ? count(before->referrals) : QString(), before ? change(now.referrals, before->referrals) : QString()});
    amount(ReportDocument::tr("Converted (new customers)"), &PeriodFigures::converted, false);
    rate(ReportDocument::tr("Conversion rate"), &PeriodFigures::conversionRate);
    rate(ReportDocument::tr("Participation rate"), &PeriodFigures::participationRate);
    lines.push_back(
        {ReportDocument::tr("Revenue"), money(now.revenueMinor), before ? money(before->revenueMinor) : QString(),
            before ? change(now.revenueMinor, before->revenueMinor) : QString()});
    amount(ReportDocument::tr("Cost (rewards and recorded costs)"), &PeriodFigures::costMinor, true);
    {
        Line line {ReportDocument::tr("Return on investment (ROI)"), percent(now.roi()), QString(), QString()};
        if (before) {
            line.before = percent(before->roi());
            line.change = pointsChange(now.roi(), before->roi());
        }
        lines.push_back(line);
    }
    optionalMoney(ReportDocument::tr("Cost per new customer (CAC)"), &PeriodFigures::cacMinor);
    lines.push_back({ReportDocument::tr("Baseline CAC of paid channels"),
        now.baselineCacMinor ? money(*now.baselineCacMinor) : ReportDocument::tr("not set"), QString(), QString()});
    optionalMoney(ReportDocument::tr("Saving per new customer"), &PeriodFigures::cacSavingMinor);
    {
        Line line {ReportDocument::tr("K-factor"), ratio(now.kFactor()), QString(), QString()};
        if (before) {
            line.before = ratio(before->kFactor());
            if (now.kFactor() && before->kFactor())
                line.change = change(*now.kFactor(), *before->kFactor());
        }
        lines.push_back(line);
    }
    lines.push_back(
        {ReportDocument::tr("Generations of referrals"), count(m_in.figures.generations), QString(), QString()});
    lines.push_back({ReportDocument::tr("Rewards owed (approved, not yet given)"), money(now.liabilityMinor),
        before ? money(before->liabilityMinor) : QString(), QString()});
    lines.push_back({ReportDocument::tr("Mentions"), count(now.wordOfMouth.mentions),
        before ? count(before->wordOfMouth.mentions) : QString(),
        before ? change(now.wordOfMouth.mentions, before->wordOfMouth.mentions) : QString()});
    lines.push_back({ReportDocument::tr("Reach of the mentions"), count(now.wordOfMouth.reach),
        before ? count(before->wordOfMouth.reach) : QString(),
        before ? change(now.wordOfMouth.reach, before->wordOfMouth.reach) : QString()});
    {
        Line line {ReportDocument::tr("Net sentiment"), percent(now.wordOfMouth.netSentiment()), QString(), QString()};
        if (before) {
            line.before = percent(before->wordOfMouth.netSentiment());
            line.change = pointsChange(now.wordOfMouth.netSentiment(), before->wordOfMouth.netSentiment());
        }
        lines.push_back(line);
    }
    {
        Line line {ReportDocument::tr("Negative mentions answered in time"),
            percent(now.wordOfMouth.answeredInTimeShare()), QString(), QString()};
        if (before) {
            line.before = percent(before->wordOfMouth.answeredInTimeShare());
            line.change
                = pointsChange(now.wordOfMouth.answeredInTimeShare(), before->wordOfMouth.answeredInTimeShare());
        }
        lines.push_back(line);
    }
    {
        const auto score = now.nps.score();
        Line line {ReportDocument::tr("Net Promoter Score"),
            score ? ReportDocument::tr("%1 (%2 answers)")
                        .arg(m_locale.toString(*score, 'f', 0), count(now.nps.responses()))
                  : dash(),
            QString(), QString()};
        if (before) {
            const auto was = before->nps.score();
            line.before = was ? m_locale.toString(*was, 'f', 0) : dash();
        }
        lines.push_back(line);
    }

    if (before) {
        const std::vector<bool> numeric {false, true, true, true};
        tableStart({ReportDocument::tr("Figure"), ReportDocument::tr("This period"),
                       ReportDocument::tr("Previous period"), ReportDocument::tr("Change")},
            numeric);
        for (const Line& l : lines)
            row({esc(l.name), esc(l.now), esc(l.before), esc(l.change)}, numeric);
    } else {
        const std::vector<bool> numeric {false, true};
        tableStart({ReportDocument::tr("Figure"), ReportDocument::tr("This period")}, numeric);
        for (const Line& l : lines)
            row({esc(l.name), esc(l.now)}, numeric);
    }
    tableEnd();
    note(ReportDocument::tr("Referrals, and the revenue and rewards that come from them, count in the period the "
                            "referral was made; recorded costs on the day they were incurred. A figure that cannot "
                            "be worked out (a division by zero) shows as “—”. The previous period is the one of the "
                            "same length just before."));
}

void Writer::funnel()
{
    const metrics::Funnel& f = m_in.figures.current.funnel;
    const qint64 all = m_in.figures.current.referrals;
    heading(ReportDocument::tr("Funnel"));
    if (all == 0) {
        empty(ReportDocument::tr("No referrals were made in this period."));
        return;
    }
    const std::vector<bool> numeric {false, true, true};
    tableStart({ReportDocument::tr("Stage"), ReportDocument::tr("Referrals"), ReportDocument::tr("Share")}, numeric);
    const auto stage = [&](domain::ReferralStatus status, qint64 n) {
        row({esc(domain::Referral::statusName(status)), count(n), esc(percent(static_cast<double>(n) / all))}, numeric);
    };
    stage(domain::ReferralStatus::Pending, f.pending);
    stage(domain::ReferralStatus::SignedUp, f.signedUp);
    stage(domain::ReferralStatus::Converted, f.converted);
    stage(domain::ReferralStatus::Approved, f.approved);
    stage(domain::ReferralStatus::Rewarded, f.rewarded);
    stage(domain::ReferralStatus::Rejected, f.rejected);
    stage(domain::ReferralStatus::Reversed, f.reversed);
    tableEnd();
    note(ReportDocument::tr("Each stage counts the referrals that reached it, so a rewarded referral counts in "
                            "every stage before it. Rejected and reversed referrals are counted apart."));
}

void Writer::charts()
{
    if (m_in.charts.empty())
        return;
    heading(ReportDocument::tr("Charts"), true);
    for (const ReportChart& chart : m_in.charts) {
        if (chart.image.isNull()) {
            m_html
                += QStringLiteral("<p class=\"empty\"><b>%1</b>: %2</p>\n").arg(esc(chart.title), esc(chart.emptyText));
            continue;
        }
        QString source;
        if (m_images == ReportDocument::Images::Embedded) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            chart.image.save(&buffer, "PNG");
            source = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
        } else {
            source = QStringLiteral("chart:") + chart.key;
        }
        const QSizeF size = chart.image.deviceIndependentSize();
        m_html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\" "
                                 "style=\"max-width: 100%; height: auto\"></p>\n")
                      .arg(source)
                      .arg(qRound(size.width()))
                      .arg(qRound(size.height()))
                      .arg(esc(chart.title));
    }
}

void Writer::campaigns()
{
    heading(ReportDocument::tr("Campaigns"), !m_in.charts.empty());
    if (m_in.figures.campaigns.empty()) {
        empty(ReportDocument::tr("No campaign had referrals or costs in this period."));
        return;
    }
    const std::vector<bool> numeric {false, true, true, true, true, true, true};
    tableStart({ReportDocument::tr("Campaign"), ReportDocument::tr("Referrals"), ReportDocument::tr("Converted"),
                   ReportDocument::tr("Conversion"), ReportDocument::tr("Revenue"), ReportDocument::tr("Cost"),
                   ReportDocument::tr("ROI")},
        numeric);
    for (const metrics::CampaignFigures& c : m_in.figures.campaigns)
        row({esc(c.name), count(c.referrals), count(c.converted), esc(percent(c.conversionRate())),
                esc(money(c.revenueMinor)), esc(money(c.costMinor())), esc(percent(c.roi()))},
            numeric);
    tableEnd();
}

void Writer::topAdvocates()
{
    heading(ReportDocument::tr("Top advocates"));
    if (m_in.figures.topAdvocates.empty()) {
        empty(ReportDocument::tr("Nobody made a referral in this period."));
        return;
    }
    const std::vector<bool> numeric {true, false, true, true, true};
    tableStart({ReportDocument::tr("#"), ReportDocument::tr("Advocate"), ReportDocument::tr("Referrals"),
                   ReportDocument::tr("Converted"), ReportDocument::tr("Revenue")},
        numeric);
    int rank = 0;
    for (const metrics::TopAdvocate& a : m_in.figures.topAdvocates)
        row({count(++rank), esc(a.name), count(a.referrals), count(a.converted), esc(money(a.revenueMinor))}, numeric);
    tableEnd();
}

void Writer::rewards()
{
    const PeriodFigures& f = m_in.figures.current;
    heading(ReportDocument::tr("Rewards paid and owed"));
    const std::vector<bool> two {false, true};
    tableStart({ReportDocument::tr("Rewards"), ReportDocument::tr("At cost")}, two);
    row({esc(ReportDocument::tr("Given (issued)")), esc(money(f.rewardCostMinor - f.liabilityMinor))}, two);
    row({esc(ReportDocument::tr("Owed (approved, not yet given)")), esc(money(f.liabilityMinor))}, two);
    row({QStringLiteral("<b>%1</b>").arg(esc(ReportDocument::tr("Total"))),
            QStringLiteral("<b>%1</b>").arg(esc(money(f.rewardCostMinor)))},
        two);
    tableEnd();
    const ReportExtras& x = m_in.extras;
    if (x.owed.empty()) {
        empty(ReportDocument::tr("No reward is waiting to be given."));
        return;
    }
    m_html += QStringLiteral("<p>%1</p>\n").arg(esc(ReportDocument::tr("Still to give:")));
    const std::vector<bool> numeric {false, false, false, true, false};
    tableStart({ReportDocument::tr("Advocate"), ReportDocument::tr("Campaign"), ReportDocument::tr("Reward"),
                   ReportDocument::tr("Cost"), ReportDocument::tr("Approved")},
        numeric);
    for (const OwedReward& r : x.owed)
        row({esc(r.advocate), esc(r.campaign), esc(r.description), esc(money(r.costMinor)), esc(day(r.approvedAt))},
            numeric);
    tableEnd();
    if (x.owedCount > static_cast<qint64>(x.owed.size()))
        note(ReportDocument::tr("The %1 longest waiting of %2; the Rewards page lists them all.")
                 .arg(count(static_cast<qint64>(x.owed.size())), count(x.owedCount)));
}

void Writer::costs()
{
    const PeriodFigures& f = m_in.figures.current;
    heading(ReportDocument::tr("Costs"));
    const std::vector<bool> two {false, true};
    tableStart({ReportDocument::tr("Cost"), ReportDocument::tr("Amount")}, two);
    row({esc(ReportDocument::tr("Rewards (given and owed, at cost)")), esc(money(f.rewardCostMinor))}, two);
    row({esc(ReportDocument::tr("Recorded campaign costs")), esc(money(f.otherCostMinor))}, two);
    row({QStringLiteral("<b>%1</b>").arg(esc(ReportDocument::tr("Total"))),
            QStringLiteral("<b>%1</b>").arg(esc(money(f.costMinor())))},
        two);
    tableEnd();
    const ReportExtras& x = m_in.extras;
    if (x.costs.empty())
        return;
    const std::vector<bool> numeric {false, false, false, true};
    tableStart({ReportDocument::tr("Date"), ReportDocument::tr("Campaign"), ReportDocument::tr("Description"),
                   ReportDocument::tr("Amount")},
        numeric);
    for (const CostLine& c : x.costs)
        row({esc(day(c.incurredOn)), esc(c.campaign), esc(c.description), esc(money(c.amountMinor))}, numeric);
    tableEnd();
    if (x.costCount > static_cast<qint64>(x.costs.size()))
        note(ReportDocument::tr("The first %1 of %2 recorded costs.")
                 .arg(count(static_cast<qint64>(x.costs.size())), count(x.costCount)));
}

void Writer::quote(const QuotedMention& m, bool testimonial)
{
    m_html += QStringLiteral("<blockquote>“%1”</blockquote>\n").arg(paragraphText(m.text, testimonial ? 2000 : 400));
    QStringList who;
    if (!m.author.trimmed().isEmpty())
        who << esc(m.author.trimmed());
    who << esc(domain::MentionChannels::nameOf(m.channel, m_in.extras.channels));
    who << esc(day(m.occurredAt));
    if (const auto sentiment = domain::fromKey<domain::Sentiment>(m.sentiment); sentiment && !testimonial)
        who << esc(domain::Mention::sentimentName(*sentiment));
    if (m.reach)
        who << esc(ReportDocument::tr("reach %1").arg(count(*m.reach)));
    if (testimonial && !m.permission.trimmed().isEmpty())
        who << esc(ReportDocument::tr("permission: %1").arg(m.permission.trimmed()));
    if (const auto status = domain::fromKey<domain::ResponseStatus>(m.responseStatus);
        status && *status != domain::ResponseStatus::None && !testimonial)
        who << esc(domain::Mention::responseStatusName(*status));
    QString line = QStringLiteral("— ") + who.join(QStringLiteral(" · "));
    // Only web addresses become links: a "javascript:" one stays text.
    const QUrl url(m.url.trimmed(), QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
        line += QStringLiteral(" · <a href=\"%1\">%2</a>")
                    .arg(esc(url.toString(QUrl::FullyEncoded)), paragraphText(m.url.trimmed(), 80));
    m_html += QStringLiteral("<p class=\"who\">%1</p>\n").arg(line);
}

void Writer::mentions()
{
    const ReportExtras& x = m_in.extras;
    heading(ReportDocument::tr("Testimonials"));
    if (x.testimonials.empty())
        empty(ReportDocument::tr("No testimonial was recorded in this period. Mark a positive mention as a "
                                 "testimonial once its author allows you to reuse it."));
    for (const QuotedMention& m : x.testimonials)
        quote(m, true);
    heading(ReportDocument::tr("Notable mentions"));
    if (x.notable.empty())
        empty(ReportDocument::tr("No mention with a known reach in this period."));
    else
        note(ReportDocument::tr("The mentions that reached most people."));
    for (const QuotedMention& m : x.notable)
        quote(m, false);
}

void Writer::disclosures()
{
    heading(ReportDocument::tr("Incentive disclosure"));
    const ReportExtras& x = m_in.extras;
    if (x.disclosures.empty()) {
        empty(ReportDocument::tr("No campaign is part of this report."));
        return;
    }
    for (const Disclosure& d : x.disclosures) {
        m_html += QStringLiteral("<p><b>%1</b>: %2</p>\n")
                      .arg(esc(d.campaign),
                          d.text.isEmpty()
                              ? QStringLiteral("<i>%1</i>")
                                    .arg(esc(ReportDocument::tr("no disclosure text. Rewarded recommendations must "
                                                                "say that they are rewarded: add the text on the "
                                                                "campaign.")))
                              : paragraphText(d.text, 4000));
    }
}

} // namespace

QString ReportDocument::title(const ReportInput& input)
{
    return input.campaign ? tr("Referral report: %1").arg(*input.campaign) : tr("Referral report: all campaigns");
}

QString ReportDocument::period(const ReportInput& input)
{
    const QString format = QStringLiteral("d MMM yyyy");
    const metrics::PeriodFigures& f = input.figures.current;
    const QDateTime end = f.to.isValid() ? f.to : input.generatedAt;
    // `to` is exclusive: the period's last day is the one its last second falls on.
    const QString last = input.locale.toString(end.addSecs(-1).toTimeZone(input.timeZone).date(), format);
    if (!f.from.isValid())
        return tr("Up to %1").arg(last);
    return tr("%1 – %2", "period from – to")
        .arg(input.locale.toString(f.from.toTimeZone(input.timeZone).date(), format), last);
}

QString ReportDocument::html(const ReportInput& input, Images images)
{
    return Writer(input, images).build();
}

std::unique_ptr<QTextDocument> ReportDocument::textDocument(const ReportInput& input)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    QFont font = document->defaultFont();
    font.setPointSizeF(9.5);
    document->setDefaultFont(font);
    for (const ReportChart& chart : input.charts) {
        if (!chart.image.isNull())
            document->addResource(
                QTextDocument::ImageResource, QUrl(QStringLiteral("chart:") + chart.key), QVariant(chart.image));
    }
    document->setHtml(html(input, Images::Resources));
    return document;
}

} // namespace grapevine::report
