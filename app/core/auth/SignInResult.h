// SignInResult: what a sign-in attempt (OAuth or personal access token) ends with — the
// credentials and the account they belong to, or why there are none.
#pragma once

#include "api/AccountInfo.h"
#include "auth/TokenStore.h"

#include <QString>

namespace AsanaFeed {

struct SignInResult
{
    enum class Failure {
        None,
        Denied,          // the person (or the server) refused authorization
        ExchangeRefused, // the token endpoint refused the code (or answered nonsense)
        TokenRejected,   // a personal access token the API does not accept
        TimedOut,
        Cancelled,
        Network, // no answer, or the loopback port could not be opened
    };

    Failure failure = Failure::None;
    QString message; // for a person; never contains a secret
    Credentials credentials;
    AccountInfo account;

    [[nodiscard]] bool ok() const { return failure == Failure::None; }
};

} // namespace AsanaFeed

Q_DECLARE_METATYPE(AsanaFeed::SignInResult)
