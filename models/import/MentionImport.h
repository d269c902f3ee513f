// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QSqlDatabase>

#include "ImportTypes.h"
#include "domain/Mention.h"
#include "domain/Result.h"

class QIODevice;

namespace grapevine {
class Clock;
}

namespace grapevine::importing {

/// Imports mentions from the export of a social-listening or review tool (Brand24, Mention,
/// Talkwalker, Google or Trustpilot reviews, a spreadsheet). A mention already in the database
/// (the same link, or the same channel, time, author and text) is skipped, so the same export
/// imported twice adds nothing. Negative mentions join the response queue as if logged by hand.
class MentionImport final
{
    Q_DECLARE_TR_FUNCTIONS(MentionImport)

public:
    MentionImport(QSqlDatabase db, const Clock& clock);

    Result<ImportSummary> run(QIODevice& device, const QString& fileName, const ImportSettings& settings,
        const ImportProgressCallback& progress = {}, const ImportCancelFlag* cancel = nullptr);

    /// The field keys this import knows, as in resources/import/mention-columns.txt.
    static QStringList fieldKeys();
    /// "positive", "Negativ", "-3", "pos"… ; nothing when the text means none of them.
    static std::optional<domain::Sentiment> parseSentiment(const QString& text);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace grapevine::importing
