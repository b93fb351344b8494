// fuzz_apierror: ApiError::fromEnvelope, the reader of Asana's error envelope in a non-2xx answer
// ({"errors":[{"message":…,"phrase":…}]}), on whatever JSON a server sends. The messages are
// Qt's reading of errors[].message (the non-empty ones, in order), bounded in count and length
// without splitting a character; the summary names the status and every message.
#include "FuzzCheck.h"
#include "api/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace AsanaFeed;

namespace {

// A message as kept: whole, or cut to maxTextChars with an ellipsis, never between a surrogate pair.
bool keptAs(const QString& kept, const QString& original)
{
    if (original.size() <= ApiError::maxTextChars) {
        return kept == original;
    }
    if (kept.size() > ApiError::maxTextChars || !kept.endsWith(QChar(0x2026))) {
        return false;
    }
    const QString cut = kept.chopped(1);
    // A lone high surrogate (Qt keeps "\ud800") may end the cut; half of a pair may not.
    return original.startsWith(cut) &&
           !(!cut.isEmpty() && cut.back().isHighSurrogate() && original.at(cut.size()).isLowSurrogate());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = Fuzz::bytesOf(data, size);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(input, &parseError);
    const QJsonObject body = document.object(); // empty when the answer is not an object
    const int status = 400 + int(size % 200);
    const ApiError error = ApiError::fromEnvelope(status, body);

    FUZZ_CHECK(error.kind == ApiError::Kind::Http && error.status == status, "an HTTP error of the answer's status");
    FUZZ_CHECK(error.isTransient() == (status == 429 || status >= 500), "transient exactly for 429 and 5xx");
    QStringList expected;
    QString expectedPhrase;
    for (const QJsonValue& entry : body.value(QLatin1String("errors")).toArray()) {
        const QString message = entry.toObject().value(QLatin1String("message")).toString();
        if (!message.isEmpty()) {
            expected.append(message);
        }
        if (expectedPhrase.isEmpty()) {
            expectedPhrase = entry.toObject().value(QLatin1String("phrase")).toString();
        }
    }
    FUZZ_CHECK(error.messages.size() == std::min(expected.size(), ApiError::maxMessages),
               "every non-empty message, up to maxMessages");
    for (qsizetype i = 0; i < error.messages.size(); ++i) {
        FUZZ_CHECK(keptAs(error.messages.at(i), expected.at(i)), "a message is Qt's reading, bounded");
    }
    FUZZ_CHECK(keptAs(error.phrase, expectedPhrase), "the phrase is the first one, bounded");

    const QString summary = error.summary();
    FUZZ_CHECK(summary.startsWith(QStringLiteral("HTTP %1").arg(status)), "the summary names the status");
    for (const QString& message : error.messages) {
        FUZZ_CHECK(summary.contains(message), "the summary names every message");
    }
    return 0;
}
