// TrayPopup: the compact drop-down a click on the tray icon opens, anchored at the icon the way
// tray notifiers do — a header with the unread count and what is wrong (if anything), the newest
// events (sentence, time, project; a click opens the event, buttons mark it read or done through
// the model's setData()), and
// the commands (Open Feed, Mark All Read, and a menu with the rest). It shows what the tray's
// row model holds; everything it does goes back through its signals or the model's setData().
#pragma once

#include <QFrame>
#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>

class QAbstractItemModel;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace AsanaFeed {

class TrayPopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayPopup)

public:
    static constexpr int maxRows = 6;

    // `rows` (the tray's view of the feed, newest first) must outlive the popup; `menu` holds the
    // commands that have no button of their own (pause, settings, sign out, quit).
    TrayPopup(QAbstractItemModel* rows, QMenu* menu, QWidget* parent = nullptr);

    void setCount(int unread);
    // A line under the title: what is wrong (`problem`: in the error colour) or how things are.
    void setStatus(const QString& text, bool problem);
    // Opens next to `anchor` (the tray icon's rectangle on screen; empty: near the pointer),
    // inside the screen's available area, below the icon on a top panel and above it otherwise.
    void popupAt(const QRect& anchor);
    [[nodiscard]] static QPoint placement(const QRect& anchor, const QSize& size, const QRect& available);

    // For tests: the rows shown, their index in the rows model, and their buttons.
    [[nodiscard]] int shownRows() const { return int(m_shown.size()); }
    [[nodiscard]] QPersistentModelIndex shownIndex(int i) const { return m_shown.value(i); }
    [[nodiscard]] QWidget* rowWidget(int i) const { return m_rowWidgets.value(i); }
    [[nodiscard]] QToolButton* readButton(int i) const;
    [[nodiscard]] QToolButton* doneButton(int i) const;
    [[nodiscard]] QPushButton* openFeedButton() const { return m_openFeed; }
    [[nodiscard]] QPushButton* markAllReadButton() const { return m_markAllRead; }
    [[nodiscard]] QToolButton* moreButton() const { return m_more; }
    [[nodiscard]] QString emptyText() const;

signals:
    void openFeedRequested();
    void markAllReadRequested();
    // The row was clicked: open it (in Asana, or in the feed when it has no link).
    void rowActivated(const QModelIndex& index);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void scheduleRebuild();
    QWidget* makeRow(const QModelIndex& index);

    QAbstractItemModel* m_rows = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_empty = nullptr;
    QVBoxLayout* m_list = nullptr;
    QPushButton* m_openFeed = nullptr;
    QPushButton* m_markAllRead = nullptr;
    QToolButton* m_more = nullptr;
    QList<QPersistentModelIndex> m_shown;
    QList<QWidget*> m_rowWidgets;
    bool m_problem = false;
    bool m_rebuildQueued = false;
};

} // namespace AsanaFeed
