// fuzz_oauthredirect: OAuthRedirect, how the sign-in reads the browser's request to the loopback
// listener and a code a person pastes — both from outside. A request read from bytes cut into
// two reads is the one read at once, only the callback path's GET counts; a pasted code is
// printable ASCII within bounds, taken from the text, and reads back as itself.
#include "FuzzCheck.h"
#include "Pieces.h"
#include "auth/OAuthRedirect.h"

using namespace AsanaFeed;
using namespace AsanaFeed::OAuthRedirect;

namespace {

const QString kCallback = QStringLiteral("/callback");

bool same(const Request& a, const Request& b)
{
    return a.state == b.state && a.values == b.values;
}

void checkRequest(const std::uint8_t* data, std::size_t size)
{
    const Fuzz::Received input = Fuzz::received(data, size, maxRequestBytes);
    const Request whole = readRequest(input.bytes, kCallback);
    const Request first = readRequest(QByteArrayView(input.bytes).first(input.cut), kCallback);
    if (first.state != Request::State::Incomplete) {
        FUZZ_CHECK(same(first, whole), "a request read in two pieces is the one read at once");
    }
    if (whole.state == Request::State::Incomplete) {
        FUZZ_CHECK(input.bytes.size() < maxRequestBytes, "a request without an end is refused at the limit");
    }
    if (whole.state == Request::State::Callback) {
        FUZZ_CHECK(input.bytes.startsWith("GET /"), "only a GET of a path reaches the callback");
    } else {
        FUZZ_CHECK(whole.values.isEmpty(), "only the callback's query is read");
    }
}

void checkPastedCode(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytesOf(data, size));
    const QString code = pastedCode(text);
    if (code.isEmpty()) {
        return;
    }
    FUZZ_CHECK(code.size() <= maxCodeChars, "a code is bounded");
    for (const QChar c : code) {
        FUZZ_CHECK(c > u' ' && c <= u'~', "a code is printable ASCII");
    }
    // From a link's query, decoded: "%63ode=%41" is code=A.
    const bool fromLink = text.contains(QLatin1String("code=")) || text.contains(QLatin1Char('%'));
    FUZZ_CHECK(fromLink || text.contains(code), "a code is taken from the text");
    const QChar front = code.front();
    const bool quoted = code.size() >= 2 && front == code.back() && (front == u'"' || front == u'\'' || front == u'`');
    if (!quoted && !code.contains(QLatin1Char(':'))) {
        FUZZ_CHECK(pastedCode(code) == code, "a code pasted again reads as itself");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    checkRequest(data, size);
    checkPastedCode(data, size);
    return 0;
}
