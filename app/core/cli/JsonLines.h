// The follow format: one JSON object per line, as documented in the README. Shared by --follow
// and --export so that both speak exactly the same language.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace AsanaFeed::JsonLines {

// {"type":"event","subscription":"<gid>","event":{…the event exactly as Asana sent it…}}\n
// `event` is the event's compact JSON (Event::json()).
[[nodiscard]] QByteArray eventLine(const QString& subscription, const QByteArray& event);
// What comes before the event in each of a subscription's event lines: made once per page.
[[nodiscard]] QByteArray eventLinePrefix(const QString& subscription);
// An event line made of a prefix from eventLinePrefix() and the event's compact JSON:
// Writes `prefix`, `event` and the line's end at `out`, which has room for
// eventLineSize(prefix, event) bytes; returns where the next line goes.
char* writeEventLine(char* out, QByteArrayView prefix, QByteArrayView event);
[[nodiscard]] constexpr qsizetype eventLineSize(QByteArrayView prefix, QByteArrayView event)
{
    return prefix.size() + event.size() + 2;
}
// {"type":"gap","subscription":"<gid>","detected_at":"<ISO-8601 UTC>"}\n
[[nodiscard]] QByteArray gapLine(const QString& subscription, const QDateTime& detectedAt);

} // namespace AsanaFeed::JsonLines
