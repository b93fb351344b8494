// Keychains for tests that are about what the app does with one, not about the OS keychain (that
// has tests of its own against the real Secret Service): NoKeychain answers like a machine without
// one; FakeKeychain keeps entries in memory, says it is persistent like the real one, and can hold
// its answers back (a slow unlock prompt) until released.
#pragma once

#include "auth/TokenStore.h"

#include <QList>
#include <QTimer>

#include <functional>
#include <utility>

namespace AsanaFeed {

// A machine without a keychain: every call answers Unavailable.
class NoKeychain final : public TokenStore
{
public:
    int saves = 0;
    void load(const QString&, Done done) override { answer(std::move(done)); }
    void save(const QString&, const Credentials&, Done done) override
    {
        ++saves;
        answer(std::move(done));
    }
    void remove(const QString&, Done done) override { answer(std::move(done)); }
    [[nodiscard]] bool isPersistent() const override { return true; }

private:
    void answer(Done done)
    {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done({TokenResult::Status::Unavailable, QStringLiteral("no Secret Service"), std::nullopt});
        });
    }
};

// A keychain for tests: kept in memory, but it says it is persistent like the real one; it can
// hold its answers back (a slow unlock prompt) until released.
class FakeKeychain final : public TokenStore
{
public:
    bool holding = false;

    void load(const QString& account, Done done) override
    {
        run([this, account, done = std::move(done)]() mutable { m_inner.load(account, std::move(done)); });
    }
    void save(const QString& account, const Credentials& credentials, Done done) override
    {
        run([this, account, credentials, done = std::move(done)]() mutable {
            m_inner.save(account, credentials, std::move(done));
        });
    }
    void remove(const QString& account, Done done) override
    {
        run([this, account, done = std::move(done)]() mutable { m_inner.remove(account, std::move(done)); });
    }
    [[nodiscard]] bool isPersistent() const override { return true; }
    [[nodiscard]] qsizetype heldCount() const { return m_held.size(); }
    void release()
    {
        holding = false;
        const auto held = std::exchange(m_held, {});
        for (const auto& call : held) {
            call();
        }
    }

private:
    void run(std::function<void()> call)
    {
        if (holding) {
            m_held.append(std::move(call));
        } else {
            call();
        }
    }
    MemoryTokenStore m_inner;
    QList<std::function<void()>> m_held;
};

} // namespace AsanaFeed
