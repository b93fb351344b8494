#include "store/FilterState.h"

#include <QJsonArray>

namespace AsanaFeed {

namespace {

QJsonArray toArray(const QSet<QString>& values)
{
    QStringList sorted(values.cbegin(), values.cend());
    sorted.sort();
    return QJsonArray::fromStringList(sorted);
}

QSet<QString> stringSet(const QJsonValue& value)
{
    QSet<QString> result;
    for (const QJsonValue& item : value.toArray()) {
        if (item.isString() && !item.toString().isEmpty()) {
            result.insert(item.toString());
        }
    }
    return result;
}

} // namespace

QJsonObject FilterState::toJson() const
{
    QList<int> sortedKinds(kinds.cbegin(), kinds.cend());
    std::sort(sortedKinds.begin(), sortedKinds.end());
    QJsonArray kindArray;
    for (const int kind : sortedKinds) {
        kindArray.append(kind);
    }
    return {{QStringLiteral("text"), text},
            {QStringLiteral("kinds"), kindArray},
            {QStringLiteral("resourceTypes"), toArray(resourceTypes)},
            {QStringLiteral("subscriptions"), toArray(subscriptions)},
            {QStringLiteral("people"), toArray(people)},
            {QStringLiteral("unreadOnly"), unreadOnly},
            {QStringLiteral("doneOnly"), doneOnly},
            {QStringLiteral("excludedSubscriptions"), toArray(excludedSubscriptions)},
            {QStringLiteral("excludedPeople"), toArray(excludedPeople)}};
}

FilterState FilterState::fromJson(const QJsonObject& object)
{
    FilterState state;
    state.text = object.value(QStringLiteral("text")).toString();
    for (const QJsonValue& kind : object.value(QStringLiteral("kinds")).toArray()) {
        if (kind.isDouble()) {
            state.kinds.insert(kind.toInt());
        }
    }
    state.resourceTypes = stringSet(object.value(QStringLiteral("resourceTypes")));
    state.subscriptions = stringSet(object.value(QStringLiteral("subscriptions")));
    state.people = stringSet(object.value(QStringLiteral("people")));
    state.unreadOnly = object.value(QStringLiteral("unreadOnly")).toBool(false);
    state.doneOnly = object.value(QStringLiteral("doneOnly")).toBool(false);
    // Absent in what earlier versions saved: nothing hidden.
    state.excludedSubscriptions = stringSet(object.value(QStringLiteral("excludedSubscriptions")));
    state.excludedPeople = stringSet(object.value(QStringLiteral("excludedPeople")));
    return state;
}

} // namespace AsanaFeed
