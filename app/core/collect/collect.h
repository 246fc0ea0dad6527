// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The collectors: each reads one area of the system through a SystemSource
// and fills its part of Facts. Each records what it could not learn as a
// CollectorNote instead of failing. collectFacts() runs them all in order.
//
// Every collector is a free function so tests can run one against a
// ReplaySource built from fixture evidence.

#include "collect/system_source.h"
#include "model/facts.h"

namespace zd {

void collectDistro(SystemSource& source,
                   Facts& facts);  // /etc/os-release (+ TrueNAS, Proxmox markers)
void collectPackages(SystemSource& source,
                     Facts& facts);  // kernel/ZFS/Proxmox packages from the dpkg database
void collectKernel(SystemSource& source,
                   Facts& facts);  // release, level, installed kernels, default, pins
void collectZfs(SystemSource& source, Facts& facts);  // kmod, userland, parameters, pools, datasets
void collectLoopDevices(SystemSource& source,
                        Facts& facts);  // loop devices + backing file locations
void collectSystemd(SystemSource& source,
                    Facts& facts);  // version, sysext environment, sysext images
void collectKernelLog(SystemSource& source, Facts& facts);  // dmesg hits (optional evidence)

// The same two collectors given a mount table that was already read, so one
// scan reads /proc/self/mountinfo once. The two-argument versions above read
// it themselves through the source (MountTable::fromSource).
class MountTable;
void collectLoopDevices(SystemSource& source, Facts& facts, const MountTable& mounts);
void collectSystemd(SystemSource& source, Facts& facts, const MountTable& mounts);
// What decides which commands the systemd collector starts (whether systemd
// is the running service manager, and whether the package database already
// names its version), read before the ZFS collector runs so those commands
// can start early (SystemSource::startEarly): their times then overlap the
// ZFS commands'. Runs after collectPackages().
struct SystemdStart {
    Evidence booted;  // the listing of /run/systemd/system
    // dpkg's record of the systemd package, when the status file lists it
    // installed: it names the version `systemctl --version` would print.
    std::optional<InstalledPackage> package;
};
SystemdStart startSystemdCommands(SystemSource& source, const Facts& facts);
void collectSystemd(SystemSource& source, Facts& facts, const MountTable& mounts,
                    const SystemdStart& started);
// Loop devices /etc/fstab sets up, located through the mount table.
void collectConfiguredLoops(SystemSource& source, Facts& facts, const MountTable& mounts);

// Runs every collector, one after the other, on the calling thread. Loop
// devices, fstab images and sysext images are located through the mount
// table, read once per scan.
Facts collectFacts(SystemSource& source);

}  // namespace zd
