// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Anchor translation unit for the shared precompiled header (see the top-level CMakeLists.txt).
