// Application, the composition root. Demo mode: the simulator in-process, a seeded day of
// history in the window at once, live events a few seconds later, nothing left behind. Real mode
// against the simulator on loopback: the sign-in dialog on first start (personal access token and
// OAuth with a scripted browser), the account in the window, one database per account, renewal
// without a visible error, a refused renewal that keeps the feed, sign-out with or without the
// history, and no keychain.
#include "Application.h"
#include "Demo.h"
#include "EventDelegate.h"
#include "FakeKeychain.h"
#include "FeedView.h"
#include "MainWindow.h"
#include "ScriptedBrowser.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "SimFixture.h"
#include "StartAtLogin.h"
#include "SubscriptionsDialog.h"
#include "Theme.h"
#include "TrayIconArt.h"
#include "api/AsanaClient.h"
#include "auth/AccountSession.h"
#include "auth/OAuthSignIn.h"
#include "auth/TokenStore.h"
#include "events/EventPoller.h"
#include "events/PollScheduler.h"
#include "feed/EventFilterModel.h"
#include "feed/EventModel.h"
#include "feed/EventRoles.h"
#include "feed/SubscriptionModel.h"
#include "sim/SimServer.h"
#include "store/EventStore.h"
#include "store/Settings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;

namespace {

constexpr int kTimeoutMs = 20000;

// pollers() returns a new list on each call: keep one, so both iterators walk the same list.
bool allPollersLive(const Application& app)
{
    const QList<EventPoller*> pollers = app.pollers();
    return !pollers.isEmpty() && std::all_of(pollers.cbegin(), pollers.cend(), [](const EventPoller* poller) {
        return poller->state() == EventPoller::State::Live;
    });
}

// The real mode against the simulator: settings in a file of their own, secrets in a fake keychain.
struct RealMode
{
    std::unique_ptr<SimFixture> sim;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    FakeKeychain keychain;
    TokenStore* tokens = &keychain;
    ScriptedBrowser browser;
    std::unique_ptr<Application> app;

    explicit RealMode(const SimConfig& config = {})
        : sim(std::make_unique<SimFixture>(config))
        , settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat))
    {
        removeAccountData();
    }
    ~RealMode()
    {
        app.reset();
        removeAccountData();
    }
    RealMode(const RealMode&) = delete;
    RealMode& operator=(const RealMode&) = delete;

    // Each test starts without the account's database (test mode keeps it under ~/.qttest).
    void removeAccountData() const
    {
        for (const QString& gid : {sim->world().meGid(), sim->userGid(1), QStringLiteral("default")}) {
            QDir(QFileInfo(EventStore::defaultPath(gid)).absolutePath()).removeRecursively();
        }
    }

    Application::Options options()
    {
        Application::Options options;
        options.baseUrl = sim->baseUrl();
        options.subscriptions = {sim->projectGid(0)};
        options.interval = std::chrono::milliseconds(200);
        options.keepSettings = false;
        options.settings = settings.get();
        options.tokenStore = tokens;
        options.clientId = sim->server().config().oauthClientId;
        options.clientSecret = sim->server().config().oauthClientSecret;
        options.oauthPort = 0;
        options.openUrl = [this](const QUrl& url) { browser.open(url); };
        return options;
    }

    bool start(Application::Options options)
    {
        app = std::make_unique<Application>(std::move(options));
        return app->start();
    }
    bool start() { return start(options()); }

    [[nodiscard]] SignInDialog* dialog() const { return app->signInDialog(); }
    [[nodiscard]] MainWindow* window() const { return app->window(); }

    [[nodiscard]] bool allPollersLive() const { return ::allPollersLive(*app); }

    TokenResult entry(const QString& gid)
    {
        std::optional<TokenResult> loaded;
        tokens->load(gid, [&loaded](const TokenResult& result) { loaded = result; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), kTimeoutMs); }();
        return loaded.value_or(TokenResult{TokenResult::Status::Failed, {}, {}});
    }

    void saveEntry(const QString& gid, const Credentials& credentials)
    {
        bool done = false;
        tokens->save(gid, credentials, [&done](const TokenResult&) { done = true; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs); }();
    }

    // Something happens in the followed project; true when the feed showed it.
    bool newEventReachesTheFeed(const QString& name)
    {
        sim->world().createTask(sim->userGid(1), sim->projectGid(0), name);
        const auto shown = [&] {
            for (int row = 0; row < app->model()->rowCount(); ++row) {
                if (app->model()->index(row, 0).data(Qt::DisplayRole).toString().contains(name)) {
                    return true;
                }
            }
            return false;
        };
        return QTest::qWaitFor(shown, kTimeoutMs);
    }

    // What an earlier run left: "me" remembered in the settings (under `name`), its token in the keychain.
    void storeSignedInAccount(const QString& name)
    {
        AccountInfo account;
        account.gid = sim->world().meGid();
        account.name = name;
        Settings(settings.get()).setAccount(account);
        saveEntry(
            account.gid,
            Credentials{
                Credentials::Kind::PersonalAccessToken, sim->token(), {}, {}, AsanaClient::originOf(sim->baseUrl())});
    }

    // Starts (unless started) and signs in with OAuth through the dialog and the scripted browser.
    void signInWithOAuth()
    {
        if (!app) {
            QVERIFY(start());
        }
        QTRY_VERIFY(dialog());
        dialog()->oauthButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog(), kTimeoutMs);
        QCOMPARE(window()->accountState(), MainWindow::AccountState::SignedIn);
    }

    void usePersonalAccessToken(const QString& token)
    {
        QVERIFY(dialog());
        dialog()->tokenField()->setText(token);
        QVERIFY(dialog()->tokenButton()->isEnabled());
        dialog()->tokenButton()->click();
    }
};

// Everything logged while a test runs, with every category switched on.
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    if (type != QtDebugMsg && type != QtInfoMsg && g_previousHandler) {
        g_previousHandler(type, context, message);
    }
}

} // namespace

class TestApplication final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void demo_showsHistoryAtOnce_thenLiveEvents()
    {
        Application::Options options;
        options.demo = true;
        options.demoEventsPerMinute = 240;
        QString storePath;
        {
            Application app(options);
            QVERIFY2(app.start(), qPrintable(app.error()));
            QAbstractItemModelTester sourceTester(app.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester proxyTester(app.filterModel(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
            storePath = app.store()->path();
            QVERIFY(app.window()->isVisible());
            QCOMPARE(app.window()->windowTitle(), QStringLiteral("Asana Feed — Demo"));
            QVERIFY(app.window()->demoBadge()->isVisible());
            // The window (and each dialog and notification after it) shows the app's icon.
            const QIcon icon = app.window()->windowIcon();
            QCOMPARE(icon.availableSizes(), TrayIconArt::appIcon().availableSizes());
            QCOMPARE(icon.pixmap(QSize(32, 32)).toImage(), TrayIconArt::appIcon().pixmap(QSize(32, 32)).toImage());
            QVERIFY(app.model()->rowCount() > 20); // the seeded day
            QVERIFY(!app.window()->showsEmptyState());
            QCOMPARE(app.model()->unreadCount(), 0);

            QTRY_VERIFY_WITH_TIMEOUT(allPollersLive(app), 15000);
            QTRY_VERIFY2_WITH_TIMEOUT(app.window()->statusText().contains(QStringLiteral("All 4 followed items live")),
                                      qPrintable(app.window()->statusText()), 5000);
            QTRY_VERIFY_WITH_TIMEOUT(app.model()->unreadCount() >= 2, 20000);
            // The comments on screen get their text from Asana (the events name only the story).
            const auto commentOnScreen = [&app] {
                for (const QModelIndex& index : app.window()->feedView()->shownRows(0)) {
                    if (!index.data(EventRoles::CommentRole).toString().isEmpty()) {
                        return true;
                    }
                }
                return false;
            };
            QTRY_VERIFY_WITH_TIMEOUT(commentOnScreen(), 15000);
            // Hidden or minimized, the feed polls caught-up subscriptions less often; shown, at full pace.
            QCOMPARE(app.scheduler()->pace(), 1.0);
            app.window()->hide();
            QVERIFY(app.scheduler()->pace() > 1.0);
            app.window()->show();
            QCOMPARE(app.scheduler()->pace(), 1.0);
            app.window()->showMinimized();
            QTRY_VERIFY(app.scheduler()->pace() > 1.0);
            app.window()->showNormal();
            QTRY_COMPARE(app.scheduler()->pace(), 1.0);
            // Every stored event is in the model once (the model may hold one page of history).
            QTRY_VERIFY_WITH_TIMEOUT(app.window()->statusText().contains(QStringLiteral("last update")), 5000);
            QVERIFY(app.demo()->server()->baseUrl().host() == QLatin1String("127.0.0.1"));
        }
        QVERIFY(!storePath.isEmpty());
        QVERIFY2(!QFileInfo::exists(storePath), "the demo leaves nothing behind");
    }

    void notSignedIn_theWindowSaysHowToStart()
    {
        RealMode real;
        Application::Options options = real.options();
        options.signInAtFirstStart = false;
        QVERIFY(real.start(options));
        QVERIFY(real.window()->showsEmptyState());
        QVERIFY(real.window()->emptyStateText().contains(QStringLiteral("Not signed in")));
        QVERIFY(real.window()->emptyStateText().contains(QStringLiteral("--demo")));
        QVERIFY(real.window()->emptyActionButton()->isVisible());
        QCOMPARE(real.window()->accountState(), MainWindow::AccountState::SignedOut);
        QVERIFY(real.app->pollers().isEmpty());
        QVERIFY(!real.dialog());
        // Nothing is written anywhere before a sign-in.
        QCOMPARE(real.app->store()->path(), QStringLiteral(":memory:"));
        real.window()->emptyActionButton()->click();
        QVERIFY(real.dialog());
        QVERIFY(real.dialog()->isVisible());
    }

    void firstStart_personalAccessToken_signsIn_andTheFeedStarts()
    {
        RealMode real;
        QVERIFY(real.start());
        QTRY_VERIFY(real.dialog() && real.dialog()->isVisible()); // first start: asked at once
        QVERIFY(real.dialog()->oauthButton()->isVisible());       // with a client id, "Sign in with Asana" first
        QVERIFY(real.dialog()->oauthButton()->isEnabled());
        QVERIFY(!real.dialog()->tokenPageButton()->isVisible());

        // A token Asana does not accept is not kept, and the dialog says why.
        real.usePersonalAccessToken(QStringLiteral("not-a-token"));
        QTRY_VERIFY_WITH_TIMEOUT(!real.dialog()->errorText().isEmpty(), kTimeoutMs);
        QVERIFY(real.dialog()->isVisible());
        QCOMPARE(real.entry(real.sim->world().meGid()).status, TokenResult::Status::NotFound);
        QVERIFY(real.app->pollers().isEmpty());

        real.usePersonalAccessToken(real.sim->token());
        QTRY_VERIFY_WITH_TIMEOUT(!real.dialog(), kTimeoutMs); // closed (and deleted)
        const QString me = real.sim->world().meGid();
        QCOMPARE(real.window()->accountState(), MainWindow::AccountState::SignedIn);
        QVERIFY(real.app->account());
        QCOMPARE(real.app->account()->gid, me);
        QVERIFY(!real.app->account()->workspaces.isEmpty());
        QVERIFY(real.window()->accountButton()->toolTip().contains(real.app->account()->name));
        const TokenResult kept = real.entry(me);
        QVERIFY(kept.ok());
        QCOMPARE(kept.credentials->kind, Credentials::Kind::PersonalAccessToken);
        QCOMPARE(Settings(real.settings.get()).account()->gid, me);
        // The account's own database.
        QCOMPARE(real.app->store()->path(), EventStore::defaultPath(me));
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("Write the launch plan")));
        // The status bar names the project, not its gid.
        const QString projectName = real.sim->world().project(real.sim->projectGid(0))->name;
        QTRY_VERIFY2_WITH_TIMEOUT(real.window()->statusText().contains(projectName + QStringLiteral(": live")),
                                  qPrintable(real.window()->statusText()), kTimeoutMs);
    }

    void noOAuthClient_theDialogOffersTheTokenAlone_andSignsIn()
    {
        RealMode real;
        Application::Options options = real.options();
        options.clientId.clear(); // a build without a registered app, and none given for the run
        options.clientSecret.clear();
        QVERIFY(real.start(options));
        QTRY_VERIFY(real.dialog() && real.dialog()->isVisible());
        QVERIFY(!real.dialog()->isOAuthAvailable());
        QVERIFY(!real.dialog()->oauthButton()->isVisible());
        QVERIFY(real.dialog()->tokenPageButton()->isVisible());
        QCOMPARE(real.dialog()->focusWidget(), real.dialog()->tokenField());

        real.usePersonalAccessToken(real.sim->token());
        QTRY_VERIFY_WITH_TIMEOUT(!real.dialog(), kTimeoutMs);
        QCOMPARE(real.window()->accountState(), MainWindow::AccountState::SignedIn);
    }

    void oauth_inTheBrowser_signsIn_andShowsTheAccount()
    {
        RealMode real;
        QVERIFY(real.start());
        QTRY_VERIFY(real.dialog());
        real.dialog()->oauthButton()->click();
        QCOMPARE(real.browser.openCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!real.dialog(), kTimeoutMs);
        const QString me = real.sim->world().meGid();
        QCOMPARE(real.window()->accountState(), MainWindow::AccountState::SignedIn);
        const TokenResult kept = real.entry(me);
        QVERIFY(kept.ok());
        QCOMPARE(kept.credentials->kind, Credentials::Kind::OAuth);
        QVERIFY(!kept.credentials->refreshToken.isEmpty());
        // Renewals in later runs (and in --follow) use the client the grant was issued to.
        QCOMPARE(Settings(real.settings.get()).oauthClientId(), real.sim->server().config().oauthClientId);
        // The token answer says little; GET /users/me fills in the workspaces.
        QTRY_VERIFY_WITH_TIMEOUT(real.app->account() && !real.app->account()->workspaces.isEmpty(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(Settings(real.settings.get()).account()->workspaces.size() ==
                                     real.app->account()->workspaces.size(),
                                 kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("Review the OAuth flow")));

        // Signing in again as the same account revokes the grant it replaces.
        const QString firstRefresh = kept.credentials->refreshToken;
        real.app->openSignIn();
        real.signInWithOAuth();
        const QString secondRefresh = real.app->session()->credentials().refreshToken;
        QVERIFY(secondRefresh != firstRefresh);
        QTRY_VERIFY_WITH_TIMEOUT(real.sim->server().oauth().isRefreshTokenRevoked(firstRefresh), kTimeoutMs);
        QVERIFY(!real.sim->server().oauth().isRefreshTokenRevoked(secondRefresh));
        QCOMPARE(real.entry(me).credentials->refreshToken, secondRefresh);
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("After the second sign-in")));
    }

    void oauth_pastedCode_whenTheBrowserCannotComeBack()
    {
        RealMode real;
        QVERIFY(real.start());
        QTRY_VERIFY(real.dialog());
        real.browser.setMode(ScriptedBrowser::Mode::Ignore);
        real.dialog()->oauthButton()->click();
        QCOMPARE(real.dialog()->page(), SignInDialog::Page::Waiting);
        real.browser.setMode(ScriptedBrowser::Mode::ShowOutOfBandCode);
        real.dialog()->pasteCodeButton()->click();
        QCOMPARE(real.dialog()->page(), SignInDialog::Page::Code);
        QTRY_VERIFY_WITH_TIMEOUT(!real.browser.outOfBandCode().isEmpty(), kTimeoutMs);

        real.dialog()->codeField()->setText(QStringLiteral("wrong-code"));
        real.dialog()->codeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!real.dialog()->errorText().isEmpty(), kTimeoutMs);
        QCOMPARE(real.dialog()->page(), SignInDialog::Page::Choose);

        real.browser.setMode(ScriptedBrowser::Mode::Ignore);
        real.dialog()->oauthButton()->click();
        QCOMPARE(real.dialog()->page(), SignInDialog::Page::Waiting);
        real.browser.setMode(ScriptedBrowser::Mode::ShowOutOfBandCode);
        real.dialog()->pasteCodeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!real.browser.outOfBandCode().isEmpty(), kTimeoutMs);
        const QString code = real.browser.outOfBandCode();
        real.dialog()->codeField()->setText(code);
        real.dialog()->codeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!real.dialog(), kTimeoutMs);
        QCOMPARE(real.window()->accountState(), MainWindow::AccountState::SignedIn);
        QVERIFY(real.entry(real.sim->world().meGid()).ok());
    }

    void storedAccount_startsWithoutAsking_fromItsOwnDatabase()
    {
        RealMode real;
        const QString me = real.sim->world().meGid();
        real.storeSignedInAccount(QStringLiteral("Stored Person"));
        QVERIFY(real.start());
        QCOMPARE(real.app->store()->path(), EventStore::defaultPath(me));
        QCOMPARE(real.window()->accountState(), MainWindow::AccountState::SignedIn);
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QVERIFY(!real.dialog());
        // Who the account is now comes from Asana.
        QTRY_VERIFY_WITH_TIMEOUT(real.app->account()->name != QStringLiteral("Stored Person"), kTimeoutMs);
    }

    void followingNothing_theWindowOffersToFollow_andWhatIsChosenIsKept()
    {
        RealMode real;
        real.storeSignedInAccount(QStringLiteral("Stored Person"));
        Application::Options options = real.options();
        options.subscriptions.clear();
        QVERIFY(real.start(options));
        QTRY_COMPARE_WITH_TIMEOUT(real.window()->accountState(), MainWindow::AccountState::SignedIn, kTimeoutMs);
        QVERIFY(real.window()->showsEmptyState());
        QTRY_VERIFY2_WITH_TIMEOUT(
            real.window()->emptyStateText().startsWith(QLatin1String("Not following anything yet")),
            qPrintable(real.window()->emptyStateText()), kTimeoutMs);
        QVERIFY(!real.window()->emptyStateText().contains(QLatin1String("--")));
        QPushButton* follow = real.window()->emptyActionButton();
        QCOMPARE(follow->text(), QStringLiteral("Follow a Project…"));
        QVERIFY(real.window()->followAction()->isEnabled());
        QVERIFY(real.app->pollers().isEmpty());

        QTest::mouseClick(follow, Qt::LeftButton);
        SubscriptionsDialog* dialog = real.app->subscriptionsDialog();
        QVERIFY(dialog && dialog->isVisible());
        // The account's workspace, its projects listed at once.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->currentWorkspace(), real.sim->workspaceGid(), kTimeoutMs);
        const QString project = real.sim->projectGid(0);
        const QString name = real.sim->world().project(project)->name;
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->resultsView()->findItems(name, Qt::MatchExactly).isEmpty(), kTimeoutMs);
        dialog->resultsView()->setCurrentItem(dialog->resultsView()->findItems(name, Qt::MatchExactly).first());
        QTest::mouseClick(dialog->followButton(), Qt::LeftButton);

        // Followed: polled, named, and its events reach the feed.
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QCOMPARE(real.app->pollers().size(), 1);
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("Chosen in the window")));
        QTRY_VERIFY2_WITH_TIMEOUT(real.window()->statusText().contains(name), qPrintable(real.window()->statusText()),
                                  kTimeoutMs);
        // The shortcut raises the open dialog rather than opening another.
        real.window()->followAction()->trigger();
        QCOMPARE(real.app->subscriptionsDialog(), dialog);
        dialog->close();

        // The next start follows it again, by name even before Asana answers.
        real.app.reset();
        real.sim->server().close();
        QVERIFY(real.start(options));
        QCOMPARE(real.app->subscriptions()->gids(), QStringList{project});
        QCOMPARE(real.app->subscriptions()->names().value(project), name);
        QTRY_VERIFY2_WITH_TIMEOUT(real.window()->statusText().contains(name), qPrintable(real.window()->statusText()),
                                  kTimeoutMs);
    }

    void storedAccount_withAnExpiredToken_isRenewed_andItsDetailsAskedAgain()
    {
        RealMode real;
        real.signInWithOAuth();
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        real.app.reset();

        // Next start: the stored access token no longer works, and the account looks stale.
        AccountInfo stale;
        stale.gid = real.sim->world().meGid();
        stale.name = QStringLiteral("Stored Person");
        Settings(real.settings.get()).setAccount(stale);
        real.sim->server().oauth().expireAllAccessTokens();
        QVERIFY(real.start());
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs); // renewed after the 401
        QVERIFY(real.sim->countEventRequestsWithStatus(401) >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(real.app->account()->name != QStringLiteral("Stored Person"), kTimeoutMs);
        QVERIFY(!real.app->account()->workspaces.isEmpty());
        QVERIFY(real.window()->noticeText().isEmpty());
    }

    void storedAccount_withoutItsSecret_asksToSignInAgain_keepingTheFeed()
    {
        RealMode real;
        const QString me = real.sim->world().meGid();
        QVERIFY(real.start()); // a first run signs in and sees something
        QTRY_VERIFY(real.dialog());
        real.usePersonalAccessToken(real.sim->token());
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("Seen in the first run")));
        const int rows = real.app->model()->rowCount();
        real.app.reset();

        // The keychain lost the entry (another tool removed it, a new machine profile…).
        bool removed = false;
        real.tokens->remove(me, [&removed](const TokenResult&) { removed = true; });
        QTRY_VERIFY(removed);
        QVERIFY(real.start());
        QCOMPARE(real.app->model()->rowCount(), rows); // the feed is there at once
        QTRY_VERIFY_WITH_TIMEOUT(real.dialog(), kTimeoutMs);
        QCOMPARE(real.window()->accountState(), MainWindow::AccountState::NeedsSignIn);
        QVERIFY(real.window()->noticeText().contains(QStringLiteral("Sign in again")));
        QCOMPARE(real.app->store()->path(), EventStore::defaultPath(me));
        QCOMPARE(real.app->model()->rowCount(), rows);
        QVERIFY(real.app->pollers().isEmpty());
    }

    void shortLivedTokens_areRenewed_withoutAVisibleError()
    {
        SimConfig config;
        config.accessTokenLifetime = std::chrono::seconds(3);
        RealMode real(config);
        real.signInWithOAuth();
        const QString first = real.app->session()->credentials().accessToken;
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QSignalSpy renewed(real.app->session(), &AccountSession::credentialsChanged);
        QTRY_VERIFY_WITH_TIMEOUT(renewed.count() >= 2, kTimeoutMs); // past two expiries
        QVERIFY(real.app->session()->credentials().accessToken != first);
        QCOMPARE(real.entry(real.sim->world().meGid()).credentials->accessToken,
                 real.app->session()->credentials().accessToken);
        QVERIFY(real.window()->noticeText().isEmpty());
        QCOMPARE(real.window()->accountState(), MainWindow::AccountState::SignedIn);
        QVERIFY(real.allPollersLive());
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("Still flowing after renewals")));
    }

    void refusedRenewal_asksToSignInAgain_keepsTheFeed_thenResumes()
    {
        RealMode real;
        real.signInWithOAuth();
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("Before the revocation")));
        const int rows = real.app->model()->rowCount();
        const QString syncBefore = real.app->pollers().first()->syncToken();

        // Asana forgets the sign-in: the access token stops working, the refresh is refused.
        real.sim->server().oauth().revokeRefreshToken(real.app->session()->credentials().refreshToken);
        QTRY_VERIFY_WITH_TIMEOUT(real.window()->accountState() == MainWindow::AccountState::NeedsSignIn, kTimeoutMs);
        QVERIFY2(real.window()->noticeText().contains(QStringLiteral("sign in again"), Qt::CaseInsensitive),
                 qPrintable(real.window()->noticeText()));
        QCOMPARE(real.app->model()->rowCount(), rows);       // the feed stays
        QVERIFY(real.entry(real.sim->world().meGid()).ok()); // nothing deleted
        QCOMPARE(real.app->pollers().size(), 1);             // the subscriptions stay
        QVERIFY(real.window()->statusText().contains(QStringLiteral("sign-in needed")));
        for (const EventPoller* poller : real.app->pollers()) { // no hammering: nothing scheduled
            QVERIFY(poller->state() == EventPoller::State::Stopped ||
                    poller->state() == EventPoller::State::AuthRequired);
            QVERIFY(!poller->nextAttemptAt().isValid());
        }
        // Meanwhile, in Asana:
        real.sim->world().createTask(real.sim->userGid(1), real.sim->projectGid(0),
                                     QStringLiteral("Happened while signed out"));
        const qsizetype requestsBefore = real.sim->eventRequests().size();

        // Signing in again resumes the same subscriptions from where they were.
        const QString replacedRefresh = real.app->session()->credentials().refreshToken;
        real.window()->noticeButton()->click();
        QTRY_VERIFY(real.dialog());
        real.dialog()->oauthButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!real.dialog(), kTimeoutMs);
        QCOMPARE(real.window()->accountState(), MainWindow::AccountState::SignedIn);
        QVERIFY(real.window()->noticeText().isEmpty());
        QVERIFY(real.app->session()->credentials().refreshToken != replacedRefresh);
        QTRY_COMPARE_WITH_TIMEOUT(real.entry(real.sim->world().meGid()).credentials->refreshToken,
                                  real.app->session()->credentials().refreshToken, kTimeoutMs); // the new one is kept
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QVERIFY(!syncBefore.isEmpty());
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("After signing in again")));
        // Resumed from the stored sync token: what happened while signed out is there, no gap.
        const QList<SimFixture::EventRequest> requests = real.sim->eventRequests();
        QVERIFY(requests.size() > requestsBefore);
        QCOMPARE(requests.at(requestsBefore).syncToken, syncBefore);
        bool sawWhileSignedOut = false;
        for (int row = 0; row < real.app->model()->rowCount(); ++row) {
            const QModelIndex index = real.app->model()->index(row, 0);
            QVERIFY(!index.data(EventRoles::IsGapRole).toBool());
            sawWhileSignedOut =
                sawWhileSignedOut ||
                index.data(Qt::DisplayRole).toString().contains(QStringLiteral("Happened while signed out"));
        }
        QVERIFY(sawWhileSignedOut);
        QCOMPARE(real.app->model()->rowCount(), rows + 2);
    }

    void anotherAccount_signsThePreviousOneOut_andHasItsOwnFeed()
    {
        RealMode real;
        real.signInWithOAuth();
        const QString first = real.sim->world().meGid();
        const QString firstRefresh = real.app->session()->credentials().refreshToken;
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("Seen by the first account")));
        const QString firstPath = real.app->store()->path();

        // The same token now belongs to someone else (the simulator's "me" changes).
        const QString second = real.sim->userGid(1);
        QVERIFY(second != first);
        real.sim->world().setMe(second);
        real.app->openSignIn();
        QTRY_VERIFY(real.dialog());
        real.usePersonalAccessToken(real.sim->token());
        QTRY_VERIFY_WITH_TIMEOUT(!real.dialog(), kTimeoutMs);
        QCOMPARE(real.app->account()->gid, second);
        QCOMPARE(Settings(real.settings.get()).account()->gid, second);
        QCOMPARE(real.app->store()->path(), EventStore::defaultPath(second));
        QCOMPARE(real.app->model()->rowCount(), 0); // its own (empty) history
        QTRY_VERIFY_WITH_TIMEOUT(real.sim->server().oauth().isRefreshTokenRevoked(firstRefresh), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(real.entry(first).status, TokenResult::Status::NotFound, kTimeoutMs);
        QVERIFY(real.entry(second).ok());
        QVERIFY(QFileInfo::exists(firstPath)); // the first account's history stays
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("Seen by the second account")));
        QCOMPARE(real.app->session()->credentials().accessToken, real.sim->token());
    }

    void signOut_keepingTheHistory_revokesAndForgetsTheSecret()
    {
        RealMode real;
        real.signInWithOAuth();
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("Kept after sign-out")));
        const QString refreshToken = real.app->session()->credentials().refreshToken;
        const QString path = real.app->store()->path();

        QSignalSpy signedOut(real.app.get(), &Application::signedOut);
        real.window()->askSignOut();
        QMessageBox* question = real.window()->signOutQuestion();
        QVERIFY(question);
        for (QAbstractButton* button : question->buttons()) {
            if (button->text().contains(QStringLiteral("Keep History"))) {
                button->click();
            }
        }
        QCOMPARE(signedOut.count(), 1); // this computer forgets at once…
        QCOMPARE(real.entry(real.sim->world().meGid()).status, TokenResult::Status::NotFound);
        QTRY_VERIFY_WITH_TIMEOUT(real.sim->server().oauth().isRefreshTokenRevoked(refreshToken),
                                 kTimeoutMs); // …then Asana
        QVERIFY(!Settings(real.settings.get()).account());
        QCOMPARE(real.window()->accountState(), MainWindow::AccountState::SignedOut);
        QVERIFY(real.app->pollers().isEmpty());
        QVERIFY(real.app->model()->rowCount() > 0); // still on screen
        QVERIFY(QFileInfo::exists(path));
    }

    void signOut_removingTheHistory_leavesNothingBehind()
    {
        RealMode real;
        QVERIFY(real.start());
        QTRY_VERIFY(real.dialog());
        real.usePersonalAccessToken(real.sim->token());
        QTRY_VERIFY_WITH_TIMEOUT(!real.dialog(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("Gone after sign-out")));
        const QString path = real.app->store()->path();
        QVERIFY(QFileInfo::exists(path));

        QSignalSpy signedOut(real.app.get(), &Application::signedOut);
        real.app->signOut(true);
        QCOMPARE(signedOut.count(), 1);
        QCOMPARE(real.entry(real.sim->world().meGid()).status, TokenResult::Status::NotFound);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));
        QCOMPARE(real.app->model()->rowCount(), 0);
        QVERIFY(real.window()->showsEmptyState());
        QVERIFY(real.window()->emptyStateText().contains(QStringLiteral("Not signed in")));
    }

    void noSecret_reachesTheLogs_theSettings_orTheDatabase()
    {
        SimConfig config;
        config.accessTokenLifetime = std::chrono::seconds(3); // renewals too
        RealMode real(config);
        QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
        g_log.clear();
        g_previousHandler = qInstallMessageHandler(captureMessage);
        const auto restore = qScopeGuard([] {
            qInstallMessageHandler(g_previousHandler);
            QLoggingCategory::setFilterRules(QString());
        });
        QStringList secrets{real.sim->token()};

        QVERIFY(real.start());
        QTRY_VERIFY(real.dialog());
        real.usePersonalAccessToken(real.sim->token()); // a personal access token first
        QTRY_VERIFY_WITH_TIMEOUT(!real.dialog(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("Seen with a personal token")));

        real.app->openSignIn(); // then OAuth, renewed twice
        real.signInWithOAuth();
        const auto remember = [&] {
            for (const QString& secret :
                 {real.app->session()->credentials().accessToken, real.app->session()->credentials().refreshToken}) {
                if (!secret.isEmpty() && !secrets.contains(secret)) {
                    secrets.append(secret);
                }
            }
        };
        remember();
        connect(real.app->session(), &AccountSession::credentialsChanged, this, remember);
        QSignalSpy renewed(real.app->session(), &AccountSession::credentialsChanged);
        QTRY_VERIFY_WITH_TIMEOUT(renewed.count() >= 2, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("Seen with OAuth")));
        const QString databasePath = real.app->store()->path();
        QList<QPair<QString, QByteArray>> places;
        const auto readFiles = [&] {
            real.settings->sync();
            for (const QString& path :
                 QStringList{real.settings->fileName(), databasePath, databasePath + QStringLiteral("-wal")}) {
                QFile file(path);
                if (file.open(QIODevice::ReadOnly)) {
                    places.append({path, file.readAll()});
                }
            }
        };
        readFiles(); // signed in
        QVERIFY(places.size() >= 2);
        QVERIFY(places.at(0).second.contains("account")); // it is not a scan of nothing
        QVERIFY(places.size() == 3 &&
                QByteArray(places.at(1).second + places.at(2).second).contains("Seen with OAuth"));
        real.app->signOut(false);
        QTRY_VERIFY_WITH_TIMEOUT(!real.app->session() &&
                                     real.entry(real.sim->world().meGid()).status == TokenResult::Status::NotFound,
                                 kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(real.sim->server().oauth().revokedRefreshTokens().size(), 1, kTimeoutMs);
        readFiles(); // and signed out
        places.append({QStringLiteral("log"), g_log.join(QLatin1Char('\n')).toUtf8()});
        QVERIFY2(g_log.size() > 20, "the logs were captured");
        QVERIFY(secrets.size() >= 5); // the personal token, two+ access tokens, a refresh token
        for (const auto& [where, content] : std::as_const(places)) {
            for (const QString& secret : std::as_const(secrets)) {
                QVERIFY2(!content.contains(secret.toUtf8()),
                         qPrintable(QStringLiteral("a secret in the %1").arg(where)));
            }
        }
    }

    void cancelWhileTheKeychainIsBusy_signsNobodyIn()
    {
        RealMode real;
        QVERIFY(real.start());
        QTRY_VERIFY(real.dialog());
        real.keychain.holding = true; // an unlock prompt the person has not answered yet
        real.usePersonalAccessToken(real.sim->token());
        QTRY_COMPARE_WITH_TIMEOUT(real.keychain.heldCount(), 1, kTimeoutMs);
        QVERIFY(real.dialog()->isVerifying());
        real.dialog()->reject(); // Cancel
        real.keychain.release();
        QTRY_COMPARE(real.entry(real.sim->world().meGid()).status, TokenResult::Status::NotFound);
        QCOMPARE(real.window()->accountState(), MainWindow::AccountState::SignedOut);
        QVERIFY(!real.app->session());
        QVERIFY(real.app->pollers().isEmpty());
        QVERIFY(!Settings(real.settings.get()).account());
    }

    void signOutBeforeTheKeychainAnswered_staysSignedOut()
    {
        RealMode real;
        const QString me = real.sim->world().meGid();
        real.storeSignedInAccount(QStringLiteral("Stored Person"));
        real.keychain.holding = true;
        QVERIFY(real.start());
        QTRY_COMPARE(real.keychain.heldCount(), 1); // the load waits
        real.app->signOut(false);
        real.keychain.release();
        QTRY_COMPARE(real.entry(me).status, TokenResult::Status::NotFound);
        QCOMPARE(real.window()->accountState(), MainWindow::AccountState::SignedOut);
        QVERIFY(!real.app->session());
        QVERIFY(real.app->pollers().isEmpty());
        QVERIFY(real.sim->eventRequests().isEmpty());
    }

    void environmentToken_isUsedForTheRun_andARefusalIsShown()
    {
        RealMode real;
        Application::Options options = real.options();
        options.token = QStringLiteral("refused-by-asana");
        QVERIFY(real.start(options));
        QVERIFY(!real.dialog());
        QCOMPARE(real.window()->accountState(), MainWindow::AccountState::EnvironmentToken);
        QTRY_VERIFY_WITH_TIMEOUT(real.window()->noticeText().contains(QStringLiteral("ASANA_TOKEN")), kTimeoutMs);
        QVERIFY(real.window()->statusText().contains(QStringLiteral("sign-in needed")));
        QCOMPARE(real.app->store()->path(), EventStore::defaultPath(QStringLiteral("default")));
    }

    void settings_openOnce_fromTheMenu_andApplyAtOnce()
    {
        RealMode real;
        QTemporaryDir autostart;
        Application::Options options = real.options();
        options.token = real.sim->token();
        options.autostartLocation = autostart.path();
        QVERIFY(real.start(options));
        QAction* open = real.window()->settingsAction();
        QVERIFY(!open->shortcut().isEmpty());
        open->trigger();
        QPointer<SettingsDialog> dialog = real.app->settingsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        open->trigger(); // raised, not a second one
        QCOMPARE(real.app->settingsDialog(), dialog.data());
        QCOMPARE(real.window()->findChildren<SettingsDialog*>().size(), 1);
        QVERIFY(dialog->accountText().contains(QStringLiteral("ASANA_TOKEN")));

        Settings* settings = real.app->settings();
        settings->setCompactRows(true);
        QVERIFY(real.window()->feedView()->eventDelegate()->isCompact());
        settings->setCompactRows(false);
        QVERIFY(!real.window()->feedView()->eventDelegate()->isCompact());

        if (!Theme::environmentOverride()) {
            const QPalette platform = QApplication::palette();
            settings->setColorScheme(Settings::ColorScheme::Dark);
            QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
            QTRY_VERIFY(real.window()->palette().color(QPalette::Window).lightness() < 100);
            settings->setColorScheme(Settings::ColorScheme::System);
            QCOMPARE(QApplication::palette().color(QPalette::Window), platform.color(QPalette::Window));
        }

        // Start at login starts this program, minimized once that is chosen; in the test's folder.
        StartAtLogin* login = real.app->startAtLogin();
        QVERIFY(login->entryPath().startsWith(autostart.path()));
        QVERIFY2(login->setEnabled(true), qPrintable(login->error()));
        settings->setStartMinimized(true);
        QFile entry(login->entryPath());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(entry.readAll());
        QVERIFY2(text.contains(QCoreApplication::applicationFilePath()) &&
                     text.contains(QLatin1String(" --minimized\n")),
                 qPrintable(text));

        dialog->close();
        QTRY_VERIFY(!dialog); // closed is gone: the next one reads the settings afresh
        QVERIFY(!real.app->settingsDialog());
    }

    void busyHistory_isLeftAlone_andTheFeedRunsInMemory()
    {
        // Another copy of the app holds the account's database: it is not damaged, only busy.
        RealMode real;
        const QString me = real.sim->world().meGid();
        real.storeSignedInAccount(QStringLiteral("Stored Person"));
        const QString path = EventStore::defaultPath(me);
        {
            EventStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.setSubscriptionState(QStringLiteral("7"), QStringLiteral("kept")));
        }
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(lock.exec(QStringLiteral("UPDATE subscriptions SET state = 'held'")));
            QVERIFY(real.start());
            QCOMPARE(real.app->store()->path(), QStringLiteral(":memory:"));
            QVERIFY2(real.window()->noticeText().contains(QStringLiteral("in use by another program")),
                     qPrintable(real.window()->noticeText()));
            QVERIFY(real.window()->noticeText().contains(QStringLiteral("this run only")));
            QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QVERIFY(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*corrupt*")}).isEmpty());
        EventStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.subscription(QStringLiteral("7"))->state, QStringLiteral("kept"));
    }

    void historyThatCannotBeWritten_isSaidAboveTheFeed_untilItCanBe()
    {
        RealMode real;
        real.storeSignedInAccount(QStringLiteral("Stored Person"));
        QVERIFY(real.start());
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        const QString path = real.app->store()->path();
        {
            // Someone else holds the write lock (as a full or failing disk would refuse writes).
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            real.sim->world().createTask(real.sim->userGid(1), real.sim->projectGid(0), QStringLiteral("Waits"));
            QTRY_VERIFY_WITH_TIMEOUT(real.window()->noticeText().contains(QStringLiteral("cannot be saved")),
                                     kTimeoutMs);
            QVERIFY2(real.window()->noticeText().contains(QDir::toNativeSeparators(path)),
                     qPrintable(real.window()->noticeText()));
            QVERIFY(!real.window()->statusText().contains(QStringLiteral("network")));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        // Once it can be written, the event arrives and the notice goes.
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("Waits")));
        QTRY_VERIFY_WITH_TIMEOUT(real.window()->noticeText().isEmpty(), kTimeoutMs);
    }

    void failedSubscription_isSaidAboveTheFeed_andRetryFollowsItAgain()
    {
        RealMode real;
        real.storeSignedInAccount(QStringLiteral("Stored Person"));
        QVERIFY(real.start());
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        const QString project = real.sim->projectGid(0);
        const QString projectName = real.sim->world().project(project)->name;
        QTRY_VERIFY_WITH_TIMEOUT(real.window()->statusText().contains(projectName), kTimeoutMs); // named

        // The project is no longer shared with this account: its polling fails for good.
        real.sim->world().setForbidden(project);
        real.sim->world().createTask(real.sim->userGid(1), project, QStringLiteral("Not for your eyes"));
        QTRY_VERIFY_WITH_TIMEOUT(real.window()->noticeText().contains(QStringLiteral("cannot be followed")),
                                 kTimeoutMs);
        const QString notice = real.window()->noticeText();
        QVERIFY2(notice.startsWith(projectName + QStringLiteral(" cannot be followed: this account has no access")),
                 qPrintable(notice));
        QVERIFY(notice.contains(QStringLiteral("Ask its owner to share it"))); // Asana's own reason
        QVERIFY(!notice.contains(project));
        QVERIFY(!real.window()->statusText().contains(project));
        QCOMPARE(real.window()->noticeButton()->text(), QStringLiteral("Retry"));

        // Shared again; Retry follows it from where it stopped.
        real.sim->world().setForbidden(project, false);
        real.window()->noticeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(real.window()->noticeText().isEmpty(), kTimeoutMs);
        // What happened meanwhile arrives: it resumed from its sync token.
        const auto shown = [&real](const QString& name) {
            for (int row = 0; row < real.app->model()->rowCount(); ++row) {
                if (real.app->model()->index(row, 0).data(Qt::DisplayRole).toString().contains(name)) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shown(QStringLiteral("Not for your eyes")), kTimeoutMs);
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("Shared again")));
    }

    void credentialsFromAnotherHost_areNotUsed()
    {
        RealMode real;
        AccountInfo account;
        account.gid = real.sim->world().meGid();
        account.name = QStringLiteral("Stored Person");
        Settings(real.settings.get()).setAccount(account);
        // Issued by Asana itself; this run points at the simulator.
        real.saveEntry(account.gid, Credentials{Credentials::Kind::PersonalAccessToken,
                                                real.sim->token(),
                                                {},
                                                {},
                                                QString::fromLatin1(Credentials::asanaOrigin)});
        QVERIFY(real.start());
        QTRY_VERIFY_WITH_TIMEOUT(real.window()->noticeText().contains(QStringLiteral("https://app.asana.com")),
                                 kTimeoutMs);
        QCOMPARE(real.window()->accountState(), MainWindow::AccountState::NeedsSignIn);
        QTRY_VERIFY(real.dialog()); // asked to sign in there instead
        for (const SimRequestRecord& request : real.sim->server().requests()) {
            QVERIFY2(!request.path.startsWith(QStringLiteral("/api/")), qPrintable(request.path));
        }
    }

    void noKeychain_saysSo_andKeepsTheSignInForThisRunOnly()
    {
        RealMode real;
        NoKeychain noKeychain;
        real.tokens = &noKeychain;
        QVERIFY(real.start());
        QTRY_VERIFY(real.dialog());
        real.usePersonalAccessToken(real.sim->token());
        QTRY_VERIFY_WITH_TIMEOUT(!real.dialog(), kTimeoutMs);
        QCOMPARE(noKeychain.saves, 1);
        QVERIFY2(real.window()->noticeText().contains(QStringLiteral("No keychain is available")),
                 qPrintable(real.window()->noticeText()));
        QVERIFY(real.window()->noticeText().contains(QStringLiteral("this run only")));
        QCOMPARE(real.window()->accountState(), MainWindow::AccountState::SignedIn);
        QVERIFY(!real.app->tokenStore()->isPersistent());
        QTRY_VERIFY_WITH_TIMEOUT(real.allPollersLive(), kTimeoutMs);
        QVERIFY(real.newEventReachesTheFeed(QStringLiteral("Works without a keychain")));
        // Nothing secret went anywhere else instead.
        real.settings->sync();
        QFile settingsFile(real.settings->fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains(real.sim->token().toUtf8()));
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
