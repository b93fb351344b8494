#include "MainWindow.h"

#include "EventDelegate.h"
#include "FeedView.h"
#include "FilterBar.h"
#include "PlainText.h"
#include "auth/AccountController.h"
#include "feed/EventFilterModel.h"
#include "feed/EventModel.h"
#include "feed/EventRoles.h"
#include "feed/SeenTracker.h"
#include "store/Settings.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace AsanaFeed {

namespace {

// Rows below the screen whose details are asked for with the ones on it, and how many more
// after those may fill a request that has room.
constexpr int shownAhead = 10;
constexpr int fillAhead = 40;

// A round picture of the account: the photo, or initials on the person's colour.
QPixmap roundAvatar(const QPixmap& photo, const AccountInfo* account, int size, qreal ratio, bool dark)
{
    QPixmap result(QSize(size, size) * ratio);
    result.setDevicePixelRatio(ratio);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, size, size));
    painter.setClipPath(circle);
    if (!photo.isNull()) {
        painter.drawPixmap(QRect(0, 0, size, size), photo);
        return result;
    }
    const QString gid = account ? account->gid : QString();
    painter.fillRect(QRect(0, 0, size, size),
                     account ? EventDelegate::avatarColor(gid, dark) : QColor(0x8a, 0x8d, 0x93));
    QFont font = painter.font();
    font.setPixelSize(qMax(8, size * 2 / 5));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    const QString letters = account ? EventDelegate::initials(account->name.isEmpty() ? account->email : account->name)
                                    : QStringLiteral("?");
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, letters);
    return result;
}

} // namespace

MainWindow::MainWindow(EventModel* model, EventFilterModel* proxy, QWidget* parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_noEventsTitle(tr("No events yet"))
    , m_noEventsHint(tr("New activity in the projects you follow appears here as it happens."))
{
    setWindowTitle(tr("Asana Feed"));
    setAccessibleName(tr("Asana Feed"));
    // A comfortable default that never exceeds the screen (800×600 included).
    QSize size(960, 720);
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    }
    resize(size);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    const int margin = fontMetrics().height() / 2;
    layout->setContentsMargins(margin, margin, margin, 0);
    layout->setSpacing(margin / 2);

    auto* top = new QHBoxLayout;
    m_filterBar = new FilterBar(central);
    m_filterBar->setSourceModel(model);
    top->addWidget(m_filterBar, 1);
    m_badge = new QLabel(tr("Demo"), central);
    m_badge->setAccessibleName(tr("Demo mode: a simulated workspace, nothing is kept"));
    m_badge->setToolTip(tr("A simulated workspace on this computer: no account, nothing is kept."));
    m_badge->setAutoFillBackground(true);
    m_badge->setBackgroundRole(QPalette::Highlight);
    m_badge->setForegroundRole(QPalette::HighlightedText);
    m_badge->setMargin(margin / 2 + 1);
    QFont badgeFont = m_badge->font();
    badgeFont.setBold(true);
    m_badge->setFont(badgeFont);
    m_badge->setVisible(false);
    top->addWidget(m_badge, 0, Qt::AlignTop);
    m_accountButton = new QToolButton(central);
    m_accountButton->setAutoRaise(true);
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setAccessibleName(tr("Account"));
    m_accountMenu = new QMenu(m_accountButton);
    m_accountButton->setMenu(m_accountMenu);
    connect(m_accountMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildAccountMenu);
    top->addWidget(m_accountButton, 0, Qt::AlignTop);

    m_notice = new QWidget(central);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::AlternateBase);
    auto* noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(margin, margin / 2, margin / 2, margin / 2);
    m_noticeIcon = new QLabel(m_notice);
    const int iconSize = fontMetrics().height();
    m_noticeIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(QSize(iconSize, iconSize)));
    noticeLayout->addWidget(m_noticeIcon, 0, Qt::AlignTop);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setTextFormat(Qt::PlainText);
    m_noticeText->setWordWrap(true);
    m_noticeText->setAccessibleName(tr("Notice"));
    noticeLayout->addWidget(m_noticeText, 1);
    m_noticeButton = new QPushButton(m_notice);
    m_noticeButton->setAccessibleName(tr("Notice action"));
    connect(m_noticeButton, &QPushButton::clicked, this, [this] {
        if (m_bannerRetries) {
            emit retryRequested(m_retryGid);
        } else {
            emit noticeActionTriggered();
        }
    });
    noticeLayout->addWidget(m_noticeButton, 0, Qt::AlignVCenter);
    auto* dismiss = new QToolButton(m_notice);
    dismiss->setAutoRaise(true);
    dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss the notice"));
    connect(dismiss, &QToolButton::clicked, this, [this] {
        m_dismissedKey = m_bannerKey;
        m_notice->hide();
    });
    noticeLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_notice->setVisible(false);
    layout->addWidget(m_notice);
    layout->addLayout(top);

    m_stack = new QStackedWidget(central);
    m_view = new FeedView(m_stack);
    m_view->setModel(proxy);
    m_stack->addWidget(m_view);

    auto* empty = new QWidget(m_stack);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(2);
    m_emptyTitle = new QLabel(empty);
    m_emptyTitle->setTextFormat(Qt::PlainText);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    emptyLayout->addWidget(m_emptyTitle);
    m_emptyHint = new QLabel(empty);
    m_emptyHint->setTextFormat(Qt::PlainText);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    emptyLayout->addWidget(m_emptyHint);
    m_emptyClear = new QPushButton(tr("Clear filters"), empty);
    m_emptyClear->setAccessibleName(tr("Clear filters"));
    connect(m_emptyClear, &QPushButton::clicked, m_filterBar, &FilterBar::clear);
    emptyLayout->addWidget(m_emptyClear, 0, Qt::AlignHCenter);
    m_emptyAction = new QPushButton(empty);
    m_emptyAction->setAccessibleName(tr("Empty state action"));
    m_emptyAction->setVisible(false);
    connect(m_emptyAction, &QPushButton::clicked, this,
            [this] { m_emptyActionFollows ? emit followRequested() : emit emptyActionTriggered(); });
    emptyLayout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);
    m_stack->addWidget(empty);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_states = new QLabel(this);
    m_states->setTextFormat(Qt::PlainText);
    m_states->setAccessibleName(tr("Subscriptions"));
    m_states->setMinimumWidth(0);
    m_states->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_states, 1);
    const int gap = fontMetrics().height() / 2;
    m_states->setContentsMargins(gap / 2, 0, gap, 0);
    m_unread = new QLabel(this);
    m_unread->setContentsMargins(gap, 0, gap, 0);
    m_unread->setAccessibleName(tr("Unread events"));
    statusBar()->addPermanentWidget(m_unread);
    m_lastUpdate = new QLabel(this);
    m_lastUpdate->setAccessibleName(tr("Last update"));
    m_lastUpdate->setContentsMargins(gap, 0, gap / 2, 0);
    statusBar()->addPermanentWidget(m_lastUpdate);

    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const FilterState& filter) {
        m_proxy->setFilter(filter);
        // What the person hid is not counted either (the status bar's and the tray's number).
        m_model->setBadgeExclusions(filter.excludedSubscriptions, filter.excludedPeople);
        updateEmptyState();
    });
    connect(m_view, &FeedView::searchRequested, m_filterBar, &FilterBar::focusSearch);
    m_followAction = new QAction(tr("Follow Projects and Tasks…"), this);
    m_followAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_followAction->setShortcutContext(Qt::WindowShortcut);
    m_followAction->setEnabled(false);
    addAction(m_followAction);
    connect(m_followAction, &QAction::triggered, this, &MainWindow::followRequested);
    connect(m_view, &FeedView::shownRowsChanged, this, [this] {
        const QModelIndexList shown = m_view->shownRows(shownAhead);
        if (shown.isEmpty()) {
            return;
        }
        QList<int> rows;
        for (const QModelIndex& index : shown) {
            rows.append(m_proxy->mapToSource(index).row());
        }
        // The rows after those, as the filter shows them, may fill a request that has room.
        QList<int> fill;
        for (int row = shown.constLast().row() + 1; row < m_proxy->rowCount() && fill.size() < fillAhead; ++row) {
            fill.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        }
        emit rowsShown(rows, fill);
    });
    connect(m_view, &FeedView::shownRowsChanged, this, &MainWindow::updateOnScreen);
    connect(m_view, &FeedView::hideSubscriptionRequested, m_filterBar, &FilterBar::excludeSubscription);
    connect(m_view, &FeedView::hidePersonRequested, m_filterBar, &FilterBar::excludePerson);
    connect(m_view, &FeedView::linkNotOpened, this, [this] {
        showMessage(tr("This is the demo: its tasks are not in Asana, so there is nothing to open there."));
    });
    auto* slash = new QShortcut(QKeySequence(Qt::Key_Slash), this);
    connect(slash, &QShortcut::activated, m_filterBar, &FilterBar::focusSearch);
    // Down from the search field goes to the feed, so the keyboard never needs the mouse.
    auto* toFeed = new QShortcut(QKeySequence(Qt::Key_Down), m_filterBar->searchField());
    toFeed->setContext(Qt::WidgetShortcut);
    connect(toFeed, &QShortcut::activated, this, [this] {
        m_view->setFocus(Qt::ShortcutFocusReason);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0) {
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        }
    });

    for (QAbstractItemModel* watched :
         {static_cast<QAbstractItemModel*>(proxy), static_cast<QAbstractItemModel*>(model)}) {
        connect(watched, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
        connect(watched, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
        connect(watched, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
        connect(watched, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyState);
    }
    // The status bar says the tray's number; "Mark All Read" has work while anything is unread.
    connect(model, &EventModel::badgeCountChanged, this, &MainWindow::updateUnread);
    connect(model, &EventModel::unreadCountChanged, this, [this](int count) {
        if (m_markAllRead) {
            m_markAllRead->setEnabled(count > 0);
        }
    });
    updateUnread(model->badgeCount());

    m_clockTimer.setInterval(1000);
    m_clockTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_clockTimer, &QTimer::timeout, this, &MainWindow::updateLastUpdate);

    buildMenu();
    updateEmptyState();
    updateStatus();
    updateAccountButton();
    m_view->setFocus();
}

void MainWindow::buildMenu()
{
    // A menu bar, not the account button's menu: these act on the feed, in every mode (the demo
    // has no account button), and a menu bar is where desktop people look for commands and their
    // shortcuts (on macOS it costs the window no room at all).
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_followAction);
    m_settingsAction = file->addAction(tr("Se&ttings…"), this, &MainWindow::settingsRequested);
    m_settingsAction->setMenuRole(QAction::PreferencesRole); // macOS: the application menu's "Settings…"
    // The platform's own shortcut; where it has none (most Linux desktops), Ctrl+, as GNOME's apps.
    m_settingsAction->setShortcut(
        QKeySequence::keyBindings(QKeySequence::Preferences).value(0, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    addAction(m_settingsAction);
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close Window"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    m_quitAction = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole); // macOS: in the application menu
    addAction(m_quitAction);

    m_feedMenu = menuBar()->addMenu(tr("&Feed"));
    m_markAllRead = m_feedMenu->addAction(tr("&Mark All Read"), m_model, &EventModel::markAllRead);
    // Ctrl+Shift+A (Cmd+Shift+A on macOS): A for "all", Shift so that Ctrl+A stays "select all".
    m_markAllRead->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_markAllRead->setEnabled(m_model->unreadCount() > 0);
    addAction(m_markAllRead); // the shortcut works wherever the focus is in the window
    m_view->setMarkAllReadAction(m_markAllRead);
    m_feedMenu->addAction(tr("Go to &Newest"), m_view, &FeedView::scrollToNewest);
    m_feedMenu->addSeparator();
    QAction* search = m_feedMenu->addAction(tr("&Search…"), m_filterBar, &FilterBar::focusSearch);
    search->setShortcut(QKeySequence::Find);
    addAction(search);
    m_feedMenu->addAction(tr("&Clear Filters"), m_filterBar, &FilterBar::clear);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_aboutAction = help->addAction(tr("&About Asana Feed"), this,
                                    [this] { QMessageBox::about(this, tr("About Asana Feed"), aboutText()); });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    // The menu bar's own "more menus" button, shown when the menus do not fit: named too.
    if (auto* more = menuBar()->findChild<QToolButton*>(QStringLiteral("qt_menubar_ext_button"))) {
        more->setAccessibleName(tr("More menus"));
    }
}

MainWindow::~MainWindow() = default;

QString MainWindow::aboutText()
{
    // The version the program was started as (main() sets it from the project's), else the build's.
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty()) {
        version = QStringLiteral(ASANAFEED_VERSION);
    }
    const QString homepage = QStringLiteral(ASANAFEED_HOMEPAGE);
    return tr("<h3>Asana Feed %1</h3><p>What happens in Asana, as it happens: a live feed of readable sentences, "
              "in a window or from the tray.</p><p><a href=\"%2\">%2</a></p><p>Qt %3</p>")
        .arg(version.toHtmlEscaped(), homepage.toHtmlEscaped(), QString::fromLatin1(qVersion()).toHtmlEscaped());
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    setWindowTitle(demo ? tr("Asana Feed — Demo") : tr("Asana Feed"));
    m_badge->setVisible(demo);
    m_accountButton->setVisible(!demo); // the demo has no account to show or sign out of
    m_view->setLinksOpen(!demo);        // its tasks are not in Asana
    updateFollowAction();
}

void MainWindow::updateFollowAction()
{
    // Searching needs an account Asana accepts (or the demo's).
    m_followAction->setEnabled(m_demo || m_accountState == AccountState::SignedIn ||
                               m_accountState == AccountState::EnvironmentToken);
}

void MainWindow::setAccount(const std::optional<AccountInfo>& account, AccountState state)
{
    if (!account || account->gid != (m_account ? m_account->gid : QString())) {
        m_photo = QPixmap();
    }
    m_account = account;
    m_accountState = account || state == AccountState::EnvironmentToken ? state : AccountState::SignedOut;
    updateAccountButton();
    updateFollowAction();
}

void MainWindow::attachTo(AccountController* accounts)
{
    connect(accounts, &AccountController::stateChanged, this, [this, accounts](AccountController::State state) {
        switch (state) {
        case AccountController::State::SignedOut:
            setAccount(std::nullopt, AccountState::SignedOut);
            presentAccountState(AccountState::SignedOut);
            break;
        case AccountController::State::Loading:
        case AccountController::State::SigningOut:
            break;
        case AccountController::State::NeedsSignIn: {
            // The feed and the subscriptions stay; their polling waits for the new sign-in.
            const QStringList gids = m_health.gids();
            for (const QString& gid : gids) {
                setSubscriptionState(gid, SubscriptionState::AuthRequired, {}, QString());
            }
            setAccount(accounts->account(), AccountState::NeedsSignIn);
            presentAccountState(AccountState::NeedsSignIn, accounts->stateReason());
            break;
        }
        case AccountController::State::SignedIn:
            setAccount(accounts->account(), AccountState::SignedIn);
            presentAccountState(AccountState::SignedIn);
            break;
        }
    });
    connect(accounts, &AccountController::accountChanged, this, [this](const AccountInfo& account) {
        setAccount(account,
                   m_accountState == AccountState::NeedsSignIn ? AccountState::NeedsSignIn : AccountState::SignedIn);
    });
    connect(accounts, &AccountController::photoChanged, this, &MainWindow::setAccountPhoto);
    connect(accounts, &AccountController::notice, this, [this](const QString& text) { showNotice(text); });
    connect(accounts, &AccountController::message, this, &MainWindow::showMessage);
}

void MainWindow::presentAccountState(AccountState state, const QString& reason)
{
    switch (state) {
    case AccountState::SignedOut:
        setEmptyHint(tr("Not signed in"), tr("Sign in to Asana to see what happens in your projects as it happens — or "
                                             "try asana-feed --demo first to see how it looks."));
        setEmptyAction(tr("Sign In…"));
        break;
    case AccountState::NeedsSignIn:
        showNotice(reason, tr("Sign In Again…"));
        setEmptyHint(tr("Sign in again to resume the feed"),
                     tr("What happened meanwhile appears here once you have signed in again."));
        setEmptyAction(tr("Sign In Again…"));
        break;
    case AccountState::SignedIn:
        showNotice({});
        setFollowing(m_following);
        break;
    case AccountState::EnvironmentToken:
        setFollowing(m_following);
        break;
    }
}

void MainWindow::setAccountPhoto(const QByteArray& imageData)
{
    QPixmap photo;
    if (!imageData.isEmpty() && photo.loadFromData(imageData)) {
        m_photo = photo;
    } else {
        m_photo = QPixmap();
    }
    updateAccountButton();
}

void MainWindow::updateAccountButton()
{
    const int size = fontMetrics().height() * 3 / 2;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_accountButton->setIconSize(QSize(size, size));
    m_accountButton->setIcon(
        QIcon(roundAvatar(m_photo, m_account ? &*m_account : nullptr, size, devicePixelRatioF(), dark)));
    QString tip;
    switch (m_accountState) {
    case AccountState::SignedOut:
        tip = tr("Not signed in");
        break;
    case AccountState::SignedIn:
        tip = tr("Signed in as %1").arg(m_account->displayName());
        break;
    case AccountState::NeedsSignIn:
        tip = tr("%1 — sign in again").arg(m_account->displayName());
        break;
    case AccountState::EnvironmentToken:
        tip = tr("Using the token from the ASANA_TOKEN environment variable");
        break;
    }
    m_accountButton->setToolTip(PlainText::toolTip(tip));
    m_accountButton->setAccessibleDescription(tip);
}

void MainWindow::rebuildAccountMenu()
{
    m_accountMenu->clear();
    if (m_account) {
        // Who: name and email as text, not as things to click.
        auto* header = new QWidget(m_accountMenu);
        auto* headerRow = new QHBoxLayout(header);
        const int unit = fontMetrics().height();
        headerRow->setContentsMargins(unit, unit / 2, unit, unit / 2);
        headerRow->setSpacing(unit * 2 / 3);
        auto* picture = new QLabel(header);
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        picture->setPixmap(roundAvatar(m_photo, &*m_account, unit * 5 / 2, devicePixelRatioF(), dark));
        headerRow->addWidget(picture, 0, Qt::AlignTop);
        auto* headerLayout = new QVBoxLayout;
        headerLayout->setSpacing(2);
        headerRow->addLayout(headerLayout, 1);
        auto* name = new QLabel(m_account->name.isEmpty() ? m_account->gid : m_account->name, header);
        name->setTextFormat(Qt::PlainText);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        headerLayout->addWidget(name);
        if (!m_account->email.isEmpty()) {
            auto* email = new QLabel(m_account->email, header);
            email->setTextFormat(Qt::PlainText);
            email->setForegroundRole(QPalette::PlaceholderText);
            headerLayout->addWidget(email);
        }
        if (m_accountState == AccountState::NeedsSignIn) {
            auto* expired = new QLabel(tr("The sign-in has expired"), header);
            expired->setTextFormat(Qt::PlainText);
            headerLayout->addWidget(expired);
        }
        header->setToolTip(tr("Asana user %1").arg(m_account->gid));
        auto* headerAction = new QWidgetAction(m_accountMenu);
        headerAction->setDefaultWidget(header);
        m_accountMenu->addAction(headerAction);
        if (!m_account->workspaces.isEmpty()) {
            m_accountMenu->addSection(tr("Workspaces"));
            for (const AccountInfo::Workspace& workspace : std::as_const(m_account->workspaces)) {
                QAction* item = m_accountMenu->addAction(
                    PlainText::actionText(workspace.name.isEmpty() ? workspace.gid : workspace.name));
                item->setEnabled(false);
            }
        }
        m_accountMenu->addSeparator();
    }
    switch (m_accountState) {
    case AccountState::SignedOut:
        m_accountMenu->addAction(tr("Sign in…"), this, &MainWindow::signInRequested);
        break;
    case AccountState::NeedsSignIn:
        m_accountMenu->addAction(tr("Sign in again…"), this, &MainWindow::signInRequested);
        m_accountMenu->addAction(tr("Sign out…"), this, &MainWindow::askSignOut);
        break;
    case AccountState::SignedIn:
        m_accountMenu->addAction(m_followAction);
        m_accountMenu->addSeparator();
        m_accountMenu->addAction(tr("Sign in to another account…"), this, &MainWindow::signInRequested);
        m_accountMenu->addAction(tr("Sign out…"), this, &MainWindow::askSignOut);
        break;
    case AccountState::EnvironmentToken:
        // Signing in would not be used while ASANA_TOKEN is set: nothing to offer but the fact.
        m_accountMenu->addAction(m_followAction);
        m_accountMenu->addSeparator();
        m_accountMenu->addAction(tr("Using the token from ASANA_TOKEN"))->setEnabled(false);
        break;
    }
}

void MainWindow::askSignOut()
{
    if (!m_account || m_signOutQuestion) {
        return;
    }
    auto* question = new QMessageBox(QMessageBox::Question, tr("Sign out"),
                                     tr("Sign out of %1?").arg(m_account->displayName()), QMessageBox::NoButton, this);
    question->setTextFormat(Qt::PlainText);
    question->setInformativeText(tr("The sign-in is revoked at Asana and removed from this computer's keychain. "
                                    "The feed's history on this computer can stay for the next sign-in, or go."));
    QPushButton* keep = question->addButton(tr("Sign Out, Keep History"), QMessageBox::AcceptRole);
    QPushButton* remove = question->addButton(tr("Sign Out and Remove History"), QMessageBox::DestructiveRole);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(keep);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setWindowModality(Qt::WindowModal);
    connect(question, &QMessageBox::buttonClicked, this, [this, keep, remove](QAbstractButton* button) {
        if (button == keep || button == remove) {
            emit signOutRequested(button == remove);
        }
    });
    m_signOutQuestion = question;
    question->open();
}

void MainWindow::showNotice(const QString& text, const QString& actionText)
{
    m_noticeMessage = text;
    m_noticeAction = text.isEmpty() ? QString() : actionText;
    updateBanner();
}

void MainWindow::updateBanner()
{
    // One banner, the most important thing first:
    // 1. a notice the person must act on (sign in again): nothing works until they do;
    // 2. this computer cannot save what arrives;
    // 3. the subscriptions' problems (FeedHealth: failed, offline, rate-limited, backing off);
    // 4. a notice that only informs (no keychain, a history in use): it waits for 3 to pass.
    const FeedHealth::Banner problem = m_health.banner();
    QString text;
    QString key;
    QString button;
    m_bannerRetries = false;
    m_retryGid.clear();
    if (!m_noticeMessage.isEmpty() && !m_noticeAction.isEmpty()) {
        text = m_noticeMessage;
        key = QStringLiteral("notice:") + text;
        button = m_noticeAction;
    } else if (!m_diskNotice.isEmpty()) {
        text = m_diskNotice;
        key = QStringLiteral("disk");
    } else if (!problem.text.isEmpty()) {
        text = problem.text;
        key = problem.key;
        if (problem.retry) {
            button = tr("Retry");
            m_bannerRetries = true;
            m_retryGid = problem.retryGid;
        }
    } else if (!m_noticeMessage.isEmpty()) {
        text = m_noticeMessage;
        key = QStringLiteral("notice:") + text;
    }
    if (key != m_dismissedKey) {
        m_dismissedKey.clear(); // something else came in between: a dismissed problem may return
    }
    m_bannerKey = key;
    m_noticeText->setText(text);
    m_noticeButton->setText(button);
    m_noticeButton->setAccessibleName(button.isEmpty() ? tr("Notice action") : button);
    m_noticeButton->setVisible(!button.isEmpty());
    m_notice->setVisible(!text.isEmpty() && key != m_dismissedKey);

    Attention attention = Attention::None;
    if ((!m_noticeMessage.isEmpty() && !m_noticeAction.isEmpty()) || !m_diskNotice.isEmpty() ||
        key.startsWith(QLatin1String("failed:"))) {
        attention = Attention::Problem;
    } else if (key == QLatin1String("offline")) {
        attention = Attention::Offline;
    }
    const QString attentionText = attention == Attention::None ? QString() : text;
    if (attention != m_attention || attentionText != m_attentionText) {
        m_attention = attention;
        m_attentionText = attentionText;
        emit attentionChanged();
    }
}

QString MainWindow::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_noticeText->text();
}

void MainWindow::setEmptyAction(const QString& text, bool follows)
{
    m_emptyActionFollows = follows;
    m_emptyAction->setText(text);
    m_emptyAction->setAccessibleName(text.isEmpty() ? tr("Empty state action") : text);
    updateEmptyState();
}

void MainWindow::showMessage(const QString& message)
{
    statusBar()->showMessage(message, 8000);
}

bool MainWindow::revealEvent(qint64 storeId)
{
    const int row = m_model->loadEvent(storeId);
    if (row < 0) {
        showMessage(tr("That event is no longer in the feed."));
        return false;
    }
    const QModelIndex source = m_model->index(row);
    QModelIndex shown = m_proxy->mapFromSource(source);
    if (!shown.isValid()) {
        // What narrows the feed goes first; what the person hid only if that was not enough:
        // they asked to see this event.
        FilterState filter;
        filter.excludedSubscriptions = m_filterBar->filter().excludedSubscriptions;
        filter.excludedPeople = m_filterBar->filter().excludedPeople;
        m_filterBar->setFilter(filter);
        shown = m_proxy->mapFromSource(source);
        if (!shown.isValid()) {
            m_filterBar->clear();
            shown = m_proxy->mapFromSource(source);
        }
    }
    if (!shown.isValid()) {
        return false;
    }
    m_view->reveal(shown);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateAccountButton();
    } else if (event->type() == QEvent::WindowStateChange || event->type() == QEvent::ActivationChange) {
        updateSeen();
    }
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    updateSeen();
}

void MainWindow::hideEvent(QHideEvent* event)
{
    QMainWindow::hideEvent(event);
    updateSeen();
}

void MainWindow::updateSeen()
{
    const bool seen = isVisible() && !isMinimized();
    if (seen != m_seen) {
        m_seen = seen;
        // "Last update 12 s ago" ticks only while someone can read it: a window in the tray
        // does not wake the app every second.
        if (seen && m_lastUpdateAt.isValid()) {
            updateLastUpdate();
            m_clockTimer.start();
        } else {
            m_clockTimer.stop();
        }
        emit seenChanged(seen);
    }
    const bool looking = seen && isActiveWindow();
    if (looking != m_looking) {
        m_looking = looking;
        if (m_seenTracker) {
            updateOnScreen();
            m_seenTracker->setLooking(looking);
        }
    }
}

void MainWindow::setReadWhenSeen(std::chrono::milliseconds dwell)
{
    if (dwell <= std::chrono::milliseconds(0)) {
        delete std::exchange(m_seenTracker, nullptr);
        return;
    }
    if (!m_seenTracker) {
        m_seenTracker = new SeenTracker(this);
        connect(m_seenTracker, &SeenTracker::seen, this, [this](const QList<qint64>& ids) {
            // Read where the person reads them: an "unread only" view keeps them until it changes.
            m_proxy->keepWhenRead(ids);
            m_model->markRead(ids);
        });
    }
    m_seenTracker->setDwell(dwell);
    updateOnScreen();
    m_seenTracker->setLooking(m_looking);
}

void MainWindow::updateOnScreen()
{
    if (!m_seenTracker) {
        return;
    }
    QList<qint64> ids;
    if (m_stack->currentIndex() == 0) {
        for (const QModelIndex& index : m_view->rowsOnScreen()) {
            if (const qint64 id = index.data(EventRoles::EventIdRole).toLongLong()) {
                ids.append(id); // read ones too: one marked unread again while it stays is left so
            }
        }
    }
    m_seenTracker->setOnScreen(ids);
}

void MainWindow::setDoneOnOpen(bool done)
{
    m_view->setDoneOnOpen(done);
}

void MainWindow::setSettings(Settings* settings)
{
    m_settings = settings;
    if (!m_settings) {
        return;
    }
    restoreGeometry(m_settings->windowGeometry());
    m_filterBar->setFilter(m_settings->filterState());
}

void MainWindow::saveState()
{
    if (m_settings) {
        m_settings->setWindowGeometry(saveGeometry());
        m_settings->setFilterState(m_filterBar->filter());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    QMainWindow::closeEvent(event);
    if (m_closeToTray && event->isAccepted()) {
        emit closedToTray(); // hidden, not gone: the app goes on in the tray
    }
}

void MainWindow::setCloseToTray(bool enabled)
{
    m_closeToTray = enabled;
}

QString MainWindow::subscriptionsLine() const
{
    return m_states->text();
}

void MainWindow::setSubscriptionNames(const QHash<QString, QString>& names)
{
    m_health.setNames(names);
    m_view->setSubscriptionNames(names);
    m_filterBar->setSubscriptionNames(names);
    updateStatus();
}

void MainWindow::setEmptyHint(const QString& title, const QString& hint)
{
    m_noEventsTitle = title;
    m_noEventsHint = hint;
    updateEmptyState();
}

bool MainWindow::showsEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

QString MainWindow::emptyStateText() const
{
    return m_emptyTitle->text() + QLatin1Char('\n') + m_emptyHint->text();
}

void MainWindow::updateEmptyState()
{
    const bool noEvents = m_model->rowCount() == 0;
    const bool nothingMatches = !noEvents && m_proxy->rowCount() == 0;
    FilterState rest = m_proxy->filter();
    rest.doneOnly = false;
    const bool doneViewOnly = m_proxy->filter().doneOnly && rest.isEmpty(); // the Done view, nothing else
    if (noEvents) {
        m_emptyTitle->setText(m_noEventsTitle);
        m_emptyHint->setText(m_noEventsHint);
    } else if (nothingMatches) {
        if (doneViewOnly) {
            m_emptyTitle->setText(tr("Nothing is marked done"));
            m_emptyHint->setText(tr("Events marked as done (E, or from an event's menu) leave the feed and are "
                                    "kept here."));
        } else if (m_proxy->filter().isEmpty()) {
            m_emptyTitle->setText(tr("All done"));
            m_emptyHint->setText(tr("Every event is marked done. The Done view shows them."));
        } else {
            m_emptyTitle->setText(tr("Nothing matches the filter"));
            m_emptyHint->setText(tr("Try other words, or clear the filters to see every event."));
        }
    }
    m_emptyClear->setVisible(nothingMatches && !m_proxy->filter().isEmpty());
    // Clearing the filters is leaving the Done view, when that is all there is to clear.
    m_emptyClear->setText(doneViewOnly ? tr("Back to the Feed") : tr("Clear filters"));
    m_emptyClear->setAccessibleName(m_emptyClear->text());
    m_emptyAction->setVisible(noEvents && !m_emptyAction->text().isEmpty());
    const bool hadFocus = m_view->hasFocus();
    m_stack->setCurrentIndex(noEvents || nothingMatches ? 1 : 0);
    if (hadFocus && m_stack->currentIndex() == 1 && nothingMatches) {
        m_emptyClear->setFocus();
    }
}

QString MainWindow::ageText(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60) {
        return tr("last update %n s ago", nullptr, int(seconds));
    }
    if (seconds < 3600) {
        return tr("last update %n min ago", nullptr, int(seconds / 60));
    }
    return tr("last update %n h ago", nullptr, int(seconds / 3600));
}

void MainWindow::setSubscriptionState(const QString& gid, SubscriptionState state, const QDateTime& until,
                                      const QString& reason)
{
    m_health.set(gid, {state, until, reason, std::nullopt});
    updateStatus();
}

void MainWindow::setSubscriptionState(const QString& gid, SubscriptionState state, const QDateTime& until,
                                      const std::optional<ApiError>& error)
{
    if (state == SubscriptionState::Backoff && error && error->kind == ApiError::Kind::Storage) {
        m_diskNotice = tr("New events cannot be saved: %1. They are fetched again once the history can be written.")
                           .arg(error->messages.join(QStringLiteral("; ")));
    }
    m_health.set(gid, {state, until, error ? FeedHealth::shortReason(*error) : QString(), error});
    updateStatus();
}

void MainWindow::setFollowing(bool anything)
{
    m_following = anything;
    if (!m_demo && (m_accountState == AccountState::SignedOut || m_accountState == AccountState::NeedsSignIn)) {
        return; // the empty feed says how to sign in first
    }
    if (anything) {
        setEmptyHint(tr("No events yet"), tr("New activity in what you follow appears here as it happens."));
        setEmptyAction({});
    } else {
        setEmptyHint(tr("Not following anything yet"),
                     tr("Choose the projects, tasks, goals or portfolios to follow: what happens in them appears "
                        "here as it happens."));
        setEmptyAction(tr("Follow a Project…"), true);
    }
}

void MainWindow::keepSubscriptionStates(const QStringList& gids)
{
    if (m_health.keep(gids)) {
        updateStatus();
    }
}

void MainWindow::clearSubscriptionStates()
{
    m_health.clear();
    m_lastUpdateAt = {};
    m_clockTimer.stop();
    updateLastUpdate();
    updateStatus();
}

void MainWindow::updateStatus()
{
    m_states->setText(m_health.line());
    m_states->setToolTip(PlainText::toolTip(m_health.details()));
    updateBanner();
    emit attentionChanged(); // the subscriptions' line, shown by the tray when nothing is wrong
}

QString MainWindow::statusText() const
{
    return m_states->text() + QStringLiteral("  |  ") + m_unread->text() + QStringLiteral("  |  ") +
           m_lastUpdate->text();
}

void MainWindow::noteUpdate(const QDateTime& at)
{
    if (!m_diskNotice.isEmpty()) {
        m_diskNotice.clear(); // a page was kept again: the disk is fine now
        updateBanner();
    }
    m_lastUpdateAt = at;
    updateLastUpdate();
    if (m_seen && !m_clockTimer.isActive()) {
        m_clockTimer.start();
    }
}

void MainWindow::updateLastUpdate()
{
    if (!m_lastUpdateAt.isValid()) {
        m_lastUpdate->clear();
        return;
    }
    m_lastUpdate->setText(ageText(m_lastUpdateAt.secsTo(QDateTime::currentDateTimeUtc())));
}

void MainWindow::updateUnread(int count)
{
    m_unread->setText(count > 0 ? tr("%n unread", nullptr, count) : QString());
}

} // namespace AsanaFeed
