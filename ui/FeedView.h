// FeedView: the list of events. Keyboard first — j/k or arrows move, Enter or a double-click
// opens the event in Asana (https links to Asana's host only, through an injectable opener),
// Space toggles read, E toggles done — and relative times refresh by repainting the viewport, nothing else.
// It holds still: while the person reads further down, newer events arriving above keep the
// row they read in its place and are counted on a "N new" pill that goes up to them; rows leaving
// above it (marked done) do not move it either. A context menu acts on one row (open, copy the
// link, read or unread, done or not, hide its project or its person).
#pragma once

#include <QHash>
#include <QListView>
#include <QMenu>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace AsanaFeed {

class EventDelegate;
class NewEventsPill;

class FeedView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedView)

public:
    using UrlOpener = std::function<void(const QUrl&)>;

    explicit FeedView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;

    [[nodiscard]] EventDelegate* eventDelegate() const { return m_delegate; }
    // Compact rows (EventDelegate::setCompact()), laid out again at once.
    void setCompactRows(bool compact);
    // Replaces QDesktopServices::openUrl (tests capture the URL instead of launching a browser).
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    // False: links lead nowhere (the demo's tasks are not in Asana). Opening a row then marks it
    // read and emits linkNotOpened() instead, and no link can be copied.
    void setLinksOpen(bool open) { m_linksOpen = open; }
    // The subscriptions' names, for "Hide events in Launch plan".
    void setSubscriptionNames(const QHash<QString, QString>& names) { m_subscriptionNames = names; }
    // The window's "Mark all read" (with its shortcut), offered in the context menu too.
    void setMarkAllReadAction(QAction* action) { m_markAllRead = action; }
    // Opening a row in Asana marks it done too (Settings::doneOnOpen).
    void setDoneOnOpen(bool done) { m_doneOnOpen = done; }
    [[nodiscard]] bool doneOnOpen() const { return m_doneOnOpen; }

    // Opens the row's Asana link, if it has an openable one, and marks the row read (and done,
    // with setDoneOnOpen).
    bool openIndex(const QModelIndex& index);
    bool toggleRead(const QModelIndex& index);
    bool toggleDone(const QModelIndex& index);
    void copyLink(const QModelIndex& index);

    // The context menu for the row at `index` (the caller owns it), and the one open now, if any.
    [[nodiscard]] QMenu* createContextMenu(const QModelIndex& index, QWidget* parent);
    [[nodiscard]] QMenu* contextMenu() const { return m_contextMenu; }

    // The rows on screen, and `ahead` more below them (what the person is about to see).
    [[nodiscard]] QModelIndexList shownRows(int ahead) const;
    // The rows a person can read now: at least half of each inside the viewport, the view shown.
    [[nodiscard]] QModelIndexList rowsOnScreen() const;

    // Selects `index` and scrolls it to the middle of the view, however far down it is.
    void reveal(const QModelIndex& index);
    // Up to the newest event; the pill goes.
    void scrollToNewest();
    [[nodiscard]] bool isAtTop() const;
    [[nodiscard]] NewEventsPill* newEventsPill() const { return m_pill; }

signals:
    void searchRequested();
    void hideSubscriptionRequested(const QString& gid);
    void hidePersonRequested(const QString& gid);
    // A row was opened while links are off (see setLinksOpen).
    void linkNotOpened(const QUrl& url);
    // Which rows are on screen changed (scrolled, resized, rows came or went), once things
    // settle: shownRows() says which.
    void shownRowsChanged();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void rowsInserted(const QModelIndex& parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end) override;
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles = QList<int>()) override;
    bool viewportEvent(QEvent* event) override;

private:
    // Lays every row out at once (QListView does it in batches while painting).
    void layOutNow();
    void scheduleRefresh();
    void rowsAboutToBeInserted(const QModelIndex& parent, int start, int end);
    void rowsRemovedAbove(const QModelIndex& parent, int start, int end);
    // Scrolls so that `anchor`'s bottom edge is at `bottom` again, after rows came or went above it.
    void restoreAnchor(const QPersistentModelIndex& anchor, int bottom);
    void forgetNewEvents();
    void placePill();

    EventDelegate* m_delegate = nullptr;
    UrlOpener m_opener;
    bool m_linksOpen = true;
    bool m_doneOnOpen = false;
    QHash<QString, QString> m_subscriptionNames;
    QPointer<QAction> m_markAllRead;
    QPointer<QMenu> m_contextMenu;
    QTimer m_refresh;
    QTimer m_shownChanged; // settles scrolling and arrivals into one shownRowsChanged()
    QList<QMetaObject::Connection> m_modelConnections;
    // The row the person reads while rows are inserted above it, and where its bottom edge was.
    QPersistentModelIndex m_anchor;
    int m_anchorBottom = 0;
    // The same for rows about to leave above the row the person reads.
    QPersistentModelIndex m_removalAnchor;
    int m_removalAnchorBottom = 0;
    NewEventsPill* m_pill = nullptr;
    int m_newCount = 0;
};

} // namespace AsanaFeed
