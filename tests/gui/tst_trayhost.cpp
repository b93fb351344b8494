// The tray on a real X display with a real tray host (TrayDisplay: Xvfb and trayer, started for
// the test): asana-feed --demo --minimized puts its icon in the tray and opens no window; a click
// on the icon opens the drop-down below the panel; without --minimized the window opens (so the
// "no window" check can fail). The app runs in a home of its own, on a display of its own.
#include "AppProcess.h"
#include "TrayDisplay.h"

#include <QTest>

#include <memory>

using namespace AsanaFeed;

namespace {

constexpr int kTimeoutMs = 30000;
const QString feedWindow = QStringLiteral("^Asana Feed");

} // namespace

class TestTrayHost final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(TrayDisplay::missingTools().isEmpty(),
                 qPrintable(QStringLiteral("needed (./dev installs them): ") + TrayDisplay::missingTools().join(u' ')));
        m_display = std::make_unique<TrayDisplay>(kTimeoutMs);
        QVERIFY(m_display->isReady());
    }

    void cleanupTestCase() { m_display.reset(); }

    void minimized_iconInTheTray_noWindow_clickOpensTheDropDown()
    {
        AppProcess app(setup({QStringLiteral("--demo"), QStringLiteral("--minimized")}));
        // The icon is embedded in the tray host's panel, and shown.
        QTRY_VERIFY2_WITH_TIMEOUT(m_display->inTray(QStringLiteral("asana-feed")).has_value(), qPrintable(app.errors()),
                                  kTimeoutMs);
        const TrayDisplay::Window icon = *m_display->inTray(QStringLiteral("asana-feed"));
        QVERIFY(icon.size.width() >= 16 && icon.size.height() >= 16);
        QTRY_VERIFY_WITH_TIMEOUT(m_display->isViewable(icon.id), kTimeoutMs);
        // A click opens the drop-down at the icon: the app was running all along, windowless.
        QVERIFY(m_display->click(icon.at + QPoint(icon.size.width() / 2, icon.size.height() / 2)));
        QTRY_VERIFY_WITH_TIMEOUT(dropDown().has_value(), kTimeoutMs);
        const TrayDisplay::Window shown = *dropDown();
        QVERIFY2(shown.at.y() >= TrayDisplay::panelHeight, "below the panel");
        QVERIFY(shown.at.x() + shown.size.width() <= 1024);
        // And no feed window was ever shown.
        QVERIFY(!m_display->hasShownWindow(feedWindow));
    }

    void withoutMinimized_theWindowOpens()
    {
        AppProcess app(setup({QStringLiteral("--demo")}));
        QTRY_VERIFY2_WITH_TIMEOUT(m_display->hasShownWindow(feedWindow), qPrintable(app.errors()), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_display->inTray(QStringLiteral("asana-feed")).has_value(), kTimeoutMs);
    }

private:
    [[nodiscard]] AppProcess::Setup setup(const QStringList& arguments) const
    {
        AppProcess::Setup setup;
        setup.arguments = arguments;
        setup.environment = {{QStringLiteral("DISPLAY"), m_display->display()},
                             {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")}};
        return setup;
    }

    // A shown top-level window of the app as wide as the drop-down.
    [[nodiscard]] std::optional<TrayDisplay::Window> dropDown() const
    {
        const QList<TrayDisplay::Window> windows = m_display->tree();
        const int topLevel = windows.isEmpty() ? 0 : windows.constFirst().depth;
        for (const TrayDisplay::Window& window : windows) {
            if (window.depth == topLevel && window.name == QLatin1String("asana-feed") && window.size.width() == 380 &&
                m_display->isViewable(window.id)) {
                return window;
            }
        }
        return std::nullopt;
    }

    std::unique_ptr<TrayDisplay> m_display;
};

QTEST_GUILESS_MAIN(TestTrayHost)
#include "tst_trayhost.moc"
