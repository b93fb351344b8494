#include "FeedView.h"

#include "EventDelegate.h"
#include "NewEventsPill.h"
#include "PlainText.h"
#include "feed/EventFormatter.h"
#include "feed/EventModel.h"
#include "feed/EventRoles.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <utility>

namespace AsanaFeed {

using namespace EventRoles;

namespace {
constexpr int maxRefreshMs = 30'000;
constexpr int minRefreshMs = 1'000;
// Names in menu entries are cut here: a menu as wide as the screen helps nobody.
constexpr qsizetype maxMenuName = 40;
// A comment's tooltip shows this much of it (lines, characters a line): the whole is in Asana.
constexpr int maxToolTipLines = 30;
constexpr qsizetype maxToolTipChars = 500;
} // namespace

FeedView::FeedView(QWidget* parent)
    : QListView(parent)
    , m_delegate(new EventDelegate(this))
    , m_opener([](const QUrl& url) { QDesktopServices::openUrl(url); })
{
    setItemDelegate(m_delegate);
    setAccessibleName(tr("Events"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(false); // rows that start a day carry a header
    setLayoutMode(QListView::Batched);
    setBatchSize(200);
    setResizeMode(QListView::Adjust);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    verticalScrollBar()->setSingleStep(fontMetrics().height());

    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) { openIndex(index); });

    m_pill = new NewEventsPill(this); // over the viewport, not in it: it must not scroll with the rows
    m_pill->hide();
    connect(m_pill, &NewEventsPill::clicked, this, &FeedView::scrollToNewest);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (isAtTop()) {
            forgetNewEvents(); // the person sees them now
        }
        m_shownChanged.start();
    });
    m_shownChanged.setSingleShot(true);
    m_shownChanged.setInterval(150);
    connect(&m_shownChanged, &QTimer::timeout, this, &FeedView::shownRowsChanged);

    // One timer for every relative time on screen: it fires when the first visible time changes
    // its wording ("just now" → "1 min ago"), at most every 30 s, and repaints the viewport only.
    m_refresh.setSingleShot(true);
    m_refresh.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        viewport()->update();
        scheduleRefresh();
    });
    scheduleRefresh();
}

void FeedView::showEvent(QShowEvent* event)
{
    QListView::showEvent(event);
    viewport()->update(); // the times may read differently now
    scheduleRefresh();
}

void FeedView::hideEvent(QHideEvent* event)
{
    QListView::hideEvent(event);
    m_refresh.stop(); // nobody reads the times of a hidden feed: no reason to wake up for them
}

void FeedView::scheduleRefresh()
{
    if (!isVisible()) {
        return;
    }
    int wait = maxRefreshMs;
    if (model()) {
        const QDateTime now = m_delegate->now();
        const QModelIndex first = indexAt(QPoint(1, 1));
        // The newest visible row changes wording first; checking a screenful is cheap anyway.
        for (int row = first.isValid() ? first.row() : 0, n = 0; row < model()->rowCount() && n < 40; ++row, ++n) {
            const QDateTime when = model()->index(row, 0).data(CreatedAtRole).toDateTime();
            const QDateTime next = EventFormatter::nextChange(when, now);
            if (next.isValid()) {
                wait = int(qBound(qint64(minRefreshMs), now.msecsTo(next) + 50, qint64(wait)));
            }
        }
    }
    m_refresh.start(wait);
}

void FeedView::setModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_modelConnections)) {
        disconnect(connection);
    }
    m_modelConnections.clear();
    m_anchor = QPersistentModelIndex();
    m_removalAnchor = QPersistentModelIndex();
    forgetNewEvents();
    QListView::setModel(model);
    if (!model) {
        return;
    }
    m_modelConnections = {
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &FeedView::rowsAboutToBeInserted),
        // After the view's own handling (connected by QListView::setModel above).
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FeedView::rowsRemovedAbove),
        // Another filter: what was new above may not be there any more.
        connect(model, &QAbstractItemModel::modelReset, this, &FeedView::forgetNewEvents),
        connect(model, &QAbstractItemModel::layoutChanged, this, &FeedView::forgetNewEvents),
        // Other rows on screen.
        connect(model, &QAbstractItemModel::rowsInserted, &m_shownChanged, qOverload<>(&QTimer::start)),
        connect(model, &QAbstractItemModel::rowsRemoved, &m_shownChanged, qOverload<>(&QTimer::start)),
        connect(model, &QAbstractItemModel::modelReset, &m_shownChanged, qOverload<>(&QTimer::start)),
        connect(model, &QAbstractItemModel::layoutChanged, &m_shownChanged, qOverload<>(&QTimer::start)),
    };
    m_shownChanged.start();
}

bool FeedView::isAtTop() const
{
    return verticalScrollBar()->value() <= verticalScrollBar()->minimum();
}

void FeedView::rowsAboutToBeInserted(const QModelIndex& parent, int start, int /*end*/)
{
    if (parent.isValid() || isAtTop()) {
        return; // at the top, new rows simply appear
    }
    // The row at the top edge of the viewport, unless the new rows come below it (older pages).
    const QModelIndex first = indexAt(QPoint(viewport()->width() / 2, 0));
    if (!first.isValid() || first.row() < start) {
        return;
    }
    m_anchor = first;
    // Its bottom edge, not its top: a row that loses its day header above the new rows keeps its
    // sentence in place.
    m_anchorBottom = visualRect(first).bottom();
}

void FeedView::setCompactRows(bool compact)
{
    if (m_delegate->isCompact() == compact) {
        return;
    }
    m_delegate->setCompact(compact);
    // Every row's height changes: the row at the top stays the row at the top.
    const QModelIndex top = indexAt(QPoint(0, 0));
    const bool atTop = isAtTop();
    doItemsLayout();
    if (top.isValid() && !atTop) {
        scrollTo(top, PositionAtTop);
    }
    viewport()->update();
}

void FeedView::rowsInserted(const QModelIndex& parent, int start, int end)
{
    QListView::rowsInserted(parent, start, end);
    if (!m_anchor.isValid()) {
        return;
    }
    restoreAnchor(std::exchange(m_anchor, QPersistentModelIndex()), m_anchorBottom);

    int events = 0;
    for (int row = start; row <= end; ++row) {
        events += model()->index(row, 0).data(IsGapRole).toBool() ? 0 : 1;
    }
    if (events > 0 && !isAtTop()) {
        m_newCount += events;
        m_pill->setCount(m_newCount);
        placePill();
        m_pill->show();
        m_pill->raise();
    }
}

void FeedView::layOutNow()
{
    // Rows are laid out in batches as they are painted: where a row far down lies is known only
    // once everything above it is laid out.
    const LayoutMode mode = layoutMode();
    setLayoutMode(SinglePass);
    doItemsLayout();
    setLayoutMode(mode);
}

void FeedView::reveal(const QModelIndex& index)
{
    setCurrentIndex(index);
    layOutNow();
    scrollTo(index, PositionAtCenter);
}

void FeedView::restoreAnchor(const QPersistentModelIndex& anchor, int bottom)
{
    if (!anchor.isValid()) {
        return;
    }
    // The rows' positions are needed now, not batch by batch later: lay out everything at once,
    // then scroll by exactly what came or went above the anchor.
    layOutNow();
    verticalScrollBar()->setValue(rectForIndex(anchor).bottom() - bottom);
}

void FeedView::rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end)
{
    // Measured before QListView forgets the rows' layout.
    m_removalAnchor = QPersistentModelIndex();
    const QModelIndex first = indexAt(QPoint(viewport()->width() / 2, 0));
    // Rows leaving above the screen, or the one cut by its top edge (marked done elsewhere: the
    // tray, another row's menu): the first row below them that is on screen stays where it is.
    // Rows leaving further down simply close up, as a person expects of the row they acted on.
    if (!parent.isValid() && !isAtTop() && first.isValid() && start <= first.row()) {
        const QModelIndex anchor = model()->index(std::max(first.row(), end + 1), 0);
        const QRect rect = visualRect(anchor);
        if (anchor.isValid() && rect.isValid() && rect.top() < viewport()->height()) {
            m_removalAnchor = anchor;
            m_removalAnchorBottom = rect.bottom();
        }
    }
    QListView::rowsAboutToBeRemoved(parent, start, end);
}

void FeedView::rowsRemovedAbove(const QModelIndex& parent, int /*start*/, int /*end*/)
{
    if (parent.isValid()) {
        return;
    }
    restoreAnchor(std::exchange(m_removalAnchor, QPersistentModelIndex()), m_removalAnchorBottom);
}

void FeedView::scrollToNewest()
{
    scrollToTop();
    forgetNewEvents();
}

void FeedView::forgetNewEvents()
{
    m_newCount = 0;
    if (m_pill) {
        m_pill->hide();
        m_pill->setCount(0);
    }
}

void FeedView::placePill()
{
    const QRect area = viewport()->geometry();
    const QSize size = m_pill->sizeHint();
    m_pill->setGeometry(area.center().x() - size.width() / 2, area.top() + fontMetrics().height() / 2, size.width(),
                        size.height());
}

void FeedView::resizeEvent(QResizeEvent* event)
{
    QListView::resizeEvent(event);
    placePill();
    m_shownChanged.start();
}

QModelIndexList FeedView::rowsOnScreen() const
{
    QModelIndexList rows;
    if (!model() || !isVisible()) {
        return rows;
    }
    const int height = viewport()->height();
    const QModelIndex first = indexAt(QPoint(viewport()->width() / 2, 0));
    for (int row = first.isValid() ? first.row() : model()->rowCount(); row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        const QRect rect = visualRect(index);
        if (!rect.isValid() || rect.top() >= height) {
            break;
        }
        const int inside = std::min(rect.bottom() + 1, height) - std::max(rect.top(), 0);
        if (inside * 2 >= rect.height()) {
            rows.append(index);
        }
    }
    return rows;
}

QModelIndexList FeedView::shownRows(int ahead) const
{
    QModelIndexList rows;
    if (!model() || model()->rowCount() == 0) {
        return rows;
    }
    const QModelIndex first = indexAt(QPoint(viewport()->width() / 2, 0));
    if (!first.isValid()) {
        return rows;
    }
    const int height = viewport()->height();
    int after = 0;
    for (int row = first.row(); row < model()->rowCount() && after <= ahead; ++row) {
        const QModelIndex index = model()->index(row, 0);
        rows.append(index);
        const QRect rect = visualRect(index);
        if (!rect.isValid() || rect.top() >= height) {
            ++after; // below the viewport (or not laid out yet): the ones the person is about to see
        }
    }
    return rows;
}

void FeedView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    QListView::dataChanged(topLeft, bottomRight, roles);
    // A comment's text came: its row grows by a line or two.
    if (roles.isEmpty() || roles.contains(CommentRole)) {
        scheduleDelayedItemsLayout();
    }
}

bool FeedView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        // A comment's text is Asana's plain text: never guessed to be rich text.
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString text = indexAt(help->pos()).data(Qt::ToolTipRole).toString();
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(),
                               PlainText::toolTip(EventFormatter::excerpt(text, maxToolTipLines, maxToolTipChars)),
                               viewport(), visualRect(indexAt(help->pos())));
        }
        return true;
    }
    return QListView::viewportEvent(event);
}

bool FeedView::openIndex(const QModelIndex& index)
{
    if (!index.isValid()) {
        return false;
    }
    const QUrl url = index.data(UrlRole).toUrl();
    if (!EventModel::isOpenableUrl(url)) {
        return false;
    }
    if (index.data(UnreadRole).toBool()) {
        model()->setData(index, false, UnreadRole);
    }
    if (!m_linksOpen) {
        emit linkNotOpened(url);
        return false;
    }
    if (m_opener) {
        m_opener(url);
    }
    if (m_doneOnOpen && !index.data(DoneRole).toBool()) {
        // Last: the row may leave the view (and `index` go stale) with it.
        model()->setData(index, true, DoneRole);
    }
    return true;
}

void FeedView::copyLink(const QModelIndex& index)
{
    const QUrl url = index.data(UrlRole).toUrl();
    if (m_linksOpen && EventModel::isOpenableUrl(url)) {
        QGuiApplication::clipboard()->setText(url.toString());
    }
}

QMenu* FeedView::createContextMenu(const QModelIndex& index, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setAccessibleName(tr("Event actions"));
    if (!index.isValid()) {
        if (m_markAllRead) {
            menu->addAction(m_markAllRead);
        }
        return menu;
    }
    const QPersistentModelIndex row(index);
    const bool gap = index.data(IsGapRole).toBool();
    const bool linked = EventModel::isOpenableUrl(index.data(UrlRole).toUrl());

    QAction* open = menu->addAction(tr("Open in Asana"), this, [this, row] { openIndex(row); });
    open->setEnabled(linked);
    QAction* copy = menu->addAction(tr("Copy link"), this, [this, row] { copyLink(row); });
    copy->setEnabled(linked && m_linksOpen); // the demo's links lead nowhere
    menu->addSeparator();
    // The keys that do the same in the list, shown where a menu shows shortcuts. Only shown: as
    // real shortcuts they would take Space from the menu's own keyboard use.
    const auto withKey = [](const QString& text, Qt::Key key) -> QString {
        return text + QLatin1Char('\t') + QKeySequence(key).toString(QKeySequence::NativeText);
    };
    QAction* read = menu->addAction(
        withKey(index.data(UnreadRole).toBool() ? tr("Mark as Read") : tr("Mark as Unread"), Qt::Key_Space), this,
        [this, row] { toggleRead(row); });
    read->setEnabled(!gap);
    QAction* done =
        menu->addAction(withKey(index.data(DoneRole).toBool() ? tr("Mark as Not Done") : tr("Mark as Done"), Qt::Key_E),
                        this, [this, row] { toggleDone(row); });
    done->setEnabled(!gap);
    if (m_markAllRead) {
        menu->addAction(m_markAllRead);
    }

    menu->addSeparator();
    const QString subscription = index.data(SubscriptionRole).toString();
    if (!subscription.isEmpty()) {
        const QString name = m_subscriptionNames.value(subscription);
        const QString text = name.isEmpty() ? tr("Hide this project")
                                            : tr("Hide events in %1").arg(EventFormatter::cut(name, maxMenuName));
        menu->addAction(PlainText::actionText(text), this,
                        [this, subscription] { emit hideSubscriptionRequested(subscription); });
    }
    const QString person = index.data(ActorGidRole).toString();
    const QString personName = index.data(ActorNameRole).toString();
    if (!gap && !person.isEmpty()) {
        const QString text = personName.isEmpty()
                                 ? tr("Hide this person")
                                 : tr("Hide events by %1").arg(EventFormatter::cut(personName, maxMenuName));
        menu->addAction(PlainText::actionText(text), this, [this, person] { emit hidePersonRequested(person); });
    }
    return menu;
}

void FeedView::contextMenuEvent(QContextMenuEvent* event)
{
    QModelIndex index;
    QPoint at = event->globalPos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        index = currentIndex();
        if (index.isValid()) {
            at = viewport()->mapToGlobal(visualRect(index).center());
        }
    } else {
        index = indexAt(viewport()->mapFromGlobal(event->globalPos()));
        if (index.isValid()) {
            setCurrentIndex(index);
        }
    }
    if (m_contextMenu) {
        m_contextMenu->close();
    }
    m_contextMenu = createContextMenu(index, this);
    m_contextMenu->setAttribute(Qt::WA_DeleteOnClose);
    m_contextMenu->popup(at); // not exec(): no nested event loop
    event->accept();
}

bool FeedView::toggleRead(const QModelIndex& index)
{
    if (!index.isValid() || index.data(IsGapRole).toBool()) {
        return false;
    }
    return model()->setData(index, !index.data(UnreadRole).toBool(), UnreadRole);
}

bool FeedView::toggleDone(const QModelIndex& index)
{
    if (!index.isValid() || index.data(IsGapRole).toBool()) {
        return false;
    }
    return model()->setData(index, !index.data(DoneRole).toBool(), DoneRole);
}

void FeedView::keyPressEvent(QKeyEvent* event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain) {
        switch (event->key()) {
        case Qt::Key_J:
        case Qt::Key_K: {
            const QModelIndex next = moveCursor(event->key() == Qt::Key_J ? MoveDown : MoveUp, Qt::NoModifier);
            if (next.isValid()) {
                setCurrentIndex(next);
                scrollTo(next);
            }
            event->accept();
            return;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openIndex(currentIndex());
            event->accept();
            return;
        case Qt::Key_Space:
            toggleRead(currentIndex());
            event->accept();
            return;
        case Qt::Key_E:
            // Done, as in a mail client's "archive": the next row becomes the current one.
            toggleDone(currentIndex());
            event->accept();
            return;
        case Qt::Key_Slash:
            emit searchRequested();
            event->accept();
            return;
        default:
            break;
        }
    }
    QListView::keyPressEvent(event);
}

} // namespace AsanaFeed
