// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Shared helpers for the window tests.

#include <QLabel>
#include <QString>
#include <QWidget>
#include <memory>

#include "knowledge/knowledge_base.h"
#include "system_state.h"

namespace zd::gui::test {

std::shared_ptr<const KnowledgeBase> loadKnowledge();
QString demoPath(const QString& name);
// Loads a demo synchronously, optionally pretending it is this machine.
SystemState demoState(const KnowledgeBase& knowledge, const QString& name,
                      SystemState::Origin origin = SystemState::Origin::Demo);
// Every QLabel under `root` whose text (HTML stripped) equals / contains `text`.
QList<QLabel*> labelsWithText(const QWidget* root, const QString& text, bool exact = true);
QString plainText(const QLabel* label);
// WCAG 2 contrast ratio between two colours (1..21).
double contrastRatio(const QColor& a, const QColor& b);

}  // namespace zd::gui::test
