// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// "Connect to a remote machine…": asks for [user@]HOST[:port], checks it as
// the user types, and explains what connecting does and does not do. The
// scan itself runs as a ScanController job (the core's target loader with
// TargetRequest::remote()), so the window shows its progress and errors like
// any other scan.
//
// The host field is an editable list of the recently used hosts
// (RecentHosts), the most recent one filled in. MainWindow::connectToRemote()
// runs it and remembers the host once a scan succeeded.

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace zd::gui {

class RemoteConnectDialog : public QDialog {
    Q_OBJECT
  public:
    // `recentHosts`: offered in the host field, most recent first; the first
    // one is filled in.
    explicit RemoteConnectDialog(const QStringList& recentHosts = {}, QWidget* parent = nullptr);
    // The host as typed (trimmed), valid once exec() returned Accepted.
    QString hostSpec() const;
    void setHostSpec(const QString& text);
    // For tests: is the Connect button enabled, and what does the hint say?
    bool canConnect() const;
    QString problem() const;
    QStringList offeredHosts() const;

  private:
    void validate();

    QComboBox* m_host;
    QLabel* m_problem;
    QPushButton* m_connect;
};

}  // namespace zd::gui
