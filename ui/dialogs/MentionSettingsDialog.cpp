// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentionSettingsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "widgets/AlertColor.h"

namespace grapevine::ui {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

} // namespace

MentionSettingsDialog::MentionSettingsDialog(const domain::BusinessSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mentionSettingsDialog"));
    setWindowTitle(tr("Mention Settings"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("channelList"));
    m_list->setToolTip(tr("Double-click a channel to rename it"));
    auto* add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addChannelButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeChannelButton"));
    m_remove->setToolTip(tr("Mentions already logged on it keep it"));
    m_up = new QPushButton(tr("Move &Up"), this);
    m_down = new QPushButton(tr("Move &Down"), this);
    auto* reset = new QPushButton(tr("Usual &List"), this);
    reset->setObjectName(QStringLiteral("resetChannelsButton"));
    reset->setToolTip(tr("Go back to the usual channels: Facebook, Instagram, Google review…"));
    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {add, m_remove, m_up, m_down, reset})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* channels = new QGridLayout;
    channels->addWidget(m_list, 0, 0);
    channels->addLayout(buttons, 0, 1);

    m_target = new QSpinBox(this);
    m_target->setObjectName(QStringLiteral("responseTargetSpin"));
    m_target->setRange(1, 24 * 90);
    m_target->setSuffix(tr(" hours"));
    m_target->setValue(settings.responseTargetHours);
    m_target->setToolTip(tr("A negative mention is due for a response this long after it was posted"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("mentionSettingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(alertStyleSheet(palette()));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Response target:"), m_target);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Channels offered when you log a mention:"), this));
    layout->addLayout(channels, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(box);

    connect(add, &QPushButton::clicked, this, [this] { addChannel(tr("New channel")); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->takeItem(m_list->currentRow());
        updateButtons();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(reset, &QPushButton::clicked, this, &MentionSettingsDialog::resetChannels);
    connect(m_list, &QListWidget::currentRowChanged, this, &MentionSettingsDialog::updateButtons);
    connect(m_list, &QListWidget::itemChanged, m_error, &QWidget::hide); // the problem may be gone
    connect(box, &QDialogButtonBox::accepted, this, &MentionSettingsDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &MentionSettingsDialog::reject);

    fill(settings.mentionChannels);
    resize(460, 480);
}

void MentionSettingsDialog::fill(const QList<domain::MentionChannel>& channels)
{
    m_list->clear();
    for (const domain::MentionChannel& c : channels) {
        auto* item = new QListWidgetItem(c.name, m_list);
        item->setData(kKeyRole, c.key);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_list->setCurrentRow(0);
    updateButtons();
}

void MentionSettingsDialog::addChannel(const QString& name)
{
    auto* item = new QListWidgetItem(name, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    m_list->editItem(item);
    updateButtons();
}

void MentionSettingsDialog::resetChannels()
{
    fill(domain::MentionChannels::defaults());
}

void MentionSettingsDialog::move(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

void MentionSettingsDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0 && m_list->count() > 1);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

domain::BusinessSettings MentionSettingsDialog::settings() const
{
    domain::BusinessSettings s = m_settings;
    s.responseTargetHours = m_target->value();
    s.mentionChannels.clear();
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        const QString name = item->text().trimmed();
        // A channel keeps its key when renamed, so its mentions follow the new name; a new
        // one gets a key from its name.
        QString key = item->data(kKeyRole).toString();
        if (key.isEmpty())
            key = domain::MentionChannels::keyFromName(name);
        s.mentionChannels << domain::MentionChannel {key, name};
    }
    return s;
}

void MentionSettingsDialog::accept()
{
    const domain::BusinessSettings s = settings();
    if (const Status valid = s.validate(); !valid) {
        m_error->setText(valid.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    QDialog::accept();
}

} // namespace grapevine::ui
