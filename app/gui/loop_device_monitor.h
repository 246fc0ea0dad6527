// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Watches udev for loop devices being attached, detached or changed, so the
// window rescans by itself when e.g. systemd-sysext or losetup sets one up.
// Events are debounced: a burst of uevents produces one loopDevicesChanged().
// Where udev cannot be reached (no netlink in a container, for instance) it
// stays silent and says why in the log; the window then rescans on request.

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

  Q_SIGNALS:
    void loopDevicesChanged();

  private:
    void readEvents();

    struct udev* m_udev = nullptr;
    struct udev_monitor* m_monitor = nullptr;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_debounce;
};

}  // namespace zd::gui
