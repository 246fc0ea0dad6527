// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "util/version.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace zd {

namespace {

// Upstream release numbers, an optional "-rcN" (also "~rcN" as Debian writes
// it), then nothing or a separator and a packaging suffix. A dot is not a
// separator, so "1.2.3abc" cannot sneak through as 1.2 with suffix "3abc". Each number is
// limited to six digits so that it always fits an int.
const QRegularExpression& versionPattern() {
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{1,6})\.(\d{1,6})(?:\.(\d{1,6}))?(?:[-~]rc(\d{1,6}))?(?:[-+_~](.+))?$)"));
    return pattern;
}

QString stripToolPrefix(const QString& text) {
    // `zfs version` prints "zfs-2.3.1-1" and "zfs-kmod-2.3.1-1".
    for (const QLatin1String prefix : {QLatin1String("zfs-kmod-"), QLatin1String("zfs-")}) {
        if (text.startsWith(prefix)) {
            return text.mid(prefix.size());
        }
    }
    return text;
}

}  // namespace

Version::Version(int majorNumber, int minorNumber, int patchNumber,
                 std::optional<int> releaseCandidate)
    : m_major(majorNumber),
      m_minor(minorNumber),
      m_patch(patchNumber),
      m_releaseCandidate(releaseCandidate) {}

std::optional<Version> Version::parse(const QString& text) {
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = versionPattern().match(stripToolPrefix(trimmed));
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    Version version(match.captured(1).toInt(), match.captured(2).toInt(),
                    match.hasCaptured(3) ? match.captured(3).toInt() : 0);
    if (match.hasCaptured(4)) {
        version.m_releaseCandidate = match.captured(4).toInt();
    }
    version.m_suffix = match.captured(5);
    version.m_text = trimmed;
    return version;
}

std::strong_ordering Version::operator<=>(const Version& other) const {
    if (auto order = m_major <=> other.m_major; order != 0) {
        return order;
    }
    if (auto order = m_minor <=> other.m_minor; order != 0) {
        return order;
    }
    if (auto order = m_patch <=> other.m_patch; order != 0) {
        return order;
    }
    // A release candidate comes before its release; rc1 before rc2.
    if (m_releaseCandidate.has_value() != other.m_releaseCandidate.has_value()) {
        return m_releaseCandidate.has_value() ? std::strong_ordering::less
                                              : std::strong_ordering::greater;
    }
    if (m_releaseCandidate) {
        return *m_releaseCandidate <=> *other.m_releaseCandidate;
    }
    return std::strong_ordering::equal;
}

std::strong_ordering Version::compareSeries(const Version& other) const {
    return series() <=> other.series();
}

QString Version::toString() const {
    QString result = QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
    if (m_releaseCandidate) {
        result += QStringLiteral("-rc%1").arg(*m_releaseCandidate);
    }
    return result;
}

VersionRange::VersionRange(std::optional<Version> lower, std::optional<Version> upper)
    : m_lower(std::move(lower)), m_upper(std::move(upper)) {}

std::optional<VersionRange> VersionRange::parse(const QString& text, QString* error) {
    auto fail = [&](const QString& why) -> std::optional<VersionRange> {
        if (error) {
            *error = QStringLiteral("bad version range \"%1\": %2").arg(text, why);
        }
        return std::nullopt;
    };
    const QStringList tokens = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.isEmpty()) {
        return fail(QStringLiteral("it is empty"));
    }
    if (tokens.size() == 1 && tokens.first() == QLatin1String("*")) {
        return VersionRange();
    }

    VersionRange range;
    for (const QString& token : tokens) {
        std::optional<Version>* bound = nullptr;
        QString number;
        if (token.startsWith(QLatin1String(">="))) {
            bound = &range.m_lower;
            number = token.mid(2);
        } else if (token.startsWith(QLatin1Char('<')) && !token.startsWith(QLatin1String("<="))) {
            bound = &range.m_upper;
            number = token.mid(1);
        } else {
            return fail(QStringLiteral("\"%1\" is not \">=VERSION\" or \"<VERSION\"").arg(token));
        }
        if (bound->has_value()) {
            return fail(QStringLiteral("the bound \"%1\" is given twice").arg(token));
        }
        const std::optional<Version> version = Version::parse(number);
        // Bounds are upstream releases: a packaging suffix there would be
        // silently ignored by the comparison, so refuse it.
        if (!version || !version->suffix().isEmpty()) {
            return fail(QStringLiteral("\"%1\" is not a version").arg(number));
        }
        *bound = version;
    }
    if (range.m_lower && range.m_upper && !(*range.m_lower < *range.m_upper)) {
        return fail(QStringLiteral("the lower bound is not below the upper bound"));
    }
    return range;
}

bool VersionRange::contains(const Version& version) const {
    if (m_lower && version < *m_lower) {
        return false;
    }
    if (m_upper && !(version < *m_upper)) {
        return false;
    }
    return true;
}

bool VersionRange::containsKernel(const Version& version) const {
    const auto asBoundWants = [&version](const Version& bound) {
        return bound.isReleaseCandidate() ? version : version.withoutReleaseCandidate();
    };
    if (m_lower && asBoundWants(*m_lower) < *m_lower) {
        return false;
    }
    if (m_upper && !(asBoundWants(*m_upper) < *m_upper)) {
        return false;
    }
    return true;
}

QString VersionRange::toString() const {
    QStringList parts;
    if (m_lower) {
        parts << QStringLiteral(">=") + m_lower->toString();
    }
    if (m_upper) {
        parts << QStringLiteral("<") + m_upper->toString();
    }
    return parts.isEmpty() ? QStringLiteral("*") : parts.join(QLatin1Char(' '));
}

bool anyContains(const QList<VersionRange>& ranges, const Version& version) {
    for (const VersionRange& range : ranges) {
        if (range.contains(version)) {
            return true;
        }
    }
    return false;
}

bool anyContainsKernel(const QList<VersionRange>& ranges, const Version& version) {
    for (const VersionRange& range : ranges) {
        if (range.containsKernel(version)) {
            return true;
        }
    }
    return false;
}

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::VersionRanges)
};

// "6.13" for 6.13.0, the way people write a line's first release.
QString shortText(const Version& version) {
    if (version.patchVersion() == 0 && !version.isReleaseCandidate()) {
        return QStringLiteral("%1.%2").arg(version.majorVersion()).arg(version.minorVersion());
    }
    return version.toString();
}

}  // namespace

QString describeRange(const VersionRange& range) {
    const std::optional<Version>& lower = range.lower();
    const std::optional<Version>& upper = range.upper();
    if (!lower && !upper) {
        return Text::tr("any version");
    }
    if (!lower) {
        return Text::tr("before %1").arg(shortText(*upper));
    }
    if (!upper) {
        return Text::tr("%1 and later").arg(shortText(*lower));
    }
    const bool plain = !lower->isReleaseCandidate() && !upper->isReleaseCandidate();
    const bool sameLine = lower->majorVersion() == upper->majorVersion() &&
                          lower->minorVersion() == upper->minorVersion();
    if (plain && sameLine && upper->patchVersion() > lower->patchVersion()) {
        // ">=2.3.0 <2.3.3": 2.3.0 to 2.3.2.
        const Version last(upper->majorVersion(), upper->minorVersion(), upper->patchVersion() - 1);
        return last == *lower ? lower->toString()
                              : Text::tr("%1 to %2").arg(lower->toString(), last.toString());
    }
    if (plain && *upper == Version(lower->majorVersion(), lower->minorVersion() + 1, 0)) {
        // ">=6.12.25 <6.13": the rest of one line.
        const QString line = shortText(lower->series());
        return lower->patchVersion() == 0
                   ? Text::tr("every %1 release").arg(line)
                   : Text::tr("%1 and later %2 releases").arg(lower->toString(), line);
    }
    return Text::tr("%1 up to, not including, %2").arg(lower->toString(), shortText(*upper));
}

QString describeRanges(const QList<VersionRange>& ranges) {
    QStringList parts;
    for (const VersionRange& range : ranges) {
        parts << describeRange(range);
    }
    if (parts.size() <= 1) {
        return parts.value(0);
    }
    const QString last = parts.takeLast();
    return Text::tr("%1 or %2").arg(parts.join(QStringLiteral(", ")), last);
}

}  // namespace zd
