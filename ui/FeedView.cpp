#include "FeedView.h"

#include "EventDelegate.h"
#include "feed/EventFormatter.h"
#include "feed/EventModel.h"
#include "feed/EventRoles.h"

#include <QDesktopServices>
#include <QKeyEvent>
#include <QScrollBar>

namespace AsanaFeed {

using namespace EventRoles;

namespace {
constexpr int maxRefreshMs = 30'000;
constexpr int minRefreshMs = 1'000;
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

void FeedView::scheduleRefresh()
{
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
    if (m_opener) {
        m_opener(url);
    }
    return true;
}

bool FeedView::toggleRead(const QModelIndex& index)
{
    if (!index.isValid() || index.data(IsGapRole).toBool()) {
        return false;
    }
    return model()->setData(index, !index.data(UnreadRole).toBool(), UnreadRole);
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
