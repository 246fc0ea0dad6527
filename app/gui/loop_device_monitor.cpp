// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "loop_device_monitor.h"

#include <libudev.h>
#include <spdlog/spdlog.h>

#include <QSocketNotifier>

namespace zd::gui {

LoopDeviceMonitor::LoopDeviceMonitor(QObject* parent) : QObject(parent) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &LoopDeviceMonitor::loopDevicesChanged);

    m_udev = udev_new();
    if (m_udev == nullptr) {
        spdlog::info("loop devices are not watched: udev is not available");
        return;
    }
    // "udev" (not "kernel") events: they arrive after udev has processed the
    // device, so sysfs attributes like loop/backing_file are in place.
    m_monitor = udev_monitor_new_from_netlink(m_udev, "udev");
    if (m_monitor == nullptr ||
        udev_monitor_filter_add_match_subsystem_devtype(m_monitor, "block", "disk") < 0 ||
        udev_monitor_enable_receiving(m_monitor) < 0) {
        if (m_monitor != nullptr) {
            udev_monitor_unref(m_monitor);
            m_monitor = nullptr;
        }
        spdlog::info("loop devices are not watched: cannot listen to udev events");
        return;
    }
    m_notifier = new QSocketNotifier(udev_monitor_get_fd(m_monitor), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LoopDeviceMonitor::readEvents);
}

LoopDeviceMonitor::~LoopDeviceMonitor() {
    delete m_notifier;
    if (m_monitor != nullptr) {
        udev_monitor_unref(m_monitor);
    }
    if (m_udev != nullptr) {
        udev_unref(m_udev);
    }
}

void LoopDeviceMonitor::readEvents() {
    // Drain every queued event; the fd is non-blocking, so this ends when empty.
    while (struct udev_device* device = udev_monitor_receive_device(m_monitor)) {
        const char* name = udev_device_get_sysname(device);
        if (name != nullptr && qstrncmp(name, "loop", 4) == 0) {
            m_debounce.start();
        }
        udev_device_unref(device);
    }
}

}  // namespace zd::gui
