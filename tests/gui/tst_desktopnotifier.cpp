// DesktopNotifier against a fake org.freedesktop.Notifications on a private session bus (the test
// runs under dbus-run-session, with HOME and XDG folders of its own; see tests/CMakeLists.txt).
// The fake is a second connection to that bus: the notifier talks to it as to any desktop's
// service. What is checked: the summary, body (escaped where the service reads markup) and
// actions sent; a click's ActionInvoked → activated(eventId); no more than a few on screen; no
// service → the tray icon's message; a sound that cannot play never stops a notice.
#include "DesktopNotifier.h"
#include "FreedesktopNotifications.h"
#include "store/Settings.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSoundEffect>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace AsanaFeed;

namespace {
constexpr int kTimeoutMs = 15000;
const QString servicePath = QStringLiteral("/org/freedesktop/Notifications");

struct NotifyCall
{
    QString appName;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
};
} // namespace

// The desktop's notification service as the specification describes it, recording what it is asked.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit FakeNotifications(QStringList capabilities)
        : m_name(QStringLiteral("fake-notifications-%1").arg(++s_instances))
        , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_name))
        , m_capabilities(std::move(capabilities))
    {}

    ~FakeNotifications() override
    {
        m_bus.unregisterObject(servicePath);
        m_bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        QDBusConnection::disconnectFromBus(m_name);
    }

    bool start()
    {
        return m_bus.isConnected() && m_bus.registerObject(servicePath, this, QDBusConnection::ExportAllSlots) &&
               m_bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }

    // What the person does on the desktop.
    void click(uint id, const QString& action)
    {
        QDBusMessage signal = QDBusMessage::createSignal(servicePath, QStringLiteral("org.freedesktop.Notifications"),
                                                         QStringLiteral("ActionInvoked"));
        signal << id << action;
        m_bus.send(signal);
    }

    QList<NotifyCall> calls;
    QList<uint> closed;

public slots:
    QStringList GetCapabilities() { return m_capabilities; }

    uint Notify(const QString& appName, uint /*replacesId*/, const QString& appIcon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int /*timeout*/)
    {
        calls.append({appName, appIcon, summary, body, actions, hints});
        return m_nextId++;
    }

    void CloseNotification(uint id) { closed.append(id); }

private:
    static inline int s_instances = 0;
    QString m_name; // its own connection to the bus: a program of its own, as far as the bus knows
    QDBusConnection m_bus;
    QStringList m_capabilities;
    uint m_nextId = 41;
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "the test runs on a private session bus");
        // Never the person's own desktop: the harness gives the test a bus of its own.
        QVERIFY(QDBusConnection::sessionBus().interface());
    }

    void notice_reachesTheService_withSummaryBodyAndActions()
    {
        FakeNotifications fake({QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup")});
        QVERIFY(fake.start());
        DesktopNotifier notifier;
        QTRY_COMPARE_WITH_TIMEOUT(notifier.route(), DesktopNotifier::Route::Service, kTimeoutMs);

        Notice notice;
        notice.title = QStringLiteral("Dana <b>Ruiz</b> assigned you Fix login");
        notice.body = QStringLiteral("mentioned you in <i>Launch</i> & \"plan\"");
        notice.eventId = 17;
        notifier.show(notice);
        QTRY_COMPARE_WITH_TIMEOUT(fake.calls.size(), 1, kTimeoutMs);
        const NotifyCall& call = fake.calls.constFirst();
        QCOMPARE(call.appName, QStringLiteral("Asana Feed"));
        QCOMPARE(call.appIcon, QStringLiteral("io.github.asana_feed.AsanaFeed")); // the installed icon's name
        QCOMPARE(call.summary, notice.title); // the summary is plain text by the specification
        QCOMPARE(call.body, QStringLiteral("mentioned you in &lt;i&gt;Launch&lt;/i&gt; &amp; \"plan\""));
        QCOMPARE(call.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Show"), QStringLiteral("open"),
                                            QStringLiteral("Open in Asana")}));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("io.github.asana_feed.AsanaFeed"));
        QCOMPARE(call.hints.value(QStringLiteral("category")).toString(), QStringLiteral("im.received"));
    }

    void plainTextService_getsTheBodyAsItIs_andNoActionsItCannotShow()
    {
        FakeNotifications fake({QStringLiteral("body")});
        QVERIFY(fake.start());
        DesktopNotifier notifier;
        notifier.setLinksOpen(false);
        QTRY_COMPARE_WITH_TIMEOUT(notifier.route(), DesktopNotifier::Route::Service, kTimeoutMs);
        Notice notice;
        notice.title = QStringLiteral("7 new events in Launch plan");
        notice.body = QStringLiteral("A & B <c>");
        notice.eventId = 3;
        notifier.show(notice);
        QTRY_COMPARE_WITH_TIMEOUT(fake.calls.size(), 1, kTimeoutMs);
        QCOMPARE(fake.calls.constFirst().body, notice.body);
        QVERIFY(fake.calls.constFirst().actions.isEmpty());
    }

    void clicks_activateTheirEvent()
    {
        FakeNotifications fake({QStringLiteral("actions"), QStringLiteral("body")});
        QVERIFY(fake.start());
        DesktopNotifier notifier;
        QTRY_COMPARE_WITH_TIMEOUT(notifier.route(), DesktopNotifier::Route::Service, kTimeoutMs);
        QSignalSpy shown(notifier.service(), &FreedesktopNotifications::shown);
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);

        Notice first;
        first.title = QStringLiteral("Dana Ruiz assigned you Fix login");
        first.eventId = 101;
        Notice second = first;
        second.eventId = 102;
        notifier.show(first);
        notifier.show(second);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, kTimeoutMs);
        const uint firstId = shown.at(0).at(1).toUInt();
        const uint secondId = shown.at(1).at(1).toUInt();

        fake.click(secondId, QStringLiteral("default"));
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, kTimeoutMs);
        QCOMPARE(activated.at(0).at(0).toLongLong(), 102);
        QCOMPARE(activated.at(0).at(1).toBool(), false);

        fake.click(firstId, QStringLiteral("open"));
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 2, kTimeoutMs);
        QCOMPARE(activated.at(1).at(0).toLongLong(), 101);
        QCOMPARE(activated.at(1).at(1).toBool(), true);

        // Another app's notification, clicked: not ours.
        fake.click(9999, QStringLiteral("default"));
        QTest::qWait(200);
        QCOMPARE(activated.size(), 2);
    }

    void noStackPilesUp_theOldestIsClosed()
    {
        FakeNotifications fake({QStringLiteral("actions"), QStringLiteral("body")});
        QVERIFY(fake.start());
        DesktopNotifier notifier;
        QTRY_COMPARE_WITH_TIMEOUT(notifier.route(), DesktopNotifier::Route::Service, kTimeoutMs);
        QSignalSpy shown(notifier.service(), &FreedesktopNotifications::shown);
        for (int i = 0; i < FreedesktopNotifications::maxOnScreen + 1; ++i) {
            Notice notice;
            notice.title = QStringLiteral("Notice %1").arg(i);
            notice.eventId = 200 + i;
            notifier.show(notice);
        }
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), FreedesktopNotifications::maxOnScreen + 1, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(fake.closed.size(), 1, kTimeoutMs);
        QCOMPARE(fake.closed.constFirst(), shown.at(0).at(1).toUInt());
    }

    void soundThatCannotPlay_neverStopsTheNotice()
    {
        QTemporaryDir dir;
        QSettings backend(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(&backend);
        settings.setNotificationSound(true);
        settings.setNotificationVolume(40);
        FakeNotifications fake({QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("sound")});
        QVERIFY(fake.start());
        DesktopNotifier notifier;
        notifier.setSettings(&settings);
        QTRY_COMPARE_WITH_TIMEOUT(notifier.route(), DesktopNotifier::Route::Service, kTimeoutMs);
        Notice notice;
        notice.title = QStringLiteral("Dana Ruiz assigned you Fix login");
        notice.eventId = 5;
        notifier.show(notice);
        notifier.show(notice);
        QTRY_COMPARE_WITH_TIMEOUT(fake.calls.size(), 2, kTimeoutMs);
        QVERIFY(notifier.soundEffect());
        QVERIFY(QFile::exists(notifier.soundEffect()->source().toString().mid(3))); // the chime is built in
        // The app plays its own chime: the service is asked not to add one.
        QCOMPARE(fake.calls.constFirst().hints.value(QStringLiteral("suppress-sound")).toBool(), true);
    }

    void noService_theTrayIconShowsIt_andItsClickIsTheLastNotice()
    {
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(
            QStringLiteral("org.freedesktop.Notifications")));
        DesktopNotifier notifier;
        QTRY_COMPARE_WITH_TIMEOUT(notifier.route(), DesktopNotifier::Route::TrayIcon, kTimeoutMs);
        QSystemTrayIcon tray;
        notifier.setTrayIcon(&tray);
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        Notice notice;
        notice.title = QStringLiteral("Dana Ruiz assigned you Fix login");
        notice.eventId = 77;
        notifier.show(notice);
        emit tray.messageClicked(); // what the platform says when the message is clicked
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), 77);
        QCOMPARE(activated.at(0).at(1).toBool(), false);
    }

    void noticesBeforeTheServiceAnswers_waitForIt()
    {
        FakeNotifications fake({QStringLiteral("body")});
        QVERIFY(fake.start());
        DesktopNotifier notifier;
        QCOMPARE(notifier.route(), DesktopNotifier::Route::Pending); // asked, not answered yet
        Notice notice;
        notice.title = QStringLiteral("Early");
        notice.eventId = 1;
        notifier.show(notice);
        QTRY_COMPARE_WITH_TIMEOUT(fake.calls.size(), 1, kTimeoutMs);
        QCOMPARE(fake.calls.constFirst().summary, QStringLiteral("Early"));
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
