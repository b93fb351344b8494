// Realistic events for the feed's tests, built the way Asana shapes them.
#pragma once

#include "api/Event.h"

#include <QJsonObject>

namespace FeedTestData {

inline QJsonObject compact(const QString& gid, const QString& type, const QString& name)
{
    return {{QStringLiteral("gid"), gid}, {QStringLiteral("resource_type"), type}, {QStringLiteral("name"), name}};
}

inline QString stamp(int minute)
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC).addSecs(minute * 60).toString(Qt::ISODateWithMs);
}

inline AsanaFeed::Event completedAt(const QString& createdAt, const QString& who, const QString& whoGid,
                                    const QString& task, const QString& taskGid)
{
    const QJsonObject object{
        {QStringLiteral("action"), QStringLiteral("changed")},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("user"), compact(whoGid, QStringLiteral("user"), who)},
        {QStringLiteral("resource"), compact(taskGid, QStringLiteral("task"), task)},
        {QStringLiteral("parent"), QJsonValue::Null},
        {QStringLiteral("type"), QStringLiteral("task")},
        {QStringLiteral("change"), QJsonObject{{QStringLiteral("field"), QStringLiteral("completed")},
                                               {QStringLiteral("action"), QStringLiteral("changed")}}}};
    return AsanaFeed::parseEvent(object).value();
}

inline AsanaFeed::Event commented(int minute, const QString& who, const QString& whoGid, const QString& task,
                                  const QString& taskGid, const QString& storyGid)
{
    QJsonObject story = compact(storyGid, QStringLiteral("story"), QStringLiteral("commented"));
    story.insert(QStringLiteral("resource_subtype"), QStringLiteral("comment_added"));
    const QJsonObject object{{QStringLiteral("action"), QStringLiteral("added")},
                             {QStringLiteral("created_at"), stamp(minute)},
                             {QStringLiteral("user"), compact(whoGid, QStringLiteral("user"), who)},
                             {QStringLiteral("resource"), story},
                             {QStringLiteral("parent"), compact(taskGid, QStringLiteral("task"), task)},
                             {QStringLiteral("type"), QStringLiteral("story")}};
    return AsanaFeed::parseEvent(object).value();
}

inline AsanaFeed::Event addedToProjectAt(const QString& createdAt, const QString& who, const QString& whoGid,
                                         const QString& task, const QString& taskGid, const QString& project,
                                         const QString& projectGid)
{
    const QJsonObject object{{QStringLiteral("action"), QStringLiteral("added")},
                             {QStringLiteral("created_at"), createdAt},
                             {QStringLiteral("user"), who.isEmpty()
                                                          ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(compact(whoGid, QStringLiteral("user"), who))},
                             {QStringLiteral("resource"), compact(taskGid, QStringLiteral("task"), task)},
                             {QStringLiteral("parent"), compact(projectGid, QStringLiteral("project"), project)},
                             {QStringLiteral("type"), QStringLiteral("task")}};
    return AsanaFeed::parseEvent(object).value();
}

inline AsanaFeed::Event completed(int minute, const QString& who, const QString& whoGid, const QString& task,
                                  const QString& taskGid)
{
    return completedAt(stamp(minute), who, whoGid, task, taskGid);
}

inline AsanaFeed::Event addedToProject(int minute, const QString& who, const QString& whoGid, const QString& task,
                                       const QString& taskGid, const QString& project, const QString& projectGid)
{
    return addedToProjectAt(stamp(minute), who, whoGid, task, taskGid, project, projectGid);
}

} // namespace FeedTestData
