// FollowCommand: `asana-feed --follow GID…` — polls each subscription and writes every event as
// one JSON line to stdout (flushed per line) and human-readable status to stderr. Finishes with
// the documented exit code: 0 on SIGINT/SIGTERM, 3 when the token is refused, 4 when every
// subscription failed. With an EventStore it resumes from the stored sync tokens, keeps each
// page before printing it, and prints only the events the store had not seen. Given an OAuth
// sign-in instead of a bare token, an AccountSession renews it before it expires and after a
// 401, and the pollers the 401 stopped carry on; only a refused renewal ends the run (3).
#pragma once

#include "api/ApiError.h"
#include "auth/AccountSession.h"
#include "events/EventSink.h"
#include "events/SubscriptionState.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <cstdio>
#include <optional>

class QNetworkAccessManager;

namespace AsanaFeed {

class AsanaClient;
class PollScheduler;
class EventStore;
class OutputWriter;
class TokenStore;

class FollowCommand final : public QObject, private EventSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowCommand)

public:
    enum ExitCode {
        Success = 0,
        OutputFailed = 1,
        Usage = 2,
        TokenRejected = 3,
        AllFailed = 4,
        StorageFailed = 5, // the state file could not be opened, read or written
    };

    // Consecutive pages of one subscription that could not be saved before the run gives up
    // (with StorageFailed).
    static constexpr int maxStorageAttempts = 5;
    // Output handed to the writer and not yet read: above the first, polling pauses; below the
    // second, it resumes.
    static constexpr qsizetype outputHighWater = 8 * 1024 * 1024;
    static constexpr qsizetype outputLowWater = 1024 * 1024;

    // The signed-in account's OAuth sign-in (from the keychain).
    struct SignedIn
    {
        AccountInfo account;
        Credentials credentials;
        AccountSession::Options session; // the OAuth client; apiBaseUrl defaults to baseUrl
    };

    struct Options
    {
        QStringList resourceGids;
        QUrl baseUrl;
        // Used as it is (ASANA_TOKEN, a personal access token): when Asana refuses it, the run ends.
        QString token;
        // Used instead of `token` when set: renewed as it expires, the renewal kept in the TokenStore.
        std::optional<SignedIn> signedIn;
        std::chrono::milliseconds interval{std::chrono::seconds(10)};
        int requestsPerMinute = 150; // the account's request budget (--budget)
        std::chrono::milliseconds backoffBase{std::chrono::seconds(1)};
    };

    // `store` may be null (nothing kept); when given it must be open and outlive the command.
    // `tokens` keeps a renewed sign-in; it may be null (renewed for this run only), else it must
    // outlive the command.
    // The JSON lines go to the file descriptor `out` (1: standard output), status lines to `err`.
    FollowCommand(Options options, QNetworkAccessManager* network, EventStore* store, TokenStore* tokens, int out,
                  std::FILE* err, QObject* parent = nullptr);
    ~FollowCommand() override;

    void start();
    // A clean stop (SIGINT/SIGTERM): everything written is flushed; finishes with 0.
    void stop();

signals:
    void finished(int exitCode);

private:
    std::optional<KeptPage> commitPage(const QString& subscription, const QList<Event>& events,
                                       const QString& nextSync) override;
    bool commitGap(const QString& subscription, const QDateTime& detectedAt, const QString& nextSync) override;
    [[nodiscard]] QString lastError() const override { return m_sinkError; }
    void write(QByteArray lines);
    void onOutputWritten();
    void status(const QString& line);
    void onStateChanged(const QString& gid, SubscriptionState state, const QDateTime& until,
                        const std::optional<ApiError>& error);
    void startPollers();
    void onSignInRequired(const QString& message);
    void finish(int exitCode);

    Options m_options;
    AsanaClient* m_client = nullptr;
    PollScheduler* m_scheduler = nullptr;
    AccountSession* m_session = nullptr; // only for an OAuth sign-in
    EventStore* m_store = nullptr;
    OutputWriter* m_writer = nullptr;
    std::FILE* m_err = nullptr;
    QString m_sinkError;
    QHash<QString, int> m_storageFailures; // per subscription: consecutive pages that could not be saved
    bool m_outputPaused = false;
    bool m_finished = false;
};

} // namespace AsanaFeed
