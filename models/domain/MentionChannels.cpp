// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentionChannels.h"

#include <QSet>
#include <QStringList>

namespace grapevine::domain {

QList<MentionChannel> MentionChannels::defaults()
{
    return {
        {QStringLiteral("facebook"), tr("Facebook")},
        {QStringLiteral("instagram"), tr("Instagram")},
        {QStringLiteral("x"), tr("X (Twitter)")},
        {QStringLiteral("linkedin"), tr("LinkedIn")},
        {QStringLiteral("tiktok"), tr("TikTok")},
        {QStringLiteral("youtube"), tr("YouTube")},
        {QStringLiteral("google_review"), tr("Google review")},
        {QStringLiteral("yelp"), tr("Yelp")},
        {QStringLiteral("trustpilot"), tr("Trustpilot")},
        {QStringLiteral("forum"), tr("Forum or blog")},
        {QStringLiteral("email"), tr("Email")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("in_person"), tr("In person")},
        {QStringLiteral("other"), tr("Other")},
    };
}

std::optional<QString> MentionChannels::keyForUrl(const QString& text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' ')))
        return std::nullopt;
    // People paste "instagram.com/p/…" without the scheme as often as with it.
    if (!trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("https://"));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return std::nullopt;
    const QString host = url.host().toLower();
    const QString path = url.path().toLower();
    // Host suffixes, so "m.facebook.com", "www.yelp.co.uk" and "de.trustpilot.com" count.
    const auto on = [&host](const char* site) {
        const QString s = QLatin1String(site);
        return host == s || host.endsWith(QLatin1Char('.') + s);
    };
    if (on("facebook.com") || on("fb.com") || on("fb.me"))
        return QStringLiteral("facebook");
    if (on("instagram.com") || on("instagr.am"))
        return QStringLiteral("instagram");
    if (on("x.com") || on("twitter.com") || on("t.co"))
        return QStringLiteral("x");
    if (on("linkedin.com") || on("lnkd.in"))
        return QStringLiteral("linkedin");
    if (on("tiktok.com"))
        return QStringLiteral("tiktok");
    if (on("youtube.com") || on("youtu.be"))
        return QStringLiteral("youtube");
    const bool google = host.startsWith(QLatin1String("google.")) || host.contains(QLatin1String(".google."));
    if (on("g.page") || on("maps.app.goo.gl") || (on("goo.gl") && path.startsWith(QLatin1String("/maps")))
        || (google && (path.startsWith(QLatin1String("/maps")) || host.startsWith(QLatin1String("maps.")))))
        return QStringLiteral("google_review");
    if (host.startsWith(QLatin1String("yelp.")) || host.contains(QLatin1String(".yelp.")))
        return QStringLiteral("yelp");
    if (host.startsWith(QLatin1String("trustpilot.")) || host.contains(QLatin1String(".trustpilot.")))
        return QStringLiteral("trustpilot");
    return std::nullopt;
}

QString MentionChannels::nameOf(const QString& key, const QList<MentionChannel>& channels)
{
    for (const MentionChannel& c : channels) {
        if (c.key == key)
            return c.name;
    }
    for (const MentionChannel& c : defaults()) {
        if (c.key == key)
            return c.name;
    }
    return key;
}

QString MentionChannels::keyFromName(const QString& name)
{
    QString key;
    bool gap = false;
    for (const QChar c : name.trimmed().toLower()) {
        if (c.isLetterOrNumber()) {
            if (gap && !key.isEmpty())
                key += QLatin1Char('_');
            key += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    return key;
}

Status MentionChannels::validate(const QList<MentionChannel>& channels)
{
    if (channels.isEmpty())
        return Error {Error::Code::Invalid, tr("Keep at least one channel."), QStringLiteral("mention_channels")};
    QSet<QString> keys;
    QSet<QString> names;
    for (const MentionChannel& c : channels) {
        const QString name = c.name.trimmed();
        if (name.isEmpty() || c.key.isEmpty())
            return Error {Error::Code::Invalid, tr("Every channel needs a name."), QStringLiteral("mention_channels")};
        if (c.key.contains(QLatin1Char('=')) || c.key.contains(QLatin1Char('\n')) || name.contains(QLatin1Char('\n')))
            return Error {Error::Code::Invalid, tr("The channel “%1” has a character that cannot be kept.").arg(name),
                QStringLiteral("mention_channels")};
        if (keys.contains(c.key) || names.contains(name.toCaseFolded()))
            return Error {Error::Code::Invalid, tr("The channel “%1” is in the list twice.").arg(name),
                QStringLiteral("mention_channels")};
        keys.insert(c.key);
        names.insert(name.toCaseFolded());
    }
    return {};
}

QString MentionChannels::serialise(const QList<MentionChannel>& channels)
{
    QStringList lines;
    for (const MentionChannel& c : channels)
        lines << c.key + QLatin1Char('=') + c.name.trimmed();
    return lines.join(QLatin1Char('\n'));
}

QList<MentionChannel> MentionChannels::parse(const QString& text)
{
    QList<MentionChannel> channels;
    QSet<QString> keys;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        MentionChannel c {line.left(eq).trimmed(), line.mid(eq + 1).trimmed()};
        if (c.key.isEmpty() || c.name.isEmpty() || keys.contains(c.key))
            continue;
        keys.insert(c.key);
        channels << c;
    }
    return channels;
}

} // namespace grapevine::domain
