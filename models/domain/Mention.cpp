// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Mention.h"

namespace grapevine::domain {

Status Mention::validate() const
{
    const auto invalid = [](const char* field, const QString& message) {
        return Error {Error::Code::Invalid, message, QString::fromLatin1(field)};
    };
    if (!occurredAt.isValid())
        return invalid("occurred_at", tr("Say when the mention happened."));
    if (channel.trimmed().isEmpty())
        return invalid("channel", tr("Choose the channel where the mention appeared."));
    if (reach && *reach < 0)
        return invalid("reach", tr("The reach cannot be negative."));
    if (isTestimonial && !testimonialPermissionAt.isValid())
        return invalid(
            "testimonial_permission", tr("A testimonial needs the date on which the author allowed it to be reused."));
    if (isTestimonial && sentiment != Sentiment::Positive)
        return invalid("is_testimonial", tr("Only a positive mention can be a testimonial."));
    return {};
}

QString Mention::sentimentName(Sentiment sentiment)
{
    switch (sentiment) {
    case Sentiment::Positive:
        return tr("Positive");
    case Sentiment::Neutral:
        return tr("Neutral");
    case Sentiment::Negative:
        return tr("Negative");
    }
    return {};
}

QString Mention::responseStatusName(ResponseStatus status)
{
    switch (status) {
    case ResponseStatus::None:
        return tr("No response needed");
    case ResponseStatus::NeedsResponse:
        return tr("Needs response");
    case ResponseStatus::Responded:
        return tr("Responded");
    case ResponseStatus::Resolved:
        return tr("Resolved");
    }
    return {};
}

} // namespace grapevine::domain
