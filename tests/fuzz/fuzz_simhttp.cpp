// fuzz_simhttp: Sim::parseRequest, how the simulator reads HTTP requests off a connection (tests
// and benchmarks point the app at it, and anything on this computer can connect to it). A
// request read from bytes cut into two reads is the one read from the bytes at once; a request
// taken is within the limits of head and body, and so is every request pipelined after it.
#include "FuzzCheck.h"
#include "Pieces.h"
#include "sim/SimHttp.h"

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;

namespace {

constexpr qint64 kMaxBody = 4096;

bool same(const ParsedRequest& a, const ParsedRequest& b)
{
    return a.state == b.state && a.status == b.status && a.problem == b.problem && a.consumed == b.consumed &&
           a.keepAlive == b.keepAlive && a.request.method == b.request.method && a.request.path == b.request.path &&
           a.request.query.toString(QUrl::FullyEncoded) == b.request.query.toString(QUrl::FullyEncoded) &&
           a.request.headers == b.request.headers && a.request.body == b.request.body;
}

void checkTaken(const ParsedRequest& parsed, QByteArrayView received)
{
    switch (parsed.state) {
    case ParsedRequest::State::Incomplete:
        FUZZ_CHECK(received.size() < maxHeadBytes + 4 || received.indexOf(QByteArrayView("\r\n\r\n")) >= 0,
                   "a head without an end is refused once it passes the limit");
        break;
    case ParsedRequest::State::Refused:
        FUZZ_CHECK(parsed.status == 400 || parsed.status == 411 || parsed.status == 413 || parsed.status == 431,
                   "a refusal is one of the four answers");
        FUZZ_CHECK(!parsed.problem.isEmpty(), "a refusal says why");
        break;
    case ParsedRequest::State::Complete: {
        FUZZ_CHECK(parsed.consumed > 0 && parsed.consumed <= received.size(), "a request takes bytes it has");
        const qsizetype headEnd = received.indexOf(QByteArrayView("\r\n\r\n"));
        FUZZ_CHECK(headEnd >= 0 && headEnd <= maxHeadBytes, "a request's head is within the limit");
        FUZZ_CHECK(parsed.request.body.size() <= kMaxBody, "a request's body is within the limit");
        FUZZ_CHECK(parsed.consumed == headEnd + 4 + parsed.request.body.size(), "a request is its head and body");
        FUZZ_CHECK(!parsed.request.method.isEmpty() && parsed.request.method == parsed.request.method.toUpper(),
                   "a method is named, in capitals");
        for (auto it = parsed.request.headers.cbegin(); it != parsed.request.headers.cend(); ++it) {
            FUZZ_CHECK(it.key() == it.key().toLower() && !it.key().isEmpty(), "header names are lower-cased");
        }
        break;
    }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Fuzz::Received input = Fuzz::received(data, size, maxHeadBytes + 1);
    QByteArrayView rest(input.bytes);
    const ParsedRequest whole = parseRequest(rest, kMaxBody);
    checkTaken(whole, rest);
    const ParsedRequest first = parseRequest(rest.first(input.cut), kMaxBody);
    if (first.state != ParsedRequest::State::Incomplete) {
        FUZZ_CHECK(same(first, whole), "a request read in two pieces is the one read at once");
    }
    // The requests pipelined after it, as SimServer reads them (a few: each takes bytes).
    ParsedRequest parsed = whole;
    for (int i = 0; i < 8 && parsed.state == ParsedRequest::State::Complete; ++i) {
        rest = rest.sliced(parsed.consumed);
        parsed = parseRequest(rest, kMaxBody);
        checkTaken(parsed, rest);
    }
    return 0;
}
