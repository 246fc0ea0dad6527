// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectLoopDevices: the attached loop devices, their sysfs state, and the
// filesystem (ZFS dataset) holding each backing file.
//
// Input: SystemSource::listLoopDevices() (attached devices only) and, per
// device, /sys/block/loopN/{loop/backing_file,loop/dio,loop/offset,
// loop/sizelimit,loop/autoclear,ro,queue/logical_block_size} (kernel
// drivers/block/loop.c, block/blk-sysfs.c). The number of reads grows with the
// number of loop devices, but no process is started. An attribute that cannot
// be read stays unknown (Tri::Unknown, no block size), never "off".

#include <QCoreApplication>
#include <QRegularExpression>

#include "collect/collect.h"
#include "collect/command_failure.h"
#include "collect/mount_table.h"

namespace zd {

namespace {

// Its notes, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::LoopCollector)
};

const QString kCollector = QStringLiteral("loop");
// d_path() marks a backing file that was unlinked while attached this way.
const QString kDeletedSuffix = QStringLiteral(" (deleted)");

class LoopReader {
  public:
    LoopReader(SystemSource& source, Facts& facts, const QString& device)
        : m_source(source), m_facts(facts), m_device(device) {}

    // The attribute's text without the kernel's trailing newline, or nullopt
    // (with a note) when it cannot be read.
    std::optional<QString> text(const QString& attribute) {
        const Evidence evidence = m_source.readBlockAttribute(m_device, attribute);
        if (!evidence.ok()) {
            note(QStringLiteral("loop-attribute-unreadable"),
                 Text::tr("%1: could not read %2 (%3).")
                     .arg(m_device, attribute, failureReason(evidence)),
                 evidence.key);
            return std::nullopt;
        }
        QString value = evidence.output;
        if (value.endsWith(QLatin1Char('\n'))) {
            value.chop(1);
        }
        m_lastKey = evidence.key;
        return value;
    }

    // A 0/1 flag; anything else is noted and leaves the default.
    std::optional<bool> flag(const QString& attribute) {
        const auto value = text(attribute);
        if (!value) {
            return std::nullopt;
        }
        const QString trimmed = value->trimmed();
        if (trimmed == QLatin1String("0")) {
            return false;
        }
        if (trimmed == QLatin1String("1")) {
            return true;
        }
        invalid(attribute, *value, Text::tr("0 or 1"));
        return std::nullopt;
    }

    Tri tri(const QString& attribute) {
        const std::optional<bool> value = flag(attribute);
        return value ? triFromBool(*value) : Tri::Unknown;
    }

    // A non-negative byte count.
    std::optional<qint64> number(const QString& attribute) {
        const auto value = text(attribute);
        if (!value) {
            return std::nullopt;
        }
        bool ok = false;
        const qint64 parsed = value->trimmed().toLongLong(&ok);
        if (ok && parsed >= 0) {
            return parsed;
        }
        invalid(attribute, *value, Text::tr("a byte count"));
        return std::nullopt;
    }

    void note(const QString& code, const QString& message, const QString& key) {
        m_facts.notes.append({kCollector, code, message, key});
    }

  private:
    void invalid(const QString& attribute, const QString& value, const QString& expected) {
        note(QStringLiteral("loop-attribute-invalid"),
             Text::tr("%1: %2 holds '%3', expected %4; ignored.")
                 .arg(m_device, attribute, value.left(80), expected),
             m_lastKey);
    }

    SystemSource& m_source;
    Facts& m_facts;
    QString m_device;
    QString m_lastKey;
};

LoopDevice readLoopDevice(SystemSource& source, Facts& facts, const MountTable& mounts,
                          const QString& name) {
    LoopReader reader(source, facts, name);
    LoopDevice device;
    device.name = name;
    if (auto backing = reader.text(QStringLiteral("loop/backing_file"))) {
        QString path = *backing;
        if (path.endsWith(kDeletedSuffix)) {
            path.chop(kDeletedSuffix.size());
            device.backingFileDeleted = true;
        }
        device.backingFile = path;
        // A deleted file still lives on the filesystem it was unlinked from
        // until the loop device lets go of it, so it is located all the same.
        if (!path.isEmpty()) {
            device.backingLocation = mounts.locate(path);
        }
    }
    device.directIo = reader.tri(QStringLiteral("loop/dio"));
    if (auto offset = reader.number(QStringLiteral("loop/offset"))) {
        device.offset = *offset;
    }
    if (auto sizeLimit = reader.number(QStringLiteral("loop/sizelimit"))) {
        device.sizeLimit = *sizeLimit;
    }
    if (auto autoclear = reader.flag(QStringLiteral("loop/autoclear"))) {
        device.autoclear = *autoclear;
    }
    device.readOnly = reader.tri(QStringLiteral("ro"));
    if (auto blockSize = reader.number(QStringLiteral("queue/logical_block_size"))) {
        device.logicalBlockSize = static_cast<int>(*blockSize);
    }
    return device;
}

}  // namespace

void collectLoopDevices(SystemSource& source, Facts& facts, const MountTable& mounts) {
    facts.loopDevices.clear();
    const Evidence list = source.listLoopDevices();
    if (!list.ok()) {
        facts.notes.append(
            {kCollector, QStringLiteral("loop-list-unreadable"),
             Text::tr("The loop devices could not be listed (%1).").arg(failureReason(list)),
             list.key, FactArea::LoopDevices});
        return;
    }
    static const QRegularExpression loopName(QStringLiteral("^loop[0-9]+$"));
    for (const QString& line : list.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString name = line.trimmed();
        if (!loopName.match(name).hasMatch()) {
            facts.notes.append({kCollector, QStringLiteral("loop-list-invalid"),
                                Text::tr("Ignored '%1' in the loop device list: not a loop "
                                         "device name.")
                                    .arg(name.left(80)),
                                list.key});
            continue;
        }
        facts.loopDevices.append(readLoopDevice(source, facts, mounts, name));
    }
}

void collectLoopDevices(SystemSource& source, Facts& facts) {
    const MountTable mounts = MountTable::fromSource(source, &facts.notes);
    collectLoopDevices(source, facts, mounts);
}

}  // namespace zd
