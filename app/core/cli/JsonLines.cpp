#include "cli/JsonLines.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace AsanaFeed::JsonLines {

namespace {

// Gids are digits, but they come from the command line or the network: escape them properly.
QByteArray jsonString(const QString& text)
{
    QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QByteArray eventLinePrefix(const QString& subscription)
{
    QByteArray prefix = R"({"type":"event","subscription":)";
    prefix += jsonString(subscription);
    prefix += R"(,"event":)";
    return prefix;
}

char* writeEventLine(char* out, QByteArrayView prefix, QByteArrayView event)
{
    std::memcpy(out, prefix.data(), size_t(prefix.size()));
    out += prefix.size();
    std::memcpy(out, event.data(), size_t(event.size()));
    out += event.size();
    *out++ = '}';
    *out++ = '\n';
    return out;
}

QByteArray eventLine(const QString& subscription, const QByteArray& body)
{
    const QByteArray prefix = eventLinePrefix(subscription);
    QByteArray line(eventLineSize(prefix, body), Qt::Uninitialized);
    writeEventLine(line.data(), prefix, body);
    return line;
}

QByteArray gapLine(const QString& subscription, const QDateTime& detectedAt)
{
    QByteArray line = R"({"type":"gap","subscription":)";
    line += jsonString(subscription);
    line += R"(,"detected_at":")";
    line += detectedAt.toUTC().toString(Qt::ISODateWithMs).toLatin1();
    line += "\"}\n";
    return line;
}

} // namespace AsanaFeed::JsonLines
