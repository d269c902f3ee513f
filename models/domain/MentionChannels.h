// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include "Result.h"

namespace grapevine::domain {

/// One place where people talk about the business: a stable key stored with each mention
/// ("google_review") and the name the business sees ("Google review").
struct MentionChannel
{
    QString key;
    QString name;

    friend bool operator==(const MentionChannel& a, const MentionChannel& b)
    {
        return a.key == b.key && a.name == b.name;
    }
};

/// The channel list a business keeps in its settings: the usual ones to start with, edited
/// freely afterwards. A mention keeps its key when its channel is later removed from the
/// list, and is then shown under the key itself.
class MentionChannels final
{
    Q_DECLARE_TR_FUNCTIONS(MentionChannels)

public:
    /// Facebook, Instagram, X, LinkedIn, TikTok, YouTube, Google review, Yelp, Trustpilot,
    /// forum or blog, email, phone, in person, other.
    static QList<MentionChannel> defaults();

    /// The channel of a link, when its host is one of the known sites ("https://www.yelp.com/biz/…"
    /// is "yelp"); nothing for other links and for text that is not a web address.
    static std::optional<QString> keyForUrl(const QString& text);

    /// The name of `key` in `channels`, or the default name, or the key itself.
    static QString nameOf(const QString& key, const QList<MentionChannel>& channels);

    /// A key made from a name the user typed: "Local paper" becomes "local_paper".
    static QString keyFromName(const QString& name);

    /// Refuses an empty list, empty names, names or keys given twice.
    static Status validate(const QList<MentionChannel>& channels);

    /// "key=name" lines, the form kept in the settings table; parse() skips lines it cannot read.
    static QString serialise(const QList<MentionChannel>& channels);
    static QList<MentionChannel> parse(const QString& text);
};

} // namespace grapevine::domain
