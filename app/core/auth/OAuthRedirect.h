// OAuthRedirect: reading the two ways an authorization code comes back after "Allow" — the
// request a browser sends to the loopback listener, and the text a person pastes from Asana's
// out-of-band page. Both come from outside (any local program can connect, anything can be in
// the clipboard), so both are read as hostile: within bounds, and pure functions of their bytes,
// so that LoopbackRedirect and OAuthSignIn stay thin and the readers can be fuzzed alone.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariantMap>

namespace AsanaFeed::OAuthRedirect {

// A request to the listener, head included, may take this many bytes at most.
inline constexpr qsizetype maxRequestBytes = 16 * 1024;
// A pasted code is at most this long (Asana's are well under 100 characters).
inline constexpr qsizetype maxCodeChars = 1024;

struct Request
{
    enum class State {
        Incomplete, // no whole head yet: wait for more bytes
        TooLarge,   // no end of head within maxRequestBytes
        Malformed,  // not an HTTP/1.x request line
        NotGet,     // another method
        OtherPath,  // a GET of anything but the callback path (a favicon, an absolute URL)
        Callback,   // a GET of the callback path: `values` holds its query items, decoded
    };
    State state = State::Incomplete;
    QVariantMap values;
};

// The first request of `received` (the bytes a connection has sent so far). Only the first
// maxRequestBytes bytes are looked at, so a request read from bytes that came in pieces reads
// as from the same bytes at once: once a prefix is not Incomplete, more bytes change nothing.
[[nodiscard]] Request readRequest(QByteArrayView received, const QString& callbackPath);

// The authorization code in what a person pasted from the out-of-band page: the code itself with
// any surrounding whitespace or quotes, or a whole URL whose query has `code=`. Empty when the
// text holds no plausible code (empty, too long, anything but printable ASCII inside).
[[nodiscard]] QString pastedCode(const QString& text);

} // namespace AsanaFeed::OAuthRedirect
