// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "remote_connect_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "remote/host_spec.h"

namespace zd::gui {

RemoteConnectDialog::RemoteConnectDialog(const QStringList& recentHosts, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Connect to a remote machine"));
    auto* intro = new QLabel(
        tr("Scan another machine, for example a TrueNAS server, over SSH. Your own SSH keys, "
           "agent and ~/.ssh/config are used; ZFS Doctor never asks for a password and never "
           "accepts an unknown host key, so connect once with <code>ssh</code> in a terminal "
           "first. The scan only reads: nothing is installed or changed on that machine."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("remoteHost"));
    m_host->setEditable(true);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    m_host->addItems(recentHosts);
    m_host->lineEdit()->setPlaceholderText(tr("admin@nas, nas.local:2222"));
    m_host->setAccessibleName(tr("Host"));
    m_host->setAccessibleDescription(tr("Recently used hosts are in the list."));
    m_host->setMinimumContentsLength(28);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Host ([user@]host[:port]):"), m_host);
    form->addRow(QString(), m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect and Scan"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_host, &QComboBox::editTextChanged, this, &RemoteConnectDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    validate();
}

QString RemoteConnectDialog::hostSpec() const {
    return m_host->currentText().trimmed();
}

void RemoteConnectDialog::setHostSpec(const QString& text) {
    m_host->setEditText(text);
}

QStringList RemoteConnectDialog::offeredHosts() const {
    QStringList hosts;
    for (int i = 0; i < m_host->count(); ++i) {
        hosts << m_host->itemText(i);
    }
    return hosts;
}

bool RemoteConnectDialog::canConnect() const {
    return m_connect->isEnabled();
}

QString RemoteConnectDialog::problem() const {
    return m_problem->text();
}

void RemoteConnectDialog::validate() {
    const QString text = hostSpec();
    QString error;
    const bool valid = !text.isEmpty() && HostSpec::parse(text, &error).has_value();
    m_connect->setEnabled(valid);
    // An empty field is not an error yet; say nothing until something is typed.
    m_problem->setText(text.isEmpty() || valid ? QString() : error);
}

}  // namespace zd::gui
