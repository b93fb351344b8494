// OAuthClient: which OAuth app a sign-in uses — the environment over the settings over the
// built-in one — and that a built-in secret never goes with another client.
#include "auth/OAuthClient.h"

#include <QTest>

using namespace AsanaFeed;

class TestOAuthClient final : public QObject
{
    Q_OBJECT

private slots:
    void environment_winsForTheRun()
    {
        OAuthClient::Sources sources;
        sources.environmentId = QStringLiteral(" env-id \n");
        sources.environmentSecret = QStringLiteral("env-secret");
        sources.settingsId = QStringLiteral("settings-id");
        sources.builtInId = QStringLiteral("built-in-id");
        sources.builtInSecret = QStringLiteral("built-in-secret");
        const OAuthClient client = OAuthClient::resolve(sources);
        QCOMPARE(client.id, QStringLiteral("env-id"));
        QCOMPARE(client.secret, QStringLiteral("env-secret"));
    }

    void settings_comeBeforeTheBuiltInClient()
    {
        OAuthClient::Sources sources;
        sources.settingsId = QStringLiteral("settings-id");
        sources.settingsPort = 9000;
        sources.settingsCallbackPath = QStringLiteral("/back");
        sources.builtInId = QStringLiteral("built-in-id");
        sources.builtInSecret = QStringLiteral("built-in-secret");
        const OAuthClient client = OAuthClient::resolve(sources);
        QCOMPARE(client.id, QStringLiteral("settings-id"));
        QVERIFY(client.secret.isEmpty()); // the built-in secret is not this client's
        QCOMPARE(client.port, quint16(9000));
        QCOMPARE(client.callbackPath, QStringLiteral("/back"));
    }

    void builtInClient_bringsItsOwnSecret()
    {
        OAuthClient::Sources sources;
        sources.builtInId = QStringLiteral("built-in-id");
        sources.builtInSecret = QStringLiteral("built-in-secret");
        OAuthClient client = OAuthClient::resolve(sources);
        QCOMPARE(client.id, QStringLiteral("built-in-id"));
        QCOMPARE(client.secret, QStringLiteral("built-in-secret"));
        // The same id named in the settings is the same client.
        sources.settingsId = QStringLiteral("built-in-id");
        QCOMPARE(OAuthClient::resolve(sources).secret, QStringLiteral("built-in-secret"));
        // And a secret from the environment is used as it is.
        sources.environmentSecret = QStringLiteral("env-secret");
        QCOMPARE(OAuthClient::resolve(sources).secret, QStringLiteral("env-secret"));
    }

    void nothingConfigured_meansNoOAuth()
    {
        const OAuthClient client = OAuthClient::resolve({});
        QVERIFY(client.id.isEmpty());
        QVERIFY(client.secret.isEmpty());
        QCOMPARE(client.port, quint16(8723));
        QCOMPARE(client.callbackPath, QStringLiteral("/callback"));
    }
};

QTEST_GUILESS_MAIN(TestOAuthClient)
#include "tst_oauthclient.moc"
