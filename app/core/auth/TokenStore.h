// TokenStore: where an account's secrets live — the access token, the refresh token and when
// the access token expires, kept together as one entry per account. The real one is the OS
// keychain (KeychainTokenStore); MemoryTokenStore serves tests that are not about secrets.
// Nothing here ever writes a secret to a file, a setting or a log.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace AsanaFeed {

struct Credentials
{
    enum class Kind { OAuth, PersonalAccessToken };

    // Where entries from before credentials were bound to their host came from.
    static constexpr auto asanaOrigin = "https://app.asana.com";

    Kind kind = Kind::PersonalAccessToken;
    QString accessToken;
    QString refreshToken; // OAuth only
    QDateTime expiresAt;  // OAuth only; invalid = does not expire
    // The host that issued them (AsanaClient::originOf of the API base URL at sign-in). They are
    // sent to it and to no other: not to the API elsewhere, not for a renewal.
    QString origin;

    [[nodiscard]] bool isValid() const { return !accessToken.isEmpty(); }
    // Whether these may be used with the API at `apiBaseUrl`.
    [[nodiscard]] bool isFor(const QUrl& apiBaseUrl) const;
    // The keychain entry: one JSON object.
    [[nodiscard]] QByteArray toBlob() const;
    [[nodiscard]] static std::optional<Credentials> fromBlob(const QByteArray& blob);
    friend bool operator==(const Credentials&, const Credentials&) = default;
};

struct TokenResult
{
    enum class Status {
        Ok,
        NotFound,    // nothing stored for this account
        Unavailable, // no keychain on this machine (or it refused us)
        Failed,      // anything else; see message
    };

    Status status = Status::Ok;
    QString message;                        // for a person; never contains a secret
    std::optional<Credentials> credentials; // load() only

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

class TokenStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    using Done = std::function<void(const TokenResult&)>;

    explicit TokenStore(QObject* parent = nullptr)
        : QObject(parent)
    {}
    ~TokenStore() override = default;

    // Each call answers once through `done`, later (from the event loop), never synchronously.
    virtual void load(const QString& account, Done done) = 0;
    virtual void save(const QString& account, const Credentials& credentials, Done done) = 0;
    virtual void remove(const QString& account, Done done) = 0;
    // False when secrets are only kept for this run (no keychain available).
    [[nodiscard]] virtual bool isPersistent() const = 0;
};

// For tests and for runs without a keychain: secrets in memory, gone when the app exits.
class MemoryTokenStore final : public TokenStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryTokenStore)

public:
    explicit MemoryTokenStore(QObject* parent = nullptr)
        : TokenStore(parent)
    {}

    void load(const QString& account, Done done) override;
    void save(const QString& account, const Credentials& credentials, Done done) override;
    void remove(const QString& account, Done done) override;
    [[nodiscard]] bool isPersistent() const override { return false; }

private:
    void answer(Done done, TokenResult result);
    QHash<QString, Credentials> m_entries;
};

} // namespace AsanaFeed
