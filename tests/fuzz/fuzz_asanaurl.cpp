// fuzz_asanaurl: recognizeAsanaUrl, on any text a person might paste. It names a resource or
// says in a bounded sentence why not, never both. A gid it names is 1 to 20 digits, not all
// zeros, and written as such in the text (no escape or other trick makes one up); a link it
// reads is app.asana.com's; and the plain link of what it names reads back the same.
#include "FuzzCheck.h"
#include "api/AsanaUrl.h"

#include <QUrl>

using namespace AsanaFeed;

namespace {

bool isGid(const QString& text)
{
    if (text.isEmpty() || text.size() > 20) {
        return false;
    }
    bool nonZero = false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return false;
        }
        nonZero = nonZero || c != u'0';
    }
    return nonZero;
}

QString plainLink(const AsanaResource& resource)
{
    const QString base = QStringLiteral("https://app.asana.com/0/");
    switch (resource.type) {
    case AsanaResource::Type::Unknown:
        return resource.gid;
    case AsanaResource::Type::Project:
        return base + resource.gid;
    case AsanaResource::Type::Task:
        return base + QStringLiteral("0/") + resource.gid;
    case AsanaResource::Type::Goal:
        return base + QStringLiteral("goal/") + resource.gid;
    case AsanaResource::Type::Portfolio:
        return base + QStringLiteral("portfolio/") + resource.gid;
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytesOf(data, size));
    const AsanaUrlResult result = recognizeAsanaUrl(text);
    FUZZ_CHECK(result.isValid() == result.problem.isEmpty(), "a resource or a problem, never both");
    if (!result.isValid()) {
        // The text is quoted up to 160 characters: a whole page pasted makes a short message.
        FUZZ_CHECK(result.problem.size() < 400, "the problem is one short sentence");
        return 0;
    }
    const AsanaResource& resource = *result.resource;
    FUZZ_CHECK(isGid(resource.gid), "a gid is 1 to 20 digits, not all zeros");
    FUZZ_CHECK(text.contains(resource.gid), "the gid is written in the text as it is");
    FUZZ_CHECK(resource.workspaceGid.isEmpty() || isGid(resource.workspaceGid), "a workspace is a gid");
    FUZZ_CHECK(resource.workspaceGid.isEmpty() || text.contains(resource.workspaceGid),
               "the workspace is written in the text as it is");
    if (resource.type == AsanaResource::Type::Unknown) {
        FUZZ_CHECK(resource.workspaceGid.isEmpty(), "a bare gid says nothing of a workspace");
    } else {
        QString link = text.trimmed();
        if (link.startsWith(u'<') && link.endsWith(u'>')) {
            link = link.mid(1, link.size() - 2).trimmed();
        }
        // As QUrl reads the host (it normalises international names, as a browser does).
        FUZZ_CHECK(QUrl(link, QUrl::StrictMode).host().compare(u"app.asana.com", Qt::CaseInsensitive) == 0,
                   "a link is the web app's");
    }
    const AsanaUrlResult again = recognizeAsanaUrl(plainLink(resource));
    FUZZ_CHECK(again.isValid() && again.resource->type == resource.type && again.resource->gid == resource.gid,
               "the plain link of what was named names the same");
    return 0;
}
