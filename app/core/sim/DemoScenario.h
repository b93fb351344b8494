// DemoScenario: fills a SimWorld with a believable workspace (the idle scenario) and, when
// started, keeps it busy with seeded, realistic activity at a set rate — or back-dates a day of it.
#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QStringList>

#include <chrono>

class QTimer;

namespace AsanaFeed::Sim {

class SimWorld;

class DemoScenario final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoScenario)

public:
    explicit DemoScenario(SimWorld* world, quint32 seed = 1, QObject* parent = nullptr);
    ~DemoScenario() override;

    // The idle scenario: one workspace, 4 projects (To do/Doing/Done, ~20 tasks each), 6 people,
    // a Priority custom field. No events. Deterministic for a given seed.
    static void populate(SimWorld* world, quint32 seed = 1);

    void setEventsPerMinute(double rate);
    void setInterval(std::chrono::milliseconds interval);
    [[nodiscard]] std::chrono::milliseconds interval() const;
    void start();
    void stop();
    [[nodiscard]] bool isRunning() const;

    // One random piece of activity by one person (a comment, an assignment, a move, …).
    void step();
    // Back-dated activity spread over the past `hours`, about `actionsPerHour` steps an hour.
    void seedHistory(int hours, int actionsPerHour = 12);

signals:
    void stepped();

private:
    QString pickUser();
    QString pickTask();

    SimWorld* m_world = nullptr;
    QRandomGenerator m_rng;
    QTimer* m_timer = nullptr;
    int m_newTaskCounter = 0;
};

} // namespace AsanaFeed::Sim
