// Autostart on an XDG desktop: the entry written, read back and removed, its Exec line quoted as
// the desktop entry spec says, an entry the desktop switched off left off, a failure said.
#include "platform/Autostart.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace AsanaFeed;

class TestAutostart final : public QObject
{
    Q_OBJECT

private slots:
    void enable_writesAnEntry_andDisableRemovesIt()
    {
        QTemporaryDir dir;
        const QString location = dir.filePath(QStringLiteral("config/autostart"));
        Autostart autostart(QStringLiteral("/opt/Asana Feed/asana-feed"),
                            {QStringLiteral("--state"), QStringLiteral("/home/d/100% $HOME \"x\"")}, location);
        QVERIFY(!autostart.isEnabled());
        QVERIFY2(autostart.setEnabled(true), qPrintable(autostart.error()));
        QVERIFY(autostart.isEnabled());
        QCOMPARE(autostart.entryPath(), location + QStringLiteral("/io.github.asana_feed.AsanaFeed.desktop"));

        QFile file(autostart.entryPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString entry = QString::fromUtf8(file.readAll());
        QVERIFY(entry.startsWith(QLatin1String("[Desktop Entry]\n")));
        QVERIFY(entry.contains(QLatin1String("\nType=Application\n")));
        // Quoted where a space or a reserved character is; "%" doubled; \" \$ escaped, and the
        // backslashes escaped once more as a key's value.
        QVERIFY2(entry.contains(QStringLiteral("\nExec=\"/opt/Asana Feed/asana-feed\" --state "
                                               "\"/home/d/100%% \\\\$HOME \\\\\"x\\\\\"\"\n")),
                 qPrintable(entry));
        file.close();

        QVERIFY(autostart.setEnabled(false));
        QVERIFY(!QFile::exists(autostart.entryPath()));
        QVERIFY(!autostart.isEnabled());
        QVERIFY(autostart.setEnabled(false)); // nothing to remove is not a failure
    }

    void anEntrySwitchedOff_byTheDesktop_isOff()
    {
        QTemporaryDir dir;
        Autostart autostart(QStringLiteral("/usr/bin/asana-feed"), {}, dir.path());
        QVERIFY(autostart.setEnabled(true));
        QFile file(autostart.entryPath());
        QVERIFY(file.open(QIODevice::Append));
        file.write("Hidden = true\n");
        file.close();
        QVERIFY(!autostart.isEnabled());
    }

    // Versions before the app id named the entry asana-feed.desktop: it still counts, and switching
    // start at login on or off replaces or removes it, so the app never starts twice.
    void anOlderVersionsEntry_counts_andIsReplacedOrRemoved()
    {
        QTemporaryDir dir;
        const QString legacy = dir.filePath(QStringLiteral("asana-feed.desktop"));
        const auto writeLegacy = [&legacy](const QByteArray& extra) {
            QFile file(legacy);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[Desktop Entry]\nType=Application\nName=Asana Feed\nExec=/usr/bin/asana-feed\n" + extra);
        };
        Autostart autostart(QStringLiteral("/usr/bin/asana-feed"), {QStringLiteral("--minimized")}, dir.path());

        writeLegacy("X-GNOME-Autostart-enabled=false\n");
        QVERIFY(!autostart.isEnabled()); // switched off stays off, whatever the file's name
        writeLegacy({});
        QVERIFY(autostart.isEnabled());

        QVERIFY2(autostart.setEnabled(true), qPrintable(autostart.error()));
        QVERIFY(!QFile::exists(legacy));
        QVERIFY(QFile::exists(autostart.entryPath()));
        QVERIFY(autostart.isEnabled());

        writeLegacy({});
        QVERIFY(autostart.setEnabled(false));
        QVERIFY(!QFile::exists(legacy));
        QVERIFY(!QFile::exists(autostart.entryPath()));
        QVERIFY(!autostart.isEnabled());
    }

    void aPlaceThatCannotBeWritten_isSaid()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("autostart"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the folder should be
        file.close();
        Autostart autostart(QStringLiteral("/usr/bin/asana-feed"), {}, blocker);
        QVERIFY(!autostart.setEnabled(true));
        QVERIFY(autostart.error().contains(QLatin1String("cannot create")));
        QVERIFY(!autostart.isEnabled());
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
