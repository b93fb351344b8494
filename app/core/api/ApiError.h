// ApiError: what went wrong with one request to Asana, as a value — the HTTP status, the error
// envelope's messages, Retry-After, and the kind of network failure when there was no answer.
#pragma once

#include <QString>
#include <QStringList>

class QJsonObject;

#include <chrono>
#include <optional>

namespace AsanaFeed {

struct ApiError
{
    enum class Kind {
        Http,              // the server answered with a non-2xx status
        Timeout,           // no progress within the transfer timeout
        ConnectionRefused, // nobody listening
        ConnectionClosed,  // reset or closed before a whole answer arrived
        HostNotFound,
        Tls,
        TooLarge,      // the body passed the response-size cap; the transfer was aborted
        MalformedBody, // the answer could not be understood (not JSON, wrong shape)
        InsecureUrl,   // plain http to a host that is not loopback
        Network,       // any other transport failure
        Storage,       // the answer came, but could not be saved on this computer (messages say where)
    };

    Kind kind = Kind::Http;
    int status = 0;       // HTTP status, 0 when there was no answer
    QStringList messages; // the envelope's errors[].message, or our own description
    QString phrase;       // Asana's 500 phrase, when present
    std::optional<std::chrono::seconds> retryAfter;

    // One line for a person: "HTTP 404: project: Unknown object" or "connection refused".
    [[nodiscard]] QString summary() const;
    // Transient: worth retrying with the same request after a pause.
    [[nodiscard]] bool isTransient() const;

    [[nodiscard]] static ApiError malformed(const QString& message);
    // The error of an answer with this HTTP status whose body is Asana's error envelope,
    // {"errors":[{"message":…,"phrase":…}]}: its non-empty messages and the first phrase. The
    // body comes from the network: anything else there is ignored, and at most maxMessages
    // messages of at most maxTextChars each are kept (longer ones end in "…").
    [[nodiscard]] static ApiError fromEnvelope(int status, const QJsonObject& body);

    static constexpr qsizetype maxMessages = 10;
    static constexpr qsizetype maxTextChars = 1000;
};

} // namespace AsanaFeed
