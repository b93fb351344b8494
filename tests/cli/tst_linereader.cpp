// LineReader on a real pipe: what the person types (or a script pipes in) arrives as one line,
// in pieces or at once, and the event loop keeps running while nothing comes.
#include "cli/LineReader.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#include <unistd.h>
#endif

using namespace AsanaFeed;

namespace {
constexpr int kTimeoutMs = 5000;
} // namespace

class TestLineReader final : public QObject
{
    Q_OBJECT

    std::FILE* m_input = nullptr;
    int m_writeFd = -1;

    void send(const QByteArray& bytes)
    {
#ifdef Q_OS_UNIX
        QCOMPARE(::write(m_writeFd, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
#endif
    }
    // Bytes sent that the reader has not taken from the pipe yet.
    int unread()
    {
        int bytes = 0;
#ifdef Q_OS_UNIX
        if (::ioctl(::fileno(m_input), FIONREAD, &bytes) != 0) {
            return -1;
        }
#endif
        return bytes;
    }
    void closeInput()
    {
#ifdef Q_OS_UNIX
        ::close(m_writeFd);
#endif
        m_writeFd = -1;
    }

private slots:
    void init()
    {
#ifdef Q_OS_UNIX
        int fds[2] = {-1, -1};
        QCOMPARE(::pipe(fds), 0);
        m_input = ::fdopen(fds[0], "r");
        QVERIFY(m_input);
        m_writeFd = fds[1];
#else
        QSKIP("the pipe test is POSIX-only");
#endif
    }

    void cleanup()
    {
        if (m_writeFd >= 0) {
            closeInput();
        }
        if (m_input) {
            std::fclose(m_input);
            m_input = nullptr;
        }
    }

    void lineInPieces_arrivesWhole_withoutItsLineBreak()
    {
        LineReader reader(m_input);
        QSignalSpy lines(&reader, &LineReader::lineRead);
        QSignalSpy ended(&reader, &LineReader::endOfInput);
        reader.start();
        send("  4/abc");
        QTRY_COMPARE_WITH_TIMEOUT(unread(), 0, kTimeoutMs); // taken, and not yet a line
        QVERIFY(lines.isEmpty());
        send("def \r\nnext line\n");
        QTRY_COMPARE_WITH_TIMEOUT(lines.count(), 1, kTimeoutMs);
        QCOMPARE(lines.first().first().toString(), QStringLiteral("  4/abcdef "));
        closeInput();
        // The end of input is there at once: one pass of the event loop would hand it to a reader
        // still listening.
        QCoreApplication::processEvents();
        QCOMPARE(lines.count(), 1); // one line, and only one signal
        QVERIFY(ended.isEmpty());
    }

    void emptyLine_isALine()
    {
        LineReader reader(m_input);
        QSignalSpy lines(&reader, &LineReader::lineRead);
        reader.start();
        send("\n");
        QTRY_COMPARE_WITH_TIMEOUT(lines.count(), 1, kTimeoutMs);
        QCOMPARE(lines.first().first().toString(), QString());
    }

    void lastLineWithoutBreak_arrivesAtEndOfInput()
    {
        LineReader reader(m_input);
        QSignalSpy lines(&reader, &LineReader::lineRead);
        QSignalSpy ended(&reader, &LineReader::endOfInput);
        reader.start();
        send("piped-code");
        closeInput();
        QTRY_COMPARE_WITH_TIMEOUT(lines.count(), 1, kTimeoutMs);
        QCOMPARE(lines.first().first().toString(), QStringLiteral("piped-code"));
        QVERIFY(ended.isEmpty());
    }

    void endOfInputBeforeAnything_isSaid()
    {
        LineReader reader(m_input);
        QSignalSpy lines(&reader, &LineReader::lineRead);
        QSignalSpy ended(&reader, &LineReader::endOfInput);
        reader.start();
        closeInput();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, kTimeoutMs);
        QVERIFY(lines.isEmpty());
    }

    void waiting_doesNotBlockTheEventLoop()
    {
        LineReader reader(m_input);
        QSignalSpy lines(&reader, &LineReader::lineRead);
        reader.start();
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 5, kTimeoutMs);
        QVERIFY(lines.isEmpty());
    }

    void overlongInput_isCut()
    {
        LineReader reader(m_input);
        QSignalSpy lines(&reader, &LineReader::lineRead);
        reader.start();
        // In pieces: a pipe holds less than that, and the reader drains it between them.
        for (qsizetype sent = 0; sent <= LineReader::maxLineBytes && lines.isEmpty(); sent += 4096) {
            send(QByteArray(4096, 'x'));
            QTRY_VERIFY_WITH_TIMEOUT(unread() == 0 || !lines.isEmpty(), kTimeoutMs);
        }
        QTRY_COMPARE_WITH_TIMEOUT(lines.count(), 1, kTimeoutMs);
        QCOMPARE(lines.first().first().toString().size(), LineReader::maxLineBytes);
    }
};

QTEST_GUILESS_MAIN(TestLineReader)
#include "tst_linereader.moc"
