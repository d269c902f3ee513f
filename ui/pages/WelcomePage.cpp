// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace grapevine::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_sample(new QCommandLinkButton(this))
    , m_import(new QCommandLinkButton(this))
    , m_empty(new QCommandLinkButton(this))
    , m_open(new QPushButton(tr("Open a File…"), this))
    , m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/grapevine.svg")).pixmap(QSize(72, 72)));
    logo->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(tr("Welcome to Grapevine"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto* intro = new QLabel(tr("Keep your advocates, run refer-a-friend campaigns, log what people say about you "
                                "and see what it all brings in. Everything stays in one file on this computer."),
        this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_sample->setObjectName(QStringLiteral("welcomeSample"));
    m_sample->setText(tr("Explore a Sample Business"));
    m_sample->setDescription(tr("A made-up bakery with advocates, campaigns, referrals and mentions, so that every "
                                "page and chart has something to show. It is a file of its own: your data stays "
                                "apart."));
    m_import->setObjectName(QStringLiteral("welcomeImport"));
    m_import->setText(tr("Import Your Customers"));
    m_import->setDescription(tr("Start your business's file from a CSV export of your shop, CRM, email tool or "
                                "spreadsheet."));
    m_empty->setObjectName(QStringLiteral("welcomeEmpty"));
    m_empty->setText(tr("Start Empty"));
    m_empty->setDescription(tr("Start your business's file and add advocates and campaigns by hand."));
    m_sample->setDefault(true);
    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    m_open->setToolTip(tr("Open a Grapevine file you already have"));
    m_back->setObjectName(QStringLiteral("welcomeBack"));
    m_back->hide();

    connect(m_sample, &QAbstractButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_import, &QAbstractButton::clicked, this, &WelcomePage::importRequested);
    connect(m_empty, &QAbstractButton::clicked, this, &WelcomePage::emptyRequested);
    connect(m_open, &QAbstractButton::clicked, this, &WelcomePage::openRequested);
    connect(m_back, &QAbstractButton::clicked, this, &WelcomePage::backRequested);

    // A centred column of bounded width, as on the empty-state pages.
    auto* column = new QWidget(this);
    column->setMinimumWidth(320);
    column->setMaximumWidth(600);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(logo);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(title);
    columnLayout->addWidget(intro);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(m_sample);
    columnLayout->addWidget(m_import);
    columnLayout->addWidget(m_empty);
    columnLayout->addSpacing(8);
    auto* links = new QHBoxLayout;
    links->addStretch();
    links->addWidget(m_back);
    links->addWidget(m_open);
    columnLayout->addLayout(links);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 20);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void WelcomePage::setOpenFile(const QString& fileName)
{
    m_back->setVisible(!fileName.isEmpty());
    m_back->setText(tr("Back to %1").arg(fileName));
}

} // namespace grapevine::ui
