#include "TrayDisplay.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

namespace AsanaFeed {

TrayDisplay::TrayDisplay(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
    if (!missingTools().isEmpty()) {
        return;
    }
    // A display of its own: Xvfb picks a free number and says which.
    m_xvfb.start(QStringLiteral("Xvfb"),
                 {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"), QStringLiteral("0"),
                  QStringLiteral("1024x700x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    if (!m_xvfb.waitForStarted() || !m_xvfb.waitForReadyRead(timeoutMs)) {
        return;
    }
    QDeadlineTimer deadline(timeoutMs);
    while (!m_xvfb.canReadLine() && !deadline.hasExpired()) {
        m_xvfb.waitForReadyRead(100);
    }
    m_display = QStringLiteral(":") + QString::fromLatin1(m_xvfb.readLine()).trimmed();
    if (m_display.size() < 2) {
        return;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), m_display);
    m_trayer.setProcessEnvironment(environment);
    m_trayer.start(QStringLiteral("trayer"),
                   {QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--align"), QStringLiteral("right"),
                    QStringLiteral("--widthtype"), QStringLiteral("request"), QStringLiteral("--height"),
                    QString::number(panelHeight), QStringLiteral("--SetDockType"), QStringLiteral("true")});
    if (!m_trayer.waitForStarted()) {
        return;
    }
    // trayer has no "ready" signal: its panel window appearing is the sign.
    while (!deadline.hasExpired()) {
        const QList<Window> windows = tree();
        if (std::any_of(windows.cbegin(), windows.cend(),
                        [](const Window& window) { return window.name == QLatin1String("panel"); })) {
            m_ready = true;
            return;
        }
        QThread::msleep(50);
    }
}

TrayDisplay::~TrayDisplay()
{
    for (QProcess* process : {&m_trayer, &m_xvfb}) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished();
        }
    }
}

QStringList TrayDisplay::missingTools()
{
    QStringList missing;
    for (const char* tool : {"Xvfb", "trayer", "xwininfo", "xdotool"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            missing.append(QString::fromLatin1(tool));
        }
    }
    return missing;
}

std::optional<QString> TrayDisplay::run(const QString& program, const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), m_display);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(m_timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        return std::nullopt;
    }
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

QList<TrayDisplay::Window> TrayDisplay::tree() const
{
    QList<Window> windows;
    const std::optional<QString> out =
        run(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-tree")});
    if (!out) {
        return windows;
    }
    // '     0x400006 "asana-feed": ("asana-feed" "asana-feed")  22x26+0+0  +1001+1'
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

std::optional<TrayDisplay::Window> TrayDisplay::inTray(const QString& name) const
{
    const QList<Window> windows = tree();
    for (qsizetype i = 0; i < windows.size(); ++i) {
        if (windows.at(i).name != QLatin1String("panel")) {
            continue;
        }
        for (qsizetype j = i + 1; j < windows.size() && windows.at(j).depth > windows.at(i).depth; ++j) {
            if (windows.at(j).name == name) {
                return windows.at(j);
            }
        }
    }
    return std::nullopt;
}

bool TrayDisplay::isViewable(const QString& id) const
{
    const std::optional<QString> out = run(QStringLiteral("xwininfo"), {QStringLiteral("-id"), id});
    return out && out->contains(QStringLiteral("IsViewable"));
}

bool TrayDisplay::hasShownWindow(const QString& pattern) const
{
    const std::optional<QString> found =
        run(QStringLiteral("xdotool"),
            {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"), pattern});
    return found && !found->trimmed().isEmpty();
}

bool TrayDisplay::click(const QPoint& at) const
{
    return run(QStringLiteral("xdotool"), {QStringLiteral("mousemove"), QString::number(at.x()),
                                           QString::number(at.y()), QStringLiteral("click"), QStringLiteral("1")})
        .has_value();
}

} // namespace AsanaFeed
