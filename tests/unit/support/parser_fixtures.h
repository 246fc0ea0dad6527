// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Reads a fixture file under tests/fixtures/ for the parser and collector tests.

#include <QString>

namespace zd::test {

// The contents of ZD_TEST_FIXTURES_DIR/<relativePath> as UTF-8. A missing
// fixture fails loudly (QFAIL in the caller would be too late to say which).
QString fixtureText(const QString& relativePath);

}  // namespace zd::test
