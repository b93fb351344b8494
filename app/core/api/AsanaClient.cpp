#include "api/AsanaClient.h"

#include "api/BoundedBody.h"
#include "util/Logging.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSysInfo>

#include <algorithm>
#include <cmath>

namespace AsanaFeed {

namespace {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiError::Kind transportKind(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::Kind::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
        return ApiError::Kind::ConnectionClosed;
    case QNetworkReply::HostNotFoundError:
        return ApiError::Kind::HostNotFound;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return ApiError::Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    default:
        return ApiError::Kind::Network;
    }
}

// Qt folds HTTP statuses into its error codes. Codes below 200 are network and proxy failures
// (a reset or a cut-off body among them): no complete answer can be trusted even if a status
// line came. Protocol errors (300s) are failures only when no status line came at all — Qt
// also reports some real answers, such as 400, as protocol errors.
bool isTransportFailure(QNetworkReply::NetworkError error, int status)
{
    const int code = static_cast<int>(error);
    return (code > 0 && code < 200) || (code >= 300 && code < 400 && status <= 0);
}

} // namespace

std::optional<std::chrono::seconds> AsanaClient::parseRetryAfter(const QByteArray& header)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    constexpr qint64 maximum = 24 * 3600;
    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (isNumber) {
        if (!std::isfinite(seconds) || seconds < 0) {
            return std::nullopt;
        }
        return std::chrono::seconds(
            std::clamp<qint64>(qint64(std::ceil(std::min(seconds, double(maximum)))), 1, maximum));
    }
    // An HTTP date: "Sun, 29 Nov 2026 04:38:58 GMT".
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!when.isValid()) {
        return std::nullopt;
    }
    when.setTimeSpec(Qt::UTC);
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    return std::chrono::seconds(std::clamp<qint64>((ms + 999) / 1000, 1, maximum));
}

ApiReply::~ApiReply()
{
    // Destroyed with its client (e.g. on sign-out): the transfer must not go on without it.
    m_aborted = true;
    if (m_reply) {
        m_reply->abort();
    }
}

void ApiReply::abort()
{
    m_aborted = true;
    if (m_reply) {
        m_reply->abort();
    }
}

AsanaClient::AsanaClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(QUrl(QString::fromLatin1(defaultBaseUrl)))
{}

QString AsanaClient::checkBaseUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return tr("\"%1\" is not a valid URL").arg(url.toString());
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return {};
    }
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host())) {
            return {};
        }
        return tr("plain http is only allowed to a loopback host, not to %1; use https").arg(url.host());
    }
    return tr("unsupported URL scheme \"%1\"").arg(url.scheme());
}

QString AsanaClient::originOf(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return {};
    }
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : (scheme == QLatin1String("http") ? 80 : -1);
    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(url.host().toLower()); // an IPv6 address gets its brackets back in toString()
    origin.setPort(url.port(defaultPort) == defaultPort ? -1 : url.port());
    return origin.toString();
}

void AsanaClient::setBaseUrl(const QUrl& url)
{
    m_baseUrl = url;
}

QByteArray AsanaClient::userAgent()
{
    return QByteArrayLiteral("AsanaFeed/" ASANAFEED_VERSION " (Qt ") + qVersion() + "; " +
           QSysInfo::productType().toLatin1() + ')';
}

ApiReply* AsanaClient::get(const QString& path, const QUrlQuery& query)
{
    return send(path, query, QByteArrayLiteral("GET"), {});
}

ApiReply* AsanaClient::getRaw(const QString& path, const QUrlQuery& query)
{
    return send(path, query, QByteArrayLiteral("GET"), {}, false);
}

ApiReply* AsanaClient::post(const QString& path, const QJsonObject& data)
{
    const QJsonObject envelope{{QStringLiteral("data"), data}};
    return send(path, {}, QByteArrayLiteral("POST"), QJsonDocument(envelope).toJson(QJsonDocument::Compact));
}

ApiReply* AsanaClient::send(const QString& path, const QUrlQuery& query, const QByteArray& verb, const QByteArray& body,
                            bool parseOk)
{
    QString refusal = checkBaseUrl(m_baseUrl);
    if (refusal.isEmpty() && !m_tokenOrigin.isEmpty() && !m_token.isEmpty() && originOf(m_baseUrl) != m_tokenOrigin) {
        refusal =
            tr("the credentials were issued by %1 and are not sent to %2").arg(m_tokenOrigin, originOf(m_baseUrl));
    }
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (!basePath.endsWith(QLatin1Char('/'))) {
        basePath += QLatin1Char('/');
    }
    url.setPath(basePath + path);
    url.setQuery(query);
    return transfer(url, verb, body, refusal, {true, true, m_maxResponseSize, parseOk});
}

ApiReply* AsanaClient::download(const QUrl& url, qint64 maxBytes)
{
    return transfer(url, QByteArrayLiteral("GET"), {}, checkBaseUrl(url), {false, false, maxBytes, true});
}

ApiReply* AsanaClient::transfer(const QUrl& url, const QByteArray& verb, const QByteArray& body, const QString& refusal,
                                Transfer how)
{
    auto* apiReply = new ApiReply(this);
    if (!refusal.isEmpty()) {
        ApiResult result;
        ApiError error;
        error.kind = ApiError::Kind::InsecureUrl;
        error.messages = {refusal};
        result.error = error;
        // Delivered from the event loop so callers see the same asynchronous contract.
        QMetaObject::invokeMethod(
            apiReply,
            [apiReply, result] {
                if (!apiReply->m_aborted) {
                    emit apiReply->finished(result);
                }
                apiReply->deleteLater();
            },
            Qt::QueuedConnection);
        return apiReply;
    }

    QNetworkRequest request(url);
    if (how.authorized) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token.toUtf8());
    }
    if (how.json) {
        request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    }
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    BoundedBody::prepare(request);
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }

    QNetworkReply* reply = m_network->sendCustomRequest(request, verb, body);
    apiReply->m_reply = reply;
    qCDebug(lcApi) << verb << url.path() << (how.authorized ? url.query() : QString());

    auto* answer = new BoundedBody(reply, how.maxBytes, m_deadline);
    connect(reply, &QNetworkReply::finished, apiReply,
            [apiReply, reply, answer, json = how.json, parseOk = how.parseOk, generation = m_tokenGeneration,
             limit = m_deadline] {
                reply->deleteLater();
                if (!apiReply->m_aborted) {
                    ApiResult result;
                    if (answer->pastDeadline()) {
                        ApiError error;
                        error.kind = ApiError::Kind::Timeout;
                        error.messages = {tr("no complete answer within %n s", nullptr,
                                             int(std::chrono::duration_cast<std::chrono::seconds>(limit).count()))};
                        result.error = error;
                    } else {
                        const QByteArray data = answer->take();
                        result = decode(reply, data, answer->tooLarge(), json, parseOk);
                    }
                    result.tokenGeneration = generation;
                    if (result.error) {
                        qCDebug(lcApi) << "request failed:" << result.error->summary();
                    }
                    emit apiReply->finished(result);
                }
                apiReply->deleteLater();
            });
    return apiReply;
}

ApiResult AsanaClient::decode(QNetworkReply* reply, const QByteArray& body, bool tooLarge, bool json, bool parseOk)
{
    ApiResult result;
    if (tooLarge) {
        ApiError error;
        error.kind = ApiError::Kind::TooLarge;
        result.error = error;
        return result;
    }
    const QNetworkReply::NetworkError networkError = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isTransportFailure(networkError, status)) {
        ApiError error;
        error.kind = transportKind(networkError);
        if (error.kind == ApiError::Kind::Network) {
            error.messages = {reply->errorString()};
        }
        result.error = error;
        return result;
    }

    result.status = status;
    result.raw = body;
    if (!json) {
        if (result.status < 200 || result.status >= 300) {
            ApiError error;
            error.kind = ApiError::Kind::Http;
            error.status = result.status;
            result.error = error;
        }
        return result;
    }
    if (!parseOk && result.status >= 200 && result.status < 300) {
        return result; // the caller reads the bytes in one pass of its own
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    if (isObject) {
        result.body = document.object();
    }

    if (result.status >= 200 && result.status < 300) {
        if (!isObject) {
            ApiError error = ApiError::malformed(
                parseError.error != QJsonParseError::NoError
                    ? tr("the answer is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)
                    : tr("the answer is not a JSON object"));
            error.status = result.status;
            result.error = error;
        }
        return result;
    }

    ApiError error = ApiError::fromEnvelope(result.status, result.body);
    if (error.messages.isEmpty()) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (!reason.isEmpty()) {
            error.messages = {reason};
        }
    }
    error.retryAfter = parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")));
    result.error = error;
    return result;
}

} // namespace AsanaFeed
