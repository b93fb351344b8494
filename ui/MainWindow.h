// MainWindow: the feed window — the filter bar, the feed (or an empty state that says what to do),
// and a status bar with each subscription's state and when the feed last heard from Asana.
// It shows what it is given; the composition root (Application) feeds it.
#pragma once

#include "events/EventPoller.h"
#include "feed/FilterState.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QTimer>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace AsanaFeed {

class Settings;

class EventFilterModel;
class EventModel;
class FeedView;
class FilterBar;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `model` and `proxy` (whose source is `model`) must outlive the window.
    MainWindow(EventModel* model, EventFilterModel* proxy, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setDemo(bool demo);
    [[nodiscard]] bool isDemo() const { return m_demo; }
    // Where the window keeps its geometry and filter between runs; none (the default) keeps nothing.
    // Where the window keeps its geometry and filter between runs (may be null: not kept).
    void setSettings(AsanaFeed::Settings* settings);
    void setSubscriptionNames(const QHash<QString, QString>& names);
    // The empty state when the feed has no events at all: what to do next.
    void setEmptyHint(const QString& title, const QString& hint);

    void setSubscriptionState(const QString& gid, EventPoller::State state, const QDateTime& until,
                              const QString& reason);
    // The feed heard from Asana at `at` (shown as "last update 12 s ago").
    void noteUpdate(const QDateTime& at = QDateTime::currentDateTimeUtc());

    // "live", "syncing", "backing off until 14:05", "rate-limited until 14:05", "failed: reason".
    [[nodiscard]] static QString stateText(EventPoller::State state, const QDateTime& until, const QString& reason);
    [[nodiscard]] static QString ageText(qint64 seconds);

    [[nodiscard]] FeedView* feedView() const { return m_view; }
    [[nodiscard]] FilterBar* filterBar() const { return m_filterBar; }
    [[nodiscard]] QLabel* demoBadge() const { return m_badge; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool showsEmptyState() const;
    [[nodiscard]] QString emptyStateText() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void updateEmptyState();
    void updateStatus();
    void updateLastUpdate();
    void updateUnread(int count);

    struct SubscriptionStatus
    {
        EventPoller::State state = EventPoller::State::Stopped;
        QDateTime until;
        QString reason;
    };

    EventModel* m_model = nullptr;
    EventFilterModel* m_proxy = nullptr;
    AsanaFeed::Settings* m_settings = nullptr;
    bool m_demo = false;
    FilterBar* m_filterBar = nullptr;
    QLabel* m_badge = nullptr;
    QStackedWidget* m_stack = nullptr;
    FeedView* m_view = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyHint = nullptr;
    QPushButton* m_emptyClear = nullptr;
    QString m_noEventsTitle;
    QString m_noEventsHint;
    QLabel* m_states = nullptr;
    QLabel* m_unread = nullptr;
    QLabel* m_lastUpdate = nullptr;
    QHash<QString, QString> m_names;
    QHash<QString, SubscriptionStatus> m_status;
    QStringList m_order;
    QDateTime m_lastUpdateAt;
    QTimer m_clockTimer;
};

} // namespace AsanaFeed
