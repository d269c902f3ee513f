// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

#include "db/Database.h"

namespace grapevine::ui {

AboutDialog::AboutDialog(const db::Database* database, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Grapevine"));

    QString sqliteVersion = tr("unknown");
    QString databaseText = tr("No database is open.");
    if (database) {
        QSqlQuery q(database->connection());
        if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
            sqliteVersion = q.value(0).toString();
        databaseText = tr("%1 (schema version %2%3)")
                           .arg(QDir::toNativeSeparators(database->path()))
                           .arg(database->schemaVersion())
                           .arg(database->isReadOnly() ? tr(", read-only") : QString());
    }
    m_details = tr("Grapevine %1\nDatabase: %2\nQt %3, SQLite %4")
                    .arg(QCoreApplication::applicationVersion(), databaseText, QString::fromLatin1(qVersion()),
                        sqliteVersion);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/grapevine.svg")).pixmap(QSize(96, 96)));
    icon->setAlignment(Qt::AlignTop);

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(true);
    text->setWordWrap(true);
    text->setText(
        tr("<h2>Grapevine %1</h2>"
           "<p>Peer-to-peer marketing for small businesses: keep your advocates, run refer-a-friend campaigns, "
           "follow word of mouth and see what it returns.</p>"
           "<p><b>Database:</b> %2</p>"
           "<p><b>Qt:</b> %3 &nbsp; <b>SQLite:</b> %4</p>"
           "<p>Grapevine is free software, licensed under the "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License, version 3 or later</a>. "
           "It comes with no warranty.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), databaseText.toHtmlEscaped(),
                QString::fromLatin1(qVersion()), sqliteVersion.toHtmlEscaped()));
    text->setMinimumWidth(420);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy Details"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the version information, e.g. for a bug report"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_details); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

} // namespace grapevine::ui
