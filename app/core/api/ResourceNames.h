// ResourceNames: what to call the resources the feed follows — a project's or a task's name,
// asked of Asana once per run (GET /projects/{gid}, and /tasks/{gid} when it is no project).
// Until Asana answers, and for what it cannot name, the gid stands in.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace AsanaFeed {

class AsanaClient;
class ApiReply;

class ResourceNames final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceNames)

public:
    // `client` must outlive this object.
    explicit ResourceNames(AsanaClient* client, QObject* parent = nullptr);
    ~ResourceNames() override;

    // Asks for the names of the gids not named or asked for yet (one or two requests each).
    void request(const QStringList& gids);
    [[nodiscard]] const QHash<QString, QString>& names() const { return m_names; }
    [[nodiscard]] bool isAsking() const { return !m_asking.isEmpty(); }
    // Another account: what is being asked is dropped (its answers would use the old token).
    void reset();

signals:
    // A name arrived; `names` holds all of them.
    void namesChanged(const QHash<QString, QString>& names);

private:
    void ask(const QString& gid, const QString& collection);

    AsanaClient* m_client = nullptr;
    QHash<QString, QString> m_names;
    QSet<QString> m_asking;
    QList<QPointer<ApiReply>> m_pending;
};

} // namespace AsanaFeed
