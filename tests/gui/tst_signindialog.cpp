// SignInDialog offscreen: what its first page offers with and without an OAuth client. Without
// one (a build with no registered app) there is no "Sign in with Asana" at all: the page explains
// the personal access token, its button opens Asana's token page, and the token field has the
// focus. With one, "Sign in with Asana" comes first, as before.
#include "SignInDialog.h"

#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace AsanaFeed;

namespace {

// Stands in for the browser: QDesktopServices hands it the https URLs the app opens.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened.append(url); }
};

// The text of the page's labels a person can see.
QString visibleText(const QWidget& dialog)
{
    QStringList texts;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->isVisible()) {
            texts.append(label->text());
        }
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestSignInDialog final : public QObject
{
    Q_OBJECT

private slots:
    void withoutAnOAuthClient_offersTheToken_andOpensAsanasTokenPage()
    {
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        const auto restore = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });

        SignInDialog dialog;
        dialog.setOAuthAvailable(false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QCOMPARE(dialog.page(), SignInDialog::Page::Choose);
        QVERIFY(!dialog.oauthButton()->isVisible());
        // Plain words about what a token is and where to get one; no note meant for developers.
        const QString text = visibleText(dialog);
        QVERIFY2(text.contains(QStringLiteral("personal access token")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Create new token")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("ASANA_CLIENT_ID")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("README")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Sign in with Asana")));
        // Ready to paste into.
        QCOMPARE(dialog.focusWidget(), dialog.tokenField());
        QVERIFY(dialog.tokenField()->isVisible());

        QVERIFY(dialog.tokenPageButton()->isVisible());
        QVERIFY(dialog.tokenPageButton()->isEnabled());
        QCOMPARE(dialog.tokenPageButton()->text(), QStringLiteral("Open Asana's Token Page"));
        dialog.tokenPageButton()->click();
        QCOMPARE(browser.opened, QList<QUrl>{QUrl(QStringLiteral("https://app.asana.com/0/my-apps"))});
        QVERIFY(dialog.isVisible()); // the dialog waits for the token

        // The token is used as with an OAuth client.
        QSignalSpy submitted(&dialog, &SignInDialog::tokenSubmitted);
        QTest::keyClicks(dialog.tokenField(), QStringLiteral("  1/1234:abcd  "));
        QTest::keyClick(dialog.tokenField(), Qt::Key_Return);
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.at(0).at(0).toString(), QStringLiteral("1/1234:abcd"));
    }

    void withAnOAuthClient_offersSignInWithAsanaFirst()
    {
        SignInDialog dialog;
        dialog.setOAuthAvailable(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QVERIFY(dialog.oauthButton()->isVisible());
        QVERIFY(dialog.oauthButton()->isEnabled());
        QVERIFY(dialog.oauthButton()->isDefault());
        QVERIFY(!dialog.tokenPageButton()->isVisible());
        QVERIFY(dialog.tokenField()->isVisible()); // the token stays the other way in
        QVERIFY(visibleText(dialog).contains(QStringLiteral("Or use a personal access token")));
        QCOMPARE(dialog.focusWidget(), dialog.oauthButton());

        QSignalSpy requested(&dialog, &SignInDialog::oauthRequested);
        dialog.oauthButton()->click();
        QCOMPARE(requested.count(), 1);
    }

    void anErrorWithoutAnOAuthClient_returnsToTheTokenPage()
    {
        SignInDialog dialog;
        dialog.setOAuthAvailable(false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.tokenField(), QStringLiteral("not-a-token"));
        dialog.tokenButton()->click();
        QVERIFY(dialog.isVerifying());
        dialog.showError(QStringLiteral("Asana did not accept this token."));
        QCOMPARE(dialog.page(), SignInDialog::Page::Choose);
        QVERIFY(!dialog.oauthButton()->isVisible());
        QVERIFY(dialog.tokenPageButton()->isVisible());
        QCOMPARE(dialog.errorText(), QStringLiteral("Asana did not accept this token."));
        QCOMPARE(dialog.focusWidget(), dialog.tokenField());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
