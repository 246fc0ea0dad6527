// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "collect/replay_source.h"

#include "collect/source_requests.h"

namespace zd {

ReplaySource::ReplaySource(EvidenceLog recorded, QString description)
    : m_recorded(std::move(recorded)), m_description(std::move(description)) {}

Evidence ReplaySource::answer(Evidence::Kind kind, const QString& key, const QStringList& argv) {
    Evidence evidence;
    if (const Evidence* found = m_recorded.find(kind, key)) {
        evidence = *found;
        // Written back by an older re-capture: still nothing known.
        if (evidence.failure == Evidence::Failure::NotFound &&
            evidence.message == notRecordedMessage()) {
            evidence.failure = Evidence::Failure::NotRecorded;
        }
    } else {
        evidence.kind = kind;
        evidence.key = key;
        evidence.argv = argv;
        evidence.failure = Evidence::Failure::NotRecorded;
        evidence.message = notRecordedMessage();
    }
    m_log.add(evidence);
    return evidence;
}

Evidence ReplaySource::readFile(const QString& path) {
    return answer(Evidence::Kind::File, path);
}

Evidence ReplaySource::listDirectory(const QString& path) {
    return answer(Evidence::Kind::Directory, path);
}

Evidence ReplaySource::listDirectoryTyped(const QString& path) {
    return answer(Evidence::Kind::Directory, typedListingEvidenceKey(path));
}

Evidence ReplaySource::run(const QStringList& argv, std::chrono::milliseconds /*timeout*/) {
    return answer(Evidence::Kind::Command, commandEvidenceKey(argv), argv);
}

Evidence ReplaySource::listLoopDevices() {
    return answer(Evidence::Kind::Directory, loopDeviceListEvidenceKey());
}

Evidence ReplaySource::readKernelRingBuffer() {
    return answer(Evidence::Kind::File, kernelRingBufferEvidenceKey());
}

Evidence ReplaySource::readBlockAttribute(const QString& device, const QString& attribute) {
    if (const std::optional<Evidence> refused = refusedBlockAttribute(device, attribute)) {
        m_log.add(*refused);
        return *refused;
    }
    return answer(Evidence::Kind::File, blockAttributeEvidenceKey(device, attribute));
}

}  // namespace zd
