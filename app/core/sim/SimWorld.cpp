#include "SimWorld.h"

#include "util/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

namespace AsanaFeed::Sim {

namespace {

QString str(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

QJsonObject named(const QString& gid, const char* type, const QString& name)
{
    return QJsonObject{{str("gid"), gid}, {str("resource_type"), str(type)}, {str("name"), name}};
}

// Parents and change values are plain {gid, resource_type, name} records.
QJsonObject stripSubtype(QJsonObject compact)
{
    compact.remove(str("resource_subtype"));
    return compact;
}

} // namespace

SimWorld::SimWorld(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

SimWorld::~SimWorld() = default;

void SimWorld::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

QDateTime SimWorld::now() const
{
    return m_clock().toUTC();
}

QString SimWorld::isoTimestamp(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QString SimWorld::nextGid()
{
    return QString::number(m_gidCounter++);
}

// ---------------------------------------------------------------------------------------------
// Building

QString SimWorld::addWorkspace(const QString& name)
{
    const QString gid = nextGid();
    m_workspaces.append({gid, name});
    return gid;
}

QString SimWorld::addUser(const QString& name, const QString& email, bool hasPhoto)
{
    const QString gid = nextGid();
    m_users.append({gid, name, email, hasPhoto});
    if (m_meGid.isEmpty()) {
        m_meGid = gid;
    }
    return gid;
}

QString SimWorld::addProject(const QString& workspaceGid, const QString& name)
{
    const QString gid = nextGid();
    SimProject project;
    project.gid = gid;
    project.name = name;
    project.workspaceGid = workspaceGid;
    m_projects.insert(gid, project);
    m_projectOrder.append(gid);
    return gid;
}

QString SimWorld::addSection(const QString& projectGid, const QString& name)
{
    auto it = m_projects.find(projectGid);
    if (it == m_projects.end()) {
        return {};
    }
    const QString gid = nextGid();
    m_sections.insert(gid, {gid, name, projectGid});
    it->sectionGids.append(gid);
    return gid;
}

QString SimWorld::addCustomField(const QString& name, const QStringList& optionNames)
{
    static const char* const colors[] = {"green", "yellow", "red", "blue", "purple", "orange"};
    SimCustomField field;
    field.gid = nextGid();
    field.name = name;
    for (qsizetype i = 0; i < optionNames.size(); ++i) {
        field.options.append({nextGid(), optionNames.at(i), str(colors[i % 6])});
    }
    m_customFields.insert(field.gid, field);
    return field.gid;
}

void SimWorld::attachCustomField(const QString& projectGid, const QString& customFieldGid)
{
    if (!m_projects.contains(projectGid) || !m_customFields.contains(customFieldGid)) {
        return;
    }
    m_projectCustomFields[projectGid].append(customFieldGid);
    for (const QString& taskGid : m_projects.value(projectGid).taskGids) {
        SimTask& task = m_tasks[taskGid];
        if (!task.customFieldGids.contains(customFieldGid)) {
            task.customFieldGids.append(customFieldGid);
        }
    }
}

QString SimWorld::addTask(const QString& projectGid, const QString& name, const QString& assigneeGid)
{
    auto it = m_projects.find(projectGid);
    if (it == m_projects.end()) {
        return {};
    }
    SimTask task;
    task.gid = nextGid();
    task.name = name;
    task.workspaceGid = it->workspaceGid;
    task.assigneeGid = assigneeGid;
    task.memberships.append({projectGid, it->sectionGids.value(0)});
    task.customFieldGids = m_projectCustomFields.value(projectGid);
    task.createdAt = now();
    task.modifiedAt = task.createdAt;
    it->taskGids.append(task.gid);
    m_tasks.insert(task.gid, task);
    m_taskOrder.append(task.gid);
    return task.gid;
}

// ---------------------------------------------------------------------------------------------
// Lookups and compact records

const SimWorkspace* SimWorld::workspace(const QString& gid) const
{
    for (const SimWorkspace& ws : m_workspaces) {
        if (ws.gid == gid) {
            return &ws;
        }
    }
    return nullptr;
}

const SimUser* SimWorld::user(const QString& gidOrEmail) const
{
    const QString key = gidOrEmail == QLatin1String("me") ? m_meGid : gidOrEmail;
    for (const SimUser& u : m_users) {
        if (u.gid == key || u.email.compare(key, Qt::CaseInsensitive) == 0) {
            return &u;
        }
    }
    return nullptr;
}

const SimProject* SimWorld::project(const QString& gid) const
{
    auto it = m_projects.constFind(gid);
    return it == m_projects.cend() ? nullptr : &*it;
}

const SimSection* SimWorld::section(const QString& gid) const
{
    auto it = m_sections.constFind(gid);
    return it == m_sections.cend() ? nullptr : &*it;
}

const SimTask* SimWorld::task(const QString& gid) const
{
    auto it = m_tasks.constFind(gid);
    return it == m_tasks.cend() ? nullptr : &*it;
}

SimTask* SimWorld::mutableTask(const QString& gid)
{
    auto it = m_tasks.find(gid);
    return it == m_tasks.end() ? nullptr : &*it;
}

const SimStory* SimWorld::story(const QString& gid) const
{
    auto it = m_stories.constFind(gid);
    return it == m_stories.cend() ? nullptr : &*it;
}

const SimCustomField* SimWorld::customField(const QString& gid) const
{
    auto it = m_customFields.constFind(gid);
    return it == m_customFields.cend() ? nullptr : &*it;
}

QVector<const SimStory*> SimWorld::storiesOfTask(const QString& taskGid) const
{
    QVector<const SimStory*> result;
    for (const QString& gid : m_storiesByTask.value(taskGid)) {
        result.append(story(gid));
    }
    return result;
}

QString SimWorld::permalink(const SimTask& task) const
{
    const QString projectGid = task.memberships.isEmpty() ? QStringLiteral("0") : task.memberships.first().projectGid;
    return QStringLiteral("https://app.asana.com/1/") % task.workspaceGid % QStringLiteral("/project/") % projectGid %
           QStringLiteral("/task/") % task.gid;
}

QJsonValue SimWorld::userCompact(const QString& gid) const
{
    if (gid.isEmpty()) {
        return QJsonValue::Null;
    }
    const SimUser* u = user(gid);
    return named(gid, "user", u ? u->name : QString());
}

QJsonObject SimWorld::taskCompact(const QString& gid) const
{
    const SimTask* t = task(gid);
    QJsonObject obj = named(gid, "task", t ? t->name : QString());
    obj.insert(str("resource_subtype"), t ? t->resourceSubtype : str("default_task"));
    return obj;
}

QJsonObject SimWorld::projectCompact(const QString& gid) const
{
    const SimProject* p = project(gid);
    return named(gid, "project", p ? p->name : QString());
}

QJsonObject SimWorld::sectionCompact(const QString& gid) const
{
    const SimSection* s = section(gid);
    return named(gid, "section", s ? s->name : QString());
}

QJsonObject SimWorld::workspaceCompact(const QString& gid) const
{
    const SimWorkspace* ws = workspace(gid);
    return named(gid, "workspace", ws ? ws->name : QString());
}

QJsonObject SimWorld::storyCompact(const QString& gid) const
{
    const SimStory* s = story(gid);
    // Stories have no name; the feed shows the text, so that is what the named resource carries.
    QJsonObject obj = named(gid, "story", s ? s->text : QString());
    obj.insert(str("resource_subtype"), s ? s->resourceSubtype : str("comment_added"));
    return obj;
}

QJsonObject SimWorld::customFieldValue(const SimTask& task, const QString& customFieldGid) const
{
    const SimCustomField* field = customField(customFieldGid);
    if (!field) {
        return {};
    }
    QJsonObject obj = named(field->gid, "custom_field", field->name);
    obj.insert(str("resource_subtype"), str("enum"));
    obj.insert(str("type"), str("enum"));
    const QString optionGid = task.enumValues.value(customFieldGid);
    QJsonValue enumValue = QJsonValue::Null;
    QJsonValue display = QJsonValue::Null;
    for (const SimEnumOption& option : field->options) {
        if (option.gid == optionGid) {
            QJsonObject value = named(option.gid, "enum_option", option.name);
            value.insert(str("color"), option.color);
            value.insert(str("enabled"), true);
            enumValue = value;
            display = option.name;
        }
    }
    obj.insert(str("enum_value"), enumValue);
    obj.insert(str("display_value"), display);
    return obj;
}

// ---------------------------------------------------------------------------------------------
// Events

QStringList SimWorld::taskStreams(const SimTask& task) const
{
    QStringList streams{task.gid};
    for (const SimMembership& m : task.memberships) {
        streams.append(m.projectGid);
    }
    return streams;
}

QJsonObject SimWorld::makeEvent(const QString& userGid, const QJsonObject& resource, const QString& action,
                                const QJsonValue& parent) const
{
    return QJsonObject{{str("user"), userCompact(userGid)},
                       {str("resource"), resource},
                       {str("type"), resource.value(str("resource_type"))},
                       {str("action"), action},
                       {str("parent"), parent.isObject() ? QJsonValue(stripSubtype(parent.toObject())) : parent},
                       {str("created_at"), isoTimestamp(now())}};
}

QJsonObject SimWorld::changedEvent(const QString& userGid, const SimTask& task, const QJsonObject& change) const
{
    QJsonObject event = makeEvent(userGid, taskCompact(task.gid), str("changed"), QJsonValue::Null);
    event.insert(str("change"), change);
    return event;
}

void SimWorld::appendEvent(const QJsonObject& event, const QStringList& streamGids)
{
    const qsizetype index = m_log.size();
    m_log.append({event, QJsonDocument(event).toJson(QJsonDocument::Compact)});
    QSet<QString> seen;
    QStringList streams = streamGids;
    // Every event of a project is also one of its workspace (/workspaces/{gid}/events).
    for (const QString& gid : streamGids) {
        if (const auto project = m_projects.constFind(gid); project != m_projects.cend()) {
            streams.append(project->workspaceGid);
        }
    }
    for (const QString& gid : std::as_const(streams)) {
        if (gid.isEmpty() || seen.contains(gid)) {
            continue;
        }
        seen.insert(gid);
        m_streams[gid].append(index);
    }
    emit eventAppended(event);
}

void SimWorld::touch(SimTask& task)
{
    task.modifiedAt = now();
}

QString SimWorld::addStory(const QString& userGid, const QString& taskGid, const QString& type, const QString& subtype,
                           const QString& text)
{
    const SimTask* t = task(taskGid);
    if (!t) {
        return {};
    }
    SimStory story;
    story.gid = nextGid();
    story.type = type;
    story.resourceSubtype = subtype;
    story.text = text;
    story.createdByGid = userGid;
    story.targetGid = taskGid;
    story.createdAt = now();
    m_stories.insert(story.gid, story);
    m_storiesByTask[taskGid].append(story.gid);
    appendEvent(makeEvent(userGid, storyCompact(story.gid), str("added"), taskCompact(taskGid)), taskStreams(*t));
    return story.gid;
}

QString SimWorld::createTask(const QString& userGid, const QString& projectGid, const QString& name)
{
    const QString gid = addTask(projectGid, name);
    if (gid.isEmpty()) {
        return {};
    }
    m_tasks[gid].createdByGid = userGid;
    m_tasks[gid].followerGids.append(userGid);
    appendEvent(makeEvent(userGid, taskCompact(gid), str("added"), projectCompact(projectGid)), {gid, projectGid});
    return gid;
}

QString SimWorld::commentOnTask(const QString& userGid, const QString& taskGid, const QString& text)
{
    return addStory(userGid, taskGid, str("comment"), str("comment_added"), text);
}

void SimWorld::completeTask(const QString& userGid, const QString& taskGid, bool completed)
{
    SimTask* t = mutableTask(taskGid);
    if (!t) {
        return;
    }
    t->completed = completed;
    t->completedAt = completed ? now() : QDateTime();
    touch(*t);
    // A boolean is not a resource, so the change carries no new_value; clients read the task.
    appendEvent(changedEvent(userGid, *t, {{str("field"), str("completed")}, {str("action"), str("changed")}}),
                taskStreams(*t));
    addStory(userGid, taskGid, str("system"), completed ? str("marked_complete") : str("marked_incomplete"),
             completed ? str("marked this task complete") : str("marked this task incomplete"));
}

void SimWorld::assignTask(const QString& userGid, const QString& taskGid, const QString& assigneeGid)
{
    SimTask* t = mutableTask(taskGid);
    if (!t) {
        return;
    }
    t->assigneeGid = assigneeGid;
    if (!assigneeGid.isEmpty() && !t->followerGids.contains(assigneeGid)) {
        t->followerGids.append(assigneeGid);
    }
    touch(*t);
    QJsonObject change{{str("field"), str("assignee")}, {str("action"), str("changed")}};
    if (!assigneeGid.isEmpty()) {
        change.insert(str("new_value"), userCompact(assigneeGid));
    }
    appendEvent(changedEvent(userGid, *t, change), taskStreams(*t));
    const SimUser* assignee = user(assigneeGid);
    addStory(userGid, taskGid, str("system"), assignee ? str("assigned") : str("unassigned"),
             assignee ? QStringLiteral("assigned to ") % assignee->name : str("unassigned"));
}

void SimWorld::renameTask(const QString& userGid, const QString& taskGid, const QString& name)
{
    SimTask* t = mutableTask(taskGid);
    if (!t) {
        return;
    }
    t->name = name;
    touch(*t);
    appendEvent(changedEvent(userGid, *t, {{str("field"), str("name")}, {str("action"), str("changed")}}),
                taskStreams(*t));
    addStory(userGid, taskGid, str("system"), str("name_changed"),
             QStringLiteral("changed the name to \u201C") % name % QStringLiteral("\u201D"));
}

void SimWorld::setDueDate(const QString& userGid, const QString& taskGid, const QDate& dueOn)
{
    SimTask* t = mutableTask(taskGid);
    if (!t) {
        return;
    }
    t->dueOn = dueOn;
    touch(*t);
    appendEvent(changedEvent(userGid, *t, {{str("field"), str("due_on")}, {str("action"), str("changed")}}),
                taskStreams(*t));
    addStory(userGid, taskGid, str("system"), str("due_date_changed"),
             dueOn.isValid() ? QStringLiteral("changed the due date to ") % dueOn.toString(Qt::ISODate)
                             : str("removed the due date"));
}

void SimWorld::moveTaskToSection(const QString& userGid, const QString& taskGid, const QString& sectionGid)
{
    SimTask* t = mutableTask(taskGid);
    const SimSection* target = section(sectionGid);
    if (!t || !target) {
        return;
    }
    const QString projectGid = target->projectGid;
    QString oldSectionGid;
    bool found = false;
    for (SimMembership& m : t->memberships) {
        if (m.projectGid == projectGid) {
            oldSectionGid = m.sectionGid;
            m.sectionGid = sectionGid;
            found = true;
        }
    }
    if (!found) {
        t->memberships.append({projectGid, sectionGid});
        m_projects[projectGid].taskGids.append(taskGid);
    }
    if (oldSectionGid == sectionGid) {
        return;
    }
    touch(*t);
    const QStringList streams = taskStreams(*t);
    appendEvent(makeEvent(userGid, taskCompact(taskGid), str("added"), sectionCompact(sectionGid)), streams);
    if (!oldSectionGid.isEmpty()) {
        appendEvent(makeEvent(userGid, taskCompact(taskGid), str("removed"), sectionCompact(oldSectionGid)), streams);
    }
    addStory(userGid, taskGid, str("system"), str("section_changed"),
             QStringLiteral("moved this task to ") % target->name);
}

void SimWorld::addTaskToProject(const QString& userGid, const QString& taskGid, const QString& projectGid)
{
    SimTask* t = mutableTask(taskGid);
    auto p = m_projects.find(projectGid);
    if (!t || p == m_projects.end()) {
        return;
    }
    for (const SimMembership& m : std::as_const(t->memberships)) {
        if (m.projectGid == projectGid) {
            return;
        }
    }
    t->memberships.append({projectGid, p->sectionGids.value(0)});
    p->taskGids.append(taskGid);
    touch(*t);
    appendEvent(makeEvent(userGid, taskCompact(taskGid), str("added"), projectCompact(projectGid)),
                {taskGid, projectGid});
}

void SimWorld::removeTaskFromProject(const QString& userGid, const QString& taskGid, const QString& projectGid)
{
    SimTask* t = mutableTask(taskGid);
    if (!t) {
        return;
    }
    const auto before = t->memberships.size();
    t->memberships.removeIf([&](const SimMembership& m) { return m.projectGid == projectGid; });
    if (t->memberships.size() == before) {
        return;
    }
    m_projects[projectGid].taskGids.removeAll(taskGid);
    touch(*t);
    appendEvent(makeEvent(userGid, taskCompact(taskGid), str("removed"), projectCompact(projectGid)),
                {taskGid, projectGid});
}

void SimWorld::deleteTask(const QString& userGid, const QString& taskGid)
{
    SimTask* t = mutableTask(taskGid);
    if (!t || t->deleted) {
        return;
    }
    t->deleted = true;
    appendEvent(makeEvent(userGid, taskCompact(taskGid), str("deleted"), QJsonValue::Null), taskStreams(*t));
}

void SimWorld::undeleteTask(const QString& userGid, const QString& taskGid)
{
    SimTask* t = mutableTask(taskGid);
    if (!t || !t->deleted) {
        return;
    }
    t->deleted = false;
    appendEvent(makeEvent(userGid, taskCompact(taskGid), str("undeleted"), QJsonValue::Null), taskStreams(*t));
}

void SimWorld::addFollower(const QString& userGid, const QString& taskGid, const QString& followerGid)
{
    SimTask* t = mutableTask(taskGid);
    if (!t || t->followerGids.contains(followerGid)) {
        return;
    }
    t->followerGids.append(followerGid);
    touch(*t);
    appendEvent(changedEvent(userGid, *t,
                             {{str("field"), str("followers")},
                              {str("action"), str("added")},
                              {str("added_value"), userCompact(followerGid)}}),
                taskStreams(*t));
}

void SimWorld::setCustomFieldEnum(const QString& userGid, const QString& taskGid, const QString& customFieldGid,
                                  const QString& optionGid)
{
    SimTask* t = mutableTask(taskGid);
    const SimCustomField* field = customField(customFieldGid);
    if (!t || !field) {
        return;
    }
    if (!t->customFieldGids.contains(customFieldGid)) {
        t->customFieldGids.append(customFieldGid);
    }
    t->enumValues.insert(customFieldGid, optionGid);
    touch(*t);
    QJsonObject value = named(field->gid, "custom_field", field->name);
    value.insert(str("resource_subtype"), str("enum"));
    QJsonValue enumValue = QJsonValue::Null;
    QString optionName;
    for (const SimEnumOption& option : field->options) {
        if (option.gid == optionGid) {
            enumValue = named(option.gid, "enum_option", option.name);
            optionName = option.name;
        }
    }
    value.insert(str("enum_value"), enumValue);
    appendEvent(changedEvent(
                    userGid, *t,
                    {{str("field"), str("custom_fields")}, {str("action"), str("changed")}, {str("new_value"), value}}),
                taskStreams(*t));
    addStory(userGid, taskGid, str("system"), str("enum_custom_field_changed"),
             QStringLiteral("changed ") % field->name % QStringLiteral(" to ") % optionName);
}

QString SimWorld::createSection(const QString& userGid, const QString& projectGid, const QString& name)
{
    const QString gid = addSection(projectGid, name);
    if (gid.isEmpty()) {
        return {};
    }
    appendEvent(makeEvent(userGid, sectionCompact(gid), str("added"), projectCompact(projectGid)), {gid, projectGid});
    return gid;
}

void SimWorld::renameSection(const QString& userGid, const QString& sectionGid, const QString& name)
{
    auto it = m_sections.find(sectionGid);
    if (it == m_sections.end()) {
        return;
    }
    it->name = name;
    QJsonObject event = makeEvent(userGid, sectionCompact(sectionGid), str("changed"), QJsonValue::Null);
    event.insert(str("change"), QJsonObject{{str("field"), str("name")}, {str("action"), str("changed")}});
    appendEvent(event, {sectionGid, it->projectGid});
}

void SimWorld::injectEvents(const QString& resourceGid, int count)
{
    if (count <= 0 || resourceGid.isEmpty()) {
        return;
    }
    // Candidate tasks: the project's, the task itself, or made-up ones for an arbitrary stream.
    QStringList taskPool;
    if (const SimProject* p = project(resourceGid)) {
        taskPool = p->taskGids;
    } else if (task(resourceGid)) {
        taskPool = {resourceGid};
    }
    QVector<QJsonObject> tasks;
    if (taskPool.isEmpty()) {
        for (int i = 0; i < 7; ++i) {
            QJsonObject t = named(QString::number(9100000000000000ULL + m_syntheticCounter + quint64(i)), "task",
                                  QStringLiteral("Synthetic task ") % QString::number(i + 1));
            t.insert(str("resource_subtype"), str("default_task"));
            tasks.append(t);
        }
    } else {
        for (const QString& gid : std::as_const(taskPool)) {
            tasks.append(taskCompact(gid));
        }
    }
    QVector<QJsonValue> users;
    for (const SimUser& u : std::as_const(m_users)) {
        users.append(named(u.gid, "user", u.name));
    }
    if (users.isEmpty()) {
        users.append(named(str("9200000000000001"), "user", str("Synthetic User")));
    }
    const QJsonObject parentProject = project(resourceGid) ? projectCompact(resourceGid) : QJsonObject();

    // Distinct, increasing milliseconds even across back-to-back bursts, so every event key differs.
    const qint64 nowMs = now().toMSecsSinceEpoch();
    qint64 ms = std::max(nowMs - count, m_lastSyntheticMs + 1);
    const QStringList streams{resourceGid};
    static const char* const fields[] = {"name", "completed", "due_on", "notes"};
    for (int i = 0; i < count; ++i, ++ms) {
        const quint64 n = m_syntheticCounter++;
        const QJsonObject& t = tasks.at(qsizetype(n % quint64(tasks.size())));
        const QJsonValue& u = users.at(qsizetype((n / 3) % quint64(users.size())));
        const QString createdAt = isoTimestamp(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
        QJsonObject event{{str("user"), u}, {str("created_at"), createdAt}};
        switch (n % 5) {
        case 0:
        case 1: {
            event.insert(str("resource"), t);
            event.insert(str("type"), str("task"));
            event.insert(str("action"), str("changed"));
            event.insert(str("parent"), QJsonValue::Null);
            event.insert(str("change"),
                         QJsonObject{{str("field"), str(fields[(n / 5) % 4])}, {str("action"), str("changed")}});
            break;
        }
        case 2: {
            event.insert(str("resource"), t);
            event.insert(str("type"), str("task"));
            event.insert(str("action"), str("changed"));
            event.insert(str("parent"), QJsonValue::Null);
            event.insert(
                str("change"),
                QJsonObject{{str("field"), str("assignee")}, {str("action"), str("changed")}, {str("new_value"), u}});
            break;
        }
        case 3: {
            QJsonObject story = named(QString::number(9300000000000000ULL + n), "story",
                                      QStringLiteral("Synthetic comment #") % QString::number(n));
            story.insert(str("resource_subtype"), str("comment_added"));
            event.insert(str("resource"), story);
            event.insert(str("type"), str("story"));
            event.insert(str("action"), str("added"));
            event.insert(str("parent"), stripSubtype(t));
            break;
        }
        default: {
            event.insert(str("resource"), t);
            event.insert(str("type"), str("task"));
            event.insert(str("action"), str("added"));
            event.insert(str("parent"),
                         parentProject.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parentProject));
            break;
        }
        }
        // Bypass the signal per event: a burst of thousands should stay cheap.
        const qsizetype index = m_log.size();
        m_log.append({event, QJsonDocument(event).toJson(QJsonDocument::Compact)});
        m_streams[resourceGid].append(index);
    }
    m_lastSyntheticMs = ms - 1;
    qCDebug(lcSim) << "injected" << count << "events into" << resourceGid;
}

QVector<QJsonObject> SimWorld::streamEvents(const QString& resourceGid, qsizetype from) const
{
    QVector<QJsonObject> result;
    const auto it = m_streams.constFind(resourceGid);
    if (it == m_streams.cend()) {
        return result;
    }
    for (qsizetype i = std::max<qsizetype>(0, from); i < it->size(); ++i) {
        result.append(m_log.at(it->at(i)).json);
    }
    return result;
}

qsizetype SimWorld::streamLength(const QString& resourceGid) const
{
    const auto it = m_streams.constFind(resourceGid);
    return it == m_streams.cend() ? 0 : it->size();
}

const QByteArray& SimWorld::streamEventBytes(const QString& resourceGid, qsizetype index) const
{
    return m_log.at(m_streams.find(resourceGid)->at(index)).bytes;
}

const QJsonObject& SimWorld::streamEventJson(const QString& resourceGid, qsizetype index) const
{
    return m_log.at(m_streams.find(resourceGid)->at(index)).json;
}

bool SimWorld::isEventResource(const QString& gid) const
{
    return m_projects.contains(gid) || m_tasks.contains(gid) || m_streams.contains(gid) || workspace(gid);
}

// ---------------------------------------------------------------------------------------------
// Sync tokens

QString SimWorld::issueSyncToken(const QString& resourceGid, qsizetype position)
{
    const QDateTime issuedAt = now();
    if (m_tokens.size() > 200000) {
        // Pollers ask for a token every few seconds for days; forget the ones that can no longer work.
        const qint64 ttlMs = qint64(m_tokenTtl.count()) * 1000;
        m_tokens.removeIf([&](const auto& it) { return it.value().issuedAt.msecsTo(issuedAt) > ttlMs; });
    }
    auto* rng = QRandomGenerator::global();
    QString token;
    do {
        token =
            QString::asprintf("%08x%08x%08x%08x", rng->generate(), rng->generate(), rng->generate(), rng->generate());
    } while (m_tokens.contains(token));
    m_tokens.insert(token, {resourceGid, position, issuedAt});
    return token;
}

std::optional<qsizetype> SimWorld::resolveSyncToken(const QString& token, const QString& resourceGid) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend() || it->resourceGid != resourceGid) {
        return std::nullopt;
    }
    if (it->issuedAt.msecsTo(now()) > qint64(m_tokenTtl.count()) * 1000) {
        return std::nullopt;
    }
    return it->position;
}

void SimWorld::expireAllTokens()
{
    m_tokens.clear();
}

void SimWorld::setForbidden(const QString& gid, bool forbidden)
{
    if (forbidden) {
        m_forbidden.insert(gid);
    } else {
        m_forbidden.remove(gid);
    }
}

} // namespace AsanaFeed::Sim
