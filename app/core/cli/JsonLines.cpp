#include "cli/JsonLines.h"

#include <QJsonArray>
#include <QJsonDocument>

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

void appendEventLine(QByteArray* lines, const QByteArray& prefix, const QByteArray& event)
{
    lines->append(prefix);
    lines->append(event);
    lines->append("}\n", 2);
}

QByteArray eventLine(const QString& subscription, const QByteArray& body)
{
    QByteArray line;
    const QByteArray prefix = eventLinePrefix(subscription);
    line.reserve(prefix.size() + body.size() + 2);
    appendEventLine(&line, prefix, body);
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
