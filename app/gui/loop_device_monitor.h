// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Watches udev for loop devices being attached, detached or changed, so the
// window rescans by itself when e.g. systemd-sysext or losetup sets one up.
// Events are debounced: a burst of uevents produces one loopDevicesChanged().

#include <QObject>
#include <QTimer>

struct udev;
struct udev_monitor;
class QSocketNotifier;

namespace zd::gui {

class LoopDeviceMonitor : public QObject {
    Q_OBJECT
  public:
    explicit LoopDeviceMonitor(QObject* parent = nullptr);
    ~LoopDeviceMonitor() override;

    // False when udev could not be reached (no netlink in a container, for
    // instance): the window then only rescans on request.
    bool isActive() const { return m_monitor != nullptr; }
    QString inactiveReason() const { return m_inactiveReason; }

  Q_SIGNALS:
    void loopDevicesChanged();

  private:
    void readEvents();

    struct udev* m_udev = nullptr;
    struct udev_monitor* m_monitor = nullptr;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_debounce;
    QString m_inactiveReason;
};

}  // namespace zd::gui
