// ResourceSearch: finds what a person can follow in a workspace — as they type (typeahead over
// projects, tasks, goals and portfolios, debounced), page by page (the workspace's projects), or
// from a pasted Asana link or gid (the object it names, asked for its name and type). Each
// request goes through the account's request budget when a gate is set. A newer search replaces
// an older one: answers to the older are dropped.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>

namespace AsanaFeed {

class ApiReply;
class AsanaClient;

struct FoundResource
{
    QString gid;
    QString type; // project, task, goal, portfolio
    QString name;
    friend bool operator==(const FoundResource&, const FoundResource&) = default;
};

class ResourceSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceSearch)

public:
    using RequestGate = std::function<void(QObject* owner, std::function<ApiReply*()> send)>;

    static constexpr int pageSize = 50;
    // The kinds the typeahead is asked for, in the order their results are listed.
    static const QStringList searchedTypes;

    // `client` must outlive the search.
    explicit ResourceSearch(AsanaClient* client, QObject* parent = nullptr);

    void setRequestGate(RequestGate gate) { m_gate = std::move(gate); }
    void setDebounce(std::chrono::milliseconds delay) { m_debounce.setInterval(delay); }

    // As the person types: searches `workspaceGid` after a short pause; empty text clears.
    void search(const QString& workspaceGid, const QString& text);
    // The workspace's projects from the first page; then moreProjects() for the next.
    void browseProjects(const QString& workspaceGid);
    void moreProjects();
    [[nodiscard]] bool hasMoreProjects() const { return !m_nextOffset.isEmpty(); }
    // The workspaces the token can see (when the account's own list is not known).
    void listWorkspaces();
    // A pasted link or gid: what it names, with its name. A link that names nothing followable
    // fails at once with the reason.
    void resolve(const QString& linkOrGid);

signals:
    // The results of the current search so far (each kind is added as its answer comes).
    void resultsChanged(const QList<AsanaFeed::FoundResource>& results);
    // A page of the workspace's projects; `first`: it starts the list.
    void projectsArrived(const QList<AsanaFeed::FoundResource>& projects, bool first);
    void resolved(const AsanaFeed::FoundResource& resource);
    void workspacesArrived(const QList<AsanaFeed::FoundResource>& workspaces);
    // A request failed, or a link names nothing followable: for a person.
    void failed(const QString& message);

private:
    void runSearch();
    void requestProjects(const QString& offset);
    void resolveAt(QObject* step, const QString& gid, const QStringList& collections, qsizetype index);
    void send(QObject* owner, std::function<ApiReply*()> request);
    QObject* freshStep(QPointer<QObject>& step);

    AsanaClient* m_client = nullptr;
    RequestGate m_gate;
    QTimer m_debounce;
    QString m_workspace;
    QString m_text;
    QList<QList<FoundResource>> m_byType; // the current search's results, one list per searched type
    QPointer<QObject> m_search;           // the current search's requests answer to it
    QPointer<QObject> m_browse;
    QPointer<QObject> m_resolve;
    QPointer<QObject> m_workspaces;
    QString m_browseWorkspace;
    QString m_nextOffset;
};

} // namespace AsanaFeed

Q_DECLARE_METATYPE(AsanaFeed::FoundResource)
