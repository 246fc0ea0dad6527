#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs the real dnf on an installroot made by make-kernel-root.sh (with the
# root's own versionlock plugin configuration, see lib/dnf-root.sh):
#   dnf-in-root.sh ROOT ARGS...      e.g. dnf-in-root.sh ROOT -q versionlock list
set -euo pipefail
source "$(dirname "$0")/lib/dnf-root.sh"
[ $# -ge 1 ] || { echo "usage: $0 ROOT ARGS..." >&2; exit 2; }
root=$1
shift
zd_dnf_in "$root" "$@"
