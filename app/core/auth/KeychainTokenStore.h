// KeychainTokenStore: secrets in the OS keychain through QtKeychain — the Secret Service on
// Linux, the Keychain on macOS, the Credential Store on Windows — one entry per account under
// the app's id. No insecure fallback: when there is no keychain, it says so (Unavailable) and
// the caller keeps the token for this run only.
#pragma once

#include "auth/TokenStore.h"

namespace AsanaFeed {

class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainTokenStore)

public:
    static constexpr auto defaultService = "io.github.asanafeed.AsanaFeed";

    explicit KeychainTokenStore(const QString& service = QString::fromLatin1(defaultService),
                                QObject* parent = nullptr);

    void load(const QString& account, Done done) override;
    void save(const QString& account, const Credentials& credentials, Done done) override;
    void remove(const QString& account, Done done) override;
    [[nodiscard]] bool isPersistent() const override { return true; }
    [[nodiscard]] QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace AsanaFeed
