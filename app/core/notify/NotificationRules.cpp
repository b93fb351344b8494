#include "notify/NotificationRules.h"

#include <QRegularExpression>

namespace AsanaFeed {

bool NotificationRules::mentions(const QString& text, const QString& gid, const QString& name)
{
    if (!gid.isEmpty() && text.contains(gid)) {
        // The whole gid as a segment of a link ("…/0/profile/123", "…/0/123/list"), not the
        // digits of a longer number.
        const QRegularExpression link(QStringLiteral("https?://\\S*/") + QRegularExpression::escape(gid) +
                                      QStringLiteral("(?![0-9])"));
        if (link.match(text).hasMatch()) {
            return true;
        }
    }
    if (!name.isEmpty()) {
        const QRegularExpression atName(QStringLiteral("@") + QRegularExpression::escape(name) + QStringLiteral("\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
        return atName.match(text).hasMatch();
    }
    return false;
}

bool NotificationRules::inQuietHours(const NotifySettings& settings, const QTime& at)
{
    const QTime& from = settings.quietFrom;
    const QTime& to = settings.quietTo;
    if (!from.isValid() || !to.isValid() || from == to) {
        return false;
    }
    return from < to ? (at >= from && at < to) : (at >= from || at < to);
}

NotifyDecision NotificationRules::decide(const NotifyCandidate& candidate, const NotifySettings& settings,
                                         const QDateTime& now)
{
    const EventFacts& facts = candidate.facts;
    const NotifyLevel level = settings.levels.value(candidate.subscription, NotifyLevel::Involving);
    if (level == NotifyLevel::Muted || (settings.pausedUntil.isValid() && now < settings.pausedUntil) ||
        inQuietHours(settings, now.time())) {
        return {};
    }
    const QString& me = settings.me;
    if (!me.isEmpty() && facts.actorGid == me) {
        return {}; // what the person did themselves
    }
    const EventKind kind = EventFormatter::kind(facts);
    const QString& in = candidate.subscriptionName;
    const QString task = facts.parentType == QLatin1String("task") ? facts.parentName : facts.resourceName;

    if (!me.isEmpty()) {
        if (kind == EventKind::Assigned && facts.changeValueGid == me) {
            return {true, tr("assigned you %1").arg(task)};
        }
        if (kind == EventKind::Comment && mentions(facts.storyText, me, settings.myName)) {
            return {true, in.isEmpty() ? tr("mentioned you on %1").arg(task) : tr("mentioned you in %1").arg(in)};
        }
        if (kind == EventKind::Followers && facts.changeValueGid == me) {
            return {true, tr("added you as a collaborator on %1").arg(task)};
        }
        if (candidate.taskAssigneeGid == me) {
            return {true, tr("on %1, assigned to you").arg(task)};
        }
        if (candidate.taskCreatorGid == me) {
            return {true, tr("on %1, which you created").arg(task)};
        }
        if (candidate.taskFollowerGids.contains(me)) {
            return {true, tr("on %1, which you follow").arg(task)};
        }
    }
    if (level == NotifyLevel::All && kind != EventKind::System) {
        return {true, in.isEmpty() ? QString() : tr("in %1").arg(in)};
    }
    return {};
}

} // namespace AsanaFeed
