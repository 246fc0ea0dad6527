// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Version numbers as ZFS and Linux print them, parsed without guessing.
//
// Accepted: "2.3.1-1", "zfs-2.3.1-1", "zfs-kmod-2.3.0-1", "2.3.99-175_g390f6c119",
// "2.2.3-1ubuntu1", "6.12.25", "6.8.0-51-generic", "6.11.4-301.fc41.x86_64",
// "6.8.0-rc5", "6.6.44-production+truenas". The upstream release (major.minor
// and an optional patch, plus an optional release candidate) is what compares;
// the packaging suffix ("1", "51-generic", "301.fc41.x86_64") is kept for
// display only, because distributions number their builds independently of
// upstream and the knowledge base speaks in upstream releases.
//
// Anything else is not a version: parse() returns nullopt rather than a guess,
// so a detector can say "unknown" instead of a wrong "not affected".

#include <QList>
#include <QString>
#include <compare>
#include <optional>

namespace zd {

class Version {
  public:
    Version() = default;
    Version(int majorNumber, int minorNumber, int patchNumber = 0,
            std::optional<int> releaseCandidate = {});

    static std::optional<Version> parse(const QString& text);

    // Not major()/minor(): glibc defines those as macros in <sys/sysmacros.h>.
    int majorVersion() const { return m_major; }
    int minorVersion() const { return m_minor; }
    int patchVersion() const { return m_patch; }
    // N of "-rcN" (a pre-release of major.minor.patch), unset for a release.
    std::optional<int> releaseCandidate() const { return m_releaseCandidate; }
    bool isReleaseCandidate() const { return m_releaseCandidate.has_value(); }
    // OpenZFS numbers its development branch x.y.99 ("2.3.99-175_g390f6c119"
    // sits between 2.3 and 2.4). Such a build may already carry fixes that the
    // next release will have; detectors mention it.
    bool isDevelopmentBuild() const { return m_patch >= 99; }
    // Packaging suffix after the upstream release, e.g. "1", "51-generic".
    QString suffix() const { return m_suffix; }
    // The text parse() was given (empty when constructed from numbers).
    QString text() const { return m_text; }

    // major.minor.0 without release candidate: "which series is this?".
    // For "kernel >= 6.8" questions 6.8.0-rc5 is a 6.8 kernel.
    Version series() const { return Version(m_major, m_minor); }
    // The same release without the "-rcN" marker. A release candidate already
    // carries the changes merged for its release, so questions about a feature
    // ("does this kernel have the new loop code?") use this.
    Version withoutReleaseCandidate() const { return Version(m_major, m_minor, m_patch); }

    // Full comparison: numbers first, then rcN < final release. The suffix does
    // not take part, so "2.3.1-1" == "2.3.1-2".
    std::strong_ordering operator<=>(const Version& other) const;
    bool operator==(const Version& other) const { return (*this <=> other) == 0; }
    // Compares major.minor only.
    std::strong_ordering compareSeries(const Version& other) const;

    // "2.3.1", "6.8.0-rc5" (upstream release, no suffix).
    QString toString() const;

  private:
    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
    std::optional<int> m_releaseCandidate;
    QString m_suffix;
    QString m_text;
};

// A half-open range ">=A <B": A is affected, B is the first fixed release.
// Either bound may be missing; "*" is every version.
class VersionRange {
  public:
    VersionRange() = default;
    VersionRange(std::optional<Version> lower, std::optional<Version> upper);

    // ">=2.3.0 <2.4.0", ">=6.8", "<2.2.8", "*". On failure returns nullopt and
    // says why in *error.
    static std::optional<VersionRange> parse(const QString& text, QString* error = nullptr);

    const std::optional<Version>& lower() const { return m_lower; }
    const std::optional<Version>& upper() const { return m_upper; }
    bool isUnbounded() const { return !m_lower && !m_upper; }

    // Full comparison (an rc is below its release).
    bool contains(const Version& version) const;
    // For kernel ranges: a release candidate counts as its release (it
    // already carries the changes merged for that release, see
    // Version::withoutReleaseCandidate), except against a bound that names a
    // release candidate itself: ">=6.15.0-rc3" holds 6.15-rc3 and 6.15 but not
    // 6.15-rc2, because the change was merged for rc3; "<6.13" keeps 6.13-rc1 out.
    bool containsKernel(const Version& version) const;

    QString toString() const;  // the canonical form parse() accepts
    bool operator==(const VersionRange&) const = default;

  private:
    std::optional<Version> m_lower;
    std::optional<Version> m_upper;
};

// True when any range contains the version (full comparison / as a kernel).
bool anyContains(const QList<VersionRange>& ranges, const Version& version);
bool anyContainsKernel(const QList<VersionRange>& ranges, const Version& version);
// A range in words, translated, for what people read: "before 2.2.8",
// "2.3.0 to 2.3.2", "every 2.3 release", "6.12.25 and later 6.12 releases",
// "6.15.0-rc3 and later". The data's own notation (toString()) stays for ids
// and JSON.
QString describeRange(const VersionRange& range);
// "before 2.2.8 or 2.3.0 to 2.3.2" for evidence notes and summaries.
QString describeRanges(const QList<VersionRange>& ranges);

}  // namespace zd
