// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace grapevine::rules {

/// The throw-away e-mail services shipped in resources/rules/disposable-domains.txt.
class DisposableDomains final
{
public:
    /// The shipped list (read once).
    static const DisposableDomains& shipped();
    /// A list from text in the same format: one domain per line, # comments.
    static DisposableDomains fromText(const QString& text);

    /// True when the address's domain, or a domain it is under, is on the list.
    bool matches(const QString& email) const;
    qsizetype size() const { return m_domains.size(); }

private:
    QSet<QString> m_domains;
};

} // namespace grapevine::rules
