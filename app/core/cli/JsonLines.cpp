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

QByteArray eventLine(const QString& subscription, const QByteArray& body)
{
    QByteArray line;
    line.reserve(body.size() + subscription.size() + 48);
    line += R"({"type":"event","subscription":)";
    line += jsonString(subscription);
    line += R"(,"event":)";
    line += body;
    line += "}\n";
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
