// FaultPlan: the failures the simulator injects on purpose — delays, error statuses, rate limits,
// resets, broken bodies, expired sync tokens — chosen per request by path, position or chance.
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QVector>

#include <optional>

namespace AsanaFeed::Sim {

enum class FaultKind {
    Delay,             // wait, then serve normally
    ServerError,       // 500 with an Asana-style phrase
    Status,            // any status with the error envelope (401, 403, 404, 503, …)
    RateLimit,         // 429 with Retry-After
    ConnectionReset,   // abort the socket without a response
    MalformedJson,     // 200 whose body is not JSON
    TruncatedBody,     // full Content-Length, half the body, then close
    ExpireSyncToken,   // expire every sync token, then serve normally (so the request gets 412)
    EndlessBody,       // 200 with no Content-Length, then bytes until the client hangs up (chunked or not)
    Trickle,           // the normal answer, one byte every delayMs
    StaleSync,         // /events with a sync token: no events, has_more, and the same token back
    ExpireAccessToken, // expire every OAuth access token, then serve normally (so the request gets 401)
};

[[nodiscard]] QString faultKindName(FaultKind kind);

struct FaultRule
{
    FaultKind kind = FaultKind::ServerError;
    QString pathContains = QStringLiteral("/events");
    // Applies to matching requests number skip+1 … skip+count (count < 0: all of them after skip).
    int skip = 0;
    int count = 1;
    // When > 0, each matching request after `skip` is hit with this probability (still at most `count`).
    double probability = 0.0;
    int delayMs = 0;
    int status = 500;
    QString message;
    int retryAfterSeconds = 1;
    bool chunked = false; // EndlessBody: Transfer-Encoding: chunked instead of close-delimited

    static FaultRule delay(int ms, int count = 1);
    static FaultRule serverError(int count = 1);
    static FaultRule statusCode(int status, const QString& message, int count = 1);
    static FaultRule rateLimit(int retryAfterSeconds, int count = 1);
    static FaultRule connectionReset(int count = 1);
    static FaultRule malformedJson(int count = 1);
    static FaultRule truncatedBody(int count = 1);
    static FaultRule expireSyncToken(int count = 1);
    static FaultRule endlessBody(bool chunked, int count = 1);
    static FaultRule trickle(int msPerByte, int count = 1);
    static FaultRule staleSync(int count = 1);
    static FaultRule expireAccessToken(int count = 1);
    FaultRule& onPath(const QString& substring);
    FaultRule& after(int skipped);
    FaultRule& withProbability(double p);
};

class FaultPlan final
{
public:
    explicit FaultPlan(quint32 seed = 1);

    // Returns an id usable with remove().
    int add(const FaultRule& rule);
    void remove(int id);
    void clear();
    void setSeed(quint32 seed) { m_rng.seed(seed); }
    [[nodiscard]] bool isEmpty() const { return m_rules.isEmpty(); }
    // How often rule `id` was applied so far.
    [[nodiscard]] int appliedCount(int id) const;

    // Called once per request: counts the request against every matching rule and returns the fault
    // to apply, if any (the first rule that fires wins).
    [[nodiscard]] std::optional<FaultRule> take(const QString& path);

private:
    struct Entry
    {
        int id = 0;
        FaultRule rule;
        int seen = 0;
        int applied = 0;
    };
    QVector<Entry> m_rules;
    int m_nextId = 1;
    QRandomGenerator m_rng;
};

} // namespace AsanaFeed::Sim
