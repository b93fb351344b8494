// Demo: the built-in Asana for `asana-feed --demo` — the simulator on a free loopback port with a
// random token that never leaves the process, a lively scripted workspace, and a day of history
// written into a store in a temporary folder (gone when the demo ends). Nothing touches the
// keychain or the person's data.
#pragma once

#include "api/AccountInfo.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace AsanaFeed {

class AsanaClient;
class EventStore;

namespace Sim {
class DemoScenario;
class SimServer;
class SimWorld;
} // namespace Sim

class Demo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Demo)

public:
    Demo(double eventsPerMinute, int historyHours, QObject* parent = nullptr);
    ~Demo() override;

    // Serves the workspace, points `client` at it, and opens `store` in the temporary folder with
    // the seeded history (read: only what happens from now on is unread). False with error().
    bool start(AsanaClient* client, EventStore* store);
    // The simulated activity begins.
    void run();
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] QStringList projects() const;
    [[nodiscard]] QHash<QString, QString> projectNames() const;
    // The simulated workspace's "me": whom its notifications are for.
    [[nodiscard]] AccountInfo me() const;
    [[nodiscard]] Sim::SimServer* server() const { return m_server; }

private:
    double m_eventsPerMinute = 20;
    int m_historyHours = 24;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_dir;
    Sim::SimWorld* m_world = nullptr;
    Sim::DemoScenario* m_scenario = nullptr;
    Sim::SimServer* m_server = nullptr;
};

} // namespace AsanaFeed
