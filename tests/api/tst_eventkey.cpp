// EventKey: SipHash-2-4-128 against the reference implementation's vectors, and the event key
// built on it.
#include "api/EventKey.h"

#include <QTest>

using namespace AsanaFeed;

namespace {

EventKey::Bytes referenceKey()
{
    EventKey::Bytes key{};
    for (std::size_t i = 0; i < key.size(); ++i) {
        key[i] = static_cast<std::uint8_t>(i);
    }
    return key;
}

// Message i of the reference vectors: the bytes 0, 1, …, i - 1.
QByteArray referenceMessage(int length)
{
    QByteArray message;
    for (int i = 0; i < length; ++i) {
        message.append(char(i));
    }
    return message;
}

QByteArray hex(const EventKey::Bytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())).toHex();
}

} // namespace

class TestEventKey final : public QObject
{
    Q_OBJECT

private slots:
    void sipHash128_matchesTheReferenceVectors_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<QByteArray>("expected");
        // vectors_sip128 of the reference implementation (key 00 01 … 0f).
        QTest::newRow("empty") << 0 << QByteArray("a3817f04ba25a8e66df67214c7550293");
        QTest::newRow("1 byte") << 1 << QByteArray("da87c1d86b99af44347659119b22fc45");
        QTest::newRow("2 bytes") << 2 << QByteArray("8177228da4a45dc7fca38bdef60affe4");
        QTest::newRow("3 bytes") << 3 << QByteArray("9c70b60c5267a94e5f33b6b02985ed51");
        QTest::newRow("15 bytes: a whole word and seven more") << 15 << QByteArray("5493e99933b0a8117e08ec0f97cfc3d9");
    }

    void sipHash128_matchesTheReferenceVectors()
    {
        QFETCH(int, length);
        QFETCH(QByteArray, expected);
        QCOMPARE(hex(EventKey::sipHash128(referenceKey(), referenceMessage(length))), expected);
    }

    void hasher_inPieces_isTheHashOfTheWhole()
    {
        // Every way of cutting 40 bytes into two or three pieces, empty pieces included.
        const QByteArray message = referenceMessage(40);
        const EventKey::Packed whole = EventKey::of(message);
        for (qsizetype first = 0; first <= message.size(); ++first) {
            for (qsizetype second = first; second <= message.size(); ++second) {
                EventKey::Hasher hasher = EventKey::eventHasher();
                hasher.add(QByteArrayView(message).first(first));
                hasher.add(QByteArrayView(message).sliced(first, second - first));
                hasher.add(QByteArrayView(message).sliced(second));
                QVERIFY2(hasher.finish() == whole, qPrintable(QStringLiteral("%1, %2").arg(first).arg(second)));
            }
        }
        EventKey::Hasher byteByByte = EventKey::eventHasher();
        for (const char byte : message) {
            byteByByte.add(byte);
        }
        QVERIFY(byteByByte.finish() == whole);
    }

    void toBytes_isTheHashsBytes()
    {
        const QByteArray bytes = EventKey::toBytes(EventKey::of("a\x1f"));
        QCOMPARE(bytes.size(), 16);
        QCOMPARE(hex(EventKey::sipHash128(
                     {'a', 's', 'a', 'n', 'a', '-', 'f', 'e', 'e', 'd', ' ', 'e', 'v', 'e', 'n', 't'}, "a\x1f")),
                 bytes.toHex());
    }

    void of_isSixteenBytes_andTellsFieldsApart()
    {
        const EventKey::Packed key = EventKey::of("2026-11-29T04:38:58.147Z\x1f"
                                                  "added\x1f");
        QVERIFY(key == EventKey::of("2026-11-29T04:38:58.147Z\x1f"
                                    "added\x1f"));
        QVERIFY(key != EventKey::of("2026-11-29T04:38:58.147Z\x1f"
                                    "removed\x1f"));
        // The separator keeps ("a", "bc") and ("ab", "c") apart.
        QVERIFY(EventKey::of("a\x1f"
                             "bc\x1f") != EventKey::of("ab\x1f"
                                                       "c\x1f"));
    }
};

QTEST_GUILESS_MAIN(TestEventKey)
#include "tst_eventkey.moc"
