// AccountController against the simulator: every transition of the account's life cycle, and
// the answers that come back too late for the state that asked (a keychain that answers after a
// sign-in, an attempt cancelled while it was being kept).
#include "FakeKeychain.h"
#include "ScriptedBrowser.h"
#include "SimFixture.h"
#include "api/AsanaClient.h"
#include "auth/AccountController.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;

namespace {

constexpr int kTimeoutMs = 15000;

struct Account
{
    std::unique_ptr<SimFixture> sim = std::make_unique<SimFixture>();
    QNetworkAccessManager network;
    AsanaClient client{&network};
    FakeKeychain keychain;
    ScriptedBrowser browser;
    std::unique_ptr<AccountController> accounts;
    QList<AccountController::State> states;

    explicit Account(TokenStore* store = nullptr)
    {
        client.setBaseUrl(sim->baseUrl());
        AccountController::Options options;
        options.apiBaseUrl = sim->baseUrl();
        options.clientId = sim->server().config().oauthClientId;
        options.oauthPort = 0;
        options.openUrl = [this](const QUrl& url) { browser.open(url); };
        accounts = std::make_unique<AccountController>(&network, &client, store ? store : &keychain, options);
        QObject::connect(accounts.get(), &AccountController::stateChanged, accounts.get(),
                         [this](AccountController::State state) { states.append(state); });
    }
    [[nodiscard]] AccountInfo me() const
    {
        AccountInfo account;
        account.gid = sim->world().meGid();
        account.name = QStringLiteral("Remembered Name");
        return account;
    }
    [[nodiscard]] Credentials pat() const
    {
        return {Credentials::Kind::PersonalAccessToken, sim->token(), {}, {}, AsanaClient::originOf(sim->baseUrl())};
    }
    void store(const Credentials& credentials)
    {
        bool done = false;
        keychain.save(sim->world().meGid(), credentials, [&done](const TokenResult&) { done = true; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs); }();
    }
    TokenResult entry()
    {
        std::optional<TokenResult> loaded;
        keychain.load(sim->world().meGid(), [&loaded](const TokenResult& result) { loaded = result; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), kTimeoutMs); }();
        return loaded.value_or(TokenResult{TokenResult::Status::Failed, {}, {}});
    }
    [[nodiscard]] bool tokenWorks()
    {
        int status = -1;
        ApiReply* reply = client.get(QStringLiteral("users/me"));
        QObject::connect(reply, &ApiReply::finished, reply,
                         [&status](const ApiResult& result) { status = result.ok() ? 200 : result.status; });
        return QTest::qWaitFor([&status] { return status != -1; }, kTimeoutMs) && status == 200;
    }
};

} // namespace

class TestAccountController final : public QObject
{
    Q_OBJECT

private slots:
    void nobodyRemembered_isSignedOut_andAsksForASignIn()
    {
        Account account;
        QSignalSpy wanted(account.accounts.get(), &AccountController::signInWanted);
        account.accounts->start(std::nullopt);
        QCOMPARE(account.accounts->state(), AccountController::State::SignedOut);
        QCOMPARE(account.states, QList<AccountController::State>{AccountController::State::SignedOut});
        QCOMPARE(wanted.count(), 1);
        QVERIFY(!account.accounts->session());
    }

    void remembered_loadsItsCredentials_thenIsSignedIn_andLearnsWhoItIs()
    {
        Account account;
        account.store(account.pat());
        QSignalSpy changed(account.accounts.get(), &AccountController::accountChanged);
        account.accounts->start(account.me());
        QCOMPARE(account.accounts->state(), AccountController::State::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(account.accounts->state(), AccountController::State::SignedIn, kTimeoutMs);
        QVERIFY(account.tokenWorks());
        // Who the account is now comes from Asana, not from what was remembered.
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), kTimeoutMs);
        QVERIFY(account.accounts->account()->name != QStringLiteral("Remembered Name"));
        QVERIFY(!account.accounts->account()->workspaces.isEmpty());
    }

    void remembered_withoutUsableCredentials_needsASignIn_data()
    {
        QTest::addColumn<QString>("keychain");
        QTest::addColumn<QString>("reason");
        QTest::newRow("entry gone") << QStringLiteral("missing") << QStringLiteral("no longer on this computer");
        QTest::newRow("no keychain") << QStringLiteral("unavailable") << QStringLiteral("No keychain is available");
        QTest::newRow("another host") << QStringLiteral("elsewhere") << QStringLiteral("https://app.asana.com");
    }

    void remembered_withoutUsableCredentials_needsASignIn()
    {
        QFETCH(QString, keychain);
        QFETCH(QString, reason);
        NoKeychain none;
        Account account(keychain == QLatin1String("unavailable") ? static_cast<TokenStore*>(&none) : nullptr);
        if (keychain == QLatin1String("elsewhere")) {
            Credentials issuedByAsana = account.pat();
            issuedByAsana.origin = QString::fromLatin1(Credentials::asanaOrigin);
            account.store(issuedByAsana);
        }
        QSignalSpy wanted(account.accounts.get(), &AccountController::signInWanted);
        account.accounts->start(account.me());
        QTRY_COMPARE_WITH_TIMEOUT(account.accounts->state(), AccountController::State::NeedsSignIn, kTimeoutMs);
        QVERIFY2(account.accounts->stateReason().contains(reason), qPrintable(account.accounts->stateReason()));
        QCOMPARE(wanted.count(), 1);
        QVERIFY(!account.accounts->session());
        QVERIFY(account.sim->server().requests().isEmpty()); // nothing was sent anywhere
        QCOMPARE(account.accounts->tokenStore()->isPersistent(), keychain != QLatin1String("unavailable"));
    }

    void personalAccessToken_isVerified_kept_andSignsIn()
    {
        Account account;
        account.accounts->start(std::nullopt);
        QSignalSpy signedIn(account.accounts.get(), &AccountController::signedIn);
        QSignalSpy succeeded(account.accounts.get(), &AccountController::signInSucceeded);
        QSignalSpy failed(account.accounts.get(), &AccountController::signInFailed);
        account.accounts->signInWithToken(QStringLiteral("not-a-token"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
        QCOMPARE(account.accounts->state(), AccountController::State::SignedOut); // a refusal changes nothing

        account.accounts->signInWithToken(account.sim->token());
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, kTimeoutMs);
        QCOMPARE(account.accounts->state(), AccountController::State::SignedIn);
        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(signedIn.first().at(1).toBool(), false); // not OAuth
        QCOMPARE(account.entry().credentials->accessToken, account.sim->token());
        QVERIFY(account.tokenWorks());
    }

    void lateKeychainAnswer_isDropped_afterASignIn()
    {
        // The keychain takes its time to answer at start-up (an unlock prompt), and the person
        // signs in meanwhile: the old answer, when it comes, changes nothing.
        Account account;
        Credentials stale = account.pat();
        stale.accessToken = QStringLiteral("stale-token");
        account.store(stale);
        account.keychain.holding = true;
        account.accounts->start(account.me());
        QCOMPARE(account.accounts->state(), AccountController::State::Loading);
        QCOMPARE(account.keychain.heldCount(), 1);
        account.keychain.holding = false;
        QSignalSpy succeeded(account.accounts.get(), &AccountController::signInSucceeded);
        account.accounts->signInWithToken(account.sim->token());
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, kTimeoutMs);
        const int transitions = int(account.states.size());
        account.keychain.release(); // the late answer: the stale entry
        QTRY_COMPARE_WITH_TIMEOUT(account.keychain.heldCount(), 0, kTimeoutMs);
        QCoreApplication::processEvents();
        QCOMPARE(account.accounts->state(), AccountController::State::SignedIn);
        QCOMPARE(account.states.size(), transitions);
        QCOMPARE(account.accounts->session()->credentials().accessToken, account.sim->token());
        QVERIFY(account.tokenWorks());
    }

    void failedAttemptWhileLoading_leavesTheLoadingToFinish()
    {
        // The keychain is slow at start-up; meanwhile an attempt fails (a mistyped token). The
        // keychain's answer, when it comes, is still the one the account was waiting for.
        Account account;
        account.store(account.pat());
        account.keychain.holding = true;
        account.accounts->start(account.me());
        QSignalSpy failed(account.accounts.get(), &AccountController::signInFailed);
        account.keychain.holding = false;
        account.accounts->signInWithToken(QStringLiteral("mistyped"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
        QCOMPARE(account.accounts->state(), AccountController::State::Loading);
        account.keychain.release();
        QTRY_COMPARE_WITH_TIMEOUT(account.accounts->state(), AccountController::State::SignedIn, kTimeoutMs);
        QVERIFY(account.tokenWorks());
    }

    void attemptCancelledWhileBeingKept_signsNobodyIn()
    {
        Account account;
        account.accounts->start(std::nullopt);
        account.keychain.holding = true; // the keychain is slow to keep what the sign-in gave
        QSignalSpy progress(account.accounts.get(), &AccountController::signInProgress);
        QSignalSpy signedIn(account.accounts.get(), &AccountController::signedIn);
        account.accounts->signInWithToken(account.sim->token());
        QTRY_COMPARE_WITH_TIMEOUT(account.keychain.heldCount(), 1, kTimeoutMs);
        QCOMPARE(progress.last().first().value<AccountController::Progress>(), AccountController::Progress::Verifying);
        account.accounts->cancelSignIn();
        account.keychain.release();
        // The save went through, and is taken back: nobody is signed in, nothing is kept.
        QTRY_COMPARE_WITH_TIMEOUT(account.entry().status, TokenResult::Status::NotFound, kTimeoutMs);
        QCOMPARE(account.accounts->state(), AccountController::State::SignedOut);
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!account.accounts->session());
    }

    void oauth_signsIn_andARefusedRenewal_needsASignIn_keepingTheEntry()
    {
        Account account;
        account.accounts->start(std::nullopt);
        QSignalSpy signedIn(account.accounts.get(), &AccountController::signedIn);
        account.accounts->signInWithBrowser();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, kTimeoutMs);
        QCOMPARE(signedIn.first().at(1).toBool(), true);
        QCOMPARE(account.accounts->state(), AccountController::State::SignedIn);
        const QString refreshToken = account.accounts->session()->credentials().refreshToken;
        QVERIFY(!refreshToken.isEmpty());

        // A 401 that a renewal fixes: recovered, still signed in.
        QSignalSpy recovered(account.accounts.get(), &AccountController::recovered);
        account.accounts->handleUnauthorized();
        QTRY_COMPARE_WITH_TIMEOUT(recovered.count(), 1, kTimeoutMs);
        QCOMPARE(account.accounts->state(), AccountController::State::SignedIn);

        // Asana forgets the grant: the renewal is refused, the account needs a sign-in; nothing
        // is deleted, and nothing asks for a dialog on top of what is on screen.
        account.sim->server().oauth().revokeRefreshToken(refreshToken);
        QSignalSpy wanted(account.accounts.get(), &AccountController::signInWanted);
        account.accounts->handleUnauthorized();
        QTRY_COMPARE_WITH_TIMEOUT(account.accounts->state(), AccountController::State::NeedsSignIn, kTimeoutMs);
        QVERIFY(!account.accounts->stateReason().isEmpty());
        QVERIFY(account.entry().ok());
        QCOMPARE(wanted.count(), 0);

        // Signing in again brings it back.
        account.accounts->signInWithBrowser();
        QTRY_COMPARE_WITH_TIMEOUT(account.accounts->state(), AccountController::State::SignedIn, kTimeoutMs);
        QVERIFY(account.tokenWorks());
    }

    void outOfBand_waitsForTheCode()
    {
        Account account;
        account.accounts->start(std::nullopt);
        account.browser.setMode(ScriptedBrowser::Mode::ShowOutOfBandCode);
        QSignalSpy progress(account.accounts.get(), &AccountController::signInProgress);
        account.accounts->signInOutOfBand();
        QCOMPARE(progress.last().first().value<AccountController::Progress>(),
                 AccountController::Progress::WaitingForCode);
        QTRY_VERIFY_WITH_TIMEOUT(!account.browser.outOfBandCode().isEmpty(), kTimeoutMs);
        account.accounts->submitCode(account.browser.outOfBandCode());
        QTRY_COMPARE_WITH_TIMEOUT(account.accounts->state(), AccountController::State::SignedIn, kTimeoutMs);
    }

    void signOut_forgetsHere_thenRevokesAtAsana()
    {
        Account account;
        account.accounts->start(std::nullopt);
        account.accounts->signInWithBrowser();
        QTRY_COMPARE_WITH_TIMEOUT(account.accounts->state(), AccountController::State::SignedIn, kTimeoutMs);
        const QString refreshToken = account.accounts->session()->credentials().refreshToken;
        const QString gid = account.accounts->account()->gid;
        QSignalSpy signedOut(account.accounts.get(), &AccountController::signedOut);
        account.states.clear();
        account.accounts->signOut(true);
        QCOMPARE(account.states, (QList<AccountController::State>{AccountController::State::SigningOut,
                                                                  AccountController::State::SignedOut}));
        QCOMPARE(signedOut.count(), 1);
        QCOMPARE(signedOut.first().at(0).toString(), gid);
        QCOMPARE(signedOut.first().at(1).toBool(), true);
        QVERIFY(!account.accounts->account());
        QVERIFY(!account.client.hasAccessToken());
        QTRY_COMPARE_WITH_TIMEOUT(account.entry().status, TokenResult::Status::NotFound, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(account.sim->server().oauth().isRefreshTokenRevoked(refreshToken), kTimeoutMs);
    }
};

QTEST_GUILESS_MAIN(TestAccountController)
#include "tst_accountcontroller.moc"
