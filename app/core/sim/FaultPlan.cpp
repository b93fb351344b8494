#include "FaultPlan.h"

namespace AsanaFeed::Sim {

QString faultKindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Delay:
        return QStringLiteral("delay");
    case FaultKind::ServerError:
        return QStringLiteral("server-error");
    case FaultKind::Status:
        return QStringLiteral("status");
    case FaultKind::RateLimit:
        return QStringLiteral("rate-limit");
    case FaultKind::ConnectionReset:
        return QStringLiteral("connection-reset");
    case FaultKind::MalformedJson:
        return QStringLiteral("malformed-json");
    case FaultKind::TruncatedBody:
        return QStringLiteral("truncated-body");
    case FaultKind::ExpireSyncToken:
        return QStringLiteral("expire-sync-token");
    case FaultKind::EndlessBody:
        return QStringLiteral("endless-body");
    case FaultKind::Trickle:
        return QStringLiteral("trickle");
    case FaultKind::StaleSync:
        return QStringLiteral("stale-sync");
    case FaultKind::ExpireAccessToken:
        return QStringLiteral("expire-access-token");
    }
    return QStringLiteral("unknown");
}

namespace {
FaultRule make(FaultKind kind, int count)
{
    FaultRule rule;
    rule.kind = kind;
    rule.count = count;
    return rule;
}
} // namespace

FaultRule FaultRule::delay(int ms, int count)
{
    FaultRule rule = make(FaultKind::Delay, count);
    rule.delayMs = ms;
    return rule;
}

FaultRule FaultRule::serverError(int count)
{
    return make(FaultKind::ServerError, count);
}

FaultRule FaultRule::statusCode(int status, const QString& message, int count)
{
    FaultRule rule = make(FaultKind::Status, count);
    rule.status = status;
    rule.message = message;
    return rule;
}

FaultRule FaultRule::rateLimit(int retryAfterSeconds, int count)
{
    FaultRule rule = make(FaultKind::RateLimit, count);
    rule.retryAfterSeconds = retryAfterSeconds;
    return rule;
}

FaultRule FaultRule::connectionReset(int count)
{
    return make(FaultKind::ConnectionReset, count);
}

FaultRule FaultRule::malformedJson(int count)
{
    return make(FaultKind::MalformedJson, count);
}

FaultRule FaultRule::truncatedBody(int count)
{
    return make(FaultKind::TruncatedBody, count);
}

FaultRule FaultRule::expireSyncToken(int count)
{
    return make(FaultKind::ExpireSyncToken, count);
}

FaultRule FaultRule::endlessBody(bool chunked, int count)
{
    FaultRule rule = make(FaultKind::EndlessBody, count);
    rule.chunked = chunked;
    return rule;
}

FaultRule FaultRule::trickle(int msPerByte, int count)
{
    FaultRule rule = make(FaultKind::Trickle, count);
    rule.delayMs = msPerByte;
    return rule;
}

FaultRule FaultRule::staleSync(int count)
{
    return make(FaultKind::StaleSync, count);
}

FaultRule FaultRule::expireAccessToken(int count)
{
    return make(FaultKind::ExpireAccessToken, count);
}

FaultRule& FaultRule::onPath(const QString& substring)
{
    pathContains = substring;
    return *this;
}

FaultRule& FaultRule::after(int skipped)
{
    skip = skipped;
    return *this;
}

FaultRule& FaultRule::withProbability(double p)
{
    probability = p;
    return *this;
}

FaultPlan::FaultPlan(quint32 seed)
    : m_rng(seed)
{}

int FaultPlan::add(const FaultRule& rule)
{
    const int id = m_nextId++;
    m_rules.append({id, rule, 0, 0});
    return id;
}

void FaultPlan::remove(int id)
{
    m_rules.removeIf([id](const Entry& e) { return e.id == id; });
}

void FaultPlan::clear()
{
    m_rules.clear();
}

int FaultPlan::appliedCount(int id) const
{
    for (const Entry& e : m_rules) {
        if (e.id == id) {
            return e.applied;
        }
    }
    return 0;
}

std::optional<FaultRule> FaultPlan::take(const QString& path)
{
    std::optional<FaultRule> chosen;
    for (Entry& e : m_rules) {
        if (!path.contains(e.rule.pathContains)) {
            continue;
        }
        const int number = ++e.seen;
        if (chosen || number <= e.rule.skip || (e.rule.count >= 0 && e.applied >= e.rule.count)) {
            continue;
        }
        if (e.rule.probability > 0.0 && m_rng.generateDouble() >= e.rule.probability) {
            continue;
        }
        ++e.applied;
        chosen = e.rule;
    }
    return chosen;
}

} // namespace AsanaFeed::Sim
