// PatSignIn against the simulator: a token is kept only once GET /users/me accepted it.

#include "SimFixture.h"
#include "auth/PatSignIn.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;

class TestPatSignIn final : public QObject
{
    Q_OBJECT

private slots:
    void acceptedToken_yieldsAccount();
    void rejectedToken_carriesTheApiMessage();
    void emptyToken_isRejectedWithoutARequest();

private:
    static SignInResult verify(PatSignIn& signIn, const QString& token);
};

SignInResult TestPatSignIn::verify(PatSignIn& signIn, const QString& token)
{
    QSignalSpy finished(&signIn, &PatSignIn::finished);
    signIn.verify(token);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000); }();
    return finished.isEmpty() ? SignInResult{} : finished.first().first().value<SignInResult>();
}

void TestPatSignIn::acceptedToken_yieldsAccount()
{
    SimFixture sim;
    QNetworkAccessManager network;
    PatSignIn signIn(&network, sim.baseUrl());
    const SignInResult result = verify(signIn, QStringLiteral(" ") + sim.token() + QStringLiteral("\n"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.credentials.kind, Credentials::Kind::PersonalAccessToken);
    QCOMPARE(result.credentials.accessToken, sim.token());
    QVERIFY(result.credentials.refreshToken.isEmpty());
    QVERIFY(!result.credentials.expiresAt.isValid());
    const SimUser* me = sim.world().user(sim.world().meGid());
    QCOMPARE(result.account.gid, me->gid);
    QCOMPARE(result.account.name, me->name);
    QCOMPARE(result.account.email, me->email);
    QCOMPARE(result.account.workspaces.size(), sim.world().workspaces().size());
    QCOMPARE(result.account.workspaces.first().gid, sim.workspaceGid());
    QVERIFY(!result.account.workspaces.first().name.isEmpty());
    QCOMPARE(result.account.photoUrl.isEmpty(), !me->hasPhoto);
}

void TestPatSignIn::rejectedToken_carriesTheApiMessage()
{
    SimFixture sim;
    QNetworkAccessManager network;
    PatSignIn signIn(&network, sim.baseUrl());
    const SignInResult result = verify(signIn, QStringLiteral("1/123:not-a-real-token"));
    QCOMPARE(result.failure, SignInResult::Failure::TokenRejected);
    QVERIFY2(result.message.contains(QStringLiteral("401")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("Not Authorized")), qPrintable(result.message));
    QVERIFY(!result.message.contains(QStringLiteral("not-a-real-token")));
    QVERIFY(result.credentials.accessToken.isEmpty());
}

void TestPatSignIn::emptyToken_isRejectedWithoutARequest()
{
    SimFixture sim;
    QNetworkAccessManager network;
    PatSignIn signIn(&network, sim.baseUrl());
    const SignInResult result = verify(signIn, QStringLiteral("   "));
    QCOMPARE(result.failure, SignInResult::Failure::TokenRejected);
    QVERIFY(sim.server().requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestPatSignIn)
#include "tst_patsignin.moc"
