#include "cli/FollowCommand.h"

#include "api/AsanaClient.h"
#include "cli/JsonLines.h"
#include "events/AccountThrottle.h"
#include "store/EventStore.h"

#include <QTimer>

namespace AsanaFeed {

FollowCommand::FollowCommand(Options options, QNetworkAccessManager* network, EventStore* store, std::FILE* out,
                             std::FILE* err, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(new AsanaClient(network, this))
    , m_throttle(new AccountThrottle(this))
    , m_store(store)
    , m_out(out)
    , m_err(err)
{
    m_client->setBaseUrl(m_options.baseUrl);
    m_client->setAccessToken(m_options.token);
    for (const QString& gid : std::as_const(m_options.resourceGids)) {
        auto* poller = new EventPoller(m_client, this, m_throttle, gid, this);
        poller->setInterval(m_options.interval);
        poller->setBackoff(m_options.backoffBase, std::chrono::minutes(5));
        if (m_store) {
            if (const auto stored = m_store->subscription(gid); stored && !stored->syncToken.isEmpty()) {
                poller->setSyncToken(stored->syncToken);
            }
        }
        connect(poller, &EventPoller::stateChanged, this,
                [this, poller](EventPoller::State state) { onStateChanged(poller, state); });
        m_pollers.push_back(poller);
    }
}

FollowCommand::~FollowCommand() = default;

void FollowCommand::start()
{
    for (EventPoller* poller : m_pollers) {
        poller->start();
    }
}

void FollowCommand::stop()
{
    status(tr("stopping"));
    finish(Success);
}

void FollowCommand::finish(int exitCode)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    for (EventPoller* poller : m_pollers) {
        poller->stop();
    }
    std::fflush(m_out);
    std::fflush(m_err);
    // Queued: a poller may be inside its own signal when we get here.
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}

bool FollowCommand::write(const QByteArray& line)
{
    if (std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), m_out) != static_cast<size_t>(line.size()) ||
        std::fflush(m_out) != 0) {
        if (!m_finished) {
            status(tr("standard output is closed; stopping"));
            finish(OutputFailed);
        }
        return false;
    }
    return true;
}

QByteArray FollowCommand::linesFor(const QString& subscription, const QList<Event>& events) const
{
    QByteArray lines;
    lines.reserve(events.size() * 512);
    if (m_store) {
        // Only what the store had not seen before; it refused the rest as duplicates.
        for (const qsizetype index : m_store->lastInsertedIndices()) {
            lines += JsonLines::eventLine(subscription, events.at(index).json());
        }
    } else {
        for (const Event& event : events) {
            lines += JsonLines::eventLine(subscription, event.json());
        }
    }
    return lines;
}

bool FollowCommand::commitPage(const QString& subscription, const QList<Event>& events, const QString& nextSync)
{
    if (m_finished) {
        return false;
    }
    // Kept first, printed second: the store is the record; a crash in between loses no event
    // from it (--export shows it), and a re-run never prints a stored event again.
    if (m_store && !m_store->commitPage(subscription, events, nextSync)) {
        status(tr("%1: could not keep the page: %2").arg(subscription, m_store->lastError()));
        return false;
    }
    // A page's lines go out in one write: every line is flushed before we wait for anything,
    // without a system call per line.
    const QByteArray lines = linesFor(subscription, events);
    write(lines);
    // Once kept, the page is done even if stdout has gone away (we are stopping then anyway).
    return m_store || !m_finished;
}

bool FollowCommand::commitGap(const QString& subscription, const QDateTime& detectedAt, const QString& nextSync)
{
    if (m_finished) {
        return false;
    }
    if (m_store && !m_store->commitGap(subscription, detectedAt, nextSync)) {
        status(tr("%1: could not record the gap: %2").arg(subscription, m_store->lastError()));
        return false;
    }
    status(tr("%1: the sync token expired; events before %2 may be missing")
               .arg(subscription, detectedAt.toString(Qt::ISODateWithMs)));
    write(JsonLines::gapLine(subscription, detectedAt));
    return m_store || !m_finished;
}

void FollowCommand::status(const QString& line)
{
    const QByteArray text = QByteArrayLiteral("asana-feed: ") + line.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), m_err);
    std::fflush(m_err);
}

void FollowCommand::onStateChanged(EventPoller* poller, EventPoller::State state)
{
    if (m_finished) {
        return;
    }
    const QString gid = poller->resourceGid();
    const QString reason = poller->lastError() ? poller->lastError()->summary() : QString();
    const auto waitSeconds = [poller] {
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(poller->nextAttemptAt());
        return QString::number(qMax<qint64>(0, ms) / 1000.0, 'f', 1);
    };
    switch (state) {
    case EventPoller::State::Backoff:
        status(tr("%1: backing off for %2 s: %3").arg(gid, waitSeconds(), reason));
        break;
    case EventPoller::State::RateLimited:
        status(tr("%1: rate-limited for %2 s").arg(gid, waitSeconds()));
        break;
    case EventPoller::State::AuthRequired:
        status(tr("%1: the token was rejected: %2").arg(gid, reason));
        finish(TokenRejected);
        break;
    case EventPoller::State::Failed: {
        status(tr("%1: failed: %2").arg(gid, reason));
        const bool allFailed = std::all_of(m_pollers.cbegin(), m_pollers.cend(), [](const EventPoller* p) {
            return p->state() == EventPoller::State::Failed;
        });
        if (allFailed) {
            status(tr("every subscription failed"));
            finish(AllFailed);
        }
        break;
    }
    case EventPoller::State::Syncing:
    case EventPoller::State::Live:
    case EventPoller::State::Stopped:
        status(QStringLiteral("%1: %2").arg(gid, EventPoller::stateName(state)));
        break;
    }
}

} // namespace AsanaFeed
