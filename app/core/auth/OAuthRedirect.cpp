#include "auth/OAuthRedirect.h"

#include <QList>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace AsanaFeed::OAuthRedirect {

Request readRequest(QByteArrayView received, const QString& callbackPath)
{
    Request request;
    const QByteArrayView considered = received.first(std::min(received.size(), maxRequestBytes));
    const qsizetype headEnd = considered.indexOf(QByteArrayView("\r\n\r\n"));
    if (headEnd < 0) {
        request.state = considered.size() < maxRequestBytes ? Request::State::Incomplete : Request::State::TooLarge;
        return request;
    }
    const QByteArrayView head = considered.first(headEnd);
    const qsizetype lineEnd = head.indexOf(QByteArrayView("\r\n"));
    const QList<QByteArray> requestLine = (lineEnd < 0 ? head : head.first(lineEnd)).toByteArray().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        request.state = Request::State::Malformed;
        return request;
    }
    if (requestLine.at(0) != "GET") {
        request.state = Request::State::NotGet;
        return request;
    }
    // Only the origin form a browser sends ("/path?query"): an absolute URL names another host.
    const QByteArray& targetBytes = requestLine.at(1);
    const QUrl target = QUrl::fromEncoded(targetBytes);
    if (!targetBytes.startsWith('/') || targetBytes.startsWith("//") || target.path() != callbackPath) {
        request.state = Request::State::OtherPath;
        return request;
    }
    request.state = Request::State::Callback;
    const QUrlQuery query(target);
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        request.values.insert(name, value);
    }
    return request;
}

QString pastedCode(const QString& text)
{
    QString code = text.trimmed();
    // Copied with the quotes or backticks of a message or of Markdown around it.
    while (code.size() >= 2 && code.front() == code.back() &&
           (code.front() == u'"' || code.front() == u'\'' || code.front() == u'`')) {
        code = code.sliced(1, code.size() - 2).trimmed();
    }
    if (code.size() > maxCodeChars) {
        return {};
    }
    // The whole address of a redirect page, as a browser's address bar shows it.
    if (code.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        code.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
        code.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive)) {
        const QUrlQuery query(QUrl(code, QUrl::StrictMode));
        code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }
    // Codes are printable ASCII; a space, a control character or anything else inside means the
    // text is something else (a sentence, two codes, a part of the page).
    for (const QChar c : std::as_const(code)) {
        if (c.unicode() <= u' ' || c.unicode() > u'~') {
            return {};
        }
    }
    return code;
}

} // namespace AsanaFeed::OAuthRedirect
