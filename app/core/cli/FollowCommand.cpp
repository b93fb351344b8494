#include "cli/FollowCommand.h"

#include "api/AsanaClient.h"
#include "cli/JsonLines.h"
#include "cli/OutputWriter.h"
#include "cli/Terminal.h"
#include "events/EventPoller.h"
#include "events/PollScheduler.h"
#include "store/EventStore.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace AsanaFeed {

FollowCommand::FollowCommand(Options options, QNetworkAccessManager* network, EventStore* store, TokenStore* tokens,
                             int out, std::FILE* err, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(new AsanaClient(network, this))
    , m_store(store)
    , m_writer(new OutputWriter(out, this))
    , m_err(err)
{
    connect(m_writer, &OutputWriter::written, this, &FollowCommand::onOutputWritten);
    connect(m_writer, &OutputWriter::failed, this, [this] {
        if (!m_finished) {
            status(tr("standard output is closed; stopping"));
            finish(OutputFailed);
        }
    });
    m_client->setBaseUrl(m_options.baseUrl);
    if (m_options.signedIn) {
        const SignedIn& signedIn = *m_options.signedIn;
        m_session = new AccountSession(network, tokens, m_client, signedIn.session, signedIn.account,
                                       signedIn.credentials, this);
        connect(m_session, &AccountSession::recovered, this, &FollowCommand::startPollers);
        connect(m_session, &AccountSession::signInRequired, this, &FollowCommand::onSignInRequired);
        connect(m_session, &AccountSession::refreshFailed, this, &FollowCommand::status);
        connect(m_session, &AccountSession::storeFailed, this, [this](const QString& message) {
            status(tr("the renewed sign-in could not be kept in the keychain (%1); it is used for this run only")
                       .arg(message));
        });
    } else {
        m_client->setAccessToken(m_options.token);
    }
    PollScheduler::Options scheduling;
    scheduling.budgetPerMinute = m_options.requestsPerMinute;
    scheduling.minInterval = m_options.interval;
    scheduling.backoffBase = m_options.backoffBase;
    // Events are kept and printed as Asana's bytes: nothing else of them is made into values
    // (but who acted, which the store keeps beside them).
    scheduling.eventDetail = m_store ? EventPage::Detail::Identity : EventPage::Detail::Bytes;
    m_scheduler = new PollScheduler(m_client, this, scheduling, this);
    for (const QString& gid : std::as_const(m_options.resourceGids)) {
        const auto stored = m_store ? m_store->subscription(gid) : std::nullopt;
        m_scheduler->add(gid, stored ? stored->syncToken : QString(), stored ? stored->resourceType : QString());
    }
    connect(m_scheduler, &PollScheduler::stateChanged, this, &FollowCommand::onStateChanged);
    connect(m_scheduler, &PollScheduler::polled, this, [this](const QString& gid) { m_storageFailures.remove(gid); });
}

FollowCommand::~FollowCommand() = default;

void FollowCommand::start()
{
    const Credentials* credentials = m_session ? &m_session->credentials() : nullptr;
    if (credentials && credentials->expiresAt.isValid() && credentials->expiresAt <= QDateTime::currentDateTimeUtc()) {
        // It expired while nothing ran: renew it first rather than have every poller refused.
        // The session treats this like a 401: one refresh, then recovered() starts the pollers.
        status(tr("the access token has expired; renewing the sign-in"));
        m_session->handleUnauthorized();
        return;
    }
    m_scheduler->start();
}

// After a renewed sign-in: the pollers a 401 stopped carry on from their sync tokens.
void FollowCommand::startPollers()
{
    if (m_finished) {
        return;
    }
    // While the output is paused this only readies them: nothing is sent before resume().
    m_scheduler->start();
    m_scheduler->restart();
}

void FollowCommand::onSignInRequired(const QString& message)
{
    if (m_finished) {
        return;
    }
    status(tr("%1 Run asana-feed --sign-in, then --follow again.").arg(message));
    finish(TokenRejected);
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
    m_scheduler->stop();
    // Everything printed so far goes out, unless the reader stopped reading: then the run still
    // ends now (what was kept is in the store; a later run does not print it again).
    if (!m_writer->drain(std::chrono::milliseconds(1500)) && !m_writer->hasFailed()) {
        status(tr("standard output is not being read; %n bytes were not written", nullptr,
                  int(std::min<qsizetype>(m_writer->pending(), std::numeric_limits<int>::max()))));
    }
    std::fflush(m_err);
    // Queued: a poller may be inside its own signal when we get here.
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}

void FollowCommand::write(QByteArray lines)
{
    m_writer->write(std::move(lines));
    if (!m_outputPaused && !m_finished && m_writer->pending() > outputHighWater) {
        // The reader fell behind: fetch nothing more until it catches up (nothing is lost, the
        // pollers resume from their sync tokens).
        m_outputPaused = true;
        status(tr("standard output is not being read; pausing until it is"));
        m_scheduler->pause();
    }
}

void FollowCommand::onOutputWritten()
{
    if (m_outputPaused && m_writer->pending() < outputLowWater) {
        m_outputPaused = false;
        status(tr("standard output is being read again; resuming"));
        m_scheduler->resume();
    }
}

std::optional<KeptPage> FollowCommand::commitPage(const QString& subscription, const QList<Event>& events,
                                                  const QString& nextSync)
{
    if (m_finished) {
        return std::nullopt;
    }
    // Kept first, printed second: the store is the record; a crash in between loses no event
    // from it (--export shows it), and a re-run never prints a stored event again. Only what the
    // store had not seen before is printed; without a store, every event of the page.
    KeptPage kept;
    if (m_store) {
        std::optional<KeptPage> stored = m_store->commitPage(subscription, events, nextSync);
        if (!stored) {
            m_sinkError = m_store->lastError();
            return std::nullopt;
        }
        kept = std::move(*stored);
    } else {
        for (qsizetype i = 0; i < events.size(); ++i) {
            kept.newIndices.append(i);
        }
    }
    // A page's lines go out in one write: every line is flushed before we wait for anything,
    // without a system call per line.
    const QByteArray prefix = JsonLines::eventLinePrefix(subscription);
    qsizetype size = 0;
    for (const qsizetype index : std::as_const(kept.newIndices)) {
        size += JsonLines::eventLineSize(prefix, events.at(index).rawBytes);
    }
    QByteArray lines(size, Qt::Uninitialized);
    char* out = lines.data();
    for (const qsizetype index : std::as_const(kept.newIndices)) {
        out = JsonLines::writeEventLine(out, prefix, events.at(index).rawBytes);
    }
    write(std::move(lines));
    // Once kept, the page is done even if stdout has gone away (we are stopping then anyway).
    if (!m_store && m_finished) {
        return std::nullopt;
    }
    return kept;
}

bool FollowCommand::commitGap(const QString& subscription, const QDateTime& detectedAt, const QString& nextSync)
{
    if (m_finished) {
        return false;
    }
    if (m_store && !m_store->commitGap(subscription, detectedAt, nextSync)) {
        m_sinkError = m_store->lastError();
        return false;
    }
    status(tr("%1: the sync token expired; events before %2 may be missing")
               .arg(subscription, detectedAt.toString(Qt::ISODateWithMs)));
    write(JsonLines::gapLine(subscription, detectedAt));
    return m_store || !m_finished;
}

void FollowCommand::status(const QString& line)
{
    Terminal::printLine(m_err, QString(QStringLiteral("asana-feed: ") + line));
}

void FollowCommand::onStateChanged(const QString& gid, SubscriptionState state, const QDateTime& until,
                                   const std::optional<ApiError>& error)
{
    if (m_finished) {
        return;
    }
    const QString reason = error ? error->summary() : QString();
    const auto waitSeconds = [until] {
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(until);
        return QString::number(qMax<qint64>(0, ms) / 1000.0, 'f', 1);
    };
    switch (state) {
    case SubscriptionState::Backoff:
        if (error && error->kind == ApiError::Kind::Storage) {
            // The disk, not Asana: retried a few times (it may be busy), then the run ends.
            const int failures = ++m_storageFailures[gid];
            if (failures >= maxStorageAttempts) {
                status(tr("%1: %2; giving up after %n attempts", nullptr, failures).arg(gid, reason));
                finish(StorageFailed);
                break;
            }
        }
        status(tr("%1: backing off for %2 s: %3").arg(gid, waitSeconds(), reason));
        break;
    case SubscriptionState::RateLimited:
        status(tr("%1: rate-limited for %2 s").arg(gid, waitSeconds()));
        break;
    case SubscriptionState::AuthRequired:
        if (m_session) {
            // One renewal for all the pollers; recovered() restarts them, signInRequired() ends the run.
            status(tr("%1: Asana asked for a new access token; renewing the sign-in").arg(gid));
            m_session->handleUnauthorized();
            break;
        }
        status(tr("%1: the token was rejected: %2").arg(gid, reason));
        finish(TokenRejected);
        break;
    case SubscriptionState::Failed: {
        status(tr("%1: failed: %2").arg(gid, reason));
        const QStringList gids = m_scheduler->subscriptions();
        const bool allFailed = std::all_of(gids.cbegin(), gids.cend(), [this](const QString& each) {
            return m_scheduler->poller(each)->state() == SubscriptionState::Failed;
        });
        if (allFailed) {
            status(tr("every subscription failed"));
            finish(AllFailed);
        }
        break;
    }
    case SubscriptionState::Syncing:
    case SubscriptionState::Live:
    case SubscriptionState::Stopped:
        status(QStringLiteral("%1: %2").arg(gid, EventPoller::stateName(state)));
        break;
    }
}

} // namespace AsanaFeed
