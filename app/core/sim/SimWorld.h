// SimWorld: the simulated Asana workspace — people, projects, tasks, stories — and the event log
// that its mutators write, in exactly the shape GET /events returns, with per-resource streams and
// the sync tokens that point into them.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <chrono>
#include <functional>
#include <optional>

namespace AsanaFeed::Sim {

struct SimUser
{
    QString gid;
    QString name;
    QString email;
    bool hasPhoto = false;
};

struct SimWorkspace
{
    QString gid;
    QString name;
};

struct SimSection
{
    QString gid;
    QString name;
    QString projectGid;
};

struct SimProject
{
    QString gid;
    QString name;
    QString workspaceGid;
    QStringList sectionGids;
    QStringList taskGids;
};

struct SimEnumOption
{
    QString gid;
    QString name;
    QString color;
};

struct SimCustomField
{
    QString gid;
    QString name;
    QVector<SimEnumOption> options;
};

struct SimMembership
{
    QString projectGid;
    QString sectionGid;
};

struct SimTask
{
    QString gid;
    QString name;
    QString resourceSubtype = QStringLiteral("default_task");
    QString workspaceGid;
    QString assigneeGid;
    QString createdByGid; // empty: made by the scenario, not by a person of the world
    bool completed = false;
    QDateTime completedAt;
    QDate dueOn;
    QVector<SimMembership> memberships;
    QStringList followerGids;
    QHash<QString, QString> enumValues; // custom field gid -> enum option gid
    QStringList customFieldGids;
    bool deleted = false;
    QDateTime createdAt;
    QDateTime modifiedAt;
};

struct SimStory
{
    QString gid;
    QString resourceSubtype;
    QString type; // comment | system
    QString text;
    QString createdByGid;
    QString targetGid;
    QDateTime createdAt;
};

class SimWorld final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimWorld)

public:
    using Clock = std::function<QDateTime()>;

    explicit SimWorld(QObject* parent = nullptr);
    ~SimWorld() override;

    // The clock stamps events, stories and sync tokens; swap it to back-date history or to age tokens.
    void setClock(Clock clock);
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] Clock clock() const { return m_clock; }

    // --- building the world (no events: this is the state before anyone subscribes)
    QString addWorkspace(const QString& name);
    QString addUser(const QString& name, const QString& email, bool hasPhoto = false);
    QString addProject(const QString& workspaceGid, const QString& name);
    QString addSection(const QString& projectGid, const QString& name);
    QString addCustomField(const QString& name, const QStringList& optionNames);
    void attachCustomField(const QString& projectGid, const QString& customFieldGid);
    // Places a task in a project (first section) without an event; for seeding.
    QString addTask(const QString& projectGid, const QString& name, const QString& assigneeGid = {});
    void setMe(const QString& userGid) { m_meGid = userGid; }
    [[nodiscard]] QString meGid() const { return m_meGid; }

    // --- mutators that write events the way Asana does
    QString createTask(const QString& userGid, const QString& projectGid, const QString& name);
    QString commentOnTask(const QString& userGid, const QString& taskGid, const QString& text);
    void completeTask(const QString& userGid, const QString& taskGid, bool completed);
    void assignTask(const QString& userGid, const QString& taskGid, const QString& assigneeGid);
    void renameTask(const QString& userGid, const QString& taskGid, const QString& name);
    void setDueDate(const QString& userGid, const QString& taskGid, const QDate& dueOn);
    void moveTaskToSection(const QString& userGid, const QString& taskGid, const QString& sectionGid);
    void addTaskToProject(const QString& userGid, const QString& taskGid, const QString& projectGid);
    void removeTaskFromProject(const QString& userGid, const QString& taskGid, const QString& projectGid);
    void deleteTask(const QString& userGid, const QString& taskGid);
    void undeleteTask(const QString& userGid, const QString& taskGid);
    void addFollower(const QString& userGid, const QString& taskGid, const QString& followerGid);
    void setCustomFieldEnum(const QString& userGid, const QString& taskGid, const QString& customFieldGid,
                            const QString& optionGid);
    QString createSection(const QString& userGid, const QString& projectGid, const QString& name);
    void renameSection(const QString& userGid, const QString& sectionGid, const QString& name);

    // --- low-level event injection (tests, benchmarks)
    // Appends one event to the global log and to each listed stream (duplicates ignored).
    void appendEvent(const QJsonObject& event, const QStringList& streamGids);
    // Appends `count` varied, valid synthetic events to one stream, cheaply; every one has a distinct key.
    void injectEvents(const QString& resourceGid, int count);

    // --- ground truth
    [[nodiscard]] QVector<QJsonObject> streamEvents(const QString& resourceGid, qsizetype from = 0) const;
    [[nodiscard]] qsizetype streamLength(const QString& resourceGid) const;
    // The cached compact serialisation of stream event `index` (valid while the world lives).
    [[nodiscard]] const QByteArray& streamEventBytes(const QString& resourceGid, qsizetype index) const;
    [[nodiscard]] const QJsonObject& streamEventJson(const QString& resourceGid, qsizetype index) const;
    [[nodiscard]] qsizetype eventCount() const { return m_log.size(); }
    // True for anything one may subscribe to: projects, tasks, and any stream created by injection.
    [[nodiscard]] bool isEventResource(const QString& gid) const;

    // --- sync tokens
    [[nodiscard]] QString issueSyncToken(const QString& resourceGid, qsizetype position);
    // The stream position a token stands for, if it is known, unexpired and was issued for this resource.
    [[nodiscard]] std::optional<qsizetype> resolveSyncToken(const QString& token, const QString& resourceGid) const;
    void expireAllTokens();
    void setTokenTtl(std::chrono::seconds ttl) { m_tokenTtl = ttl; }
    [[nodiscard]] std::chrono::seconds tokenTtl() const { return m_tokenTtl; }

    // --- access control
    void setForbidden(const QString& gid, bool forbidden = true);
    [[nodiscard]] bool isForbidden(const QString& gid) const { return m_forbidden.contains(gid); }

    // --- lookups
    [[nodiscard]] const QVector<SimWorkspace>& workspaces() const { return m_workspaces; }
    [[nodiscard]] const QVector<SimUser>& users() const { return m_users; }
    [[nodiscard]] const QStringList& projectGids() const { return m_projectOrder; }
    [[nodiscard]] const QStringList& taskGids() const { return m_taskOrder; }
    [[nodiscard]] const SimWorkspace* workspace(const QString& gid) const;
    [[nodiscard]] const SimUser* user(const QString& gidOrEmail) const;
    [[nodiscard]] const SimProject* project(const QString& gid) const;
    [[nodiscard]] const SimSection* section(const QString& gid) const;
    [[nodiscard]] const SimTask* task(const QString& gid) const;
    [[nodiscard]] const SimStory* story(const QString& gid) const;
    [[nodiscard]] const SimCustomField* customField(const QString& gid) const;
    [[nodiscard]] QVector<const SimStory*> storiesOfTask(const QString& taskGid) const;
    [[nodiscard]] QString permalink(const SimTask& task) const;

    // Compact records, as events and API responses embed them.
    [[nodiscard]] QJsonValue userCompact(const QString& gid) const;
    [[nodiscard]] QJsonObject taskCompact(const QString& gid) const;
    [[nodiscard]] QJsonObject projectCompact(const QString& gid) const;
    [[nodiscard]] QJsonObject sectionCompact(const QString& gid) const;
    [[nodiscard]] QJsonObject workspaceCompact(const QString& gid) const;
    [[nodiscard]] QJsonObject storyCompact(const QString& gid) const;
    [[nodiscard]] QJsonObject customFieldValue(const SimTask& task, const QString& customFieldGid) const;

    [[nodiscard]] static QString isoTimestamp(const QDateTime& time);

signals:
    // Emitted once per appended event (after every stream it concerns has it).
    void eventAppended(const QJsonObject& event);

private:
    struct LoggedEvent
    {
        QJsonObject json;
        QByteArray bytes;
    };
    struct SyncToken
    {
        QString resourceGid;
        qsizetype position = 0;
        QDateTime issuedAt;
    };

    QString nextGid();
    SimTask* mutableTask(const QString& gid);
    QStringList taskStreams(const SimTask& task) const;
    QJsonObject makeEvent(const QString& userGid, const QJsonObject& resource, const QString& action,
                          const QJsonValue& parent) const;
    QJsonObject changedEvent(const QString& userGid, const SimTask& task, const QJsonObject& change) const;
    QString addStory(const QString& userGid, const QString& taskGid, const QString& type, const QString& subtype,
                     const QString& text);
    void touch(SimTask& task);

    Clock m_clock;
    quint64 m_gidCounter = 1200000000000001ULL;
    QString m_meGid;
    QVector<SimWorkspace> m_workspaces;
    QVector<SimUser> m_users;
    QHash<QString, SimProject> m_projects;
    QStringList m_projectOrder;
    QHash<QString, SimSection> m_sections;
    QHash<QString, SimTask> m_tasks;
    QStringList m_taskOrder;
    QHash<QString, SimStory> m_stories;
    QHash<QString, QStringList> m_storiesByTask;
    QHash<QString, SimCustomField> m_customFields;
    QHash<QString, QStringList> m_projectCustomFields;

    QVector<LoggedEvent> m_log;
    QHash<QString, QVector<qsizetype>> m_streams;
    qint64 m_lastSyntheticMs = 0;
    quint64 m_syntheticCounter = 0;

    QHash<QString, SyncToken> m_tokens;
    std::chrono::seconds m_tokenTtl{24 * 3600};
    QSet<QString> m_forbidden;
};

} // namespace AsanaFeed::Sim
