// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "collect/parsers/kernel_parsers.h"

#include <QRegularExpression>

#include "collect/parsers/text_lines.h"

namespace zd {

namespace {

// A kernel release as uname -r prints it: starts with a digit, no blanks or slashes.
bool looksLikeRelease(const QString& text) {
    static const QRegularExpression kRelease(QStringLiteral("^[0-9][A-Za-z0-9._+~-]*$"));
    return kRelease.match(text).hasMatch();
}

bool isKernelPackageName(const QString& name) {
    return name.startsWith(QLatin1String("kernel"));
}

}  // namespace

QStringList parseRpmKernelReleases(const QString& text) {
    QStringList releases;
    for (const QString& line : nonEmptyLines(text)) {
        const QString release = line.trimmed();
        if (looksLikeRelease(release) && !releases.contains(release)) {
            releases.append(release);
        }
    }
    return releases;
}

QList<DebianKernelPackage> parseDpkgKernelPackages(const QString& text) {
    static const QLatin1String kPrefix("linux-image-");
    static const QRegularExpression kBlanks(QStringLiteral("\\s+"));
    QList<DebianKernelPackage> packages;
    for (const QString& line : nonEmptyLines(text)) {
        // The package name comes first and ${Status} ("want ok status", three
        // words) last, so both "${Package}\t${Status}" and formats with more
        // fields in between (e.g. "${Package} ${Version} ${Status}") parse.
        const QStringList words = line.split(kBlanks, Qt::SkipEmptyParts);
        if (words.size() < 4) {
            continue;
        }
        const QString status = words.mid(words.size() - 3).join(QLatin1Char(' '));
        if (status != QLatin1String("install ok installed")) {
            continue;
        }
        const QString& package = words.first();
        if (!package.startsWith(kPrefix)) {
            continue;
        }
        QString release = package.mid(kPrefix.size());
        if (release.endsWith(QLatin1String("-dbg")) || release.endsWith(QLatin1String("-dbgsym"))) {
            continue;
        }
        if (release.endsWith(QLatin1String("-unsigned"))) {
            release.chop(QLatin1String("-unsigned").size());
        }
        if (!looksLikeRelease(release)) {
            continue;  // a meta package such as linux-image-amd64
        }
        packages.append({package, release});
    }
    return packages;
}

QStringList parseModulesListing(const QString& listing) {
    QStringList releases;
    for (const QString& line : nonEmptyLines(listing)) {
        const QString name = line.trimmed();
        if (looksLikeRelease(name)) {
            releases.append(name);
        }
    }
    return releases;
}

QStringList parseBootListing(const QString& listing) {
    static const QLatin1String kPrefix("vmlinuz-");
    QStringList releases;
    for (const QString& line : nonEmptyLines(listing)) {
        const QString name = line.trimmed();
        if (!name.startsWith(kPrefix)) {
            continue;
        }
        const QString release = name.mid(kPrefix.size());
        // Fedora's "vmlinuz-0-rescue-<machine-id>" is a copy, not a release.
        if (release.startsWith(QLatin1String("0-rescue-")) || !looksLikeRelease(release)) {
            continue;
        }
        releases.append(release);
    }
    return releases;
}

QList<InstalledKernel> mergeInstalledKernels(const QString& packageSource,
                                             const QList<DebianKernelPackage>& packages,
                                             const QStringList& modulesReleases,
                                             const QStringList& bootReleases) {
    QList<InstalledKernel> kernels;
    auto entryFor = [&kernels](const QString& release) -> InstalledKernel& {
        for (InstalledKernel& kernel : kernels) {
            if (kernel.release == release) {
                return kernel;
            }
        }
        InstalledKernel kernel;
        kernel.release = release;
        kernels.append(kernel);
        return kernels.last();
    };
    auto markSeen = [](InstalledKernel& kernel, const QString& where) {
        if (!kernel.seenIn.contains(where)) {
            kernel.seenIn.append(where);
        }
    };
    for (const DebianKernelPackage& package : packages) {
        InstalledKernel& kernel = entryFor(package.release);
        if (kernel.package.isEmpty()) {
            kernel.package = package.package;
        }
        markSeen(kernel, packageSource);
    }
    for (const QString& release : modulesReleases) {
        markSeen(entryFor(release), QStringLiteral("/lib/modules"));
    }
    for (const QString& release : bootReleases) {
        markSeen(entryFor(release), QStringLiteral("/boot"));
    }
    return kernels;
}

QString parseGrubbyDefaultKernel(const QString& text) {
    const QStringList lines = nonEmptyLines(text);
    if (lines.size() != 1) {
        return {};
    }
    const QString path = lines.first().trimmed();
    const QString name = path.section(QLatin1Char('/'), -1);
    if (!path.startsWith(QLatin1Char('/')) || !name.startsWith(QLatin1String("vmlinuz-"))) {
        return {};
    }
    const QString release = name.mid(QLatin1String("vmlinuz-").size());
    return looksLikeRelease(release) ? release : QString();
}

QString parseGrubenvSavedEntry(const QString& text) {
    for (const QString& line : nonEmptyLines(text)) {
        if (line.startsWith(QLatin1String("saved_entry="))) {
            return line.mid(QLatin1String("saved_entry=").size()).trimmed();
        }
    }
    return {};
}

namespace {

struct GrubNode {
    bool isSubmenu = false;
    QString title;
    QString id;
    QString release;      // menuentry only: from its first linux line
    QList<int> children;  // indices into the node table
};

// The first '...' or "..." string after `from` in `line`.
QString quotedAfter(const QString& line, qsizetype from) {
    for (qsizetype i = from; i < line.size(); ++i) {
        const QChar quote = line.at(i);
        if (quote == QLatin1Char('\'') || quote == QLatin1Char('"')) {
            const qsizetype end = line.indexOf(quote, i + 1);
            return end < 0 ? QString() : line.mid(i + 1, end - i - 1);
        }
    }
    return {};
}

QString releaseFromLinuxLine(const QString& line) {
    const QStringList words =
        line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.size() < 2) {
        return {};
    }
    const QString name = words.at(1).section(QLatin1Char('/'), -1);
    if (!name.startsWith(QLatin1String("vmlinuz-"))) {
        return {};
    }
    const QString release = name.mid(QLatin1String("vmlinuz-").size());
    return looksLikeRelease(release) ? release : QString();
}

}  // namespace

QString resolveGrubDefaultRelease(const QString& grubCfg, const QString& savedEntry,
                                  QString* problem) {
    auto fail = [problem](const QString& why) {
        if (problem) {
            *problem = why;
        }
        return QString();
    };

    // Node 0 is the top level. Braces that do not open a menu entry (functions,
    // blocks) are tracked so the closing brace pops the right thing.
    QList<GrubNode> nodes(1);
    QList<int> stack{0};
    QString defaultSetting;
    bool defaultsToSaved = false;
    for (const QString& rawLine : grubCfg.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const bool isMenu = line.startsWith(QLatin1String("menuentry ")) ||
                            line.startsWith(QLatin1String("submenu "));
        if (isMenu) {
            GrubNode node;
            node.isSubmenu = line.startsWith(QLatin1String("submenu "));
            node.title = quotedAfter(line, line.indexOf(QLatin1Char(' ')));
            const qsizetype idAt = line.indexOf(QLatin1String("$menuentry_id_option"));
            if (idAt >= 0) {
                node.id = quotedAfter(line, idAt);
            }
            nodes.append(node);
            const int index = int(nodes.size() - 1);
            if (stack.last() >= 0) {
                nodes[stack.last()].children.append(index);
            }
            if (line.endsWith(QLatin1Char('{'))) {
                stack.append(index);
            }
            continue;
        }
        if (line.endsWith(QLatin1Char('{'))) {
            stack.append(-1);
            continue;
        }
        if (line == QLatin1String("}")) {
            if (stack.size() > 1) {
                stack.removeLast();
            }
            continue;
        }
        if (stack.size() == 1 || stack.last() < 0 || stack.last() == 0) {
            // Top-level statements (also inside if/fi, which use no braces).
            static const QRegularExpression kSetDefault(
                QStringLiteral("^set\\s+default=[\"']?([^\"']*)[\"']?$"));
            const QRegularExpressionMatch match = kSetDefault.match(line);
            if (match.hasMatch()) {
                const QString value = match.captured(1);
                if (value == QLatin1String("${saved_entry}")) {
                    defaultsToSaved = true;
                } else if (value != QLatin1String("${next_entry}")) {
                    defaultSetting = value;
                }
            }
            continue;
        }
        GrubNode& current = nodes[stack.last()];
        static const QRegularExpression kLinux(QStringLiteral("^linux(16|efi)?\\s"));
        if (!current.isSubmenu && current.release.isEmpty() && kLinux.match(line).hasMatch()) {
            current.release = releaseFromLinuxLine(line);
        }
    }

    if (nodes.size() == 1) {
        return fail(QStringLiteral("grub.cfg has no menu entries"));
    }
    QString selector = defaultSetting;
    if (defaultsToSaved && !savedEntry.isEmpty()) {
        selector = savedEntry;
    }
    if (selector.isEmpty()) {
        selector = QStringLiteral("0");  // GRUB's default when nothing is set
    }

    int current = 0;
    for (const QString& part : selector.split(QLatin1Char('>'))) {
        const QList<int>& children = nodes.at(current).children;
        bool isNumber = false;
        const int number = part.toInt(&isNumber);
        int next = -1;
        if (isNumber) {
            if (number >= 0 && number < children.size()) {
                next = children.at(number);
            }
        } else {
            for (int child : children) {
                if (nodes.at(child).title == part || nodes.at(child).id == part) {
                    next = child;
                    break;
                }
            }
        }
        if (next < 0) {
            return fail(QStringLiteral("the default entry '%1' is not in grub.cfg").arg(selector));
        }
        current = next;
    }
    const GrubNode& chosen = nodes.at(current);
    if (chosen.isSubmenu) {
        return fail(QStringLiteral("the default entry '%1' is a submenu").arg(selector));
    }
    if (chosen.release.isEmpty()) {
        return fail(QStringLiteral("the default entry '%1' boots no vmlinuz kernel").arg(selector));
    }
    return chosen.release;
}

QStringList parseDnf4VersionlockKernels(const QString& text) {
    QStringList locks;
    for (const QString& line : nonEmptyLines(text)) {
        const QString entry = line.trimmed();
        if (entry.startsWith(QLatin1Char('#')) || entry.startsWith(QLatin1Char('!'))) {
            continue;
        }
        if (isKernelPackageName(entry)) {
            locks.append(entry);
        }
    }
    return locks;
}

QStringList parseDnf5VersionlockKernels(const QString& text, QStringList* problems) {
    struct Package {
        QString name;
        QStringList conditions;
    };
    struct Condition {
        QString key, comparator, value;
    };
    QList<Package> packages;
    Condition condition;
    enum class Table { Top, Package, Condition, Other } table = Table::Top;
    auto flushCondition = [&]() {
        if (table == Table::Condition && !packages.isEmpty()) {
            packages.last().conditions.append(
                QStringLiteral("%1 %2 %3")
                    .arg(condition.key, condition.comparator, condition.value));
        }
        condition = {};
    };

    static const QRegularExpression kAssignment(
        QStringLiteral("^([A-Za-z0-9_-]+)\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(#.*)?$"));
    int lineNumber = 0;
    for (const QString& rawLine : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        if (line.startsWith(QLatin1Char('['))) {
            flushCondition();
            if (line == QLatin1String("[[packages]]")) {
                packages.append(Package{});
                table = Table::Package;
            } else if (line == QLatin1String("[[packages.conditions]]")) {
                table = packages.isEmpty() ? Table::Other : Table::Condition;
            } else {
                table = Table::Other;
            }
            continue;
        }
        const QRegularExpressionMatch match = kAssignment.match(line);
        if (!match.hasMatch()) {
            if (problems) {
                problems->append(QStringLiteral("versionlock.toml line %1 is not understood: %2")
                                     .arg(lineNumber)
                                     .arg(line));
            }
            continue;
        }
        const QString key = match.captured(1);
        QString value = match.captured(2);
        value.replace(QLatin1String("\\\""), QLatin1String("\""));
        value.replace(QLatin1String("\\\\"), QLatin1String("\\"));
        if (table == Table::Package && key == QLatin1String("name")) {
            packages.last().name = value;
        } else if (table == Table::Condition) {
            if (key == QLatin1String("key")) {
                condition.key = value;
            } else if (key == QLatin1String("comparator")) {
                condition.comparator = value;
            } else if (key == QLatin1String("value")) {
                condition.value = value;
            }
        }
    }
    flushCondition();

    QStringList locks;
    for (const Package& package : packages) {
        if (!isKernelPackageName(package.name)) {
            continue;
        }
        locks.append(package.conditions.isEmpty()
                         ? package.name
                         : QStringLiteral("%1 (%2)").arg(
                               package.name, package.conditions.join(QLatin1String(", "))));
    }
    return locks;
}

QStringList parseAptHeldKernels(const QString& text) {
    QStringList held;
    for (const QString& line : nonEmptyLines(text)) {
        const QString name = line.trimmed();
        if (name.startsWith(QLatin1String("linux-image"))) {
            held.append(name);
        }
    }
    return held;
}

}  // namespace zd
