// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Checks that a (syntactically valid) target exists and is what the verb
// expects. Unlike validators.h these look at the system, through the
// SystemRoot and the ToolRunner, so they run only after authorization.

#include <QString>

#include "service/helper_error.h"
#include "system/system_root.h"
#include "system/tool_runner.h"

namespace zd::helper {

// `zfs list -H -o name,type DS` must print exactly "DS<TAB>filesystem".
bool checkDatasetIsFilesystem(ToolRunner& tools, const QString& dataset, HelperError* error);

// /sys/block/<name>/loop/ exists. Run validateLoopDeviceName() first.
bool checkLoopDeviceExists(const SystemRoot& root, const QString& name, HelperError* error);

// A block device name that is not a loop device ("sda", "ram0") gets its own
// message. Returns true when `name` names an existing non-loop block device.
bool isNonLoopBlockDevice(const SystemRoot& root, const QString& name);

// /lib/modules/<release> or /boot/vmlinuz-<release> exists.
bool checkKernelInstalled(const SystemRoot& root, const QString& release, HelperError* error);

}  // namespace zd::helper
