// The tray on a real X display with a real tray host: Xvfb and trayer (an XEmbed system tray)
// are started for the test; asana-feed --demo --minimized puts its icon in the tray and opens no
// window; a click on the icon opens the drop-down; without --minimized the window opens (so the
// "no window" check can fail). Everything runs in a home of its own, on a display of its own.
#include "AppProcess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace AsanaFeed;

namespace {

constexpr int kTimeoutMs = 30000;

struct Window
{
    QString id;
    QString name;
    QSize size;
    QPoint at;     // absolute
    int depth = 0; // indentation in the tree
};

} // namespace

class TestTrayHost final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char* tool : {"Xvfb", "trayer", "xwininfo", "xdotool"}) {
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is needed (./dev installs it)").arg(QString::fromLatin1(tool))));
        }
        // A display of its own: Xvfb picks a free number and says which.
        m_xvfb.setProgram(QStringLiteral("Xvfb"));
        m_xvfb.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                             QStringLiteral("0"), QStringLiteral("1024x700x24"), QStringLiteral("-nolisten"),
                             QStringLiteral("tcp")});
        m_xvfb.start();
        QVERIFY(m_xvfb.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_xvfb.bytesAvailable() > 0 && m_xvfb.canReadLine(), kTimeoutMs);
        m_display = QStringLiteral(":") + QString::fromLatin1(m_xvfb.readLine()).trimmed();
        QVERIFY(m_display.size() > 1);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DISPLAY"), m_display);
        m_trayer.setProcessEnvironment(environment);
        m_trayer.setProgram(QStringLiteral("trayer"));
        m_trayer.setArguments({QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--align"),
                               QStringLiteral("right"), QStringLiteral("--widthtype"), QStringLiteral("request"),
                               QStringLiteral("--height"), QStringLiteral("28"), QStringLiteral("--SetDockType"),
                               QStringLiteral("true")});
        m_trayer.start();
        QVERIFY(m_trayer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(panel().has_value(), kTimeoutMs);
    }

    void cleanupTestCase()
    {
        for (QProcess* process : {&m_trayer, &m_xvfb}) {
            process->kill();
            process->waitForFinished();
        }
    }

    void minimized_iconInTheTray_noWindow_clickOpensTheDropDown()
    {
        AppProcess app(setup({QStringLiteral("--demo"), QStringLiteral("--minimized")}));
        // The icon is embedded in the tray host's panel, and shown.
        QTRY_VERIFY2_WITH_TIMEOUT(trayIcon().has_value(), qPrintable(app.errors()), kTimeoutMs);
        const Window icon = *trayIcon();
        QVERIFY(icon.size.width() >= 16 && icon.size.height() >= 16);
        QTRY_VERIFY_WITH_TIMEOUT(isViewable(icon.id), kTimeoutMs);
        // A click opens the drop-down at the icon: the app was running all along, windowless.
        const QPoint centre = icon.at + QPoint(icon.size.width() / 2, icon.size.height() / 2);
        QVERIFY(
            run(QStringLiteral("xdotool"), {QStringLiteral("mousemove"), QString::number(centre.x()),
                                            QString::number(centre.y()), QStringLiteral("click"), QStringLiteral("1")})
                .has_value());
        QTRY_VERIFY_WITH_TIMEOUT(dropDown().has_value(), kTimeoutMs);
        const Window dropDown = *this->dropDown();
        QVERIFY2(dropDown.at.y() >= 28, "below the panel");
        QVERIFY(dropDown.at.x() + dropDown.size.width() <= 1024);
        // And no feed window was ever shown.
        QVERIFY(!feedWindowShown());
    }

    void withoutMinimized_theWindowOpens()
    {
        AppProcess app(setup({QStringLiteral("--demo")}));
        QTRY_VERIFY2_WITH_TIMEOUT(feedWindowShown(), qPrintable(app.errors()), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(trayIcon().has_value(), kTimeoutMs);
    }

private:
    [[nodiscard]] AppProcess::Setup setup(const QStringList& arguments) const
    {
        AppProcess::Setup setup;
        setup.arguments = arguments;
        setup.environment = {{QStringLiteral("DISPLAY"), m_display},
                             {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")}};
        return setup;
    }

    [[nodiscard]] std::optional<QString> run(const QString& program, const QStringList& arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DISPLAY"), m_display);
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        if (!process.waitForFinished(kTimeoutMs) || process.exitStatus() != QProcess::NormalExit) {
            return std::nullopt;
        }
        if (process.exitCode() != 0) {
            return std::nullopt;
        }
        return QString::fromLocal8Bit(process.readAllStandardOutput());
    }

    [[nodiscard]] QList<Window> tree() const
    {
        QList<Window> windows;
        const std::optional<QString> out =
            run(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-tree")});
        if (!out) {
            return windows;
        }
        // "     0x400006 "asana-feed": ("asana-feed" "asana-feed")  22x26+0+0  +1001+1"
        static const QRegularExpression line(
            QStringLiteral("^(\\s*)(0x[0-9a-f]+) (?:\"([^\"]*)\"|\\(has no "
                           "name\\)).*?\\s(\\d+)x(\\d+)[+-]-?\\d+[+-]-?\\d+\\s+\\+?(-?\\d+)\\+?(-?\\d+)\\s*$"));
        for (const QString& text : out->split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch match = line.match(text);
            if (match.hasMatch()) {
                windows.append(
                    {match.captured(2), match.captured(3), QSize(match.captured(4).toInt(), match.captured(5).toInt()),
                     QPoint(match.captured(6).toInt(), match.captured(7).toInt()), int(match.captured(1).size())});
            }
        }
        return windows;
    }

    [[nodiscard]] std::optional<Window> panel() const
    {
        for (const Window& window : tree()) {
            if (window.name == QLatin1String("panel")) {
                return window;
            }
        }
        return std::nullopt;
    }

    // The app's window inside the tray host's panel.
    [[nodiscard]] std::optional<Window> trayIcon() const
    {
        const QList<Window> windows = tree();
        for (qsizetype i = 0; i < windows.size(); ++i) {
            if (windows.at(i).name != QLatin1String("panel")) {
                continue;
            }
            for (qsizetype j = i + 1; j < windows.size() && windows.at(j).depth > windows.at(i).depth; ++j) {
                if (windows.at(j).name == QLatin1String("asana-feed")) {
                    return windows.at(j);
                }
            }
        }
        return std::nullopt;
    }

    // A shown top-level window of the app as wide as the drop-down.
    [[nodiscard]] std::optional<Window> dropDown() const
    {
        const QList<Window> windows = tree();
        const int topLevel = windows.isEmpty() ? 0 : windows.constFirst().depth;
        for (const Window& window : windows) {
            if (window.depth == topLevel && window.name == QLatin1String("asana-feed") && window.size.width() == 380 &&
                isViewable(window.id)) {
                return window;
            }
        }
        return std::nullopt;
    }

    [[nodiscard]] bool isViewable(const QString& id) const
    {
        const std::optional<QString> out = run(QStringLiteral("xwininfo"), {QStringLiteral("-id"), id});
        return out && out->contains(QStringLiteral("IsViewable"));
    }

    [[nodiscard]] bool feedWindowShown() const
    {
        const std::optional<QString> found =
            run(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                            QStringLiteral("--name"), QStringLiteral("^Asana Feed")});
        return found && !found->trimmed().isEmpty();
    }

    QProcess m_xvfb;
    QProcess m_trayer;
    QString m_display;
};

QTEST_GUILESS_MAIN(TestTrayHost)
#include "tst_trayhost.moc"
