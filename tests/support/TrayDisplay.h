// TrayDisplay: a real X display with a system tray host for a test or a benchmark — Xvfb on a
// free display number and trayer (an XEmbed tray) docked at the top right — and a reading of
// its window tree (xwininfo), so that a program's tray icon and windows can be checked.
#pragma once

#include <QList>
#include <QPoint>
#include <QProcess>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace AsanaFeed {

class TrayDisplay final
{
public:
    struct Window
    {
        QString id;
        QString name;
        QSize size;
        QPoint at;     // absolute
        int depth = 0; // indentation in the tree
    };

    // Starts both and waits (up to `timeoutMs`) for the tray's panel; isReady() says whether it came.
    explicit TrayDisplay(int timeoutMs = 30000);
    ~TrayDisplay();
    TrayDisplay(const TrayDisplay&) = delete;
    TrayDisplay& operator=(const TrayDisplay&) = delete;

    // The tools it needs that are missing ("Xvfb", "trayer", …); empty when all are there.
    [[nodiscard]] static QStringList missingTools();
    [[nodiscard]] bool isReady() const { return m_ready; }
    [[nodiscard]] QString display() const { return m_display; }
    static constexpr int panelHeight = 28;

    // Runs an X client on the display; its standard output, or nothing when it failed.
    [[nodiscard]] std::optional<QString> run(const QString& program, const QStringList& arguments) const;
    [[nodiscard]] QList<Window> tree() const;
    // The first window named `name` inside the tray's panel (a docked icon).
    [[nodiscard]] std::optional<Window> inTray(const QString& name) const;
    [[nodiscard]] bool isViewable(const QString& id) const;
    // Whether a shown window's title matches `pattern` (a regular expression).
    [[nodiscard]] bool hasShownWindow(const QString& pattern) const;
    bool click(const QPoint& at) const;

private:
    QProcess m_xvfb;
    QProcess m_trayer;
    QString m_display;
    bool m_ready = false;
    int m_timeoutMs = 30000;
};

} // namespace AsanaFeed
