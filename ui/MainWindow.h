// MainWindow: the feed window — a Feed menu, the filter bar, one banner for what is wrong, the
// feed (or an empty state that says what to do), and a status bar with the subscriptions' states,
// the unread count (the tray's badge number) and when the feed last heard from Asana. With
// setReadWhenSeen(), the events a person looks at become read. It shows what it is given; the composition root
// (Application) feeds it, and it asks back only through signals (sign in, retry…).
#pragma once

#include "api/AccountInfo.h"
#include "api/ApiError.h"
#include "events/SubscriptionState.h"
#include "feed/FeedHealth.h"
#include "store/FilterState.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QMessageBox>
#include <QPixmap>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace AsanaFeed {

class AccountController;
class Settings;

class EventFilterModel;
class EventModel;
class FeedView;
class FilterBar;
class SeenTracker;

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
    // Events on screen while the window is shown, not minimized and active (focused) become read
    // once they were there for `dwell` without a break (SeenTracker::defaultDwell is what the app
    // uses). Zero, the default: only opening or marking reads them.
    void setReadWhenSeen(std::chrono::milliseconds dwell);
    // Whether the person can be looking at the feed now: shown, not minimized, the active window.
    [[nodiscard]] bool isLooking() const { return m_looking; }
    // Opening an event in Asana marks it done too (Settings::doneOnOpen).
    void setDoneOnOpen(bool done);
    // The empty state when the feed has no events at all: what to do next.
    void setEmptyHint(const QString& title, const QString& hint);

    void setSubscriptionState(const QString& gid, SubscriptionState state, const QDateTime& until,
                              const QString& reason);
    // The same from the scheduler's report. The banner above the feed says what is wrong with them
    // (see updateBanner()). A page that could not be saved is this computer's disk, not the
    // network: said there, with the path, until a page is kept again.
    void setSubscriptionState(const QString& gid, SubscriptionState state, const QDateTime& until,
                              const std::optional<ApiError>& error);
    // Whether the account follows anything: when not, the empty feed of a signed-in account
    // offers "Follow a Project…".
    void setFollowing(bool anything);
    // No subscriptions are polled (any more): the status bar forgets their states.
    void clearSubscriptionStates();
    // Only `gids` are polled now: the status bar forgets the others' states.
    void keepSubscriptionStates(const QStringList& gids);
    // The feed heard from Asana at `at` (shown as "last update 12 s ago").
    void noteUpdate(const QDateTime& at = QDateTime::currentDateTimeUtc());

    [[nodiscard]] static QString ageText(qint64 seconds);

    // Who is signed in, for the account menu. None: the menu offers to sign in.
    enum class AccountState { SignedOut, SignedIn, NeedsSignIn, EnvironmentToken };
    void setAccount(const std::optional<AccountInfo>& account, AccountState state);
    // What the feed says when the account's state changes: how to sign in (SignedOut), why and how
    // to sign in again (NeedsSignIn, with `reason` above the feed), nothing in the way (SignedIn).
    void presentAccountState(AccountState state, const QString& reason = {});
    // Shows the account `accounts` runs: who, its state, its picture, what it has to say.
    void attachTo(AccountController* accounts);
    [[nodiscard]] AccountState accountState() const { return m_accountState; }
    // The account's photo (image file bytes); empty or unreadable: initials instead.
    void setAccountPhoto(const QByteArray& imageData);
    [[nodiscard]] bool hasAccountPhoto() const { return !m_photo.isNull(); }
    // A line above the feed that needs the person (sign in again, no keychain…); an empty text
    // takes it back. With `actionText`, a button that emits noticeActionTriggered(). One banner
    // shows the most important of these and the subscriptions' problems; see updateBanner().
    void showNotice(const QString& text, const QString& actionText = {});
    // What the banner says now (empty: it is hidden).
    [[nodiscard]] QString noticeText() const;
    // A button in the "no events" empty state (e.g. "Sign in…"); empty: none. It emits
    // emptyActionTriggered(), or followRequested() when `follows`.
    void setEmptyAction(const QString& text, bool follows = false);
    // Asks whether to keep this computer's copy of the feed, then emits signOutRequested().
    void askSignOut();
    // Shown in the status bar for a few seconds.
    void showMessage(const QString& message);
    // Brings event `storeId` into the feed (reading older pages until it is loaded), widens a
    // filter that hides it, then selects it and scrolls to it. False (and a word in the status
    // bar) when the feed has no row for it any more.
    bool revealEvent(qint64 storeId);

    // Keeps the geometry and the filter in the settings (on closing, and when the app quits from
    // the tray with the window open: no close event then).
    void saveState();

    // Closing the window hides it (the app goes on in the tray) instead of closing it.
    void setCloseToTray(bool enabled);
    [[nodiscard]] bool closesToTray() const { return m_closeToTray; }

    // What needs the person, for the tray icon: nothing, offline (Asana cannot be reached), or a
    // problem (a subscription failed, the account must sign in again, the disk refuses) — with
    // the banner's words. Rate limits and backing off pass by themselves: not a problem here.
    enum class Attention { None, Offline, Problem };
    [[nodiscard]] Attention attention() const { return m_attention; }
    [[nodiscard]] QString attentionText() const { return m_attentionText; }
    // The subscriptions' line of the status bar ("All 4 followed items live").
    [[nodiscard]] QString subscriptionsLine() const;
    [[nodiscard]] QAction* quitAction() const { return m_quitAction; }
    [[nodiscard]] QAction* aboutAction() const { return m_aboutAction; }
    // What Help ▸ About says: the version, what the app does, its homepage and the Qt it runs on.
    [[nodiscard]] static QString aboutText();

    [[nodiscard]] FeedView* feedView() const { return m_view; }
    [[nodiscard]] QToolButton* accountButton() const { return m_accountButton; }
    [[nodiscard]] QMenu* accountMenu() const { return m_accountMenu; }
    [[nodiscard]] QPushButton* noticeButton() const { return m_noticeButton; }
    [[nodiscard]] QAction* markAllReadAction() const { return m_markAllRead; }
    [[nodiscard]] QMenu* feedMenu() const { return m_feedMenu; }
    [[nodiscard]] QPushButton* emptyActionButton() const { return m_emptyAction; }
    // "Settings…" (QKeySequence::Preferences, else Ctrl+,): emits settingsRequested().
    [[nodiscard]] QAction* settingsAction() const { return m_settingsAction; }
    // "Follow Projects and Tasks…" (Ctrl+N, and in the account menu).
    [[nodiscard]] QAction* followAction() const { return m_followAction; }
    // The open "sign out?" question, if any (tests answer it).
    [[nodiscard]] QMessageBox* signOutQuestion() const { return m_signOutQuestion; }
    [[nodiscard]] FilterBar* filterBar() const { return m_filterBar; }
    [[nodiscard]] QLabel* demoBadge() const { return m_badge; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool showsEmptyState() const;
    [[nodiscard]] QString emptyStateText() const;

signals:
    void signInRequested();
    void signOutRequested(bool removeHistory);
    void noticeActionTriggered();
    void emptyActionTriggered();
    // The person wants to choose what to follow.
    void followRequested();
    // The person wants to change the settings.
    void settingsRequested();
    // The window was hidden or minimized (false), or is on screen again (true).
    void seenChanged(bool seen);
    // The person asked to try a failed subscription again (an empty gid: every failed one).
    void retryRequested(const QString& gid);
    // The window was closed to the tray (see setCloseToTray()).
    void closedToTray();
    // The person asked to quit the app (File ▸ Quit), not only to close the window.
    void quitRequested();
    // attention(), attentionText() or subscriptionsLine() changed.
    void attentionChanged();
    // The feed's rows on screen and just below it (the EventModel's rows), once scrolling settles,
    // and the ones the filter shows after those.
    void rowsShown(const QList<int>& modelRows, const QList<int>& nextRows);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenu();
    void updateEmptyState();
    void updateStatus();
    void updateBanner();
    void updateLastUpdate();
    void updateUnread(int count);
    void updateAccountButton();
    void rebuildAccountMenu();
    void updateFollowAction();
    void updateSeen();
    void updateOnScreen();

    EventModel* m_model = nullptr;
    EventFilterModel* m_proxy = nullptr;
    AsanaFeed::Settings* m_settings = nullptr;
    bool m_demo = false;
    bool m_seen = false;    // on screen: shown and not minimized
    bool m_looking = false; // m_seen, and the active window
    SeenTracker* m_seenTracker = nullptr;
    bool m_following = false;
    bool m_emptyActionFollows = false;
    QAction* m_followAction = nullptr;
    FilterBar* m_filterBar = nullptr;
    QLabel* m_badge = nullptr;
    QToolButton* m_accountButton = nullptr;
    QMenu* m_accountMenu = nullptr;
    std::optional<AccountInfo> m_account;
    AccountState m_accountState = AccountState::SignedOut;
    QPixmap m_photo;
    QWidget* m_notice = nullptr;
    QLabel* m_noticeIcon = nullptr;
    QLabel* m_noticeText = nullptr;
    QPushButton* m_noticeButton = nullptr;
    QString m_noticeMessage; // what showNotice() was given
    QString m_noticeAction;
    QString m_bannerKey;    // what the banner shows now
    QString m_dismissedKey; // what the person dismissed (shown again once something else was)
    bool m_bannerRetries = false;
    QString m_retryGid;
    QMenu* m_feedMenu = nullptr;
    QAction* m_markAllRead = nullptr;
    QAction* m_settingsAction = nullptr;
    QPushButton* m_emptyAction = nullptr;
    QPointer<QMessageBox> m_signOutQuestion;
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
    FeedHealth m_health;
    bool m_closeToTray = false;
    Attention m_attention = Attention::None;
    QString m_attentionText;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QDateTime m_lastUpdateAt;
    QString m_diskNotice; // the notice shown while pages cannot be saved
    QTimer m_clockTimer;
};

} // namespace AsanaFeed
