// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui_test_support.h"

#include <QTextDocument>
#include <cmath>

#include "system_loader.h"
#include "target/demo_catalogue.h"
#include "util/paths.h"

namespace zd::gui::test {

std::shared_ptr<const KnowledgeBase> loadKnowledge() {
    QString error;
    std::optional<KnowledgeBase> knowledge = KnowledgeBase::loadDefault(&error);
    if (!knowledge) {
        qFatal("knowledge base: %s", qPrintable(error));
    }
    return std::make_shared<const KnowledgeBase>(std::move(*knowledge));
}

QString demoPath(const QString& name) {
    const std::optional<DemoSnapshot> demo = findDemo(name);
    if (!demo) {
        qFatal("no demo called %s in %s", qPrintable(name), qPrintable(demoDirectory()));
    }
    return demo->path;
}

SystemState demoState(const KnowledgeBase& knowledge, const QString& name,
                      SystemState::Origin origin) {
    const LoadOutcome outcome = loadState(knowledge, TargetRequest::snapshotFile(demoPath(name)));
    if (!outcome.state) {
        qFatal("demo %s: %s", qPrintable(name), qPrintable(outcome.error));
    }
    SystemState state = *outcome.state;
    state.origin = origin;  // e.g. a demo shown as if it were this machine
    return state;
}

QString plainText(const QLabel* label) {
    if (label->textFormat() == Qt::PlainText) {
        return label->text();
    }
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

QList<QLabel*> labelsWithText(const QWidget* root, const QString& text, bool exact) {
    QList<QLabel*> found;
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        const QString shown = plainText(label).trimmed();
        if (exact ? shown == text : shown.contains(text)) {
            found.append(label);
        }
    }
    return found;
}

double contrastRatio(const QColor& a, const QColor& b) {
    auto luminance = [](const QColor& color) {
        auto channel = [](double c) {
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
               0.0722 * channel(color.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace zd::gui::test
