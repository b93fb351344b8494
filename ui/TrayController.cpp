#include "TrayController.h"

#include "EventDelegate.h"
#include "PlainText.h"
#include "TrayPopup.h"
#include "feed/EventModel.h"
#include "feed/EventRoles.h"
#include "store/Settings.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDesktopServices>
#include <QLocale>
#include <QMenu>
#include <QTimer>

namespace AsanaFeed {

using namespace EventRoles;

namespace {

constexpr int tooltipEvents = 3;
constexpr int tooltipScanRows = 500;

} // namespace

TrayController::TrayController(QAbstractItemModel* rows, Settings* settings, QObject* parent)
    : QObject(parent)
    , m_rows(rows)
    , m_settings(settings)
    , m_opener([](const QUrl& url) { QDesktopServices::openUrl(url); })
{
    m_icon = new QSystemTrayIcon(this);
    buildMenu();
    m_popup = new TrayPopup(m_rows, m_more);
    connect(m_popup, &TrayPopup::openFeedRequested, this, &TrayController::openFeedRequested);
    connect(m_popup, &TrayPopup::markAllReadRequested, this, &TrayController::markAllReadRequested);
    connect(m_popup, &TrayPopup::rowActivated, this, &TrayController::openRow);
    connect(m_icon, &QSystemTrayIcon::activated, this, &TrayController::onActivated);
    // The tooltip lists the newest events: kept current as they come and are read.
    // (Once per turn of the event loop however many rows changed: details fill rows in bursts.)
    connect(m_rows, &QAbstractItemModel::rowsInserted, this, &TrayController::scheduleUpdate);
    connect(m_rows, &QAbstractItemModel::rowsRemoved, this, &TrayController::scheduleUpdate);
    connect(m_rows, &QAbstractItemModel::modelReset, this, &TrayController::scheduleUpdate);
    connect(m_rows, &QAbstractItemModel::dataChanged, this, &TrayController::scheduleUpdate);
    if (m_settings) {
        connect(m_settings, &Settings::changed, this, &TrayController::updatePause);
    }
    updatePause();
    update();
}

TrayController::~TrayController()
{
    delete m_popup; // a top-level window of its own: not a child
    delete m_menu;
    delete m_more;
}

bool TrayController::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::show()
{
    m_icon->show();
}

void TrayController::hide()
{
    m_popup->close();
    m_icon->hide();
}

void TrayController::buildMenu()
{
    m_menu = new QMenu;
    m_more = new QMenu;
    m_open = new QAction(tr("Open Feed"), this);
    connect(m_open, &QAction::triggered, this, &TrayController::openFeedRequested);
    m_markAllRead = new QAction(tr("Mark All Read"), this);
    connect(m_markAllRead, &QAction::triggered, this, &TrayController::markAllReadRequested);

    m_pauseMenu = new QMenu(tr("Pause Notifications"), m_menu);
    const QList<QString> pauses = {tr("For an Hour"), tr("Until Tomorrow"), tr("Until I Resume")};
    for (int i = 0; i < pauses.size(); ++i) {
        QAction* action = m_pauseMenu->addAction(pauses.at(i));
        connect(action, &QAction::triggered, this, [this, i] {
            if (!m_settings) {
                return;
            }
            if (i == 0) {
                m_settings->setNotificationsPausedUntil(now().addSecs(3600));
            } else if (i == 1) {
                m_settings->setNotificationsPausedUntil(tomorrowMorning(now()));
            } else {
                m_settings->pauseNotificationsUntilResumed();
            }
        });
        m_pauses.append(action);
    }
    m_resume = new QAction(tr("Resume Notifications"), this);
    connect(m_resume, &QAction::triggered, this, [this] {
        if (m_settings) {
            m_settings->setNotificationsPausedUntil({});
        }
    });
    auto* settingsAction = new QAction(tr("Settings…"), this);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &TrayController::settingsRequested);
    m_signOut = new QAction(tr("Sign Out…"), this);
    m_signOut->setVisible(false); // until someone is signed in
    connect(m_signOut, &QAction::triggered, this, &TrayController::signOutRequested);
    auto* quit = new QAction(tr("Quit Asana Feed"), this);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &TrayController::quitRequested);

    // The icon's menu has everything; the drop-down's "More" what its buttons do not.
    m_menu->addAction(m_open);
    m_menu->addAction(m_markAllRead);
    m_menu->addSeparator();
    for (QMenu* menu : {m_menu, m_more}) {
        menu->addAction(m_pauseMenu->menuAction());
        menu->addAction(m_resume);
        menu->addAction(settingsAction);
        menu->addSeparator();
        menu->addAction(m_signOut);
        menu->addAction(quit);
    }
#ifndef Q_OS_MACOS
    // On macOS a click on a menu-bar item opens its menu; the drop-down is that click's answer.
    m_icon->setContextMenu(m_menu);
#endif
}

QAction* TrayController::pauseAction(int which) const
{
    return m_pauses.value(which);
}

QDateTime TrayController::tomorrowMorning(const QDateTime& now)
{
    const QDateTime local = now.toLocalTime();
    return QDateTime(local.date().addDays(1), QTime(8, 0), Qt::LocalTime);
}

void TrayController::setUnreadCount(int count)
{
    count = std::max(0, count);
    if (count != m_count) {
        m_count = count;
        m_popup->setCount(count);
        update();
    }
}

void TrayController::setProblem(Problem problem, const QString& text)
{
    if (problem != m_problem || text != m_problemText) {
        m_problem = problem;
        m_problemText = text;
        update();
    }
}

void TrayController::setStatusLine(const QString& text)
{
    if (text != m_statusLine) {
        m_statusLine = text;
        update();
    }
}

void TrayController::setSignedIn(bool signedIn)
{
    m_signOut->setVisible(signedIn);
}

void TrayController::updatePause()
{
    const QDateTime until = m_settings ? m_settings->notificationsPausedUntil() : QDateTime();
    const bool paused = until.isValid() && until > now();
    m_resume->setVisible(paused);
    m_pauseMenu->menuAction()->setVisible(!paused);
    m_pauseMenu->menuAction()->setEnabled(m_settings != nullptr);
    if (paused) {
        m_resume->setText(m_settings->notificationsPausedUntilResumed()
                              ? tr("Resume Notifications (Paused)")
                              : tr("Resume Notifications (Paused until %1)")
                                    .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)));
    }
    update();
}

QString TrayController::toolTip() const
{
    QStringList lines = {tr("Asana Feed")};
    lines.append(m_count > 0 ? tr("%n unread", nullptr, m_count) : tr("All caught up"));
    if (m_problem != Problem::None && !m_problemText.isEmpty()) {
        lines.append(EventDelegate::measurable(m_problemText, 120));
    }
    if (m_resume->isVisible()) {
        lines.append(tr("Notifications paused"));
    }
    int listed = 0;
    // The newest unread are near the top: a long feed read to the end is not scanned whole.
    const int scan = std::min(m_rows->rowCount(), tooltipScanRows);
    for (int r = 0; r < scan && listed < tooltipEvents; ++r) {
        const QModelIndex index = m_rows->index(r, 0);
        if (index.data(IsGapRole).toBool() || !index.data(UnreadRole).toBool()) {
            continue;
        }
        // One line each, short: some desktops cut a tooltip long before this.
        QString sentence = EventDelegate::measurable(index.data(SentenceRole).toString(), 80);
        if (sentence.size() > 60) {
            sentence = sentence.left(59) + QChar(0x2026);
        }
        lines.append(QStringLiteral("• ") + sentence);
        ++listed;
    }
    return lines.join(QLatin1Char('\n'));
}

void TrayController::scheduleUpdate()
{
    if (!m_updateQueued) {
        m_updateQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_updateQueued = false;
            update();
        });
    }
}

void TrayController::update()
{
    TrayIconArt::State state = TrayIconArt::State::Idle;
    if (m_problem == Problem::Error) {
        state = TrayIconArt::State::Problem;
    } else if (m_problem == Problem::Offline) {
        state = TrayIconArt::State::Offline;
    } else if (m_count > 0) {
        state = TrayIconArt::State::Unread;
    }
    const int iconCount = state == TrayIconArt::State::Unread ? m_count : 0;
    if (!m_drawn || state != m_state || iconCount != m_iconCount) {
        m_state = state;
        m_iconCount = iconCount;
        m_drawn = true;
        m_icon->setIcon(TrayIconArt::icon(state, iconCount));
    }
    m_markAllRead->setEnabled(m_count > 0);
    m_popup->setStatus(m_problem != Problem::None ? m_problemText : m_statusLine, m_problem != Problem::None);
    const QString tip = toolTip();
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    m_icon->setToolTip(tip); // shown by the system, as plain text
#else
    m_icon->setToolTip(PlainText::toolTip(tip)); // Qt or the panel may take it for markup
#endif
}

void TrayController::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    switch (reason) {
    case QSystemTrayIcon::Trigger:
        if (m_popup->isVisible()) {
            m_popup->close();
        } else {
            openPopup();
        }
        break;
    case QSystemTrayIcon::DoubleClick:
        m_popup->close();
        emit openFeedRequested();
        break;
    case QSystemTrayIcon::Context:
    case QSystemTrayIcon::MiddleClick:
    case QSystemTrayIcon::Unknown:
        break;
    }
}

void TrayController::openPopup()
{
    m_popup->popupAt(m_icon->geometry());
}

void TrayController::openRow(const QModelIndex& index)
{
    const QUrl url = index.data(UrlRole).toUrl();
    if (m_linksOpen && EventModel::isOpenableUrl(url) && m_opener) {
        const QPersistentModelIndex row(index);
        if (row.data(UnreadRole).toBool()) {
            m_rows->setData(row, false, UnreadRole);
        }
        m_opener(url);
        if (row.isValid() && m_settings && m_settings->doneOnOpen()) {
            m_rows->setData(row, true, DoneRole); // as the feed does when it opens a row
        }
        return;
    }
    // Nowhere to go in Asana (the demo, an event without a link): the feed shows it.
    emit showEventRequested(index.data(EventIdRole).toLongLong());
}

} // namespace AsanaFeed
