// FeedView: the list of events. Keyboard first — j/k or arrows move, Enter or a double-click
// opens the event in Asana (https links to Asana's host only, through an injectable opener),
// Space toggles read — and relative times refresh by repainting the viewport, nothing else.
#pragma once

#include <QListView>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace AsanaFeed {

class EventDelegate;

class FeedView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedView)

public:
    using UrlOpener = std::function<void(const QUrl&)>;

    explicit FeedView(QWidget* parent = nullptr);

    [[nodiscard]] EventDelegate* eventDelegate() const { return m_delegate; }
    // Replaces QDesktopServices::openUrl (tests capture the URL instead of launching a browser).
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    // Opens the row's Asana link, if it has an openable one, and marks the row read.
    bool openIndex(const QModelIndex& index);
    bool toggleRead(const QModelIndex& index);

signals:
    void searchRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void scheduleRefresh();

    EventDelegate* m_delegate = nullptr;
    UrlOpener m_opener;
    QTimer m_refresh;
};

} // namespace AsanaFeed
