// TrayController: the app in the system tray — the icon and its state (nothing new, the unread
// count, a problem, offline), a tooltip with the latest events, the drop-down a click opens
// (TrayPopup), and the menu: Open Feed, Mark All Read, Pause Notifications (an hour, until
// tomorrow, until resumed), Settings…, Sign Out…, Quit. It shows what it is told and asks for
// everything else through signals; the pause is a setting, written here.
#pragma once

#include "TrayIconArt.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QUrl>

#include <functional>

class QAbstractItemModel;
class QAction;
class QMenu;

namespace AsanaFeed {

class Settings;
class TrayPopup;

class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    // What the icon says besides the count.
    enum class Problem {
        None,
        Offline, // Asana cannot be reached
        Error,   // a subscription failed, the account needs signing in again, the disk refuses
    };
    using UrlOpener = std::function<void(const QUrl&)>;

    // `rows`: the events the drop-down and the tooltip list, newest first (the feed without what
    // the person hid); it must outlive the controller. `settings` (may be null) holds the pause.
    explicit TrayController(QAbstractItemModel* rows, Settings* settings, QObject* parent = nullptr);
    ~TrayController() override;

    // Whether this desktop shows tray icons at all.
    [[nodiscard]] static bool isAvailable();
    void show();
    void hide();

    void setUnreadCount(int count);
    void setProblem(Problem problem, const QString& text);
    // How things are when nothing is wrong: "All 4 followed items live".
    void setStatusLine(const QString& text);
    // Whether an account is signed in (Sign Out… is offered) — false in the demo and signed out.
    void setSignedIn(bool signedIn);
    // Links open in the browser through `opener` (tests capture them); without links (the demo's
    // tasks are not in Asana) a row opens in the feed instead.
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    void setLinksOpen(bool open) { m_linksOpen = open; }
    // `now` for the tooltip's and the pause's times (tests fix it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    [[nodiscard]] TrayIconArt::State state() const { return m_state; }
    [[nodiscard]] int unreadCount() const { return m_count; }
    [[nodiscard]] QString toolTip() const;
    [[nodiscard]] QSystemTrayIcon* trayIcon() const { return m_icon; }
    [[nodiscard]] QMenu* menu() const { return m_menu; }
    [[nodiscard]] TrayPopup* popup() const { return m_popup; }
    [[nodiscard]] QAction* pauseAction(int which) const; // 0: an hour, 1: until tomorrow, 2: until resumed
    [[nodiscard]] QAction* resumeAction() const { return m_resume; }
    [[nodiscard]] QAction* signOutAction() const { return m_signOut; }
    // When "until tomorrow" ends: tomorrow at 08:00 local time.
    [[nodiscard]] static QDateTime tomorrowMorning(const QDateTime& now);

    // Opens the drop-down at the icon (what a click on the icon does).
    void openPopup();

signals:
    void openFeedRequested();
    // Show this event in the feed window (the store's id).
    void showEventRequested(qint64 eventId);
    void markAllReadRequested();
    void settingsRequested();
    void signOutRequested();
    void quitRequested();

private:
    void buildMenu();
    void update();
    void scheduleUpdate();
    void updatePause();
    void onActivated(QSystemTrayIcon::ActivationReason reason);
    void openRow(const QModelIndex& index);
    [[nodiscard]] QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTime(); }

    QAbstractItemModel* m_rows = nullptr;
    QPointer<Settings> m_settings;
    QSystemTrayIcon* m_icon = nullptr;
    QMenu* m_menu = nullptr; // the icon's context menu
    QMenu* m_more = nullptr; // the drop-down's "More" menu
    TrayPopup* m_popup = nullptr;
    QAction* m_open = nullptr;
    QAction* m_markAllRead = nullptr;
    QMenu* m_pauseMenu = nullptr;
    QList<QAction*> m_pauses;
    QAction* m_resume = nullptr;
    QAction* m_signOut = nullptr;
    UrlOpener m_opener;
    std::function<QDateTime()> m_clock;
    TrayIconArt::State m_state = TrayIconArt::State::Idle;
    int m_count = 0;
    int m_iconCount = -1; // what the icon was last drawn with
    Problem m_problem = Problem::None;
    QString m_problemText;
    QString m_statusLine;
    bool m_linksOpen = true;
    bool m_drawn = false;
    bool m_updateQueued = false;
};

} // namespace AsanaFeed
