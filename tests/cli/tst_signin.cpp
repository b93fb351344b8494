// `asana-feed --sign-in` as a program, with the real binary against the simulator: a personal
// access token from stdin, the OAuth dance through a scripted "browser", out-of-band with the
// test pasting the code, follow mode using the keychain's token, and no token anywhere in the
// output, the settings or the state database.
// The keychain is the real Secret Service (`./dev test` starts gnome-keyring) under a keychain
// service of this test's own; the runs of each test share a private home (AppProcess).
#include "AppProcess.h"
#include "SimFixture.h"
#include "auth/KeychainTokenStore.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;

namespace {

QString randomHex()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16);
}

TokenResult wait(const std::function<void(TokenStore::Done)>& call)
{
    QEventLoop loop;
    std::optional<TokenResult> answer;
    call([&](const TokenResult& result) {
        answer = result;
        loop.quit();
    });
    if (!answer) {
        loop.exec();
    }
    return *answer;
}

// What a run left behind, besides what it printed.
struct SecretScan
{
    int files = 0;
    bool sawAccount = false; // the settings naming the signed-in account
};

// Fails the test when one of `secrets` is in one of `texts` or in any file under `home` (the
// settings, the state database, anything else a run wrote there).
void scanForSecrets(const QString& home, const QStringList& texts, const QStringList& secrets, SecretScan* scan)
{
    for (const QString& secret : secrets) {
        QVERIFY(!secret.isEmpty());
        for (const QString& text : texts) {
            QVERIFY2(!text.contains(secret), "a secret was printed");
        }
    }
    QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const QString& secret : secrets) {
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(path));
        }
        scan->sawAccount = scan->sawAccount || content.contains("account");
        ++scan->files;
    }
}

// Waits for `reply` from the (in-process) simulator; it must be a 200.
void finishReply(QNetworkReply* reply, QByteArray* body = nullptr)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));
    reply->deleteLater();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    if (body) {
        *body = reply->readAll();
    }
}

// The authorize URL a sign-in printed on stderr; empty until it has.
QUrl printedAuthorizeUrl(const QString& errors)
{
    for (const QString& line : errors.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("http")) && line.contains(QLatin1String("/-/oauth_authorize"))) {
            return QUrl(line.trimmed(), QUrl::StrictMode);
        }
    }
    return {};
}

} // namespace

class TestSignIn final : public QObject
{
    Q_OBJECT

    const QString m_service = QStringLiteral("io.github.asanafeed.AsanaFeed.test-signin-") + randomHex();
    KeychainTokenStore m_store{m_service};
    bool m_keychain = false;

    void requireKeychain()
    {
        if (!m_keychain) {
            QSKIP("no Secret Service on this session bus; `./dev test` starts one");
        }
    }

    // A run with this test's keychain service, in `home` (the runs of one test share it: the
    // settings name the signed-in account). With no `input`, standard input stays open for write().
    [[nodiscard]] AppProcess::Setup inHome(const QString& home, const QStringList& arguments,
                                           QList<std::pair<QString, QString>> environment = {},
                                           const std::optional<QByteArray>& input = QByteArray()) const
    {
        AppProcess::Setup setup;
        setup.arguments = arguments;
        setup.environment = std::move(environment);
        setup.environment.append({QStringLiteral("ASANAFEED_KEYCHAIN_SERVICE"), m_service});
        setup.home = home;
        setup.input = input;
        return setup;
    }

    QStringList signInArguments(const SimFixture& sim, bool tokenStdin)
    {
        QStringList arguments{QStringLiteral("--sign-in"), QStringLiteral("--base-url"), sim.baseUrl().toString()};
        if (tokenStdin) {
            arguments << QStringLiteral("--token-stdin");
        }
        return arguments;
    }

    QStringList outOfBandArguments(const SimFixture& sim)
    {
        return {QStringLiteral("--sign-in"), QStringLiteral("--out-of-band"), QStringLiteral("--base-url"),
                sim.baseUrl().toString()};
    }

    static QList<std::pair<QString, QString>> oauthClient(SimFixture& sim)
    {
        return {{QStringLiteral("ASANA_CLIENT_ID"), sim.server().config().oauthClientId}};
    }

    TokenResult loadEntry(SimFixture& sim)
    {
        return wait([this, &sim](TokenStore::Done done) { m_store.load(sim.world().meGid(), done); });
    }

    void forgetEntry(SimFixture& sim)
    {
        wait([this, &sim](TokenStore::Done done) { m_store.remove(sim.world().meGid(), done); });
    }

    // Plays the person at the browser of an out-of-band sign-in: takes the authorize URL the run
    // printed, looks at the consent page, allows, and reads the code the page then shows.
    void approveOutOfBand(AppProcess& run, QString* code)
    {
        QTRY_VERIFY2_WITH_TIMEOUT(!printedAuthorizeUrl(run.errors()).isEmpty(), qPrintable(run.errors()), 15000);
        const QUrl authorize = printedAuthorizeUrl(run.errors());
        QCOMPARE(QUrlQuery(authorize).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("urn:ietf:wg:oauth:2.0:oob"));
        QNetworkAccessManager browser;
        QByteArray page;
        finishReply(browser.get(QNetworkRequest(authorize)), &page);
        QVERIFY2(page.contains("value=\"allow\""), page.constData()); // the consent page, not yet a code
        QUrl allow = authorize;
        QUrlQuery query(allow);
        query.addQueryItem(QStringLiteral("sim_decision"), QStringLiteral("allow"));
        allow.setQuery(query);
        finishReply(browser.get(QNetworkRequest(allow)), &page);
        const QByteArray open = "<code id=\"code\">";
        const qsizetype from = page.indexOf(open);
        QVERIFY2(from >= 0, "the page shows no code");
        *code = QString::fromLatin1(page.mid(from + open.size(), page.indexOf("</code>", from) - from - open.size()));
        QVERIFY(!code->isEmpty());
    }

    struct OutOfBandSignIn
    {
        QStringList printed; // its stdout and stderr
        QString code;        // the code the test pasted
        Credentials kept;    // what the keychain then held
    };

    // `asana-feed --sign-in --out-of-band` on a keychain without the account, the test pasting the code.
    void signInOutOfBand(SimFixture& sim, const QString& home, OutOfBandSignIn* signedIn)
    {
        forgetEntry(sim);
        AppProcess run(inHome(home, outOfBandArguments(sim), oauthClient(sim), std::nullopt));
        approveOutOfBand(run, &signedIn->code);
        if (QTest::currentTestFailed()) {
            return;
        }
        run.write(signedIn->code.toUtf8() + "\n");
        QVERIFY(run.waitForExit(30000));
        QVERIFY2(run.exitCode() == 0, qPrintable(run.errors()));
        QVERIFY2(run.output().startsWith(QStringLiteral("Signed in as ")), qPrintable(run.output()));
        signedIn->printed = QStringList{run.output(), run.errors()};
        const TokenResult kept = loadEntry(sim);
        QVERIFY2(kept.ok(), qPrintable(kept.message));
        signedIn->kept = *kept.credentials;
    }

    // No token the simulator issued, nor the code, in what the sign-in and `texts` printed or in `home`.
    void scanOAuthRuns(SimFixture& sim, const QString& home, const OutOfBandSignIn& signedIn, const QStringList& texts,
                       SecretScan* scan)
    {
        scanForSecrets(home, signedIn.printed + texts, sim.server().oauth().issuedTokens() << signedIn.code, scan);
    }

    // The person removes the app's access in Asana: the refresh token is revoked (and the access
    // tokens issued with it stop working).
    void revokeAtSimulator(SimFixture& sim, const QString& refreshToken)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), refreshToken);
        form.addQueryItem(QStringLiteral("client_id"), sim.server().config().oauthClientId);
        QUrl url = sim.baseUrl();
        url.setPath(QStringLiteral("/-/oauth_revoke"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkAccessManager browser;
        finishReply(browser.post(request, form.toString(QUrl::FullyEncoded).toLatin1()));
        QVERIFY(sim.server().oauth().isRefreshTokenRevoked(refreshToken));
    }

    QStringList followArguments(const SimFixture& sim, const QStringList& gids, const QString& statePath)
    {
        QStringList arguments{QStringLiteral("--base-url"), sim.baseUrl().toString(),  QStringLiteral("--interval"),
                              QStringLiteral("0.1"),        QStringLiteral("--state"), statePath};
        for (const QString& gid : gids) {
            arguments << QStringLiteral("--follow") << gid;
        }
        return arguments;
    }

private slots:
    void initTestCase()
    {
        const TokenResult probe = wait([this](TokenStore::Done done) { m_store.load(QStringLiteral("probe"), done); });
        m_keychain = probe.status != TokenResult::Status::Unavailable && probe.status != TokenResult::Status::Failed;
        if (!m_keychain && qEnvironmentVariableIntValue("ASANAFEED_REQUIRE_KEYCHAIN") == 1) {
            QFAIL(qPrintable(QStringLiteral("the Secret Service is required but not reachable: ") + probe.message));
        }
    }

    void cleanupTestCase()
    {
        if (m_keychain) {
            SimFixture sim;
            wait([this, &sim](TokenStore::Done done) { m_store.remove(sim.userGid(0), done); });
        }
    }

    void wrongToken_exitsThree()
    {
        SimFixture sim;
        QTemporaryDir home;
        AppProcess run(inHome(home.path(), signInArguments(sim, true), {}, "not-a-real-token\n"));
        QVERIFY(run.waitForExit());
        QCOMPARE(run.exitCode(), 3);
        QVERIFY(run.output().isEmpty());
        QVERIFY(!run.errors().isEmpty());
    }

    void noKeychain_saysSo_andKeepsNothing()
    {
        SimFixture sim;
        QTemporaryDir home;
        // No session bus at all, so no Secret Service: nothing may be kept anywhere else instead.
        AppProcess run(inHome(home.path(), signInArguments(sim, true),
                              {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus"))}},
                              sim.token().toUtf8() + '\n'));
        QVERIFY(run.waitForExit());
        QCOMPARE(run.exitCode(), 1);
        QVERIFY2(run.errors().contains(QStringLiteral("no keychain is available")), qPrintable(run.errors()));
        QVERIFY(run.output().isEmpty());
        QDirIterator files(home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(sim.token().toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!content.contains("account"), qPrintable(file.fileName())); // not remembered either
        }
    }

    void oauthWithoutClientId_explainsAndExitsTwo()
    {
        SimFixture sim;
        QTemporaryDir home;
        AppProcess run(inHome(home.path(), signInArguments(sim, false)));
        QVERIFY(run.waitForExit());
        QCOMPARE(run.exitCode(), 2);
        QVERIFY2(run.errors().contains(QStringLiteral("ASANA_CLIENT_ID")), qPrintable(run.errors()));
        QVERIFY(run.errors().contains(QStringLiteral("http://127.0.0.1:8723/callback")));
    }

    void followWithoutAccount_mentionsSignIn()
    {
        SimFixture sim;
        QTemporaryDir home;
        AppProcess run(inHome(home.path(), {QStringLiteral("--follow"), sim.projectGid(0), QStringLiteral("--base-url"),
                                            sim.baseUrl().toString()}));
        QVERIFY(run.waitForExit());
        QCOMPARE(run.exitCode(), 2);
        QVERIFY2(run.errors().contains(QStringLiteral("--sign-in")), qPrintable(run.errors()));
    }

    void tokenStdin_thenFollowUsesTheKeychain_andTheTokenIsNowhere()
    {
        requireKeychain();
        SimFixture sim;
        QTemporaryDir home;
        AppProcess signIn(inHome(home.path(), signInArguments(sim, true), {}, sim.token().toUtf8() + "\n"));
        QVERIFY(signIn.waitForExit());
        QVERIFY2(signIn.exitCode() == 0, qPrintable(signIn.errors()));
        QVERIFY2(signIn.output().startsWith(QStringLiteral("Signed in as ")), qPrintable(signIn.output()));

        const QString statePath = home.filePath(QStringLiteral("state.db"));
        const QString gid = sim.projectGid(0);
        AppProcess follow(inHome(home.path(), {QStringLiteral("--follow"), gid, QStringLiteral("--base-url"),
                                               sim.baseUrl().toString(), QStringLiteral("--interval"),
                                               QStringLiteral("0.1"), QStringLiteral("--state"), statePath}));
        QVERIFY2(follow.waitForLive(), qPrintable(follow.errors()));
        sim.world().injectEvents(gid, 3);
        QTRY_COMPARE_WITH_TIMEOUT(follow.output().count(QLatin1Char('\n')), 3, 10000);
        follow.signal(SIGTERM);
        QVERIFY(follow.waitForExit());
        QCOMPARE(follow.exitCode(), 0);

        // The token: in the keychain, and nowhere else.
        SecretScan scan;
        scanForSecrets(home.path(), {signIn.output(), signIn.errors(), follow.output(), follow.errors()}, {sim.token()},
                       &scan);
        QVERIFY(scan.sawAccount);
        QVERIFY(QFile::exists(statePath));
        QVERIFY(scan.files >= 2);
    }

    void follow_neverSendsTheCredentialsToAnotherHost()
    {
        requireKeychain();
        SimFixture sim;
        SimFixture other; // --base-url pointing elsewhere, by mistake or by a hostile suggestion
        QTemporaryDir home;
        AppProcess signIn(inHome(home.path(), signInArguments(sim, true), {}, sim.token().toUtf8() + "\n"));
        QVERIFY(signIn.waitForExit());
        QVERIFY2(signIn.exitCode() == 0, qPrintable(signIn.errors()));
        AppProcess follow(inHome(home.path(), {QStringLiteral("--follow"), sim.projectGid(0),
                                               QStringLiteral("--base-url"), other.baseUrl().toString()}));
        QVERIFY(follow.waitForExit());
        QCOMPARE(follow.exitCode(), 2);
        const QString issuer = QStringLiteral("http://127.0.0.1:%1").arg(sim.server().port());
        QVERIFY2(follow.errors().contains(QStringLiteral("issued by ") + issuer), qPrintable(follow.errors()));
        QVERIFY(other.server().requests().isEmpty());
        // With the server that issued them, they work as before.
        AppProcess same(inHome(home.path(), {QStringLiteral("--follow"), sim.projectGid(0),
                                             QStringLiteral("--base-url"), sim.baseUrl().toString()}));
        QVERIFY2(same.waitForLive(), qPrintable(same.errors()));
        same.signal(SIGTERM);
        QVERIFY(same.waitForExit());
    }

    void oauth_endToEndWithAScriptedBrowser()
    {
        requireKeychain();
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
            QSKIP("curl is needed for the scripted browser");
        }
        SimFixture sim;
        QTemporaryDir home;
        const QString script = home.filePath(QStringLiteral("browser.sh"));
        {
            QFile file(script);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("#!/bin/sh\n"
                       "redirect=$(curl -s -o /dev/null -w '%{redirect_url}' \"$1&sim_auto_approve=1\")\n"
                       "curl -s \"$redirect\" >/dev/null\n");
            file.close();
            QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
        AppProcess run(inHome(home.path(), signInArguments(sim, false),
                              {{QStringLiteral("ASANA_CLIENT_ID"), QStringLiteral("asanafeed-sim")},
                               {QStringLiteral("ASANAFEED_SIGNIN_BROWSER"), script}}));
        QVERIFY(run.waitForExit(30000));
        QVERIFY2(run.exitCode() == 0, qPrintable(run.errors()));
        QVERIFY2(run.output().startsWith(QStringLiteral("Signed in as ")), qPrintable(run.output()));
        QVERIFY(run.errors().contains(QStringLiteral("/-/oauth_authorize")));

        // The stored OAuth token lets follow mode go live.
        AppProcess follow(
            inHome(home.path(), {QStringLiteral("--follow"), sim.projectGid(0), QStringLiteral("--base-url"),
                                 sim.baseUrl().toString(), QStringLiteral("--interval"), QStringLiteral("0.1")}));
        QVERIFY2(follow.waitForLive(), qPrintable(follow.errors()));
    }

    void outOfBand_pastedCodeSignsIn_andTheTokensAreNowhereElse()
    {
        requireKeychain();
        SimFixture sim;
        QTemporaryDir home;
        OutOfBandSignIn signedIn;
        signInOutOfBand(sim, home.path(), &signedIn);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(signedIn.kept.kind, Credentials::Kind::OAuth);
        QVERIFY(!signedIn.kept.refreshToken.isEmpty());
        QVERIFY(signedIn.kept.expiresAt.isValid());
        QCOMPARE(sim.server().oauth().accessTokenState(signedIn.kept.accessToken), SimOAuth::TokenState::Valid);
        QCOMPARE(sim.server().oauth().grantCount(QStringLiteral("authorization_code")), 1);

        SecretScan scan;
        scanOAuthRuns(sim, home.path(), signedIn, {}, &scan);
        QVERIFY(scan.sawAccount);
    }

#ifdef Q_OS_LINUX
    // A sign-in in a terminal runs on QtCore: waiting for the pasted code, no GUI library is mapped.
    void outOfBand_mapsNoGuiLibrary()
    {
        SimFixture sim;
        QTemporaryDir home;
        AppProcess run(inHome(home.path(), outOfBandArguments(sim), oauthClient(sim), std::nullopt));
        QTRY_VERIFY2_WITH_TIMEOUT(!printedAuthorizeUrl(run.errors()).isEmpty(), qPrintable(run.errors()), 15000);
        const QStringList mapped = run.mappedFileNames();
        QVERIFY2(!mapped.filter(QRegularExpression(QStringLiteral("^libQt6Core\\.so"))).isEmpty(),
                 qPrintable(mapped.join(u' ')));
        for (const QString& name : mapped) {
            QVERIFY2(!name.startsWith(QLatin1String("libQt6Gui")) && !name.startsWith(QLatin1String("libQt6Widgets")),
                     qPrintable(name));
        }
    }
#endif

    void outOfBand_wrongOrNoCode_exitsThree_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<bool>("endOfInput");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("wrong code") << QByteArray("simcode0123456789\n") << false << QStringLiteral("invalid_grant");
        QTest::newRow("empty line") << QByteArray("\n") << false << QStringLiteral("empty");
        QTest::newRow("end of input") << QByteArray() << true << QStringLiteral("standard input");
    }

    void outOfBand_wrongOrNoCode_exitsThree()
    {
        QFETCH(QByteArray, typed);
        QFETCH(bool, endOfInput);
        QFETCH(QString, mentions);
        SimFixture sim;
        QTemporaryDir home;
        if (m_keychain) {
            forgetEntry(sim);
        }
        AppProcess run(inHome(home.path(), outOfBandArguments(sim), oauthClient(sim), std::nullopt));
        QTRY_VERIFY2_WITH_TIMEOUT(!printedAuthorizeUrl(run.errors()).isEmpty(), qPrintable(run.errors()), 15000);
        run.write(typed);
        if (endOfInput) {
            run.closeInput();
        }
        QVERIFY(run.waitForExit());
        QCOMPARE(run.exitCode(), 3);
        QVERIFY(run.output().isEmpty());
        QVERIFY2(run.errors().contains(QStringLiteral("sign-in failed")), qPrintable(run.errors()));
        QVERIFY2(run.errors().contains(mentions), qPrintable(run.errors()));
        QCOMPARE(sim.server().oauth().grantCount(QStringLiteral("authorization_code")), 0);
        if (m_keychain) {
            QCOMPARE(loadEntry(sim).status, TokenResult::Status::NotFound);
        }
    }

    void follow_renewsAnOAuthSignIn_acrossExpiries_withoutAWord()
    {
        requireKeychain();
        SimConfig config;
        config.accessTokenLifetime = std::chrono::seconds(3);
        SimFixture sim(config);
        QTemporaryDir home;
        OutOfBandSignIn signedIn;
        signInOutOfBand(sim, home.path(), &signedIn);
        if (QTest::currentTestFailed()) {
            return;
        }
        const Credentials& first = signedIn.kept;
        // Started once the kept access token has expired (as the morning after): renewed first.
        QTRY_COMPARE_WITH_TIMEOUT(sim.server().oauth().accessTokenState(first.accessToken),
                                  SimOAuth::TokenState::Expired, 10000);

        const QString gid = sim.projectGid(0);
        const QString statePath = home.filePath(QStringLiteral("state.db"));
        AppProcess follow(inHome(home.path(), followArguments(sim, {gid}, statePath), oauthClient(sim)));
        QVERIFY2(follow.waitForLive(), qPrintable(follow.errors()));
        // It renewed the expired token to go live. Events keep coming across the next two renewals
        // of the 3-second token, and so across the expiry of the tokens they replace: one event
        // before the first, and one after each.
        const auto renewals = [&sim] { return sim.server().oauth().grantCount(QStringLiteral("refresh_token")); };
        const int renewalsAtLive = renewals();
        QVERIFY(renewalsAtLive >= 1);
        int injected = 0;
        for (int renewal = 0; renewal <= 2; ++renewal) {
            QTRY_VERIFY_WITH_TIMEOUT(renewals() >= renewalsAtLive + renewal, 15000);
            sim.world().injectEvents(gid, 1);
            ++injected;
            QTRY_COMPARE_WITH_TIMEOUT(follow.output().count(QLatin1Char('\n')), injected, 15000);
        }
        QVERIFY(renewals() >= 3);
        const QString errors = follow.errors();
        for (const QString& word : {QStringLiteral("rejected"), QStringLiteral("error"), QStringLiteral("fail"),
                                    QStringLiteral("could not"), QStringLiteral("--sign-in")}) {
            QVERIFY2(!errors.contains(word, Qt::CaseInsensitive), qPrintable(errors));
        }
        follow.signal(SIGTERM);
        QVERIFY(follow.waitForExit());
        QCOMPARE(follow.exitCode(), 0);

        // The keychain holds the renewed sign-in: a new access token, the same refresh token.
        const TokenResult renewed = loadEntry(sim);
        QVERIFY2(renewed.ok(), qPrintable(renewed.message));
        QVERIFY(renewed.credentials->accessToken != first.accessToken);
        QCOMPARE(renewed.credentials->refreshToken, first.refreshToken);
        QVERIFY(renewed.credentials->expiresAt > first.expiresAt);
        SecretScan scan;
        scanOAuthRuns(sim, home.path(), signedIn, {follow.output(), follow.errors()}, &scan);
        QVERIFY(scan.sawAccount);
        QVERIFY(QFile::exists(statePath));
    }

    void follow_after401_renewsAndCarriesOn_thenARefusedRenewalAsksToSignIn()
    {
        requireKeychain();
        SimFixture sim;
        QTemporaryDir home;
        OutOfBandSignIn signedIn;
        signInOutOfBand(sim, home.path(), &signedIn);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QStringList gids{sim.projectGid(0), sim.projectGid(1)};
        const QString statePath = home.filePath(QStringLiteral("state.db"));
        AppProcess follow(inHome(home.path(), followArguments(sim, gids, statePath), oauthClient(sim)));
        QVERIFY2(follow.waitForLive(2), qPrintable(follow.errors()));

        // A 401 out of the blue (an hour's token, refused early): renewed, and both pollers carry
        // on from their sync tokens — what happened meanwhile is not lost.
        sim.server().oauth().expireAllAccessTokens();
        sim.world().injectEvents(gids.at(0), 2);
        sim.world().injectEvents(gids.at(1), 1);
        QTRY_COMPARE_WITH_TIMEOUT(follow.output().count(QLatin1Char('\n')), 3, 15000);
        QVERIFY2(follow.errors().contains(QStringLiteral("renewing the sign-in")), qPrintable(follow.errors()));
        QVERIFY(sim.server().oauth().grantCount(QStringLiteral("refresh_token")) >= 1);
        QVERIFY2(!follow.errors().contains(QStringLiteral("rejected")), qPrintable(follow.errors()));

        // Then the person removes the app's access in Asana: the renewal is refused.
        revokeAtSimulator(sim, signedIn.kept.refreshToken);
        QVERIFY(follow.waitForExit());
        QCOMPARE(follow.exitCode(), 3);
        const QStringList signInLines =
            follow.errors().split(QLatin1Char('\n')).filter(QStringLiteral("asana-feed --sign-in"));
        QVERIFY2(signInLines.size() == 1, qPrintable(follow.errors()));
        QVERIFY2(signInLines.first().contains(QStringLiteral("invalid_grant")), qPrintable(signInLines.first()));
        // Nothing was deleted: the entry stays until a new sign-in replaces it.
        const TokenResult after = loadEntry(sim);
        QVERIFY(after.ok());
        QCOMPARE(after.credentials->refreshToken, signedIn.kept.refreshToken);
        SecretScan scan;
        scanOAuthRuns(sim, home.path(), signedIn, {follow.output(), follow.errors()}, &scan);
        QVERIFY(QFile::exists(statePath));
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
