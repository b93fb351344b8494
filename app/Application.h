// Application: the composition root of the window modes. Builds the engine (network, client,
// throttle, store, one poller per subscription), the feed models and the window, and wires them:
// pollers → store (their EventSink) → model → filter → view. In demo mode it also runs the
// simulator in-process on a free loopback port with a seeded day of history.
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QSettings;
class QTemporaryDir;

namespace AsanaFeed {

class AccountThrottle;
class AsanaClient;
class EventFilterModel;
class EventModel;
class EventPoller;
class EventStore;
class MainWindow;
class Settings;
struct Event;

namespace Sim {
class DemoScenario;
class SimServer;
class SimWorld;
} // namespace Sim

class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    struct Options
    {
        bool demo = false;
        QString token;             // real mode: from ASANA_TOKEN
        QStringList subscriptions; // real mode: --subscribe GIDs (else the store's saved ones)
        QUrl baseUrl;              // real mode: the API (default: Asana)
        QString statePath;         // real mode: the store (default: the per-user data location)
        std::chrono::milliseconds interval{std::chrono::seconds(10)};
        double demoEventsPerMinute = 20;
        int demoHistoryHours = 24;
        bool keepSettings = true; // remember window geometry and the filter (never in demo mode)
    };

    explicit Application(Options options, QObject* parent = nullptr);
    ~Application() override;

    // Builds everything and starts polling. False (with error()) when nothing can be shown.
    bool start();
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] MainWindow* window() const { return m_window.get(); }
    [[nodiscard]] EventModel* model() const { return m_model; }
    [[nodiscard]] EventFilterModel* filterModel() const { return m_filter; }
    [[nodiscard]] EventStore* store() const { return m_store; }
    [[nodiscard]] const QList<EventPoller*>& pollers() const { return m_pollers; }
    [[nodiscard]] Sim::SimServer* simServer() const { return m_server; }

private:
    bool startDemo();
    bool startReal();
    void startPolling(const QStringList& gids);
    void onEventsReceived(const QString& gid, const QList<Event>& events);
    void onGap(const QString& gid, const QDateTime& detectedAt);

    Options m_options;
    QString m_error;
    QNetworkAccessManager* m_network = nullptr;
    AsanaClient* m_client = nullptr;
    AccountThrottle* m_throttle = nullptr;
    EventStore* m_store = nullptr;
    EventModel* m_model = nullptr;
    EventFilterModel* m_filter = nullptr;
    QList<EventPoller*> m_pollers;
    std::unique_ptr<QSettings> m_settingsBackend;
    std::unique_ptr<Settings> m_settings; // after its backend: destroyed first
    std::unique_ptr<QTemporaryDir> m_demoDir;
    Sim::SimWorld* m_world = nullptr;
    Sim::SimServer* m_server = nullptr;
    Sim::DemoScenario* m_scenario = nullptr;
    std::unique_ptr<MainWindow> m_window; // destroyed before the models it shows
};

} // namespace AsanaFeed
