// AsanaClient: the one way the app talks to Asana's REST API. Adds bearer auth and a User-Agent,
// enforces https (loopback excepted), an inactivity timeout, a deadline for the whole request and
// a response-size cap enforced as the bytes arrive, and decodes every reply into either a JSON
// body or an ApiError. It never logs a token.
#pragma once

#include "api/ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace AsanaFeed {

struct ApiResult
{
    int status = 0;
    QJsonObject body; // the answer's JSON object, also for errors (412 carries a sync token)
    QByteArray raw;   // the answer's bytes
    std::optional<ApiError> error;
    quint64 tokenGeneration = 0; // AsanaClient::tokenGeneration() when the request was sent

    [[nodiscard]] bool ok() const { return !error.has_value(); }
};

// One request in flight. Emits finished() exactly once, then deletes itself.
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    explicit ApiReply(QObject* parent = nullptr)
        : QObject(parent)
    {}
    ~ApiReply() override;

    // Stops the request; finished() is not emitted.
    void abort();

signals:
    void finished(const AsanaFeed::ApiResult& result);

private:
    friend class AsanaClient;
    QPointer<QNetworkReply> m_reply;
    bool m_aborted = false;
};

class AsanaClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AsanaClient)

public:
    static constexpr auto defaultBaseUrl = "https://app.asana.com/api/1.0";

    explicit AsanaClient(QNetworkAccessManager* network, QObject* parent = nullptr);

    // An error message when the URL may not be used: not http(s), or plain http to a host that
    // is not loopback. Empty when it is fine.
    [[nodiscard]] static QString checkBaseUrl(const QUrl& url);
    // "https://app.asana.com" for "https://app.asana.com/api/1.0": scheme, host and a port that
    // is not the scheme's default, lower case.
    [[nodiscard]] static QString originOf(const QUrl& url);

    void setBaseUrl(const QUrl& url);
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    // `origin` (scheme://host[:port]) binds the token to the host that issued it: while set, a
    // request to any other origin is refused without being sent. Empty: sent to the base URL,
    // whatever it is (a token given for this run, such as ASANA_TOKEN).
    void setAccessToken(const QString& token, const QString& origin = {})
    {
        if (token != m_token) {
            ++m_tokenGeneration;
            m_token = token;
        }
        m_tokenOrigin = origin;
    }
    // Changes with every new access token: tells a 401 for a token already replaced (a request
    // that was in flight during a renewal) from a refusal of the current one. Never the token.
    [[nodiscard]] quint64 tokenGeneration() const { return m_tokenGeneration; }
    [[nodiscard]] bool hasAccessToken() const { return !m_token.isEmpty(); }
    // No byte for this long ends a request (a stalled connection).
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // No complete answer within this long ends a request, however steadily bytes trickle in.
    void setRequestDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    [[nodiscard]] std::chrono::milliseconds requestDeadline() const { return m_deadline; }
    void setMaxResponseSize(qint64 bytes) { m_maxResponseSize = bytes; }
    [[nodiscard]] static QByteArray userAgent();

    // GET <base>/<path>?<query>. path is relative to the base URL, e.g. "events" or "users/me".
    ApiReply* get(const QString& path, const QUrlQuery& query = {});
    // get(), but a 2xx answer is left as bytes in ApiResult::raw (body stays empty) for a caller
    // that reads it in one pass of its own (EventPage); other answers are decoded as by get().
    ApiReply* getRaw(const QString& path, const QUrlQuery& query = {});
    // POST <base>/<path> with {"data": data} as the body.
    ApiReply* post(const QString& path, const QJsonObject& data);
    // GET of a file somewhere else (a profile picture): no token is sent, the same https rule,
    // timeouts and deadline apply, the answer's bytes are in ApiResult::raw (at most maxBytes).
    ApiReply* download(const QUrl& url, qint64 maxBytes);

    // Retry-After as whole seconds (rounded up), clamped to [1 s, 24 h]: a zero would make a tight
    // loop, a huge value a client that never wakes. Nonsense is treated as absent.
    [[nodiscard]] static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray& header);
    // Decodes a finished reply (exposed for tests of the decoding rules).
    // `json`: the body must be a JSON object (the API), else any bytes (download()).
    // `parseOk`: a 2xx answer is parsed into ApiResult::body (false: left in raw, unchecked).
    [[nodiscard]] static ApiResult decode(QNetworkReply* reply, const QByteArray& body, bool tooLarge, bool json = true,
                                          bool parseOk = true);

private:
    struct Transfer
    {
        bool authorized = true; // with the bearer token
        bool json = true;       // the answer is the API's JSON
        qint64 maxBytes = 0;
        bool parseOk = true; // a 2xx answer is parsed (false: the caller reads ApiResult::raw)
    };
    ApiReply* send(const QString& path, const QUrlQuery& query, const QByteArray& verb, const QByteArray& body,
                   bool parseOk = true);
    // The one place a request goes out: a refusal (non-empty) is answered without sending.
    ApiReply* transfer(const QUrl& url, const QByteArray& verb, const QByteArray& body, const QString& refusal,
                       Transfer how);

    QNetworkAccessManager* m_network = nullptr;
    QUrl m_baseUrl;
    QString m_token;
    QString m_tokenOrigin;
    quint64 m_tokenGeneration = 0;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(30)};
    std::chrono::milliseconds m_deadline{std::chrono::seconds(60)};
    qint64 m_maxResponseSize = 16 * 1024 * 1024;
};

} // namespace AsanaFeed
