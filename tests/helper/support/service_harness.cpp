// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "service_harness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include "contract.h"

namespace zd::helper::test {

ServiceHarness::ServiceHarness(Options options) {
    if (!m_bus.start(&m_error)) {
        return;
    }
    m_rootPath =
        options.root.isEmpty() ? m_temporary.path() + QStringLiteral("/root") : options.root;
    QDir().mkpath(m_rootPath);
    m_root = std::make_unique<SystemRoot>(m_rootPath);
    m_fakes =
        std::make_unique<FakeServices>(m_bus.address(), options.withPolkit, options.withSystemd);
    if (!m_fakes->ok()) {
        m_error = QStringLiteral("fake services could not register");
        return;
    }
    QDBusConnection helperBus = m_bus.connect(QStringLiteral("helper"));
    m_journal = std::make_unique<ChangeJournal>(
        m_temporary.path() + QStringLiteral("/state/journal"), ChangeRecord::Origin::ThisMachine);
    m_systemd = std::make_unique<DBusSystemdManager>(helperBus);
    m_authorizer = std::make_unique<PolkitAuthorizer>(helperBus);
    m_service = std::make_unique<HelperService>(
        helperBus, HelperDependencies{*m_authorizer, m_tools, *m_systemd, *m_root, *m_journal,
                                      std::chrono::minutes(10), options.probeTimeout});
    if (!m_service->registerObject(&m_error)) {
        return;
    }
    if (!helperBus.registerService(QLatin1String(kServiceName))) {
        m_error = helperBus.lastError().message();
        return;
    }
    m_client = m_bus.connect(QStringLiteral("client"));
    m_ok = m_client.isConnected();
}

QDBusMessage ServiceHarness::rawCall(QDBusMessage message) {
    // BlockWithGui runs an event loop, so the in-process service answers.
    return m_client.call(message, QDBus::BlockWithGui, 60000);
}

QDBusMessage ServiceHarness::call(const QString& method, const QVariantList& arguments) {
    QDBusMessage message =
        QDBusMessage::createMethodCall(QLatin1String(kServiceName), QLatin1String(kObjectPath),
                                       QLatin1String(kInterfaceName), method);
    message.setArguments(arguments);
    return rawCall(message);
}

void ServiceHarness::writeRootFile(const QString& absolute, const QByteArray& content) {
    const QString path = m_rootPath + absolute;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(content);
    }
}

QByteArray ServiceHarness::readRootFile(const QString& absolute) const {
    QFile file(m_rootPath + absolute);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList ServiceHarness::rootTree() const {
    QStringList tree;
    QDirIterator it(m_rootPath,
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        const QByteArray hash =
            file.open(QIODevice::ReadOnly)
                ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                : QByteArray();
        tree.append(path + QLatin1Char(' ') + QString::fromLatin1(hash.toHex()));
    }
    tree.sort();
    return tree;
}

bool ServiceHarness::rootFileExists(const QString& absolute) const {
    return QFileInfo::exists(m_rootPath + absolute);
}

}  // namespace zd::helper::test
