#include "DemoScenario.h"

#include "SimWorld.h"
#include "util/Logging.h"

#include <QTimer>

namespace AsanaFeed::Sim {

namespace {

QStringList latin1List(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items) {
        list.append(QString::fromUtf8(item));
    }
    return list;
}

struct ProjectSeed
{
    const char* name;
    std::initializer_list<const char*> tasks;
};

const ProjectSeed kProjects[] = {
    {"Website Relaunch",
     {"Draft new homepage copy",
      "Audit broken links on the blog",
      "Pick a hero image for the landing page",
      "Set up redirects from old URLs",
      "Review the pricing page design",
      "Accessibility pass on the nav menu",
      "Migrate blog posts to the new CMS",
      "Write alt text for product images",
      "Fix footer layout on mobile",
      "Add cookie consent banner",
      "Load-test the contact form",
      "Update the team page photos",
      "Compress images above 500 KB",
      "Set up analytics events for sign-ups",
      "Proofread the About page",
      "Create 404 page illustration",
      "Check page speed on 3G",
      "Add structured data for articles",
      "Coordinate launch announcement",
      "Final QA before go-live"}},
    {"Mobile App v2",
     {"Design the new onboarding flow",
      "Implement dark mode",
      "Fix crash when rotating on the settings screen",
      "Add push notification preferences",
      "Update app store screenshots",
      "Profile cold start time",
      "Migrate to the new payments SDK",
      "Write release notes for 2.0",
      "Localise strings into Spanish",
      "Handle offline mode for the inbox",
      "Beta feedback triage",
      "Review the tablet layout",
      "Remove the deprecated login endpoint",
      "Add biometric unlock",
      "Improve empty states",
      "Crash-free sessions above 99.5%",
      "Accessibility labels for icons",
      "Test on Android 14",
      "Set up staged rollout",
      "Submit build to the App Store"}},
    {"Q3 Marketing Campaign",
     {"Brief the agency on campaign goals",
      "Draft the launch email",
      "Book the webinar speakers",
      "Create social media calendar",
      "Record the product demo video",
      "Write three customer case studies",
      "Set the paid search budget",
      "Design the campaign landing page",
      "Prepare the press kit",
      "Plan the partner co-marketing post",
      "A/B test the email subject lines",
      "Order event swag",
      "Update the sales one-pager",
      "Schedule LinkedIn posts",
      "Collect testimonials from beta users",
      "Review campaign metrics dashboard",
      "Translate ads for the German market",
      "Approve the final creative",
      "Sync with sales on lead handoff",
      "Campaign retrospective"}},
    {"Customer Onboarding",
     {"Welcome email sequence review",
      "Update the getting-started guide",
      "Record a 5-minute setup video",
      "Build the onboarding checklist template",
      "Interview three new customers",
      "Map the first-week journey",
      "Fix typo in the setup wizard",
      "Add a sample project for new accounts",
      "Review support tickets from week one",
      "Define activation metric",
      "Create in-app tooltips for the dashboard",
      "Set up the kickoff call template",
      "Write FAQ for billing questions",
      "Improve import from spreadsheets",
      "Train support on the new flow",
      "Survey customers at day 30",
      "Share onboarding results with leadership",
      "Archive outdated help articles",
      "Localise the welcome email",
      "Plan the customer advisory board"}},
};

const char* const kPeople[][2] = {
    {"Maya Patel", "maya.patel@example.com"},          {"Jonas Becker", "jonas.becker@example.com"},
    {"Aiko Tanaka", "aiko.tanaka@example.com"},        {"Carlos Mendoza", "carlos.mendoza@example.com"},
    {"Fatima Al-Sayed", "fatima.alsayed@example.com"}, {"Liam O'Connor", "liam.oconnor@example.com"},
};

const char* const kComments[] = {
    "Looks good to me, shipping it.",
    "Can we push this to Thursday?",
    "I left a few notes in the doc.",
    "Blocked until legal signs off.",
    "Done on my side, over to you.",
    "Great work on this!",
    "Who owns the follow-up here?",
    "Added the screenshots you asked for.",
    "This is bigger than we thought, let's split it.",
    "Quick sync tomorrow at 10?",
    "Reviewed, two small comments.",
    "Customer confirmed the fix works.",
    "Moving this to next sprint.",
    "I'll take this one.",
    "Numbers are in the dashboard now.",
    // Maya Patel is the workspace's "me": these notify in the demo.
    "@Maya Patel can you review this before Friday?",
    "Thanks @Maya Patel, that fixed it.",
    "Can someone double-check the copy?",
};

const char* const kNewTasks[] = {
    "Follow up with the design team", "Prepare slides for Friday demo",
    "Investigate the flaky test",     "Update the project brief",
    "Collect feedback from support",  "Clean up old drafts",
    "Check budget with finance",      "Schedule a review meeting",
    "Write summary for stakeholders", "Fix the typo reported by a customer",
};

} // namespace

DemoScenario::DemoScenario(SimWorld* world, quint32 seed, QObject* parent)
    : QObject(parent)
    , m_world(world)
    , m_rng(seed)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(3000);
    connect(m_timer, &QTimer::timeout, this, &DemoScenario::step);
}

DemoScenario::~DemoScenario() = default;

void DemoScenario::populate(SimWorld* world, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QString ws = world->addWorkspace(QStringLiteral("Northwind Studio"));
    QStringList people;
    for (const auto& person : kPeople) {
        people.append(
            world->addUser(QString::fromUtf8(person[0]), QString::fromUtf8(person[1]), people.size() % 2 == 0));
    }
    const QString priority = world->addCustomField(QStringLiteral("Priority"), latin1List({"Low", "Medium", "High"}));
    for (const ProjectSeed& seedProject : kProjects) {
        const QString project = world->addProject(ws, QString::fromUtf8(seedProject.name));
        QStringList sections;
        for (const char* name : {"To do", "Doing", "Done"}) {
            sections.append(world->addSection(project, QString::fromLatin1(name)));
        }
        world->attachCustomField(project, priority);
        for (const char* name : seedProject.tasks) {
            // About a third of the tasks start unassigned, as in a real backlog.
            const QString assignee = rng.bounded(3) == 0 ? QString() : people.at(rng.bounded(int(people.size())));
            world->addTask(project, QString::fromUtf8(name), assignee);
        }
    }
}

void DemoScenario::setEventsPerMinute(double rate)
{
    if (rate <= 0) {
        return;
    }
    setInterval(std::chrono::milliseconds(std::max<qint64>(1, qint64(60000.0 / rate))));
}

void DemoScenario::setInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(interval);
}

std::chrono::milliseconds DemoScenario::interval() const
{
    return m_timer->intervalAsDuration();
}

void DemoScenario::start()
{
    m_timer->start();
}

void DemoScenario::stop()
{
    m_timer->stop();
}

bool DemoScenario::isRunning() const
{
    return m_timer->isActive();
}

QString DemoScenario::pickUser()
{
    const auto& users = m_world->users();
    return users.isEmpty() ? QString() : users.at(m_rng.bounded(int(users.size()))).gid;
}

QString DemoScenario::pickTask()
{
    const QStringList& tasks = m_world->taskGids();
    for (int attempt = 0; attempt < 10 && !tasks.isEmpty(); ++attempt) {
        const QString& gid = tasks.at(m_rng.bounded(int(tasks.size())));
        if (!m_world->task(gid)->deleted) {
            return gid;
        }
    }
    return {};
}

void DemoScenario::step()
{
    const QString actor = pickUser();
    const QString taskGid = pickTask();
    if (actor.isEmpty() || taskGid.isEmpty()) {
        return;
    }
    const SimTask task = *m_world->task(taskGid);
    const int roll = int(m_rng.bounded(100));
    if (roll < 30) {
        m_world->commentOnTask(actor, taskGid, QString::fromUtf8(kComments[m_rng.bounded(int(std::size(kComments)))]));
    } else if (roll < 42) {
        QString assignee = pickUser();
        if (assignee == task.assigneeGid) {
            assignee.clear();
        }
        m_world->assignTask(actor, taskGid, assignee);
    } else if (roll < 54) {
        m_world->completeTask(actor, taskGid, !task.completed);
    } else if (roll < 62) {
        m_world->setDueDate(actor, taskGid, m_world->now().date().addDays(m_rng.bounded(1, 21)));
    } else if (roll < 74) {
        if (!task.memberships.isEmpty()) {
            const SimProject* project = m_world->project(task.memberships.first().projectGid);
            if (project && !project->sectionGids.isEmpty()) {
                m_world->moveTaskToSection(actor, taskGid,
                                           project->sectionGids.at(m_rng.bounded(int(project->sectionGids.size()))));
            }
        }
    } else if (roll < 79) {
        const QString name = task.name.endsWith(QLatin1String(" (updated)")) ? task.name.chopped(10)
                                                                             : task.name + QStringLiteral(" (updated)");
        m_world->renameTask(actor, taskGid, name);
    } else if (roll < 85) {
        m_world->addFollower(actor, taskGid, pickUser());
    } else if (roll < 93) {
        const QString field = task.customFieldGids.value(0);
        if (const SimCustomField* cf = m_world->customField(field); cf && !cf->options.isEmpty()) {
            m_world->setCustomFieldEnum(actor, taskGid, field,
                                        cf->options.at(m_rng.bounded(int(cf->options.size()))).gid);
        }
    } else {
        const QStringList& projects = m_world->projectGids();
        if (!projects.isEmpty()) {
            const QString project = projects.at(m_rng.bounded(int(projects.size())));
            m_world->createTask(actor, project,
                                QString::fromUtf8(kNewTasks[m_newTaskCounter++ % int(std::size(kNewTasks))]));
        }
    }
    emit stepped();
}

void DemoScenario::seedHistory(int hours, int actionsPerHour)
{
    if (hours <= 0 || actionsPerHour <= 0) {
        return;
    }
    const QDateTime end = m_world->now();
    const qint64 spanMs = qint64(hours) * 3600 * 1000;
    const int steps = hours * actionsPerHour;
    QDateTime at;
    const SimWorld::Clock realClock = m_world->clock();
    // Step under a frozen, back-dated clock, then hand the real clock back.
    m_world->setClock([&at] { return at; });
    for (int i = 0; i < steps; ++i) {
        const qint64 offset = spanMs - (spanMs * i) / steps - qint64(m_rng.bounded(1000, 60000));
        at = end.addMSecs(-std::max<qint64>(offset, 1000));
        step();
    }
    m_world->setClock(realClock);
    qCInfo(lcSim) << "seeded" << steps << "actions of history over" << hours << "hours";
}

} // namespace AsanaFeed::Sim
