// PatSignIn: keeps a pasted personal access token only after Asana accepted it — verifies it
// with GET /users/me and answers with the account it belongs to, or with the API's message.
#pragma once

#include "auth/SignInResult.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace AsanaFeed {

class AsanaClient;
class ApiReply;

class PatSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatSignIn)

public:
    PatSignIn(QNetworkAccessManager* network, const QUrl& apiBaseUrl, QObject* parent = nullptr);
    ~PatSignIn() override;

    // Emits finished() once, from the event loop. A new call abandons the previous one.
    void verify(const QString& token);

signals:
    void finished(const AsanaFeed::SignInResult& result);

private:
    AsanaClient* m_client = nullptr;
    QPointer<ApiReply> m_pending;
};

} // namespace AsanaFeed
