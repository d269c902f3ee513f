// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportProgressView.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include "ImportRunner.h"
#include "widgets/CountForTr.h"

namespace grapevine::ui {

namespace {

constexpr int kSteps = 1000;

} // namespace

ImportProgressView::ImportProgressView(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
{
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setRange(0, kSteps);
    m_bar->setTextVisible(true);
    m_label->setObjectName(QStringLiteral("importProgressLabel"));
    m_label->setWordWrap(true);
    // The numbers change ten times a second: the screen reader hears them when it asks.
    m_label->setAccessibleName(tr("Import progress"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
}

void ImportProgressView::start(const QString& text)
{
    m_bar->setRange(0, 0);
    m_label->setText(text);
}

QString ImportProgressView::timeLeftText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("about %n second(s) left", nullptr, clampCount(qMax<qint64>(seconds, 1)));
    if (seconds < 3600)
        return tr("about %n minute(s) left", nullptr, clampCount((seconds + 30) / 60));
    return tr("about %n hour(s) left", nullptr, clampCount((seconds + 1800) / 3600));
}

void ImportProgressView::show(const ImportRunProgress& progress, bool dryRun)
{
    const QLocale locale;
    if (progress.fraction < 0) {
        m_bar->setRange(0, 0);
    } else {
        m_bar->setRange(0, kSteps);
        m_bar->setValue(static_cast<int>(progress.fraction * kSteps));
    }
    const int rows = clampCount(progress.rows);
    if (progress.finishing) {
        m_label->setText(dryRun
                ? tr("All %Ln row(s) read. Taking the trial back so that nothing changes…", nullptr, rows)
                : tr("All %Ln row(s) read. Saving the advocates and building the search index; "
                     "with a large file this last step takes a moment…",
                    nullptr, rows));
        return;
    }
    const QString done = dryRun ? tr("%Ln row(s) checked", nullptr, rows) : tr("%Ln row(s) imported", nullptr, rows);
    const QString rate = tr("%1 rows a second").arg(locale.toString(qRound64(progress.rowsPerSecond)));
    const QString left = timeLeftText(progress.secondsLeft);
    //: Import progress: "12,000 rows imported — 40,000 rows a second — about 20 seconds left"
    m_label->setText(left.isEmpty() ? tr("%1 — %2").arg(done, rate) : tr("%1 — %2 — %3").arg(done, rate, left));
}

void ImportProgressView::finish(const QString& text, bool complete)
{
    m_bar->setRange(0, kSteps);
    m_bar->setValue(complete ? kSteps : 0);
    m_label->setText(text);
}

QString ImportProgressView::text() const
{
    return m_label->text();
}

} // namespace grapevine::ui
