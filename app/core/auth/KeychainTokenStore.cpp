#include "auth/KeychainTokenStore.h"

#include "util/Logging.h"

#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define ASANAFEED_KEYCHAIN_OVER_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

namespace AsanaFeed {

namespace {

QString missingKeychain();

TokenResult resultOf(const QKeychain::Job& job)
{
    TokenResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.status = TokenResult::Status::NotFound;
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        // Nothing to keep secrets in on this machine.
        result.status = TokenResult::Status::Unavailable;
        result.message = KeychainTokenStore::tr("the system keychain is not available: %1").arg(job.errorString());
        return result;
    default:
        break;
    }
    // QtKeychain says "could not connect" (or "access denied") when there is no keychain service
    // at all: only then is the session bus asked, to say so plainly.
    if (const QString missing = missingKeychain(); !missing.isEmpty()) {
        result.status = TokenResult::Status::Unavailable;
        result.message = missing;
        return result;
    }
    if (job.error() == QKeychain::AccessDeniedByUser || job.error() == QKeychain::AccessDenied) {
        // There is a keychain, but it stayed locked (e.g. an unlock prompt was dismissed): the
        // next attempt may well work.
        result.status = TokenResult::Status::Failed;
        result.message = KeychainTokenStore::tr("access to the keychain was refused: %1").arg(job.errorString());
        return result;
    }
    // QtKeychain's messages describe the backend, never the secret.
    result.status = TokenResult::Status::Failed;
    result.message = KeychainTokenStore::tr("the keychain failed: %1").arg(job.errorString());
    return result;
}

// Linux and the other free desktops: the keychain is a service on the session bus (the Secret
// Service, or KWallet). Without one, QtKeychain only reports an opaque connection error; this
// says plainly that there is none. Empty when a keychain service is there (or elsewhere). Only
// asked after QtKeychain failed, so a working keychain costs nothing extra.
QString missingKeychain()
{
#ifdef ASANAFEED_KEYCHAIN_OVER_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return KeychainTokenStore::tr("there is no desktop session bus (%1)").arg(bus.lastError().message());
    }
    QDBusConnectionInterface* services = bus.interface();
    if (!services) {
        return KeychainTokenStore::tr("the desktop session bus does not answer");
    }
    const QDBusReply<QStringList> running = services->registeredServiceNames();
    const QDBusReply<QStringList> activatable = services->activatableServiceNames();
    for (const char* name : {"org.freedesktop.secrets", "org.kde.kwalletd6", "org.kde.kwalletd5", "org.kde.kwalletd"}) {
        const QString service = QString::fromLatin1(name);
        if ((running.isValid() && running.value().contains(service)) ||
            (activatable.isValid() && activatable.value().contains(service))) {
            return {};
        }
    }
    return KeychainTokenStore::tr("no keychain service (such as GNOME Keyring or KWallet) runs in this session");
#else
    return {};
#endif
}

template<typename JobType>
JobType* makeJob(const QString& service, const QString& account, QObject* parent)
{
    auto* job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keychain
#ifdef Q_OS_WIN
    // QtKeychain names a Windows credential by its key alone (the service is not part of it):
    // the service goes into the key, so that entries stay apart from other apps' and the tests'.
    job->setKey(service + QLatin1Char('/') + account);
#else
    job->setKey(account);
#endif
    return job;
}

} // namespace

KeychainTokenStore::KeychainTokenStore(const QString& service, QObject* parent)
    : TokenStore(parent)
    , m_service(service)
{}

void KeychainTokenStore::load(const QString& account, Done done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        TokenResult result = resultOf(*finished);
        if (result.ok()) {
            result.credentials =
                Credentials::fromBlob(static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData());
            if (!result.credentials) {
                result.status = TokenResult::Status::Failed;
                result.message = tr("The keychain entry for this account is damaged; please sign in again.");
            }
        }
        qCDebug(lcAuth) << "keychain read finished:" << int(result.status);
        done(result);
    });
    job->start();
}

void KeychainTokenStore::save(const QString& account, const Credentials& credentials, Done done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, account, this);
    job->setBinaryData(credentials.toBlob());
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        const TokenResult result = resultOf(*finished);
        qCDebug(lcAuth) << "keychain write finished:" << int(result.status);
        done(result);
    });
    job->start();
}

void KeychainTokenStore::remove(const QString& account, Done done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        TokenResult result = resultOf(*finished);
        if (result.status == TokenResult::Status::NotFound) {
            result = {}; // already gone is what was asked for
        }
        done(result);
    });
    job->start();
}

} // namespace AsanaFeed
