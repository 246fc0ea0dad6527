// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "collect/parsers/kernel_parsers.h"

#include <QCoreApplication>

#include <QRegularExpression>

#include "collect/parsers/text_lines.h"
#include "dnf/dnf4_versionlock.h"
#include "dnf/dnf5_versionlock.h"

namespace zd {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::KernelParsers)
};

}  // namespace

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

QList<KernelPackage> debianKernelPackages(const QList<InstalledPackage>& packages) {
    QList<KernelPackage> kernels;
    for (const InstalledPackage& installed : packages) {
        const QString& name = installed.name;
        QString release;
        bool proxmox = false;
        for (const QLatin1String prefix :
             {QLatin1String("linux-image-"), QLatin1String("proxmox-kernel-"),
              QLatin1String("pve-kernel-")}) {
            if (name.startsWith(prefix)) {
                release = name.mid(prefix.size());
                proxmox = prefix != QLatin1String("linux-image-");
            }
        }
        if (release.isEmpty() || release.endsWith(QLatin1String("-dbg")) ||
            release.endsWith(QLatin1String("-dbgsym"))) {
            continue;
        }
        // "-unsigned"/"-signed" builds carry the same release, as a suffix
        // (Debian, Proxmox) or a prefix (Ubuntu's linux-image-unsigned-<release>).
        for (const QLatin1String suffix : {QLatin1String("-unsigned"), QLatin1String("-signed")}) {
            if (release.endsWith(suffix)) {
                release.chop(suffix.size());
            }
        }
        if (release.startsWith(QLatin1String("unsigned-"))) {
            release = release.mid(QLatin1String("unsigned-").size());
        }
        // Meta packages name no release ("linux-image-amd64") or only a
        // series ("proxmox-kernel-6.8"); Proxmox releases end in "-pve".
        if (!looksLikeRelease(release) || (proxmox && !release.endsWith(QLatin1String("-pve")))) {
            continue;
        }
        kernels.append({name, release, installed.version, installed.held});
    }
    return kernels;
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
                                             const QList<KernelPackage>& packages,
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
    for (const KernelPackage& package : packages) {
        InstalledKernel& kernel = entryFor(package.release);
        if (kernel.package.isEmpty()) {
            kernel.package = package.package;
            kernel.packageVersion = package.version;
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
        return fail(Text::tr("grub.cfg has no menu entries"));
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
            return fail(Text::tr("the default entry '%1' is not in grub.cfg").arg(selector));
        }
        current = next;
    }
    const GrubNode& chosen = nodes.at(current);
    if (chosen.isSubmenu) {
        return fail(Text::tr("the default entry '%1' is a submenu").arg(selector));
    }
    if (chosen.release.isEmpty()) {
        return fail(Text::tr("the default entry '%1' boots no vmlinuz kernel").arg(selector));
    }
    return chosen.release;
}

QStringList parseDnf4VersionlockKernels(const QString& text) {
    QStringList locks;
    for (const dnf::Dnf4LockEntry& entry : dnf::parseDnf4Versionlock(text)) {
        if (!entry.exclude && isKernelPackageName(entry.spec)) {
            locks.append(entry.spec);
        }
    }
    return locks;
}

QStringList parseDnf5VersionlockKernels(const QString& text, QStringList* problems) {
    QStringList found;
    const std::optional<dnf::Dnf5Versionlock> file = dnf::parseDnf5Versionlock(text, &found);
    if (file && !file->isSupportedVersion()) {
        found.append(Text::tr("versionlock.toml has version = \"%1\"; dnf5 reads the "
                              "entries only of version \"1.0\" and ignores them all")
                         .arg(file->version));
    }
    if (problems) {
        problems->append(found);
    }
    QStringList locks;
    if (!file || !file->isSupportedVersion()) {
        return locks;
    }
    for (const dnf::Dnf5LockEntry& entry : file->packages) {
        // exactVersionRelease() is empty for an entry dnf5 ignores, an
        // exclude (!=) and a range: none holds the kernel at one version.
        const QString versionRelease = entry.exactVersionRelease();
        if (isKernelPackageName(entry.name) && !versionRelease.isEmpty()) {
            locks.append(entry.name + QLatin1Char('-') + versionRelease);
        }
    }
    return locks;
}

const QStringList& zfsModuleDirectories() {
    static const QStringList dirs{
        QStringLiteral("updates/dkms"), QStringLiteral("extra"), QStringLiteral("extra/zfs"),
        QStringLiteral("kernel/zfs"),   QStringLiteral("zfs"),   QStringLiteral("weak-updates/zfs"),
        QStringLiteral("updates")};
    return dirs;
}

QString zfsModuleFileIn(const QString& listing) {
    static const QRegularExpression module(QStringLiteral("^zfs\\.ko(\\.(xz|zst|gz))?$"));
    for (const QString& line : nonEmptyLines(listing)) {
        if (module.match(line.trimmed()).hasMatch()) {
            return line.trimmed();
        }
    }
    return {};
}

QString parseProxmoxBootPin(const QString& text) {
    const QString release = firstLine(text).trimmed();
    return looksLikeRelease(release) ? release : QString();
}

}  // namespace zd
