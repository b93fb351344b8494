// SeenTracker: when an event counts as seen — it was on screen, in a window the person is looking
// at (shown, not minimized, focused), for a moment without a break. Scrolling past is not seeing;
// neither is a window left open behind another. It only decides; whoever feeds it marks read.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace AsanaFeed {

class SeenTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeenTracker)

public:
    // Long enough to read a row's sentence, short enough that a glance at the feed clears it.
    static constexpr std::chrono::milliseconds defaultDwell{1500};

    explicit SeenTracker(QObject* parent = nullptr);

    void setDwell(std::chrono::milliseconds dwell);
    [[nodiscard]] std::chrono::milliseconds dwell() const { return m_dwell; }
    // Whether the person can be looking at the rows now. Lost, the moments so far do not count.
    void setLooking(bool looking);
    [[nodiscard]] bool isLooking() const { return m_looking; }
    // The events (store ids) on screen now. One that stays gets its moment; one that goes forgets it.
    void setOnScreen(const QList<qint64>& ids);

signals:
    // These events were on screen for the dwell time while the person was looking: each once per
    // stay on screen (an event marked unread again while it stays is not taken back).
    void seen(const QList<qint64>& ids);

private:
    void schedule();
    void fire();

    std::chrono::milliseconds m_dwell = defaultDwell;
    bool m_looking = false;
    QHash<qint64, qint64> m_since; // on screen, not reported yet: since when (m_clock ms)
    QSet<qint64> m_reported;       // on screen and reported during this stay
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace AsanaFeed
