// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli_target.h"
#include <QCoreApplication>

#include <QJsonDocument>

#include <cstdio>
#include "cli_text.h"

namespace zd::cli {

QTextStream& standardOutput() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& standardError() {
    static QTextStream stream(stderr);
    return stream;
}

void printOut(const QString& text) {
    standardOutput() << text;
    standardOutput().flush();
}

void printErr(const QString& text) {
    standardError() << text;
    standardError().flush();
}

void printError(const QString& message) {
    printErr(QStringLiteral("zfs-doctor: %1\n").arg(message));
}

void printJson(const QJsonObject& object) {
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

bool askYesNo(const QString& question) {
    printOut(question + QStringLiteral(" [y/N] "));
    char buffer[64] = {};
    if (!std::fgets(buffer, sizeof buffer, stdin)) {
        return false;
    }
    const QString answer = QString::fromLocal8Bit(buffer).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

std::optional<Target> loadTarget(const GlobalOptions& options) {
    // main() has turned --demo NAME into its snapshot file.
    const TargetRequest request = !options.snapshotPath.isEmpty()
                                      ? TargetRequest::snapshotFile(options.snapshotPath)
                                  : !options.host.isEmpty() ? TargetRequest::remote(options.host)
                                                            : TargetRequest::thisMachine();
    QString error;
    std::optional<Target> target = loadSystem(request, &error);
    if (!target) {
        printError(error);
    }
    return target;
}

std::optional<KnowledgeBase> loadKnowledge() {
    return KnowledgeLoad().finish();
}

KnowledgeLoad::KnowledgeLoad()
    : m_loaded(std::async(std::launch::async, [] {
          Loaded loaded;
          loaded.knowledge = KnowledgeBase::loadDefault(&loaded.error);
          return loaded;
      })) {}

std::optional<KnowledgeBase> KnowledgeLoad::finish() {
    Loaded loaded = m_loaded.get();
    if (!loaded.knowledge) {
        printError(Text::tr("cannot load the knowledge base: %1").arg(loaded.error));
    }
    return std::move(loaded.knowledge);
}

}  // namespace zd::cli
