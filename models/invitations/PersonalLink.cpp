// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalLink.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace grapevine::invitations {

namespace {

const QString refKey = QStringLiteral("ref");

// A value as QUrlQuery expects it: it reads "%" as the start of an escape and leaves "+" alone
// (which web servers decode as a space), so both are escaped first.
QString queryValue(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('%'), QLatin1String("%25"));
    escaped.replace(QLatin1Char('+'), QLatin1String("%2B"));
    return escaped;
}

} // namespace

PersonalLink::PersonalLink(const domain::Campaign& campaign)
{
    const QString text = campaign.landingUrl.trimmed();
    if (text.isEmpty()) {
        m_problem = tr("The campaign has no landing page, so there is no personal link. Add the web address "
                       "friends should visit in the campaign's settings.");
        return;
    }
    // People type "shop.example.com/friends"; a link without a scheme does not open anywhere.
    // "name:" followed by digits is a host and port, not a scheme (as in "mailto:").
    static const QRegularExpression explicitScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:(?!\\d)"));
    QUrl url(
        explicitScheme.match(text).hasMatch() ? text : QString(QStringLiteral("https://") + text), QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty()
        || text.contains(QLatin1Char(' '))) {
        m_problem = tr("The landing page \"%1\" is not a web address, so there is no personal link. Correct it "
                       "in the campaign's settings (for example https://shop.example.com/friends).")
                        .arg(text);
        return;
    }
    m_landing = url;

    QUrlQuery query(url);
    const struct
    {
        QString key;
        QString value;
    } ours[] = {{QStringLiteral("utm_source"), campaign.utmSource.trimmed()},
        {QStringLiteral("utm_medium"), campaign.utmMedium.trimmed()},
        {QStringLiteral("utm_campaign"), campaign.utmCampaign.trimmed()}};
    query.removeAllQueryItems(refKey);
    for (const auto& item : ours)
        query.removeAllQueryItems(item.key);
    // The code goes in last, after the fixed parts: the link is built once with a marker and the
    // code is spliced in per advocate, which keeps a million links cheap.
    for (const auto& item : ours) {
        if (!item.value.isEmpty())
            query.addQueryItem(item.key, queryValue(item.value));
    }
    const QString marker = QStringLiteral("GRAPEVINEREFERRALCODE");
    query.addQueryItem(refKey, marker);
    url.setQuery(query);
    const QString full = url.toString(QUrl::FullyEncoded);
    const qsizetype at = full.lastIndexOf(marker);
    m_before = full.left(at);
    m_after = full.mid(at + marker.size());
}

QString PersonalLink::forCode(const QString& referralCode) const
{
    if (!isAvailable())
        return {};
    return m_before + QString::fromLatin1(QUrl::toPercentEncoding(referralCode)) + m_after;
}

} // namespace grapevine::invitations
