// The Desktop Notifications Specification over Qt DBus (Linux and other freedesktop systems).
#include "FreedesktopNotifications.h"
#include "util/Logging.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QVariantMap>

#include <algorithm>

namespace AsanaFeed {

namespace {
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
// The service answers at once, or activation has failed: no notice waits longer for it.
constexpr int callTimeoutMs = 10000;

QString serviceName()
{
    return QString::fromLatin1(FreedesktopNotifications::service);
}

// The "image-data" hint: (iiibiiay) — width, height, row stride, alpha, bits per sample,
// channels, pixels (RGBA).
struct ImageData
{
    QImage image;
};

QDBusArgument& operator<<(QDBusArgument& argument, const ImageData& data)
{
    const QImage image = data.image.convertToFormat(QImage::Format_RGBA8888);
    argument.beginStructure();
    argument << image.width() << image.height() << int(image.bytesPerLine()) << true << 8 << 4;
    argument << QByteArray(reinterpret_cast<const char*>(image.constBits()), image.sizeInBytes());
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, ImageData& /*data*/)
{
    return argument; // only ever sent
}
} // namespace

} // namespace AsanaFeed

Q_DECLARE_METATYPE(AsanaFeed::ImageData)

namespace AsanaFeed {

FreedesktopNotifications::FreedesktopNotifications(QObject* parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return; // no session bus: Unavailable
    }
    qDBusRegisterMetaType<ImageData>();
    bus.connect(serviceName(), path, interface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(serviceName(), path, interface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
    // A notification daemon may come and go with the desktop session.
    auto* watcher = new QDBusServiceWatcher(
        serviceName(), bus, QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration,
        this);
    connect(watcher, &QDBusServiceWatcher::serviceRegistered, this, &FreedesktopNotifications::query);
    connect(watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
        m_shown.clear(); // gone with it
        query();         // activation may start another
    });
    query();
}

FreedesktopNotifications::~FreedesktopNotifications() = default;

void FreedesktopNotifications::setStatus(Status status)
{
    if (status != m_status) {
        m_status = status;
        emit statusChanged(status);
    }
}

void FreedesktopNotifications::query()
{
    setStatus(Status::Unknown);
    const QDBusMessage call =
        QDBusMessage::createMethodCall(serviceName(), path, interface, QStringLiteral("GetCapabilities"));
    auto* pending = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, callTimeoutMs), this);
    connect(pending, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
        call->deleteLater();
        const QDBusPendingReply<QStringList> reply = *call;
        if (reply.isError()) {
            qCInfo(lcFeed) << "no desktop notification service:" << reply.error().name();
            m_capabilities.clear();
            setStatus(Status::Unavailable);
            return;
        }
        m_capabilities = reply.value();
        setStatus(Status::Available);
    });
}

QString FreedesktopNotifications::escapeMarkup(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('&')) {
            escaped += QStringLiteral("&amp;");
        } else if (c == QLatin1Char('<')) {
            escaped += QStringLiteral("&lt;");
        } else if (c == QLatin1Char('>')) {
            escaped += QStringLiteral("&gt;");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

void FreedesktopNotifications::show(const Notice& notice, bool openable, bool silent)
{
    if (m_status != Status::Available) {
        return;
    }
    // Servers that read markup read it in the body only; the summary is plain text.
    const QString body =
        m_capabilities.contains(QLatin1String("body-markup")) ? escapeMarkup(notice.body) : notice.body;
    QStringList actions;
    if (m_capabilities.contains(QLatin1String("actions"))) {
        actions << QStringLiteral("default") << tr("Show");
        if (openable) {
            actions << QStringLiteral("open") << tr("Open in Asana");
        }
    }
    QVariantMap hints{
        {QStringLiteral("category"), QStringLiteral("im.received")},
        // The installed desktop entry (its name without ".desktop"): the desktop shows the app's
        // name and icon from it, and groups and governs the notifications by it.
        {QStringLiteral("desktop-entry"), QStringLiteral("io.github.asana_feed.AsanaFeed")},
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}, // normal
    };
    if (silent) {
        hints.insert(QStringLiteral("suppress-sound"), true);
    }
    if (!m_image.isNull()) {
        hints.insert(QStringLiteral("image-data"), QVariant::fromValue(ImageData{m_image}));
    }
    QDBusMessage call = QDBusMessage::createMethodCall(serviceName(), path, interface, QStringLiteral("Notify"));
    call << QStringLiteral("Asana Feed") << uint(0) << QStringLiteral("io.github.asana_feed.AsanaFeed") << notice.title
         << body << actions << hints << int(-1);
    auto* pending = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, callTimeoutMs), this);
    const qint64 eventId = notice.eventId;
    connect(pending, &QDBusPendingCallWatcher::finished, this, [this, eventId](QDBusPendingCallWatcher* call) {
        call->deleteLater();
        const QDBusPendingReply<uint> reply = *call;
        if (reply.isError()) {
            qCWarning(lcFeed) << "notification not shown:" << reply.error().name();
            return;
        }
        m_shown.append({reply.value(), eventId});
        while (m_shown.size() > maxOnScreen) {
            closeOldest();
        }
        emit shown(eventId, reply.value());
    });
}

void FreedesktopNotifications::closeOldest()
{
    const Shown oldest = m_shown.takeFirst();
    QDBusMessage call =
        QDBusMessage::createMethodCall(serviceName(), path, interface, QStringLiteral("CloseNotification"));
    call << oldest.id;
    QDBusConnection::sessionBus().call(call, QDBus::NoBlock);
}

void FreedesktopNotifications::onActionInvoked(uint id, const QString& action)
{
    const auto it = std::find_if(m_shown.cbegin(), m_shown.cend(), [id](const Shown& s) { return s.id == id; });
    if (it == m_shown.cend()) {
        return; // another app's, or one closed already
    }
    if (action == QLatin1String("default") || action == QLatin1String("open")) {
        emit activated(it->eventId, action == QLatin1String("open"));
    }
}

void FreedesktopNotifications::onClosed(uint id, uint /*reason*/)
{
    m_shown.removeIf([id](const Shown& s) { return s.id == id; });
}

} // namespace AsanaFeed
